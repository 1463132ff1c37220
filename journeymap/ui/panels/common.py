"""What the docks share: making a dock, claiming standard keys, and naming elements and kinds.

Panels import this module and never each other (an import-linter contract), so anything two
panels both need lives here or lower (the document, the relay, the model).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

from journeymap.model.describe import element_name
from journeymap.model.journey import Journey
from journeymap.util import i18n


def make_dock(widget: QWidget, main_window: QMainWindow | None, *, title: str, name: str) -> QDockWidget:
    """A dock holding ``widget``; ``name`` is the objectName that saveState() remembers."""
    dock = QDockWidget(title, main_window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    return dock


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The top-level items of ``tree``, in order."""
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def child_items(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of ``parent``, in order."""
    return [item for i in range(parent.childCount()) if (item := parent.child(i)) is not None]


class KeyHandler(QObject):
    """Gives standard keys (Delete, Copy, Paste) to ``widget`` before the window's shortcuts.

    A dock's list or table claims the key in ShortcutOverride, so the main window's Edit
    actions (which act on the canvas) do not fire while the dock has focus, and no two
    shortcuts for one key are ever ambiguous.
    """

    def __init__(self, widget: QWidget, keys: dict[QKeySequence.StandardKey, Callable[[], None]]) -> None:
        super().__init__(widget)
        self._keys = keys
        widget.installEventFilter(self)

    def _handler(self, event: QEvent) -> Callable[[], None] | None:
        if not isinstance(event, QKeyEvent):
            return None
        return next((slot for key, slot in self._keys.items() if event.matches(key)), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._handler(event) is not None:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            slot = self._handler(event)
            if slot is not None:
                slot()
                return True
        return False


# ---- names people use for elements and kinds --------------------------------------------


_KIND_NAMES: dict[str, tuple[object, object]] = {  # Qt's no-op marks return object
    "stage": (QT_TRANSLATE_NOOP("kind", "Stage"), QT_TRANSLATE_NOOP("kind", "Stages")),
    "lane": (QT_TRANSLATE_NOOP("kind", "Lane"), QT_TRANSLATE_NOOP("kind", "Lanes")),
    "persona": (QT_TRANSLATE_NOOP("kind", "Persona"), QT_TRANSLATE_NOOP("kind", "Personas")),
    "touchpoint": (QT_TRANSLATE_NOOP("kind", "Touchpoint"), QT_TRANSLATE_NOOP("kind", "Touchpoints")),
    "pain_point": (QT_TRANSLATE_NOOP("kind", "Pain point"), QT_TRANSLATE_NOOP("kind", "Pain points")),
    "opportunity": (QT_TRANSLATE_NOOP("kind", "Opportunity"), QT_TRANSLATE_NOOP("kind", "Opportunities")),
    "metric": (QT_TRANSLATE_NOOP("kind", "Metric"), QT_TRANSLATE_NOOP("kind", "Metrics")),
    "flow": (QT_TRANSLATE_NOOP("kind", "Flow"), QT_TRANSLATE_NOOP("kind", "Flows")),
    "comment": (QT_TRANSLATE_NOOP("kind", "Comment"), QT_TRANSLATE_NOOP("kind", "Comments")),
}


def kind_name(kind: str, *, plural: bool = False) -> str:
    """How people call an element kind: "Pain point", or "Pain points" with ``plural``."""
    names = _KIND_NAMES.get(kind, (kind, kind))
    return QCoreApplication.translate("kind", str(names[1] if plural else names[0]))


def element_label(journey: Journey, ident: str) -> str:
    """What a person calls an element: its name or title (a flow its two ends), else its id."""
    return element_name(journey, ident)


def ui_locale() -> QLocale:
    """The reader's locale for numbers, with thousands separators (120,000): the plain "C"
    locale of a bare system writes none, so it reads as English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def count_text(value: int | None) -> str:
    """A count as the reader writes it: 120,000 (or 120 000, 120.000 by locale)."""
    return "?" if value is None else ui_locale().toString(int(value))


def share_text(value: float | None, decimals: int | None = None) -> str:
    """A share as a percentage: whole above 10% (68%), one decimal below (5.2%)."""
    if value is None:
        return "?"
    if decimals is None:
        decimals = 0 if abs(value) >= 0.1 else 1
    return i18n.percent(value, decimals)  # the language's way: 68%, %68, ٦٨٪


class IdRows:
    """The ids behind the rows of a flat Qt model that follows the map by ids: each signal
    inserts, removes or moves one row (with Qt's begin/end calls); only Open resets."""

    def __init__(self, model: QAbstractItemModel, ids: list[str]) -> None:
        self._model = model
        self.ids = ids

    def row(self, ident: str) -> int:
        try:
            return self.ids.index(ident)
        except ValueError:
            return -1

    def insert(self, ident: str, row: int) -> None:
        self._model.beginInsertRows(QModelIndex(), row, row)
        self.ids.insert(row, ident)
        self._model.endInsertRows()

    def remove(self, ident: str) -> None:
        row = self.row(ident)
        if row >= 0:
            self._model.beginRemoveRows(QModelIndex(), row, row)
            del self.ids[row]
            self._model.endRemoveRows()

    def move(self, ident: str, index: int) -> None:
        row = self.row(ident)
        if row < 0 or row == index:
            return
        # Qt's destination is the row before which it lands, counted before the move
        self._model.beginMoveRows(QModelIndex(), row, row, QModelIndex(), index + 1 if index > row else index)
        del self.ids[row]
        self.ids.insert(index, ident)
        self._model.endMoveRows()

    def reset(self, ids: list[str]) -> None:
        self._model.beginResetModel()
        self.ids = ids
        self._model.endResetModel()
