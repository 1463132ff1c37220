"""The main window: menus, shortcuts, title, docks, persona lens, drops, templates, layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from journeymap.model.cascades import removal_plan
from journeymap.model.operations import Update
from journeymap.ui.dialogs.templates import TemplateDialog
from journeymap.ui.window.actions import menu_texts
from journeymap.ui.window.main_window import MainWindow
from tests.ui.window_fixtures import answer_next_dialog, new_window, sample_journey, write_sample


@pytest.fixture
def make_window(qtbot):
    return lambda: new_window(qtbot)


@pytest.fixture
def window(make_window):
    window = make_window()
    window.files.adopt(sample_journey(), None, None)
    return window


def rename(window: MainWindow, ident: str, title: str) -> None:
    record = window.document.journey[ident]
    window.document.push("Rename", [Update(record, record.updated(title=title))])


def test_menus_hold_file_edit_view_and_help(window):
    menus = window.actions_
    assert menu_texts(menus.file_menu) == [
        "New from Template…",
        "Open…",
        "Open Recent",
        "Compare With…",
        "Save",
        "Save As…",
        "Import",
        "Export",
        "Preferences…",
        "Close",
        "Quit",
    ]
    edit = menu_texts(menus.edit_menu)
    assert edit[:2] == ["Undo", "Redo"]
    assert {"Add Stage", "Add Touchpoint", "Rename", "Delete", "Copy", "Paste", "Select All"} <= set(edit)
    assert {"Add Persona", "Add Metric"} <= set(edit)
    view = menu_texts(menus.view_menu)
    assert view[:5] == ["Zoom In", "Zoom Out", "Fit Map", "Fit Whole Map", "Actual Size (100%)"]
    assert {a.text() for a in menus.panels_menu.actions()} >= {
        "Inspector",
        "Outline",
        "History",
        "Personas",
        "Metrics",
        "Insights",
    }


def test_title_shows_the_file_and_follows_the_undo_stack(window, tmp_path):
    assert window.windowTitle().startswith("Untitled[*]")
    assert not window.isWindowModified()
    rename(window, "ad", "Banner")
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert not window.isWindowModified()
    assert window.document.journey["ad"].title == "Search ad"
    window.actions_.redo.trigger()
    assert window.document.journey["ad"].title == "Banner"
    window.files.save_to(tmp_path / "named.journey")
    assert window.windowTitle().startswith("named.journey[*]")
    assert not window.isWindowModified()


def test_keyboard_shortcuts_undo_and_save(window, qtbot, tmp_path):
    path = write_sample(tmp_path / "keys.journey")
    assert window.files.open_path(path)
    rename(window, "ad", "Banner")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey["ad"].title == "Search ad"
    qtbot.keyClick(
        window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.document.journey["ad"].title == "Banner"
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert b"Banner" in path.read_bytes()
    assert not window.isWindowModified()


def test_edit_menu_actions_reach_the_canvas(window):
    stages = window.document.journey.count("stage")
    window.edit_actions.add_stage.trigger()
    assert window.document.journey.count("stage") == stages + 1
    window.actions_.undo.trigger()
    assert window.document.journey.count("stage") == stages


def test_selection_in_outline_shows_in_inspector(window, qtbot):
    item = window.outline.item_for("cart")
    rect = window.outline.tree.visualItemRect(item)
    window.outline_dock.raise_()
    qtbot.mouseClick(window.outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.selection.ids == ["cart"]
    assert window.inspector.heading.text() == "Touchpoint"
    assert window.inspector.editor("title").line.text() == "Checkout page"
    assert window.view.journey_scene.selected_ids() == ["cart"]


def test_inspector_typing_is_one_undo_step_in_the_window(window, qtbot):
    window.document.selection.set(["slow"])
    line = window.inspector.editor("title").line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Card refused")
    assert window.document.journey["slow"].title == "Card refused"
    assert window.history.model().rowCount() == 2  # "<opened>" + one step
    window.actions_.undo.trigger()
    assert window.document.journey["slow"].title == "Slow checkout"


def test_persona_lens_lists_personas_and_sets_the_scene(window, monkeypatch):
    seen: list = []
    monkeypatch.setattr(window.view.scene(), "set_persona_lens", seen.append)
    lens = window.actions_.lens
    assert [lens.itemText(i) for i in range(lens.count())] == ["All personas", "Ana", "Bo"]
    lens.setCurrentIndex(2)
    assert seen[-1] == "bo"
    lens.setCurrentIndex(0)
    assert seen[-1] is None
    persona = window.document.journey["ana"]
    window.document.push("Rename", [Update(persona, persona.updated(name="Anna"))])
    assert lens.itemText(1) == "Anna"


def test_about_says_it_works_offline(window, monkeypatch):
    shown: list = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.actions_.about.trigger()
    assert "never uses the network" in shown[0]
    assert "0.1.0" in shown[0]


def test_new_from_template_offers_previews(window):
    rename(window, "ad", "Unsaved")

    def pick(dialog):
        assert isinstance(dialog, TemplateDialog)
        assert "customer-lifecycle" in dialog.names()
        dialog.select("customer-lifecycle")
        assert "Awareness" in dialog.details.text()
        assert not dialog.picture.pixmap().isNull()
        answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
        dialog.accept()

    answer_next_dialog(pick)
    window.actions_.new.trigger()
    assert window.document.journey.info.title == "Customer lifecycle"
    assert window.document.path is None
    assert window.document.journey.info.created is not None
    assert not window.isWindowModified()


def drop(over: QWidget, path: Path) -> bool:
    """Drag ``path`` over the widget ``over`` and drop it, delivered through its window as the
    window system does (the window finds the widget under the cursor); True if taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    where = over.mapTo(over.window(), over.rect().center())
    handle = over.window().windowHandle()
    enter = QDragEnterEvent(where, *args)
    QApplication.sendEvent(handle, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(where), *args)
    QApplication.sendEvent(handle, event)
    return True


def test_dropping_a_journey_file_opens_it(window, tmp_path):
    path = write_sample(tmp_path / "dropped.journey", title="Dropped")
    assert drop(window.inspector, path)
    assert window.document.path == path.resolve()
    other = write_sample(tmp_path / "on-canvas.journey", title="On the canvas")
    assert drop(window.view.viewport(), other)
    assert window.document.journey.info.title == "On the canvas"
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    drop(window.view.viewport(), text)  # not a map: nothing opens
    assert window.document.journey.info.title == "On the canvas"


def test_import_and_export_menus_are_filled(window):
    assert window.export_menu.menuAction().isVisible()
    assert menu_texts(window.export_menu)[:6] == [
        "Excel Workbook (.xlsx)…",
        "Image (PNG, SVG, PDF)…",
        "Slides for a Workshop (.pptx)…",
        "Workshop Handout (PDF)…",
        "Mermaid Journey (.mmd)…",
        "Touchpoints as CSV…",
    ]
    assert menu_texts(window.import_menu) == [
        "Excel Workbook or Mermaid Journey…",
        "Changes from an Excel Workbook…",
    ]


def test_layout_persists(make_window):
    first = make_window()
    first.history_dock.show()
    first.history_dock.raise_()
    first.inspector_dock.hide()
    first.close()
    second = make_window()
    assert second.inspector_dock.isHidden()
    assert not second.history_dock.visibleRegion().isEmpty()


def test_outline_double_click_shows_the_card(window, qtbot, monkeypatch):
    shown: list = []
    monkeypatch.setattr(window.view, "ensure_visible", shown.append)
    window.outline.tree.setCurrentItem(window.outline.item_for("receipt"))
    shown.clear()
    qtbot.keyClick(window.outline.tree, Qt.Key.Key_Return)
    assert shown == ["receipt"]
    assert window.view.hasFocus()


def test_window_title_follows_the_map_title_across_open(window, qtbot, tmp_path):
    line = window.inspector.editor("title").line
    line.selectAll()
    qtbot.keyClicks(line, "Gift cards")
    assert "Gift cards" in window.windowTitle()
    window.document.undo_stack.setClean()
    assert window.files.open_path(write_sample(tmp_path / "t.journey", title="Opened map"))
    line = window.inspector.editor("title").line
    line.selectAll()
    qtbot.keyClicks(line, "Renamed after open")
    assert window.windowTitle().startswith("t.journey[*] — Renamed after open")


def test_a_refused_edit_is_said_in_the_status_bar(window):
    from journeymap.model.journey import Journey

    window.files.adopt(Journey(), None, None)  # no stage, no lane: nowhere to put a card
    window.view.editor.add_touchpoint()
    assert window.statusBar().currentMessage() == "Add a stage and a channel lane first"
    assert window.document.journey.count("touchpoint") == 0


def test_emotion_curve_per_persona_from_the_view_menu(window):
    action = window.actions_.emotion_per_persona
    assert "Emotion Curve per Persona" in menu_texts(window.actions_.view_menu)
    action.trigger()
    assert window.view.scene().emotion_per_persona
    window.files.adopt(sample_journey("Another map"), None, None)
    assert window.view.scene().emotion_per_persona  # kept for the next map
    action.trigger()
    assert not window.view.scene().emotion_per_persona


def test_the_lens_box_the_canvas_and_the_exports_follow_the_document(window, monkeypatch):
    seen: list = []
    monkeypatch.setattr(window.view.scene(), "set_persona_lens", seen.append)
    window.document.set_lens("bo")
    assert window.actions_.lens.currentData() == "bo"
    assert seen == ["bo"]
    window.document.push("Delete Bo", removal_plan(window.document.journey, ["bo"]))
    assert window.actions_.lens.currentData() is None and seen[-1] is None
    assert [window.actions_.lens.itemText(i) for i in range(window.actions_.lens.count())] == [
        "All personas",
        "Ana",
    ]
