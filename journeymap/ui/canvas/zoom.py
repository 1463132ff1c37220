"""How far the canvas is zoomed: fitting the map to the window so that it stays readable.

"Fit Map" (Ctrl+0) fits the map's width to the window, never past 100%: the cards stay
large enough to read and the map scrolls down. "Fit Whole Map" shows all of it, however
small. A map that opens is fitted to the window's width when its text is readable there
(measured in device pixels), else it opens at 100% at its start; until the user zooms,
resizing the window keeps it fitted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView

READABLE_ZOOM = 0.5
"""The smallest zoom, times the screen's device pixel ratio, at which a map opens fitted:
card titles (13 px) are then at least 6.5 device pixels high."""
FIT_MAX = 1.0
"""Fitting never enlarges the map past its actual size."""


class ViewZoom(QObject):
    """The zoom policy of one view: fit to width, fit whole, fit on open."""

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self.view = view
        self.auto_fit = False
        """True from opening a map until the user zooms: resizing keeps the width fitted."""
        self._pending = False
        """A map was opened while the view was hidden: fit it when it shows."""

    def width_fit(self) -> float:
        """The zoom at which the map's width fills the viewport (at most 100%)."""
        rect = self.view.journey_scene.sceneRect()
        room = self.view.viewport().width()
        if rect.isEmpty() or room <= 0:
            return 1.0
        return min(FIT_MAX, room / rect.width())

    def readable(self, zoom: float) -> bool:
        """Whether card text reads at ``zoom`` on this screen (device pixels)."""
        return zoom * self.view.devicePixelRatioF() >= READABLE_ZOOM

    def fit_width(self) -> None:
        """Fit Map: the map's width in the window; the top of the map in view."""
        self.view.set_zoom(self.width_fit())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self._to_start()

    def fit_whole(self) -> None:
        """Fit Whole Map: all of it, however small (text too small to read is greeked)."""
        rect = self.view.journey_scene.sceneRect()
        if rect.isEmpty():
            return
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.view.set_zoom(self.view.zoom())  # clamped to the zoom range, and announced

    def on_opened(self) -> None:
        """A map was opened: fitted to the width when readable there, else 100% at its start."""
        self.auto_fit = self._pending = True
        self.apply_open_fit()

    def apply_open_fit(self) -> None:
        if not self._pending or not self.view.isVisible():
            return
        self._pending = False
        zoom = self.width_fit()
        if self.readable(zoom):
            self.view.set_zoom(zoom)
        else:
            self.view.set_zoom(1.0)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self._to_start()

    def on_resized(self) -> None:
        """The window changed size: a map still as opened stays fitted to the width."""
        if self.auto_fit and self.view.isVisible():
            zoom = self.width_fit()
            if self.readable(zoom):
                self.view.set_zoom(zoom)

    def _to_start(self) -> None:
        """Scroll to where the map begins in its reading direction: its right end for a
        right-to-left map. A right-to-left interface mirrors the scroll bar (its minimum
        shows the scene's right end), so the two directions decide together."""
        bar = self.view.horizontalScrollBar()
        right_end = bar.minimum() if self.view.isRightToLeft() else bar.maximum()
        left_end = bar.maximum() if self.view.isRightToLeft() else bar.minimum()
        bar.setValue(right_end if self.view.rtl else left_end)
