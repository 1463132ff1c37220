"""The exchange service end to end: every format written through one call, atomically, with
one progress and cancellation path, through the persona lens; imports by suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journeymap import exchange
from journeymap.exchange import ExportError, ImageOptions
from journeymap.formats import journey_file
from journeymap.formats.csv_export import to_csv
from journeymap.formats.mermaid import to_mermaid
from journeymap.model.elements import Persona
from journeymap.model.journey import Journey
from journeymap.model.lens import through_persona
from journeymap.model.operations import Add, Update
from journeymap.util.progress import Cancelled
from tests.render.conftest import small_map

DATA = (".xlsx", ".mmd", ".csv")


@pytest.fixture
def journey() -> Journey:
    return small_map()


def test_data_formats_write_what_the_format_modules_make(journey: Journey, tmp_path: Path) -> None:
    exchange.export(journey, tmp_path / "map.csv")
    exchange.export(journey.snapshot(), tmp_path / "map.mmd")  # a live map or its data alike
    assert (tmp_path / "map.csv").read_bytes() == to_csv(journey.snapshot())
    assert (tmp_path / "map.mmd").read_text("utf-8") == to_mermaid(journey.snapshot())


def test_the_persona_lens_leaves_out_what_does_not_concern_the_persona(
    journey: Journey, tmp_path: Path
) -> None:
    bo = Persona(id="pe-bo", name="Bo")
    tagged = journey["tp-1"].updated(personas=("pe-bo",))  # type: ignore[attr-defined]
    journey.apply_all([Add(bo), Update(journey["tp-1"], tagged)])
    exchange.export(journey, tmp_path / "ana.csv", ImageOptions(persona="pe-ana", scale=4))
    assert (tmp_path / "ana.csv").read_bytes() == to_csv(through_persona(journey.snapshot(), "pe-ana"))
    text = (tmp_path / "ana.csv").read_text("utf-8-sig")
    assert "Touchpoint 0" in text and "Touchpoint 2" in text  # tagged Ana / tagged no one: kept
    assert "Touchpoint 1" not in text  # Bo's only


@pytest.mark.parametrize("suffix", [*DATA, ".png", ".svg", ".pdf"])
def test_every_format_reports_progress_to_the_end(
    qtbot, journey: Journey, tmp_path: Path, suffix: str
) -> None:
    heard: list[tuple[int, int]] = []
    format_ = exchange.export(
        journey, tmp_path / f"map{suffix}", progress=lambda s, d, t: heard.append((d, t))
    )
    assert format_.suffix == suffix
    assert heard and heard[0][0] == 0 and heard[-1][0] == heard[-1][1]
    assert (tmp_path / f"map{suffix}").stat().st_size > 0


@pytest.mark.parametrize("suffix", [*DATA, ".png", ".svg", ".pdf"])
def test_cancelling_leaves_nothing_behind(qtbot, journey: Journey, tmp_path: Path, suffix: str) -> None:
    def cancel(step: str, done: int, total: int) -> None:
        raise Cancelled

    out = tmp_path / f"map{suffix}"
    with pytest.raises(Cancelled):
        exchange.export(journey, out, progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_suffix_or_an_impossible_picture_writes_nothing(
    qtbot, journey: Journey, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="cannot tell the format"):
        exchange.export(journey, tmp_path / "map.gif")
    with pytest.raises(ExportError, match="none of the selected"):
        exchange.export(journey, tmp_path / "map.png", ImageOptions(selection=("nothing",)))
    assert list(tmp_path.iterdir()) == []


def test_pictures_get_only_the_options_their_format_uses(qtbot, journey: Journey, tmp_path: Path) -> None:
    exchange.export(journey, tmp_path / "plain.png")
    exchange.export(journey, tmp_path / "print.png", ImageOptions(dpi=192, transparent=True))
    plain, printed = QImage(str(tmp_path / "plain.png")), QImage(str(tmp_path / "print.png"))
    assert abs(printed.width() - 2 * plain.width()) <= 2
    assert round(printed.dotsPerMeterX() * 0.0254) == 192
    assert printed.pixelColor(1, 1).alpha() == 0 and plain.pixelColor(1, 1).alpha() == 255
    exchange.export(journey, tmp_path / "a.svg")
    exchange.export(journey, tmp_path / "b.svg", ImageOptions(scale=3, transparent=True, tile=True))
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()  # none of them is SVG's


def test_import_reads_by_suffix_and_refuses_others(tmp_path: Path, journey: Journey) -> None:
    exchange.export(journey, tmp_path / "map.xlsx")
    (tmp_path / "map.mermaid").write_text(to_mermaid(journey.snapshot()), "utf-8")
    assert exchange.import_map(tmp_path / "map.xlsx") == journey.snapshot()
    assert [s.name for s in exchange.import_map(tmp_path / "map.mermaid").stages] == [
        "Search",
        "Compare",
        "Buy",
    ]
    with pytest.raises(journey_file.JourneyFileError, match=r"can import \.xlsx and \.mmd files"):
        exchange.import_map(tmp_path / "map.csv")
    (tmp_path / "latin.mmd").write_bytes("journey\nsection Ça\n".encode("latin-1"))
    with pytest.raises(journey_file.JourneyFileError) as caught:
        exchange.import_map(tmp_path / "latin.mmd")
    assert [str(p) for p in caught.value.problems] == ["byte 16: not UTF-8 text"]
