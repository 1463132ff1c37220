"""The composition root of the editor: QApplication, the language, the main window, the first map.

``journeymap`` with no command lands in :func:`run`. Each file given opens in a window of its
own; with none, the last map reopens, or the example map shows on a first start (as an
untitled copy, so that Save never writes into the installed resources). A bad file on the
command line opens the window anyway and shows every located problem; nothing is written.
A workbook or a Mermaid file is offered for import.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from journeymap.formats import journey_file
from journeymap.ui.language import apply_language, resolve
from journeymap.ui.present.screens import NoSuchScreen
from journeymap.ui.present.screens import choose as choose_screens
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.recovery import RecoveryDialog, pending_entries
from journeymap.ui.window.settings import APPLICATION, AppSettings, set_application_identity
from journeymap.util import paths
from journeymap.util.i18n import interface_language, tr

CASCADE = 32
"""Pixels between the windows of several files, so that each one's title bar shows."""


def run(args: list[str]) -> int:
    """Start the editor with a window for each file in ``args``; returns the exit code.

    Each window shows with its map already in it: one layout and one paint, not an empty
    window first (a file with problems shows them, then the window with the example)."""
    app = make_application()
    windows = open_windows(args, show=False)
    try:
        open_maps(windows, args)
        for window in windows:
            window.show()
    finally:
        gc.enable()  # the command line paused it for the start (journeymap.cli._run_gui)
    QTimer.singleShot(0, lambda: offer_recovery(windows[0]))
    return app.exec()


def present(path: str, *, screen: int | None = None, stage: int | None = None, minutes: int = 30) -> int:
    """``journeymap present``: the editor on ``path`` with the presentation on top; leaving
    the presentation leaves the editor, to save what the room said. Exit code 2 when there
    is no screen ``screen``, 1 when the map cannot be opened."""
    app = make_application()
    try:
        choose_screens(screen)
    except NoSuchScreen as error:
        print(tr("journeymap present: {error}").format(error=error), file=sys.stderr)
        return 2
    window = MainWindow()
    if not window.files.open_path(Path(path), ask=False):
        return 1
    window.show()
    showing = window.presenting.start(screen=screen, stage=stage, minutes=minutes)
    if showing is None:
        return 2
    return app.exec()


def open_windows(args: list[str], *, show: bool = True) -> list[MainWindow]:
    """One window per file (one for none), each a little below and right of the last."""
    windows: list[MainWindow] = []
    for index in range(max(1, len(args))):
        window = MainWindow()
        if windows:
            window.move(windows[0].pos() + QPoint(CASCADE, CASCADE) * index)
        if show:
            window.show()
        windows.append(window)
    return windows


def start_all(windows: list[MainWindow], args: list[str]) -> None:
    """Open each file in its window, then offer (once) what a crashed session left behind."""
    open_maps(windows, args)
    offer_recovery(windows[0])


def open_maps(windows: list[MainWindow], args: list[str]) -> None:
    """Each file in its window; with none, the last map (or the example) in the first."""
    if not args:
        open_default(windows[0])
    for window, arg in zip(windows, args, strict=False):
        open_argument(window, Path(arg))


def make_application() -> QApplication:
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    set_application_identity()
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(APPLICATION)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "journeymap.svg"))))
    apply_language(resolve(AppSettings().language()), app)
    return app


def start(window: MainWindow, args: list[str]) -> None:
    """:func:`start_all` for one window: the first file of ``args``, else the last map."""
    start_all([window], args[:1])


def open_argument(window: MainWindow, path: Path) -> None:
    if window.files.open_path(path, ask=False):
        return
    open_example(window)  # the problems were shown; the window still has something to show


def open_default(window: MainWindow) -> None:
    last = window.settings.last_file()
    if last is not None and last.is_file() and window.files.open_path(last, ask=False):
        return
    open_example(window)


def open_example(window: MainWindow) -> None:
    example = paths.example_map(interface_language())
    if not example.is_file():
        return
    try:
        journey = journey_file.load(example)
    except journey_file.JourneyFileError:
        return  # a broken bundled example must not stop the editor; the map stays empty
    window.files.adopt(journey, None, None)


def offer_recovery(window: MainWindow) -> None:
    entries = pending_entries()
    if not entries:
        return
    dialog = RecoveryDialog(entries, window)
    dialog.exec()
    if dialog.discard_all:
        for entry in entries:
            entry.discard()
    elif dialog.chosen is not None and window.files.confirm_discard():
        window.restore(dialog.chosen)
