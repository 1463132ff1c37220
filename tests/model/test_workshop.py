"""Workshop edits: capture and convert sticky notes, run dot-voting rounds. Every edit
applies, undoes exactly, and refuses what breaks the voting rules before anything changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model import builders as editing
from journeymap.model import workshop
from journeymap.model.analysis import vote_results
from journeymap.model.builders import Edit
from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Comment,
    Lane,
    LaneKind,
    NoteKind,
    Opportunity,
    PainPoint,
    Stage,
    Touchpoint,
    Vote,
)
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation
from journeymap.model.problems import JourneyError

WHEN = datetime(2025, 3, 3, 9, 30, tzinfo=UTC)


def sample() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="s1", name="Awareness"), Stage(id="s2", name="Purchase")),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="pains", name="Pains", kind=LaneKind.PAIN_POINTS),
                Lane(id="ideas", name="Ideas", kind=LaneKind.OPPORTUNITIES),
            ),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title="Ad"),
                Touchpoint(id="t2", stage="s2", lane="web", title="Checkout"),
            ),
            pain_points=(
                PainPoint(id="p1", stage="s2", title="Postage late", touchpoints=("t2",)),
                PainPoint(id="p2", stage="s2", title="Card declined"),
            ),
            opportunities=(Opportunity(id="o1", stage="s2", title="Show postage early"),),
        )
    )


def applied(journey: Journey, edit: Edit) -> list[Operation]:
    """Apply an edit, check that its inverse restores the map exactly, and apply it again."""
    before = journey.snapshot()
    done = journey.apply_all(edit.ops)
    after = journey.snapshot()
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before
    redone = journey.apply_all(done)
    assert journey.snapshot() == after
    return redone


# ---- notes ---------------------------------------------------------------------------


def test_capture_on_a_stage_and_on_a_card() -> None:
    journey = sample()
    on_stage = workshop.capture_note(
        journey, stage="s1", kind=NoteKind.QUOTE, text="  I never click ads ", created=WHEN
    )
    applied(journey, on_stage)
    on_card = workshop.capture_note(
        journey, card="p1", kind=NoteKind.QUESTION, text="How many?", author="Ana"
    )
    applied(journey, on_card)
    first, second = journey.notes
    assert (first.stage, first.card, first.text, first.created) == ("s1", None, "I never click ads", WHEN)
    assert (second.stage, second.card, second.author) == ("s2", "p1", "Ana")  # the card's stage
    assert second.created is not None and second.created.tzinfo is not None
    assert on_card.select == [second.id]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text": "x"}, "a note goes on a stage or a card"),
        ({"stage": "s1", "text": "   "}, "a note needs some text"),
        ({"stage": "nope", "text": "x"}, "no stage 'nope'"),
        ({"card": "s1", "text": "x"}, "no touchpoint or pain point or opportunity 's1'"),
    ],
)
def test_capture_refuses_what_has_no_place(arguments: dict[str, str], message: str) -> None:
    with pytest.raises(JourneyError, match=message):
        workshop.capture_note(sample(), **arguments)  # type: ignore[arg-type]


def test_removing_a_card_detaches_its_notes_and_removing_a_stage_removes_them() -> None:
    journey = sample()
    applied(journey, workshop.capture_note(journey, card="t2", text="Declined twice"))
    note = journey.notes[0].id
    applied(journey, editing.delete(journey, ["t2"]))
    assert journey[note].card is None and journey[note].stage == "s2"  # type: ignore[attr-defined]
    applied(journey, editing.delete(journey, ["s2"]))
    assert note not in journey


@pytest.mark.parametrize(
    ("card", "kind", "into", "check"),
    [
        ("t2", NoteKind.PAIN, "pain_point", lambda r: isinstance(r, PainPoint) and r.touchpoints == ("t2",)),
        (
            "p1",
            NoteKind.IDEA,
            "opportunity",
            lambda r: isinstance(r, Opportunity) and r.pain_points == ("p1",),
        ),
        ("t2", NoteKind.IDEA, "opportunity", lambda r: isinstance(r, Opportunity) and r.pain_points == ()),
        ("o1", NoteKind.QUOTE, "comment", lambda r: isinstance(r, Comment) and r.attached_to == "o1"),
        (None, NoteKind.QUESTION, "comment", lambda r: isinstance(r, Comment) and r.attached_to == "s2"),
    ],
)
def test_a_note_becomes_a_card_or_a_comment_in_one_undoable_step(
    card: str | None, kind: NoteKind, into: str, check: object
) -> None:
    journey = sample()
    applied(
        journey,
        workshop.capture_note(journey, stage="s2", card=card, kind=kind, text="Wants it early", author="Bo"),
    )
    note = journey.notes[0]
    edit = workshop.convert_note(journey, note.id, into)
    applied(journey, edit)
    made = journey[edit.select[0]]
    assert into == made.KIND and note.id not in journey
    assert check(made)  # type: ignore[operator]
    assert getattr(made, "stage", "s2") == "s2"
    if isinstance(made, Comment):
        assert (made.text, made.author, made.created) == ("Wants it early", "Bo", note.created)
    else:
        assert made.title == "Wants it early"  # type: ignore[attr-defined]


def test_a_long_note_keeps_its_words_in_the_description() -> None:
    journey = sample()
    text = "Postage\nshould be shown on the product page, not at the end " + "very " * 60
    applied(journey, workshop.capture_note(journey, stage="s2", text=text))
    edit = workshop.convert_note(journey, journey.notes[0].id, "pain_point")
    applied(journey, edit)
    made = journey[edit.select[0]]
    assert made.title == "Postage" and made.description == text.strip()  # type: ignore[attr-defined]
    applied(journey, workshop.capture_note(journey, stage="s2", text="word " * 60))
    edit = workshop.convert_note(journey, journey.notes[0].id, "opportunity")
    applied(journey, edit)
    title = journey[edit.select[0]].title  # type: ignore[attr-defined]
    assert len(title) == 200 and title.endswith("…")


def test_convert_refuses_other_kinds_and_edit_note_changes_kind_and_text() -> None:
    journey = sample()
    applied(journey, workshop.capture_note(journey, stage="s1", text="x"))
    note = journey.notes[0].id
    with pytest.raises(JourneyError):
        workshop.convert_note(journey, note, "touchpoint")
    applied(journey, workshop.edit_note(journey, note, text=" Better ", kind=NoteKind.PAIN))
    assert (journey.notes[0].text, journey.notes[0].kind) == ("Better", NoteKind.PAIN)
    assert workshop.edit_note(journey, note, text="Better").ops == []
    with pytest.raises(JourneyError):
        workshop.edit_note(journey, note, text=" ")


# ---- voting ----------------------------------------------------------------------------


def with_round(**options: object) -> tuple[Journey, str]:
    journey = sample()
    edit = workshop.new_round(
        journey, name="What hurts", participants=[("Ana", "#d1495b"), ("Bora", None)], **options
    )  # type: ignore[arg-type]
    applied(journey, edit)
    return journey, edit.select[0]


def test_a_round_of_just_a_count_names_its_people_by_number() -> None:
    journey = sample()
    applied(journey, workshop.new_round(journey, name="Poll", participants=4, dots=2, date=WHEN))
    voting_round = journey.voting_rounds[0]
    assert [p.id for p in voting_round.participants] == ["p1", "p2", "p3", "p4"]
    assert (voting_round.dots, voting_round.date, voting_round.closed) == (2, WHEN, False)
    with pytest.raises(JourneyError, match="at least one participant"):
        workshop.new_round(journey, name="Empty", participants=0)
    with pytest.raises(JourneyError, match="needs a name"):
        workshop.new_round(journey, name=" ", participants=2)


def test_dots_add_up_to_the_allowance_and_no_further() -> None:
    journey, rid = with_round()
    for card in ("p1", "p1", "o1"):
        applied(journey, workshop.give_dot(journey, rid, "p1", card))
    assert [(v.element, v.dots) for v in journey.votes] == [("p1", 2), ("o1", 1)]
    with pytest.raises(JourneyError, match="Ana has given all 3 dots"):
        workshop.give_dot(journey, rid, "p1", "p2")
    applied(journey, workshop.give_dot(journey, rid, "p2", "p2"))  # Bora has his own dots
    applied(journey, workshop.take_dot(journey, rid, "p1", "p1"))
    applied(journey, workshop.give_dot(journey, rid, "p1", "p2"))
    assert sum(v.dots for v in journey.votes if v.participant == "p1") == 3


def test_a_merged_map_may_hold_more_dots_but_the_builders_give_no_more() -> None:
    journey, rid = with_round(dots=1)
    applied(journey, workshop.give_dot(journey, rid, "p1", "p1"))
    journey.add(Vote(id="vo-x", round=rid, participant="p1", element="p2"))  # as a merge may
    with pytest.raises(JourneyError, match="Ana has given their 1 dot"):
        workshop.give_dot(journey, rid, "p1", "o1")
    with pytest.raises(JourneyError, match="Ana has already given 2 dots"):
        workshop.change_round(journey, rid, name="Renamed")


def test_only_votable_kinds_open_rounds_and_known_people_get_dots() -> None:
    journey, rid = with_round()
    with pytest.raises(JourneyError, match="does not vote on touchpoints"):
        workshop.give_dot(journey, rid, "p1", "t1")
    with pytest.raises(JourneyError, match="no participant 'p7'"):
        workshop.give_dot(journey, rid, "p7", "p1")
    with pytest.raises(JourneyError, match="no dot here"):
        workshop.take_dot(journey, rid, "p1", "p1")
    applied(journey, workshop.change_round(journey, rid, closed=True))
    with pytest.raises(JourneyError, match="is closed"):
        workshop.give_dot(journey, rid, "p1", "p1")
    applied(journey, workshop.change_round(journey, rid, closed=False))
    applied(journey, workshop.give_dot(journey, rid, "p1", "p1"))


def test_changing_a_round_takes_the_votes_that_no_longer_fit() -> None:
    journey, rid = with_round(votable=("touchpoint", "pain_point"))
    applied(journey, workshop.give_dot(journey, rid, "p1", "t1"))
    applied(journey, workshop.give_dot(journey, rid, "p2", "p1"))
    applied(journey, workshop.give_dot(journey, rid, "p2", "p1"))
    applied(journey, workshop.change_round(journey, rid, votable=("pain_point",)))
    assert [v.element for v in journey.votes] == ["p1"]
    with pytest.raises(JourneyError, match="Bora has already given 2 dots"):
        workshop.change_round(journey, rid, dots=1)
    people = journey.voting_rounds[0].participants[:1]
    applied(journey, workshop.change_round(journey, rid, participants=people, dots=1))
    assert journey.votes == []


def test_reset_takes_every_dot_and_removing_cards_or_rounds_takes_their_votes() -> None:
    journey, rid = with_round()
    for person, card in (("p1", "p1"), ("p1", "o1"), ("p2", "p1")):
        applied(journey, workshop.give_dot(journey, rid, person, card))
    applied(journey, editing.delete(journey, ["o1"]))
    assert [v.element for v in journey.votes] == ["p1", "p1"]
    applied(journey, workshop.reset_round(journey, rid))
    assert journey.votes == [] and journey.voting_rounds
    applied(journey, workshop.give_dot(journey, rid, "p1", "p2"))
    applied(journey, Edit(removal_plan(journey, [rid])))
    assert journey.votes == [] and journey.voting_rounds == []


def test_results_rank_cards_by_dots_then_map_order() -> None:
    journey, rid = with_round(votable=("touchpoint", "pain_point", "opportunity"))
    for person, card in (("p1", "o1"), ("p1", "p2"), ("p2", "p2"), ("p2", "t1"), ("p2", "p2")):
        applied(journey, workshop.give_dot(journey, rid, person, card))
    (result,) = vote_results(journey)
    assert [(c.element_id, c.dots, c.voters) for c in result.cards] == [
        ("p2", 3, 2),
        ("t1", 1, 1),
        ("o1", 1, 1),
    ]
    assert (result.dots_given, result.dots_left, result.participants) == (5, 1, 2)
    json = result.to_json()
    assert json["results"][0] == {
        "id": "p2",
        "kind": "pain_point",
        "title": "Card declined",
        "dots": 3,
        "voters": 2,
    }
    assert json["name"] == "What hurts" and json["closed"] is False and json["dots_each"] == 3


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["give", "take"]),
            st.sampled_from(["p1", "p2"]),
            st.sampled_from(["p1", "p2", "o1"]),
        ),
        max_size=25,
    )
)
def test_random_dots_never_break_the_allowance_and_undo_exactly(steps: list[tuple[str, str, str]]) -> None:
    journey, rid = with_round(dots=2)
    history = [journey.snapshot()]
    done: list[list[Operation]] = []
    for action, person, card in steps:
        builder = workshop.give_dot if action == "give" else workshop.take_dot
        try:
            edit = builder(journey, rid, person, card)
        except JourneyError:
            continue
        done.append(journey.apply_all(edit.ops))
        history.append(journey.snapshot())
        for who in ("p1", "p2"):
            assert sum(v.dots for v in journey.votes if v.participant == who) <= 2
    for ops in reversed(done):
        for op in reversed(ops):
            journey.apply(op.inverse())
        history.pop()
        assert journey.snapshot() == history[-1]


def test_participants_edited_keep_their_ids_and_newcomers_take_free_ones() -> None:
    journey = sample()
    edit = workshop.new_round(
        journey, name="R", participants=[("Ana", "#d1495b"), ("Bo", None), ("Cy", None)]
    )
    for op in edit.ops:
        journey.apply(op)
    voting_round = journey.voting_rounds[0]
    rows = [("p3", "Cy", None), ("p1", " Ana Lima ", "#00798c"), (None, "Dee", None), (None, "", None)]
    people = workshop.participants_edited(voting_round, rows)
    assert [(p.id, p.name, p.color) for p in people] == [
        ("p3", "Cy", None),
        ("p1", "Ana Lima", "#00798c"),
        ("p4", "Dee", None),  # p2 (Bo, taken out) is not given to someone new
        ("p5", "", None),
    ]
