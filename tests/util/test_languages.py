"""Which language a locale means, and each language's plural rule (Qt's numerus rules)."""

from __future__ import annotations

import pytest

from journeymap.util import languages
from journeymap.util.languages import from_environment, supported


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("tr_TR.UTF-8", "tr"),
        ("pl_PL", "pl"),
        ("ar-EG", "ar"),
        ("ar_SA.utf8@calendar", "ar"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_a_locale_names_a_supported_language_or_none(tag: str, code: str | None) -> None:
    assert supported(tag) == code


@pytest.mark.parametrize(
    ("env", "code"),
    [
        ({"LANG": "tr_TR.UTF-8"}, "tr"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "pl_PL.UTF-8"}, "pl"),
        ({"LANG": "pl_PL.UTF-8", "LC_MESSAGES": "tr_TR", "LC_ALL": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:tr"}, "tr"),
        ({"LANG": "C", "LANGUAGE": "tr"}, "en"),  # GNU: LANGUAGE counts only when the locale is not C
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_the_locale(env: dict[str, str], code: str) -> None:
    assert from_environment(env) == code


@pytest.mark.parametrize(
    ("code", "forms"),
    [
        ("en", {1: 0, 0: 1, 2: 1, 11: 1, 21: 1}),
        ("tr", {0: 0, 1: 0, 2: 0, 5: 0, 100: 0}),
        ("pl", {1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 12: 2, 14: 2, 21: 2, 22: 1, 24: 1, 25: 2, 112: 2, 122: 1, 0: 2}),
        ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4}),
    ],
)
def test_plural_forms(code: str, forms: dict[int, int]) -> None:
    language = languages.LANGUAGES[code]
    assert {n: language.plural(n) for n in forms} == forms
    assert all(0 <= language.plural(n) < language.forms for n in range(1000))
