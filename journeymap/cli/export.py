"""``journeymap export FILE OUT``: the map as .xlsx, .mmd, .csv, .png, .svg or .pdf.

The format comes from OUT's suffix. Workbooks, Mermaid and CSV need no Qt and never load
it; images are drawn by :mod:`journeymap.render.images`, imported only when asked for.
Nothing is written to OUT unless the whole export succeeded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, refuse_out
from journeymap.exchange import DATA_SUFFIXES, IMAGE_SUFFIXES, PAGE_SIZES, export_data
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.lens import personas_named, through_persona
from journeymap.util.i18n import tr

MIN_SCALE, MAX_SCALE = 0.05, 16.0
"""A PNG from a twentieth of the canvas (a thumbnail) to 16 times it (a wall poster)."""
APPLIES = {
    "--scale": (".png",),
    "--page-size": (".pdf",),
    "--tile": (".pdf",),
    "--transparent": (".png",),
}
"""The formats each image option changes; elsewhere it is noted and ignored."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help=tr("write a map as Excel, Mermaid, CSV or an image"),
        description=tr("Write FILE as OUT; the format comes from OUT's suffix: {suffixes}.").format(
            suffixes=" ".join(DATA_SUFFIXES + IMAGE_SUFFIXES)
        ),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the .journey file"))
    parser.add_argument("out", metavar="OUT", help=tr("the file to write"))
    parser.add_argument("--scale", type=float, default=1.0, help=tr("PNG: image scale; default 1"))
    parser.add_argument("--persona", metavar="ID", help=tr("only what concerns this persona (id or name)"))
    parser.add_argument(
        "--page-size", default="fit", type=_page_size, metavar="|".join(PAGE_SIZES), help=tr("PDF page size")
    )
    parser.add_argument("--tile", action="store_true", help=tr("PDF: tile a large map across pages"))
    parser.add_argument("--transparent", action="store_true", help=tr("PNG: transparent background"))
    parser.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    parser.set_defaults(handler=export)


def _page_size(text: str) -> str:
    for size in PAGE_SIZES:
        if text.casefold() == size.casefold():
            return size
    raise argparse.ArgumentTypeError(tr("choose one of {sizes}").format(sizes=", ".join(PAGE_SIZES)))


def export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in DATA_SUFFIXES + IMAGE_SUFFIXES:
        known = " ".join(DATA_SUFFIXES + IMAGE_SUFFIXES)
        return fail(
            tr("{out}: cannot tell the format; use one of {known}").format(out=out, known=known), EXIT_USAGE
        )
    if not MIN_SCALE <= args.scale <= MAX_SCALE:
        return fail(
            tr("--scale must be from {low} to {high}").format(low=MIN_SCALE, high=MAX_SCALE), EXIT_USAGE
        )
    refused = refuse_out(args.out, force=args.force, inputs=[args.file])
    if refused is not None:
        return refused
    try:
        data = journey_file.load_data(args.file)
    except journey_file.JourneyFileError as error:
        return fail("\n".join(f"{args.file}: {p}" for p in error.problems), EXIT_PROBLEMS)
    persona = None
    if args.persona is not None:
        named = personas_named(data, args.persona)
        if len(named) > 1:
            message = tr("{file}: {count} personas are named {name!r}; give the id of one: {ids}")
            return fail(
                message.format(file=args.file, count=len(named), name=args.persona, ids=", ".join(named)),
                EXIT_USAGE,
            )
        if not named:
            return fail(
                tr("{file}: no persona {name!r}").format(file=args.file, name=args.persona), EXIT_USAGE
            )
        persona = named[0]
    _warn_unused(args, suffix)
    if suffix in IMAGE_SUFFIXES:
        return _export_image(data, out, args, persona)
    return _export_data(through_persona(data, persona) if persona else data, out, suffix)


def _warn_unused(args: argparse.Namespace, suffix: str) -> None:
    given = {
        "--scale": args.scale != 1.0,
        "--page-size": args.page_size != "fit",
        "--tile": args.tile,
        "--transparent": args.transparent,
    }
    unused = [name for name, used in given.items() if used and suffix not in APPLIES[name]]
    if unused:
        note = tr("note: {options}: not used for {suffix} files; ignored")
        print(note.format(options=", ".join(unused), suffix=suffix), file=sys.stderr)


def _progress(step: str, done: int, total: int) -> None:
    sys.stderr.write(f"\r\033[K{tr('exporting')} {done}/{total}: {step}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _export_data(data: JourneyData, out: Path, suffix: str) -> int:
    try:
        export_data(data, out, progress=_progress if sys.stderr.isatty() else None)
    except OSError as error:
        return fail(
            tr("{out}: cannot write: {error}").format(out=out, error=error.strerror or error), EXIT_PROBLEMS
        )
    print(tr("wrote {out}").format(out=out))
    return EXIT_OK


def _export_image(data: JourneyData, out: Path, args: argparse.Namespace, persona: str | None) -> int:
    try:  # Qt is loaded here and only here
        from journeymap.model.journey import Journey
        from journeymap.render.images import ImageExportError, export_image
    except ImportError as error:
        message = tr("{out}: image export is not available in this installation ({error})")
        return fail(message.format(out=out, error=error), EXIT_PROBLEMS)
    try:
        export_image(
            Journey(data),
            out,
            scale=args.scale,
            persona=persona,
            page_size=args.page_size.lower(),
            tile=args.tile,
            transparent=args.transparent,
            progress=_progress if sys.stderr.isatty() else None,
        )
    except ImageExportError as error:
        return fail(f"{out}: {error}", EXIT_USAGE)
    except OSError as error:
        return fail(
            tr("{out}: cannot write: {error}").format(out=out, error=error.strerror or error), EXIT_PROBLEMS
        )
    print(tr("wrote {out}").format(out=out))
    return EXIT_OK
