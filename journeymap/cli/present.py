"""``journeymap present FILE [--screen N] [--stage N] [--minutes M]``: show a map to a room.

The map is checked first, without Qt, so a bad file or a stage that does not exist is said
on the command line with the usual exit codes; then the editor opens on the map with the
presentation full screen on top (on the second screen when there are two, with the
presenter console on the first). Leaving the presentation (Esc) leaves the editor open,
so the notes and votes of the room can be saved.
"""

from __future__ import annotations

import argparse

from journeymap.cli import EXIT_PROBLEMS, EXIT_USAGE, fail
from journeymap.util.i18n import tr


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("{text!r} is not a whole number").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr("must be 1 or more, not {value}").format(value=value))
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "present",
        help=tr("present a map to a room, full screen, stage by stage"),
        description=tr(
            "Present FILE full screen: the whole map, each stage, the whole map again. "
            "Keys: Right/Left, PageDown/PageUp, Space, Home/End, a stage's number, B or . "
            "(black screen), N (capture a note), V (vote), Esc (leave)."
        ),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--screen", type=_positive, metavar="N", help=tr("show the room screen N (1 is the first)")
    )
    parser.add_argument("--stage", type=_positive, metavar="N", help=tr("start at stage N (1 is the first)"))
    parser.add_argument(
        "--minutes",
        type=_positive,
        default=30,
        metavar="M",
        help=tr("the countdown on the console (default 30)"),
    )
    parser.set_defaults(handler=present)


def present(args: argparse.Namespace) -> int:
    from journeymap.formats import journey_file  # loaded by the command, not by --help

    try:
        journey = journey_file.load(args.file)
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{args.file}: {p}" for p in error.problems), EXIT_PROBLEMS)
    stages = journey.count("stage")
    if stages == 0:
        return fail(tr("{file}: the map has no stages to present").format(file=args.file), EXIT_PROBLEMS)
    if args.stage is not None and args.stage > stages:
        message = tr("--stage {n}: the map has %Ln stages", "", stages).format(n=args.stage)
        return fail(message, EXIT_USAGE)
    from journeymap.app import present as present_map  # Qt is loaded only to show the map

    return present_map(args.file, screen=args.screen, stage=args.stage, minutes=args.minutes)
