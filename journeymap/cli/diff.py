"""``journeymap diff A B [--json]``: what changed from map A to map B, in the map's terms.

Exit 0 when the two mean the same map, 1 when they differ, 2 when a file cannot be read
(like diff(1)). The differences come from :mod:`journeymap.model.diff`; the JSON shape is
documented in docs/teams.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail
from journeymap.util.i18n import tr

if TYPE_CHECKING:  # loaded when the command runs, not for `journeymap --help`
    from journeymap.model.data import JourneyData


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "diff",
        help=tr("show what changed between two maps"),
        description=tr(
            "Compare two .journey files element by element: added, removed, changed, moved and "
            "reordered elements and the map's own fields. Exit 0: the same map; 1: different; 2: error."
        ),
    )
    parser.add_argument("old", metavar="A", help=tr("the older map"))
    parser.add_argument("new", metavar="B", help=tr("the newer map"))
    parser.add_argument("--json", action="store_true", help=tr("print the changes as JSON"))
    parser.set_defaults(handler=show_diff)


def read_map(path: str) -> JourneyData:
    """A map for diff and merge; JourneyFileError names every problem."""
    from journeymap.formats import journey_file

    return journey_file.load_data(path)


def show_diff(args: argparse.Namespace) -> int:
    from journeymap.formats import journey_file
    from journeymap.formats.map_text import diff_text, names_for
    from journeymap.model.diff import diff

    try:
        old, new = read_map(args.old), read_map(args.new)
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{error.path}: {p}" for p in error.problems), EXIT_USAGE)
    changes = diff(old, new)
    if args.json:
        document = {"same": not changes, "changes": [c.as_json() for c in changes]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(diff_text(changes, names_for(new, old)))
    return EXIT_PROBLEMS if changes else EXIT_OK
