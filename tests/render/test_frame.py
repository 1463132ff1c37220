"""A map laid out to fill a 16:9 or 4:3 frame (render/frame.py), and stage close-ups."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import JourneyInfo, Lane, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.render.frame import ASPECTS, _partition, frame
from journeymap.render.images import ImageExportError, export_scene, png_bytes, render_image
from journeymap.render.pictures import map_picture, stage_picture
from journeymap.util.paths import example_map


@pytest.fixture(scope="module")
def example() -> Journey:
    return journey_file.load(example_map())


def _fit(size: QSizeF, aspect: float) -> float:
    """The scale at which ``size`` fits a frame ``aspect`` wide and 1 high."""
    return min(aspect / size.width(), 1 / size.height())


def _inked(image: QImage) -> tuple[float, float]:
    """The share of the width and of the height that has anything but white on it."""
    white = QColor("#ffffff").rgba()
    xs = [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != white for y in range(0, image.height(), 3))
    ]
    ys = [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != white for x in range(0, image.width(), 3))
    ]
    return (xs[-1] - xs[0]) / image.width(), (ys[-1] - ys[0]) / image.height()


@given(st.lists(st.integers(1, 50), min_size=1, max_size=9), st.integers(1, 4), st.integers(0, 60))
def test_partition_finds_the_most_even_runs(sizes: list[int], groups: int, extra: int) -> None:
    def worst(starts: list[int]) -> int:
        bounds = [*starts, len(sizes)]
        sums = [sum(sizes[a:b]) for a, b in itertools.pairwise(bounds)]
        return max([sums[0] + extra, *sums[1:]])

    starts = _partition(sizes, groups, first_extra=extra)
    count = min(groups, len(sizes))
    assert starts[0] == 0 and len(starts) == count and starts == sorted(set(starts))
    best = min(worst([0, *cuts]) for cuts in itertools.combinations(range(1, len(sizes)), count - 1))
    assert worst(starts) == best


@pytest.mark.parametrize(("name", "larger"), [("16:9", 1.35), ("4:3", 1.2)])
def test_the_example_fills_a_slide_instead_of_a_tall_strip(
    qtbot: QtBot, example: Journey, name: str, larger: float
) -> None:
    aspect = ASPECTS[name]
    portrait = export_scene(example).sceneRect().size()
    framed = frame(export_scene(example), aspect)
    assert _fit(framed.size, aspect) > larger * _fit(portrait, aspect)  # the map drawn larger
    image = render_image(example, scale=0.3, frame=aspect)
    assert image.width() / image.height() == pytest.approx(aspect, abs=0.01)
    assert max(_inked(image)) > 0.95 and min(_inked(image)) > 0.8  # filled, not letterboxed


def test_a_framed_png_records_its_shape_and_refuses_a_selection(qtbot: QtBot, example: Journey) -> None:
    data = png_bytes(example, scale=0.25, frame=16 / 9)
    image = QImage.fromData(data)
    assert abs(image.width() / image.height() - 16 / 9) < 0.01
    with pytest.raises(ImageExportError, match="whole map"):
        png_bytes(example, frame=16 / 9, selection=["tp-checkout"])


def _map(stages: int, lanes: int, *, direction: str = "ltr") -> Journey:
    stage_ids = [f"st-{i}" for i in range(stages)]
    lane_ids = [f"ln-{i}" for i in range(lanes)]
    return Journey(
        JourneyData(
            journey=JourneyInfo(title="Shape", direction=direction),
            stages=tuple(Stage(id=s, name=f"Stage {s[3:]}") for s in stage_ids),
            lanes=tuple(Lane(id=lane, name=f"Lane {lane[3:]}", channel="web") for lane in lane_ids),
            touchpoints=tuple(
                Touchpoint(id=f"tp-{s}-{lane}", stage=s, lane=lane, title=f"Card {s} {lane}")
                for s in stage_ids
                for lane in lane_ids
            ),
        )
    )


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_wide_map_wraps_its_stages_into_bands(qtbot: QtBot, direction: str) -> None:
    journey = _map(14, 2, direction=direction)
    scene = export_scene(journey)
    plain = scene.sceneRect().size()
    framed = frame(scene, 4 / 3)
    assert framed.wrapped
    assert _fit(framed.size, 4 / 3) > 1.5 * _fit(plain, 4 / 3)
    heads = [p for p in framed.pieces if p.source.width() < 300 and p.source.height() > 100]
    assert heads, "each band has the lane headers beside it"
    columns = [p for p in framed.pieces if p.source.width() >= 300 and p.source.top() > 0]
    side = [h.at.x() > c.at.x() for h, c in zip(heads, columns, strict=False)]
    assert all(side) if direction == "rtl" else not any(side)  # the headers on the reading side
    inked = _inked(render_image(journey, scale=0.3, frame=4 / 3))
    assert max(inked) > 0.9 and min(inked) > 0.7


def test_a_tall_map_wraps_its_rows_side_by_side(qtbot: QtBot) -> None:
    journey = _map(1, 24)
    scene = export_scene(journey)
    framed = frame(scene, 16 / 9)
    assert framed.wrapped and len({p.at.x() for p in framed.pieces}) >= 2
    assert _fit(framed.size, 16 / 9) > 2 * _fit(scene.sceneRect().size(), 16 / 9)


def test_a_stage_close_up_fills_its_box_without_the_map_s_title(qtbot: QtBot, example: Journey) -> None:
    for stage in example.stages:
        picture = stage_picture(example, stage.id, 2.3)
        layout = picture.scene.grid.layout
        assert all(p.source.top() >= layout.rows_top for p in picture.pieces)  # no title, no header
        assert picture.size.width() / picture.size.height() > 1.2  # wide, not a column
        assert picture.scene.journey.stages[0].customers is None  # counts only mean something beside others
    whole = map_picture(example, 2.0)
    assert whole.pieces[0].source.top() < 0  # the whole map keeps its title
