"""The persona manager, driven as a user would: clicks, typing, dialogs answered."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QColorDialog, QFileDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import Channel, Lane, PainPoint, Persona, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Update
from journeymap.ui.document import Document
from journeymap.ui.panels.personas.io import PERSONAS_MIME
from journeymap.ui.panels.personas.panel import PersonaManager, create_dock
from journeymap.ui.persona_drag import PERSONA_MIME, assign_persona_ops, persona_ids_from_mime


def small_map() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="st-a", name="Awareness"),),
            lanes=(Lane(id="ln-web", name="Web", channel=Channel.WEB),),
            personas=(
                Persona(id="pe-maya", name="Maya", role="Nester", goals=("A home",)),
                Persona(id="pe-david", name="David", role="Upgrader"),
            ),
            touchpoints=(
                Touchpoint(id="tp-1", stage="st-a", lane="ln-web", title="Search", personas=("pe-maya",)),
                Touchpoint(id="tp-2", stage="st-a", lane="ln-web", title="Ads"),
            ),
            pain_points=(PainPoint(id="pp-1", stage="st-a", title="Slow", personas=("pe-maya", "pe-david")),),
        )
    )


@pytest.fixture
def document() -> Document:
    return Document(small_map())


@pytest.fixture
def manager(qtbot: QtBot, document: Document) -> PersonaManager:
    widget = PersonaManager(document)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot: QtBot, manager: PersonaManager, persona_id: str) -> None:
    item = manager.list.item_for(persona_id)
    assert item is not None
    rect = manager.list.visualItemRect(item)
    qtbot.mouseClick(manager.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot: QtBot, manager: PersonaManager, name: str) -> None:
    qtbot.mouseClick(manager.buttons[name], Qt.MouseButton.LeftButton)


def field(manager: PersonaManager, name: str) -> QLineEdit:
    widget = manager.form.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def test_new_persona_then_typing_its_name_is_one_more_undo_step(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    click(qtbot, manager, "New")
    journey = document.journey
    assert journey.count("persona") == 3
    new = journey.personas[-1]
    assert manager.form.persona_id == new.id
    qtbot.keyClicks(field(manager, "name"), "Ada")
    assert journey[new.id].name == "Ada"
    assert document.undo_stack.count() == 2  # create, and the whole name typed
    document.undo_stack.undo()
    assert journey[new.id].name == "New persona"
    assert field(manager, "name").text() == "New persona"
    document.undo_stack.undo()
    assert new.id not in journey
    assert manager.list.count() == 2


def test_every_field_is_edited_through_the_stack(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    click_row(qtbot, manager, "pe-david")
    before = document.journey["pe-david"]
    qtbot.keyClicks(field(manager, "location"), "Leeds")
    qtbot.keyClicks(field(manager, "shops"), "IKEA, Argos")
    goals = manager.form.fields["goals"]
    assert isinstance(goals, QPlainTextEdit)
    qtbot.keyClicks(goals, "Durable")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Quick")
    box = manager.form.channel_boxes[Channel.STORE]
    assert isinstance(box, QCheckBox)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    after = document.journey["pe-david"]
    assert isinstance(after, Persona)
    assert after.location == "Leeds"
    assert after.shops == ("IKEA", "Argos")
    assert after.goals == ("Durable", "Quick")
    assert after.preferred_channels == (Channel.STORE,)
    assert document.undo_stack.count() == 4
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.journey["pe-david"] == before
    assert field(manager, "location").text() == ""


def test_an_empty_name_is_refused_beside_the_field(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    click_row(qtbot, manager, "pe-maya")
    edit = field(manager, "name")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert document.journey["pe-maya"].name == "Maya"  # type: ignore[attr-defined]
    error = manager.form.errors["name"]
    assert error.isVisible()
    assert "empty" in error.text()
    assert document.undo_stack.count() == 0
    qtbot.keyClicks(edit, "M")
    assert not error.isVisible()
    assert document.journey["pe-maya"].name == "M"  # type: ignore[attr-defined]


def test_a_too_long_role_is_refused(qtbot: QtBot, manager: PersonaManager, document: Document) -> None:
    click_row(qtbot, manager, "pe-david")
    edit = field(manager, "role")
    edit.setText("x" * 200)
    qtbot.keyClicks(edit, "y")
    assert document.journey["pe-david"].role == "Upgrader"  # type: ignore[attr-defined]
    assert "200" in manager.form.errors["role"].text()


def test_duplicate_gives_a_fresh_id_and_undoes_in_one_step(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    click_row(qtbot, manager, "pe-maya")
    click(qtbot, manager, "Duplicate")
    journey = document.journey
    assert [p.name for p in journey.personas] == ["Maya", "Maya (copy)", "David"]
    copy = journey.personas[1]
    assert copy.id not in ("pe-maya", "pe-david")
    assert copy.goals == ("A home",)
    assert manager.form.persona_id == copy.id
    document.undo_stack.undo()
    assert [p.id for p in journey.personas] == ["pe-maya", "pe-david"]


def test_delete_strips_the_persona_from_cards_in_one_step(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    journey = document.journey
    before = journey.snapshot()
    click_row(qtbot, manager, "pe-maya")
    click(qtbot, manager, "Delete")
    assert "pe-maya" not in journey
    assert journey["tp-1"].personas == ()  # type: ignore[attr-defined]
    assert journey["pp-1"].personas == ("pe-david",)  # type: ignore[attr-defined]
    assert manager.list.count() == 1
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert journey.snapshot() == before
    assert manager.list.count() == 2


def _answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_a_broken_photo_is_refused_naming_the_file(
    qtbot: QtBot, manager: PersonaManager, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "holiday.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a png")
    _answer_file_dialog(monkeypatch, broken)
    click_row(qtbot, manager, "pe-maya")
    qtbot.mouseClick(manager.form.photo_button, Qt.MouseButton.LeftButton)
    error = manager.form.errors["photo"]
    assert error.isVisible()
    assert "holiday.png" in error.text()
    assert document.journey["pe-maya"].photo is None  # type: ignore[attr-defined]
    assert document.undo_stack.count() == 0


def test_an_enormous_image_is_refused(
    qtbot: QtBot, manager: PersonaManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "banner.png"
    image = QImage(13_000, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(huge))
    _answer_file_dialog(monkeypatch, huge)
    click_row(qtbot, manager, "pe-maya")
    qtbot.mouseClick(manager.form.photo_button, Qt.MouseButton.LeftButton)
    assert "banner.png" in manager.form.errors["photo"].text()


def test_a_photo_is_scaled_and_embedded_as_png(
    qtbot: QtBot, manager: PersonaManager, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "maya.jpg"
    image = QImage(1024, 512, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc8844"))
    assert image.save(str(path), "JPG")
    _answer_file_dialog(monkeypatch, path)
    click_row(qtbot, manager, "pe-maya")
    qtbot.mouseClick(manager.form.photo_button, Qt.MouseButton.LeftButton)
    photo = document.journey["pe-maya"].photo  # type: ignore[attr-defined]
    assert photo is not None
    stored = QImage.fromData(base64.b64decode(photo), "PNG")
    assert (stored.width(), stored.height()) == (256, 128)
    assert manager.form.remove_photo_button.isEnabled()
    document.undo_stack.undo()
    assert document.journey["pe-maya"].photo is None  # type: ignore[attr-defined]


def test_colour_from_the_colour_dialog(
    qtbot: QtBot, manager: PersonaManager, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#123456")))
    click_row(qtbot, manager, "pe-david")
    qtbot.mouseClick(manager.form.color_button, Qt.MouseButton.LeftButton)
    assert document.journey["pe-david"].color == "#123456"  # type: ignore[attr-defined]


def test_copy_and_paste_into_another_map(qtbot: QtBot, manager: PersonaManager) -> None:
    click_row(qtbot, manager, "pe-maya")
    click(qtbot, manager, "Copy")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(PERSONAS_MIME)
    payload = json.loads(bytes(mime.data(PERSONAS_MIME).data()))
    assert [p["id"] for p in payload["personas"]] == ["pe-maya"]
    assert "Maya" in mime.text()

    other = Document(Journey())
    target = PersonaManager(other)
    qtbot.addWidget(target)
    target.show()
    click(qtbot, target, "Paste")
    assert [p.id for p in other.journey.personas] == ["pe-maya"]
    click(qtbot, target, "Paste")  # the id is taken now: a fresh one
    ids = [p.id for p in other.journey.personas]
    assert ids[0] == "pe-maya" and ids[1] != "pe-maya" and len(ids) == 2
    assert other.journey.personas[1].goals == ("A home",)
    other.undo_stack.undo()
    assert other.journey.count("persona") == 1


def test_import_personas_from_a_file(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "other.journey"
    journey_file.save(small_map(), source, backup=False)
    document = Document(Journey())
    manager = PersonaManager(document)
    qtbot.addWidget(manager)
    manager.show()
    _answer_file_dialog(monkeypatch, source)

    def untick_david_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    QTimer.singleShot(0, untick_david_and_accept)
    click(qtbot, manager, "Import…")
    assert [p.name for p in document.journey.personas] == ["Maya"]


def test_import_from_a_bad_file_says_why(
    qtbot: QtBot, manager: PersonaManager, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "broken.journey"
    bad.write_text("{not json", encoding="utf-8")
    _answer_file_dialog(monkeypatch, bad)
    click(qtbot, manager, "Import…")
    assert "broken.journey" in manager.status.text()
    assert document.journey.count("persona") == 2


def test_dragging_a_persona_carries_its_id_and_a_drop_assigns_it(
    manager: PersonaManager, document: Document
) -> None:
    item = manager.list.item_for("pe-david")
    assert item is not None
    mime = manager.list.mimeData([item])
    assert bytes(mime.data(PERSONA_MIME).data()) == b"pe-david"
    assert persona_ids_from_mime(mime) == ["pe-david"]
    ops = assign_persona_ops(document.journey, "pe-david", "tp-1")
    document.push("Assign persona", ops)
    assert document.journey["tp-1"].personas == ("pe-maya", "pe-david")  # type: ignore[attr-defined]
    assert assign_persona_ops(document.journey, "pe-david", "tp-1") == []
    document.undo_stack.undo()
    assert document.journey["tp-1"].personas == ("pe-maya",)  # type: ignore[attr-defined]


def test_follows_a_newly_opened_map_and_the_shared_selection(
    qtbot: QtBot, manager: PersonaManager, document: Document
) -> None:
    document.selection.set(["pe-david"])
    assert manager.form.persona_id == "pe-david"
    document.replace(Journey(JourneyData(personas=(Persona(id="pe-x", name="Xena"),))), None)
    assert manager.list.count() == 1
    assert manager.form.persona_id is None
    click_row(qtbot, manager, "pe-x")
    assert document.selection.ids == ["pe-x"]
    qtbot.keyClicks(field(manager, "role"), "Buyer")
    assert document.journey["pe-x"].role == "Buyer"  # type: ignore[attr-defined]


def test_create_dock_is_named(qtbot: QtBot, document: Document) -> None:
    dock = create_dock(document, None)
    qtbot.addWidget(dock)
    assert dock.objectName() == "personas_dock"
    assert isinstance(dock.widget(), PersonaManager)


def test_a_closed_manager_stops_listening_to_the_map(qtbot: QtBot, document: Document) -> None:
    manager = PersonaManager(document)
    manager.deleteLater()
    qtbot.waitUntil(lambda: not _alive(manager))
    persona = document.journey["pe-david"]
    document.push("Rename", [Update(persona, persona.updated(name="Dave"))])  # no callback into a dead widget
    assert document.journey["pe-david"].name == "Dave"  # type: ignore[attr-defined]


def _alive(widget: PersonaManager) -> bool:
    return Shiboken.isValid(widget)


def test_keys_in_the_list_copy_and_delete(qtbot: QtBot, manager: PersonaManager, document: Document) -> None:
    click_row(qtbot, manager, "pe-david")
    qtbot.keyClick(manager.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert persona_ids_from_mime(QGuiApplication.clipboard().mimeData()) == ["pe-david"]
    qtbot.keyClick(manager.list, Qt.Key.Key_Delete)
    assert "pe-david" not in document.journey
