"""Plain numbers: what people type, not everything Python's float() accepts."""

from __future__ import annotations

import pytest

from journeymap.util.numbers import format_number, parse_number, plain_number, share_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3.0),
        (" -2 ", -2.0),
        ("0.25", 0.25),
        (".5", 0.5),
        ("5.", 5.0),
        ("+1e-2", 0.01),
        ("٣", 3.0),
        ("٢.٥", 2.5),
    ],
)
def test_plain_numbers(text: str, value: float) -> None:
    """Arabic-Indic digits are digits: an Arabic team types them."""
    assert plain_number(text) == value


@pytest.mark.parametrize("text", ["", "inf", "-Infinity", "nan", "1_0", "1e400", "0x10", "½", "1,5", "2 3"])
def test_what_is_no_plain_number(text: str) -> None:
    assert plain_number(text) is None


# ---- in a person's own language ------------------------------------------------------------

TURKISH = {"decimal": ",", "group": "."}
POLISH = {"decimal": ",", "group": "\u00a0"}
ARABIC = {"decimal": "\u066b", "group": "\u066c"}


@pytest.mark.parametrize(
    ("text", "separators", "value"),
    [
        ("1,5", TURKISH, 1.5),
        ("1.234", TURKISH, 1234.0),
        ("1.234.567,25", TURKISH, 1234567.25),
        ("-0,5", TURKISH, -0.5),
        ("2,5", POLISH, 2.5),
        ("2.5", POLISH, 2.5),  # the number pad's point is a decimal point where it groups nothing
        ("12 345,5", POLISH, 12345.5),
        ("12\u00a0345", POLISH, 12345.0),
        ("١٬٢٣٤٫٥", ARABIC, 1234.5),
        ("٢٫٥", ARABIC, 2.5),
        ("2.5", ARABIC, 2.5),
        ("\u061c-٣", ARABIC, -3.0),
        ("1,234.5", {}, 1234.5),
        ("−2", {}, -2.0),
    ],
)
def test_numbers_typed_in_a_language(text: str, separators: dict[str, str], value: float) -> None:
    assert parse_number(text, **separators) == value


@pytest.mark.parametrize(
    ("text", "separators"),
    [
        ("2.5", TURKISH),  # a Turkish point groups thousands: 2.5 is no number, not 25
        ("1.23", TURKISH),
        ("1,5", {}),
        ("12,34,567", {}),
        ("", TURKISH),
        ("abc", POLISH),
        ("1,2,3", TURKISH),
        ("inf", {}),
    ],
)
def test_what_is_no_number_in_a_language(text: str, separators: dict[str, str]) -> None:
    assert parse_number(text, **separators) is None


@pytest.mark.parametrize(
    ("value", "decimals", "style", "text"),
    [
        (1234567.5, 1, {}, "1,234,567.5"),
        (1234567.5, 1, {"decimal": ",", "group": "."}, "1.234.567,5"),
        (1234.0, 0, {"decimal": ",", "group": " ", "min_grouping": 2}, "1234"),
        (12345.0, 0, {"decimal": ",", "group": " ", "min_grouping": 2}, "12 345"),
        (0.1, None, {}, "0.1"),
        (2.0, None, {}, "2"),
        (-0.25, 2, {}, "-0.25"),
        (-0.001, 1, {}, "0.0"),
        (1234.5, 1, {"decimal": "\u066b", "group": "\u066c", "zero": "\u0660"}, "١٬٢٣٤٫٥"),
    ],
)
def test_numbers_written_for_a_person(value: float, decimals: int | None, style: dict, text: str) -> None:
    assert format_number(value, decimals, **style) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("40%", 0.4), ("40 %", 0.4), ("0.4", 0.4), ("0,4", 0.4), (" 40 ", 0.4), ("12.5%", 0.125),
     ("0%", 0.0), ("100%", 1.0), ("1", 1.0), ("0", 0.0), ("٤٠٪", 0.4)],
)  # fmt: skip
def test_shares_as_people_type_them(text: str, value: float) -> None:
    """The map shows shares as percentages, so 40% is typed as often as 0.4."""
    assert share_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "%", "forty", "140%", "-5%", "101", "40%%", "inf%", "4 0"])
def test_what_is_no_share(text: str) -> None:
    assert share_number(text) is None


@pytest.mark.parametrize(
    ("text", "separators", "value"),
    [("%40", TURKISH, 0.4), ("%12,5", TURKISH, 0.125), ("0,25", TURKISH, 0.25), ("12,5%", POLISH, 0.125),
     ("٢٥٪\u061c", ARABIC, 0.25), ("٠٫٢٥", ARABIC, 0.25)],
)  # fmt: skip
def test_shares_typed_in_a_language(text: str, separators: dict[str, str], value: float) -> None:
    """Turkish writes the percent sign first; Arabic its own sign and decimal separator."""
    assert share_number(text, **separators) == pytest.approx(value)
