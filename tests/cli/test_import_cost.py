"""What each start-up path imports: the guard of start-up time that cannot flake.

Timings are benchmarks (benchmarks/bench_startup.py, docs/performance.md); these tests pin
the cause instead: `journeymap --version` and `--help` load no library and none of the
program's layers, and a command loads only what it works with.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pydantic", "networkx", "openpyxl", "PySide6", "shiboken6", "psygnal", "defusedxml")
LAYERS = ("journeymap.model", "journeymap.formats", "journeymap.render", "journeymap.ui", "journeymap.app")


def modules_after(*args: str) -> set[str]:
    """The modules loaded once ``journeymap ARGS`` has run, in a fresh interpreter."""
    probe = (
        "import json, sys\n"
        "from journeymap.cli import main\n"
        f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(result.stderr.splitlines()[-1]))


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["stats", "--help"], ["export", "--help"]])
def test_version_and_help_load_no_library_and_no_layer(args: list[str]) -> None:
    loaded = modules_after(*args)
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}
    assert not {m for m in loaded if m.startswith(LAYERS)}


def test_version_loads_no_command() -> None:
    assert not {m for m in modules_after("--version") if m.startswith("journeymap.cli.")}


def test_a_data_command_loads_no_qt_and_no_graph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from journeymap.formats import journey_file
    from tests.formats.exchange_samples import rich_map

    path = tmp_path / "shop.journey"
    journey_file.save(rich_map(), path, backup=False)
    loaded = modules_after("validate", str(path))
    assert "journeymap.formats.journey_file" in loaded  # it did the work
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "networkx", "openpyxl")}
