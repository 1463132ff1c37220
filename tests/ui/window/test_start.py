"""Starting the editor on files: a window for each, and an import offered for a workbook or a
Mermaid file given (or opened) where a map was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from journeymap import app
from journeymap.exchange import export
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
    export(sample_data("From elsewhere"), source)
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
    export(sample_data("Not wanted"), source)
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.open_path(source)
    assert window.document.journey.info.title == "Kept"


def test_hidden_panels_are_built_when_first_shown(started, tmp_path: Path) -> None:
    (window,) = started([str(write_sample(tmp_path / "a.journey"))])
    docks = (window.personas_dock, window.insights_dock, window.metrics_dock, window.comments_dock)
    lazy = [*docks, window.conflicts_dock]
    assert not any(dock.built for dock in lazy)  # all behind another tab, or hidden
    window.comments_dock.show()
    window.comments_dock.raise_()
    assert window.comments_dock.built
    assert type(window.comments_dock.widget()).__name__ == "CommentsPanel"
    assert not window.insights_dock.built
    window.metrics_dock.toggleViewAction().trigger()  # View > Panels > Metrics
    assert type(window.metrics_dock.widget()).__name__ == "MetricsPanel"


def test_starting_the_editor_loads_no_analysis_and_no_hidden_panel(tmp_path: Path) -> None:
    """What the window with a map imports (in a fresh interpreter): not the analyses and their
    networkx, not openpyxl, not the panels behind other tabs, not the image exporter."""
    import json
    import os
    import subprocess
    import sys

    path = write_sample(tmp_path / "a.journey")
    probe = (
        "import json, sys\n"
        "from journeymap import app\n"
        "application = app.make_application()\n"
        f"windows = app.open_windows([{str(path)!r}], show=False)\n"
        f"app.open_maps(windows, [{str(path)!r}])\n"
        "windows[0].show()\n"
        "application.processEvents()\n"
        "assert windows[0].document.path is not None\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    unwanted = (
        "networkx",
        "openpyxl",
        "journeymap.model.analysis",
        "journeymap.ui.panels.insights.panel",
        "journeymap.ui.panels.metrics.panel",
        "journeymap.ui.panels.personas.panel",
        "journeymap.ui.panels.comments",
        "journeymap.ui.panels.conflicts",
        "journeymap.ui.dialogs.templates",
        "journeymap.render.images",
    )
    assert not {m for m in loaded if m.startswith(unwanted)}
    assert "journeymap.render.scene" in loaded  # it did draw the map


def test_a_dropped_workbook_is_offered_for_import(started, tmp_path: Path) -> None:
    from tests.ui.window.test_main_window import drop

    (window,) = started([str(write_sample(tmp_path / "a.journey", title="Before"))])
    source = tmp_path / "dropped.xlsx"
    export(sample_data("Dropped in"), source)
    answer_next_dialog(click_button("Import"))
    assert drop(window.view.viewport(), source)
    assert window.document.journey.info.title == "Dropped in"
    assert window.document.path is None


def test_a_problem_at_start_shows_over_its_window(qtbot, tmp_path: Path) -> None:
    """The window shows once its map is in it; a file with problems shows the window first,
    so that the list of problems does not float on an empty screen."""
    set_application_identity()
    bad = tmp_path / "broken.journey"
    bad.write_text("{ not json")
    (window,) = app.open_windows([str(bad)], show=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    shown_under: list[bool] = []

    def close(dialog: QDialog) -> None:
        shown_under.append(window.isVisible())
        dialog.accept()

    answer_next_dialog(close)
    app.open_maps([window], [str(bad)])
    assert shown_under == [True]
    assert window.document.path is None and window.document.journey.count("stage") > 0  # the example
