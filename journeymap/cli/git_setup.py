"""``journeymap git-setup [--global] [--remove]``: let git merge and diff maps.

The settings are made by :mod:`journeymap.util.gitsetup`; the drivers run this very
journeymap (the Python that runs this command), so they work without activating it.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from journeymap.cli import EXIT_OK, EXIT_USAGE, fail
from journeymap.util.i18n import tr


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "git-setup",
        help=tr("let git merge and diff .journey maps"),
        description=tr(
            "Write the .gitattributes line and the git config for journeymap's merge driver "
            "(three-way merge, conflicts kept in the map) and diff driver (changes in words). "
            "Safe to run again; --remove takes it back out."
        ),
    )
    parser.add_argument(
        "--global",
        dest="global_",
        action="store_true",
        help=tr("for all your repositories, not just this one"),
    )
    parser.add_argument("--remove", action="store_true", help=tr("remove the settings instead"))
    parser.set_defaults(handler=git_setup)


def program() -> str:
    """The command that runs this journeymap, quoted for git's shell."""
    return f"{shlex.quote(sys.executable)} -m journeymap"


def git_setup(args: argparse.Namespace) -> int:
    from journeymap.util.gitsetup import GitSetupError, disable, enable, setup_for

    try:
        setup = setup_for(Path.cwd(), global_=args.global_)
        done = disable(setup) if args.remove else enable(setup, program())
    except (GitSetupError, OSError) as error:
        return fail(tr("journeymap git-setup: {error}").format(error=error), EXIT_USAGE)
    for line in done:
        print(line)
    return EXIT_OK
