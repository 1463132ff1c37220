"""``journeymap diff``, ``merge``, ``show`` and ``validate`` of maps with conflicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeymap.cli import main
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.operations import Update
from journeymap.util.paths import resource

EXAMPLE = resource("examples", "online-shop.journey")


def edited(path: Path, ident: str, **changes: Any) -> JourneyData:
    journey = journey_file.load(path)
    record = journey[ident]
    journey.apply(Update(record, record.updated(**changes)))
    return journey.snapshot()


def save(data: JourneyData, path: Path) -> Path:
    journey_file.save(data, path, backup=False)
    return path


def test_the_same_map_reformatted_is_no_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    squeezed = tmp_path / "squeezed.journey"
    document = json.loads(EXAMPLE.read_bytes())
    squeezed.write_text(json.dumps(dict(reversed(list(document.items()))), separators=(",", ":")))
    assert main(["diff", str(EXAMPLE), str(squeezed)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["diff", str(EXAMPLE), str(squeezed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"same": True, "changes": []}


def test_diff_says_what_changed_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = save(edited(EXAMPLE, "tp-search-ad", title="Search ad: bedding"), tmp_path / "new.journey")
    assert main(["diff", str(EXAMPLE), str(new)]) == 1
    assert capsys.readouterr().out == (
        'changed touchpoint “Search ad: bedding”: title ‘Search ad: "linen bedding"’ → “Search ad: bedding”\n'
    )
    assert main(["diff", str(EXAMPLE), str(new), "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == {
        "same": False,
        "changes": [
            {
                "op": "change",
                "kind": "touchpoint",
                "id": "tp-search-ad",
                "title": "Search ad: bedding",
                "field": "title",
                "before": 'Search ad: "linen bedding"',
                "after": "Search ad: bedding",
            }
        ],
    }


def test_diff_of_an_unreadable_map_is_an_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_text("{")
    assert main(["diff", str(EXAMPLE), str(bad)]) == 2
    assert f"{bad}: line 1 column 2: not valid JSON" in capsys.readouterr().err
    assert main(["diff", str(EXAMPLE)]) == 2


def test_a_clean_merge_writes_both_sides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = save(edited(EXAMPLE, "tp-search-ad", title="Ours"), tmp_path / "ours.journey")
    theirs = save(edited(EXAMPLE, "st-purchase", goal="Theirs"), tmp_path / "theirs.journey")
    out = tmp_path / "out.journey"
    assert main(["merge", str(EXAMPLE), str(ours), str(theirs), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: merged cleanly\n"
    merged = journey_file.load(out)
    assert (merged["tp-search-ad"].title, merged["st-purchase"].goal) == ("Ours", "Theirs")


def test_a_merge_with_conflicts_keeps_ours_records_them_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = save(edited(EXAMPLE, "tp-search-ad", title="Ours"), tmp_path / "ours.journey")
    theirs = save(edited(EXAMPLE, "tp-search-ad", title="Theirs"), tmp_path / "theirs.journey")
    assert (
        main(["merge", str(EXAMPLE), str(ours), str(theirs), "-o", str(ours), "--path", "shop.journey"]) == 1
    )
    assert capsys.readouterr().out.splitlines() == [
        "shop.journey: conflict: touchpoint “Ours”: title changed on both sides: ours “Ours”, theirs “Theirs”",
        "shop.journey: 1 conflict kept in the map; open it in journeymap to resolve it",
    ]
    assert journey_file.load(ours)["tp-search-ad"].title == "Ours"
    assert main(["validate", str(ours)]) == 1
    assert "conflicts[0]: unresolved merge conflict: touchpoint" in capsys.readouterr().out


def test_merge_never_writes_over_base_or_theirs_and_reads_an_empty_base(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theirs = save(edited(EXAMPLE, "st-purchase", goal="Theirs"), tmp_path / "theirs.journey")
    before = theirs.read_bytes()
    assert main(["merge", str(EXAMPLE), str(EXAMPLE), str(theirs), "-o", str(theirs), "--force"]) == 2
    assert theirs.read_bytes() == before
    assert "is the input file" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    out = tmp_path / "out.journey"
    assert main(["merge", str(empty), str(theirs), str(theirs), "-o", str(out)]) == 0


def test_show_prints_a_map_as_text_and_textconv_shows_any_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("map “Nestwell home-goods web shop”\n")
    assert '\ntouchpoint ‘Search ad: "linen bedding"’ [tp-search-ad] in “Awareness” / “Ads”\n' in text
    broken = tmp_path / "broken.journey"
    broken.write_text("<<<<<<< ours\n")
    assert main(["show", str(broken)]) == 1
    capsys.readouterr()
    assert main(["show", "--textconv", str(broken)]) == 0
    assert capsys.readouterr().out.endswith("<<<<<<< ours\n")
