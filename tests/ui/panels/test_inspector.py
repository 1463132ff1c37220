"""The inspector edits every field of the selection through the undo stack, and validates inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.ui.document import Document
from journeymap.ui.panels.inspector.panel import InspectorPanel
from tests.ui.window_fixtures import sample_journey


@pytest.fixture
def panel(qtbot):
    document = Document(sample_journey())
    widget = InspectorPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select(panel: InspectorPanel, ident: str) -> None:
    panel.document.selection.set([ident])


def test_nothing_selected_edits_the_journey_info(panel, qtbot):
    assert panel.heading.text() == "Journey"
    line = panel.editor("title").line
    line.selectAll()
    qtbot.keyClicks(line, "Gift journey")
    assert panel.document.journey.info.title == "Gift journey"
    assert panel.document.undo_stack.count() == 1
    panel.document.undo_stack.undo()
    assert panel.document.journey.info.title == "Shop journey"
    assert line.text() == "Shop journey"


def test_typing_a_title_is_one_undo_step(panel, qtbot):
    select(panel, "cart")
    line = panel.editor("title").line
    line.setFocus()
    line.end(False)
    qtbot.keyClicks(line, " v2")
    assert panel.document.journey["cart"].title == "Checkout page v2"
    assert panel.document.undo_stack.count() == 1
    assert line.cursorPosition() == len("Checkout page v2")  # the refresh kept the cursor
    panel.document.undo_stack.undo()
    assert panel.document.journey["cart"].title == "Checkout page"
    assert line.text() == "Checkout page"


def test_an_empty_title_shows_the_message_and_changes_nothing(panel, qtbot):
    select(panel, "cart")
    row = panel.row("title")
    row.editor.line.selectAll()
    qtbot.keyClick(row.editor.line, Qt.Key.Key_Backspace)
    assert not row.message.isHidden()
    assert "at least 1 character" in row.message.text()
    assert panel.document.journey["cart"].title == "Checkout page"
    assert panel.document.undo_stack.count() == 0
    qtbot.keyClicks(row.editor.line, "Pay")
    assert row.message.isHidden()
    assert panel.document.journey["cart"].title == "Pay"


def test_a_share_out_of_range_is_refused_inline(panel, qtbot):
    select(panel, "slow")
    row = panel.row("affected")
    qtbot.keyClicks(row.editor.line, "-5%")
    assert "is not a share" in row.message.text()
    assert panel.document.journey["slow"].affected is None
    row.editor.line.clear()
    qtbot.keyClicks(row.editor.line, "abc")
    assert "is not a share" in row.message.text()
    row.editor.line.clear()
    qtbot.keyClicks(row.editor.line, "inf")  # Python's float() would take it
    assert "is not a share" in row.message.text()
    assert panel.document.journey["slow"].affected is None
    row.editor.line.clear()
    qtbot.keyClicks(row.editor.line, "0.4")
    assert panel.document.journey["slow"].affected == 0.4
    assert row.message.isHidden()


@pytest.mark.parametrize("typed", ["40%", "40 %", "0.4", "0,4"])
def test_a_flow_share_is_typed_as_people_write_it(panel, qtbot, typed):
    """The canvas shows shares as percentages; the inspector takes them that way too."""
    select(panel, "f1")
    row = panel.row("share")
    assert row.editor.line.text() == "20%"
    row.editor.line.selectAll()
    qtbot.keyClicks(row.editor.line, typed)
    assert panel.document.journey["f1"].share == pytest.approx(0.4)
    assert row.message.isHidden()
    panel.document.selection.set([])
    select(panel, "f1")
    assert panel.row("share").editor.line.text() == "40%"


def test_combo_spin_and_checklist_edit_the_record(panel, qtbot):
    select(panel, "cart")
    stage = panel.editor("stage").combo
    stage.setCurrentIndex(stage.findData("aware"))
    stage.activated.emit(stage.currentIndex())
    assert panel.document.journey["cart"].stage == "aware"
    lanes = [panel.editor("lane").combo.itemData(i) for i in range(panel.editor("lane").combo.count())]
    assert lanes == ["web", "mail"]  # only channel lanes hold touchpoints
    personas = panel.editor("personas").list
    bo = personas.item(1)
    assert bo.text() == "Bo"
    bo.setCheckState(Qt.CheckState.Checked)
    assert panel.document.journey["cart"].personas == ("ana", "bo")
    select(panel, "slow")
    spin = panel.editor("severity").spin
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert panel.document.journey["slow"].severity == 4


def test_tags_are_a_comma_list(panel, qtbot):
    select(panel, "ad")
    line = panel.editor("tags").line
    qtbot.keyClicks(line, "seo, paid,")
    assert panel.document.journey["ad"].tags == ("seo", "paid")
    assert line.text() == "seo, paid,"  # the trailing comma the user typed stays


def test_text_lane_cells_are_fields(panel, qtbot):
    select(panel, "think")
    text = panel.editor("cells.buy").text
    text.setFocus()
    qtbot.keyClicks(text, "Is it safe?")
    assert panel.document.journey["think"].cells == {"aware": "Do I need it?", "buy": "Is it safe?"}
    assert panel.document.undo_stack.count() == 1


def test_every_kind_has_a_form(panel):
    for ident in ("aware", "web", "ana", "ad", "slow", "oneclick", "conv", "f1", "c1"):
        select(panel, ident)
        assert panel.rows, ident
        record = panel.document.journey[ident]
        for row in panel.rows.values():
            assert row.editor.shows(row.spec.get(record)), (ident, row.spec.key)


def test_form_follows_changes_made_elsewhere(panel):
    select(panel, "ad")
    record = panel.document.journey["ad"]
    from journeymap.model.operations import Update

    panel.document.push("Rename", [Update(record, record.updated(title="Banner"))])
    assert panel.editor("title").line.text() == "Banner"
    assert panel.subheading.text() == "Banner"


def test_several_selected_shows_no_fields(panel):
    panel.document.selection.set(["ad", "cart"])
    assert panel.rows == {}
    assert "2 elements" in panel.heading.text()


def test_a_stage_has_presenter_notes_for_the_console(panel, qtbot):
    select(panel, "buy")
    text = panel.editor("presenter_notes").text
    text.setFocus()
    qtbot.keyClicks(text, "Ask who paid by phone")
    assert panel.document.journey["buy"].presenter_notes == "Ask who paid by phone"
    assert panel.document.undo_stack.count() == 1
