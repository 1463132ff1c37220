"""Open-file locks for maps on shared drives, kept the way office programs keep them.

Opening ``NAME.journey`` writes ``.~lock.NAME.journey#`` beside it: who has it open (user
and host), which process, and since when, as a small JSON object. Someone else who opens
the map learns who has it and since when, and chooses to open it read-only or anyway. A
lock is stale, and simply taken over, when the process that wrote it no longer runs on
this host, or when it is older than a day. Closing removes the lock, if it is still ours.

Locks are a courtesy between people, not a guarantee: a folder where no lock can be
written (a read-only share) opens without one.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journeymap.util.atomic import write_atomically

MAX_AGE = timedelta(days=1)
_LOCK_BYTES = 4096  # a lock is a few hundred bytes; anything bigger is not ours


@dataclass(frozen=True)
class LockOwner:
    """Who holds a map open."""

    user: str
    host: str
    pid: int
    since: datetime  # aware, UTC

    @classmethod
    def me(cls, now: datetime | None = None) -> LockOwner:
        return cls(_user(), socket.gethostname(), os.getpid(), now or datetime.now(UTC))

    def is_me(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def to_json(self) -> bytes:
        fields = {"user": self.user, "host": self.host, "pid": self.pid, "since": self.since.isoformat()}
        return json.dumps({"program": "journeymap", **fields}, ensure_ascii=False).encode("utf-8") + b"\n"


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> LockOwner | None:
    """The owner of ``path``'s lock; None if there is none, or if it cannot be read as one
    (a damaged lock protects nobody)."""
    try:
        with lock_path(path).open("rb") as stream:
            raw = stream.read(_LOCK_BYTES)
        data = json.loads(raw)
        since = datetime.fromisoformat(data["since"])
        owner = LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), since)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return owner if since.tzinfo is not None else None


def is_stale(
    owner: LockOwner, *, now: datetime | None = None, alive: Callable[[int], bool] | None = None
) -> bool:
    """Older than a day, or written by a process of this host that no longer runs."""
    if (now or datetime.now(UTC)) - owner.since > MAX_AGE:
        return True
    return owner.host == socket.gethostname() and not (alive or process_alive)(owner.pid)


def acquire(path: Path, *, now: datetime | None = None) -> LockOwner | None:
    """Lock ``path`` for this process. Returns the other owner, writing nothing, when
    someone else holds a lock that is not stale; None when the map is now ours."""
    existing = read_lock(path)
    if existing is not None and not existing.is_me() and not is_stale(existing, now=now):
        return existing
    take_over(path, now=now)
    return None


def take_over(path: Path, *, now: datetime | None = None) -> None:
    """Write our lock whatever lock is there ("open anyway"); OSError if the folder refuses.
    Others must be able to read it, to learn who has the map open."""
    target = lock_path(path)
    write_atomically(target, LockOwner.me(now).to_json())
    with contextlib.suppress(OSError):
        target.chmod(0o644)


def release(path: Path) -> None:
    """Remove ``path``'s lock if it is ours (someone who opened it anyway keeps theirs)."""
    owner = read_lock(path)
    if owner is not None and owner.is_me():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this host (when unsure: yes, the lock stands)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return True
    import ctypes

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        return (
            bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        )  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"
