"""What the canvas accepts when something is dragged onto it from elsewhere.

A persona from the persona manager (``application/x-journeymap-persona``) is taken by
the touchpoint or pain point card under the cursor: the card is outlined while the
drag is over it, and the drop assigns the persona(s) in ONE undo step. Anything else —
a ``.journey`` file above all — is ignored, so that Qt passes it on to the window,
which opens dropped maps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPainter, QPen

from journeymap.ui.persona_drag import PERSONA_MIME, can_assign_persona, persona_ids_from_mime

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView


class PersonaDrops:
    """The view's drop handling: which card would take the persona, and the drop itself."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self.target: str | None = None

    @staticmethod
    def carries_personas(mime: QMimeData | None) -> bool:
        return mime is not None and mime.hasFormat(PERSONA_MIME)

    def card_at(self, viewport_pos: QPoint) -> str | None:
        """The card under ``viewport_pos`` that can take a persona, if any."""
        view = self.view
        found = view.journey_scene.element_at(view.mapToScene(viewport_pos))
        if found is None or not can_assign_persona(view.document.journey, found[1]):
            return None
        return found[1]

    def enter(self, event: QDragMoveEvent) -> bool:
        """Take the drag when it carries personas (so that moves follow), whatever is under it."""
        if not self.carries_personas(event.mimeData()):
            return False
        self._set_target(self.card_at(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()  # even off a card: refusing the enter would stop the moves
        return True

    def move(self, event: QDragMoveEvent) -> bool:
        if not self.carries_personas(event.mimeData()):
            return False
        self._set_target(self.card_at(event.position().toPoint()))
        if self.target is None:
            event.ignore()  # the cursor says "no drop here"
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        return True

    def leave(self) -> None:
        self._set_target(None)

    def drop(self, event: QDropEvent) -> bool:
        if not self.carries_personas(event.mimeData()):
            return False
        card = self.card_at(event.position().toPoint())
        self._set_target(None)
        ids = persona_ids_from_mime(event.mimeData())
        if card is None or not ids:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.view.editor.assign_personas(ids, card)
        return True

    def _set_target(self, card: str | None) -> None:
        if card != self.target:
            self.target = card
            self.view.viewport().update()

    def paint(self, painter: QPainter) -> None:
        """The card that would take the drop, outlined (scene coordinates)."""
        if self.target is None or self.target not in self.view.document.journey:
            return
        rect = self.view.journey_scene.element_rect(self.target).adjusted(-4, -4, 4, 4)
        color = QColor(self.view.palette().highlight().color())
        painter.setPen(QPen(color, 3))
        color.setAlpha(36)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 10, 10)
