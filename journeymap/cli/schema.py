"""``journeymap schema [--out FILE]``: print or write the JSON Schema of .journey files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, fail, refuse_out
from journeymap.util.i18n import os_reason, tr


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "schema",
        help=tr("print the JSON Schema of .journey files"),
        description=tr(
            "Print the JSON Schema of the current .journey format, or write it to FILE. "
            "It checks types and ranges; 'journeymap validate' also checks references."
        ),
    )
    parser.add_argument("--out", "-o", metavar="FILE", help=tr("write the schema to FILE instead"))
    parser.add_argument("--force", action="store_true", help=tr("overwrite FILE if it exists"))
    parser.set_defaults(handler=print_schema)


def print_schema(args: argparse.Namespace) -> int:
    from journeymap.formats import schema
    from journeymap.util.atomic import write_atomically

    content = schema.schema_bytes()
    if args.out is None:
        sys.stdout.write(content.decode("utf-8"))
        return EXIT_OK
    refused = refuse_out(args.out, force=args.force)
    if refused is not None:
        return refused
    out = Path(args.out)
    try:
        write_atomically(out, content)
    except OSError as error:
        return fail(f"{out}: {os_reason(error)}", EXIT_PROBLEMS)
    print(tr("wrote {out}").format(out=out))
    return EXIT_OK
