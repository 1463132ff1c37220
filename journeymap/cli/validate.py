"""``journeymap validate FILE...``: exit 0 when all are valid, else one line per problem."""

from __future__ import annotations

import argparse

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS
from journeymap.formats import journey_file
from journeymap.util.i18n import tr


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "validate",
        help=tr("check .journey files"),
        description=tr("Check .journey files; print FILE: location: message for every problem."),
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--quiet", "-q", action="store_true", help=tr("print only problems"))
    parser.set_defaults(handler=validate)


def validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            journey_file.load_data(name)
        except journey_file.JourneyFileError as error:
            status = EXIT_PROBLEMS
            for problem in error.problems:
                print(f"{name}: {problem}")
        else:
            if not args.quiet:
                print(tr("{file}: valid").format(file=name))
    return status
