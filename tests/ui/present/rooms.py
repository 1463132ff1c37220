"""The room's view as the tests open it: the sample map, on a screen of a given size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap.ui.document import Document
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.present.session import Presentation
from tests.ui.window_fixtures import sample_journey


def room(qtbot: QtBot, width: int, height: int, *, active: bool = False) -> AudienceWindow:
    """The audience window of the sample map, shown at ``width`` x ``height``; ``active``
    makes it the active window (the capture box's Ctrl+1..4 are shortcuts of its own)."""
    window = AudienceWindow(Presentation(Document(sample_journey())), animate=False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.setFocus()
    return window
