"""The metric presets: the measures the seed articles ask for and the usual CX ones.

One table, shared by the metrics dock, the CLI and the Excel export, so that a preset has
the same kind, name, unit and better-direction everywhere. Pure: no Qt. Names and
descriptions and units are English source text, marked for translation with ``tr_noop``;
show them through :func:`preset_name` and :func:`preset_description`, which translate. A
metric made from a preset gets its name and unit in the language of the moment (a Turkish
team's map says "Sepet terk oranı" and "₺").
"""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.elements import Better, Metric
from journeymap.util.i18n import tr, tr_noop

CUSTOM_KIND = "custom"


@dataclass(frozen=True)
class MetricPreset:
    kind: str
    name: str
    unit: str
    better: Better
    stage_hint: str
    description: str


def _preset(
    kind: str, name: str, unit: str, better: Better, stage_hint: str, description: str
) -> MetricPreset:
    return MetricPreset(kind, name, unit, better, stage_hint, description)


_H, _L = Better.HIGHER, Better.LOWER

PRESETS: tuple[MetricPreset, ...] = (
    _preset(
        "cost_per_acquisition",
        tr_noop("Cost per acquisition"),
        tr_noop("£"),
        _L,
        "awareness",
        tr_noop("Marketing and ad spend per new customer."),
    ),
    _preset(
        "ad_impressions",
        tr_noop("Ad impressions"),
        tr_noop("impressions"),
        _H,
        "awareness",
        tr_noop("How many times ads were seen."),
    ),
    _preset(
        "conversions",
        tr_noop("Conversions"),
        tr_noop("conversions"),
        _H,
        "purchase",
        tr_noop("Clicks through, sign-ups or installs."),
    ),
    _preset(
        "conversion_rate",
        tr_noop("Conversion rate"),
        "%",
        _H,
        "purchase",
        tr_noop("Share of visitors who buy."),
    ),
    _preset(
        "average_order_value",
        tr_noop("Average order value"),
        tr_noop("£"),
        _H,
        "purchase",
        tr_noop("Revenue per order (exchange value)."),
    ),
    _preset(
        "purchase_frequency",
        tr_noop("Purchase frequency"),
        tr_noop("orders/year"),
        _H,
        "retention",
        tr_noop("Orders per customer per year (transaction volume)."),
    ),
    _preset(
        "email_open_rate",
        tr_noop("Email open rate"),
        "%",
        _H,
        "retention",
        tr_noop("Share of sent emails opened."),
    ),
    _preset(
        "social_engagement",
        tr_noop("Social engagement"),
        "%",
        _H,
        "advocacy",
        tr_noop("Likes, comments and shares per post, as a share of reach."),
    ),
    _preset(
        "nps",
        tr_noop("Net Promoter Score"),
        tr_noop("score"),
        _H,
        "advocacy",
        tr_noop("Promoters minus detractors, -100 to 100."),
    ),
    _preset(
        "csat",
        tr_noop("Customer satisfaction (CSAT)"),
        "/5",
        _H,
        "retention",
        tr_noop("Average satisfaction rating."),
    ),
    _preset(
        "ces",
        tr_noop("Customer effort score (CES)"),
        "/7",
        _L,
        "purchase",
        tr_noop("How hard it was to get things done."),
    ),
    _preset(
        "churn_rate",
        tr_noop("Churn rate"),
        "%",
        _L,
        "retention",
        tr_noop("Share of customers lost in the period."),
    ),
    _preset(
        "retention_rate",
        tr_noop("Retention rate"),
        "%",
        _H,
        "retention",
        tr_noop("Share of customers kept in the period."),
    ),
    _preset(
        "customer_lifetime_value",
        tr_noop("Customer lifetime value"),
        tr_noop("£"),
        _H,
        "loyalty",
        tr_noop("Revenue expected from one customer over the relationship."),
    ),
    _preset(
        "cart_abandonment_rate",
        tr_noop("Cart abandonment rate"),
        "%",
        _L,
        "purchase",
        tr_noop("Share of filled baskets never checked out."),
    ),
)

PRESET_BY_KIND: dict[str, MetricPreset] = {preset.kind: preset for preset in PRESETS}


def preset_for(kind: str) -> MetricPreset | None:
    """The preset of ``kind``, or None for custom and unknown kinds."""
    return PRESET_BY_KIND.get(kind)


def preset_name(preset: MetricPreset) -> str:
    return tr(preset.name)


def preset_description(preset: MetricPreset) -> str:
    return tr(preset.description)


def kind_label(kind: str) -> str:
    """What to show for a metric kind: the preset's name, or the kind itself made readable."""
    preset = PRESET_BY_KIND.get(kind)
    if preset is not None:
        return preset_name(preset)
    if kind == CUSTOM_KIND:
        return tr("Custom")
    return kind.replace("_", " ").capitalize()


def metric_from_preset(kind: str, *, ident: str, attached_to: str | None = None) -> Metric:
    """A new metric of a preset ``kind`` (or a custom one), with no value or target yet."""
    preset = PRESET_BY_KIND.get(kind)
    if preset is None:
        return Metric(id=ident, name=tr("New metric"), kind=CUSTOM_KIND, attached_to=attached_to)
    return Metric(
        id=ident,
        name=preset_name(preset),
        kind=preset.kind,
        attached_to=attached_to,
        unit=tr(preset.unit),
        better=preset.better,
    )
