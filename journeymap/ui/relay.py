"""JourneyRelay: the model's psygnal signals as Qt signals, for the current journey of a document.

The Journey speaks psygnal (the model needs no Qt); widgets want Qt signals that follow the *current* journey of
a document, across Open and New, and that stop cleanly when the widget goes away (a
psygnal callback into a deleted QObject would raise). :class:`JourneyRelay` does both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

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
