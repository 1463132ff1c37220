"""The command line: templates, new, validate, stats; exit codes; never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli import command_names, main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, check=False, cwd=cwd
    )


def test_new_validate_stats_on_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.journey"
    assert main(["new", "--template", "blank", "--title", "Onboarding", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out.endswith(f"{out}: valid\n")
    assert main(["stats", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"]["stages"] == len(result["stages"]) > 0
    assert {"total", "stages", "lanes"} <= set(result)


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "x.journey"
    out.write_text("mine")
    assert main(["new", "--template", "blank", str(out)]) == 2  # a usage error, like export and import
    assert out.read_text() == "mine"


@pytest.mark.parametrize(("title", "message"), [("x" * 201, "at most 200"), ("  ", "at least 1")])
def test_new_with_a_bad_title_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, message: str
) -> None:
    out = tmp_path / "x.journey"
    assert main(["new", "--title", title, str(out)]) == 2
    assert f"--title: String should have {message}" in capsys.readouterr().err
    assert not out.exists()


def test_new_with_unknown_template_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--template", "nope", str(tmp_path / "x.journey")]) == 2
    assert "no template 'nope'; known: " in capsys.readouterr().err


def test_validate_prints_one_line_per_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_text(
        json.dumps(
            {
                "format": "journeymap",
                "version": 1,
                "stages": [{"id": "s1", "name": ""}],
                "touchpoints": [{"id": "t1", "stage": "zz", "lane": "l", "title": "x"}],
            }
        )
    )
    good = tmp_path / "good.journey"
    assert main(["new", str(good)]) == 0
    result = run("validate", str(good), str(bad))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{good}: valid"
    assert f"{bad}: stages[0].name: must not be empty" in lines
    assert f"{bad}: touchpoints[0].stage: no stage 'zz'" in lines
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [["validate"], ["stats"], ["new"], ["frobnicate", "--x"], ["--nope"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2, result
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["templates", "new", "validate", "stats"])
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0 and "usage: journeymap " + command in result.stdout


def test_no_traceback_for_odd_inputs(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.journey"
    garbage.write_bytes(bytes(range(256)) * 10)
    for args in (["validate", str(tmp_path)], ["validate", str(garbage)], ["stats", str(garbage)]):
        result = run(*args)
        assert result.returncode == 1, (args, result)
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stdout.strip() or result.stderr.strip()


def test_templates_lists_the_shipped_templates() -> None:
    result = run("templates")
    assert result.returncode == 0
    assert "blank" in result.stdout


def test_commands_are_discovered() -> None:
    assert {"templates", "new", "validate", "stats"} <= set(command_names())


def test_an_unknown_option_shows_the_commands_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "a.journey", "b.csv", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: journeymap export") and "unrecognized arguments: --bogus" in err


def test_new_force_over_a_map_keeps_its_backup(tmp_path: Path) -> None:
    out = tmp_path / "x.journey"
    assert main(["new", "--template", "customer-lifecycle", str(out)]) == 0
    before = out.read_bytes()
    assert not (tmp_path / "x.journey.bak").exists()
    assert main(["new", "--template", "blank", "--force", str(out)]) == 0
    assert (tmp_path / "x.journey.bak").read_bytes() == before
    assert out.read_bytes() != before
