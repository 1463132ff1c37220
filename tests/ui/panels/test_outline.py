"""The outline lists the map, filters it, and keeps its selection in step with the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.model.elements import Stage, Touchpoint
from journeymap.model.operations import Add, Update
from journeymap.ui.document import Document
from journeymap.ui.panels.outline import OutlinePanel
from tests.ui.window_fixtures import sample_journey


@pytest.fixture
def outline(qtbot):
    widget = OutlinePanel(Document(sample_journey()))
    qtbot.addWidget(widget)
    widget.resize(300, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_lists_stages_with_their_touchpoints_lanes_pains_and_opportunities(outline):
    tree = outline.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Stages", "Lanes", "Pain points", "Opportunities"]
    buy = outline.item_for("buy")
    assert [buy.child(i).text(0) for i in range(buy.childCount())] == ["Checkout page", "Receipt email"]
    assert outline.item_for("slow").text(0) == "Slow checkout"
    assert outline.item_for("ana") is None  # personas have their own dock


def test_filter_hides_what_does_not_match(outline, qtbot):
    qtbot.keyClicks(outline.filter_edit, "check")
    assert sorted(outline.visible_ids()) == ["buy", "cart", "slow"]
    outline.filter_edit.clear()
    assert len(outline.visible_ids()) == 11


def test_clicking_an_item_selects_it_in_the_document(outline, qtbot):
    item = outline.item_for("cart")
    rect = outline.tree.visualItemRect(item)
    qtbot.mouseClick(outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert outline.document.selection.ids == ["cart"]
    ctrl_rect = outline.tree.visualItemRect(outline.item_for("slow"))
    qtbot.mouseClick(
        outline.tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        ctrl_rect.center(),
    )
    assert outline.document.selection.ids == ["cart", "slow"]


def test_document_selection_selects_items(outline):
    outline.document.selection.set(["web", "oneclick"])
    selected = {item.data(0, Qt.ItemDataRole.UserRole) for item in outline.tree.selectedItems()}
    assert selected == {"web", "oneclick"}


def test_follows_renames_additions_and_undo(outline, qtbot):
    document = outline.document
    cart = document.journey["cart"]
    document.push("Rename", [Update(cart, cart.updated(title="Pay"))])
    assert outline.item_for("cart").text(0) == "Pay"
    document.push(
        "Add",
        [
            Add(Stage(id="keep", name="Retention")),
            Add(Touchpoint(id="news", stage="keep", lane="mail", title="News")),
        ],
        select=["news"],
    )
    qtbot.waitUntil(lambda: outline.item_for("news") is not None)
    assert outline.item_for("news").parent() is outline.item_for("keep")
    assert outline.item_for("news").isSelected()
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: outline.item_for("news") is None)
    assert outline.item_for("keep") is None


def test_enter_on_an_item_asks_to_show_it(outline, qtbot):
    outline.tree.setCurrentItem(outline.item_for("ad"))
    with qtbot.waitSignal(outline.activated) as signal:
        qtbot.keyClick(outline.tree, Qt.Key.Key_Return)
    assert signal.args == ["ad"]
