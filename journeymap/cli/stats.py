"""``journeymap stats FILE [--json]``: what is in a map, as tables or JSON."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, fail
from journeymap.cli.tables import format_table
from journeymap.formats import journey_file
from journeymap.i18n import tr
from journeymap.model.counts import element_counts
from journeymap.model.journey import Journey

# more sections (funnel, paths, ...) register here: key -> (compute, print as text)
SECTIONS: dict[str, tuple[Callable[[Journey], Any], Callable[[Any], str]]] = {}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("stats", help=tr("counts and insights of a map"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help=tr("print JSON instead of tables"))
    parser.set_defaults(handler=stats)


def stats(args: argparse.Namespace) -> int:
    try:
        journey = journey_file.load(args.file)
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{args.file}: {p}" for p in error.problems), EXIT_PROBLEMS)
    result = element_counts(journey)
    for key, (compute, _) in SECTIONS.items():
        result[key] = compute(journey)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(_as_text(journey, result))
    return EXIT_OK


def _as_text(journey: Journey, result: dict[str, Any]) -> str:
    total = result["total"]
    parts = [
        journey.info.title,
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
    parts += [to_text(result[key]) for key, (_, to_text) in SECTIONS.items()]
    return "\n\n".join(parts)
