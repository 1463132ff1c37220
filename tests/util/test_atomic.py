"""Atomic writing and bounded reading: never half a file, never more than the limit read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
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


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_file_takes_its_mode_from_the_umask(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "new.journey"
    write_atomically(path, b"shared")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # as `touch` or any editor makes it
    os.umask(0o077)
    private = tmp_path / "private.journey"
    write_atomically(private, b"mine")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_every_command_that_writes_makes_team_readable_files(tmp_path: Path, umask_022: None) -> None:
    from journeymap.cli import main
    from journeymap.formats import journey_file

    made = [tmp_path / name for name in ("new.journey", "out.csv", "out.mmd", "out.xlsx", "back.journey")]
    assert main(["new", "--template", "customer-lifecycle", str(made[0])]) == 0
    for out in made[1:4]:
        assert main(["export", str(made[0]), str(out)]) == 0
    assert main(["import", str(made[3]), str(made[4])]) == 0
    assert main(["schema", "--out", str(tmp_path / "schema.json")]) == 0
    journey_file.save(journey_file.load(made[0]), made[0])  # a replaced file keeps its mode…
    for path in [*made, tmp_path / "schema.json", tmp_path / "new.journey.bak"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    made[0].chmod(0o664)  # …whatever it is
    journey_file.save(journey_file.load(made[0]), made[0])
    assert stat.S_IMODE(made[0].stat().st_mode) == 0o664
