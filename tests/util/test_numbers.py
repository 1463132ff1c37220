"""Plain numbers: what people type, not everything Python's float() accepts."""

from __future__ import annotations

import pytest

from journeymap.util.numbers import plain_number, share_number


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
