"""Widgets laid over the canvas: the transient message toast, and the anchoring they share.

Overlays are children of the view (not of its viewport, whose children scroll with the
map) placed over the viewport's rectangle whenever it changes size. They need nothing
from the main window: a view on its own still tells the user why an edit was refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QGraphicsOpacityEffect, QLabel, QWidget

MESSAGE_MS = 4000
FADE_MS = 450
MARGIN = 14
MAX_WIDTH = 560
PADDING_X = 16


class ViewportAnchor(QObject):
    """Calls ``place(viewport_rect)`` whenever the scroll area's viewport is resized or moved
    (scroll bars appearing shrink it), with the viewport's rectangle in the view's coordinates."""

    def __init__(self, area: QAbstractScrollArea, overlay: QWidget, place: Callable[[QRect], None]) -> None:
        super().__init__(overlay)
        self._area = area
        self._place = place
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self.update()
        return False

    def update(self) -> None:
        self._place(self._area.viewport().geometry())


class MessageOverlay(QLabel):
    """A small rounded note at the bottom of the canvas that fades after a few seconds."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.setObjectName("canvas-message")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Canvas message"))
        self.duration_ms = MESSAGE_MS
        self._effect = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(self._faded)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_fade)
        self._anchor = ViewportAnchor(view, self, self._place)
        self._restyle()
        self.hide()

    def show_message(self, text: str, *, rtl: bool = False) -> None:
        """Show ``text`` (the newest message replaces the one on screen) for a few seconds."""
        self._fade.stop()
        self._effect.setOpacity(1.0)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.setText(text)
        self.setToolTip(text)
        self._anchor.update()
        self.show()
        self.raise_()
        self._timer.start(self.duration_ms)

    def _place(self, viewport: QRect) -> None:
        room = max(120, min(MAX_WIDTH, viewport.width() - 4 * MARGIN))
        natural = self.fontMetrics().horizontalAdvance(self.text()) + 2 * PADDING_X + 4
        width = max(min(120, room), min(room, natural))  # short messages, short toasts
        self.setFixedWidth(width)
        height = self.heightForWidth(width) if self.text() else self.sizeHint().height()
        self.setFixedHeight(max(self.sizeHint().height(), height))
        x = viewport.left() + (viewport.width() - width) // 2
        self.move(x, viewport.bottom() - MARGIN - self.height())

    def _start_fade(self) -> None:
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _faded(self) -> None:
        if self._effect.opacity() <= 0.01:
            self.hide()

    def _restyle(self) -> None:
        """Dark on a light canvas, light on a dark one: a toast stands out from the map."""
        parent = self.parentWidget()
        window = (parent or self).palette().color(QPalette.ColorRole.Window)
        back, fore = ("#e8eaee", "#1d2127") if window.lightness() < 128 else ("#3a3f47", "#ffffff")
        sheet = (
            f"QLabel#canvas-message {{ background: {back}; color: {fore};"
            f" border-radius: 10px; padding: 8px {PADDING_X}px; }}"
        )
        if sheet != self.styleSheet():  # a new sheet re-polishes: no loop through PaletteChange
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
