"""New things follow the selection: links, stages, lane kinds and channels from names."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.formats import journey_file
from journeymap.model import follow
from journeymap.model.elements import Channel, Lane, LaneKind, Opportunity, PainPoint
from journeymap.model.journey import Journey

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


@pytest.fixture
def example() -> Journey:
    return journey_file.load(EXAMPLE)


@pytest.mark.parametrize(
    ("name", "channel"),
    [
        ("Email", Channel.EMAIL),
        ("Web shop", Channel.WEB),
        ("Chat", Channel.CHAT),
        ("Live chat", Channel.CHAT),
        ("Phone and SMS", Channel.PHONE),
        ("Showroom", Channel.STORE),
        ("Word of mouth", Channel.WORD_OF_MOUTH),
        ("Instagram", Channel.SOCIAL),
        ("Mobile app", Channel.APP),
        ("Mağaza", Channel.STORE),
        ("E-posta", Channel.EMAIL),
        ("Sklep", Channel.STORE),
        ("Ads", Channel.ADS),
        ("Customer goals", None),
        ("New lane", None),
    ],
)
def test_a_lane_name_says_its_channel(name: str, channel: Channel | None) -> None:
    assert follow.channel_for_name(name) == channel


def test_the_example_lanes_are_named_after_their_channels(example: Journey) -> None:
    """The rule agrees with every channel lane a person named in the example."""
    for lane in example.lanes:
        if lane.kind == LaneKind.CHANNEL:
            assert follow.channel_for_name(lane.name) == lane.channel, lane.name


def test_a_pain_point_added_with_a_touchpoint_selected_is_about_it(example: Journey) -> None:
    touchpoint = example["tp-checkout"]
    stage = follow.cell_for_selection(example, ["tp-checkout"], "pain_point")
    assert stage == touchpoint.stage
    lane = next(ln.id for ln in example.lanes if ln.kind == LaneKind.PAIN_POINTS)
    edit = follow.new_card(example, stage, lane, title="Card declined", selection=["tp-checkout"])
    example.apply_all(edit.ops)
    (added,) = edit.select
    record = example[added]
    assert isinstance(record, PainPoint)
    assert record.touchpoints == ("tp-checkout",) and record.stage == touchpoint.stage


def test_an_opportunity_added_with_pain_points_selected_answers_them(example: Journey) -> None:
    pains = [p.id for p in example.pain_points if p.stage == "st-purchase"][:2]
    lane = next(ln.id for ln in example.lanes if ln.kind == LaneKind.OPPORTUNITIES)
    assert follow.cell_for_selection(example, pains, "opportunity") == "st-purchase"
    edit = follow.new_card(example, "st-purchase", lane, title="Pay later", selection=["tp-checkout", *pains])
    example.apply_all(edit.ops)
    record = example[edit.select[0]]
    assert isinstance(record, Opportunity) and record.pain_points == tuple(pains)


def test_nothing_selected_links_nothing(example: Journey) -> None:
    lane = next(ln.id for ln in example.lanes if ln.kind == LaneKind.PAIN_POINTS)
    assert follow.cell_for_selection(example, [], "pain_point") is None
    edit = follow.new_card(example, "st-awareness", lane, title="Slow", selection=[])
    example.apply_all(edit.ops)
    assert example[edit.select[0]].touchpoints == ()


def test_a_lane_goes_below_the_selected_one_and_takes_its_kind(example: Journey) -> None:
    channel = next(ln for ln in example.lanes if ln.kind == LaneKind.CHANNEL)
    edit = follow.new_lane_after(example, channel.id, name="New lane")
    example.apply_all(edit.ops)
    new = example[edit.select[0]]
    assert isinstance(new, Lane) and new.kind == LaneKind.CHANNEL
    assert example.index_of(new.id) == example.index_of(channel.id) + 1
    text = next(ln for ln in example.lanes if ln.kind == LaneKind.TEXT)
    edit = follow.new_lane_after(example, text.id, name="New lane")
    example.apply_all(edit.ops)
    assert example[edit.select[0]].kind == LaneKind.TEXT


def test_naming_a_channel_lane_sets_its_channel_unless_chosen(example: Journey) -> None:
    edit = follow.new_lane_after(example, None, name="New lane")
    example.apply_all(edit.ops)
    lane = edit.select[0]
    example.apply_all(follow.rename(example, lane, "Email").ops)
    assert example[lane].channel == Channel.EMAIL
    example.apply_all(follow.rename(example, lane, "Chat").ops)  # the old name chose it
    assert example[lane].channel == Channel.CHAT
    example.update(example[lane].updated(channel=Channel.APP))  # a person's choice
    example.apply_all(follow.rename(example, lane, "Email").ops)
    assert example[lane].channel == Channel.APP and example[lane].name == "Email"
