"""``journeymap import IN OUT.journey``: a map from an Excel workbook (.xlsx) or a Mermaid journey (.mmd).

A thin caller of the exchange service (:func:`journeymap.exchange.import_map`); never loads Qt. OUT is not replaced unless ``--force`` is given, and is written only when
IN was read without a problem; every problem is printed as ``IN: where: what``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymap import exchange
from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, refuse_out
from journeymap.util.i18n import os_reason, tr


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import",
        help=tr("make a .journey file from an Excel workbook or a Mermaid journey"),
        description=tr("Read IN (.xlsx or .mmd) and write it as OUT.journey."),
    )
    parser.add_argument("source", metavar="IN", help=tr("the .xlsx or .mmd file to read"))
    parser.add_argument("out", metavar="OUT.journey", help=tr("the map to write"))
    parser.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    parser.set_defaults(handler=import_map)


def import_map(args: argparse.Namespace) -> int:
    from journeymap.formats import journey_file

    source, out = Path(args.source), Path(args.out)
    if exchange.format_of(source, importing=True) is None:
        return fail(f"{source}: {exchange.cannot_import()}", EXIT_USAGE)
    if out.suffix != journey_file.SUFFIX:
        return fail(tr("{out}: the file name must end in .journey").format(out=out), EXIT_USAGE)
    refused = refuse_out(args.out, force=args.force, inputs=[args.source])
    if refused is not None:
        return refused
    try:
        data = exchange.import_map(source)
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{source}: {p}" for p in error.problems), EXIT_PROBLEMS)
    try:
        journey_file.save(data, out)
    except OSError as error:
        return fail(
            tr("{out}: cannot write: {error}").format(out=out, error=os_reason(error)), EXIT_PROBLEMS
        )
    print(tr("wrote {out}").format(out=out))
    return EXIT_OK
