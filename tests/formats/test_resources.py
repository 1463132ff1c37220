"""The shipped templates and example map: valid, complete, and exactly what the builder makes."""

from __future__ import annotations

import importlib.util
import itertools
import re
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from journeymap.formats import journey_file, templates
from journeymap.model.elements import LaneKind
from journeymap.model.ids import ID_PATTERN
from journeymap.model.journey import Journey
from journeymap.util.paths import example_map

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "online-shop.journey"
TEMPLATE_STAGES = {
    "customer-lifecycle": ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
    "lifecycle-marketing": ["Reach", "Acquisition", "Conversion", "Retention", "Loyalty"],
    "digital-journey": ["Awareness", "Engagement", "Transaction / Fulfilment", "Retention"],
}
TEXT_LANES = ["Customer goals", "Thoughts", "Backstage processes"]
ALL_FILES = sorted((ROOT / "resources").glob("*/*.journey"))
TRANSLATED_FILES = sorted((ROOT / "resources").glob("*/*/*.journey"))
"""The same maps in Turkish, Polish and Arabic (templates/tr/…, examples/ar/…)."""
SEED_STAGES = {
    ("tr", "customer-lifecycle"): ["Farkındalık", "Değerlendirme", "Satın alma", "Tutma", "Savunuculuk"],
    ("ar", "customer-lifecycle"): ["الوعي", "التقييم", "الشراء", "الاحتفاظ", "المناصرة"],
    ("pl", "lifecycle-marketing"): ["Zasięg", "Akwizycja", "Konwersja", "Utrzymanie", "Lojalność"],
    ("tr", "digital-journey"): ["Farkındalık", "Katılım", "İşlem / Gerçekleştirme", "Tutma"],
}
"""The stage names of the seed articles, as DOMAIN.md lists them (التقييم, not the seed's المقابل)."""


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_resources", ROOT / "scripts" / "build_resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _builder()


@pytest.fixture(scope="module")
def example() -> Journey:
    return journey_file.load(EXAMPLE)


def _all_ids(journey: Journey) -> list[str]:
    return [record.id for record in journey.snapshot().records()]


# ---- every shipped map -----------------------------------------------------------------


def test_the_shipped_maps_are_the_expected_set() -> None:
    names = {p.relative_to(ROOT / "resources").as_posix() for p in ALL_FILES}
    assert names == {
        "templates/blank.journey",
        "templates/customer-lifecycle.journey",
        "templates/lifecycle-marketing.journey",
        "templates/digital-journey.journey",
        "examples/online-shop.journey",
    }
    assert templates.template_names() == sorted(["blank", *TEMPLATE_STAGES])
    assert example_map() == EXAMPLE


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_shipped_map_loads_with_readable_ids(path: Path) -> None:
    journey = journey_file.load(path)
    assert journey.info.language == "en"
    for ident in _all_ids(journey):
        assert re.match(ID_PATTERN, ident), ident
    assert journey_file.dumps(journey) == path.read_bytes()  # saved canonically: no churn on re-save


def test_builder_output_is_exactly_the_committed_bytes(builder: ModuleType) -> None:
    built = builder.build_all()
    assert {ROOT / p for p in built} == set(ALL_FILES) | set(TRANSLATED_FILES)
    for path, content in built.items():
        assert (ROOT / path).read_bytes() == content, (
            f"{path} is stale: run python3 scripts/build_resources.py"
        )
    assert builder.outdated(ROOT) == []


def test_check_reports_a_changed_file(builder: ModuleType, tmp_path: Path) -> None:
    assert sorted(builder.write_all(tmp_path)) == sorted(builder.build_all())
    assert builder.outdated(tmp_path) == []
    assert builder.write_all(tmp_path) == []  # nothing to rewrite
    stale = tmp_path / "resources" / "templates" / "digital-journey.journey"
    stale.write_bytes(stale.read_bytes().replace(b"Engagement", b"Engagment"))
    assert builder.outdated(tmp_path) == [Path("resources/templates/digital-journey.journey")]


# ---- templates -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TEMPLATE_STAGES))
def test_template_has_its_stage_model_in_order(name: str) -> None:
    data = templates.load_template(name)
    assert [s.name for s in data.stages] == TEMPLATE_STAGES[name]
    assert data.journey.title and "article" in data.journey.description  # names its source


@pytest.mark.parametrize("name", sorted(TEMPLATE_STAGES))
def test_template_fills_every_stage(name: str) -> None:
    journey = Journey(templates.load_template(name))
    kinds = [lane.kind for lane in journey.lanes]
    for kind in (LaneKind.EMOTION, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        assert kinds.count(kind) == 1
    text = {lane.name: lane for lane in journey.lanes if lane.kind == LaneKind.TEXT}
    assert sorted(text) == sorted(TEXT_LANES)
    channels = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    assert len(channels) >= 5
    for stage in journey.stages:
        assert all(stage.id in lane.cells for lane in text.values()), stage.name
        for kind in ("touchpoint", "pain_point", "opportunity", "metric"):
            field = "attached_to" if kind == "metric" else "stage"
            assert journey.referring(stage.id, field, kind), f"{name}: no {kind} in {stage.name}"
    for opportunity in journey.opportunities:
        assert opportunity.pain_points
    for pain in journey.pain_points:
        assert pain.touchpoints and pain.affected is not None and pain.source


@pytest.mark.parametrize("name", sorted(TEMPLATE_STAGES))
def test_template_flows_run_through_the_stages_and_back(name: str) -> None:
    journey = Journey(templates.load_template(name))
    stages = [s.id for s in journey.stages]
    edges = {(f.source, f.target) for f in journey.flows}
    assert set(itertools.pairwise(stages)) <= edges
    assert any(stages.index(t) < stages.index(s) for s, t in edges), "no flow closes the cycle"


def test_customer_lifecycle_advocacy_feeds_awareness_and_cart_email_wins_back_carts() -> None:
    journey = Journey(templates.load_template("customer-lifecycle"))
    referral = [f for f in journey.flows if (f.source, f.target) == ("st-advocacy", "st-awareness")]
    assert [f.label for f in referral] == ["referrals"]
    assert any("10%" in o.description for o in journey.opportunities)


# ---- the example map -------------------------------------------------------------------


def test_example_has_two_complete_personas(example: Journey) -> None:
    assert len(example.personas) == 2
    for persona in example.personas:
        for name, value in persona:
            if name not in ("photo",):
                assert value not in ("", (), None), f"{persona.id}.{name} is empty"


def test_example_funnel_drops_from_stage_to_stage(example: Journey) -> None:
    customers = [s.customers for s in example.stages]
    assert [s.name for s in example.stages] == TEMPLATE_STAGES["customer-lifecycle"]
    assert all(c is not None for c in customers)
    assert customers == sorted(customers, reverse=True) and len(set(customers)) == len(customers)
    assert customers[0] == 120_000


def test_example_touchpoints_cover_every_channel_and_stage(example: Journey) -> None:
    assert 25 <= len(example.touchpoints) <= 35
    channels = [lane for lane in example.lanes if lane.kind == LaneKind.CHANNEL]
    assert all(example.referring(lane.id, "lane", "touchpoint") for lane in channels)
    assert all(example.referring(stage.id, "stage", "touchpoint") for stage in example.stages)
    for touchpoint in example.touchpoints:
        assert touchpoint.emotion is not None and touchpoint.action and touchpoint.thoughts
    assert {t.emotion for t in example.touchpoints} == {-2, -1, 0, 1, 2}
    assert {p for t in example.touchpoints for p in t.personas} == {p.id for p in example.personas}
    assert sum(1 for t in example.touchpoints if not t.owner) <= 2


def test_example_flows_have_shares_that_add_up(example: Journey) -> None:
    out: dict[str, float] = defaultdict(float)
    kinds = set()
    for flow in example.flows:
        assert flow.share is not None
        out[flow.source] += flow.share
        kinds.add((example.kind_of(flow.source), example.kind_of(flow.target)))
    assert kinds == {("touchpoint", "touchpoint"), ("stage", "stage")}
    assert all(total <= 1.0 + 1e-9 for total in out.values()), out
    stages = {(f.source, f.target) for f in example.flows if example.kind_of(f.source) == "stage"}
    assert ("st-advocacy", "st-awareness") in stages
    assert ("st-purchase", "st-retention") in stages


def test_example_pain_points_and_opportunities_are_linked(example: Journey) -> None:
    assert len(example.pain_points) >= 8
    for pain in example.pain_points:
        assert pain.touchpoints and pain.affected is not None and pain.source
    for opportunity in example.opportunities:
        assert opportunity.pain_points and opportunity.owner
    assert len({o.status for o in example.opportunities}) >= 4
    answered = {p for o in example.opportunities for p in o.pain_points}
    assert answered == {p.id for p in example.pain_points}


def test_example_has_metrics_at_every_stage_some_off_target(example: Journey) -> None:
    for stage in example.stages:
        assert example.referring(stage.id, "attached_to", "metric"), stage.name
    assert any(m.off_target() for m in example.metrics)
    assert any(not m.off_target() for m in example.metrics)
    assert all(m.value is not None and m.target is not None for m in example.metrics)


def test_example_has_comments_some_resolved(example: Journey) -> None:
    resolved = [c.resolved for c in example.comments]
    assert len(resolved) >= 5 and any(resolved) and not all(resolved)
    assert all(c.author and c.created for c in example.comments)


def test_example_text_lanes_have_a_cell_per_stage(example: Journey) -> None:
    text = [lane for lane in example.lanes if lane.kind == LaneKind.TEXT]
    assert sorted(lane.name for lane in text) == sorted(TEXT_LANES)
    stage_ids = {s.id for s in example.stages}
    assert all(set(lane.cells) == stage_ids for lane in text)


# ---- the maps in Turkish, Polish and Arabic ----------------------------------------------


def test_every_template_and_the_example_exist_in_every_language() -> None:
    names = {p.relative_to(ROOT / "resources").as_posix() for p in TRANSLATED_FILES}
    english = {p.relative_to(ROOT / "resources") for p in ALL_FILES}
    assert names == {f"{p.parent}/{code}/{p.name}" for p in english for code in ("tr", "pl", "ar")}


@pytest.mark.parametrize("path", TRANSLATED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_translated_map_is_the_english_one_in_its_language(path: Path) -> None:
    """Same ids, same structure, same numbers; its language set, Arabic reading right to left;
    its texts translated (none left as the English map wrote it, but names and brands)."""
    code = path.parent.name
    translated = journey_file.load_data(path)
    english = journey_file.load_data(path.parent.parent / path.name)
    assert translated.journey.language == code
    assert translated.journey.direction == ("rtl" if code == "ar" else "ltr")
    assert [r.id for r in translated.records()] == [r.id for r in english.records()]
    assert [s.customers for s in translated.stages] == [s.customers for s in english.stages]
    assert [f.share for f in translated.flows] == [f.share for f in english.flows]
    same = {
        (a.name if hasattr(a, "name") else getattr(a, "title", ""))
        for a, b in zip(english.records(), translated.records(), strict=True)
        if getattr(a, "name", getattr(a, "title", None)) == getattr(b, "name", getattr(b, "title", None))
    }
    assert same <= {"", "Search console", "CRM", "PR", "Web", "Showroom", "GA4"}, same


@pytest.mark.parametrize(("code", "name"), sorted(SEED_STAGES))
def test_templates_use_the_seed_articles_stage_names(code: str, name: str) -> None:
    data = templates.load_template(name, code)
    assert [s.name for s in data.stages] == SEED_STAGES[(code, name)]


def test_new_from_template_in_a_language_and_the_example_in_each() -> None:
    data = templates.new_from_template("customer-lifecycle", language="ar")
    assert (data.journey.language, data.journey.direction) == ("ar", "rtl")
    assert templates.template_language("tr_TR") == "tr" and templates.template_language("de") == "en"
    for code in ("tr", "pl", "ar"):
        assert journey_file.load_data(example_map(code)).journey.language == code
    assert example_map("de") == EXAMPLE
