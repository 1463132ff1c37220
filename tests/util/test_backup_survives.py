""" "Saving keeps the previous version" under kill and full disk (issue 16).

The .bak used to be overwritten in place (``shutil.copy2``): kills during a save left it torn
or empty, and a save refused on a full disk still replaced a good .bak with a broken one.
These tests kill real saving processes with SIGKILL and fill a real file-size limit.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.util.atomic import backup_path, remove_stale_temporaries, write_atomically

ROOT = Path(__file__).resolve().parents[2]
SAVER = """
import sys
from pathlib import Path
from journeymap.util.atomic import write_atomically
path = Path(sys.argv[1])
versions = [Path(v).read_bytes() for v in sys.argv[2:]]
print("ready", flush=True)
n = 0
while True:
    write_atomically(path, versions[n % len(versions)], backup=True)
    n += 1
"""


def _version(size: int, mark: bytes) -> bytes:
    return mark * (size // len(mark))


def test_kills_during_saves_leave_a_whole_map_and_a_whole_backup(tmp_path: Path) -> None:
    versions = [_version(4_000_000, mark) for mark in (b"first-", b"second-", b"third--")]
    files = []
    for index, content in enumerate(versions):
        files.append(tmp_path / f"v{index}")
        files[-1].write_bytes(content)
    path = tmp_path / "map.journey"
    write_atomically(path, versions[0])
    write_atomically(path, versions[1], backup=True)
    chance = random.Random(16)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(12):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), *map(str, files)], stdout=subprocess.PIPE, env=env
        )
        assert saver.stdout is not None and saver.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0.0, 0.15))  # somewhere inside a save or the next
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        assert path.read_bytes() in versions
        assert backup_path(path).read_bytes() in versions
    left = remove_stale_temporaries(path)
    assert all(p.name.startswith(".map.journey.") for p in left)
    write_atomically(path, versions[2], backup=True)  # the next save finds nothing left
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_next_save_removes_temporaries_of_killed_saves_but_not_of_running_ones(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    write_atomically(path, b"one")
    stale = [tmp_path / ".map.journey.abcd1234.tmp", tmp_path / ".map.journey.bak.efgh5678.tmp"]
    for file in stale:
        file.write_bytes(b"torn")
    other = tmp_path / ".other.journey.abcd1234.tmp"
    other.write_bytes(b"not ours")
    held = tmp_path / ".map.journey.held0000.tmp"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            "f = open(sys.argv[1], 'wb'); fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(held),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        write_atomically(path, b"two", backup=True)
        assert not any(file.exists() for file in stale)
        assert held.exists(), "a save in progress in another process keeps its temporary file"
        assert other.exists()
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    write_atomically(path, b"three", backup=True)
    assert not held.exists()


FILL = """
import resource, signal, sys
from pathlib import Path
from journeymap.util.atomic import write_atomically
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails like a full disk
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    write_atomically(Path(sys.argv[1]), b"n" * int(sys.argv[3]), backup=True)
except OSError as error:
    print("refused", error.errno, flush=True)
else:
    print("saved", flush=True)
"""


@pytest.mark.parametrize("new_size", [500_000, 3_000_000])
def test_a_full_disk_refuses_the_save_and_keeps_the_map_and_the_backup(tmp_path: Path, new_size: int) -> None:
    # the map is 2 MB and its good .bak 1 KB; the "disk" takes files up to 1 MB: the new
    # version fits (500 KB) but its backup copy does not, or the new version does not fit
    path = tmp_path / "map.journey"
    write_atomically(path, b"b" * 1_000)
    write_atomically(path, b"m" * 2_000_000, backup=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", FILL, str(path), "1000000", str(new_size)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.startswith("refused")
    assert path.read_bytes() == b"m" * 2_000_000
    assert backup_path(path).read_bytes() == b"b" * 1_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey", "map.journey.bak"]
