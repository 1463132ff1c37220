"""``journeymap show FILE [--textconv]``: a map as plain text, one line per field.

git's diff driver for maps runs ``journeymap show --textconv``, so that ``git diff`` and
``git log -p`` show a map's changes in words. With ``--textconv`` a file that is not a
valid map (say, one with git's conflict markers) is printed as it is, so git can still
show it; without it, its problems are reported (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, fail
from journeymap.util.i18n import tr

if TYPE_CHECKING:  # loaded when the command runs, not for `journeymap --help`
    from journeymap.formats.journey_file import JourneyFileError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "show",
        help=tr("print a map as plain text"),
        description=tr("Print a .journey map as text: each element with its fields, in the map's order."),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--textconv",
        action="store_true",
        help=tr("for git: print a file that is not a valid map as it is, instead of failing"),
    )
    parser.set_defaults(handler=show_map)


def show_map(args: argparse.Namespace) -> int:
    from journeymap.formats import journey_file
    from journeymap.formats.map_text import map_text

    try:
        data = journey_file.load_data(args.file)
    except journey_file.JourneyFileError as error:
        if not args.textconv:
            return fail("\n".join(f"{args.file}: {p}" for p in error.problems), EXIT_PROBLEMS)
        return _as_it_is(Path(args.file), error)
    sys.stdout.write(map_text(data))
    return EXIT_OK


def _as_it_is(path: Path, error: JourneyFileError) -> int:
    from journeymap.formats import journey_file

    first = error.problems[0] if error.problems else ""
    sys.stdout.write(tr("(not a valid map: {problem})").format(problem=first) + "\n")
    try:
        raw = journey_file.read_file(path, journey_file.MAX_FILE_BYTES)
    except journey_file.JourneyFileError:
        return EXIT_OK  # not a file that can be shown: the line above says why
    sys.stdout.write(raw.decode("utf-8", errors="replace"))
    return EXIT_OK
