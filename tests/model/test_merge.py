"""Three-way merge: what each side did is kept; conflicts keep ours, are recorded whole, and
the result is always a valid map."""

from __future__ import annotations

from typing import Any

import pytest

from journeymap.model.cascades import removal_plan
from journeymap.model.conflicts import resolve_ops
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Conflict,
    ConflictReason,
    Flow,
    JourneyInfo,
    LaneKind,
    PainPoint,
    Touchpoint,
)
from journeymap.model.journey import Journey
from journeymap.model.merge import MergeResult, merge
from journeymap.model.problems import JourneyError
from tests.model.teams_sample import BASE


def edit(data: JourneyData, *ops: Any, remove: tuple[str, ...] = ()) -> JourneyData:
    journey = Journey(data)
    journey.apply_all(ops)
    journey.apply_all(removal_plan(journey, remove))
    return journey.snapshot()


def update(ident: str, **changes: Any) -> Any:
    from journeymap.model.operations import Update

    return Update(BASE_RECORDS[ident], BASE_RECORDS[ident].updated(**changes))


def add(record: Any, index: int | None = None) -> Any:
    from journeymap.model.operations import Add

    return Add(record, index)


BASE_RECORDS = {r.id: r for r in BASE.records()}


def merged(ours: JourneyData, theirs: JourneyData) -> MergeResult:
    result = merge(BASE, ours, theirs)
    Journey(result.data)  # every merge gives a valid map
    return result


def reasons(result: MergeResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.reason.value, c.element, c.field) for c in result.conflicts]


def test_edits_of_different_fields_and_elements_both_land() -> None:
    ours = edit(BASE, update("t1", title="Search ad"), update("s2", goal="Pay"))
    theirs = edit(BASE, update("t1", emotion=-1), update("t3", description="PDF"))
    result = merged(ours, theirs)
    assert result.clean
    data = Journey(result.data)
    assert (data["t1"].title, data["t1"].emotion) == ("Search ad", -1)
    assert data["s2"].goal == "Pay" and data["t3"].description == "PDF"


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    ours = edit(BASE, update("t1", title="Search ad"))
    result = merged(ours, ours)
    assert result.clean and result.data == ours


def test_cards_added_in_one_cell_by_both_sides_are_all_kept_in_an_order_both_agree_on() -> None:
    mine = Touchpoint(id="t-mine", stage="s1", lane="web", title="Mine")
    yours = Touchpoint(id="t-yours", stage="s1", lane="web", title="Yours")
    ours, theirs = edit(BASE, add(mine, 1)), edit(BASE, add(yours, 1))
    one, other = merged(ours, theirs), merged(theirs, ours)
    assert one.clean and other.clean
    order = [t.id for t in Journey(one.data).touchpoints_in("s1", "web")]
    assert order == ["t1", "t-mine", "t-yours", "t2"]
    assert [t.id for t in Journey(other.data).touchpoints_in("s1", "web")] == order


def test_list_fields_and_text_cells_merge_item_by_item() -> None:
    ours = edit(BASE, update("t1", personas=("ann",)), update("notes", cells={"s1": "hello", "s2": "pay"}))
    theirs = edit(BASE, update("t1", personas=("bob",)), update("notes", cells={"s1": "hi"}))
    result = merged(ours, theirs)
    assert result.clean
    data = Journey(result.data)
    assert data["t1"].personas == ("ann", "bob")
    assert data["notes"].cells == {"s1": "hi", "s2": "pay"}


def test_the_same_field_changed_two_ways_keeps_ours_and_records_all_three_values() -> None:
    result = merged(edit(BASE, update("t1", title="Ours")), edit(BASE, update("t1", title="Theirs")))
    (conflict,) = result.conflicts
    assert (conflict.reason, conflict.kind, conflict.element, conflict.field) == (
        ConflictReason.CHANGED, "touchpoint", "t1", "title",
    )  # fmt: skip
    assert (conflict.base, conflict.ours, conflict.theirs) == ("Ad", "Ours", "Theirs")
    assert Journey(result.data)["t1"].title == "Ours"
    assert Journey(result.data).records("conflict") == [conflict]


def test_the_maps_own_fields_conflict_like_any_field() -> None:
    ours = BASE.model_copy(update={"journey": JourneyInfo(title="Ours")})
    theirs = BASE.model_copy(update={"journey": JourneyInfo(title="Theirs", language="pl")})
    result = merged(ours, theirs)
    assert reasons(result) == [("changed", None, "title")]
    assert (result.data.journey.title, result.data.journey.language) == ("Ours", "pl")


def test_a_card_moved_to_two_places_is_one_conflict_over_its_cell() -> None:
    result = merged(edit(BASE, update("t1", stage="s2")), edit(BASE, update("t1", lane="mail")))
    (conflict,) = result.conflicts
    assert (conflict.reason, conflict.field) == (ConflictReason.MOVED, "stage,lane")
    assert conflict.ours == {"stage": "s2", "lane": "web"}
    assert conflict.theirs == {"stage": "s1", "lane": "mail"}
    assert conflict.base == {"stage": "s1", "lane": "web"}


def test_an_edit_of_what_the_other_side_removed() -> None:
    result = merged(edit(BASE, remove=("t3",)), edit(BASE, update("t3", title="Invoice")))
    assert ("deleted_ours", "t3", None) in reasons(result)
    assert "t3" not in Journey(result.data)
    result = merged(edit(BASE, update("t3", title="Invoice")), edit(BASE, remove=("t3",)))
    assert reasons(result) == [("deleted_theirs", "t3", None)]
    assert Journey(result.data)["t3"].title == "Invoice"


def test_a_card_added_in_a_stage_the_other_side_removed_is_a_conflict_not_a_dangling_card() -> None:
    card = Touchpoint(id="t9", stage="s3", lane="web", title="Referral")
    result = merged(edit(BASE, remove=("s3",)), edit(BASE, add(card)))
    assert set(reasons(result)) == {("blocked", "t9", None), ("deleted_ours", "s3", None)}
    journey = Journey(result.data)
    assert "t9" not in journey and "s3" not in journey
    blocked = next(c for c in result.conflicts if c.element == "t9")
    assert blocked.theirs == {"id": "t9", "stage": "s3", "lane": "web", "title": "Referral"}
    assert blocked.related == "s3"


def test_a_flow_to_a_removed_card_and_a_pain_point_on_one() -> None:
    flow = Flow(id="f9", source="t1", target="t3")
    pain = PainPoint(id="p9", stage="s1", title="Confusing", touchpoints=("t1", "t3"))
    result = merged(edit(BASE, remove=("t3",)), edit(BASE, add(flow), add(pain)))
    assert set(reasons(result)) >= {("blocked", "f9", None), ("blocked", "p9", "touchpoints")}
    journey = Journey(result.data)
    assert "f9" not in journey and journey["p9"].touchpoints == ("t1",)


def test_ours_still_using_what_theirs_removed_keeps_it() -> None:
    flow = Flow(id="f9", source="t2", target="t4")
    result = merged(edit(BASE, add(flow)), edit(BASE, remove=("s3",)))
    assert ("deleted_theirs", "t4", None) in reasons(result)
    journey = Journey(result.data)
    assert "f9" in journey and "t4" in journey and "s3" in journey


def test_a_lane_made_a_text_lane_while_the_other_side_put_a_card_in_it() -> None:
    card = Touchpoint(id="t9", stage="s2", lane="web", title="Chat")
    ours = edit(BASE, add(card))
    theirs = edit(BASE, update("web", kind=LaneKind.TEXT), remove=("t1", "t2"))
    result = merged(ours, theirs)
    assert ("blocked", "web", "kind") in reasons(result)
    assert Journey(result.data)["web"].kind == LaneKind.CHANNEL


def test_a_merge_gives_the_same_bytes_every_time() -> None:
    ours, theirs = edit(BASE, update("t1", title="A")), edit(BASE, update("t1", title="B"))
    assert merge(BASE, ours, theirs) == merge(BASE, ours, theirs)


# ---- resolving ---------------------------------------------------------------------------


def conflicted() -> Journey:
    card = Touchpoint(id="t9", stage="s3", lane="web", title="Referral")
    ours = edit(BASE, update("t1", title="Ours"), remove=("s3",))
    theirs = edit(BASE, update("t1", title="Theirs"), add(card))
    return Journey(merged(ours, theirs).data)


def conflict_on(journey: Journey, element: str) -> Conflict:
    return next(c for c in journey.records("conflict") if c.element == element)


@pytest.mark.parametrize(
    ("choice", "value", "title"),
    [("ours", None, "Ours"), ("theirs", None, "Theirs"), ("edited", "Both", "Both")],
)
def test_resolving_a_field_is_one_undoable_step(choice: Any, value: Any, title: str) -> None:
    journey = conflicted()
    before = journey.snapshot()
    conflict = conflict_on(journey, "t1")
    done = journey.apply_all(resolve_ops(journey, conflict.id, choice, value))
    assert journey["t1"].title == title and conflict.id not in journey
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before


def test_taking_their_card_brings_back_the_stage_it_needs() -> None:
    journey = conflicted()
    journey.apply_all(resolve_ops(journey, conflict_on(journey, "t9").id, "theirs"))
    assert journey["t9"].stage == "s3" and journey["s3"].name == "Loyalty"
    assert [c.element for c in journey.records("conflict")] == ["t1"]


def test_an_edited_value_is_validated() -> None:
    journey = conflicted()
    with pytest.raises(JourneyError, match=r"t1\.title"):
        resolve_ops(journey, conflict_on(journey, "t1").id, "edited", "")
    with pytest.raises(JourneyError, match="only a field"):
        resolve_ops(journey, conflict_on(journey, "t9").id, "edited", "x")
