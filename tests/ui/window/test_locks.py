"""Maps on shared drives: opening locks a map, another person's open map is opened read-only
or anyway by asking (who and since when), a stale lock is taken over, closing unlocks."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.formats import journey_file
from journeymap.model.operations import Update
from journeymap.util.locks import LockOwner, lock_path, read_lock
from tests.ui.window_fixtures import answer_next_dialog, click_button, shown_window, write_sample


@pytest.fixture
def make_window(qtbot):
    return lambda: shown_window(qtbot)


def someone_else_has(path: Path, *, age: timedelta = timedelta(minutes=5)) -> bytes:
    raw = LockOwner("bea", "laptop-of-bea", 4242, datetime.now(UTC) - age).to_json()
    lock_path(path).write_bytes(raw)
    return raw


def mine(path: Path) -> bool:
    owner = read_lock(path)
    return owner is not None and owner.is_me()


def test_opening_locks_the_map_and_closing_unlocks_it(make_window, tmp_path):
    path = write_sample(tmp_path / "shop.journey")
    window = make_window()
    assert window.files.open_path(path, ask=False)
    assert mine(path)
    window.document.undo_stack.setClean()
    window.close()
    assert not lock_path(path).exists()


def test_opening_another_map_gives_back_the_first_ones_lock(make_window, tmp_path):
    first, second = write_sample(tmp_path / "a.journey"), write_sample(tmp_path / "b.journey")
    window = make_window()
    window.files.open_path(first, ask=False)
    window.files.open_path(second, ask=False)
    assert not lock_path(first).exists() and mine(second)


def test_a_map_someone_else_has_open_says_who_and_opens_read_only(make_window, tmp_path, monkeypatch):
    path = write_sample(tmp_path / "shop.journey")
    theirs = someone_else_has(path)
    before = path.read_bytes()
    window = make_window()
    seen: list = []
    answer_next_dialog(click_button("Open Read-Only"), seen=seen)
    assert window.files.open_path(path, ask=False)
    (box,) = seen
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("“shop.journey” is open by bea on laptop-of-bea since ")
    assert window.files.lock.read_only and "(read-only)" in window.windowTitle()
    assert lock_path(path).read_bytes() == theirs  # their lock stays
    record = window.document.journey["ad"]
    window.document.push("Rename", [Update(record, record.updated(title="Banner"))])
    copy = tmp_path / "my-copy.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.actions_.save.trigger()  # Save on a read-only map asks for another name
    assert path.read_bytes() == before
    assert journey_file.load_data(copy).touchpoints[0].title == "Banner"
    assert not window.files.lock.read_only and mine(copy)
    assert lock_path(path).read_bytes() == theirs


def test_open_anyway_takes_the_lock_and_cancel_keeps_the_current_map(make_window, tmp_path):
    path = write_sample(tmp_path / "shop.journey", title="Theirs")
    someone_else_has(path)
    window = make_window()
    answer_next_dialog(click_button("Cancel"))
    assert not window.files.open_path(path, ask=False)
    assert window.document.path is None
    answer_next_dialog(click_button("Open Anyway"))
    assert window.files.open_path(path, ask=False)
    assert not window.files.lock.read_only and mine(path)


def test_a_lock_older_than_a_day_or_of_a_finished_process_here_is_taken_over_without_asking(
    make_window, tmp_path
):
    path = write_sample(tmp_path / "shop.journey")
    someone_else_has(path, age=timedelta(days=2))
    window = make_window()
    assert window.files.open_path(path, ask=False)  # no dialog: it would block here
    assert mine(path)
    other = write_sample(tmp_path / "other.journey")
    gone = LockOwner("me-earlier", socket.gethostname(), 2**22 + 17, datetime.now(UTC))
    lock_path(other).write_bytes(gone.to_json())
    assert window.files.open_path(other, ask=False)
    assert mine(other)
