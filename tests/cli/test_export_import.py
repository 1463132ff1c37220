"""``journeymap export`` and ``journeymap import`` end to end: formats, no Qt, exit codes, no half files."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from journeymap.formats import journey_file
from tests.formats.exchange_samples import rich_map
from tests.formats.mermaid_grammar import parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "shop.journey"
    journey_file.save(rich_map(), path, backup=False)
    return path


def _run_isolated(*args: str, stderr: int | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter that reports which Qt modules it loaded."""
    code = (
        "import sys\n"
        "from journeymap.cli import main\n"
        f"code = main({list(args)!r})\n"
        "print('QT:', sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=stderr is None, stderr=stderr, text=True, env=env,
        check=False, cwd=ROOT,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".mmd", ".csv"])
def test_data_formats_export_without_loading_qt(source: Path, suffix: str) -> None:
    out = source.with_suffix(suffix)
    result = _run_isolated("export", str(source), str(out))
    assert result.returncode == EXIT_OK, result.stderr
    assert "QT: []" in result.stdout
    assert "Traceback" not in result.stderr
    assert out.stat().st_size > 0


def test_import_runs_without_loading_qt(source: Path, tmp_path: Path) -> None:
    assert main(["export", str(source), str(tmp_path / "m.xlsx")]) == EXIT_OK
    result = _run_isolated("import", str(tmp_path / "m.xlsx"), str(tmp_path / "back.journey"))
    assert result.returncode == EXIT_OK and "QT: []" in result.stdout, result.stderr


def test_xlsx_export_then_import_gives_the_same_file(source: Path, tmp_path: Path) -> None:
    book = tmp_path / "shop.xlsx"
    assert main(["export", str(source), str(book)]) == EXIT_OK
    names = zipfile.ZipFile(book).namelist()
    assert sum(n.startswith("xl/tables/table") for n in names) >= 9
    assert main(["import", str(book), str(tmp_path / "back.journey")]) == EXIT_OK
    assert (tmp_path / "back.journey").read_bytes() == source.read_bytes()


def test_mermaid_export_parses_and_imports(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "shop.mmd"
    assert main(["export", str(source), str(out)]) == EXIT_OK
    diagram = parse(out.read_text("utf-8"))
    assert len(diagram.sections) == 4 and len(diagram.tasks) == 6
    assert main(["import", str(out), str(tmp_path / "m.journey")]) == EXIT_OK
    data = journey_file.load_data(tmp_path / "m.journey")
    assert [s.name for s in data.stages] == [s.name for s in rich_map().stages]


def test_csv_through_a_persona(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "ayse.csv"
    assert main(["export", str(source), str(out), "--persona", "pe-omar"]) == EXIT_OK
    text = out.read_bytes().decode("utf-8-sig")
    assert "tp-cart" in text and "tp-search" not in text and "tp-mail" in text  # no personas: everyone


def test_an_unknown_persona_or_suffix_is_a_usage_error(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(source), str(tmp_path / "x.csv"), "--persona", "nobody"]) == EXIT_USAGE
    assert main(["export", str(source), str(tmp_path / "x.docx")]) == EXIT_USAGE
    assert main(["export", str(source), str(tmp_path / "x.pdf"), "--page-size", "B5"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no persona 'nobody'" in err and "cannot tell the format" in err
    assert list(tmp_path.glob("x.*")) == []


def test_a_broken_map_fails_with_located_problems_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "version": 1, "stages": [{"id": "st-1"}]}', "utf-8")
    assert main(["export", str(bad), str(tmp_path / "out.xlsx")]) == EXIT_PROBLEMS
    assert "stages[0].name" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()


def test_an_unwritable_destination_is_a_message_not_a_traceback(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(source), str(tmp_path / "no" / "such" / "dir.xlsx")]) == EXIT_PROBLEMS
    assert "cannot write" in capsys.readouterr().err


def test_import_refuses_to_overwrite_without_force(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "m.xlsx"
    assert main(["export", str(source), str(book)]) == EXIT_OK
    target = tmp_path / "kept.journey"
    target.write_text("precious", "utf-8")
    assert main(["import", str(book), str(target)]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err and target.read_text("utf-8") == "precious"
    assert main(["import", str(book), str(target), "--force"]) == EXIT_OK
    assert journey_file.load_data(target) == rich_map()
    assert (tmp_path / "kept.journey.bak").read_text("utf-8") == "precious"


def test_a_hostile_or_broken_input_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook")
    bad_mmd = tmp_path / "bad.mmd"
    bad_mmd.write_text("journey\nsection A\nTask: lots\n", "utf-8")
    latin = tmp_path / "latin.mmd"
    latin.write_bytes("journey\nsection Ça\n".encode("latin-1"))
    for source in (fake, bad_mmd, latin):
        assert main(["import", str(source), str(tmp_path / "out.journey")]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert (
        "not a zip archive" in err
        and "line 3: the score 'lots' is not a number" in err
        and "not UTF-8" in err
    )
    assert not (tmp_path / "out.journey").exists()
    assert main(["import", str(tmp_path / "map.json"), str(tmp_path / "out.journey")]) == EXIT_USAGE
    assert main(["import", str(bad_mmd), str(tmp_path / "out.txt")]) == EXIT_USAGE


def test_progress_shows_on_a_terminal_only(source: Path, tmp_path: Path) -> None:
    quiet = _run_isolated("export", str(source), str(tmp_path / "a.xlsx"))
    assert "exporting" not in quiet.stderr
    leader, follower = pty.openpty()
    loud = _run_isolated("export", str(source), str(tmp_path / "b.xlsx"), stderr=follower)
    os.close(follower)
    shown = b""
    try:
        while chunk := os.read(leader, 4096):
            shown += chunk
    except OSError:
        pass  # the terminal closed
    os.close(leader)
    assert loud.returncode == EXIT_OK
    assert b"exporting" in shown and b"Touchpoints" in shown


def _images_available() -> bool:
    try:
        import journeymap.render.images  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _images_available(), reason="the image exporter is not installed")
def test_images_are_produced_headless(source: Path, tmp_path: Path) -> None:
    for suffix in (".png", ".svg", ".pdf"):
        assert main(["export", str(source), str(tmp_path / f"map{suffix}"), "--page-size", "a4"]) == EXIT_OK
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    import xml.etree.ElementTree as ElementTree

    assert ElementTree.parse(tmp_path / "map.svg").getroot().tag.endswith("svg")
    pdf = (tmp_path / "map.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf and b"/FontFile" in pdf


def test_export_never_replaces_a_file_without_force_and_never_its_input(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tmp_path / "kept.csv"
    kept.write_text("precious", "utf-8")
    assert main(["export", str(source), str(kept)]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err and kept.read_text("utf-8") == "precious"
    assert main(["export", str(source), str(kept), "--force"]) == EXIT_OK
    assert kept.read_text("utf-8-sig").startswith("id,")
    map_named_csv = tmp_path / "map.csv"  # a map under another suffix, exported onto itself
    map_named_csv.write_bytes(source.read_bytes())
    assert main(["export", str(map_named_csv), str(map_named_csv), "--force"]) == EXIT_USAGE
    assert "is the input file" in capsys.readouterr().err
    assert map_named_csv.read_bytes() == source.read_bytes()
    assert main(["export", str(source), str(tmp_path)]) == EXIT_USAGE  # a folder
    assert main(["schema", "--out", ""]) == EXIT_USAGE
    assert main(["schema", "--out", str(source)]) == EXIT_USAGE
    assert journey_file.load_data(source) == rich_map()


def test_personas_sharing_a_name_must_be_named_by_id(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = rich_map()
    twin = data.personas[0].model_copy(update={"id": "pe-twin"})
    doubled = tmp_path / "twins.journey"
    journey_file.save(data.model_copy(update={"personas": (*data.personas, twin)}), doubled, backup=False)
    name = data.personas[0].name
    assert main(["export", str(doubled), str(tmp_path / "x.csv"), "--persona", name]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "2 personas are named" in err and "pe-twin" in err and data.personas[0].id in err
    assert main(["export", str(doubled), str(tmp_path / "x.csv"), "--persona", "pe-twin"]) == EXIT_OK


def test_image_options_a_format_does_not_use_are_noted(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(source), str(tmp_path / "x.csv"), "--tile", "--scale", "2"]) == EXIT_OK
    assert "--scale, --tile: not used for .csv files" in capsys.readouterr().err
    assert main(["export", str(source), str(tmp_path / "x.png"), "--scale", "0.01"]) == EXIT_USAGE
    assert "--scale must be from" in capsys.readouterr().err


def test_dpi_sets_a_png_s_resolution_and_excludes_scale(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "print.png"
    assert main(["export", str(source), str(out), "--dpi", "192"]) == EXIT_OK
    png = out.read_bytes()
    phys = png.index(b"pHYs") + 4
    per_metre = int.from_bytes(png[phys : phys + 4], "big")
    assert round(per_metre * 0.0254) == 192
    assert main(["export", str(source), str(tmp_path / "x.png"), "--dpi", "2"]) == EXIT_USAGE
    assert "--dpi must be from 4.8 to 1536" in capsys.readouterr().err
    assert main(["export", str(source), str(tmp_path / "x.svg"), "--dpi", "300", "--transparent"]) == EXIT_OK
    assert "--dpi, --transparent: not used for .svg files" in capsys.readouterr().err
