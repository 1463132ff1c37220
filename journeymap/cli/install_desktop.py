"""``journeymap install-desktop [--remove]``: the menu entry, the .journey file type and icons.

The work is :mod:`journeymap.util.desktop`; this module reports what was written or removed, and
what the user still has to do when a desktop tool is missing.
"""

from __future__ import annotations

import argparse

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, fail
from journeymap.util.i18n import os_reason, tr


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "install-desktop",
        help=tr("add journeymap to your desktop: menu entry, .journey file type, icons"),
        description=tr(
            "Put a menu entry, the application/x-journey file type (*.journey files, and files "
            "that start with the journeymap header) and the icons in your data folder "
            "($XDG_DATA_HOME, else ~/.local/share), so that a file manager shows .journey files "
            "with their icon and a double-click opens them in journeymap. Only your account changes."
        ),
    )
    parser.add_argument("--remove", action="store_true", help=tr("take them away again"))
    parser.set_defaults(handler=install_desktop)


def install_desktop(args: argparse.Namespace) -> int:
    from journeymap.util import desktop

    data = desktop.data_home()
    try:
        if args.remove:
            removed = desktop.remove(data)
            for path in removed:
                print(tr("removed {path}").format(path=path))
            if not removed:
                print(tr("nothing to remove in {folder}").format(folder=data))
        else:
            for file in desktop.install(data):
                print(tr("wrote {path} ({role})").format(path=file.path, role=file.role))
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return fail(f"{where}{os_reason(error)}", EXIT_PROBLEMS)
    ran, missing = desktop.refresh_caches(data)
    if ran:
        print(tr("refreshed the desktop's caches with {commands}").format(commands=", ".join(ran)))
    for refresh in missing:
        if refresh.needed:
            message = tr(
                "{command} is missing, so the file type takes effect only once it runs: apt-get install {package}"
            )
        else:
            message = tr(
                "note: {command} is missing (apt-get install {package}); desktops refresh without it, later"
            )
        fail(message.format(command=refresh.command[0], package=refresh.package))
    if not args.remove:
        print(
            tr("journeymap now opens .journey files from the file manager; it starts {command}").format(
                command=desktop.exec_line(desktop.launcher())
            )
        )
    return EXIT_OK
