"""Files like a desktop program: save/open, unsaved changes, disk changes, bad files, recovery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap import app
from journeymap.formats import journey_file
from journeymap.model.operations import Update
from journeymap.ui.dialogs.messages import ProblemsDialog
from journeymap.ui.window import recovery
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.recovery import RecoveryDialog, pending_entries
from journeymap.ui.window.settings import AppSettings
from tests.ui.window_fixtures import (
    answer_next_dialog,
    click_button,
    new_window,
    sample_journey,
    write_sample,
)


@pytest.fixture
def make_window(qtbot):
    return lambda: new_window(qtbot)


@pytest.fixture
def window(make_window):
    return make_window()


def rename(window: MainWindow, ident: str, title: str) -> None:
    record = window.document.journey[ident]
    window.document.push("Rename", [Update(record, record.updated(title=title))])


def open_sample(window: MainWindow, path: Path) -> None:
    assert window.files.open_path(write_sample(path), ask=False)


def test_save_as_then_open_round_trip(make_window, tmp_path, monkeypatch):
    window = make_window()
    window.files.adopt(sample_journey(), None, None)
    rename(window, "cart", "Pay")
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_as.trigger()
    saved = tmp_path / "mine.journey"
    assert saved.is_file()
    assert window.document.path == saved
    assert not window.document.modified and not window.isWindowModified()
    assert window.document.undo_stack.count() == 1  # saving added no step
    data = journey_file.load_data(saved)
    assert data.touchpoints[1].title == "Pay"
    assert data.journey.modified is not None and data.journey.created is not None
    window.close()
    second = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    second.actions_.open.trigger()
    assert second.document.journey["cart"].title == "Pay"
    assert second.document.path == saved
    assert AppSettings().recent_files()[0] == saved


def test_save_keeps_a_backup_and_marks_clean(window, tmp_path, qtbot):
    path = tmp_path / "shop.journey"
    open_sample(window, path)
    before = path.read_bytes()
    rename(window, "ad", "Banner")
    assert window.isWindowModified()
    window.actions_.save.trigger()
    assert (tmp_path / "shop.journey.bak").read_bytes() == before
    assert not window.isWindowModified()
    window.document.undo_stack.undo()
    assert window.isWindowModified()  # modified is exactly "the stack is not clean"


def test_bad_file_keeps_the_current_map_and_writes_nothing(window, tmp_path):
    good = tmp_path / "good.journey"
    open_sample(window, good)
    bad = tmp_path / "bad.journey"
    text = journey_file.dumps(sample_journey()).decode().replace('"stage": "buy"', '"stage": "nowhere"', 1)
    text = text.replace('"severity": 3', '"severity": 9')
    bad.write_text(text.replace('"title": "Search ad"', '"title": ""'))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    seen: list = []
    answer_next_dialog(lambda d: d.accept(), seen=seen)
    assert not window.files.open_path(bad)
    assert isinstance(seen[0], ProblemsDialog)
    problems = seen[0].problems
    assert any(p.startswith("touchpoints[0].title") for p in problems), problems
    assert seen[0].list.count() == len(problems) >= 1
    assert window.document.path == good.resolve()
    assert window.document.journey["ad"].title == "Search ad"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_unsaved_changes_are_asked_about_before_open(window, tmp_path):
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    open_sample(window, first)
    write_sample(second, title="Second")
    rename(window, "ad", "Changed")
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.open_path(second)
    assert window.document.journey["ad"].title == "Changed"
    answer_next_dialog(click_button("Discard"))
    assert window.files.open_path(second)
    assert window.document.journey.info.title == "Second"
    assert journey_file.load_data(first).touchpoints[0].title == "Search ad"


def test_changed_on_disk_warns_before_saving(window, tmp_path):
    path = tmp_path / "shared.journey"
    open_sample(window, path)
    rename(window, "ad", "Mine")
    write_sample(path, title="Colleague's version")
    theirs = path.read_bytes()
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.save()
    assert path.read_bytes() == theirs
    answer_next_dialog(click_button("Overwrite"))
    assert window.files.save()
    assert journey_file.load_data(path).touchpoints[0].title == "Mine"
    rename(window, "ad", "Mine again")
    write_sample(path, title="Theirs again")
    answer_next_dialog(click_button("Reload"))
    assert not window.files.save()
    assert window.document.journey.info.title == "Theirs again"
    assert not window.document.modified


def test_touch_without_change_does_not_warn(window, tmp_path):
    path = tmp_path / "same.journey"
    open_sample(window, path)
    path.write_bytes(path.read_bytes())  # new mtime, same bytes
    rename(window, "ad", "Mine")
    assert window.files.save()  # no dialog: it would block


def test_recent_files_keep_ten_and_drop_missing(tmp_path):
    settings = AppSettings()
    paths = [write_sample(tmp_path / f"m{i}.journey") for i in range(12)]
    for path in paths:
        settings.add_recent_file(path)
    assert settings.recent_files() == list(reversed(paths))[:10]
    paths[11].unlink()
    assert settings.recent_files()[0] == paths[10]
    assert settings.last_file() == paths[11]


def test_recent_menu_opens_a_file(window, tmp_path):
    path = tmp_path / "recent.journey"
    open_sample(window, path)
    window.files.adopt(sample_journey("Other"), None, None)
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    entry = menu.actions()[0]
    assert entry.text() == "&1 recent.journey"
    entry.trigger()
    assert window.document.path == path.resolve()


def test_autosave_writes_recovery_and_a_new_window_offers_it(make_window, tmp_path, qtbot):
    crashed = make_window()
    path = tmp_path / "work.journey"
    open_sample(crashed, path)
    assert not crashed.autosaver.autosave()  # nothing unsaved, nothing written
    crashed.autosaver.timer.setInterval(20)
    rename(crashed, "ad", "Unsaved idea")
    qtbot.waitUntil(lambda: crashed.autosaver.map_file.is_file())
    assert pending_entries() == []  # its session is alive: not offered
    crashed.autosaver._lock.unlock()  # what a crash leaves: a lock whose owner is gone
    crashed.autosaver.timer.stop()
    entries = pending_entries()
    assert [e.original for e in entries] == [path.resolve()]

    fresh = make_window()
    open_sample(fresh, tmp_path / "other.journey")
    seen: list = []

    def restore(dialog):
        assert isinstance(dialog, RecoveryDialog)
        dialog.restore_button.click()

    answer_next_dialog(restore, seen=seen)
    app.offer_recovery(fresh)
    assert seen
    assert fresh.document.journey["ad"].title == "Unsaved idea"
    assert fresh.document.path == path.resolve()
    assert fresh.document.modified and fresh.isWindowModified()
    assert not entries[0].map_file.exists()  # adopted by the new session
    assert fresh.autosaver.map_file.is_file()
    assert fresh.files.save()  # the stamp came along: no warning, the file was not changed
    assert not fresh.autosaver.map_file.exists()
    crashed.document.undo_stack.setClean()


def test_recovery_meta_names_the_file(window, tmp_path):
    open_sample(window, tmp_path / "meta.journey")
    rename(window, "ad", "X")
    assert window.autosaver.autosave()
    meta = json.loads(window.autosaver.map_file.with_suffix(".json").read_text())
    assert meta["original"] == str((tmp_path / "meta.journey").resolve())
    assert meta["stamp"]["sha256"]
    assert window.autosaver.map_file.parent == recovery.recovery_dir()
    window.document.undo_stack.undo()
    assert not window.autosaver.map_file.exists()  # clean again: nothing to recover


def test_start_with_a_bad_file_shows_problems_and_opens_the_example(window, tmp_path):
    bad = tmp_path / "broken.journey"
    bad.write_text("{ not json")
    seen: list = []
    answer_next_dialog(lambda d: d.accept(), seen=seen)
    app.start(window, [str(bad)])
    assert "line 1" in seen[0].problems[0]
    assert bad.read_text() == "{ not json"
    assert window.document.path is None
    assert window.document.journey.count("stage") > 0  # the example map


def test_start_without_a_file_reopens_the_last_map(make_window, tmp_path):
    first = make_window()
    open_sample(first, tmp_path / "last.journey")
    first.close()
    second = make_window()
    app.start(second, [])
    assert second.document.path == (tmp_path / "last.journey").resolve()


def test_closing_with_unsaved_changes_asks(window, qtbot):
    window.files.adopt(sample_journey(), None, None)
    rename(window, "ad", "Unsaved")
    answer_next_dialog(click_button("Cancel"))
    assert not window.close()
    assert window.isVisible()
    answer_next_dialog(click_button("Discard"))
    assert window.close()


def test_save_failure_is_reported_and_keeps_modified(window, tmp_path, monkeypatch):
    window.files.adopt(sample_journey(), None, None)
    rename(window, "ad", "X")
    seen: list = []
    answer_next_dialog(lambda d: d.accept(), seen=seen)
    assert not window.files.save_to(tmp_path / "missing-folder" / "x.journey")
    assert isinstance(seen[0], QMessageBox)
    assert window.document.modified
