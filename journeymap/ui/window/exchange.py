"""File > Import and File > Export in the editor (also the workshop's slides and handout),
and Edit > Copy as Image.

A thin caller of the exchange service (:mod:`journeymap.exchange`, shared with the command
line: the suffix table, ImageOptions, every format's writing); this module adds the
dialogs: choosing a file, the image options, a cancellable progress dialog, and located
problems when an import fails. Exports read the map through the document's persona lens.
Import replaces the map like Open does (asking about unsaved changes first) and leaves it
untitled, so that Save asks where to put the new .journey file instead of overwriting the
workbook.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from journeymap import exchange
from journeymap.exchange import ImageOptions
from journeymap.formats import journey_file
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from journeymap.ui.dialogs import messages
from journeymap.ui.window.background import finish, progress_dialog, reporter, run_in_background
from journeymap.util.i18n import os_reason
from journeymap.util.progress import Cancelled, Progress

if TYPE_CHECKING:
    from journeymap.ui.window.main_window import MainWindow


class ImageOptionsDialog(QDialog):
    """The options the picture format uses (the suffix table says which): scale and
    background for PNG, page size and tiling for PDF, a slide-shaped frame for PNG and SVG;
    the whole map or the selection (a framed picture is always the whole map)."""

    def __init__(
        self, format_: exchange.Format, *, selection: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Image options"))
        self._selection = tuple(selection)
        uses = format_.options
        form = QFormLayout(self)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.25)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.transparent = QCheckBox(self.tr("Transparent background"))
        self.page_size = QComboBox()
        for size in exchange.PAGE_SIZES:
            self.page_size.addItem(self.tr("Fit the map") if size == "fit" else size, size)
        self.tile = QCheckBox(self.tr("Tile a large map across pages (poster; A3 pages with Fit the map)"))
        self.selection_only = QCheckBox(self.tr("Only the selected elements"))
        self.selection_only.setEnabled(bool(selection))
        self.frame = QComboBox()
        self.frame.addItem(self.tr("As the map is drawn"), None)
        self.frame.addItem(self.tr("Fill a 16:9 slide"), "16:9")
        self.frame.addItem(self.tr("Fill a 4:3 slide"), "4:3")
        self.frame.currentIndexChanged.connect(self._on_frame_changed)
        rows = (
            ("scale", self.tr("Scale:"), self.scale),
            ("transparent", "", self.transparent),
            ("frame", self.tr("Shape:"), self.frame),
            ("page_size", self.tr("Page size:"), self.page_size),
            ("tile", "", self.tile),
            ("selection", "", self.selection_only),
        )
        for option, label, widget in rows:
            if option in uses:
                form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_frame_changed(self) -> None:
        framed = self.frame.currentData() is not None
        if framed:
            self.selection_only.setChecked(False)
        self.selection_only.setEnabled(bool(self._selection) and not framed)

    def options(self) -> ImageOptions:
        """What the user chose, with only the fields this format uses set."""
        return ImageOptions(
            scale=self.scale.value(),
            transparent=self.transparent.isChecked(),
            page_size=self.page_size.currentData(),
            tile=self.tile.isChecked(),
            selection=self._selection if self.selection_only.isChecked() else (),
            frame=self.frame.currentData(),
        )


class ExchangeActions(QObject):
    """Adds the import and export entries to a main window's File menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._importing = False
        self.import_action = self._action(self.tr("Excel Workbook or Mermaid Journey…"), self.import_dialog)
        self.export_excel = self._action(
            self.tr("Excel Workbook (.xlsx)…"), lambda: self.export_dialog(".xlsx")
        )
        self.export_image = self._action(
            self.tr("Image (PNG, SVG, PDF)…"), lambda: self.export_dialog(".png")
        )
        self.export_mermaid = self._action(
            self.tr("Mermaid Journey (.mmd)…"), lambda: self.export_dialog(".mmd")
        )
        self.export_csv = self._action(self.tr("Touchpoints as CSV…"), lambda: self.export_dialog(".csv"))
        self.export_slides = self._action(
            self.tr("Slides for a Workshop (.pptx)…"), lambda: self.export_dialog(".pptx")
        )
        self.export_handout = self._action(self.tr("Workshop Handout (PDF)…"), self.export_handout_dialog)
        self.copy_image = self._action(self.tr("Copy as &Image"), self.copy_as_image)
        self.copy_image.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_image.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.copy_image)
        window.add_file_actions([self.import_action], section="import")
        exports = [
            self.export_excel,
            self.export_image,
            self.export_slides,
            self.export_handout,
            self.export_mermaid,
            self.export_csv,
        ]
        window.add_file_actions(exports, section="export")
        window.export_menu.addSeparator()
        window.export_menu.addAction(self.copy_image)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ---- import ---------------------------------------------------------------------------

    def import_dialog(self) -> bool:
        patterns = " ".join(f"*{s}" for s in exchange.IMPORT_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a map"),
            "",
            self.tr("Workbooks and Mermaid journeys ({p})").format(p=patterns),
        )
        return self.import_path(Path(chosen)) if chosen else False

    def import_path(self, source: Path) -> bool:
        """Read ``source``; on problems list them all and keep the current map.

        Reading runs off the window's thread with a cancellable progress dialog: a large or
        hostile file never freezes the editor, and Cancel keeps the current map."""
        if self._importing:
            return False
        self._importing = True
        dialog = progress_dialog(
            self.window, self.tr("Importing {name}…").format(name=source.name), self.tr("Cancel")
        )
        label = self.tr("Importing {name}: {{step}}").format(name=source.name)
        try:
            journey = run_in_background(
                dialog, label, lambda report: Journey(exchange.import_map(source, progress=report))
            )
        except Cancelled:
            return False
        except (journey_file.JourneyFileError, JourneyError) as error:
            title = self.tr("Cannot import {name}").format(name=source.name)
            messages.show_problems(self.window, title, [str(p) for p in error.problems], path=source)
            return False
        finally:
            self._importing = False
        if not self.window.files.confirm_discard():
            return False
        self.window.files.adopt(journey, None, None)
        return True

    # ---- export ---------------------------------------------------------------------------

    def export_dialog(self, suffix: str) -> bool:
        out = self._ask_target(suffix)
        if out is None:
            return False
        if exchange.format_of(out) is None:
            out = out.with_suffix(suffix)
        return self.export_to(out)

    def export_handout_dialog(self) -> bool:
        """The workshop handout: a PDF, whatever suffix was typed, with no options to ask."""
        out = self._ask_target(".pdf", alone=True)
        if out is None:
            return False
        return self.export_to(out.with_suffix(".pdf"), ImageOptions(handout=True))

    def _ask_target(self, suffix: str, *, alone: bool = False) -> Path | None:
        """A file to write; for an image the dialog offers every image format."""
        wanted = exchange.format_of(f"map{suffix}")
        images = not alone and suffix in exchange.IMAGE_SUFFIXES
        offered = [
            f for f in exchange.FORMATS if f is wanted or (images and f.suffix in exchange.IMAGE_SUFFIXES)
        ]
        document_path = self.window.document.path
        stem = document_path.with_suffix(suffix) if document_path else Path(self._title_stem() + suffix)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(stem), ";;".join(f.file_filter() for f in offered)
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix and "*." in chosen_filter:
            path = path.with_suffix(chosen_filter.split("*")[1].rstrip(")"))
        return path

    def _title_stem(self) -> str:
        title = self.window.document.journey.info.title
        return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "journey"

    def export_to(self, out: Path, options: ImageOptions | None = None) -> bool:
        """Export the map to ``out`` (format by suffix) through the document's persona lens;
        a picture asks for its options first unless ``options`` are given."""
        document = self.window.document
        format_ = exchange.format_of(out)
        picture = format_ is not None and format_.picture
        if format_ is not None and picture and options is None and format_.options - {"persona"}:
            dialog = ImageOptionsDialog(format_, selection=document.selection.ids, parent=self.window)
            if not dialog.exec():
                return False
            options = dialog.options()
        options = replace(options or ImageOptions(), persona=document.lens)
        busy: AbstractContextManager[None] = _busy() if picture else nullcontext()
        try:
            with busy, self._progress(out) as report:
                exchange.export(document.journey, out, options, progress=report)
        except Cancelled:
            return False
        except (OSError, ValueError) as error:
            text = os_reason(error)
            messages.show_error(self.window, self.tr("Export failed"), f"{out}: {text}")
            return False
        self.window.statusBar().showMessage(self.tr("Exported {name}").format(name=out.name), 5000)
        return True

    @contextmanager
    def _progress(self, out: Path) -> Iterator[Progress]:
        """A cancellable progress dialog (shown if the export takes over 0.3 s) and the
        callback that feeds it; Cancel stops the export with nothing written."""
        dialog = progress_dialog(
            self.window, self.tr("Exporting {name}…").format(name=out.name), self.tr("Cancel")
        )
        label = self.tr("Exporting {name}: {{step}}").format(name=out.name)
        try:
            yield reporter(dialog, label, QApplication.processEvents)
        finally:
            finish(dialog)

    # ---- clipboard ------------------------------------------------------------------------

    def copy_as_image(self) -> bool:
        """The selection (or the whole map) as a crisp image on the clipboard, for slides."""
        from journeymap.render.images import ImageExportError, render_image  # not needed to start

        selection = self.window.document.selection.ids or None
        try:
            with _busy():
                image = render_image(
                    self.window.document.journey,
                    scale=2.0,
                    persona=self.window.document.lens,
                    selection=selection,
                )
        except ImageExportError as error:
            messages.show_error(self.window, self.tr("Cannot copy the image"), str(error))
            return False
        QGuiApplication.clipboard().setImage(image)
        self.window.statusBar().showMessage(self.tr("Copied the map as an image"), 3000)
        return True


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
