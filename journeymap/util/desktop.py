"""Desktop integration for one user: the menu entry, the .journey file type and the icons.

``journeymap install-desktop`` puts them where the freedesktop.org specifications say, in the
user's data folder (``$XDG_DATA_HOME``, else ``~/.local/share``): a file manager then shows
.journey files with their own icon and name ("Customer journey map"), recognises one by its
``"format": "journeymap"`` header even without the suffix, and opens it in journeymap on a
double-click. ``--remove`` takes exactly those files away. Nothing outside that folder is
touched. The desktop's caches are refreshed with update-mime-database, update-desktop-database
and gtk-update-icon-cache where they are installed. Standard library only: no Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from journeymap.util.i18n import tr
from journeymap.util.paths import resource

DESKTOP_ID = "journeymap.desktop"
MIME_TYPE = "application/x-journey"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make the Desktop Entry spec quote an argument of Exec."""


@dataclass(frozen=True)
class DesktopFile:
    path: Path
    content: bytes
    role: str
    """What it is, for the report: "the menu entry", "the file type"…"""


@dataclass(frozen=True)
class Refresh:
    """A cache-refreshing command: run if installed, else named with the package that has it."""

    command: tuple[str, ...]
    package: str
    needed: bool
    """Without it the change does not take effect (the MIME database); others are speed-ups."""


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    given = env.get("XDG_DATA_HOME", "")
    if given and Path(given).is_absolute():  # the spec: a relative value is to be ignored
        return Path(given)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this installation of journeymap, whatever PATH says."""
    return [sys.executable, "-m", "journeymap"]


def exec_line(argv: Sequence[str]) -> str:
    """``argv`` as the value of a desktop entry's Exec key: quoted where the spec asks, a
    literal % doubled, then escaped as a string value (a backslash doubled)."""

    def quoted(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if not _RESERVED.intersection(arg):
            return arg
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'

    return " ".join(quoted(a) for a in argv).replace("\\", "\\\\")


def desktop_files(data: Path, command: Sequence[str]) -> list[DesktopFile]:
    """Every file that install-desktop writes, with its content."""
    entry = resource("desktop", DESKTOP_ID).read_text(encoding="utf-8")
    lines = [
        f"Exec={exec_line(command)} %F"  # %F: the files a double-click or a drop hands over
        if line.startswith("Exec=")
        else f"TryExec={exec_line(command[:1])}"
        if line.startswith("TryExec=")
        else line
        for line in entry.splitlines()
    ]
    icons = data / "icons" / "hicolor" / "scalable"
    return [
        DesktopFile(
            data / "applications" / DESKTOP_ID, "\n".join(lines).encode() + b"\n", tr("the menu entry")
        ),
        DesktopFile(
            data / "mime" / "packages" / "journeymap.xml",
            resource("desktop", "journeymap-mime.xml").read_bytes(),
            tr("the file type {type}").format(type=MIME_TYPE),
        ),
        DesktopFile(
            icons / "apps" / "journeymap.svg",
            resource("icons", "journeymap.svg").read_bytes(),
            tr("the application icon"),
        ),
        DesktopFile(
            icons / "mimetypes" / "application-x-journey.svg",
            resource("icons", "application-x-journey.svg").read_bytes(),
            tr("the icon of .journey files"),
        ),
    ]


def refreshes(data: Path) -> list[Refresh]:
    return [
        Refresh(("update-mime-database", str(data / "mime")), "shared-mime-info", needed=True),
        Refresh(("update-desktop-database", str(data / "applications")), "desktop-file-utils", needed=False),
        Refresh(
            ("gtk-update-icon-cache", "--force", "--ignore-theme-index", str(data / "icons" / "hicolor")),
            "gtk-update-icon-cache",
            needed=False,
        ),
    ]


def refresh_caches(data: Path) -> tuple[list[str], list[Refresh]]:
    """Run each refresh that is installed: (the ones run, the ones missing). A refresh that
    fails is reported as missing too, with its own words."""
    ran: list[str] = []
    missing: list[Refresh] = []
    for refresh in refreshes(data):
        if not Path(refresh.command[-1]).is_dir() or shutil.which(refresh.command[0]) is None:
            if shutil.which(refresh.command[0]) is None:
                missing.append(refresh)
            continue
        try:
            subprocess.run(refresh.command, check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            missing.append(refresh)
        else:
            ran.append(refresh.command[0])
    return ran, missing


def install(data: Path) -> list[DesktopFile]:
    """Write every desktop file (atomically; a file there already is replaced). Raises OSError."""
    from journeymap.util.atomic import write_atomically

    files = desktop_files(data, launcher())
    for file in files:
        file.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(file.path, file.content)
    return files


def remove(data: Path) -> list[Path]:
    """Delete the files :func:`install` writes, where they are; returns the ones deleted."""
    removed = []
    for file in desktop_files(data, launcher()):
        try:
            file.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(file.path)
    return removed
