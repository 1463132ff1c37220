"""The composition root of the editor: QApplication, the language, the main window, the first map.

``journeymap`` with no command lands in :func:`run`. With a file it opens that file; without,
it reopens the last map, or shows the example map on a first start (as an untitled copy,
so that Save never writes into the installed resources). A bad file on the command line
opens the window anyway and shows every located problem; nothing is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from journeymap.formats import journey_file
from journeymap.ui.language import apply_language, resolve
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.recovery import RecoveryDialog, pending_entries
from journeymap.ui.window.settings import APPLICATION, AppSettings, set_application_identity
from journeymap.util import paths
from journeymap.util.i18n import interface_language


def run(args: list[str]) -> int:
    """Start the editor on ``args`` (at most one .journey file); returns the exit code."""
    app = make_application()
    window = MainWindow()
    window.show()
    QTimer.singleShot(0, lambda: start(window, args))
    return app.exec()


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
    """Open the first map, then offer what a crashed session left behind."""
    if args:
        open_argument(window, Path(args[0]))
    else:
        open_default(window)
    offer_recovery(window)


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
