"""Open-file locks beside maps on shared drives: who, since when, stale locks taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journeymap.util import locks
from journeymap.util.locks import LockOwner, acquire, lock_path, read_lock, release


def other_persons_lock(
    path: Path, *, host: str = "laptop-of-bea", pid: int = 4242, age: timedelta = timedelta()
) -> None:
    since = datetime.now(UTC) - age
    lock_path(path).write_bytes(LockOwner("bea", host, pid, since).to_json())


def mine(path: Path) -> bool:
    owner = read_lock(path)
    return owner is not None and owner.is_me()


def test_opening_writes_who_where_which_process_and_since_when(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    assert acquire(path) is None
    assert lock_path(path).name == ".~lock.shop.journey#"
    data = json.loads(lock_path(path).read_bytes())
    assert set(data) == {"program", "user", "host", "pid", "since"}
    owner = read_lock(path)
    assert owner is not None and owner.is_me() and owner.pid == os.getpid()
    assert oct(lock_path(path).stat().st_mode & 0o777) == "0o644"  # others must read who has it
    assert acquire(path) is None  # our own lock: opening again is fine
    release(path)
    assert not lock_path(path).exists()


def test_someone_elses_live_lock_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    other_persons_lock(path)
    before = lock_path(path).read_bytes()
    owner = acquire(path)
    assert owner is not None and (owner.user, owner.host, owner.pid) == ("bea", "laptop-of-bea", 4242)
    assert lock_path(path).read_bytes() == before
    release(path)  # not ours: stays
    assert lock_path(path).read_bytes() == before
    locks.take_over(path)  # "open anyway"
    assert mine(path)


def test_a_lock_older_than_a_day_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    other_persons_lock(path, age=timedelta(days=1, minutes=1))
    assert acquire(path) is None
    assert mine(path)


def test_a_lock_of_a_process_that_no_longer_runs_on_this_host_is_taken_over(tmp_path: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = int(finished.stdout)
    assert not locks.process_alive(gone)
    path = tmp_path / "shop.journey"
    other_persons_lock(path, host=socket.gethostname(), pid=gone)
    assert acquire(path) is None
    other_persons_lock(path, host=socket.gethostname(), pid=os.getppid())  # a live process of this host
    assert acquire(path) is not None


def test_a_damaged_lock_protects_nobody(tmp_path: Path) -> None:
    path = tmp_path / "shop.journey"
    lock_path(path).write_text("not json")
    assert read_lock(path) is None
    assert acquire(path) is None
