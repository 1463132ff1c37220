"""Insights on small hand-built maps; every expected number is worked out in the comments.

The lifecycle map used by most tests (touchpoint flows, shares in brackets):

    Awareness (1000)   Consideration (400)   Purchase (100)   Retention (0)   Advocacy (?)
    web:  ad1 ───[.5]──> cmp ───[.6]──────> chk                                   .
    mail: so1 ─[.2]─┘     │ └─[.1]─> ad1      └──[.3]──────────────────────────> ref
          so1 ─[.3]─> faq (dead end)   letter (no flows)          (no touchpoints)  ref ─[.5]─> ad1
"""

from __future__ import annotations

import pytest

from journeymap.model.analysis import (
    analyse,
    coverage,
    flow_analysis,
    funnel,
    hotspots,
    structural_problems,
    target_stage,
    what_if,
)
from journeymap.model.analysis.linear import SingularSystemError, solve
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Flow,
    Lane,
    LaneKind,
    Opportunity,
    OpportunityStatus,
    PainPoint,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey


def lifecycle() -> Journey:
    return Journey(
        JourneyData(
            stages=(
                Stage(id="aw", name="Awareness", customers=1000),
                Stage(id="co", name="Consideration", customers=400),
                Stage(id="pu", name="Purchase", customers=100),
                Stage(id="re", name="Retention", customers=0),
                Stage(id="ad", name="Advocacy"),
            ),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="mail", name="Email", channel="email"),
                Lane(id="notes", name="Notes", kind=LaneKind.TEXT),
            ),
            touchpoints=(
                Touchpoint(id="ad1", stage="aw", lane="web", title="Search ad"),
                Touchpoint(id="so1", stage="aw", lane="mail", title="Newsletter"),
                Touchpoint(id="cmp", stage="co", lane="web", title="Comparison"),
                Touchpoint(id="faq", stage="co", lane="mail", title="FAQ mail"),
                Touchpoint(id="letter", stage="co", lane="mail", title="Letter"),
                Touchpoint(id="chk", stage="pu", lane="web", title="Checkout"),
                Touchpoint(id="ref", stage="ad", lane="mail", title="Referral"),
            ),
            pain_points=(
                PainPoint(
                    id="p1", stage="pu", title="Card refused", touchpoints=("chk",), severity=4, affected=0.5
                ),
                PainPoint(
                    id="p2", stage="co", title="Hard to compare", touchpoints=("cmp", "faq"), severity=3
                ),
                PainPoint(id="p3", stage="pu", title="Price doubts", severity=5, affected=0.2),
            ),
            opportunities=(
                Opportunity(id="o1", stage="pu", title="Retry payment", pain_points=("p1",), owner="Ana"),
                Opportunity(id="o2", stage="co", title="Chatbot"),
                Opportunity(id="o3", stage="co", title="Old idea", status=OpportunityStatus.DONE),
            ),
            flows=(
                Flow(id="f1", source="ad1", target="cmp", share=0.5),
                Flow(id="f2", source="so1", target="cmp", share=0.2),
                Flow(id="f3", source="cmp", target="chk", share=0.6),
                Flow(id="f4", source="cmp", target="ad1", share=0.1),
                Flow(id="f5", source="chk", target="ref", share=0.3),
                Flow(id="f6", source="ref", target="ad1", share=0.5),
                Flow(id="f7", source="so1", target="faq", share=0.3),
            ),
        )
    )


def stages(*specs: tuple[str, int | None]) -> tuple[Stage, ...]:
    return tuple(Stage(id=f"s{i}", name=name, customers=n) for i, (name, n) in enumerate(specs, 1))


# ---- funnel ------------------------------------------------------------------------------


def test_funnel_shares_conversion_drop_off_with_zero_and_missing_counts() -> None:
    steps = funnel(lifecycle()).steps
    # basis = Awareness 1000. share: 1000/1000, 400/1000, 100/1000, 0/1000, unknown
    assert [s.share for s in steps] == [1.0, 0.4, 0.1, 0.0, None]
    # conversion: none before the first; 400/1000, 100/400, 0/100; unknown over an unknown count
    assert [s.conversion for s in steps] == [None, 0.4, 0.25, 0.0, None]
    assert [s.drop_off for s in steps] == [None, pytest.approx(0.6), 0.75, 1.0, None]
    assert [s.lost for s in steps] == [None, 600, 300, 100, None]


def test_funnel_loops_are_reported_not_followed() -> None:
    loops = funnel(lifecycle()).loops
    # f4 Comparison (Consideration) -> Search ad (Awareness); f6 Referral (Advocacy) -> Search ad
    assert [(lp.flow_id, lp.from_stage, lp.to_stage, lp.share) for lp in loops] == [
        ("f4", "co", "aw", 0.1),
        ("f6", "ad", "aw", 0.5),
    ]
    assert loops[1].ids == ("f6", "ref", "ad1", "ad", "aw")


def test_funnel_basis_skips_a_zero_first_stage_and_never_divides_by_zero() -> None:
    journey = Journey(JourneyData(stages=stages(("A", 0), ("B", 50), ("C", None), ("D", 25))))
    result = funnel(journey)
    assert result.basis == "s2"  # the first known, non-zero count: 50
    # shares: 0/50, 50/50, unknown, 25/50
    assert [s.share for s in result.steps] == [0.0, 1.0, None, 0.5]
    # B over A is 50/0: unknown; C unknown; D over unknown C: unknown
    assert [s.conversion for s in result.steps] == [None, None, None, None]
    assert [s.lost for s in result.steps] == [None, -50, None, None]  # B gained 50 on A


def test_funnel_without_any_count_is_all_unknown() -> None:
    result = funnel(Journey(JourneyData(stages=stages(("A", None), ("B", 0)))))
    assert result.basis is None
    assert [(s.share, s.conversion, s.drop_off) for s in result.steps] == [(None,) * 3] * 2
    assert result.to_json()["steps"][1] == {
        "stage": "s2",
        "name": "B",
        "customers": 0,
        "share": None,
        "conversion": None,
        "drop_off": None,
        "lost": None,
    }


def test_stage_self_loop_is_a_loop() -> None:
    journey = Journey(
        JourneyData(stages=stages(("A", 1)), flows=(Flow(id="f", source="s1", target="s1", share=0.2),))
    )
    assert [lp.flow_id for lp in funnel(journey).loops] == ["f"]


# ---- flow analysis -----------------------------------------------------------------------


def test_reach_per_stage_through_a_cycle() -> None:
    result = flow_analysis(lifecycle())
    assert result.level == "touchpoint"
    assert result.entry == ("ad1", "so1")  # Awareness' touchpoints in flows, half each
    assert result.target_id == "pu"  # named "Purchase"
    reach = {r.stage_id: r.reach for r in result.reach}
    # Consideration: from ad1 0.5 (f1); from so1 0.2 + 0.3 (f2, f7) = 0.5 -> mean 0.5
    assert reach["aw"] == 1.0
    assert reach["co"] == pytest.approx(0.5)
    # Purchase: h(cmp) = 0.6 + 0.1 h(ad1), h(ad1) = 0.5 h(cmp) -> h(cmp) = 0.6/0.95 = 12/19,
    # h(ad1) = 6/19, h(so1) = 0.2 * 12/19 = 12/95; mean (30/95 + 12/95) / 2 = 21/95
    assert reach["pu"] == pytest.approx(21 / 95)
    assert result.conversion == pytest.approx(21 / 95)
    assert reach["re"] == 0.0  # no touchpoints, so no flow leads there
    # Advocacy: h(chk) = 0.3, h(cmp) = 0.18 + 0.05 h(cmp) = 18/95, h(ad1) = 9/95,
    # h(so1) = 0.2 * 18/95 = 3.6/95 -> mean 12.6/190
    assert reach["ad"] == pytest.approx(12.6 / 190)


def test_top_paths_go_round_a_cycle_at_most_once() -> None:
    paths = flow_analysis(lifecycle()).paths
    # 1/2 * 0.5 * 0.6; 1/2 * 0.2 * 0.6; 1/2 * 0.2 * 0.1 * 0.5 * 0.6 (so1 cmp ad1 cmp chk).
    # ad1 cmp ad1 cmp chk would take ad1->cmp twice: not a path.
    assert [p.nodes for p in paths] == [
        ("ad1", "cmp", "chk"),
        ("so1", "cmp", "chk"),
        ("so1", "cmp", "ad1", "cmp", "chk"),
    ]
    assert [p.probability for p in paths] == pytest.approx([0.15, 0.06, 0.003])
    assert paths[2].flows == ("f2", "f4", "f1", "f3")
    assert paths[2].names == ("Newsletter", "Comparison", "Search ad", "Comparison", "Checkout")
    assert paths[2].ids == ("so1", "cmp", "ad1", "chk", "f2", "f4", "f1", "f3")


def test_top_paths_keep_only_the_most_likely() -> None:
    paths = flow_analysis(lifecycle(), top=1).paths
    assert [p.nodes for p in paths] == [("ad1", "cmp", "chk")]


def test_what_if_changes_conversion() -> None:
    change = what_if(lifecycle(), "f3", 0.8)
    # h(cmp) = 0.8 / 0.95 = 16/19, h(ad1) = 8/19, h(so1) = 0.2 * 16/19 = 3.2/19
    # conversion = (8 + 3.2) / 19 / 2 = 11.2/38; before 21/95
    assert change.before == pytest.approx(21 / 95)
    assert change.after == pytest.approx(11.2 / 38)
    assert change.delta == pytest.approx(11.2 / 38 - 21 / 95)
    assert (change.old_share, change.new_share) == (0.6, 0.8)
    assert change.ids == ("f3", "pu")


def test_what_if_refuses_what_it_cannot_compute() -> None:
    journey = lifecycle()
    with pytest.raises(ValueError, match="no flow 'nope'"):
        what_if(journey, "nope", 0.5)
    with pytest.raises(ValueError, match="between 0 and 1"):
        what_if(journey, "f1", 1.5)
    journey.add(Flow(id="sf", source="aw", target="co", share=0.5))
    with pytest.raises(ValueError, match="follows the touchpoint flows"):
        what_if(journey, "sf", 0.9)


def stage_cycle(*flows: Flow) -> Journey:
    return Journey(JourneyData(stages=stages(("A", None), ("B", None), ("C", None)), flows=flows))


def test_stage_flows_unknown_shares_split_the_rest_and_a_closed_cycle_converges() -> None:
    # A->B and A->C have no share: they split 1 equally (0.5 each); B->A takes everyone back.
    journey = stage_cycle(
        Flow(id="ab", source="s1", target="s2"),
        Flow(id="ac", source="s1", target="s3"),
        Flow(id="ba", source="s2", target="s1", share=1.0),
    )
    # no stage named like purchase: the middle one, index 3 // 2 = 1 -> B
    result = flow_analysis(journey)
    assert (result.level, result.target_id, result.entry) == ("stage", "s2", ("s1",))
    assert result.conversion == pytest.approx(0.5)
    # to C: h(A) = 0.5 h(B) + 0.5, h(B) = h(A) -> h(A) = 1: everyone ends in C in the end
    assert flow_analysis(journey, target="s3").conversion == pytest.approx(1.0)
    # paths into C: A C (0.5); A B A C (0.5 * 1 * 0.5); A B A B is a repeated move
    paths = flow_analysis(journey, target="s3").paths
    assert [(p.nodes, p.probability) for p in paths] == [
        (("s1", "s3"), 0.5),
        (("s1", "s2", "s1", "s3"), 0.25),
    ]


def test_a_loop_that_never_leaves_gives_zero_not_an_error() -> None:
    # A <-> B forever; C only flows back to A, so nothing reaches C
    journey = stage_cycle(
        Flow(id="ab", source="s1", target="s2", share=1.0),
        Flow(id="ba", source="s2", target="s1", share=1.0),
        Flow(id="ca", source="s3", target="s1", share=0.3),
    )
    result = flow_analysis(journey, target="s3")
    assert result.conversion == 0.0
    assert result.paths == ()
    assert {r.stage_id: r.reach for r in result.reach} == {"s1": 1.0, "s2": 1.0, "s3": 0.0}


def test_shares_over_one_are_scaled_and_parallel_flows_add_up() -> None:
    # out of A: 0.8 + 0.7 = 1.5 > 1 -> A->B 0.8/1.5, A->C 0.7/1.5; C->B twice: 0.2 + 0.3
    journey = stage_cycle(
        Flow(id="ab", source="s1", target="s2", share=0.8),
        Flow(id="ac", source="s1", target="s3", share=0.7),
        Flow(id="cb1", source="s3", target="s2", share=0.2),
        Flow(id="cb2", source="s3", target="s2", share=0.3),
    )
    result = flow_analysis(journey, target="s2")
    # reach B = 0.8/1.5 + 0.7/1.5 * 0.5 = 1.15/1.5
    assert result.conversion == pytest.approx(1.15 / 1.5)
    assert result.paths[1].flows == ("ac", "cb1", "cb2")
    assert result.paths[1].probability == pytest.approx(0.7 / 1.5 * 0.5)


def test_map_without_flows_has_no_flow_analysis() -> None:
    result = flow_analysis(Journey(JourneyData(stages=stages(("A", 10), ("Buy", 5)))))
    assert (result.level, result.conversion, result.paths, result.entry) == (None, None, (), ())
    assert result.target_id == "s2"
    assert [r.reach for r in result.reach] == [None, None]


def test_target_stage_rule() -> None:
    localized = Journey(
        JourneyData(stages=stages(("Farkındalık", None), ("Satın alma", None), ("Tutma", None)))
    )
    assert target_stage(localized) == "s2"
    plain = Journey(JourneyData(stages=stages(("A", None), ("B", None), ("C", None), ("D", None))))
    assert target_stage(plain) == "s3"  # index 4 // 2
    assert target_stage(plain, "s4") == "s4"
    with pytest.raises(ValueError, match="no stage 'web'"):
        target_stage(lifecycle(), "web")
    assert target_stage(Journey()) is None


def test_linear_solver() -> None:
    # 2x + y = 5, x + 3y = 10 -> x = 1, y = 3
    assert solve([{0: 2.0, 1: 1.0}, {0: 1.0, 1: 3.0}], [5.0, 10.0]) == pytest.approx([1.0, 3.0])
    with pytest.raises(SingularSystemError):
        solve([{0: 1.0, 1: 1.0}, {0: 1.0, 1: 1.0}], [1.0, 2.0])


# ---- coverage ----------------------------------------------------------------------------


def test_coverage_matrix_and_empty_cells() -> None:
    result = coverage(lifecycle())
    assert [lane for lane, _, _ in result.lanes] == ["web", "mail"]  # the text lane is no channel
    # rows: Awareness, Consideration, Purchase, Retention, Advocacy; columns Web, Email
    assert [[c.count for c in row] for row in result.rows] == [[1, 1], [1, 2], [1, 0], [0, 0], [0, 1]]
    assert [(c.stage_id, c.lane_id) for c in result.empty_cells] == [
        ("pu", "mail"),
        ("re", "web"),
        ("re", "mail"),
        ("ad", "web"),
    ]
    assert result.covered == pytest.approx(6 / 10)
    assert result.rows[1][1].ids == ("faq", "letter")
    assert result.rows[3][0].ids == ("re", "web")


# ---- hot spots ---------------------------------------------------------------------------


def test_hotspots_per_stage_and_lane() -> None:
    result = hotspots(lifecycle())
    # p1 4 x 0.5 = 2.0; p2 3 x (unknown: 0.5) = 1.5; p3 5 x 0.2 = 1.0
    assert [(p.pain_point_id, p.score) for p in result.pain_points] == [("p1", 2.0), ("p2", 1.5), ("p3", 1.0)]
    # Purchase p1 + p3 = 3.0, Consideration p2 = 1.5, the others 0 in map order
    assert [(s.element_id, s.score) for s in result.stages] == [
        ("pu", 3.0),
        ("co", 1.5),
        ("aw", 0.0),
        ("re", 0.0),
        ("ad", 0.0),
    ]
    # Web: p1 (chk) + p2 (cmp) = 3.5; Email: p2 (faq) = 1.5, counted once per lane
    assert [(s.element_id, s.score, s.pain_points, s.unknown) for s in result.lanes] == [
        ("web", 3.5, ("p1", "p2"), 1),
        ("mail", 1.5, ("p2",), 1),
    ]
    assert result.unassigned == 1.0  # p3 has no touchpoint
    assert result.stages[0].ids == ("pu", "p1", "p3")


def test_hotspots_unknown_affected_is_a_parameter() -> None:
    result = hotspots(lifecycle(), unknown_affected=1.0)
    assert dict((p.pain_point_id, p.score) for p in result.pain_points)["p2"] == 3.0


# ---- structural problems -----------------------------------------------------------------


def test_structural_problems() -> None:
    found = [(p.kind, p.ids) for p in structural_problems(lifecycle())]
    assert found == [
        ("unreachable", ("letter",)),  # no flow at all
        ("dead_end", ("faq",)),  # so1 leads there, nothing leads on; Consideration is not last
        ("empty_stage", ("re",)),
        ("pain_without_opportunity", ("p2",)),
        ("pain_without_opportunity", ("p3",)),
        ("opportunity_without_owner", ("o2",)),  # o3 is done: no owner needed
        # betweenness over the 6 touchpoints in flows, (6-1)(6-2) = 20 ordered pairs:
        # cmp on ad1>chk, ad1>ref, so1>chk, so1>ref, so1>ad1, ref>chk = 6/20;
        # ad1 on chk>cmp, ref>cmp, ref>chk = 3/20; chk on ad1>ref, so1>ref, cmp>ref = 3/20;
        # ref 2/20 is fourth. Ties keep map order (ad1 before chk).
        ("critical_touchpoint", ("cmp",)),
        ("critical_touchpoint", ("ad1",)),
        ("critical_touchpoint", ("chk",)),
        # undirected: cycle ad1-cmp-chk-ref, so1 hangs on cmp, faq on so1
        ("single_point_of_failure", ("so1",)),
        ("single_point_of_failure", ("cmp",)),
    ]
    critical = [p.value for p in structural_problems(lifecycle()) if p.kind == "critical_touchpoint"]
    assert critical == pytest.approx([0.3, 0.15, 0.15])


def test_structural_problems_on_stage_flows() -> None:
    # A -> B only; C unreachable; B is a dead end before the last stage C
    journey = stage_cycle(Flow(id="ab", source="s1", target="s2", share=0.4))
    found = [(p.kind, p.ids) for p in structural_problems(journey) if p.kind in ("unreachable", "dead_end")]
    assert found == [("unreachable", ("s3",)), ("dead_end", ("s2",))]
    assert not [p for p in structural_problems(journey) if p.kind == "critical_touchpoint"]


def test_messages_name_the_elements() -> None:
    messages = [p.message for p in structural_problems(lifecycle())]
    assert "“Letter” cannot be reached through flows from the first stage" in messages
    assert "stage “Retention” has no touchpoints" in messages


# ---- everything together -----------------------------------------------------------------


def test_analyse_to_json_is_plain_json() -> None:
    import json

    data = analyse(lifecycle()).to_json()
    assert set(data) == {"funnel", "paths", "coverage", "hotspots", "problems", "votes"}
    assert json.loads(json.dumps(data)) == data
    assert data["paths"]["conversion"] == round(21 / 95, 6)
    assert data["paths"]["target"] == {"id": "pu", "name": "Purchase"}


def test_analyse_an_empty_map() -> None:
    data = analyse(Journey()).to_json()
    assert data["funnel"] == {"basis": None, "steps": [], "loops": []}
    assert data["paths"]["target"] is None
    assert data["coverage"]["covered"] is None
    assert data["problems"] == []


def test_reach_agrees_with_value_iteration_on_a_tangled_map() -> None:
    import random

    from journeymap.model.analysis.chain import build_chain, reach_probabilities

    rng = random.Random(7)
    points = tuple(
        Touchpoint(id=f"t{s}{k}", stage=f"s{s}", lane="web", title="x") for s in range(1, 5) for k in range(3)
    )
    flows = tuple(
        Flow(
            id=f"f{n}",
            source=rng.choice(points).id,
            target=rng.choice(points).id,
            share=rng.choice([None, 0.2, 0.4]),
        )
        for n in range(30)
    )
    journey = Journey(
        JourneyData(
            stages=stages(("A", None), ("B", None), ("C", None), ("D", None)),
            lanes=(Lane(id="web", name="Web", channel="web"),),
            touchpoints=points,
            flows=flows,
        )
    )
    chain = build_chain(journey)
    goal = chain.nodes_in("s3")
    exact = reach_probabilities(chain, goal)
    # h_{k+1} = 1 on the goal, sum of p * h_k elsewhere: rises to the same limit from 0
    approx = {node: 1.0 if node in goal else 0.0 for node in chain.nodes}
    for _ in range(3000):
        approx = {
            n: 1.0 if n in goal else sum(p * approx[m] for m, p in chain.moves[n].items())
            for n in chain.nodes
        }
    assert exact == pytest.approx(approx, abs=1e-9)
    assert 0.0 < sum(exact.values()) < len(exact)


def test_flows_without_any_share_give_unknown_not_everyone() -> None:
    # A -> B -> C with no shares: filling in would claim 100 % everywhere; it is unknown
    journey = stage_cycle(Flow(id="ab", source="s1", target="s2"), Flow(id="bc", source="s2", target="s3"))
    result = flow_analysis(journey, target="s3")
    assert (result.level, result.conversion, result.paths) == ("stage", None, ())
    assert [r.reach for r in result.reach] == [None, None, None]
    # with one share known (B -> C 0.4) the rest fills in: A -> B takes everyone, 1 * 0.4
    change = what_if(journey, "bc", 0.4, target="s3")
    assert (change.before, change.after) == (None, pytest.approx(0.4))
    assert change.delta is None


def test_critical_touchpoints_on_a_large_map_are_estimated_the_same_way_each_time() -> None:
    from journeymap.model.analysis.structure import BETWEENNESS_SAMPLE, structural_problems
    from journeymap.model.data import JourneyData
    from journeymap.model.elements import Flow, Lane, Stage, Touchpoint
    from journeymap.model.journey import Journey

    n = BETWEENNESS_SAMPLE + 100  # a chain: the middle carries the most routes
    data = JourneyData(
        stages=(Stage(id="s", name="All"),),
        lanes=(Lane(id="l", name="Web", channel="web"),),
        touchpoints=tuple(Touchpoint(id=f"t{i}", stage="s", lane="l", title=f"T{i}") for i in range(n)),
        flows=tuple(Flow(id=f"f{i}", source=f"t{i}", target=f"t{i + 1}") for i in range(n - 1)),
    )
    first = [p.ids for p in structural_problems(Journey(data)) if p.kind == "critical_touchpoint"]
    again = [p.ids for p in structural_problems(Journey(data)) if p.kind == "critical_touchpoint"]
    assert first == again and len(first) == 3
    middle = {f"t{i}" for i in range(n // 4, 3 * n // 4)}
    assert all(ids[0] in middle for ids in first)


def test_hotspot_ties_are_listed_in_map_order_comparing_scores_as_shown() -> None:
    """Three pain points of severity 1 x 10% (0.1 + 0.1 + 0.1 = 0.30000000000000004) tie
    with one of severity 3 x 10% (0.3): the earlier stage comes first, as documented."""
    stages = (Stage(id="s1", name="First"), Stage(id="s2", name="Second"))
    pains = (
        PainPoint(id="one", stage="s1", title="Only one", severity=3, affected=0.1),
        *(PainPoint(id=f"small-{i}", stage="s2", title="Small", severity=1, affected=0.1) for i in range(3)),
    )
    result = hotspots(Journey(JourneyData(stages=stages, pain_points=pains)))
    assert sum(p.score for p in result.pain_points if p.pain_point_id != "one") > 0.3  # the remainder
    assert [s.element_id for s in result.stages] == ["s1", "s2"]
    assert result.stages[1].score == pytest.approx(0.3)
