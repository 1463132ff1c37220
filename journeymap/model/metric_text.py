"""How a metric's numbers read, wherever they are shown: the card's chip, the Metrics
panel, the slide deck and the handout. "41 score (target 45)", "£38 (target 30)",
"2.1% (target 2.5)": the unit said once, a currency sign first, a percent sign attached.

Numbers read at every size a map allows (amounts up to ±10^15, docs/file-format.md): from
a trillion on, in trillions ("1,000T" for 10^15, nobody reads sixteen digits); below a
thousandth, as a power of ten ("1.2 × 10⁻⁷", never "0"); in between, as written, small
fractions to two significant digits ("0.0012"). ``compact`` readings, for a chip too narrow
for the whole number, shorten to three significant digits and k, M, B or T ("1.85M").

All of it in the current language's way unless ``marks`` say otherwise: its separators and
digits ("1.850.000" in Turkish, "١٬٨٥٠٬٠٠٠" in Arabic), its percent sign ("%18" in Turkish)
and its words for thousands and millions ("1,85 mln" in Polish). Exports draw in the map's
language (``i18n.language``), the editor in the interface's.
"""

from __future__ import annotations

import math

from journeymap.model.elements import Metric
from journeymap.util.i18n import conventions, digits, tr, tr_noop

__all__ = [
    "CURRENCIES",
    "EN_MARKS",
    "Marks",
    "compact_number",
    "format_number",
    "metric_reading",
    "metric_readings",
]

Marks = tuple[str, str]
"""(group separator, decimal point): "1,850,000.5" is (",", "."); a Polish reader's (" ", ",")."""
EN_MARKS: Marks = (",", ".")

SCALES = ((1e12, tr_noop("{n}T")), (1e9, tr_noop("{n}B")), (1e6, tr_noop("{n}M")), (1e3, tr_noop("{n}k")))
"""Trillions, billions, millions, thousands: the largest that fits is used."""
FULL_BELOW = 1e12
"""Numbers this large or larger read in trillions even in a full reading."""
COMPACT_FROM = 1e4
"""A compact reading keeps numbers below this whole ("9,500", not "9.5k")."""
TINY = 1e-3
"""Numbers nearer zero than this (but not zero) read as a power of ten."""
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def language_marks() -> Marks:
    """The current language's (group separator, decimal point)."""
    style = conventions()
    return style.group, style.decimal


def format_number(value: float | None, unit: str = "", *, marks: Marks | None = None) -> str:
    """The number as a person reads it, with its unit: "1,850,000 impressions", "£38",
    "1,000T", "1.2 × 10⁻⁷ g"."""
    if value is None:
        return ""
    marks = marks or language_marks()
    if abs(value) >= FULL_BELOW:
        return _with_unit(compact_number(value, marks=marks), unit)
    return _with_unit(_plain(float(value), marks), unit)


def compact_number(value: float, *, marks: Marks | None = None) -> str:
    """1,850,000 -> "1.85M", 12,400 -> "12.4k", 10^15 -> "1,000T": three significant
    digits, for chips too narrow for the full number."""
    marks = marks or language_marks()
    size = abs(value)
    if size < COMPACT_FROM:
        return _plain(float(value), marks)
    scale = next(index for index, (limit, _) in enumerate(SCALES) if size >= limit)
    mantissa = _significant(value / SCALES[scale][0], 3)
    if abs(mantissa) >= 1000 and scale > 0:  # 999,950 rounds to 1,000k: say 1M
        scale -= 1
        mantissa = _significant(value / SCALES[scale][0], 3)
    return tr(SCALES[scale][1]).format(n=_digits(mantissa, _decimals(mantissa, 3), marks))


def _plain(value: float, marks: Marks) -> str:
    if value.is_integer():
        return _digits(value, 0, marks)
    if abs(value) >= 1:
        return _digits(value, 2, marks)
    exponent = int(f"{value:.1e}".split("e")[1])  # after rounding: 0.00099999 is 0.001
    if exponent < math.log10(TINY):
        return _power_of_ten(value, marks)
    return _digits(value, max(2, 1 - exponent), marks)


def _significant(value: float, digits: int) -> float:
    return round(value, _decimals(value, digits))


def _decimals(value: float, digits: int) -> int:
    """How many decimals keep ``digits`` significant digits of ``value`` (none for big ones)."""
    if value == 0:
        return 0
    return max(0, digits - 1 - math.floor(math.log10(abs(value))))


def _digits(value: float, decimals: int, marks: Marks) -> str:
    """``value`` to ``decimals`` places (trailing zeros dropped), grouped by thousands."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):
        text = "0"
    group, point = marks
    return digits(text.replace(",", "\0").replace(".", point).replace("\0", group))


def _power_of_ten(value: float, marks: Marks) -> str:
    """0.00000012 -> "1.2 × 10⁻⁷": two significant digits and the power, in superscript."""
    mantissa, exponent = f"{value:.1e}".split("e")
    if mantissa.endswith(".0"):
        mantissa = mantissa[:-2]
    power = str(int(exponent)).translate(SUPERSCRIPT)
    return f"{digits(mantissa.replace('.', marks[1]))} × {digits('10')}{power}"


def metric_reading(metric: Metric, *, compact: bool = False, unit: bool = True) -> str:
    """Value against target as a person reads it, the unit said once: "41 score (target
    45)", "2.1% (target 2.5)". ``compact`` shortens big numbers ("1.85M impressions
    (target 2M)") for a chip too narrow for the whole reading; ``unit=False`` then leaves
    the unit to the metric's name ("1.85M (target 2M)"), for a narrower one still."""
    if metric.value is None:
        return ""
    number = compact_number if compact else format_number
    value = _with_unit(number(metric.value), metric.unit if unit else "")
    if metric.target is None:
        return value
    return tr("{value} (target {target})").format(value=value, target=number(metric.target))


def metric_readings(metric: Metric) -> tuple[str, ...]:
    """Every way to say the metric, longest first, for the room there is: the whole reading,
    the compact one, the compact one without its unit, and the value alone ("1.85M")."""
    if metric.value is None:
        return ()
    readings = (
        metric_reading(metric),
        metric_reading(metric, compact=True),
        metric_reading(metric, compact=True, unit=False),
        compact_number(metric.value),
    )
    return tuple(dict.fromkeys(readings))


CURRENCIES = ("£", "$", "€", "¥", "₺", "zł", "﷼")


def _with_unit(text: str, unit: str) -> str:
    """A number with its unit as people write it: 18%, 4.3/5, £38 and −£38 (a currency
    sign first, but "zł" after), 1.6 orders/year."""
    if not unit:
        return text
    if unit == "%":
        return conventions().percent.format(text)
    if unit == "‰" or unit.startswith("/"):
        return f"{text}{unit}"
    if unit in CURRENCIES and unit not in ("zł", "﷼"):
        sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
        return f"{sign}{unit}{digits}"
    return f"{text} {unit}"
