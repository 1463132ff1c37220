"""The Conflicts panel: a merged map opens with its conflicts listed; each is resolved with
real clicks and keys as one undoable step, and the list follows the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from journeymap.formats import journey_file
from journeymap.ui.window.main_window import MainWindow
from tests.git_support import commit_edit, git, make_repo, retitle
from tests.ui.window_fixtures import shown_window

MERGED = Path(__file__).parents[2] / "formats" / "data" / "v2-conflicts.journey"


@pytest.fixture
def window(qtbot, tmp_path):
    window = shown_window(qtbot)
    path = tmp_path / "merged.journey"
    path.write_bytes(MERGED.read_bytes())
    assert window.files.open_path(path, ask=False)
    return window


def panel(window: MainWindow):
    return window.conflicts_dock.widget()


def rows(window: MainWindow) -> list[QListWidgetItem]:
    tree = panel(window).tree
    return [tree.item(i) for i in range(tree.count())]


def click(qtbot, window: MainWindow, row: QListWidgetItem) -> None:
    tree = panel(window).tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())


def test_a_merged_map_opens_with_its_conflicts_listed(window, qtbot):
    assert window.conflicts_dock.isVisible()
    assert [row.text() for row in rows(window)] == [
        "stage “Loyalty”: removed in ours, changed or still used in theirs",
        "touchpoint “Sees a banner ad”: title changed on both sides: ours “Sees a banner ad”, theirs “Sees a video ad”",
        "touchpoint “Points email” from theirs needs stage “Loyalty”, which ours removed or changed",
    ]
    assert panel(window).summary.text().startswith("3 unresolved merge conflicts")
    click(qtbot, window, rows(window)[1])
    assert window.document.selection.ids == ["tp-ad"]
    values = panel(window).values.text()
    assert "Sees a video ad" in values and "Sees an ad" in values


def test_take_theirs_then_undo_and_redo(window, qtbot):
    journey = window.document.journey
    click(qtbot, window, rows(window)[1])
    qtbot.mouseClick(panel(window).take_theirs, Qt.MouseButton.LeftButton)
    assert journey["tp-ad"].title == "Sees a video ad"
    assert len(rows(window)) == 2 and journey.count("conflict") == 2
    window.document.undo_stack.undo()
    assert journey["tp-ad"].title == "Sees a banner ad"
    assert len(rows(window)) == 3
    window.document.undo_stack.redo()
    assert journey["tp-ad"].title == "Sees a video ad"


def test_taking_their_card_brings_back_its_stage_in_one_step(window, qtbot):
    journey = window.document.journey
    click(qtbot, window, rows(window)[2])
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(panel(window).take_theirs, Qt.MouseButton.LeftButton)
    assert journey["tp-points"].stage == "st-loyalty" and journey["st-loyalty"].name == "Loyalty"
    assert window.document.undo_stack.count() == steps + 1
    assert [row.text() for row in rows(window)] == [rows(window)[0].text()]
    assert rows(window)[0].text().startswith("touchpoint “Sees a banner ad”")
    assert window.view.scene().item_for("tp-points") is not None  # on the canvas at once


def test_keep_ours_and_a_value_of_ones_own_typed_with_enter(window, qtbot):
    journey = window.document.journey
    click(qtbot, window, rows(window)[0])
    qtbot.mouseClick(panel(window).keep_ours, Qt.MouseButton.LeftButton)
    assert "st-loyalty" not in journey and len(rows(window)) == 2
    click(qtbot, window, rows(window)[0])  # the title conflict
    edit = panel(window).edited
    assert edit.text() == "Sees a banner ad"
    edit.selectAll()
    qtbot.keyClicks(edit, "Sees an ad on video")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert journey["tp-ad"].title == "Sees an ad on video"
    assert panel(window).summary.text().startswith("1 unresolved merge conflict")


def test_a_refused_value_is_said_and_changes_nothing(window, qtbot):
    click(qtbot, window, rows(window)[1])
    edit = panel(window).edited
    edit.clear()
    qtbot.mouseClick(panel(window).use_value, Qt.MouseButton.LeftButton)
    assert "tp-ad.title" in panel(window).problem.text()
    assert window.document.journey["tp-ad"].title == "Sees a banner ad"
    assert len(rows(window)) == 3


def test_resolving_all_then_saving_leaves_a_map_without_conflicts(window, qtbot, tmp_path):
    while rows(window):
        click(qtbot, window, rows(window)[0])
        qtbot.mouseClick(panel(window).take_theirs, Qt.MouseButton.LeftButton)
    assert panel(window).summary.text() == "No merge conflicts in this map."
    assert window.files.save()
    data = journey_file.load_data(window.document.path)
    assert data.conflicts == ()
    assert {t.id for t in data.touchpoints} == {"tp-ad", "tp-checkout", "tp-points"}


def test_the_map_a_stopped_git_merge_leaves_opens_with_its_conflicts(qtbot, tmp_path, monkeypatch):
    repo = make_repo(tmp_path, monkeypatch)
    commit_edit(repo, "ours", retitle("tp-search-ad", "Ours"))
    commit_edit(repo, "theirs", retitle("tp-search-ad", "Theirs"))
    git(repo, "checkout", "-q", "ours")
    assert git(repo, "merge", "--no-edit", "theirs", check=False).returncode == 1
    window = shown_window(qtbot)
    assert window.files.open_path(repo / "shop.journey", ask=False)
    assert window.conflicts_dock.isVisible()
    (row,) = rows(window)
    assert row.text().endswith("title changed on both sides: ours “Ours”, theirs “Theirs”")


def test_a_number_typed_for_a_number_field(qtbot, tmp_path):
    from journeymap.model.merge import merge

    base = journey_file.load_data(MERGED).model_copy(update={"conflicts": ()})
    card = base.touchpoints[1]
    ours, theirs = (
        base.model_copy(update={"touchpoints": (base.touchpoints[0], card.updated(emotion=e))})
        for e in (-2, 1)
    )
    path = tmp_path / "emotions.journey"
    journey_file.save(merge(base, ours, theirs).data, path, backup=False)
    window = shown_window(qtbot)
    assert window.files.open_path(path, ask=False)
    (row,) = rows(window)
    assert "emotion changed on both sides: ours -2, theirs 1" in row.text()
    click(qtbot, window, row)
    edit = panel(window).edited
    assert edit.text() == "-2"
    edit.selectAll()
    qtbot.keyClicks(edit, "very")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "not a value" in panel(window).problem.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "0")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.journey["tp-checkout"].emotion == 0
    assert rows(window) == []


def test_titles_holding_quotes_are_quoted_once(qtbot, tmp_path):
    """Two people retitled a card with quotes of its own: the conflict reads ‘…"…"’, not “…"…"”."""
    from journeymap.model.journey import Journey
    from journeymap.model.merge import merge

    base = journey_file.load_data(MERGED)
    sides = []
    for title in ('Search ad: "linen bedding sets"', 'Search ad: "organic linen"'):
        journey = Journey(base.model_copy(update={"conflicts": ()}))
        journey.apply(retitle("tp-ad", title)(journey))
        sides.append(journey.snapshot())
    path = tmp_path / "merged.journey"
    journey_file.save(merge(base.model_copy(update={"conflicts": ()}), *sides).data, path, backup=False)
    window = shown_window(qtbot)
    assert window.files.open_path(path, ask=False)
    (row,) = rows(window)
    assert row.text() == (
        'touchpoint ‘Search ad: "linen bedding sets"’: title changed on both sides: '
        'ours ‘Search ad: "linen bedding sets"’, theirs ‘Search ad: "organic linen"’'
    )
    click(qtbot, window, row)
    values = panel(window).values.text()
    assert "‘Search ad: " in values and "“Search ad" not in values
