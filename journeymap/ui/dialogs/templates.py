"""New from template: a list of the bundled templates with a preview of the chosen one.

Templates are offered in the interface language (a Turkish interface makes Turkish maps;
an Arabic one, maps that read right to left).

The preview is a small picture of the map drawn by the same renderer as the canvas, with the
template's title, description and stages beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats import templates
from journeymap.formats.journey_file import JourneyFileError
from journeymap.model.data import JourneyData
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from journeymap.render.images import ImageExportError, render_image
from journeymap.util.i18n import arrow, interface_language

PREVIEW_SCALE = 0.25
NAME_ROLE = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    """Pick a template; ``chosen`` is its name once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New map from a template"))
        self.chosen: str | None = None
        self.list = QListWidget()
        self.list.setMaximumWidth(220)
        self._data: dict[str, JourneyData] = {}
        for name in templates.template_names():
            try:
                data = templates.load_template(name, interface_language())
            except JourneyFileError:
                continue  # a broken bundled template is left out rather than offered
            self._data[name] = data
            item = QListWidgetItem(data.journey.title)
            item.setData(NAME_ROLE, name)
            self.list.addItem(item)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(420, 200))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        preview = QVBoxLayout()
        preview.addWidget(self.picture, 3)
        preview.addWidget(scroll, 2)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(preview, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(780, 480)
        self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def select(self, name: str) -> None:
        self.list.setCurrentRow(self.names().index(name))

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(NAME_ROLE) if item is not None else None
        super().accept()

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        data = self._data[item.data(NAME_ROLE)]
        stages = arrow().join(stage.name for stage in data.stages)
        lanes = ", ".join(lane.name for lane in data.lanes)
        self.details.setText(
            self.tr("{title}\n\n{description}\n\nStages: {stages}\nLanes: {lanes}").format(
                title=data.journey.title, description=data.journey.description, stages=stages, lanes=lanes
            )
        )
        self.picture.setPixmap(preview_pixmap(data, self.picture.minimumSize()))


def preview_pixmap(data: JourneyData, size: QSize) -> QPixmap:
    """The template drawn small (by the canvas renderer), fitted into ``size``."""
    try:
        image = render_image(Journey(data), scale=PREVIEW_SCALE)
    except (JourneyError, ImageExportError):
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    if pixmap.width() > size.width() or pixmap.height() > size.height():
        pixmap = pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return pixmap
