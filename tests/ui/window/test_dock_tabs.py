"""The panels tabbed together under the docks show their whole titles when the window opens
at its first-start size, on a large screen and on a small laptop's: no "Ou…", "Comm…"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import set_application_identity

DATA = Path(__file__).parents[2] / "formats" / "data"
EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "online-shop.journey"

FIRST_START = {
    "1920x1080": (1600, 972),  # what MainWindow._default_size opens at on these screens
    "1366x768": (1229, 691),
}


def elided_tabs(window: MainWindow) -> list[str]:
    """The titles of the dock tabs shown narrower than their whole title needs."""
    found = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue  # a panel's own tabs, or a tab row the window keeps unused
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                found.append(f"{bar.tabText(index)!r}: {bar.tabRect(index).width()}px")
    return found


def dock_tab_rows(window: MainWindow) -> list[list[str]]:
    rows = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is window and bar.isVisible():
            rows.append([bar.tabText(index) for index in range(bar.count())])
    return sorted(rows)


def open_window(qtbot: QtBot, size: tuple[int, int], path: Path) -> MainWindow:
    set_application_identity()
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(path, ask=False)
    qtbot.wait(50)
    return window


@pytest.mark.parametrize("screen", FIRST_START)
def test_no_dock_tab_is_elided_at_the_first_start_size(qtbot: QtBot, screen: str) -> None:
    window = open_window(qtbot, FIRST_START[screen], EXAMPLE)
    assert elided_tabs(window) == []
    assert dock_tab_rows(window) == [
        ["Inspector", "Personas", "Insights", "Workshop"],
        ["Outline", "History", "Comments"],
    ]
    canvas = window.view.width()
    assert canvas >= 0.45 * window.width()  # the tabs take no room from the map


def test_the_conflicts_tab_joins_without_eliding_any(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "merged.journey"
    path.write_bytes((DATA / "v2-conflicts.journey").read_bytes())
    window = open_window(qtbot, FIRST_START["1366x768"], path)
    assert window.conflicts_dock.isVisible()
    assert elided_tabs(window) == []
    assert ["Inspector", "Personas", "Insights", "Workshop", "Conflicts"] in dock_tab_rows(window)
