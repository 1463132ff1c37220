"""``journeymap validate FILE...``: exit 0 when all are valid, else one line per problem.

A map that holds unresolved merge conflicts reads and opens, but is not done: each
conflict is reported as a problem.
"""

from __future__ import annotations

import argparse

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, import_hint
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
    from journeymap.formats import journey_file
    from journeymap.formats.map_text import conflict_text, names_for

    status = EXIT_OK
    for name in args.files:
        hint = import_hint(name)
        if hint is not None:
            status = EXIT_PROBLEMS
            print(f"{name}: {hint}")
            continue
        try:
            data = journey_file.load_data(name)
        except journey_file.JourneyFileError as error:
            status = EXIT_PROBLEMS
            for problem in error.problems:
                print(f"{name}: {problem}")
            continue
        if data.conflicts:
            status = EXIT_PROBLEMS
            names = names_for(data)
            for index, conflict in enumerate(data.conflicts):
                text = tr("unresolved merge conflict: {text}").format(text=conflict_text(conflict, names))
                print(f"{name}: conflicts[{index}]: {text}")
        elif not args.quiet:
            print(tr("{file}: valid").format(file=name))
    return status
