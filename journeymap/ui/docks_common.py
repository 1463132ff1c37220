"""What the persona, metrics and insights docks share: a Qt relay of the Journey's signals.

The Journey speaks psygnal; widgets want Qt signals that follow the *current* journey of
a document, across Open and New, and that stop cleanly when the widget goes away (a
psygnal callback into a deleted QObject would raise). :class:`JourneyRelay` does both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

from journeymap.model.journey import Journey
from journeymap.ui.document import Document


class JourneyRelay(QObject):
    """Re-emits the document's current Journey's signals as Qt signals; ``reset`` after Open."""

    added = Signal(str, str)  # kind, id
    removed = Signal(str, str)
    changed = Signal(str, str, tuple)  # kind, id, fields
    moved = Signal(str, str, int)
    reset = Signal()

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._detach: Callable[[], None] = lambda: None
        self._attach(document.journey)
        document.journey_replaced.connect(self._on_journey_replaced)
        # a closure, not a method: it must still run once this object is half gone
        self.destroyed.connect(lambda *_: self._detach_now())

    def _detach_now(self) -> None:
        self._detach()
        self._detach = lambda: None

    def _attach(self, journey: Journey) -> None:
        pairs = (
            (journey.element_added, self._on_added),
            (journey.element_removed, self._on_removed),
            (journey.element_changed, self._on_changed),
            (journey.element_moved, self._on_moved),
        )
        for signal, slot in pairs:
            signal.connect(slot)

        def detach() -> None:
            for signal, slot in pairs:
                signal.disconnect(slot, missing_ok=True)

        self._detach = detach

    # psygnal keeps weak references to bound methods: these live as long as the relay
    def _on_added(self, kind: str, ident: str) -> None:
        self.added.emit(kind, ident)

    def _on_removed(self, kind: str, ident: str) -> None:
        self.removed.emit(kind, ident)

    def _on_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        self.changed.emit(kind, ident, fields)

    def _on_moved(self, kind: str, ident: str, index: int) -> None:
        self.moved.emit(kind, ident, index)

    def _on_journey_replaced(self) -> None:
        self._detach_now()
        self._attach(self._document.journey)
        self.reset.emit()


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
