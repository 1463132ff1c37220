"""The inline editors laid over the canvas: a card's or header's title, a text cell's note.

Each follows its item when the view scrolls or zooms, scales its font with the zoom,
commits when focus leaves (the title on Enter, the multi-line note on Ctrl+Enter) and
cancels on Escape. They know nothing of the model: the view gives them the text and a
callback that builds the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QPlainTextEdit, QWidget
from shiboken6 import isValid

from journeymap.render.layout import CELL_PAD, CELL_PAD_X
from journeymap.render.text import reading_side

TITLE_HEIGHT = 30.0  # scene units of the card's title line the editor covers
CELL_MIN_HEIGHT = 96.0  # scene units: room for a few lines even in an empty cell
CELL_MAX_CHARS = 20_000  # the model's limit for a cell's text


if TYPE_CHECKING:
    _Widget = QWidget  # for the type checker: the mixin always sits before a QWidget class
else:
    _Widget = object


class _OverlayEditing(_Widget):
    """What both editors share: following the view, commit once, cancel on Escape, commit
    when focus leaves. Mixed in before the Qt widget class."""

    _view: QGraphicsView
    _scene_rect: QRectF

    def _attach(
        self,
        view: QGraphicsView,
        scene_rect: QRectF,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
    ) -> None:
        self._view = view
        self._scene_rect = QRectF(scene_rect)
        self._on_commit = on_commit
        self._on_close = on_close
        self._done = False
        view.horizontalScrollBar().valueChanged.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self.follow)
        self.follow()
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    follow: Callable[[], None]  # each editor lays itself over its item
    selectAll: Callable[[], None]  # both editors' Qt classes have one
    committed_text: Callable[[], str]  # each editor says what it commits (a line, or the note)

    def commit(self) -> None:
        if not self._done:
            text = self.committed_text()
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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason and isValid(self._view):
            self.commit()  # (not while the view is being destroyed: nothing to commit to)


class InlineEditor(_OverlayEditing, QLineEdit):
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
        self.setFrame(True)
        self.setMaxLength(200)
        self._attach(view, scene_rect, on_commit, on_close)

    def committed_text(self) -> str:
        return self.text()

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # saved and closed; QLineEdit would pass the key on to the canvas, where Enter
            # means "rename the selection" and would open the editor again
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)


class CellTextEditor(_OverlayEditing, QPlainTextEdit):
    """The note of one text-lane cell, edited in place over the cell (several lines)."""

    def __init__(
        self,
        view: QGraphicsView,
        scene_rect: QRectF,
        text: str,
        *,
        on_commit: Callable[[str], None],
        on_close: Callable[[], None],
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("cell-editor")
        self.setPlainText(text)
        self.setTabChangesFocus(True)
        self.setToolTip(self.tr("Ctrl+Enter to finish, Esc to cancel"))
        self._attach(view, scene_rect, on_commit, on_close)

    def text(self) -> str:
        return self.toPlainText()

    def set_right_to_left(self, rtl: bool) -> None:
        """Lay the note out as the cell draws it: in a right-to-left map, from the right, each
        paragraph in its own direction (an English line keeps its full stop at the end)."""
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(reading_side(rtl))
        self.document().setDefaultTextOption(option)

    def follow(self) -> None:
        """Cover the cell (at least a few lines tall) at the current zoom."""
        if self._done:
            return
        rect = QRectF(self._scene_rect)
        rect.setHeight(max(rect.height(), CELL_MIN_HEIGHT))
        box = self._view.mapFromScene(rect.adjusted(3, 3, -3, -3)).boundingRect()
        font = self.font()
        zoom = self._view.transform().m11()
        font.setPixelSize(max(9, round(13 * zoom)))
        self.setFont(font)
        side, top = round(max(0.0, CELL_PAD_X - 10) * zoom), round(max(0.0, CELL_PAD - 8) * zoom)
        self.setViewportMargins(side, top, side, 0)  # the text stays where the cell drew it
        self.setGeometry(box)

    def committed_text(self) -> str:
        return self.toPlainText()[:CELL_MAX_CHARS]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        super().keyPressEvent(event)
