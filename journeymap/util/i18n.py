"""The one translation helper for text shown outside Qt widgets (CLI, exports, model messages).

Qt widgets use their own ``self.tr()``; everything else that a user reads goes through
:func:`tr` so that Turkish, Polish and Arabic catalogues can be plugged in later without
touching call sites. Pure Python: importable by the model and the file formats.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(translator: Callable[[str, str], str] | None) -> None:
    """Route :func:`tr` through ``translator(context, text)``; ``None`` restores English."""
    global _translator
    _translator = translator


def tr(text: str, context: str = "journeymap") -> str:
    """Translate ``text``; format placeholders with ``str.format`` after translating."""
    if _translator is None:
        return text
    return _translator(context, text)
