"""How a metric's numbers read, wherever they are shown: the card's chip, the Metrics
panel, the slide deck and the handout. "41 score (target 45)", "£38 (target 30)",
"2.1% (target 2.5)": the unit said once, a currency sign first, a percent sign attached.
"""

from __future__ import annotations

from journeymap.model.elements import Metric
from journeymap.util.i18n import conventions, number, tr, tr_noop

__all__ = ["CURRENCIES", "compact_number", "format_number", "metric_reading"]


def format_number(value: float | None, unit: str = "") -> str:
    """``value`` (at most two decimals) and its unit as the current language writes them:
    "1,234.5", "1.234,5" in Turkish, "١٬٢٣٤٫٥" in Arabic; "18%", "%18", "١٨٪"."""
    if value is None:
        return ""
    text = number(value if float(value).is_integer() else round(value, 2))
    return _with_unit(text, unit)


_COMPACT = (
    (1e9, tr_noop("{n}B", "a compact number of billions: 1.9B"), "a compact number of billions: 1.9B"),
    (1e6, tr_noop("{n}M", "a compact number of millions: 1.85M"), "a compact number of millions: 1.85M"),
    (1e4, tr_noop("{n}k", "a compact number of thousands: 12.4k"), "a compact number of thousands: 12.4k"),
)


def compact_number(value: float) -> str:
    """1,850,000 -> "1.85M", 12,400 -> "12.4k": for chips too narrow for the full number
    (in Polish "1,85 mln", in Turkish "12,4 B")."""
    for limit, words, note in _COMPACT:
        if abs(value) >= limit:
            return tr(words, note).format(n=number(float(f"{value / limit:.3g}")))
    return format_number(value)


def metric_reading(metric: Metric, *, compact: bool = False) -> str:
    """Value against target as a person reads it, the unit said once: "41 score (target
    45)", "2.1% (target 2.5)"; ``compact`` shortens big numbers and leaves the unit to the
    metric's name ("1.85M (target 2M)"), for a chip too narrow for the whole reading."""
    if metric.value is None:
        return ""
    number = compact_number if compact else format_number
    value = compact_number(metric.value) if compact else format_number(metric.value, metric.unit)
    if metric.target is None:
        return value
    return tr("{value} (target {target})").format(value=value, target=number(metric.target))


CURRENCIES = ("£", "$", "€", "¥", "₺", "zł", "﷼")


def _with_unit(text: str, unit: str) -> str:
    """A number with its unit as people write it: 18%, 4.3/5, £38 (a currency sign first,
    but "zł" after), 1.6 orders/year."""
    if not unit:
        return text
    if unit == "%":
        return conventions().percent.format(text)
    if unit == "‰" or unit.startswith("/"):
        return f"{text}{unit}"
    if unit in CURRENCIES and unit not in ("zł", "﷼"):
        return f"{unit}{text}"
    return f"{text} {unit}"
