"""Stand-in routes: a flow drawn where its rows or cards went until it is routed again."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from journeymap.render.layout import row_shift
from journeymap.render.stand_ins import carried, crosses, segment_rects, shifted, stretched


def _points(*xy: tuple[float, float]) -> tuple[QPointF, ...]:
    return tuple(QPointF(x, y) for x, y in xy)


def test_rows_move_everything_in_them_with_their_tops() -> None:
    shift, distance = row_shift([0.0, 100.0, 300.0], [0.0, 100.0, 340.0])  # the second row grew
    assert distance == 40.0
    assert [shift(y) for y in (-5.0, 0.0, 99.0, 100.0, 299.0, 300.0, 500.0)] == [
        -5.0,
        0.0,
        99.0,
        100.0,
        299.0,
        340.0,
        540.0,
    ]


def test_a_flow_across_a_grown_row_stretches_and_keeps_its_shape() -> None:
    shift, _ = row_shift([0.0, 100.0, 300.0], [0.0, 100.0, 340.0])
    line = _points((10, 50), (30, 50), (30, 320), (60, 320))
    assert stretched(line, shift) == _points((10, 50), (30, 50), (30, 360), (60, 360))
    assert shifted(QRectF(12, 44, 20, 12), shift) == QRectF(12, 44, 20, 12)
    assert shifted(QRectF(12, 314, 20, 12), shift) == QRectF(12, 354, 20, 12)
    assert shifted(QRectF(), shift).isNull()


def test_a_moved_source_carries_its_end_and_its_trunk() -> None:
    line = _points((10, 50), (30, 50), (30, 320), (60, 320))
    moved = carried(line, QPointF(-200, 0), QPointF(0, 0))
    assert moved == _points((-190, 50), (-170, 50), (-170, 320), (60, 320))
    both = carried(line, QPointF(0, -90), QPointF(0, 15))
    assert both == _points((10, -40), (30, -40), (30, 335), (60, 335))


def test_only_plain_lines_are_carried() -> None:
    straight = _points((10, 50), (60, 50))
    assert carried(straight, QPointF(5, 0), QPointF(0, 0)) == _points((15, 50), (60, 50))
    assert carried(straight, QPointF(0, 8), QPointF(0, 0)) is None  # it would slant
    back = _points((10, 50), (30, 50), (30, 90), (0, 90), (0, 80))
    assert carried(back, QPointF(5, 0), QPointF(0, 0)) is None


def test_segments_are_covered_with_room_around() -> None:
    rects = segment_rects(_points((10, 50), (30, 50), (30, 10)), 2.0)
    assert rects == [QRectF(8, 48, 24, 4), QRectF(28, 8, 4, 44)]


def test_a_flow_shows_where_a_segment_or_a_label_is() -> None:
    line = _points((10, 50), (30, 50), (30, 320), (60, 320))
    assert crosses(QRectF(25, 100, 10, 10), line)  # the trunk
    assert not crosses(QRectF(45, 100, 10, 10), line)  # inside its bounds, beside every segment
    assert crosses(QRectF(45, 100, 10, 10), line, QRectF(38, 98, 20, 12))  # its label
    assert not crosses(QRectF(45, 100, 10, 10), line, QRectF())
