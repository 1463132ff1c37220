"""Metric numbers read at every bound a map allows (amounts ±10^15, docs/file-format.md):
trillions from a trillion on, a power of ten below a thousandth, never e-notation, never a
small value rounded to "0"."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journeymap.formats.report import report
from journeymap.model.bounds import MAX_AMOUNT
from journeymap.model.elements import Metric
from journeymap.model.metric_text import compact_number, format_number, metric_reading, metric_readings
from tests.model.test_workshop import sample


@pytest.mark.parametrize(
    ("value", "full", "compact"),
    [
        (1e15, "1,000T", "1,000T"),
        (-1e15, "-1,000T", "-1,000T"),
        (1_234_567_890_123, "1.23T", "1.23T"),
        (999_999_999_999, "999,999,999,999", "1T"),
        (999_500_000_000, "999,500,000,000", "1T"),
        (999_499_999_999, "999,499,999,999", "999B"),
        (2_500_000_000, "2,500,000,000", "2.5B"),
        (999_950, "999,950", "1M"),
        (1_850_000, "1,850,000", "1.85M"),
        (12_400, "12,400", "12.4k"),
        (9_500, "9,500", "9,500"),
        (4.3, "4.3", "4.3"),
        (38, "38", "38"),
        (0.5, "0.5", "0.5"),
        (0.0123, "0.012", "0.012"),
        (0.001234, "0.0012", "0.0012"),
        (0.00099999, "0.001", "0.001"),
        (0.0004, "4 × 10⁻⁴", "4 × 10⁻⁴"),
        (1.2e-7, "1.2 × 10⁻⁷", "1.2 × 10⁻⁷"),
        (-5e-324, "-4.9 × 10⁻³²⁴", "-4.9 × 10⁻³²⁴"),
        (0.0, "0", "0"),
        (-0.0, "0", "0"),
    ],
)
def test_large_and_small_numbers_read_at_every_bound(value: float, full: str, compact: str) -> None:
    assert format_number(value) == full
    assert compact_number(value) == compact


def test_the_unit_goes_where_people_write_it_even_on_a_negative_or_huge_number() -> None:
    assert format_number(1e15, "£") == "£1,000T"
    assert format_number(-38, "£") == "-£38"
    assert format_number(-1e15, "zł") == "-1,000T zł"
    assert format_number(1.2e-7, "g") == "1.2 × 10⁻⁷ g"
    assert format_number(2.1, "%") == "2.1%"


def test_another_readers_digits() -> None:
    polish = (" ", ",")
    assert format_number(1_850_000.5, marks=polish) == "1 850 000,5"
    assert compact_number(1_234_567_890_123, marks=polish) == "1,23T"
    assert format_number(1.2e-7, marks=polish) == "1,2 × 10⁻⁷"


def test_a_metric_at_the_bounds_has_readings_from_longest_to_shortest() -> None:
    metric = Metric(id="m", name="GMV", unit="£", value=MAX_AMOUNT, target=-MAX_AMOUNT)
    assert metric_reading(metric) == "£1,000T (target -1,000T)"
    assert metric_readings(metric) == ("£1,000T (target -1,000T)", "1,000T (target -1,000T)", "1,000T")
    tiny = Metric(id="m", name="Dose", unit="g", value=1.2e-7, target=1e-7)
    assert metric_readings(tiny)[-1] == "1.2 × 10⁻⁷"


def test_the_handout_and_the_deck_read_the_same() -> None:
    journey = sample()
    journey.add(Metric(id="me-gmv", name="GMV", attached_to="s1", unit="£", value=1e15, target=2.5e12))
    (line,) = [
        line for stage in report(journey.snapshot()).stages for line in stage.lines if line.id == "me-gmv"
    ]
    assert line.facts == "£1,000T (target 2.5T)"


NO_E_NOTATION = re.compile(r"\de[+-]?\d", re.IGNORECASE)


@given(st.floats(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, allow_nan=False))
def test_no_amount_reads_in_e_notation_or_as_zero_when_it_is_not(value: float) -> None:
    for text in (format_number(value), compact_number(value)):
        assert not NO_E_NOTATION.search(text), text
        assert len(text) <= 20, text  # "-999,999,999,999.99"
        assert (text == "0") == (value == 0), text
