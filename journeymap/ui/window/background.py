"""Long work with a cancellable progress dialog: exports on the window's thread, imports off it.

An export reports from the window's thread (it draws with Qt) and keeps the window alive by
processing events at each report. An import is pure Python (parsing a workbook or a Mermaid
file of someone else's, which may be large), so it runs on a worker thread: the window
stays responsive, the dialog shows how far reading is, and Cancel stops the worker at its
next report. Both use the same dialog, shown only when the work takes over 0.3 s.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from journeymap.util.collector import collector_paused
from journeymap.util.progress import Cancelled, Progress

T = TypeVar("T")
_POLL_MS = 40


def progress_dialog(parent: QWidget, text: str, cancel: str) -> QProgressDialog:
    """The one progress dialog of long work: modal to the window, shown after 0.3 s."""
    dialog = QProgressDialog(text, cancel, 0, 1, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def finish(dialog: QProgressDialog) -> None:
    """The work has ended: the dialog goes away (reset alone leaves a dialog that does not
    close by itself on screen, modal, saying "done" over an empty bar)."""
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()


def run_in_background(dialog: QProgressDialog, label: str, work: Callable[[Progress], T]) -> T:
    """``work(progress)`` on a worker thread while ``dialog`` shows its reports (``label``
    formatted with ``{step}``); returns its result or raises its exception, or
    :class:`Cancelled` when the user cancelled. The window's events keep flowing meanwhile."""
    cancel = threading.Event()
    latest: list[tuple[str, int, int]] = []
    outcome: dict[str, Any] = {}

    def report(step: str, done: int, total: int) -> None:
        latest[:] = [(step, done, total)]  # read by the window's thread at its next poll
        if cancel.is_set():
            raise Cancelled

    def run() -> None:
        try:
            outcome["result"] = work(report)
        except BaseException as error:  # handed to the window's thread, raised there
            outcome["error"] = error

    worker = threading.Thread(target=run, name="journeymap-background", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(_POLL_MS)
    timer.timeout.connect(lambda: _poll(dialog, label, latest, cancel, worker, loop))
    # No cyclic collection while the worker runs: what it reads stays (the collector's
    # passes over it are waste), and a pass on the window's thread in the middle of the
    # nested event loop, with the worker's objects half made, once ended in a crash in a
    # full test run (not reproduced since). The collector runs again once both are done.
    with collector_paused():
        worker.start()
        timer.start()
        loop.exec()
        timer.stop()
        worker.join()
    # Cancel pressed while the work was ending still means "keep what I had": the result
    # of work the user cancelled is never handed on, however far the worker got.
    cancelled = cancel.is_set() or dialog.wasCanceled()
    finish(dialog)
    if cancelled:
        raise Cancelled
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def _poll(
    dialog: QProgressDialog,
    label: str,
    latest: list[tuple[str, int, int]],
    cancel: threading.Event,
    worker: threading.Thread,
    loop: QEventLoop,
) -> None:
    if latest:
        step, done, total = latest[0]
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1) - 1))  # full only when the work has ended
        dialog.setLabelText(label.format(step=step))
    if dialog.wasCanceled():
        cancel.set()
    if not worker.is_alive():
        loop.quit()


def reporter(dialog: QProgressDialog, label: str, process_events: Callable[[], object]) -> Progress:
    """A progress callback for work on the window's thread (exports): it updates ``dialog``,
    lets the window's events through, and raises :class:`Cancelled` after Cancel."""

    def report(step: str, done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(label.format(step=step))
        process_events()
        if dialog.wasCanceled():
            raise Cancelled

    return report
