"""FindBar: Ctrl+F on the canvas. A slim bar over the top edge of the view.

Typing searches the map (journeymap.model.search: case- and accent-insensitive, in
reading order); every match is highlighted on the canvas, the current one is selected
and scrolled into view. Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the
previous one, Esc closes the bar and clears the highlights. The bar attaches itself to
the view (a child widget anchored to the viewport's top, on the trailing side of the
map's reading direction), so a window needs nothing but ``view.show_find()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
)

from journeymap.model.search import Match, find
from journeymap.ui.canvas.overlays import ViewportAnchor

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView

BAR_WIDTH = 380
MARGIN = 10


def _glyph_icon(shape: str, color: QColor) -> QIcon:
    """Up and down chevrons and a close cross, drawn for the palette (no font glyphs)."""
    icon = QIcon()
    for side in (16, 24, 32):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, side / 11)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        s = side / 16
        path = QPainterPath()
        if shape == "close":
            path.moveTo(4.5 * s, 4.5 * s)
            path.lineTo(11.5 * s, 11.5 * s)
            path.moveTo(11.5 * s, 4.5 * s)
            path.lineTo(4.5 * s, 11.5 * s)
        else:
            tip, base = (5.5, 10.5) if shape == "up" else (10.5, 5.5)
            path.moveTo(QPointF(3.5 * s, base * s))
            path.lineTo(QPointF(8 * s, tip * s))
            path.lineTo(QPointF(12.5 * s, base * s))
        painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class FindBar(QFrame):
    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self.setObjectName("find-bar")
        self.view = view
        self.matches: list[Match] = []
        self.current = -1
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find-text")
        self.edit.setPlaceholderText(self.tr("Find on the map"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("find-count")
        self.previous = self._button("up", self.tr("Previous match (Shift+Enter)"), lambda: self.step(-1))
        self.next = self._button("down", self.tr("Next match (Enter)"), lambda: self.step(1))
        self.close_button = self._button("close", self.tr("Close (Esc)"), self.close_bar)
        self._lay_out()
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)
        view.document.undo_stack.indexChanged.connect(self._on_map_changed)
        view.document.journey_replaced.connect(self._on_map_changed)
        self._anchor = ViewportAnchor(view, self, self._place)
        self.hide()

    def _button(self, shape: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"find-{shape}")
        button.setAutoRaise(True)
        button.setIcon(_glyph_icon(shape, self.palette().windowText().color()))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        self._restyle()
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 2)
        shadow.setColor(QColor(0, 0, 0, 60))
        self.setGraphicsEffect(shadow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addSpacing(6)
        layout.addWidget(self.count)
        layout.addSpacing(4)
        for button in (self.previous, self.next, self.close_button):
            layout.addWidget(button)

    def _restyle(self) -> None:
        """A raised panel in the window colour, so the bar reads as chrome, not as map."""
        palette = self.view.palette()
        back = palette.color(QPalette.ColorRole.Window).name()
        edge = palette.color(QPalette.ColorRole.Mid).name()
        sheet = f"QFrame#find-bar {{ background: {back}; border: 1px solid {edge}; border-radius: 8px; }}"
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    # ---- showing ---------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar with its text selected for typing; an existing query searches again."""
        rtl = self.view.rtl
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        self._anchor.update()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._search(keep=True)

    def close_bar(self) -> None:
        """Hide the bar and its highlights; the canvas gets the keyboard back."""
        self.hide()
        self._show_highlights([])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place(self, viewport: QRect) -> None:
        width = min(BAR_WIDTH, max(160, viewport.width() - 2 * MARGIN))
        self.resize(width, self.sizeHint().height())
        trailing_left = self.view.rtl  # the map's end side, away from where reading starts
        x = viewport.left() + MARGIN if trailing_left else viewport.right() + 1 - MARGIN - width
        self.move(x, viewport.top() + MARGIN)

    # ---- searching -------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._search(keep=False)

    def _on_map_changed(self, *_: object) -> None:
        if self.isVisible() and self.edit.text():
            self._search(keep=True, select=False)

    def _search(self, *, keep: bool, select: bool = True) -> None:
        """Find again; ``keep`` stays on the current match when it still matches."""
        previous = self.current_match()
        self.matches = find(self.view.document.journey, self.edit.text())
        self.current = 0 if self.matches else -1
        if keep and previous is not None and previous in self.matches:
            self.current = self.matches.index(previous)
        self._show_highlights(self.matches)
        if select:
            self._go_to_current()
        self._update_count()

    def step(self, delta: int) -> None:
        """The next (1) or previous (-1) match, wrapping around."""
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._go_to_current()
        self._update_count()

    def _go_to_current(self) -> None:
        if not 0 <= self.current < len(self.matches):
            return
        match, view = self.matches[self.current], self.view
        if match.stage is not None:
            view.document.selection.set([])
            view.editor.set_current_cell((match.stage, match.element))
            view.ensureVisible(view.cell_rect(match.stage, match.element), 24, 24)
        else:
            view.document.selection.set([match.element])
            view.ensure_visible(match.element)

    def _show_highlights(self, matches: list[Match]) -> None:
        scene = self.view.journey_scene
        scene.set_highlighted([m.element for m in matches if m.stage is None])
        self.view.set_highlighted_cells([(m.stage, m.element) for m in matches if m.stage is not None])

    def _update_count(self) -> None:
        found = len(self.matches)
        if not self.edit.text().strip():
            self.count.setText("")
        elif not found:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", QLocale().toString(self.current + 1))
                .replace("%2", QLocale().toString(found))
            )
        for button in (self.previous, self.next):
            button.setEnabled(found > 0)
        self._mark_missing(bool(self.edit.text().strip()) and not found)

    def _mark_missing(self, missing: bool) -> None:
        self.edit.setStyleSheet("QLineEdit { background: #fde2e1; color: #5c1613; }" if missing else "")

    def current_match(self) -> Match | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    # ---- keys ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Enter, F3 and Esc; True when the key was the bar's."""
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            self.step(-1 if shift else 1)
            return True
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return False
