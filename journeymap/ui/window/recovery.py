"""Crash recovery: autosave of unsaved work every 30 s, and the offer to restore it after a crash.

Each open document writes ``<session>.journey`` (the map) and ``<session>.json`` (which file
it belongs to, and that file's stamp when it was opened) into ``<AppDataLocation>/recovery/``,
only while it has unsaved changes. The files go when the document becomes clean (saved,
undone to the saved state, replaced) or is closed. A ``<session>.lock`` QLockFile is held for
as long as the session lives: a recovery file whose lock can be taken belongs to a program
that is gone, i.e. it crashed, and is offered at the next start.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats import journey_file
from journeymap.ui.document import Document
from journeymap.ui.language import local_date_time
from journeymap.ui.window.files import FileStamp
from journeymap.ui.window.settings import data_dir
from journeymap.util.atomic import write_atomically

AUTOSAVE_MS = 30_000
_META = ".json"
_LOCK = ".lock"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    """One crashed session's unsaved map."""

    map_file: Path
    original: Path | None
    title: str
    saved_at: datetime | None
    stamp: FileStamp | None

    @property
    def session(self) -> str:
        return self.map_file.stem

    def files(self) -> list[Path]:
        return [self.map_file.with_suffix(s) for s in (journey_file.SUFFIX, _META, _LOCK)]

    def discard(self) -> None:
        for path in self.files():
            path.unlink(missing_ok=True)


def pending_entries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recovery files left by sessions that are no longer running, newest first."""
    folder = folder or recovery_dir()
    entries = []
    for map_file in sorted(folder.glob("*" + journey_file.SUFFIX)):
        if _owner_is_alive(map_file.with_suffix(_LOCK)):
            continue
        entries.append(_read_entry(map_file))
    return sorted(entries, key=lambda e: e.saved_at or datetime.min.replace(tzinfo=UTC), reverse=True)


def _owner_is_alive(lock_path: Path) -> bool:
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
    if lock.tryLock(0):
        lock.unlock()
        return False
    return True


def _read_entry(map_file: Path) -> RecoveryEntry:
    try:
        meta = json.loads(map_file.with_suffix(_META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    original = meta.get("original")
    saved = meta.get("saved_at")
    try:
        saved_at = datetime.fromisoformat(saved) if isinstance(saved, str) else None
    except ValueError:
        saved_at = None
    return RecoveryEntry(
        map_file=map_file,
        original=Path(original) if isinstance(original, str) and original else None,
        title=str(meta.get("title", map_file.stem)),
        saved_at=saved_at,
        stamp=FileStamp.from_json(meta.get("stamp")),
    )


class Autosaver(QObject):
    """Writes the document's recovery file every ``AUTOSAVE_MS`` while it has unsaved changes."""

    def __init__(
        self,
        document: Document,
        stamp_of: Callable[[], FileStamp | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._stamp_of = stamp_of  # the open file's stamp, so a restored map still warns
        self.folder = recovery_dir()
        self.session = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._lock: QLockFile | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        document.modified_changed.connect(self._on_modified_changed)

    @property
    def map_file(self) -> Path:
        return self.folder / f"{self.session}{journey_file.SUFFIX}"

    def autosave(self) -> bool:
        """Write the recovery files now if there is unsaved work; True when written."""
        if not self._document.modified:
            return False
        try:
            self._hold_lock()
            meta = self._meta()
            write_atomically(self.map_file.with_suffix(_META), meta)
            write_atomically(self.map_file, journey_file.dumps(self._document.journey))
        except OSError:
            return False  # a full disk must not interrupt the user; the next tick retries
        return True

    def remove(self) -> None:
        """Drop this session's recovery files (the work is saved, discarded or closed)."""
        for suffix in (journey_file.SUFFIX, _META):
            self.map_file.with_suffix(suffix).unlink(missing_ok=True)

    def close(self) -> None:
        self.timer.stop()
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _hold_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(self.map_file.with_suffix(_LOCK)))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                raise OSError("recovery lock is taken")
            self._lock = lock

    def _meta(self) -> bytes:
        path = self._document.path
        stamp = self._stamp_of() if self._stamp_of is not None else None
        meta = {
            "original": str(path) if path is not None else None,
            "title": self._document.journey.info.title,
            "saved_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "stamp": stamp.to_json() if stamp is not None else None,
        }
        return json.dumps(meta, indent=2).encode("utf-8")

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.remove()


class RecoveryDialog(QDialog):
    """Lists unsaved maps from sessions that ended unexpectedly; the user restores one."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = list(entries)
        self.chosen: RecoveryEntry | None = None
        self.discard_all = False
        label = QLabel(
            self.tr("journeymap did not close properly last time. These maps had unsaved changes:")
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        for entry in self.entries:
            self.list.addItem(self._item(entry))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard all"))
        later = QPushButton(self.tr("Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _item(self, entry: RecoveryEntry) -> QListWidgetItem:
        where = str(entry.original) if entry.original else self.tr("never saved")
        when = local_date_time(entry.saved_at) if entry.saved_at else "?"
        text = self.tr("{title} — {where} (autosaved {when})").format(
            title=entry.title, where=where, when=when
        )
        return QListWidgetItem(text)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.chosen = self.entries[row]
            self.accept()

    def _discard(self) -> None:
        self.discard_all = True
        self.accept()
