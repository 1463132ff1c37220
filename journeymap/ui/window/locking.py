"""Open-file locks in the window: who else has a map open, and maps opened read-only.

The lock itself is :mod:`journeymap.util.locks` (a small file beside the map, as office
programs keep). Here: asking, before a map someone else has open is opened, whether to
open it read-only or anyway (saying who has it and since when); holding the lock while
the map is open; giving it back when the map is closed or another one is opened.
A read-only map can be edited but is saved only under another name.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from journeymap.ui.dialogs import messages
from journeymap.util import locks
from journeymap.util.locks import LockOwner


class OpenChoice(Enum):
    EDIT = "edit"
    READ_ONLY = "read-only"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapLock", text)


def when_text(since: datetime) -> str:
    """A lock's time as people read it, in their time zone and locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(since.timestamp())).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def ask_locked(parent: QWidget | None, path: Path, owner: LockOwner) -> OpenChoice | None:
    """Someone else has ``path`` open: open it read-only, anyway, or not (None)."""
    chosen = messages.choose(
        parent,
        title=_tr("Map in use"),
        text=_tr("“{name}” is open by {user} on {host} since {when}.").format(
            name=path.name, user=owner.user, host=owner.host, when=when_text(owner.since)
        ),
        detail=_tr(
            "If you both save it, one of you overwrites the other's changes. Open it read-only "
            "to look (you can save a copy under another name), or open it anyway to edit it."
        ),
        choices=(
            (_tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
            (_tr("Open Anyway"), QMessageBox.ButtonRole.DestructiveRole),
        ),
        default=0,
    )
    return None if chosen is None else (OpenChoice.READ_ONLY, OpenChoice.EDIT)[chosen]


class MapLock(QObject):
    """The lock of the one map a window shows, and whether that map is read-only."""

    read_only_changed = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._held: Path | None = None
        self._read_only = False

    @property
    def read_only(self) -> bool:
        return self._read_only

    def ask(self, path: Path) -> OpenChoice | None:
        """How to open ``path``: asks only when someone else holds a live lock on it."""
        owner = locks.read_lock(path)
        if owner is None or owner.is_me() or locks.is_stale(owner):
            return OpenChoice.EDIT
        return ask_locked(self._window, path, owner)

    def hold(self, path: Path | None, choice: OpenChoice = OpenChoice.EDIT) -> None:
        """``path`` is the open map now: lock it (unless read-only), give back the last one."""
        self.release()
        self._set_read_only(choice is OpenChoice.READ_ONLY)
        if path is None or self._read_only:
            return
        try:
            locks.take_over(path)
        except OSError:
            return  # a folder where nothing can be written (a read-only share): no lock, no fuss
        self._held = path

    def hold_if_free(self, path: Path | None) -> None:
        """A map that was not opened by asking (crash recovery): locked if nobody else has it."""
        owner = locks.read_lock(path) if path is not None else None
        if owner is not None and not owner.is_me() and not locks.is_stale(owner):
            self.hold(path, OpenChoice.READ_ONLY)
        else:
            self.hold(path)

    def release(self) -> None:
        if self._held is not None:
            locks.release(self._held)
            self._held = None

    def _set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._read_only = read_only
            self.read_only_changed.emit(read_only)
