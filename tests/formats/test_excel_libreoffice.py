"""A workbook saved again by LibreOffice Calc imports to the same map (skipped without LibreOffice).

LibreOffice keeps 15 significant digits, as Excel does, so the map here has no number
that needs 17; and openpyxl reads a literal ``_x0041_`` in a shared string as an escape,
so that one look-alike is left out (our own workbooks use inline strings, which keep it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.model.data import JourneyData
from journeymap.model.elements import Stage
from tests.formats.exchange_samples import TRICKY, rich_map

SOFFICE = shutil.which("soffice")
pytestmark = [pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"), pytest.mark.slow]


def _tricky_map() -> JourneyData:
    data = rich_map()
    metrics = tuple(m.updated(value=0.3) if m.id == "me-open" else m for m in data.metrics)
    stages = tuple(
        Stage(id=f"st-t{i}", name=text.strip() or "blank", description=text)
        for i, text in enumerate(TRICKY)
        if "_x0041_" not in text
    )
    return data.model_copy(update={"metrics": metrics, "stages": data.stages + stages})


def _resaved(source: Path, folder: Path, fmt: str) -> Path:
    folder.mkdir()
    subprocess.run(
        [SOFFICE or "soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
         "--convert-to", fmt, "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / f"{source.stem}.{fmt.split(':')[0]}"


def test_libreoffice_opens_and_resaves_the_workbook_unchanged(tmp_path: Path) -> None:
    data = _tricky_map()
    source = tmp_path / "map.xlsx"
    write_workbook(data, source)
    resaved = _resaved(source, tmp_path / "lo", "xlsx")
    assert read_workbook(resaved) == data


def test_libreoffice_prints_the_map(tmp_path: Path) -> None:
    source = tmp_path / "map.xlsx"
    write_workbook(rich_map(), source)
    pdf = _resaved(source, tmp_path / "pdf", "pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"/Type /Page" in pdf or b"/Type/Page" in pdf
