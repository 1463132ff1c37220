"""The zoom in the status bar: it shows how far the canvas is zoomed; click it to type one.

Typing "150", "150 %" or "150%" (Turkish "%150") and Enter zooms to 150%; Escape or
leaving the field puts back the current zoom. The zoom is shown the interface language's way. A zoom outside what the canvas allows is brought within it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.language import read_number
from journeymap.util import i18n

_PERCENT_SIGNS = "%\uff05\u066a\u061c\u200e\u200f"


def percent_typed(text: str) -> float | None:
    """The zoom factor a person typed as a percentage ("150", "150 %", "%150"), else None."""
    number = read_number(text.strip().strip(_PERCENT_SIGNS).strip())
    return number / 100 if number is not None and number > 0 else None


class ZoomField(QLineEdit):
    def __init__(self, view: JourneyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoom-field")
        self.view = view
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("8888 %") + 16)
        self.setToolTip(self.tr("Zoom: click to type one (Ctrl+0 fits the map's width)"))
        self.setFrame(False)
        view.zoom_changed.connect(self._show)
        self.returnPressed.connect(self._apply)
        self._show(view.zoom())

    def _show(self, zoom: float) -> None:
        if not self.hasFocus():
            self.setText(i18n.percent(round(zoom, 2)))

    def _apply(self) -> None:
        factor = percent_typed(self.text())
        if factor is not None:
            self.view.zoom_to(factor)
        self.clearFocus()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(self.view.zoom())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clearFocus()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show(self.view.zoom())
