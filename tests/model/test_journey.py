"""The Journey aggregate: invariants, operations and their inverses, signals, the graph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.elements import Flow, Lane, LaneKind, PainPoint, Persona, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Remove, SetInfo, Update
from journeymap.model.problems import JourneyError
from tests.strategies import journeys


def small() -> JourneyData:
    return JourneyData(
        stages=(Stage(id="s1", name="Awareness"), Stage(id="s2", name="Purchase")),
        lanes=(
            Lane(id="web", name="Web", channel="web"),
            Lane(id="goals", name="Goals", kind=LaneKind.TEXT, cells={"s1": "learn", "s2": "buy"}),
        ),
        personas=(Persona(id="ana", name="Ana"),),
        touchpoints=(
            Touchpoint(id="t1", stage="s1", lane="web", title="Search ad", personas=("ana",)),
            Touchpoint(id="t2", stage="s2", lane="web", title="Checkout"),
        ),
        pain_points=(PainPoint(id="p1", stage="s2", title="Slow", touchpoints=("t1", "t2")),),
        flows=(Flow(id="f1", source="t1", target="t2", share=0.4),),
    )


def test_typed_lookups_check_the_kind() -> None:
    journey = Journey(small())
    lane = journey.find(Lane, "web")
    assert lane is not None and lane.channel == "web"
    assert journey.find(Stage, "web") is None  # another kind
    assert journey.find(Stage, "nope") is None and journey.find(Stage, None) is None
    assert journey.require(Touchpoint, "t2").title == "Checkout"
    with pytest.raises(JourneyError) as caught:
        journey.require(Stage, "t2")
    assert [str(p) for p in caught.value.problems] == ["t2: no stage 't2'"]
    assert journey.records(Flow) == journey.flows == journey.records("flow")
    assert [s.name for s in journey.records(Stage)] == ["Awareness", "Purchase"]


def test_dangling_and_duplicate_references_are_refused_with_locations() -> None:
    bad = small().model_copy(
        update={
            "touchpoints": (*small().touchpoints, Touchpoint(id="t1", stage="nope", lane="web", title="x"))
        }
    )
    with pytest.raises(JourneyError) as caught:
        Journey(bad)
    messages = [str(p) for p in caught.value.problems]
    assert "touchpoints[2].id: duplicate id 't1'" in messages
    assert "touchpoints[2].stage: no stage 'nope'" in messages


def test_touchpoint_only_in_channel_lane() -> None:
    journey = Journey(small())
    with pytest.raises(JourneyError, match="channel lanes"):
        journey.add(Touchpoint(id="t3", stage="s1", lane="goals", title="x"))
    assert "t3" not in journey


def test_flow_may_not_mix_stage_and_touchpoint() -> None:
    journey = Journey(small())
    with pytest.raises(JourneyError, match="not one of each"):
        journey.add(Flow(id="f2", source="s1", target="t2"))


def test_wrong_kind_reference_is_named() -> None:
    journey = Journey(small())
    with pytest.raises(JourneyError, match="'web' is a lane, not a stage"):
        journey.add(Touchpoint(id="t3", stage="web", lane="web", title="x"))


def test_remove_refuses_while_referred_to() -> None:
    journey = Journey(small())
    with pytest.raises(JourneyError, match="still referred to"):
        journey.remove("s1")
    assert journey.snapshot() == small()


def test_every_operation_inverts_exactly() -> None:
    journey = Journey(small())
    before = journey.snapshot()
    ops = [
        Add(Touchpoint(id="t3", stage="s1", lane="web", title="Review"), 0),
        Update(journey["t2"], journey["t2"].updated(title="Pay", emotion=-2)),
        Move("s2", 1, 0),
        SetInfo(journey.info, journey.info.updated(title="Shop", direction="rtl")),
    ]
    done = journey.apply_all(ops)
    after = journey.snapshot()
    assert journey.ids("stage") == ["s2", "s1"] and journey.ids("touchpoint")[0] == "t3"
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before
    journey.apply_all(done)
    assert journey.snapshot() == after


def test_removal_plan_cascades_and_undoes() -> None:
    journey = Journey(small())
    before = journey.snapshot()
    done = journey.apply_all(removal_plan(journey, ["s1"]))
    assert "t1" not in journey and "f1" not in journey
    assert journey["p1"].touchpoints == ("t2",)  # stripped, not removed
    assert journey["goals"].cells == {"s2": "buy"}
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before


def test_removing_a_persona_strips_it_from_touchpoints() -> None:
    journey = Journey(small())
    journey.apply_all(removal_plan(journey, ["ana"]))
    assert journey["t1"].personas == ()


def test_failed_batch_changes_nothing() -> None:
    journey = Journey(small())
    before = journey.snapshot()
    with pytest.raises(JourneyError):
        journey.apply_all([Remove(journey["f1"]), Add(Flow(id="f9", source="t1", target="ghost"))])
    assert journey.snapshot() == before


def test_signals_carry_ids_and_changed_fields() -> None:
    journey = Journey(small())
    seen: list[tuple[object, ...]] = []
    journey.element_added.connect(lambda *a: seen.append(("added", *a)))
    journey.element_changed.connect(lambda *a: seen.append(("changed", *a)))
    journey.element_removed.connect(lambda *a: seen.append(("removed", *a)))
    journey.add(Touchpoint(id="t3", stage="s1", lane="web", title="x"))
    journey.update(journey["t3"].updated(title="y"))
    assert journey.update(journey["t3"]) is None  # unchanged: no signal, no op
    journey.remove("t3")
    assert seen == [
        ("added", "touchpoint", "t3"),
        ("changed", "touchpoint", "t3", ("title",)),
        ("removed", "touchpoint", "t3"),
    ]


def test_graph_has_typed_nodes_and_edges() -> None:
    journey = Journey(small())
    graph = journey.graph
    assert graph.nodes["t1"]["kind"] == "touchpoint"
    assert graph.edges["t1", "s1", "stage"]["kind"] == "stage"
    assert graph.edges["t1", "t2", "f1"] == {"kind": "flow", "share": 0.4, "volume": None}
    assert list(journey.flow_graph().edges(keys=True)) == [("t1", "t2", "f1")]
    journey.remove("f1")
    assert not journey.flow_graph().number_of_edges()


def test_queries() -> None:
    journey = Journey(small())
    assert [t.id for t in journey.touchpoints_in("s2", "web")] == ["t2"]
    assert journey.referring("t1", "touchpoints") == ["p1"]
    assert journey.index_of("s2") == 1


@settings(max_examples=40, deadline=None)
@given(journeys())
def test_removing_anything_then_undoing_restores_the_map(data: JourneyData) -> None:
    journey = Journey(data)
    for ident in [r.id for r in data.records()][:6]:
        done = journey.apply_all(removal_plan(journey, [ident]))
        assert ident not in journey
        for op in reversed(done):
            journey.apply(op.inverse())
        assert journey.snapshot() == data


@settings(max_examples=30, deadline=None)
@given(journeys())
def test_graph_kept_in_step_with_edits_equals_a_fresh_build(data: JourneyData) -> None:
    journey = Journey(data)
    _ = journey.graph  # built now, then maintained by the mutators
    for ident in [r.id for r in data.records()][:3]:
        journey.apply_all(removal_plan(journey, [ident]))
    fresh = Journey(journey.snapshot()).graph

    def edges(graph: object) -> set[tuple[str, str, str]]:
        return set(graph.edges(keys=True))  # type: ignore[attr-defined]

    assert edges(journey.graph) == edges(fresh)
    assert dict(journey.graph.nodes(data="kind")) == dict(fresh.nodes(data="kind"))


def test_a_batch_says_when_its_last_operation_is_applied() -> None:
    journey = Journey(small())
    heard: list[str] = []
    journey.element_removed.connect(lambda kind, ident: heard.append(f"{ident} ({journey.in_batch})"))
    journey.batch_done.connect(lambda: heard.append(f"done ({journey.in_batch})"))
    journey.apply_all(removal_plan(journey, ["t1"]))
    assert heard[-1] == "done (False)"
    assert heard[:-1] and all(h.endswith("(True)") for h in heard[:-1])
    heard.clear()
    with journey.batch():
        journey.apply_all([Remove("f1")] if "f1" in journey else [])
        journey.update(journey.require(Touchpoint, "t2").model_copy(update={"title": "Pay"}))
        assert heard.count("done (False)") == 0  # an inner batch is part of the outer one
    assert heard.count("done (False)") == 1
    journey.update(journey.require(Touchpoint, "t2").model_copy(update={"title": "Pay now"}))  # no batch
    assert heard.count("done (False)") == 1 and not journey.in_batch
