"""What a workshop said and voted shows on the editor's canvas: a sticky-note marker (count,
the kinds' colours) on cards and stage headers that carry notes, the dots of the round shown
(the open one, else the last) on voted cards, each in the tooltip; kept in step by the
model's signals, item by item, and clear of the other marks in both reading directions."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.model.builders import Edit, delete
from journeymap.model.elements import Comment, NoteKind, Opportunity, VotingRound
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation
from journeymap.render.items.data import StickyNote
from journeymap.render.items.headers import StageHeader
from journeymap.render.scene import JourneyScene
from tests.render.conftest import small_map
from tests.render.test_comments import card, others_unchanged, painted
from tests.render.test_text_fit import LONG, stress_map, texts_outside


def apply(journey: Journey, edit: Edit) -> list[Operation]:
    return [journey.apply(op) for op in edit.ops]


def undo(journey: Journey, done: list[Operation]) -> None:
    for op in reversed(done):
        journey.apply(op.inverse())


def note(journey: Journey, text: str, *, card: str | None = None, stage: str | None = None,
         kind: NoteKind = NoteKind.IDEA) -> str:  # fmt: skip
    edit = workshop.capture_note(journey, card=card, stage=stage, kind=kind, text=text)
    apply(journey, edit)
    return edit.select[0]


def header(scene: JourneyScene, ident: str) -> StageHeader:
    item = scene.item_for(ident)
    assert isinstance(item, StageHeader)
    return item


def test_a_note_on_a_card_shows_a_marker_kept_in_step_item_by_item(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    before = scene.items_by_id()
    assert painted(card(scene, "tp-1")).note_mark is None
    first = note(journey, "Where is the size chart?", card="tp-1", kind=NoteKind.QUESTION)
    item = card(scene, "tp-1")
    assert item is before["tp-1"] and others_unchanged(scene, before, "tp-1")
    assert item.content.notes == (StickyNote("question", "Where is the size chart?"),)
    assert painted(item).note_mark is not None and item.body().contains(item.note_mark)
    assert "1 note from the workshop:" in item.toolTip()
    assert "• Question: Where is the size chart?" in item.toolTip()

    second = note(journey, "Too slow", card="tp-1", kind=NoteKind.PAIN)
    assert [n.kind for n in item.content.notes] == ["question", "pain"]
    journey.update(journey[second].updated(card="tp-3", stage="st-0"))
    assert [n.text for n in item.content.notes] == ["Where is the size chart?"]
    assert [n.text for n in card(scene, "tp-3").content.notes] == ["Too slow"]
    journey.remove(first)
    assert item.content.notes == () and painted(item).note_mark is None
    assert "note(s)" not in item.toolTip()
    assert scene.items_by_id() == before


def test_a_note_on_a_stage_marks_its_header_beside_the_comments(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    head = header(scene, "st-1")
    assert head.note_mark_rect() is None and head.toolTip() == ""
    ident = note(journey, "Ask about gift wrap", stage="st-1", kind=NoteKind.QUOTE)
    note(journey, "On a card, not the stage", card="tp-1")
    assert scene.item_for("st-1") is head
    assert head.content.notes == (StickyNote("quote", "Ask about gift wrap"),)
    assert "Quote: Ask about gift wrap" in head.toolTip()
    journey.add(Comment(id="co-1", attached_to="st-1", text="Merge with Buy?"))
    notes, comments = head.note_mark_rect(), head.comment_mark_rect()
    assert notes is not None and comments is not None and head.body().contains(notes)
    assert not notes.intersects(comments) and notes.right() < comments.left()
    assert "Merge with Buy?" in head.toolTip() and "Ask about gift wrap" in head.toolTip()
    journey.remove(ident)
    assert head.note_mark_rect() is None and head.content.notes == ()


def voted_map() -> tuple[Journey, str]:
    journey = small_map()
    edit = workshop.new_round(journey, name="Fix first", participants=[("Ana", "#d1495b"), ("Bo", None)])
    apply(journey, edit)
    return journey, edit.select[0]


def test_the_dots_of_the_open_round_show_on_voted_cards(qtbot: QtBot) -> None:
    journey, first = voted_map()
    scene = JourneyScene(journey)
    before = scene.items_by_id()
    pain = card(scene, "pp-1")
    assert pain.content.dots is None and painted(pain).dots_mark is None
    apply(journey, workshop.give_dot(journey, first, "p1", "pp-1"))
    apply(journey, workshop.give_dot(journey, first, "p1", "pp-1"))
    gave = apply(journey, workshop.give_dot(journey, first, "p2", "pp-1"))
    assert pain.content.dots is not None and pain.content.dots.count == 3
    assert pain.content.dots.given == (("Ana", "#d1495b", 2), ("Bo", "#1c7ed6", 1))
    assert painted(pain).dots_mark is not None and pain.body().contains(pain.dots_mark)
    assert "3 dots in “Fix first”: Ana 2, Bo 1" in pain.toolTip()
    assert others_unchanged(scene, before, "pp-1")
    undo(journey, gave)
    assert pain.content.dots is not None and pain.content.dots.count == 2

    second = workshop.new_round(journey, name="Ideas", participants=3, votable=("touchpoint",))
    apply(journey, second)  # the newer open round is shown: no dots on pp-1 in it yet
    assert pain.content.dots is None
    apply(journey, workshop.give_dot(journey, second.select[0], "p3", "tp-1"))
    assert card(scene, "tp-1").content.dots is not None
    closed = apply(journey, workshop.change_round(journey, second.select[0], closed=True))
    assert pain.content.dots is not None and pain.content.dots.count == 2  # the open one again
    assert card(scene, "tp-1").content.dots is None
    undo(journey, closed)
    apply(journey, delete(journey, second.select))  # the round and its votes
    assert pain.content.dots is not None and pain.content.dots.round_name == "Fix first"
    apply(journey, workshop.change_round(journey, first, closed=True))
    assert pain.content.dots is not None  # after the workshop, the last round's dots stay
    rename = first_participant_renamed(journey, first)
    apply(journey, rename)
    assert "Ana Lima 2" in pain.toolTip()
    assert scene.items_by_id() == before


def first_participant_renamed(journey: Journey, voting_round: str) -> Edit:
    record = journey.require(VotingRound, voting_round)
    people = (record.participants[0].model_copy(update={"name": "Ana Lima"}), *record.participants[1:])
    return workshop.change_round(journey, voting_round, participants=people)


def test_a_freshly_built_scene_shows_what_the_signals_showed(qtbot: QtBot) -> None:
    journey, first = voted_map()
    scene = JourneyScene(journey)
    note(journey, "A", card="tp-0", kind=NoteKind.PAIN)
    note(journey, "B", card="tp-0")
    note(journey, "C", stage="st-2")
    apply(journey, workshop.give_dot(journey, first, "p2", "pp-1"))
    fresh = JourneyScene(journey)
    for ident in ("tp-0", "pp-1", "tp-1"):
        assert card(fresh, ident).content == card(scene, ident).content, ident
    assert header(fresh, "st-2").content == header(scene, "st-2").content


def crowded_map(text: str, direction: str) -> Journey:
    """Every mark at once on every card: pains, comments, notes of every kind, dots."""
    journey = stress_map(text, direction=direction)
    journey.add(Opportunity(id="op-2", stage="st-b", title="Short", status="planned"))
    targets = ("tp-1", "tp-2", "pp-0", "op-1", "op-2")
    for target in targets:
        for n in range(12):
            journey.add(Comment(id=f"co-{target}-{n}", attached_to=target, text=text))
        for kind in NoteKind:
            for _ in range(30):
                note(journey, text, card=target, kind=kind)
    edit = workshop.new_round(
        journey, name=text, participants=[(text[:20], None)] * 8, dots=99,
        votable=("touchpoint", "pain_point", "opportunity"),
    )  # fmt: skip
    apply(journey, edit)
    for target in targets:
        for number in range(1, 9):  # 100 dots from eight people
            for _ in range(13 if number <= 4 else 12):
                participant = f"p{number}"
                apply(journey, workshop.give_dot(journey, edit.select[0], participant, target))
    note(journey, text, stage="st-a", kind=NoteKind.PAIN)
    journey.add(Comment(id="co-stage", attached_to="st-a", text=text))
    return journey


@pytest.mark.parametrize("script", sorted(LONG))
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_marks_stay_inside_clear_of_each_other_and_mirror(qtbot: QtBot, script: str, direction: str) -> None:
    scene = JourneyScene(crowded_map(LONG[script], direction))
    assert texts_outside(scene) == []
    for ident in ("tp-1", "tp-2", "pp-0", "op-1", "op-2"):
        item = card(scene, ident)
        painted(item)
        comment_mark, note_mark, dots_mark = item.comment_mark, item.note_mark, item.dots_mark
        assert comment_mark is not None and note_mark is not None and dots_mark is not None, ident
        marks = [comment_mark, note_mark, dots_mark]
        assert all(item.body().contains(m) for m in marks), ident
        assert item.content.dots.count == 100 and len(item.content.notes) == 120, ident
        assert not any(a.intersects(b) for a in marks for b in marks if a is not b), ident
        inside = [r for r in item.text_rects if any(m.contains(r) for m in marks)]
        others = [r for r in item.text_rects if r not in inside]
        assert len(inside) == 3, ident  # the three counts
        assert not any(r.intersects(m) for r in others for m in marks), ident
        # reading order from the leading edge: the dots, then the notes, then the comments
        assert (dots_mark.center().x() < note_mark.center().x()) == (direction == "ltr"), ident
        assert (note_mark.center().x() > item.body().center().x()) == (direction == "ltr"), ident
    head = header(scene, "st-a")
    notes, comments = head.note_mark_rect(), head.comment_mark_rect()
    assert notes is not None and comments is not None and not notes.intersects(comments)
    assert (notes.left() < comments.left()) == (direction == "ltr")
