"""One persona looks the same everywhere: initials and colour on the cards, in the Personas
panel, in the lens box and in the emotion curves' legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from journeymap.model.elements import Persona
from journeymap.model.operations import Update
from journeymap.model.persona_look import initials, persona_color
from journeymap.render.content import persona_lines
from journeymap.render.items.cards import TouchpointCard
from journeymap.ui.panels.personas.panel import PersonaManager
from journeymap.ui.window.main_window import MainWindow
from tests.ui.window_fixtures import shown_window


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return shown_window(qtbot)


def _fill(image: QImage) -> QColor:
    """The avatar's colour: a point inside its circle, above the initials."""
    return image.pixelColor(image.width() // 2, image.height() // 6)


def _panel_avatar(manager: PersonaManager, persona_id: str) -> QImage:
    item: QListWidgetItem | None = manager.list.item_for(persona_id)
    assert item is not None
    return item.icon().pixmap(36, 36).toImage()


def _lens_avatar(window: MainWindow, persona_id: str) -> QImage:
    lens = window.actions_.lens
    return lens.itemIcon(lens.findData(persona_id)).pixmap(16, 16).toImage()


def test_a_new_persona_has_one_colour_and_one_set_of_initials(window: MainWindow, qtbot: QtBot) -> None:
    manager = window.personas_dock.widget()  # the panel, built when first asked for
    assert isinstance(manager, PersonaManager)
    before = {p.id for p in window.document.journey.personas}
    qtbot.mouseClick(manager.buttons["New"], Qt.MouseButton.LeftButton)
    (new_id,) = {p.id for p in window.document.journey.personas} - before
    journey = window.document.journey
    persona = journey[new_id]
    window.document.push("Rename", [Update(persona, persona.updated(name="Maya, first-home nester"))])
    card = journey["ad"]
    window.document.push("Assign", [Update(card, card.updated(personas=(new_id,)))])
    persona = journey[new_id]
    assert isinstance(persona, Persona) and not persona.color  # coloured by its place in the map

    item = window.view.scene().item_for("ad")
    assert isinstance(item, TouchpointCard)
    (chip,) = item.content.personas
    expected = QColor(persona_color(journey, persona))
    assert chip.initials == initials(persona.name) == "MN"
    assert QColor(chip.color) == expected
    assert _fill(_panel_avatar(manager, new_id)) == expected
    assert _fill(_lens_avatar(window, new_id)) == expected

    lines = {line.persona_id: line for line in persona_lines(journey)}  # the curves and their legend
    assert QColor(lines[new_id].color) == expected


def test_a_chosen_colour_shows_everywhere(window: MainWindow) -> None:
    manager = window.personas_dock.widget()  # the panel, built when first asked for
    assert isinstance(manager, PersonaManager)
    persona = window.document.journey["bo"]
    window.document.push("Colour", [Update(persona, persona.updated(color="#2a9d8f"))])
    card = window.document.journey["receipt"]
    window.document.push("Assign", [Update(card, card.updated(personas=("bo",)))])
    item = window.view.scene().item_for("receipt")
    assert isinstance(item, TouchpointCard)
    assert QColor(item.content.personas[0].color) == QColor("#2a9d8f")
    assert _fill(_panel_avatar(manager, "bo")) == QColor("#2a9d8f")
    assert _fill(_lens_avatar(window, "bo")) == QColor("#2a9d8f")
