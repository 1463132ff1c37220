"""``journeymap stats FILE [--json] [--target STAGE] [--what-if FLOW=SHARE]``: what is in a
map and what it tells (funnel, flows, coverage, hot spots, problems), as tables or JSON.

The analyses live in :mod:`journeymap.model.analysis`; this module only reads the file,
calls them and prints. The JSON keys are documented in docs/insights.md.
"""

from __future__ import annotations

import argparse
import gc
from typing import TYPE_CHECKING, Any

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, one_named, read_journey
from journeymap.cli.tables import format_table, share
from journeymap.util.i18n import arrow, number, tr

if TYPE_CHECKING:  # the analyses are loaded by the command, not by `journeymap --help`
    from journeymap.model.analysis import Insights, WhatIf
    from journeymap.model.journey import Journey


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("stats", help=tr("counts and insights of a map"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help=tr("print JSON instead of tables"))
    parser.add_argument(
        "--target",
        metavar="STAGE",
        help=tr(
            "the stage that counts as conversion, by name or id (default: the stage named like purchase)"
        ),
    )
    parser.add_argument(
        "--what-if",
        metavar="FLOW=SHARE",
        help=tr("also show the conversion if flow FLOW had share SHARE (0 to 1)"),
    )
    parser.set_defaults(handler=stats)


def stats(args: argparse.Namespace) -> int:
    import json

    from journeymap.model.analysis import analyse
    from journeymap.model.counts import element_counts

    journey = read_journey(args.file)
    if journey is None:
        return EXIT_PROBLEMS
    target = None
    if args.target is not None:
        target = one_named(journey.stages, "stage", args.target, option="--target")
        if target is None:
            return EXIT_USAGE
    # The map lives until the command ends: the collector's full passes need not walk its
    # millions of objects again while the analyses run (a third of the time at 50,000).
    gc.freeze()
    try:
        insights = analyse(journey, target=target)
        change = _what_if(journey, args.what_if, target) if args.what_if else None
    except ValueError as error:
        return fail(str(error), EXIT_USAGE)
    result = element_counts(journey) | insights.to_json()
    if change is not None:
        result["what_if"] = change.to_json()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(_as_text(journey, result, insights, change))
    return EXIT_OK


def _what_if(journey: Journey, text: str, target: str | None) -> WhatIf:
    from journeymap.model.analysis import what_if
    from journeymap.util.numbers import plain_number

    flow, sep, share = text.partition("=")
    value = plain_number(share)
    if not sep or value is None:
        raise ValueError(tr("--what-if wants FLOW=SHARE, for example f1=0.8, not {text!r}").format(text=text))
    return what_if(journey, flow.strip(), value, target=target)


def _pct(value: float | None) -> str | None:
    return share(value)


def _as_text(journey: Journey, result: dict[str, Any], insights: Insights, change: WhatIf | None) -> str:
    parts = [journey.info.title, *_counts_text(result)]
    parts += _funnel_text(insights) + _flows_text(insights, change) + _flow_ids_text(journey, insights)
    parts += _coverage_text(insights) + _hotspots_text(insights) + _problems_text(insights)
    parts += _votes_text(insights)
    return "\n\n".join(parts)


def _counts_text(result: dict[str, Any]) -> list[str]:
    total = result["total"]
    return [
        format_table([tr("element"), tr("count")], [(tr(k.replace("_", " ")), v) for k, v in total.items()]),
        tr("Per stage"),
        format_table(
            [tr("stage"), tr("customers"), tr("touchpoints"), tr("pain points"), tr("opportunities")],
            [
                (s["name"], s["customers"], s["touchpoints"], s["pain_points"], s["opportunities"])
                for s in result["stages"]
            ],
        ),
        tr("Per lane"),
        format_table(
            [tr("lane"), tr("kind"), tr("touchpoints")],
            [
                (lane["name"], tr(lane["kind"].replace("_", " ")), lane["touchpoints"])
                for lane in result["lanes"]
            ],
        ),
    ]


def _funnel_text(insights: Insights) -> list[str]:
    funnel = insights.funnel
    parts = [
        tr("Funnel"),
        format_table(
            [tr("stage"), tr("customers"), tr("share"), tr("conversion"), tr("drop-off"), tr("lost")],
            [
                (s.name, s.customers, _pct(s.share), _pct(s.conversion), _pct(s.drop_off), s.lost)
                for s in funnel.steps
            ],
        ),
    ]
    if funnel.loops:
        names = {s.stage_id: s.name for s in funnel.steps}
        parts.append(
            format_table(
                [tr("loop back (flow)"), tr("from stage"), tr("to stage"), tr("share")],
                [
                    (lp.flow_id, names[lp.from_stage], names[lp.to_stage], _pct(lp.share))
                    for lp in funnel.loops
                ],
            )
        )
    return parts


def _flows_text(insights: Insights, change: WhatIf | None) -> list[str]:
    flows = insights.flows
    if flows.level is None:
        return [tr("Flow analysis"), tr("the map has no flows to analyse")]
    if flows.conversion is None:
        return [
            tr("Flow analysis"),
            tr("none of the {level} flows has a share: no numbers to compute").format(level=tr(flows.level)),
        ]
    heading = tr("Flow analysis over the {level} flows; conversion to “{target}”: {value}").format(
        level=tr(flows.level), target=flows.target_name, value=(_pct(flows.conversion) or "–").strip()
    )
    parts = [
        heading,
        format_table([tr("stage"), tr("reached")], [(r.name, _pct(r.reach)) for r in flows.reach]),
        tr("Most travelled paths to “{target}”").format(target=flows.target_name),
        format_table(
            ["#", tr("probability"), tr("path")],
            [(i, _pct(p.probability), arrow().join(p.names)) for i, p in enumerate(flows.paths, 1)],
        ),
    ]
    if change is not None:
        line = tr("What if flow {flow} had share {new} (now {old}): conversion {before} → {after}")
        values = (_pct(v) or "–" for v in (change.new_share, change.old_share, change.before, change.after))
        new, old, before, after = (v.strip() for v in values)
        parts.append(line.format(flow=change.flow_id, new=new, old=old, before=before, after=after))
    return parts


def _flow_ids_text(journey: Journey, insights: Insights) -> list[str]:
    """The flows the analysis went over, with the ids that --what-if FLOW=SHARE takes."""
    from journeymap.model.elements import NAME_FIELD

    level = insights.flows.level
    flows = [f for f in journey.flows if level is not None and journey.kind_of(f.source) == level]
    if not flows:
        return []

    def name(ident: str) -> str:
        record = journey[ident]
        return str(getattr(record, NAME_FIELD[record.KIND]))

    rows = [(f.id, name(f.source), name(f.target), f.share) for f in flows]
    return [
        tr("Flows (their ids are what --what-if FLOW=SHARE takes)"),
        format_table([tr("flow"), tr("from"), tr("to"), tr("share")], rows),
    ]


def _coverage_text(insights: Insights) -> list[str]:
    cover = insights.coverage
    if not cover.lanes:
        return [tr("Omnichannel coverage"), tr("the map has no channel lanes")]
    rows = [
        (name, *(cell.count or None for cell in row))
        for (_, name), row in zip(cover.stages, cover.rows, strict=True)
    ]
    summary = tr("{empty} of {cells} cells empty (shown as –)").format(
        empty=len(cover.empty_cells), cells=len(cover.stages) * len(cover.lanes)
    )
    return [
        tr("Omnichannel coverage (touchpoints per stage and channel)"),
        format_table([tr("stage"), *(name for _, name, _ in cover.lanes)], rows),
        summary,
    ]


def _hotspots_text(insights: Insights) -> list[str]:
    spots = insights.hotspots
    headers = [tr("score"), tr("pain points"), tr("affected unknown")]
    parts = [
        tr("Pain hot spots (severity × share affected)"),
        format_table(
            [tr("stage"), *headers],
            [(s.name, s.score, len(s.pain_points), s.unknown) for s in spots.stages],
        ),
        format_table(
            [tr("lane"), *headers],
            [(s.name, s.score, len(s.pain_points), s.unknown) for s in spots.lanes],
        ),
    ]
    if spots.unassigned:
        parts.append(tr("pain points on no channel: score {score}").format(score=number(spots.unassigned, 2)))
    return parts


def _problems_text(insights: Insights) -> list[str]:
    if not insights.problems:
        return [tr("Problems"), tr("no structural problems found")]
    rows = [(tr(p.kind.replace("_", " ")), p.message) for p in insights.problems]
    return [tr("Problems"), format_table([tr("kind"), tr("message")], rows)]


def _votes_text(insights: Insights) -> list[str]:
    parts: list[str] = []
    for result in insights.votes:
        state = tr("closed") if result.closed else tr("open")
        every = result.participants * result.dots_each
        heading = tr("Votes: {name} ({state}, {given} of %Ln dots)", "", every).format(
            name=result.name, state=state, given=number(result.dots_given)
        )
        rows = [(c.dots, c.voters, tr(c.kind.replace("_", " ")), c.title) for c in result.cards]
        parts += [
            heading,
            format_table([tr("dots"), tr("voters"), tr("kind"), tr("card")], rows)
            if rows
            else tr("no dots yet"),
        ]
    return parts
