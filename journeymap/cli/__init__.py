"""The ``journeymap`` command: the editor with no command, else one subcommand per module.

Each module of this package with a ``register(commands)`` function adds its parser and
handler; this module only dispatches, starts the editor (one window per FILE, after asking
whether there is a display at all), and makes sure no Python traceback ever reaches the
user. Every message it or a command prints on stderr starts ``journeymap COMMAND: ``.

The command line speaks the language of the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
see :func:`journeymap.util.languages.from_environment`), English otherwise: its messages,
its help and argparse's own words ("usage:", "options"), read from the same catalogues as
the editor's without loading Qt.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from journeymap import __version__
from journeymap.util import i18n, languages
from journeymap.util.i18n import tr, tr_n_noop, tr_noop

if TYPE_CHECKING:
    from journeymap.model.data import JourneyData
    from journeymap.model.elements import Record
    from journeymap.model.journey import Journey

T = TypeVar("T")

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
VERSION = f"journeymap {__version__}"
_running: list[str] = []
"""The command being run (empty for the editor): the prefix of every message."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        usage=tr(
            "journeymap [FILE ...]          open each FILE in a window of the editor\n"
            "       journeymap COMMAND [ARGS ...]  work on maps without the editor (COMMAND --help)\n"
            "       journeymap --version"
        ),
        description=tr(
            "Draw customer journey maps. With no command, opens the editor: one window for each "
            "FILE.journey given (an .xlsx or .mmd file is offered for import), else the last map. "
            "The editor needs a graphical session; every COMMAND works without one. "
            "Works offline; never uses the network."
        ),
    )
    parser.add_argument("--version", action="version", version=VERSION, help=tr("show the version and exit"))
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"), prog="journeymap")
    for name in command_modules():
        importlib.import_module(f"journeymap.cli.{name}").register(commands)
    return parser


def command_modules() -> list[str]:
    """Every module of this package with a ``register(commands)`` function, in name order.

    A new subcommand is a new module here; nothing else needs to change.
    """
    found = []
    for name in sorted(p.stem for p in Path(__file__).parent.glob("*.py") if p.stem != "__init__"):
        module = importlib.import_module(f"journeymap.cli.{name}")
        if callable(getattr(module, "register", None)):
            found.append(name)
    return found


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands' parsers by name (argparse keeps them in its subparsers action)."""
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: sub for name, sub in action.choices.items() if isinstance(sub, argparse.ArgumentParser)}


def _subparser(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    return _commands(parser).get(command or "", parser)


def command_names() -> list[str]:
    return list(_commands(build_parser()))


ARGPARSE_WORDS = (
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("show program's version number and exit"),
    tr_noop("%(prog)s: error: %(message)s\n"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("expected one argument"),
    tr_noop("expected at most one argument"),
    tr_noop("expected at least one argument"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("not allowed with argument %s"),
    tr_noop("one of the arguments %s is required"),
)
"""The words argparse itself says in help and errors (it asks gettext for them)."""


def speak_the_locale_language() -> None:
    """Speak the locale's language, argparse included: argparse looks its words up through
    ``gettext`` at run time (module-level ``_``), which has no catalogue of ours, so the
    command line routes those look-ups through :func:`tr`."""
    i18n.set_language(languages.from_environment())
    argparse._ = tr  # type: ignore[attr-defined]  # argparse's gettext alias, read at each call


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:  # asked by scripts and packagers: no parser to build for it
        print(VERSION)
        return EXIT_OK
    speak_the_locale_language()
    try:
        if _wants_gui(args_list):
            return _run_gui(args_list)
        parser = build_parser()
        try:
            args, unknown = parser.parse_known_args(args_list)
            if unknown:  # said by the command's own parser, so its usage line is shown
                _subparser(parser, args.command).error(
                    tr("unrecognized arguments: {args}").format(args=" ".join(unknown))
                )
        except SystemExit as stop:
            return int(stop.code or 0)
        if args.command is None:
            return _run_gui([])
        _running[:] = [args.command]
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped early (`journeymap schema | head`): nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 141
    except Exception as error:  # the last line of defence: a message, never a traceback
        return fail(tr("internal error: {error}").format(error=error), EXIT_INTERNAL)
    finally:
        _running.clear()


def _wants_gui(args: list[str]) -> bool:
    if not args:
        return True
    first = args[0]
    if first.startswith("-") or first in command_names():
        return False
    return first.endswith(".journey") or Path(first).exists()


def _run_gui(paths: list[str]) -> int:
    options = [p for p in paths if p.startswith("-")]
    if options:
        message = tr("{options}: the editor takes only FILE arguments; options go after a COMMAND")
        return fail(message.format(options=" ".join(options)), EXIT_USAGE)
    from journeymap.util.display import missing_display

    reason = missing_display()
    if reason is not None:
        return _no_display(reason, paths)
    # Start-up makes objects that stay: the collector's passes over them took a tenth of the
    # start (benchmarks/bench_startup.py). app.run turns it back on once the maps show.
    gc.disable()
    from journeymap.app import run  # Qt is loaded only for the editor; the window shows first

    return run(paths)


def _no_display(reason: str, paths: list[str]) -> int:
    lines = [
        tr("the editor needs a graphical session ({reason}).").format(reason=reason),
        tr("Every command works without one: {commands}").format(commands=", ".join(command_names())),
        tr("(journeymap --help lists them; journeymap COMMAND --help tells more)."),
    ]
    hints = [f"{path}: {hint}" for path in paths if (hint := import_hint(path)) is not None]
    return fail("\n".join(lines + hints), EXIT_PROBLEMS)


def fail(message: str, code: int = EXIT_PROBLEMS) -> int:
    """Print ``message`` on stderr, each line starting ``journeymap COMMAND: ``; return ``code``."""
    prefix = " ".join(["journeymap", *_running]) + ": "
    for line in message.splitlines() or [""]:
        print(prefix + line, file=sys.stderr)
    return code


def import_hint(name: str) -> str | None:
    """For a file that can be imported but not opened (.xlsx, .mmd): what it is and how to make
    a map of it, to print after its name. None for any other file."""
    from journeymap.exchange import IMPORT_SUFFIXES

    path = Path(name)
    if path.suffix.lower() not in IMPORT_SUFFIXES:
        return None
    if path.suffix.lower() == ".xlsx":
        message = tr("is an Excel workbook, not a map; make a map of it with: journeymap import {file} {out}")
    else:
        message = tr("is a Mermaid journey, not a map; make a map of it with: journeymap import {file} {out}")
    return message.format(file=shlex.quote(name), out=shlex.quote(str(path.with_suffix(".journey"))))


def read_map(name: str) -> JourneyData | None:
    """The map in the .journey file ``name``, or None once every problem was printed."""
    from journeymap.formats import journey_file

    return _read(name, journey_file.load_data)


def read_journey(name: str) -> Journey | None:
    """:func:`read_map` as a live Journey, for the analyses."""
    from journeymap.formats import journey_file

    return _read(name, journey_file.load)


def _read(name: str, load: Callable[[str], T]) -> T | None:
    from journeymap.formats.journey_file import JourneyFileError

    hint = import_hint(name)
    if hint is not None:
        fail(f"{name}: {hint}")
        return None
    try:
        return load(name)
    except JourneyFileError as error:
        fail("\n".join(f"{name}: {p}" for p in error.problems))
        return None


def one_named(records: Sequence[Record], kind: str, wanted: str, *, option: str) -> str | None:
    """The id of the one record of ``kind`` (stage, persona) that ``wanted`` names by id or by
    name, or None once a usage message was printed: none or several have that name."""
    from journeymap.model.data import ids_named
    from journeymap.model.describe import in_quotes
    from journeymap.model.elements import NAME_FIELD

    found = ids_named(records, wanted)
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(found)
        fail(tr(_SEVERAL_NAMED[kind], "", len(found)).format(option=option, name=wanted, ids=ids))
        return None
    names = ", ".join(in_quotes(getattr(r, NAME_FIELD[kind])) for r in records) or tr("none")
    fail(tr(_NONE_NAMED[kind]).format(option=option, name=wanted, names=names))
    return None


_SEVERAL_NAMED = {
    "stage": tr_n_noop("{option}: %Ln stages are named {name!r}; give the id of one: {ids}"),
    "persona": tr_n_noop("{option}: %Ln personas are named {name!r}; give the id of one: {ids}"),
}
_NONE_NAMED = {
    "stage": tr_noop("{option}: no stage {name!r}; the stages are: {names}"),
    "persona": tr_noop("{option}: no persona {name!r}; the personas are: {names}"),
}
"""What :func:`one_named` says, for each kind it is asked about (the count and the word agree)."""


def refuse_out(out: str, *, force: bool, inputs: Sequence[str] = ()) -> int | None:
    """A usage error (printed, its exit code returned) if OUT may not be written: no name,
    a folder, one of the ``inputs`` (never, even with --force: the source would be lost),
    or an existing file without ``force``. None when writing OUT is fine."""
    if not out.strip():
        return fail(tr("the output file name is empty"), EXIT_USAGE)
    path = Path(out)
    if path.is_dir():
        return fail(tr("{out}: is a folder; give a file name").format(out=out), EXIT_USAGE)
    for source in inputs:
        if _same_file(path, Path(source)):
            return fail(tr("{out}: is the input file; write to another name").format(out=out), EXIT_USAGE)
    if path.exists() and not force:
        return fail(tr("{out}: exists already (use --force to overwrite)").format(out=out), EXIT_USAGE)
    return None


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and one.samefile(other)
    except OSError:
        return one.absolute() == other.absolute()
