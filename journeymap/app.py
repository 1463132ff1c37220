"""The composition root of the editor: QApplication, the language, the main window, the first map.

``journeymap`` with no command lands in :func:`run`. Each file given opens in a window of its
own; with none, the last map reopens, or the example map shows on a first start (as an
untitled copy, so that Save never writes into the installed resources). A bad file on the
command line opens the window anyway and shows every located problem; nothing is written.
A workbook or a Mermaid file is offered for import.

The window comes first: each window's frame (menus, toolbar, docks, a canvas saying which map
is opening) is built from Qt alone and shows before the model and the editor are even
imported; once the frames are on the screen, the editor goes into them and the maps open
(:meth:`MainWindow.compose <journeymap.ui.window.main_window.MainWindow.compose>`). With
``JOURNEYMAP_STARTUP_TRACE=FILE`` in the environment, the moments a user sees (each frame
painted, the first map painted) are appended to FILE (:func:`note_startup`), for
benchmarks/bench_startup.py.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from journeymap.ui.language import apply_language, resolve
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import APPLICATION, AppSettings, set_application_identity
from journeymap.util import paths
from journeymap.util.i18n import interface_language, tr

CASCADE = 32
"""Pixels between the windows of several files, so that each one's title bar shows."""
TRACE_VARIABLE = "JOURNEYMAP_STARTUP_TRACE"
UNPAINTED_MS = 250
"""How long the start waits for a frame to be painted (one on a hidden desktop never is)."""


def run(args: list[str]) -> int:
    """Start the editor with a window for each file in ``args``; returns the exit code.

    Each window's frame shows at once; once the frames are painted, the editor is put into
    them and each map opens in its window: one layout and one paint of the map, no empty map
    first (a file with problems shows them over its window, which then shows the example)."""
    app = make_application()
    frames = open_windows(args, frames=True)

    def frames_painted() -> None:
        note_startup("window-painted")
        finish_start(frames, args)

    after_first_paint(frames, frames_painted)
    return app.exec()


def finish_start(windows: list[MainWindow], args: list[str]) -> None:
    """Put the editor into each frame, open each file in its window, then note the first
    paint of the first map and offer (once) what a crashed session left behind."""
    try:
        for window in windows:
            window.compose()
        open_maps(windows, args)
    finally:
        # The command line paused the collector for the start (journeymap.cli._run_gui).
        # Its first pass would walk every object the start made (85,000: 40-55 ms) before
        # the map is painted; they are set aside until then, and walked later, when due.
        gc.freeze()
        gc.enable()

    def map_painted() -> None:
        note_startup("map-painted")
        gc.unfreeze()

    after_first_paint([windows[0].view.viewport()], map_painted)
    QTimer.singleShot(0, lambda: offer_recovery(windows[0]))


def present(path: str, *, screen: int | None = None, stage: int | None = None, minutes: int = 30) -> int:
    """``journeymap present``: the editor on ``path`` with the presentation on top; leaving
    the presentation leaves the editor, to save what the room said. Exit code 2 when there
    is no screen ``screen``, 1 when the map cannot be opened."""
    from journeymap.ui.present.screens import NoSuchScreen
    from journeymap.ui.present.screens import choose as choose_screens

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


def open_windows(args: list[str], *, show: bool = True, frames: bool = False) -> list[MainWindow]:
    """One window per file (one for none), each a little below and right of the last; with
    ``frames``, only each window's frame, which names the map it is opening (see :func:`run`)."""
    windows: list[MainWindow] = []
    for index, name in enumerate(opening_names(args)):
        window = MainWindow(opening=name) if frames else MainWindow()
        if windows:
            window.move(windows[0].pos() + QPoint(CASCADE, CASCADE) * index)
        if show:
            window.show()
        windows.append(window)
    return windows


def opening_names(args: list[str]) -> list[str]:
    """What each window opens, as its frame says: the files' names; with none, the last map's,
    else the example's, which opens untitled."""
    if args:
        return [Path(arg).name for arg in args]
    last = AppSettings().last_file()
    if last is not None and last.is_file():
        return [last.name]
    return [QCoreApplication.translate("FileController", "Untitled")]


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
    from journeymap.formats import journey_file

    example = paths.example_map(interface_language())
    if not example.is_file():
        return
    try:
        journey = journey_file.load(example)
    except journey_file.JourneyFileError:
        return  # a broken bundled example must not stop the editor; the map stays empty
    window.files.adopt(journey, None, None)


def offer_recovery(window: MainWindow) -> None:
    from journeymap.ui.window.recovery import RecoveryDialog, pending_entries

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


# ---- the moments a user sees ---------------------------------------------------------------


class _FirstPaint(QObject):
    """Calls ``then`` once every widget watched has been painted, in the next event-loop turn
    (by then the paint is on the screen); after :data:`UNPAINTED_MS` without, it calls anyway."""

    def __init__(self, widgets: list[QWidget], then: Callable[[], None]) -> None:
        super().__init__(widgets[0])
        self._waiting = list(widgets)
        self._then: Callable[[], None] | None = then
        for widget in widgets:
            widget.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self._waiting:
            self._waiting.remove(watched)
            watched.removeEventFilter(self)
            if not self._waiting:
                QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        for widget in self._waiting:
            widget.removeEventFilter(self)
        self._waiting.clear()
        if then is not None:
            then()


def after_first_paint(widgets: list[QWidget] | list[MainWindow], then: Callable[[], None]) -> None:
    """Run ``then`` once ``widgets`` have all been painted on the screen for the first time."""
    _FirstPaint(list(widgets), then)


def note_startup(event: str) -> None:
    """Append ``EVENT MONOTONIC_SECONDS PROCESSOR_SECONDS`` to the file named by
    ``JOURNEYMAP_STARTUP_TRACE``, if set: how long the start took to what a user sees, read
    by benchmarks/bench_startup.py (the same clock as its ``time.monotonic()``)."""
    path = os.environ.get(TRACE_VARIABLE)
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as trace:
            trace.write(f"{event} {time.monotonic():.6f} {time.process_time():.6f}\n")
    except OSError:
        pass  # a trace that cannot be written must not stop the editor
