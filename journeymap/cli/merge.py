"""``journeymap merge BASE OURS THEIRS -o OUT``: three-way merge of maps (git's merge driver).

Exit 0: merged cleanly; 1: merged with conflicts, which OUT records (it keeps ours for
each and opens in the editor, which lists them); 2: a file could not be read or OUT may
not be written. OUT may be OURS (git's driver writes the result over it); an empty BASE
means the two sides have no common ancestor.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, _same_file, fail, refuse_out
from journeymap.util.i18n import os_reason, tr

if TYPE_CHECKING:  # loaded when the command runs, not for `journeymap --help`
    from journeymap.model.data import JourneyData


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "merge",
        help=tr("three-way merge of maps"),
        description=tr(
            "Merge the changes OURS and THEIRS made to BASE into OUT. Conflicts keep ours and are "
            "recorded in OUT, to be resolved in the editor. Exit 0: clean; 1: conflicts; 2: error."
        ),
    )
    parser.add_argument("base", metavar="BASE", help=tr("the common ancestor (an empty file: none)"))
    parser.add_argument("ours", metavar="OURS")
    parser.add_argument("theirs", metavar="THEIRS")
    parser.add_argument("-o", "--out", metavar="OUT", required=True, help=tr("the merged map to write"))
    parser.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    parser.add_argument("--path", metavar="NAME", help=tr("the map's name in messages (git passes it)"))
    parser.add_argument("--quiet", "-q", action="store_true", help=tr("print only the conflicts"))
    parser.set_defaults(handler=merge_maps)


def merge_maps(args: argparse.Namespace) -> int:
    from journeymap.formats import journey_file
    from journeymap.formats.map_text import conflict_text, names_for
    from journeymap.model.merge import merge

    name = args.path or args.out
    writes_ours = _same_file(Path(args.out), Path(args.ours))  # git's driver: the result replaces ours
    refused = refuse_out(args.out, force=args.force or writes_ours, inputs=[args.base, args.theirs])
    if refused is not None:
        return refused
    try:
        base, ours, theirs = (
            _base(args.base),
            journey_file.load_data(args.ours),
            journey_file.load_data(args.theirs),
        )
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{error.path}: {p}" for p in error.problems), EXIT_USAGE)
    result = merge(base, ours, theirs)
    try:
        journey_file.save(result.data, args.out, backup=False)
    except OSError as error:
        return fail(
            tr("{out}: cannot write: {error}").format(out=args.out, error=os_reason(error)), EXIT_USAGE
        )
    names = names_for(result.data, ours, theirs, base)
    for conflict in result.conflicts:
        print(tr("{name}: conflict: {text}").format(name=name, text=conflict_text(conflict, names)))
    if result.conflicts:
        count = len(result.conflicts)
        message = tr("{name}: %Ln conflicts kept in the map; open it in journeymap to resolve them", "", count)
        print(message.format(name=name))
        return EXIT_PROBLEMS
    if not args.quiet:
        print(tr("{name}: merged cleanly").format(name=name))
    return EXIT_OK


def _base(path: str) -> JourneyData:
    from journeymap.formats import journey_file
    from journeymap.model.data import JourneyData

    """An empty file (git's stand-in when there is no common ancestor) is an empty map."""
    target = Path(path)
    if target.is_file() and target.stat().st_size == 0:
        return JourneyData()
    return journey_file.load_data(path)
