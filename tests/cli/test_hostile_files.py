"""Colleagues' files (issue 16): every break the fuzzing run found, with its reproducer,
run through the real command line. The contract: a result or located problems, exit 0, 1
or 2, never an internal error, and the input untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, main
from journeymap.formats import journey_file
from journeymap.formats.excel_import import read_workbook
from journeymap.model.bounds import MAX_AMOUNT, MAX_COUNT

COMMANDS = (
    ("validate",),
    ("stats",),
    ("export", "out.xlsx"),
    ("export", "out.mmd"),
    ("export", "out.csv"),
)


def _write(tmp_path: Path, text: str | bytes, name: str = "map.journey") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _run_all(path: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[int, str]]:
    """Every command on ``path``: (exit code, what it printed); the input is never changed."""
    before = path.read_bytes()
    results = []
    for command, *rest in COMMANDS:
        out = [str(path.parent / rest[0])] if rest else []
        code = main([command, str(path), *out])
        captured = capsys.readouterr()
        results.append((code, captured.out + captured.err))
        assert "internal error" not in captured.err, (command, captured.err)
        assert "Traceback" not in captured.err
    assert path.read_bytes() == before
    return results


def _doc(**collections: object) -> str:
    return json.dumps({"format": "journeymap", "version": 1, **collections})


def test_customers_of_400_digits_are_refused_where_they_are_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # validate used to call this valid; stats and png ended in "integer division result too
    # large for a float", the xlsx export in an lxml traceback, the editor in a segfault
    big = "1" + "0" * 400
    path = _write(tmp_path, _doc()[:-1] + f', "stages": [{{"id": "s1", "name": "A", "customers": {big}}}]}}')
    for code, said in _run_all(path, capsys):
        assert code == EXIT_PROBLEMS
        assert "stages[0].customers: too large: a number of 401 digits" in said


@pytest.mark.parametrize(
    ("field", "record"),
    [
        ("customers", {"id": "s1", "name": "A", "customers": 10**15}),
        ("volume", None),
    ],
)
def test_counts_past_the_bound_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, record: dict[str, object] | None
) -> None:
    stages = [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B"}]
    flows = []
    if record is None:
        flows = [{"id": "f1", "source": "s1", "target": "s2", "volume": 10**400}]
    else:
        stages[0] = record
    path = _write(tmp_path, _doc(stages=stages, flows=flows))
    assert main(["validate", str(path)]) == EXIT_PROBLEMS
    said = capsys.readouterr().out
    assert field in said
    assert len(said) < 300


def test_an_integer_past_pythons_4300_digits_is_a_located_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "9" * 5000
    path = _write(
        tmp_path,
        _doc()[:-1] + f', "stages": [{{"id": "s1", "name": "A", "customers": {huge}}}],'
        f' "metrics": [{{"id": "m1", "name": "NPS", "value": -{huge}}}]}}',
    )
    for code, said in _run_all(path, capsys):
        assert code == EXIT_PROBLEMS
        assert "stages[0].customers: too large: a number of 5,000 digits" in said
        assert "metrics[0].value: too large: a number of 5,000 digits" in said


def test_a_huge_version_number_is_a_header_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, '{"format": "journeymap", "version": ' + "7" * 5000 + "}")
    assert main(["validate", str(path)]) == EXIT_PROBLEMS
    assert "version: version must be a whole number from 1" in capsys.readouterr().out


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T00:00:00-14:00", "1899-12-31T23:59:59Z"]
)
def test_dates_past_what_every_export_can_write_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], moment: str
) -> None:
    # these validated, then broke the xlsx export with "date value out of range"
    path = _write(tmp_path, _doc(journey={"created": moment}))
    for code, said in _run_all(path, capsys):
        assert code == EXIT_PROBLEMS
        assert "journey.created: must be a date in the years 1900 to 9998" in said


def _extreme_map() -> str:
    return _doc(
        journey={
            "title": "Edges",
            "created": "1900-01-01T00:00:00+14:00",
            "modified": "9998-12-31T23:59:59-14:00",
        },
        stages=[
            {"id": "s1", "name": "A", "customers": MAX_COUNT},
            {"id": "s2", "name": "B", "customers": 1},
            {"id": "s3", "name": "C", "customers": 0},
        ],
        lanes=[{"id": "l1", "name": "Web"}],
        touchpoints=[{"id": "t1", "stage": "s1", "lane": "l1", "title": "T", "emotion": -2}],
        metrics=[
            {"id": "m1", "name": "Money", "attached_to": "s1", "value": MAX_AMOUNT, "target": -MAX_AMOUNT},
            {"id": "m2", "name": "Tiny", "value": 5e-324},
        ],
        flows=[
            {"id": "f1", "source": "s1", "target": "s2", "volume": MAX_COUNT, "share": 1.0},
            {"id": "f2", "source": "s2", "target": "s3", "volume": 0, "share": 0.0},
        ],
        comments=[{"id": "c1", "text": "x", "created": "9998-12-31T23:59:59-14:00"}],
    )


def test_a_map_at_every_bound_validates_analyses_exports_and_imports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, _extreme_map())
    for code, said in _run_all(path, capsys):
        assert code == EXIT_OK, said
    assert read_workbook(tmp_path / "out.xlsx") == journey_file.load_data(path)


def test_duplicate_keys_are_refused_with_their_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path,
        '{"format": "journeymap", "format": "journeymap", "version": 1,'
        ' "stages": [{"id": "a", "name": "A", "id": "b"}]}',
    )
    assert main(["validate", str(path)]) == EXIT_PROBLEMS
    said = capsys.readouterr().out.splitlines()
    assert said == [
        f"{path}: format: the key 'format' is written more than once in this object",
        f"{path}: stages[0].id: the key 'id' is written more than once in this object",
    ]


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_utf16_and_utf32_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, name: str
) -> None:
    path = _write(tmp_path, _doc(journey={"title": "Çay"}).encode(encoding))
    assert main(["validate", str(path)]) == EXIT_PROBLEMS
    assert (
        capsys.readouterr().out
        == f"{path}: the file is {name} text; .journey files are UTF-8: save it as UTF-8\n"
    )


def test_a_utf8_byte_order_mark_is_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + _doc(journey={"title": "Çay"}).encode())
    assert main(["validate", str(path)]) == EXIT_OK


def test_messages_quote_only_a_short_excerpt_of_a_huge_bad_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "x" * 5_000_000
    path = _write(
        tmp_path,
        _doc(
            stages=[{"id": "s1", "name": "A", "customers": huge, huge: 1}],
            lanes=[{"id": "l1", "name": "L", "cells": {"s1": "text", huge[:100]: "y"}}],
            touchpoints=[{"id": "t1", "stage": huge, "lane": "l1", "title": "T", "emotion": huge}],
        ),
    )
    for code, said in _run_all(path, capsys):
        assert code == EXIT_PROBLEMS
        lines = said.splitlines()
        assert len(lines) >= 4
        assert all(len(line) < 600 for line in lines), max(map(len, lines))
        assert "stages[0].customers" in said
        assert "(5,000,000 characters)" in said
