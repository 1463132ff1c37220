"""The languages journeymap speaks, and what each writes differently: plurals, numbers, direction.

One table, pure data, so that the command line and the exports (which load no Qt) format and
pluralise exactly as the editor's QLocale and QTranslator do; tests compare the two. The
numbers are CLDR's, as Qt ships them: a decimal comma in Turkish and Polish, Polish groups
only from five digits (1234, 12 345), Arabic writes Arabic-Indic digits (١٬٢٣٤٫٥). Plural
forms follow Qt's numerus rules, so a .ts catalogue has the form count Qt Linguist expects:
English two, Turkish one (a noun after a number stays singular), Polish three, Arabic six.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

SOURCE = "en"
"""The language the program is written in: English text is its own translation."""

PSEUDO = "qps"
"""The pseudo-language (accented, about 40% longer): for testing layouts, never a default."""


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def _turkish_plural(n: int) -> int:
    return 0


def _polish_plural(n: int) -> int:
    if n == 1:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 20 else 2


def _arabic_plural(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    return 4 if n % 100 >= 11 else 5


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    """The language's own name for itself (what a person looks for in a list)."""
    english: str
    locale: str
    """The QLocale name whose conventions the editor uses (the territory Qt defaults to)."""
    plural: Callable[[int], int]
    forms: int
    rtl: bool = False
    decimal: str = "."
    group: str = ","
    min_grouping: int = 1
    """Digits a number needs beyond the first group before it is grouped (Polish: 2)."""
    zero: str = "0"
    minus: str = "-"
    percent: str = "{}%"


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "English", "en_US", _english_plural, 2),
    "tr": Language(
        "tr", "Türkçe", "Turkish", "tr_TR", _turkish_plural, 1, decimal=",", group=".", percent="%{}"
    ),
    "pl": Language(
        "pl", "Polski", "Polish", "pl_PL", _polish_plural, 3, decimal=",", group="\u00a0", min_grouping=2
    ),
    "ar": Language(
        "ar",
        "العربية",
        "Arabic",
        "ar_EG",
        _arabic_plural,
        6,
        rtl=True,
        decimal="\u066b",
        group="\u066c",
        zero="\u0660",
        minus="\u061c-",
        percent="{}\u066a\u061c",
    ),
}
"""Every language with a catalogue, English first."""

TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE)


def language(code: str) -> Language:
    """The language ``code`` names (``tr``, ``pl_PL``, ``ar-EG``…), English when none fits."""
    return LANGUAGES.get(supported(code) or SOURCE, LANGUAGES[SOURCE])


def supported(tag: str | None) -> str | None:
    """The supported language a locale or language tag names: ``tr_TR.UTF-8`` → ``tr``;
    None for ``C``, ``POSIX``, an empty tag or a language without a catalogue."""
    if not tag:
        return None
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def from_environment(env: Mapping[str, str] | None = None) -> str:
    """The language of the command line: POSIX's order (``LC_ALL``, then ``LC_MESSAGES``,
    then ``LANG``), with GNU's ``LANGUAGE`` list first when the locale is not C; English
    when none names a supported language."""
    env = os.environ if env is None else env
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if supported(locale) is None and locale.split(".")[0] in ("", "C", "POSIX"):
        return SOURCE
    for tag in env.get("LANGUAGE", "").split(":"):
        if (code := supported(tag)) is not None:
            return code
    return supported(locale) or SOURCE
