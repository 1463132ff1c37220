"""Colleagues' files in the editor (issue 16): no crash on a map that validate used to call
valid, long imports off the window's thread with progress and Cancel, and an outside edit
that keeps the size and the modification time is noticed before saving over it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from journeymap.formats import journey_file
from journeymap.model.bounds import MAX_AMOUNT, MAX_COUNT
from journeymap.model.operations import Update
from journeymap.ui.dialogs import messages
from tests.ui.window_fixtures import answer_next_dialog, click_button, shown_window, write_sample


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    problems: list[list[str]] = []
    monkeypatch.setattr(
        messages, "show_problems", lambda parent, title, found, path=None: problems.append(found)
    )
    return problems


def test_customers_of_400_digits_are_refused_instead_of_crashing_the_editor(window, tmp_path, shown):
    # the editor showed OverflowError tracebacks and died with a segmentation fault
    path = tmp_path / "big.journey"
    path.write_text(
        '{"format": "journeymap", "version": 1, "stages": [{"id": "s1", "name": "A", "customers": 1'
        + "0" * 400
        + "}]}",
        encoding="utf-8",
    )
    before = window.document.journey.snapshot()
    assert not window.files.open_path(path)
    assert shown == [["stages[0].customers: too large: a number of 401 digits"]]
    assert window.document.journey.snapshot() == before


def test_a_map_at_every_bound_opens_draws_and_analyses(window, tmp_path, qtbot):
    path = tmp_path / "edges.journey"
    document = {
        "format": "journeymap",
        "version": 1,
        "journey": {"title": "Edges", "created": "1900-01-01T00:00:00+14:00"},
        "stages": [
            {"id": "s1", "name": "A", "customers": MAX_COUNT},
            {"id": "s2", "name": "B", "customers": 1},
            {"id": "s3", "name": "C", "customers": 0},
        ],
        "lanes": [{"id": "l1", "name": "Web"}, {"id": "m", "name": "Metrics", "kind": "metrics"}],
        "touchpoints": [
            {"id": "t1", "stage": "s1", "lane": "l1", "title": "T"},
            {"id": "t2", "stage": "s2", "lane": "l1", "title": "U"},
        ],
        "metrics": [
            {"id": "m1", "name": "Money", "attached_to": "s1", "value": MAX_AMOUNT, "target": -MAX_AMOUNT}
        ],
        "flows": [
            {"id": "f1", "source": "s1", "target": "s2", "volume": MAX_COUNT, "share": 1.0},
            {"id": "f2", "source": "t1", "target": "t2", "volume": MAX_COUNT},
        ],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.files.open_path(path)
    window.document.selection.set(["s1", "f1"])  # the inspector shows the largest numbers
    window.insights_dock.show()
    window.insights_dock.raise_()
    panel = window.insights_dock.widget()
    qtbot.waitUntil(lambda: not panel.stale, timeout=20_000)  # funnel, flows, what-if at the bounds
    window.metrics_dock.show()
    QApplication.processEvents()
    assert not window.grab().toImage().isNull()
    assert window.document.journey["s1"].customers == MAX_COUNT


def _big_mermaid(path: Path, tasks: int) -> Path:
    lines = ["journey", "    title Big", "    section One"]
    lines += [f"        Task {n}: {n % 5 + 1}: Ana" for n in range(tasks)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_import_runs_off_the_window_thread_with_progress(window, tmp_path, monkeypatch):
    source = _big_mermaid(tmp_path / "big.mmd", 60_000)
    ticks: list[int] = []
    seen: list[tuple[int, str]] = []

    def tick() -> None:
        ticks.append(1)
        for dialog in window.findChildren(QProgressDialog):
            if dialog.isVisible():
                seen.append((dialog.maximum(), dialog.labelText()))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.exchange.import_action.trigger()
    timer.stop()
    journey = window.document.journey
    assert journey.info.title == "Big"
    assert len(journey.touchpoints) == 60_000
    assert ticks, "the window's events ran while the file was read"
    assert any(maximum > 1 and "big.mmd" in label for maximum, label in seen), seen[:3]
    assert source.read_text(encoding="utf-8").startswith("journey")


def test_cancel_stops_the_import_and_keeps_the_map(window, tmp_path, monkeypatch, shown):
    source = _big_mermaid(tmp_path / "big.mmd", 60_000)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # the user pressed Cancel
    before = window.document.journey.snapshot()
    assert not window.exchange.import_path(source)
    assert window.document.journey.snapshot() == before
    assert shown == []


def test_cancel_pressed_as_a_small_import_ends_still_keeps_the_map(window, tmp_path, monkeypatch, shown):
    # The worker may finish before the dialog is first polled: Cancel still wins.
    source = _big_mermaid(tmp_path / "small.mmd", 3)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    before = window.document.journey.snapshot()
    assert not window.exchange.import_path(source)
    assert window.document.journey.snapshot() == before
    assert shown == []


def test_problems_found_off_thread_are_listed(window, tmp_path, shown):
    source = tmp_path / "bad.mmd"
    source.write_text("journey\n    section A\n        Task: lots\n", encoding="utf-8")
    assert not window.exchange.import_path(source)
    assert shown == [["line 3: the score 'lots' is not a number"]]


def test_an_outside_edit_that_keeps_size_and_time_is_noticed_before_saving(window, tmp_path):
    path = write_sample(tmp_path / "shared.journey")
    assert window.files.open_path(path, ask=False)
    before = path.stat()
    theirs = path.read_bytes().replace(b"Search ad", b"Search AD")  # same size
    path.write_bytes(theirs)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old time
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    record = window.document.journey["cart"]
    window.document.push("Rename", [Update(record, record.updated(title="Mine"))])
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.save()
    assert path.read_bytes() == theirs
    assert journey_file.load_data(path).touchpoints[0].title == "Search AD"
