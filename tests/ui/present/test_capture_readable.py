"""The capture box on the room's view reads from the back of the room: what is typed is the
size of the slides' card titles (28 px at 1080p, scaled with the screen), whole in its field,
and the box stays on the screen above the bottom edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from journeymap.model.elements import NoteKind
from journeymap.model.workshop_look import note_paper
from tests.ui.present.rooms import room


@pytest.mark.parametrize(("height", "px"), [(1080, 28), (2160, 56)])
def test_the_typed_note_is_as_big_as_the_card_titles(qtbot: QtBot, height: int, px: int) -> None:
    window = room(qtbot, height * 16 // 9, height)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_N)
    box = window.capture
    assert box.isVisible()
    qtbot.keyClicks(box.text, "Nobody reads the delivery terms")

    typed = box.text
    assert QFontInfo(typed.font()).pixelSize() == px
    assert typed.height() >= typed.fontMetrics().height() + 4  # whole in its field, not cut
    for kind in ("pain", "idea", "quote", "question"):
        button = box.findChild(type(box.kinds.button(1)), f"capture-kind-{kind}")
        assert QFontInfo(button.font()).pixelSize() == px
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
    assert QFontInfo(box.target.font()).pixelSize() >= 21 * height // 1080
    assert box.geometry().bottom() < window.height() and box.geometry().top() > window.height() // 2


def test_the_kind_chosen_wears_its_notes_paper(qtbot: QtBot) -> None:
    """From the back of the room, which kind is chosen shows: the checked button is on its
    kind's paper (the slides' colour), the others are not; Ctrl+1 moves it to Pain."""
    window = room(qtbot, 1920, 1080, active=True)
    qtbot.keyClick(window, Qt.Key.Key_N)
    box = window.capture

    def on_paper(kind: NoteKind) -> bool:
        button = box.findChild(QToolButton, f"capture-kind-{kind.value}")
        image = button.grab().toImage()
        paper = QColor(note_paper(kind)).rgb()
        return image.pixel(image.width() // 2, 6) == paper

    assert on_paper(NoteKind.IDEA) and not on_paper(NoteKind.PAIN)
    qtbot.keyClick(box.text, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert box.kind() == NoteKind.PAIN
    assert on_paper(NoteKind.PAIN) and not on_paper(NoteKind.IDEA)
