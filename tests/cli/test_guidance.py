"""The command line guides: one message prefix, names where ids were asked, the ids --what-if
takes, an import offered for workbooks and Mermaid files, one line for a missing key or sheet,
"empty file", and a clear exit without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from journeymap.formats import journey_file
from journeymap.util.display import missing_display
from tests.formats.exchange_samples import rich_map
from tests.model.test_analysis import lifecycle


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.journey"
    journey_file.save(rich_map(), path, backup=False)
    return path


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def test_every_message_starts_with_the_command(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        ["export", str(shop), str(tmp_path / "x.csv"), "--persona", "nobody"],
        ["export", str(tmp_path / "missing.journey"), str(tmp_path / "x.csv")],
        ["stats", str(shop), "--what-if", "f1"],
        ["import", str(shop), str(tmp_path / "y.journey")],
        ["new", "--template", "nope", str(tmp_path / "z.journey")],
        ["schema", "--out", str(shop)],
    ]
    for args in cases:
        assert main(args) in (EXIT_PROBLEMS, EXIT_USAGE), args
        lines = capsys.readouterr().err.splitlines()
        assert lines, args
        assert all(line.startswith(f"journeymap {args[0]}: ") for line in lines), lines


def test_stats_target_takes_a_stage_name_and_lists_the_names_it_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "life.journey"
    journey_file.save(lifecycle(), path)
    assert main(["stats", str(path), "--json", "--target", "advocacy"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["paths"]["target"]["id"] == "ad"
    assert main(["stats", str(path), "--target", "Retentoin"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("journeymap stats: --target: no stage 'Retentoin'")
    assert "“Retention”" in err and "“Advocacy”" in err


def test_stats_text_lists_the_flow_ids_that_what_if_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "life.journey"
    journey = lifecycle()
    journey_file.save(journey, path)
    assert main(["stats", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    section = out[out.index("Flows (their ids are what --what-if FLOW=SHARE takes)") :]
    for flow in journey.flows:
        assert flow.id in section
    first = journey.flows[0]
    assert main(["stats", str(path), "--what-if", f"{first.id}=0.5"]) == EXIT_OK


def test_a_persona_name_shared_by_two_asks_for_the_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = rich_map()
    twin = data.personas[0].model_copy(update={"id": "pe-twin"})
    path = tmp_path / "twins.journey"
    journey_file.save(data.model_copy(update={"personas": (*data.personas, twin)}), path, backup=False)
    assert main(["export", str(path), str(tmp_path / "x.csv"), "--persona", data.personas[0].name]) == 2
    assert "--persona: 2 personas are named" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".xlsx", ".mmd"])
def test_a_workbook_or_mermaid_file_given_as_a_map_offers_the_import(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    other = tmp_path / f"shop{suffix}"
    assert main(["export", str(shop), str(other)]) == EXIT_OK
    capsys.readouterr()
    hint = f"make a map of it with: journeymap import {other} {tmp_path / 'shop.journey'}"
    assert main(["stats", str(other)]) == EXIT_PROBLEMS
    assert hint in capsys.readouterr().err
    assert main(["validate", str(other)]) == EXIT_PROBLEMS
    assert hint in capsys.readouterr().out
    assert main(["export", str(other), str(tmp_path / "x.csv")]) == EXIT_PROBLEMS
    assert hint in capsys.readouterr().err


def test_a_map_without_stages_says_so_once(shop: Path, tmp_path: Path) -> None:
    document = json.loads(shop.read_text(encoding="utf-8"))
    del document["stages"]
    broken = tmp_path / "nostages.journey"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.load(broken)
    (problem,) = caught.value.problems
    assert problem.location == "stages"
    assert problem.message.startswith("missing or empty, so ")
    assert "touchpoints.stage (" in problem.message


def test_a_map_with_one_dangling_stage_still_names_it(shop: Path, tmp_path: Path) -> None:
    document = json.loads(shop.read_text(encoding="utf-8"))
    document["touchpoints"][0]["stage"] = "st-nowhere"
    broken = tmp_path / "typo.journey"
    broken.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.load(broken)
    assert [str(p) for p in caught.value.problems] == ["touchpoints[0].stage: no stage 'st-nowhere'"]


def test_a_workbook_without_a_stages_sheet_says_so_once(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    workbook = tmp_path / "shop.xlsx"
    assert main(["export", str(shop), str(workbook)]) == EXIT_OK
    book = load_workbook(workbook)
    del book["Stages"]
    book.save(workbook)
    capsys.readouterr()
    assert main(["import", str(workbook), str(tmp_path / "back.journey")]) == EXIT_PROBLEMS
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"journeymap import: {workbook}: Stages: the sheet is missing, so ")
    assert "Touchpoints!B (" in line


@pytest.mark.parametrize("suffix", [".journey", ".xlsx", ".mmd"])
def test_an_empty_file_is_called_that(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    if suffix == ".journey":
        assert main(["validate", str(empty)]) == EXIT_PROBLEMS
        assert capsys.readouterr().out == f"{empty}: empty file\n"
    else:
        assert main(["import", str(empty), str(tmp_path / "x.journey")]) == EXIT_PROBLEMS
        assert capsys.readouterr().err == f"journeymap import: {empty}: empty file\n"


def test_tile_on_fit_pages_says_which_pages(shop: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "export", str(shop), str(tmp_path / "x.pdf"), "--tile"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "journeymap export: note: --tile: the pages are A3" in result.stderr


def test_without_a_display_the_editor_says_what_to_do_and_exits_1(shop: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "shop.xlsx"
    workbook.write_bytes(b"PK")
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", str(shop), str(workbook)],
        capture_output=True,
        text=True,
        check=False,
        env=_without_display(),
        timeout=60,
    )
    assert result.returncode == EXIT_PROBLEMS, result
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "journeymap: the editor needs a graphical session "
        "(no display: neither DISPLAY nor WAYLAND_DISPLAY is set)."
    )
    assert lines[1].startswith("journeymap: Every command works without one: ") and "validate" in lines[1]
    assert f"journeymap: {workbook}: is an Excel workbook, not a map; make a map of it with:" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_display_that_is_not_there_is_named() -> None:
    env = {"DISPLAY": ":987"}
    assert missing_display(env, platform="linux") == "cannot reach the display DISPLAY=:987"
    assert missing_display({}, platform="linux") is not None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert missing_display({"DISPLAY": "remote.example:10"}, platform="linux") is None
    assert missing_display({}, platform="darwin") is None


def test_a_running_x_display_is_found() -> None:
    """An X server listens on Linux's abstract socket too; one made here stands in for it."""
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        for number in range(5000 + os.getpid() % 1000, 7000):
            try:
                server.bind(f"\0/tmp/.X11-unix/X{number}")
                break
            except OSError:
                continue
        server.listen(1)
        assert missing_display({"DISPLAY": f":{number}"}, platform="linux") is None
        assert missing_display({"DISPLAY": f":{number}.0"}, platform="linux") is None
    assert missing_display({"DISPLAY": f":{number}"}, platform="linux") is not None


def test_the_usage_line_mentions_files() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "--help"], capture_output=True, text=True, check=False
    )
    assert result.stdout.startswith("usage: journeymap [FILE ...]")
