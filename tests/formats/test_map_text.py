"""Maps, differences and conflicts in words: what git's textconv, ``diff``, ``merge``,
``validate`` and the Conflicts panel show."""

from __future__ import annotations

import base64

from journeymap.formats.map_text import change_text, conflict_text, map_text, names_for
from journeymap.model.data import JourneyData
from journeymap.model.diff import Change, diff
from journeymap.model.elements import (
    Conflict,
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    Metric,
    Persona,
    Stage,
    Touchpoint,
)

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(3000)).decode()
DATA = JourneyData(
    journey=JourneyInfo(title="Shop", language="pl"),
    stages=(Stage(id="s1", name="Zasięg", goal="Find us\nsoon"), Stage(id="s2", name="Konwersja")),
    lanes=(
        Lane(id="web", name="Web", channel="web"),
        Lane(id="notes", name="Notes", kind=LaneKind.TEXT, cells={"s1": "hello"}),
    ),
    personas=(Persona(id="ann", name="Ann", photo=PNG),),
    touchpoints=(
        Touchpoint(id="t1", stage="s1", lane="web", title="Ad", personas=("ann",)),
        Touchpoint(id="t2", stage="s2", lane="web", title="Pay"),
    ),
    metrics=(Metric(id="m1", name="NPS", attached_to=None, value=31),),
    flows=(Flow(id="f1", source="t1", target="t2", share=0.5),),
)
NAMES = names_for(DATA)


def test_a_map_as_text_one_block_per_element_names_for_ids() -> None:
    text = map_text(DATA)
    assert text.startswith("map “Shop”\n  language: pl\n\nstage “Zasięg” [s1]\n  goal: Find us\n      soon\n")
    assert "touchpoint “Ad” [t1] in “Zasięg” / “Web”\n  personas: “Ann”\n" in text
    assert "  cell “Zasięg”: hello\n" in text
    assert "persona “Ann” [ann]\n  photo: (an image, 2 KB)\n" in text  # never the base64
    assert "metric “NPS” [m1] on the whole map\n  value: 31.0\n" in text
    assert "flow “Ad → Pay” [f1]\n  source: “Ad”\n  target: “Pay”\n  share: 0.5\n" in text


def test_each_kind_of_change_in_one_line() -> None:
    moved = DATA.model_copy(
        update={"touchpoints": (DATA.touchpoints[0].updated(stage="s2"), DATA.touchpoints[1])}
    )
    (change,) = diff(DATA, moved)
    assert change_text(change, NAMES) == "moved touchpoint “Ad”: stage “Zasięg” → “Konwersja”"
    reorder = Change("reorder", "stage", "s2", "Konwersja", before=1, after=0, anchor=None)
    assert change_text(reorder, NAMES) == "reordered stage “Konwersja”: now first"
    cell = Change("change", "lane", "notes", "Notes", "cells.s1", "hello", "")
    assert change_text(cell, NAMES) == "changed lane “Notes”: cell “Zasięg” “hello” → nothing"
    tags = Change("change", "touchpoint", "t1", "Ad", "tags", [], [f"tag{i}" for i in range(20)])
    assert change_text(tags, NAMES) == (
        "changed touchpoint “Ad”: tags none → “tag0”, “tag1”, “tag2”, “tag3”, “tag4”, “tag5”, “tag6”, “tag7” and 12 more"
    )
    info = Change("change", "journey", None, "Shop", "title", "Shop", "Sklep")
    assert change_text(info, NAMES) == "changed the map: title “Shop” → “Sklep”"


def conflict(reason: str, field: str | None, ours: object, theirs: object, **more: object) -> Conflict:
    return Conflict.model_validate(
        {"id": "cf-1", "kind": "touchpoint", "element": "t1", "title": "Ad", "reason": reason,
         "field": field, "ours": ours, "theirs": theirs, **more}
    )  # fmt: skip


def test_each_kind_of_conflict_in_one_line() -> None:
    lines = [
        conflict_text(c, NAMES)
        for c in (
            conflict("changed", "title", "Ad", "Banner"),
            conflict("moved", "stage,lane", {"stage": "s1", "lane": "web"}, {"stage": "s2", "lane": "web"}),
            conflict("reordered", "order", None, "t2"),
            conflict("deleted_ours", None, None, {"id": "t1", "stage": "s1", "lane": "web", "title": "Ad"}),
            conflict("deleted_theirs", None, {"id": "t1", "stage": "s1", "lane": "web", "title": "Ad"}, None),
            conflict("added_both", None, {}, {}),
            conflict("blocked", None, None, {}, related="s2"),
            conflict("blocked", "personas", [], ["ann"], related="ann"),
        )
    ]
    assert lines == [
        "touchpoint “Ad”: title changed on both sides: ours “Ad”, theirs “Banner”",
        "touchpoint “Ad” moved to two places: ours “Zasięg” / “Web”, theirs “Konwersja” / “Web”",
        "touchpoint “Ad” put at two places in order: ours first, theirs after “Pay”",
        "touchpoint “Ad”: removed in ours, changed or still used in theirs",
        "touchpoint “Ad”: removed in theirs, changed or still used in ours",
        "touchpoint “Ad”: both sides added this id as different elements",
        "touchpoint “Ad” from theirs needs stage “Konwersja”, which ours removed or changed",
        "touchpoint “Ad”: theirs wanted personas “Ann”, which needs persona “Ann” that ours removed or changed",
    ]
