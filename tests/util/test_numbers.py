"""Plain numbers: what people type, not everything Python's float() accepts."""

from __future__ import annotations

import pytest

from journeymap.util.numbers import plain_number


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
