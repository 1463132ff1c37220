"""Starting the editor on files: a window for each, and an import offered for a workbook or a
Mermaid file given (or opened) where a map was expected."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from subprocess import DEVNULL
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from journeymap import app
from journeymap.app import TRACE_VARIABLE
from journeymap.exchange import export
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import AppSettings, set_application_identity
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


def run_probe(probe: str, tmp_path: Path) -> Any:
    """Run ``probe`` in a fresh interpreter (offscreen); what it wrote last on stderr, as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", "import json, sys\n" + probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stderr.strip().splitlines()[-1])


def test_starting_the_editor_loads_no_analysis_and_no_hidden_panel(tmp_path: Path) -> None:
    """What the window with a map imports (in a fresh interpreter): not the analyses and their
    networkx, not openpyxl, not the panels behind other tabs, not the image exporter, not
    what comparing, importing changes or finding needs."""
    path = write_sample(tmp_path / "a.journey")
    probe = (
        "from journeymap import app\n"
        "application = app.make_application()\n"
        f"windows = app.open_windows([{str(path)!r}], show=False)\n"
        f"app.open_maps(windows, [{str(path)!r}])\n"
        "windows[0].show()\n"
        "application.processEvents()\n"
        "assert windows[0].document.path is not None\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    loaded = set(run_probe(probe, tmp_path))
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
        # comparing maps and bringing in workbook changes, and the find bar: when first used
        "journeymap.ui.window.compare",
        "journeymap.ui.window.changes",
        "journeymap.model.diff",
        "journeymap.model.merge",
        "journeymap.formats.map_text",
        "journeymap.ui.canvas.find_bar",
        # the workshop presentation: when View > Present first starts it
        "journeymap.ui.present",
        "journeymap.render.slides",
    )
    assert not {m for m in loaded if any(m == u or m.startswith(f"{u}.") for u in unwanted)}
    assert "journeymap.ui.window.compare_action" in loaded  # the menu entry is there
    assert "journeymap.ui.window.present" in loaded  # and View > Present
    assert "journeymap.render.scene" in loaded  # it did draw the map


def test_the_window_shows_before_the_model_is_imported(tmp_path: Path) -> None:
    """``journeymap FILE`` shows each window's frame — its menus, toolbar, docks and a canvas
    naming the map — from Qt alone: nothing of the model (pydantic, psygnal), the file
    format, the renderer, the canvas or the panels is imported until it is on the screen.
    Then the editor goes into that same window and the map opens in it."""
    path = write_sample(tmp_path / "a.journey", title="Framed")
    probe = (
        "from journeymap import app\n"
        "application = app.make_application()\n"
        f"(frame,) = app.open_windows([{str(path)!r}], frames=True)\n"
        "application.processEvents()\n"
        "seen = dict(modules=sorted(sys.modules), title=frame.windowTitle(), visible=frame.isVisible(),\n"
        "    menus=[a.text() for a in frame.menuBar().actions()], canvas=frame.centralWidget().currentWidget().text(),\n"
        "    docks=sorted(d.objectName() for d in frame.docks() if d.isVisible()))\n"
        f"app.finish_start([frame], [{str(path)!r}])\n"
        "seen.update(title_after=frame.windowTitle(), path=str(frame.document.path),\n"
        "    shown=frame.centralWidget().currentWidget() is frame.view, tools=len(frame.toolbar.actions()))\n"
        "sys.stderr.write(json.dumps(seen))\n"
    )
    seen = run_probe(probe, tmp_path)
    heavy = ("pydantic", "psygnal", "networkx", "openpyxl")
    later = (
        "journeymap.model",
        "journeymap.formats.journey_file",
        "journeymap.render",
        "journeymap.ui.canvas",
    )
    later += ("journeymap.ui.panels", "journeymap.ui.document", "journeymap.ui.window.parts")
    assert not {m for m in seen["modules"] if m.split(".")[0] in heavy or m.startswith(later)}
    assert seen["visible"] and "a.journey" in seen["title"] and "a.journey" in seen["canvas"]
    assert seen["menus"] == ["&File", "&Edit", "&View", "&Help"]
    assert {"inspector", "outline"} <= set(seen["docks"])
    assert seen["path"] == str(path.resolve()) and seen["shown"] and seen["tools"] > 5
    assert "Framed" in seen["title_after"]  # the map's title, once it is in


def test_the_objects_of_the_start_are_collected_after_the_map_is_painted(tmp_path: Path) -> None:
    """The collector, paused for the start, runs again once the map is in the window; what
    the start made is set aside from its passes until the map has been painted, then handed
    back to it (nothing stays out of its reach)."""
    path = write_sample(tmp_path / "a.journey")
    probe = (
        "import gc, time\n"
        "gc.disable()  # as journeymap.cli does for the start\n"
        "from journeymap import app\n"
        "application = app.make_application()\n"
        f"(frame,) = app.open_windows([{str(path)!r}], frames=True)\n"
        "application.processEvents()\n"
        f"app.finish_start([frame], [{str(path)!r}])\n"
        "seen = dict(enabled=gc.isenabled(), set_aside=gc.get_freeze_count())\n"
        "deadline = time.monotonic() + 60\n"
        "while gc.get_freeze_count() and time.monotonic() < deadline:\n"
        "    application.processEvents()\n"
        "    time.sleep(0.01)\n"
        "seen.update(after_paint=gc.get_freeze_count())\n"
        "sys.stderr.write(json.dumps(seen))\n"
    )
    seen = run_probe(probe, tmp_path)
    assert seen["enabled"] and seen["set_aside"] > 10_000
    assert seen["after_paint"] == 0


def test_the_start_notes_the_window_then_the_map_painted(tmp_path: Path) -> None:
    """With JOURNEYMAP_STARTUP_TRACE set, ``journeymap FILE`` notes when its window was first
    painted, then when the map was (what benchmarks/bench_startup.py measures): in that
    order, each with the clock and the processor time so far."""
    path = write_sample(tmp_path / "a.journey")
    trace = tmp_path / "trace"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), TRACE_VARIABLE: str(trace)}
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymap", str(path)], env=env, stdout=DEVNULL, stderr=DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while "map-painted" not in _text(trace) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(30)
    lines = [line.split() for line in _text(trace).splitlines()]
    assert [line[0] for line in lines] == ["window-painted", "map-painted"]
    (_, shown_at, shown_cpu), (_, drawn_at, drawn_cpu) = ((e, float(t), float(c)) for e, t, c in lines)
    assert shown_at <= drawn_at and shown_cpu <= drawn_cpu


def _text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_a_panel_in_sight_when_the_editor_arrives_is_built_then(qtbot, tmp_path: Path) -> None:
    """A restored layout may have a lazy panel in front (the Personas tab): the frame shows
    its dock empty, and the panel is built as soon as the editor is in the window."""
    set_application_identity()
    path = write_sample(tmp_path / "a.journey")
    (frame,) = app.open_windows([str(path)], frames=True)
    qtbot.addWidget(frame, before_close_func=lambda w: w.document.undo_stack.setClean())
    frame.personas_dock.raise_()
    qtbot.waitUntil(lambda: frame.personas_dock.visibleRegion().isEmpty() is False)
    assert not frame.personas_dock.built
    app.finish_start([frame], [str(path)])
    assert frame.personas_dock.built and type(frame.personas_dock.widget()).__name__ == "PersonaManager"
    assert not frame.insights_dock.built and not frame.metrics_dock.built


def test_two_files_open_in_two_frames_then_two_windows(qtbot, tmp_path: Path) -> None:
    set_application_identity()
    files = [
        str(write_sample(tmp_path / "a.journey", title="First")),
        str(write_sample(tmp_path / "b.journey")),
    ]
    frames = app.open_windows(files, frames=True)
    for frame in frames:
        qtbot.addWidget(frame, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert all(f.isVisible() for f in frames) and frames[1].pos() != frames[0].pos()
    app.finish_start(frames, files)
    assert [f.document.path for f in frames] == [Path(f).resolve() for f in files]
    assert frames[0].document.journey.info.title == "First"


def test_a_dropped_workbook_is_offered_for_import(started, tmp_path: Path) -> None:
    from tests.ui.window.test_main_window import drop

    (window,) = started([str(write_sample(tmp_path / "a.journey", title="Before"))])
    source = tmp_path / "dropped.xlsx"
    export(sample_data("Dropped in"), source)
    answer_next_dialog(click_button("Import"))
    assert drop(window.view.viewport(), source)
    assert window.document.journey.info.title == "Dropped in"
    assert window.document.path is None


def window_on_a_broken_file(qtbot, tmp_path: Path, **how: bool) -> tuple[MainWindow, Path]:
    """The window ``app.open_windows`` makes (``how``: show=, frames=) for a file that is not
    a map, and that file."""
    set_application_identity()
    bad = tmp_path / "broken.journey"
    bad.write_text("{ not json")
    (window,) = app.open_windows([str(bad)], **how)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    return window, bad


def test_a_problem_at_start_shows_over_its_window(qtbot, tmp_path: Path) -> None:
    """The window shows once its map is in it; a file with problems shows the window first,
    so that the list of problems does not float on an empty screen."""
    window, bad = window_on_a_broken_file(qtbot, tmp_path, show=False)
    shown_under: list[bool] = []

    def close(dialog: QDialog) -> None:
        shown_under.append(window.isVisible())
        dialog.accept()

    answer_next_dialog(close)
    app.open_maps([window], [str(bad)])
    assert shown_under == [True]
    assert window.document.path is None and window.document.journey.count("stage") > 0  # the example


def test_a_problem_at_start_shows_over_the_frame_which_then_shows_the_example(qtbot, tmp_path: Path) -> None:
    """A bad file given to ``journeymap``: its problems show over the window that was opening
    it, nothing of it is kept, and the window shows the example, untitled."""
    frame, bad = window_on_a_broken_file(qtbot, tmp_path, frames=True)
    seen: list[QDialog] = []
    answer_next_dialog(lambda dialog: dialog.accept(), seen=seen)
    app.finish_start([frame], [str(bad)])
    assert len(seen) == 1 and seen[0].parent() is frame and "broken.journey" in seen[0].windowTitle()
    assert frame.document.path is None and frame.document.journey.count("stage") > 0
    assert "Untitled" in frame.windowTitle() and bad.read_text() == "{ not json"


def test_the_editor_is_imported_past_pysides_import_wrapper_which_then_returns() -> None:
    """PySide6 (6.11) wraps ``__import__`` to read each new module's source; the editor's
    modules are imported through Python's own import (30 ms of every start), and the
    wrapper is back afterwards, also when an import fails."""
    import builtins

    from journeymap.ui.window import main_window

    wrapped, original = builtins.__import__, getattr(builtins, "__orig_import__", None)
    assert original is not None and wrapped is not original  # PySide6 wraps it
    with main_window._plain_imports():
        assert builtins.__import__ is original
    assert builtins.__import__ is wrapped
    with pytest.raises(ImportError), main_window._plain_imports():
        import journeymap.no_such_module  # noqa: F401
    assert builtins.__import__ is wrapped


def test_after_a_window_first_start_what_a_crash_left_is_offered(qtbot, tmp_path: Path) -> None:
    """The recovery offer still comes once the map is open in its window."""
    from journeymap.model.operations import Update
    from journeymap.ui.window.recovery import RecoveryDialog, pending_entries

    set_application_identity()
    crashed = MainWindow()
    qtbot.addWidget(crashed, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert crashed.files.open_path(write_sample(tmp_path / "work.journey"), ask=False)
    record = crashed.document.journey["ad"]
    crashed.document.push("Rename", [Update(record, record.updated(title="Unsaved idea"))])
    assert crashed.autosaver.autosave()
    crashed.autosaver._lock.unlock()  # what a crash leaves: a lock whose owner is gone
    crashed.autosaver.timer.stop()
    assert len(pending_entries()) == 1
    (frame,) = app.open_windows([str(write_sample(tmp_path / "other.journey"))], frames=True)
    qtbot.addWidget(frame, before_close_func=lambda w: w.document.undo_stack.setClean())
    seen: list[QDialog] = []
    answer_next_dialog(lambda dialog: dialog.restore_button.click(), seen=seen)
    app.finish_start([frame], [str(tmp_path / "other.journey")])
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], RecoveryDialog) and seen[0].parent() is frame
    assert frame.document.journey["ad"].title == "Unsaved idea"


def test_a_start_without_files_names_the_map_it_reopens(tmp_path: Path) -> None:
    """The frame of ``journeymap`` alone says what it opens: the last map, else the
    example, which opens untitled."""
    set_application_identity()
    assert app.opening_names([]) == ["Untitled"]
    last = write_sample(tmp_path / "last.journey")
    AppSettings().set_last_file(last)
    assert app.opening_names([]) == ["last.journey"]
    last.unlink()
    assert app.opening_names([]) == ["Untitled"]
    assert app.opening_names(["a/b.journey", "c.xlsx"]) == ["b.journey", "c.xlsx"]
