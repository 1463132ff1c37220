"""Starting the editor on files: a window for each, and an import offered for a workbook or a
Mermaid file given (or opened) where a map was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap import app
from journeymap.exchange import export_data
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import set_application_identity
from tests.ui.window_fixtures import answer_next_dialog, click_button, sample_data, write_sample


@pytest.fixture
def started(qtbot):
    """Windows as ``journeymap FILE...`` opens them, closed without questions at teardown."""
    set_application_identity()

    def start(args: list[str]) -> list[MainWindow]:
        windows = app.open_windows(args)
        for window in windows:
            qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
        app.start_all(windows, args)
        return windows

    return start


def test_two_files_open_in_two_windows(started, tmp_path: Path) -> None:
    first = write_sample(tmp_path / "a.journey", title="First")
    second = write_sample(tmp_path / "b.journey", title="Second")
    one, two = started([str(first), str(second)])
    assert one.document.path == first.resolve() and two.document.path == second.resolve()
    assert one.document.journey.info.title == "First" and two.document.journey.info.title == "Second"
    assert one.isVisible() and two.isVisible()
    assert two.pos() != one.pos()  # cascaded: both title bars show
    assert "a.journey" in one.windowTitle() and "b.journey" in two.windowTitle()


@pytest.mark.parametrize("suffix", [".xlsx", ".mmd"])
def test_a_workbook_or_mermaid_file_is_offered_for_import(started, tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"shop{suffix}"
    export_data(sample_data("From elsewhere"), source)
    before = source.read_bytes()
    seen: list = []
    answer_next_dialog(click_button("Import"), seen=seen)
    (window,) = started([str(source)])
    assert "is an Excel workbook" in seen[0].text() or "is a Mermaid journey" in seen[0].text()
    assert window.document.journey.info.title == "From elsewhere"
    assert window.document.path is None  # untitled: Save asks where, the source stays as it is
    assert source.read_bytes() == before


def test_declining_the_import_keeps_the_map(started, tmp_path: Path) -> None:
    (window,) = started([str(write_sample(tmp_path / "a.journey", title="Kept"))])
    source = tmp_path / "shop.xlsx"
    export_data(sample_data("Not wanted"), source)
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.open_path(source)
    assert window.document.journey.info.title == "Kept"
