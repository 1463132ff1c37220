"""The one translation helper for text shown outside Qt widgets (CLI, exports, model messages).

Widgets use their own ``self.tr()``; everything else a user reads goes through :func:`tr`,
which has Qt's signature (``tr(text, disambiguation, n)``) so that the extraction
(scripts/translations.py) files every call under one context, :data:`CONTEXT`, with its
plural forms. A plural text says where the count goes with ``%n`` (or ``%Ln`` for the
language's digits and grouping), exactly as Qt's does: ``tr("%Ln touchpoints", "", n)``.
Words looked up at run time (kind names, enumeration labels) are marked for the
extraction where they are written, with :func:`tr_noop`.

Which language: the interface language (:func:`set_language`; the editor's Preferences or
the system locale, the command line's ``LANG``), or for a stretch of work another one:
``with language(map.info.language):`` draws or writes a map's own words in the map's
language (exports), whatever the interface speaks. Pure Python: importable by the model.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from journeymap.util import catalogue, languages, numbers, paths, pseudo
from journeymap.util.languages import PSEUDO, SOURCE, Language

CONTEXT = "journeymap"
"""The catalogue context of every text translated with :func:`tr`."""

_interface = SOURCE
_override: ContextVar[str | None] = ContextVar("journeymap_language", default=None)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the current language; with ``n`` ≥ 0, the plural form for ``n`` with the
    count in place of ``%n``/``%Ln``. Format ``{placeholders}`` after translating."""
    code = current_language()
    found = None
    if code == PSEUDO:
        found = pseudo.pseudo(text)
    elif code != SOURCE:
        found = _catalogue(code).translate(CONTEXT, text, disambiguation, n)
    if found is None:
        found = text if n < 0 or code == PSEUDO else _english_plural(text, n)
    return catalogue.place_count(found, n, lambda count: number(count))


def arrow() -> str:
    """The arrow between the steps of a path, pointing the way the language reads (← in Arabic)."""
    return tr(" → ", "between the steps of a path; points the way the language reads")


def tr_noop(text: str, disambiguation: str = "") -> str:
    """Marks ``text`` for translation where it is written; it is translated later, where it
    is shown, by ``tr(variable)`` (Qt's QT_TR_NOOP), with the same ``disambiguation``."""
    return text


def tr_n_noop(text: str) -> str:
    """Marks a plural text (``"%Ln stages"``) for translation where it is written; it is
    translated later by ``tr(variable, "", n)`` (Qt's QT_TR_N_NOOP)."""
    return text


def _english_plural(text: str, n: int) -> str:
    """The source text is its own translation; English plurals come from the catalogue
    ``journeymap_en.ts`` only when a text needs a singular of its own."""
    found = _catalogue(SOURCE).translate(CONTEXT, text, "", n)
    return text if found is None else found


# ---- which language -------------------------------------------------------------------


def set_language(code: str) -> None:
    """The interface language: ``en``, ``tr``, ``pl``, ``ar`` or the pseudo-language."""
    global _interface
    _interface = code if code == PSEUDO else languages.language(code).code


def interface_language() -> str:
    return _interface


def current_language() -> str:
    """The language :func:`tr` speaks now: a :func:`language` block's, else the interface's."""
    return _override.get() or _interface


def writing_language() -> tuple[str, str]:
    """(language, reading direction) for a map made now from words in the current language:
    ``("ar", "rtl")`` in an Arabic interface (the pseudo-language writes English)."""
    style = conventions()
    return style.code, "rtl" if style.rtl else "ltr"


def conventions() -> Language:
    """How the current language writes numbers (the pseudo-language writes English's)."""
    return languages.language(current_language())


@contextmanager
def language(code: str) -> Iterator[None]:
    """Speak ``code`` (a map's ``info.language``) inside the block: its words, its numbers."""
    token = _override.set(code if code == PSEUDO else languages.language(code).code)
    try:
        yield
    finally:
        _override.reset(token)


def _catalogue(code: str) -> catalogue.Catalogue:
    return catalogue.load(catalogue_path(code), languages.language(code))


def catalogue_path(code: str) -> Path:
    return paths.resource("translations", f"journeymap_{code}.ts")


def translations_of(text: str, disambiguation: str = "") -> dict[str, str]:
    """``text`` in every language with a catalogue, for reading files written in any of them
    (an Excel workbook's sheet names and headers)."""
    found = {SOURCE: text}
    for code in languages.TRANSLATED:
        translated = _catalogue(code).translate(CONTEXT, text, disambiguation)
        if translated is not None:
            found[code] = translated
    return found


# ---- numbers in the current language ------------------------------------------------------


def number(value: float, decimals: int | None = None) -> str:
    """``value`` as the current language writes it: 1,234.5 / 1.234,5 / 1 234,5 / ١٬٢٣٤٫٥."""
    style = conventions()
    return numbers.format_number(
        value,
        decimals,
        decimal=style.decimal,
        group=style.group,
        min_grouping=style.min_grouping,
        zero=style.zero,
        minus=style.minus,
    )


def percent(share: float, decimals: int = 0) -> str:
    """A share (0.25) as a percentage in the current language: 25% / %25 / ٢٥٪."""
    return conventions().percent.format(number(share * 100, decimals))


def digits(text: str) -> str:
    """``text`` with its digits 0-9 in the current language's digits (a clock, "3/5")."""
    zero = conventions().zero
    return text if zero == "0" else text.translate({ord(str(d)): chr(ord(zero) + d) for d in range(10)})


def parse(text: str) -> float | None:
    """A number typed in the current language (see :func:`numbers.parse_number`)."""
    style = conventions()
    return numbers.parse_number(text, decimal=style.decimal, group=style.group)


_OS_REASONS = {
    errno.ENOENT: tr_noop("no such file or folder"),
    errno.EACCES: tr_noop("permission denied"),
    errno.EPERM: tr_noop("the system does not allow it"),
    errno.EISDIR: tr_noop("is a folder"),
    errno.ENOTDIR: tr_noop("a part of the path is not a folder"),
    errno.ENOSPC: tr_noop("no space left on the disk"),
    errno.EROFS: tr_noop("the disk is read-only"),
    errno.EEXIST: tr_noop("exists already"),
    errno.ENAMETOOLONG: tr_noop("the file name is too long"),
}


def os_reason(error: BaseException) -> str:
    """Why the system refused a file operation, as a person reads it: the usual reasons in
    the current language, the system's own (English) words for English and for the rest."""
    code = getattr(error, "errno", None)
    if code in _OS_REASONS and current_language() != SOURCE:
        return tr(_OS_REASONS[code])
    return getattr(error, "strerror", None) or str(error)
