"""How a metric's numbers read, wherever they are shown: the card's chip, the Metrics
panel, the slide deck and the handout. "41 score (target 45)", "£38 (target 30)",
"2.1% (target 2.5)": the unit said once, a currency sign first, a percent sign attached.
"""

from __future__ import annotations

from journeymap.model.elements import Metric
from journeymap.util.i18n import tr

__all__ = ["CURRENCIES", "compact_number", "format_number", "metric_reading"]


def format_number(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return _with_unit(text, unit)


def compact_number(value: float) -> str:
    """1,850,000 -> "1.85M", 12,400 -> "12.4k": for chips too narrow for the full number."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e4, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.3g}{suffix}"
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
    if unit in ("%", "‰") or unit.startswith("/"):
        return f"{text}{unit}"
    if unit in CURRENCIES and unit not in ("zł", "﷼"):
        return f"{unit}{text}"
    return f"{text} {unit}"
