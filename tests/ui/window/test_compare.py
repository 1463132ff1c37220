"""File > Compare With… and an edited Excel workbook brought into the open map: the
differences on a canvas and in a list, a click selects, each change (or all of them) taken
into the open map as one undoable step; a workbook's changes are shown before they apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QGraphicsRectItem

from journeymap import exchange
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import Stage, Touchpoint
from journeymap.ui.window.changes import OP_COLORS
from journeymap.ui.window.compare import CompareWindow
from tests.ui.window_fixtures import answer_next_dialog, sample_data, shown_window, write_sample

LOYALTY = Stage(id="loyal", name="Loyalty")
POINTS = Touchpoint(id="points", stage="loyal", lane="mail", title="Points email")


def theirs() -> JourneyData:
    """The sample map as a colleague edited it: a card renamed, one moved, one removed
    (with what hangs on it), a stage and a card added."""
    data = sample_data()
    ad, cart, _receipt = data.touchpoints
    return data.model_copy(
        update={
            "stages": (*data.stages, LOYALTY),
            "touchpoints": (ad.updated(title="Video ad"), cart.updated(lane="mail"), POINTS),
        }
    )


@pytest.fixture
def window(qtbot, tmp_path):
    window = shown_window(qtbot)
    assert window.files.open_path(write_sample(tmp_path / "mine.journey"), ask=False)
    return window


@pytest.fixture
def compare(window, qtbot, tmp_path, monkeypatch) -> CompareWindow:
    other = tmp_path / "theirs.journey"
    journey_file.save(theirs(), other, backup=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.compare.action.trigger()
    (shown,) = window.compare.windows
    qtbot.waitExposed(shown)
    return shown


def rows(compare: CompareWindow) -> list[str]:
    return [compare.list.item(i).text() for i in range(compare.list.count())]


def click_row(qtbot, compare: CompareWindow, starting: str) -> None:
    row = next(i for i, text in enumerate(rows(compare)) if text.startswith(starting))
    item = compare.list.item(row)
    qtbot.mouseClick(
        compare.list.viewport(), Qt.MouseButton.LeftButton, pos=compare.list.visualItemRect(item).center()
    )


def outlines(compare: CompareWindow) -> dict[str, str]:
    """The colour of the frame drawn around each element on the comparison canvas."""
    frames = [i for i in compare.scene.items() if isinstance(i, QGraphicsRectItem) and i.zValue() > 1000]
    found = {}
    for ident, item in compare.scene.items_by_id().items():
        around = item.sceneBoundingRect().adjusted(-4, -4, 4, 4)
        for frame in frames:
            if frame.rect() == around:
                found[ident] = frame.pen().color().name()
    return found


def test_the_differences_in_words_and_on_the_canvas(compare):
    assert compare.windowTitle() == "Compare with theirs.journey"
    assert rows(compare) == [
        "added stage “Loyalty”",
        "removed touchpoint “Receipt email” in “Purchase” / “Email”",
        "changed touchpoint “Video ad”: title “Search ad” → “Video ad”",
        "moved touchpoint “Checkout page”: lane “Web” → “Email”",
        "added touchpoint “Points email” in “Loyalty” / “Email”",
    ]
    assert (
        compare.summary.text()
        == "From your map to theirs.journey: 5 differences: 2 added, 1 removed, 2 changed"
    )
    frames = outlines(compare)
    assert frames["loyal"] == frames["points"] == QColor(OP_COLORS["add"]).name()
    assert frames["receipt"] == QColor(OP_COLORS["remove"]).name()
    assert frames["ad"] == frames["cart"] == QColor(OP_COLORS["change"]).name()
    assert compare.scene.item_for("receipt").opacity() < 1.0  # a ghost
    assert compare.scene.item_for("ad").opacity() == 1.0


def test_a_name_holding_quotes_is_quoted_once(window, qtbot, tmp_path):
    """A title with straight quotes of its own reads in single quotes, not in “…"…"”."""
    data = theirs()
    ad = data.touchpoints[0].updated(title='Search ad: "linen bedding"')
    other = tmp_path / "quoted.journey"
    journey_file.save(
        data.model_copy(update={"touchpoints": (ad, *data.touchpoints[1:])}), other, backup=False
    )
    compare = window.compare.compare_with(other)
    assert compare is not None
    qtbot.addWidget(compare)
    assert (
        'changed touchpoint ‘Search ad: "linen bedding"’: title “Search ad” → ‘Search ad: "linen bedding"’'
        in rows(compare)
    )


def test_a_click_selects_on_both_canvases(compare, window, qtbot):
    click_row(qtbot, compare, "moved touchpoint")
    assert window.document.selection.ids == ["cart"]
    assert compare.scene.selected_ids() == ["cart"]
    compare.scene.clearSelection()
    compare.scene.item_for("receipt").setSelected(True)  # a click on the comparison canvas
    assert compare.list.current_change().id == "receipt"


def test_taking_one_change_is_one_undoable_step_and_the_comparison_follows(compare, window, qtbot):
    journey = window.document.journey
    click_row(qtbot, compare, "added touchpoint “Points email”")
    qtbot.mouseClick(compare.take_button, Qt.MouseButton.LeftButton)
    assert journey["points"] == POINTS and journey["loyal"] == LOYALTY  # its new stage came along
    assert window.document.undo_stack.count() == 1
    assert not any(text.startswith("added touchpoint “Points email”") for text in rows(compare))
    assert not any(text.startswith("added stage “Loyalty”") for text in rows(compare))
    window.actions_.undo.trigger()
    assert "points" not in journey and "loyal" not in journey
    qtbot.waitUntil(lambda: len(rows(compare)) == 5)


def test_take_all_makes_the_two_maps_the_same(compare, window, qtbot):
    qtbot.mouseClick(compare.take_all_button, Qt.MouseButton.LeftButton)
    assert rows(compare) == []
    assert compare.summary.text().endswith("No differences: the two maps mean the same.")
    assert window.document.undo_stack.count() == 1
    assert window.document.journey["ad"].title == "Video ad" and "receipt" not in window.document.journey


def test_an_edited_workbook_shows_its_changes_before_they_apply_as_one_step(
    window, qtbot, tmp_path, monkeypatch
):
    workbook = tmp_path / "edited.xlsx"
    exchange.export(theirs(), workbook)
    before = window.document.journey.snapshot()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    seen: list = []

    def cancel(dialog) -> None:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.reject()

    answer_next_dialog(cancel)
    window.import_changes.action.trigger()
    assert seen[0][0] == "added stage “Loyalty”" and len(seen[0]) == 5
    assert window.document.journey.snapshot() == before  # Cancel: nothing changed
    answer_next_dialog(lambda dialog: qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton))
    window.import_changes.action.trigger()
    assert window.document.undo_stack.count() == 1
    assert window.document.journey["points"] == POINTS
    window.actions_.undo.trigger()
    assert window.document.journey.snapshot() == before
