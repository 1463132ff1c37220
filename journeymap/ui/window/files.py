"""New, Open, Save and Save As for one document, as every good desktop program does them.

What this owns:
- the "was the file changed on disk since we read or wrote it?" check (:class:`FileStamp`:
  modification time, size and SHA-256 of the bytes), asked before every save to the same file;
- saving: the snapshot is written with ``info.modified`` set to now *in the saved bytes only*.
  Saving is not an edit, so it never puts a step on the undo stack; the live Journey keeps
  its old ``modified`` value until the next open. Saving then marks the stack clean;
- asking Save / Discard / Cancel before unsaved changes would be lost;
- opening: a bad file shows every located problem and leaves the current map as it was; a
  workbook or a Mermaid file (which Open cannot read) is offered for import instead.
- the open-file lock beside the map (:mod:`.locking`): a map someone else has open is
  opened read-only or anyway, by asking; a read-only map is saved only under another name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymap.exchange import IMPORT_SUFFIXES
from journeymap.formats import journey_file, templates
from journeymap.model.data import JourneyData
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from journeymap.ui.dialogs import messages
from journeymap.ui.document import Document
from journeymap.ui.window.locking import MapLock
from journeymap.ui.window.settings import AppSettings
from journeymap.util.atomic import write_atomically
from journeymap.util.i18n import interface_language, os_reason


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path, content: bytes | None = None) -> FileStamp | None:
        try:
            info = path.stat()
            if content is not None:
                digest = hashlib.sha256(content).hexdigest()
            else:
                with path.open("rb") as stream:
                    digest = hashlib.file_digest(stream, "sha256").hexdigest()
        except OSError:
            return None
        return cls(info.st_mtime_ns, info.st_size, digest)

    def differs_on_disk(self, path: Path) -> bool:
        """True when the content changed (a touch that keeps the bytes is no change).

        The bytes are compared (by their SHA-256) even when size and modification time are
        the same: an outside edit that keeps the size and sets the time back (``touch -r``,
        a sync tool, a checkout) must not be saved over unnoticed."""
        try:
            info = path.stat()
        except OSError:
            return False  # gone: saving simply writes it again
        if info.st_size != self.size:
            return True
        current = FileStamp.of(path)
        return current is None or current.sha256 != self.sha256

    def to_json(self) -> dict[str, object]:
        return {"mtime_ns": self.mtime_ns, "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_json(cls, value: object) -> FileStamp | None:
        if not isinstance(value, dict):
            return None
        try:
            return cls(int(value["mtime_ns"]), int(value["size"]), str(value["sha256"]))
        except (KeyError, TypeError, ValueError):
            return None


def stamped_snapshot(journey: Journey, *, now: datetime | None = None) -> JourneyData:
    """The snapshot to save: ``modified`` set to now (and ``created`` if it was never set)."""
    data = journey.snapshot()
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    info = data.journey.updated(modified=stamp, created=data.journey.created or stamp)
    return data.model_copy(update={"journey": info})


def file_filter() -> str:
    text = QCoreApplication.translate("FileController", "Journey maps (*{suffix});;All files (*)")
    return text.format(suffix=journey_file.SUFFIX)


class FileController(QObject):
    """File commands for the document shown in ``window``."""

    recent_changed = Signal()
    saved = Signal(object)  # Path
    opened = Signal(object)  # Path | None

    def __init__(self, document: Document, window: QWidget, settings: AppSettings) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self._settings = settings
        self.stamp: FileStamp | None = None
        self.importer: Callable[[Path], bool] | None = None
        """Imports a workbook or a Mermaid file (File > Import): what Open offers for them."""
        self.lock = MapLock(window)

    # ---- asking before changes are lost -------------------------------------------------

    def confirm_discard(self) -> bool:
        """True when the current map may be replaced or closed (saved, discarded or clean)."""
        if not self._document.modified:
            return True
        answer = messages.ask_save_changes(self._window, self.display_name())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        path = self._document.path
        return path.name if path is not None else self.tr("Untitled")

    # ---- new and open -------------------------------------------------------------------

    def new_from_template(self, name: str) -> bool:
        try:
            journey = Journey(templates.new_from_template(name, language=interface_language()))
        except (KeyError, journey_file.JourneyFileError, JourneyError) as error:
            messages.show_problems(self._window, self.tr("Cannot use this template"), _problems_of(error))
            return False
        if not self.confirm_discard():
            return False
        self._replace(journey, None, None)
        return True

    def open_dialog(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open journey map"), self._start_folder(), file_filter()
        )
        return self.open_path(Path(chosen)) if chosen else False

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path``; on a bad file show every problem and keep the current map."""
        if self.importer is not None and path.suffix.lower() in IMPORT_SUFFIXES:
            return self._offer_import(path, self.importer)
        journey = self.read(path)
        if journey is None:
            return False
        if ask and not self.confirm_discard():
            return False
        choice = self.lock.ask(path.resolve())
        if choice is None:
            return False
        self._replace(journey, path, FileStamp.of(path))
        self.lock.hold(self._document.path, choice)
        self._settings.add_recent_file(path)
        self.recent_changed.emit()
        return True

    def _offer_import(self, path: Path, importer: Callable[[Path], bool]) -> bool:
        """A workbook or a Mermaid journey is no map to open, but it can be imported as one."""
        box = QMessageBox(self._shown_window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import instead?"))
        if path.suffix.lower() == ".xlsx":
            text = self.tr("“{name}” is an Excel workbook, not a journey map.")
        else:
            text = self.tr("“{name}” is a Mermaid journey, not a journey map.")
        box.setText(text.format(name=path.name))
        box.setInformativeText(self.tr("Import it as a new, untitled map? The file itself is not changed."))
        accept = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept and importer(path)

    def read(self, path: Path) -> Journey | None:
        """Load a map, or show its problems (a list the user can copy) and return None."""
        try:
            return journey_file.load(path)
        except journey_file.JourneyFileError as error:
            title = self.tr("Cannot open {name}").format(name=path.name)
            messages.show_problems(self._shown_window(), title, [str(p) for p in error.problems], path=path)
            return None

    def _shown_window(self) -> QWidget:
        """The window, shown: at start-up a window shows once its map is in it, and a question
        or a problem about that map must not float on an empty screen before it."""
        if not self._window.isVisible():
            self._window.show()
        return self._window

    def adopt(self, journey: Journey, path: Path | None, stamp: FileStamp | None) -> None:
        """Show a map that was read elsewhere (crash recovery), with the stamp it was opened with."""
        self._replace(journey, path, stamp)
        self.lock.hold_if_free(self._document.path)

    def close_file(self) -> None:
        """The window closes: give back the map's lock."""
        self.lock.release()

    def _replace(self, journey: Journey, path: Path | None, stamp: FileStamp | None) -> None:
        self.lock.hold(None)  # the map shown until now is closed
        self.stamp = stamp
        self._document.replace(journey, path.resolve() if path is not None else None)
        self.opened.emit(self._document.path)

    # ---- save ---------------------------------------------------------------------------

    def save(self) -> bool:
        path = self._document.path
        if path is None or self.lock.read_only:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save journey map as"), self._suggested_path(), file_filter()
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix != journey_file.SUFFIX:
            path = path.with_name(path.name + journey_file.SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        path = path.resolve()
        if self.lock.read_only and path == self._document.path:
            messages.show_error(
                self._window,
                self.tr("Opened read-only"),
                self.tr("{name} is open elsewhere: save your version under another name.").format(
                    name=path.name
                ),
            )
            return False
        if not self._may_write(path):
            return False
        raw = journey_file.dumps(stamped_snapshot(self._document.journey))
        try:
            write_atomically(path, raw, backup=True)
        except OSError as error:
            messages.show_error(
                self._window,
                self.tr("Cannot save"),
                self.tr("{path} could not be written: {reason}").format(
                    path=path, reason=os_reason(error)
                ),
            )
            return False
        self.stamp = FileStamp.of(path, raw)
        if path != self._document.path or self.lock.read_only:
            self.lock.hold(path)  # saved under a new name: that file is the one we have open now
        self._document.set_path(path)
        self._document.undo_stack.setClean()
        self._settings.add_recent_file(path)
        self.recent_changed.emit()
        self.saved.emit(path)
        return True

    def _may_write(self, path: Path) -> bool:
        """Warn when the file we opened was changed by someone else since."""
        if path != self._document.path or self.stamp is None or not self.stamp.differs_on_disk(path):
            return True
        answer = messages.ask_disk_changed(self._window, path)
        if answer == messages.DiskChoice.RELOAD:
            journey = self.read(path)
            if journey is not None:
                self._replace(journey, path, FileStamp.of(path))
            return False
        return answer == messages.DiskChoice.OVERWRITE

    # ---- folders ------------------------------------------------------------------------

    def _start_folder(self) -> str:
        path = self._document.path
        if path is not None:
            return str(path.parent)
        recent = self._settings.recent_files()
        return str(recent[0].parent) if recent else QDir.homePath()

    def _suggested_path(self) -> str:
        path = self._document.path
        if path is not None:
            return str(path)
        title = self._document.journey.info.title.strip() or self.tr("Untitled")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        return str(Path(self._start_folder()) / f"{safe}{journey_file.SUFFIX}")


def _problems_of(error: Exception) -> list[str]:
    problems = getattr(error, "problems", None)
    if problems:
        return [str(p) for p in problems]
    return [str(error.args[0]) if error.args else str(error)]
