"""``journeymap present`` checks the map and its options before any window opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.cli import EXIT_PROBLEMS, EXIT_USAGE, main
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import Stage


def test_a_bad_file_is_refused_with_its_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "version": 2, "stages": [{"id": "s"}]}', encoding="utf-8")
    assert main(["present", str(bad)]) == EXIT_PROBLEMS
    assert "stages[0].name: required field is missing" in capsys.readouterr().err


def test_a_map_without_stages_has_nothing_to_present(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.journey"
    journey_file.save(JourneyData(), empty)
    assert main(["present", str(empty)]) == EXIT_PROBLEMS
    assert "no stages to present" in capsys.readouterr().err


def test_a_stage_the_map_does_not_have_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small = tmp_path / "small.journey"
    journey_file.save(JourneyData(stages=(Stage(id="s1", name="Only"),)), small)
    assert main(["present", str(small), "--stage", "3"]) == EXIT_USAGE
    assert "--stage 3: the map has 1 stage\n" in capsys.readouterr().err


@pytest.mark.parametrize("option", [["--screen", "0"], ["--stage", "x"], ["--minutes", "-5"]])
def test_numbers_are_checked(tmp_path: Path, option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["present", str(tmp_path / "map.journey"), *option]) == EXIT_USAGE
    assert f"argument {option[0]}:" in capsys.readouterr().err
