"""The ``journeymap`` command: the GUI with no command, else one subcommand per module.

Each module in :data:`COMMAND_MODULES` registers its parser and handler; this module only
dispatches and makes sure no Python traceback ever reaches the user.

The command line speaks the language of the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
see :func:`journeymap.util.languages.from_environment`), English otherwise: its messages,
its help and argparse's own words ("usage:", "options"), read from the same catalogues as
the editor's without loading Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from journeymap import __version__
from journeymap.util import i18n, languages
from journeymap.util.i18n import tr, tr_noop

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        description=tr(
            "Draw customer journey maps. With no command, opens the editor "
            "(on FILE.journey if given). Works offline; never uses the network."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"journeymap {__version__}", help=tr("show the version and exit")
    )
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"))
    for name in command_modules():
        importlib.import_module(f"journeymap.cli.{name}").register(commands)
    return parser


def command_modules() -> list[str]:
    """Every module of this package with a ``register(commands)`` function, in name order.

    A new subcommand is a new module here; nothing else needs to change.
    """
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"journeymap.cli.{info.name}")
        if callable(getattr(module, "register", None)):
            found.append(info.name)
    return sorted(found)


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
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped early (`journeymap schema | head`): nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 141
    except Exception as error:  # the last line of defence: a message, never a traceback
        print(tr("journeymap: internal error: {error}").format(error=error), file=sys.stderr)
        return EXIT_INTERNAL


def _wants_gui(args: list[str]) -> bool:
    if not args:
        return True
    first = args[0]
    if first.startswith("-") or first in command_names():
        return False
    return first.endswith(".journey") or Path(first).exists()


def _run_gui(paths: list[str]) -> int:
    from journeymap.app import run  # Qt is loaded only for the editor

    return run(paths)


def fail(message: str, code: int = EXIT_PROBLEMS) -> int:
    print(message, file=sys.stderr)
    return code


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
