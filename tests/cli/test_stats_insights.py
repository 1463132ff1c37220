"""``journeymap stats`` with the insights: JSON keys and values, tables, --target, --what-if."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.cli import EXIT_OK, EXIT_USAGE, main
from journeymap.formats import journey_file
from tests.model.test_analysis import lifecycle


@pytest.fixture
def map_file(tmp_path: Path) -> str:
    path = tmp_path / "life.journey"
    journey_file.save(lifecycle(), path)
    return str(path)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["stats", *args, "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_json_has_counts_and_insights(map_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, map_file)
    assert set(data) == {
        "total",
        "stages",
        "lanes",
        "funnel",
        "paths",
        "coverage",
        "hotspots",
        "problems",
        "votes",
    }
    assert data["total"]["touchpoints"] == 7
    assert [s["conversion"] for s in data["funnel"]["steps"]] == [None, 0.4, 0.25, 0.0, None]
    assert [lp["flow"] for lp in data["funnel"]["loops"]] == ["f4", "f6"]
    assert data["paths"]["level"] == "touchpoint"
    assert data["paths"]["target"] == {"id": "pu", "name": "Purchase"}
    assert data["paths"]["conversion"] == round(21 / 95, 6)
    assert data["paths"]["top"][0] == {
        "probability": 0.15,
        "nodes": ["ad1", "cmp", "chk"],
        "names": ["Search ad", "Comparison", "Checkout"],
        "flows": ["f1", "f3"],
    }
    assert data["coverage"]["counts"] == [[1, 1], [1, 2], [1, 0], [0, 0], [0, 1]]
    assert {"stage": "re", "lane": "web"} in data["coverage"]["empty"]
    assert data["hotspots"]["stages"][0] == {
        "id": "pu",
        "name": "Purchase",
        "score": 3.0,
        "pain_points": ["p1", "p3"],
        "unknown": 0,
    }
    assert {
        "kind": "dead_end",
        "message": "“FAQ mail” is a dead end: customers arrive but no flow leads on",
        "ids": ["faq"],
        "value": None,
    } in data["problems"]
    assert "what_if" not in data


def test_target_and_what_if(map_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, map_file, "--target", "ad", "--what-if", "f5=0.6")
    assert data["paths"]["target"]["id"] == "ad"
    # reach of Advocacy 12.6/190 (see tests/model/test_analysis.py); with f5 at 0.6 it doubles
    assert data["what_if"]["before"] == round(12.6 / 190, 6)
    assert data["what_if"]["after"] == round(2 * 12.6 / 190, 6)
    assert (data["what_if"]["old_share"], data["what_if"]["new_share"]) == (0.3, 0.6)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--target", "nope"], "no stage 'nope'"),
        (["--what-if", "f5"], "FLOW=SHARE"),
        (["--what-if", "f5=much"], "FLOW=SHARE"),
        (["--what-if", "f5=inf"], "FLOW=SHARE"),
        (["--what-if", "f5=0_5"], "FLOW=SHARE"),
        (["--what-if", "f5=2"], "between 0 and 1"),
        (["--what-if", "zz=0.5"], "no flow 'zz'"),
    ],
)
def test_bad_options_are_usage_errors(
    map_file: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["stats", map_file, *args]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_tables(map_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", map_file, "--what-if", "f3=0.8"]) == EXIT_OK
    out = capsys.readouterr().out
    for heading in (
        "Funnel",
        "Flow analysis over the touchpoint flows",
        "Most travelled paths to “Purchase”",
        "Omnichannel coverage",
        "Pain hot spots",
        "Problems",
    ):
        assert heading in out
    assert "conversion to “Purchase”: 22.1%" in out
    assert "Search ad → Comparison → Checkout" in out
    assert "4 of 10 cells empty" in out
    assert "stage “Retention” has no touchpoints" in out
    assert "conversion 22.1% → 29.5%" in out  # 21/95 -> 11.2/38


def test_a_map_without_flows_or_channels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.journey"
    path.write_text('{"format": "journeymap", "version": 1, "stages": [{"id": "a", "name": "A"}]}')
    data = run_json(capsys, str(path))
    assert data["paths"]["level"] is None and data["paths"]["top"] == []
    assert main(["stats", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "the map has no flows to analyse" in out
    assert "the map has no channel lanes" in out


def test_votes_are_ranked_per_round_in_json_and_tables(capsys: pytest.CaptureFixture[str]) -> None:
    golden = str(Path(__file__).parents[1] / "formats" / "data" / "v3-workshop.journey")
    data = run_json(capsys, golden)
    closed, poll = data["votes"]
    assert closed == {
        "id": "vr-1",
        "name": "What hurts most",
        "date": "2025-03-03T10:00:00Z",
        "closed": True,
        "participants": 2,
        "dots_each": 3,
        "dots_given": 5,
        "results": [
            {"id": "pp-postage", "kind": "pain_point", "title": "Postage shown late", "dots": 3, "voters": 2},
            {"id": "tp-checkout", "kind": "touchpoint", "title": "Checkout", "dots": 2, "voters": 1},
        ],
    }
    assert poll["results"] == [
        {
            "id": "op-early",
            "kind": "opportunity",
            "title": "Show postage on the product page",
            "dots": 2,
            "voters": 1,
        }
    ]
    assert (data["total"]["notes"], data["total"]["voting_rounds"], data["total"]["votes"]) == (3, 2, 4)
    assert main(["stats", golden]) == 0
    text = capsys.readouterr().out
    assert "Votes: What hurts most (closed, 5 of 6 dots)" in text and "Postage shown late" in text
