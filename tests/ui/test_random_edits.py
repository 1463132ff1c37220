"""Random edit sequences built by the canvas's builders, pushed through Document.push as
the gestures do (nudges merging): undo all gives the original map, redo all the final one."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from journeymap.model import builders, cells, clipboard
from journeymap.model.data import JourneyData
from journeymap.model.elements import LaneKind
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document
from tests.strategies import journeys


def _step(journey: Journey, data: st.DataObject) -> tuple[str, builders.Edit, MergeKey | None]:
    stages, cards = journey.ids("stage"), journey.ids("touchpoint") + journey.ids("pain_point")
    channels = [lane.id for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    some_cards = st.lists(st.sampled_from(cards), min_size=1, max_size=3) if cards else st.just([])
    pick = data.draw(
        st.sampled_from(["add", "move", "connect", "rename", "nudge", "dup", "paste", "delete", "reorder"])
    )
    if pick == "add":
        stage, lane = data.draw(st.sampled_from(stages)), data.draw(st.sampled_from(channels))
        index = cells.cell_insertion_index(journey, stage, lane, data.draw(st.integers(0, 3)))
        return (
            pick,
            builders.new_card(
                journey, stage, lane, title=data.draw(st.text(min_size=1, max_size=8).filter(str.strip))
            ),
            None,
        )
    if pick == "move":
        index = data.draw(st.integers(0, journey.count("touchpoint")))
        target = data.draw(st.sampled_from(stages)), data.draw(st.sampled_from(channels))
        return pick, builders.move_cards(journey, data.draw(some_cards), *target, index), None
    if pick == "connect" and len(cards) > 1:
        return (
            pick,
            builders.connect(journey, *data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2))),
            None,
        )
    if pick == "rename" and cards:
        return (
            pick,
            builders.rename(
                journey, data.draw(st.sampled_from(cards)), data.draw(st.sampled_from(["a", "Kauf", "الوعي"]))
            ),
            None,
        )
    if pick == "nudge":
        ids = data.draw(some_cards)
        move = data.draw(st.sampled_from([{"stages": 1}, {"stages": -1}, {"lanes": 1}, {"lanes": -1}]))
        return pick, builders.nudge(journey, ids, **move), MergeKey.nudge(ids)
    if pick == "dup":
        return (
            pick,
            clipboard.duplicate(journey, data.draw(st.lists(st.sampled_from(stages + cards), max_size=2))),
            None,
        )
    if pick == "paste":
        fragment = clipboard.Fragment.from_json(
            clipboard.copy_fragment(journey, data.draw(some_cards)).to_json()
        )
        return (
            pick,
            clipboard.paste(journey, fragment, stage=data.draw(st.sampled_from(stages)), lane=channels[0]),
            None,
        )
    if pick == "delete" and len(stages) > 1:
        return (
            pick,
            builders.delete(journey, data.draw(st.lists(st.sampled_from(stages[1:] + cards), max_size=2))),
            None,
        )
    return (
        "reorder",
        builders.move_to(journey, data.draw(st.sampled_from(stages)), data.draw(st.integers(0, 4))),
        None,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(), st.data())
def test_random_edits_undo_all_and_redo_all_exactly(
    qapp: QApplication, original: JourneyData, data: st.DataObject
) -> None:
    document = Document(Journey(original))
    for _ in range(data.draw(st.integers(1, 12), label="steps")):
        try:
            text, edit, merge = _step(document.journey, data)
            document.push(text, edit.ops, merge=merge, select=edit.select)
        except JourneyError:
            continue  # refused edits change nothing (checked below by the round trip)
    final = document.journey.snapshot()
    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert document.journey.snapshot() == original
    while stack.canRedo():
        stack.redo()
    assert document.journey.snapshot() == final
