"""The inline title editor: a line edit laid over a card or header on the canvas.

It follows the item when the view scrolls or zooms, scales its font with the zoom,
commits on Enter or when focus leaves, and cancels on Escape. It knows nothing of the
model: the view gives it the text and a callback that builds the edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

TITLE_HEIGHT = 30.0  # scene units of the card's title line the editor covers


class InlineEditor(QLineEdit):
    def __init__(
        self,
        view: QGraphicsView,
        scene_rect: QRectF,
        text: str,
        *,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
    ) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("inline-editor")
        self._view = view
        self._scene_rect = QRectF(scene_rect)
        self._on_commit = on_commit
        self._on_close = on_close
        self._done = False
        self.setFrame(True)
        self.setMaxLength(200)
        self.returnPressed.connect(self.commit)
        view.horizontalScrollBar().valueChanged.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self.follow)
        self.follow()
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow(self) -> None:
        """Lay the editor over the title line of its item at the current zoom."""
        if self._done:
            return
        rect = self._scene_rect
        title = QRectF(
            rect.left() + 4, rect.top() + 4, rect.width() - 8, min(TITLE_HEIGHT, rect.height() - 8)
        )
        box = self._view.mapFromScene(title).boundingRect()
        zoom = self._view.transform().m11()
        font = self.font()
        font.setPixelSize(max(9, round(14 * zoom)))
        self.setFont(font)
        self.setGeometry(box.adjusted(0, 0, 0, max(0, self.sizeHint().height() - box.height())))

    def commit(self) -> None:
        if not self._done:
            text = self.text()
            self._close()
            self._on_commit(text)

    def cancel(self) -> None:
        if not self._done:
            self._close()

    def _close(self) -> None:
        self._done = True
        self.hide()
        self._on_close()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
