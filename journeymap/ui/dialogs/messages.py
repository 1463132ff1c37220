"""The small dialogs of the window: save changes?, file changed on disk, problems, errors, about.

Each is one function so that callers read as the question they ask. Questions use
QMessageBox instances with named buttons (tests answer them by clicking the button);
the problems dialog shows every located problem in a list the user can select and copy.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_save_changes(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: what to do with unsaved changes to ``name``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved changes"))
    box.setText(_tr("Save the changes to “{name}” before closing it?").format(name=name))
    box.setInformativeText(_tr("If you don't save, your changes since the last save are lost."))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton())
    return clicked if clicked != buttons.NoButton else buttons.Cancel


class DiskChoice(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def ask_disk_changed(parent: QWidget | None, path: Path) -> DiskChoice:
    """Someone changed the file since we opened it: reload theirs, overwrite, or cancel."""
    chosen = choose(
        parent,
        title=_tr("File changed on disk"),
        text=_tr("“{name}” was changed by another program since you opened it.").format(name=path.name),
        detail=_tr(
            "Reload it (your unsaved changes are lost), or overwrite it with your version (theirs is lost)."
        ),
        choices=(
            (_tr("Reload"), QMessageBox.ButtonRole.DestructiveRole),
            (_tr("Overwrite"), QMessageBox.ButtonRole.AcceptRole),
        ),
        default=None,
    )
    return (DiskChoice.RELOAD, DiskChoice.OVERWRITE, DiskChoice.CANCEL)[2 if chosen is None else chosen]


def choose(
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    detail: str,
    choices: tuple[tuple[str, QMessageBox.ButtonRole], ...],
    default: int | None,
) -> int | None:
    """A warning with named choices and Cancel: the index of the choice clicked, or None.
    ``default`` is the choice Enter picks (None: Cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    buttons = [box.addButton(label, role) for label, role in choices]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if default is None else buttons[default])
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if clicked is button), None)


class ProblemsDialog(QDialog):
    """Every located problem of a file, one per line, selectable and copyable."""

    def __init__(
        self, title: str, problems: list[str], *, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problems = list(problems)
        count = len(self.problems)
        intro = self.tr("%Ln problem(s) found. Nothing was changed.", "", count)
        if path is not None:
            intro = self.tr("%Ln problem(s) in {path}. Nothing was changed.", "", count).format(path=path)
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.addItems(self.problems)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy all"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems))


def show_problems(
    parent: QWidget | None, title: str, problems: list[str], *, path: Path | None = None
) -> None:
    ProblemsDialog(title, problems, path=path, parent=parent).exec()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_about(parent: QWidget | None) -> None:
    text = _tr(
        "<h3>journeymap {version}</h3>"
        "<p>A desktop editor for customer journey maps: stages, touchpoints, emotions, "
        "pain points, opportunities, personas and metrics, kept as open .journey files.</p>"
        "<p>Works offline: journeymap never uses the network.</p>"
    ).format(version=__version__)
    QMessageBox.about(parent, _tr("About journeymap"), text)
