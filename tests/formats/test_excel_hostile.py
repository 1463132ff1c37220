"""Hostile and foreign files are refused with a clear message, quickly, and nothing hangs."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from journeymap.formats import excel_guard, excel_import
from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.formats.journey_file import JourneyFileError
from tests.formats.exchange_samples import rich_map

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n"
)


def _refusal(path: Path, *, within: float = 5.0) -> str:
    start = time.perf_counter()
    with pytest.raises(JourneyFileError) as caught:
        read_workbook(path)
    assert time.perf_counter() - start < within
    (problem,) = caught.value.problems
    return str(problem)


def _rewritten(tmp_path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    source = tmp_path / "good.xlsx"
    write_workbook(rich_map(), source)
    target = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            content = old.read(info)
            new.writestr(info.filename, change(content) if info.filename == part else content)
    return target


def _sheet_part(tmp_path: Path, title: str) -> str:
    write_workbook(rich_map(), tmp_path / "probe.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "probe.xlsx", read_only=True)
    index = book.sheetnames.index(title) + 1
    book.close()
    return f"xl/worksheets/sheet{index}.xml"


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert _refusal(tmp_path / "empty.xlsx") == "empty file"
    for content in (b"hello, I am text", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600):
        path = tmp_path / "x.xlsx"
        path.write_bytes(content)
        assert "not a zip archive" in _refusal(path)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "not a readable Excel workbook" in _refusal(path)


def test_a_missing_file(tmp_path: Path) -> None:
    assert "No such file" in _refusal(tmp_path / "nowhere.xlsx")


def test_an_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(excel_guard, "MAX_WORKBOOK_BYTES", 1000)
    path = tmp_path / "map.xlsx"
    write_workbook(rich_map(), path)
    assert "the limit is" in _refusal(path)


def test_a_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 2**20))
    assert "zip bomb" in _refusal(path)


def test_a_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(excel_guard, "MAX_UNCOMPRESSED_BYTES", 10_000)
    path = tmp_path / "map.xlsx"
    write_workbook(rich_map(), path)
    assert "unpacks to" in _refusal(path)


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/sharedStrings.xml", "sheet"])
def test_an_xml_entity_bomb_is_refused_before_parsing(tmp_path: Path, part: str) -> None:
    part = _sheet_part(tmp_path, "Touchpoints") if part == "sheet" else part

    def bomb(content: bytes) -> bytes:
        return LAUGHS + content.split(b"?>", 1)[-1] if content.startswith(b"<?xml") else LAUGHS + content

    if part == "xl/sharedStrings.xml":  # write-only workbooks have none: add one
        path = _rewritten(tmp_path, "xl/workbook.xml", lambda c: c)
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr(part, bomb(b"<sst/>"))
    else:
        path = _rewritten(tmp_path, part, bomb)
    assert "entity bomb" in _refusal(path)


def test_openpyxl_parses_with_defusedxml_as_a_second_defence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    part = _sheet_part(tmp_path, "Touchpoints")
    path = _rewritten(tmp_path, part, lambda c: LAUGHS + c.split(b"?>", 1)[-1])
    monkeypatch.setattr(excel_import, "check_workbook_file", lambda path: None)
    assert "entities" in _refusal(path)


def test_millions_of_rows_are_refused_quickly(tmp_path: Path) -> None:
    part = _sheet_part(tmp_path, "Touchpoints")

    def far_row(content: bytes) -> bytes:
        row = b'<row r="3000000"><c r="A3000000" t="inlineStr"><is><t>tp-far</t></is></c></row>'
        return content.replace(b"</sheetData>", row + b"</sheetData>")

    assert "more than 100,000 rows" in _refusal(_rewritten(tmp_path, part, far_row))


def test_a_declared_huge_dimension_does_not_make_rows(tmp_path: Path) -> None:
    part = _sheet_part(tmp_path, "Touchpoints")

    path = _rewritten(
        tmp_path, part, lambda c: c.replace(b"<sheetViews>", b'<dimension ref="A1:XFD1048576"/><sheetViews>')
    )
    start = time.perf_counter()
    assert read_workbook(path) == rich_map()
    assert time.perf_counter() - start < 5
