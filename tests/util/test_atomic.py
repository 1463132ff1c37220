"""Atomic writing and bounded reading: never half a file, never more than the limit read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from journeymap.util import atomic
from journeymap.util.atomic import UnreadableFile, backup_path, read_limited, write_atomically


def test_write_replaces_the_file_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]  # no backup unless asked


def test_a_backup_keeps_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    write_atomically(path, b"first", backup=True)  # nothing to keep yet
    assert not backup_path(path).exists()
    write_atomically(path, b"second", backup=True)
    assert backup_path(path) == tmp_path / "map.journey.bak"
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (b"second", b"first")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "map.journey"
    path.write_bytes(b"before")

    def broken_replace(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(path, b"after")
    assert path.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["map.journey"]


def test_reading_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "grown.bin"
    path.write_bytes(b" " * 101)
    assert read_limited(path, 101) == b" " * 101
    with pytest.raises(UnreadableFile, match="over the limit of") as caught:
        read_limited(path, 100)
    assert caught.value.path == path
    assert caught.value.reason.startswith("the file is over the limit")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_folders_devices_and_missing_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    cases = {
        tmp_path: "is a folder",
        Path("/dev/zero"): "not a regular file",
        tmp_path / "gone": "No such file",
    }
    for path, reason in cases.items():
        with pytest.raises(UnreadableFile, match=reason):
            read_limited(path, 100)
