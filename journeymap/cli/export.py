"""``journeymap export FILE OUT``: the map as .xlsx, .mmd, .csv, .png, .svg, .pdf or .pptx.

A thin caller of the exchange service (:mod:`journeymap.exchange`): this module reads the
options, resolves a persona named by id or name, and reports. The format comes from OUT's
suffix; workbooks, Mermaid and CSV never load Qt. Nothing is written to OUT unless the
whole export succeeded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap import exchange
from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, one_named, read_map, refuse_out
from journeymap.util.i18n import os_reason, tr

if TYPE_CHECKING:  # the model loads when the command runs, not for `journeymap --help`
    from journeymap.model.data import JourneyData

FLAGS = {
    "scale": "--scale",
    "dpi": "--dpi",
    "page_size": "--page-size",
    "tile": "--tile",
    "transparent": "--transparent",
    "frame": "--frame",
    "handout": "--handout",
}
"""The command-line flag of each ImageOptions field that a user sets here."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help=tr("write a map as Excel, Mermaid, CSV, an image, slides or a handout"),
        description=tr("Write FILE as OUT; the format comes from OUT's suffix: {suffixes}.").format(
            suffixes=exchange.export_formats_text()
        ),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the .journey file"))
    parser.add_argument("out", metavar="OUT", help=tr("the file to write"))
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--scale", type=float, default=1.0, help=tr("PNG: image scale; default 1"))
    size.add_argument("--dpi", type=float, help=tr("PNG: print resolution instead of a scale (96 = scale 1)"))
    parser.add_argument("--persona", metavar="ID", help=tr("only what concerns this persona (id or name)"))
    parser.add_argument(
        "--page-size",
        default="fit",
        type=_page_size,
        metavar="|".join(exchange.PAGE_SIZES),
        help=tr("PDF page size"),
    )
    parser.add_argument(
        "--tile",
        action="store_true",
        help=tr("PDF: tile a large map across pages of --page-size, A3 when that is fit (the default)"),
    )
    parser.add_argument("--transparent", action="store_true", help=tr("PNG: transparent background"))
    parser.add_argument(
        "--frame",
        type=_frame,
        metavar="|".join(exchange.FRAMES),
        help=tr("PNG, SVG: lay the whole map out to fill a picture of this shape (a slide's)"),
    )
    parser.add_argument(
        "--handout",
        action="store_true",
        help=tr("PDF: the workshop handout (a cover, a page per stage, the results) on A4 landscape"),
    )
    parser.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    parser.set_defaults(handler=export)


def _page_size(text: str) -> exchange.PageSize:
    for size in exchange.PAGE_SIZES:
        if text.casefold() == size.casefold():
            return size
    raise argparse.ArgumentTypeError(tr("choose one of {sizes}").format(sizes=", ".join(exchange.PAGE_SIZES)))


def _frame(text: str) -> exchange.Frame:
    for frame in exchange.FRAMES:
        if text.strip() == frame:
            return frame
    raise argparse.ArgumentTypeError(tr("choose one of {frames}").format(frames=", ".join(exchange.FRAMES)))


def export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    format_ = exchange.format_of(out)
    if format_ is None:
        return fail(f"{out}: {exchange.cannot_export()}", EXIT_USAGE)
    from journeymap.exchange.options import MAX_SCALE, MIN_SCALE, PX_PER_INCH

    low, high = MIN_SCALE, MAX_SCALE
    if not low <= args.scale <= high:
        return fail(tr("--scale must be from {low} to {high}").format(low=low, high=high), EXIT_USAGE)
    if args.dpi is not None and not low * PX_PER_INCH <= args.dpi <= high * PX_PER_INCH:
        message = tr("--dpi must be from {low:g} to {high:g}")
        return fail(message.format(low=low * PX_PER_INCH, high=high * PX_PER_INCH), EXIT_USAGE)
    refused = refuse_out(args.out, force=args.force, inputs=[args.file])
    if refused is not None:
        return refused
    data = read_map(args.file)
    if data is None:
        return EXIT_PROBLEMS
    persona = None
    if args.persona is not None:
        persona = one_named(data.personas, "persona", args.persona, option="--persona")
        if persona is None:
            return EXIT_USAGE
    options = exchange.ImageOptions(
        persona=persona,
        scale=args.scale,
        dpi=args.dpi,
        page_size=args.page_size,
        tile=args.tile,
        transparent=args.transparent,
        frame=args.frame,
        handout=args.handout,
    )
    _note_unused(options, format_)
    return _export(data, out, options)


def _note_unused(options: exchange.ImageOptions, format_: exchange.Format) -> None:
    unused = [FLAGS[name] for name in options.unused_by(format_) if name in FLAGS]
    if unused:
        handout = options.handout and "handout" in format_.options
        note = (
            tr("note: {options}: not used for the handout; ignored")
            if handout
            else tr("note: {options}: not used for {suffix} files; ignored")
        )
        fail(note.format(options=", ".join(unused), suffix=format_.suffix))
    elif options.tile and options.page_size == "fit":
        fail(tr("note: --tile: the pages are A3; --page-size A4, A1 or A0 chooses others"))


def _progress(step: str, done: int, total: int) -> None:
    sys.stderr.write(f"\r\033[Kjourneymap export: {tr('exporting')} {done}/{total}: {step}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _export(data: JourneyData, out: Path, options: exchange.ImageOptions) -> int:
    try:
        exchange.export(data, out, options, progress=_progress if sys.stderr.isatty() else None)
    except exchange.PicturesUnavailable as error:
        return fail(f"{out}: {error}", EXIT_PROBLEMS)
    except exchange.ExportError as error:
        return fail(f"{out}: {error}", EXIT_USAGE)
    except OSError as error:
        return fail(
            tr("{out}: cannot write: {error}").format(out=out, error=os_reason(error)), EXIT_PROBLEMS
        )
    print(tr("wrote {out}").format(out=out))
    return EXIT_OK
