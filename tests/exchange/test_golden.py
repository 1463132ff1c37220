"""The example map through the exchange service gives the same files as before the service."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.golden import CASES, GOLDEN, difference, differences


def test_mermaid_csv_and_workbook_exports_match_the_golden_files() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(CASES)
    assert differences(GOLDEN) == []


def test_the_comparison_sees_a_changed_cell_and_a_changed_byte(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(GOLDEN / "online-shop.xlsx")
    book.worksheets[1]["A2"] = "changed"
    book.save(tmp_path / "online-shop.xlsx")
    assert difference(GOLDEN / "online-shop.xlsx", tmp_path / "online-shop.xlsx") is not None
    (tmp_path / "online-shop.csv").write_bytes((GOLDEN / "online-shop.csv").read_bytes() + b"\r\n")
    assert (
        difference(GOLDEN / "online-shop.csv", tmp_path / "online-shop.csv")
        == "online-shop.csv: bytes differ"
    )
