"""Qt Linguist catalogues (.ts) read without Qt, for the text that is shown outside widgets.

The command line and the exchange service load no Qt, yet speak the user's (or the map's)
language: they read the same ``resources/translations/journeymap_<code>.ts`` files that
``pyside6-lrelease`` compiles into the editor's .qm files. A .ts file is XML written by our
own tools (scripts/translations.py) and shipped with the program, never a file a user
hands us, so the standard library's parser is enough. Only finished translations count:
an unfinished or vanished entry falls back to English, as QTranslator does.

Lookup follows QTranslator: by context, source text and disambiguation, then without the
disambiguation; a plural message picks its form by the language's numerus rule and puts
the count where the text says ``%n`` (or ``%Ln``, written in the language's digits).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from journeymap.util.languages import Language

Key = tuple[str, str, str]
"""(context, source text, disambiguation)"""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    forms: tuple[str, ...]
    """The translation, one text per plural form for a plural message; empty if unfinished."""
    numerus: bool
    finished: bool
    locations: tuple[tuple[str, int], ...] = ()


def read_messages(path: Path) -> Iterator[Message]:
    """Every active message of a .ts file, finished or not (vanished and obsolete ones are
    history, not part of the catalogue)."""
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            locations = tuple(
                (where.get("filename", ""), int(where.get("line", "0") or 0))
                for where in message.iter("location")
            )
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                forms=forms,
                numerus=numerus,
                finished=kind == "" and all(forms) and bool(forms),
                locations=locations,
            )


class Catalogue:
    """The finished translations of one language, looked up as QTranslator does."""

    def __init__(self, language: Language, messages: dict[Key, tuple[str, ...]]) -> None:
        self.language = language
        self._messages = messages

    def __len__(self) -> int:
        return len(self._messages)

    def translate(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        forms = self._messages.get((context, source, comment))
        if forms is None and comment:
            forms = self._messages.get((context, source, ""))
        if forms is None:
            return None
        if n < 0:
            return forms[0]
        index = min(self.language.plural(n), len(forms) - 1)
        return forms[index]

    def sources(self) -> Iterator[Key]:
        return iter(self._messages)


def place_count(text: str, n: int, localise: Callable[[int], str]) -> str:
    """Put ``n`` where a plural text says ``%Ln`` (in the language's digits) or ``%n``."""
    if n < 0:
        return text
    return text.replace("%Ln", localise(n)).replace("%n", str(n))


@lru_cache(maxsize=8)
def load(path: Path, language: Language) -> Catalogue:
    """The finished translations in the .ts file at ``path`` (empty when it does not exist)."""
    if not path.is_file():
        return Catalogue(language, {})
    messages = {
        (m.context, m.source, m.comment): m.forms for m in read_messages(path) if m.finished
    }
    return Catalogue(language, messages)
