"""The emotion lane's "one curve per persona" mode: curves, their points, edits, lens, off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import JourneyInfo, Lane, Persona, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.render.items.emotion import EmotionCurve
from journeymap.render.items.persona_lines import MARKERS, nudge
from journeymap.render.scene import JourneyScene
from journeymap.render.theme import Theme

TOUCHPOINTS = (  # id, stage, personas, emotion
    ("tp-a1", "st-0", ("pe-ana",), 1),
    ("tp-b1", "st-0", ("pe-ben",), -1),
    ("tp-s1", "st-1", (), 0),
    ("tp-ab", "st-1", ("pe-ana", "pe-ben"), 2),
    ("tp-no", "st-1", ("pe-ana",), None),
    ("tp-a2", "st-2", ("pe-ana",), 2),
    ("tp-b2", "st-2", ("pe-ben",), -2),
    ("tp-b3", "st-2", ("pe-ben",), 0),
)


def two_persona_map() -> Journey:
    return Journey(
        JourneyData(
            journey=JourneyInfo(title="Two personas"),
            stages=tuple(Stage(id=f"st-{i}", name=f"Stage {i}") for i in range(3)),
            lanes=(
                Lane(id="ln-web", name="Web", channel="web"),
                Lane(id="ln-emo", name="Feelings", kind="emotion"),
            ),
            personas=(
                Persona(id="pe-ana", name="Ana", color="#1f77b4"),
                Persona(id="pe-ben", name="Ben"),
            ),
            touchpoints=tuple(
                Touchpoint(id=i, stage=s, lane="ln-web", title=i, personas=p, emotion=e)
                for i, s, p, e in TOUCHPOINTS
            ),
        )
    )


@pytest.fixture
def scene(qtbot: QtBot) -> JourneyScene:
    scene = JourneyScene(two_persona_map(), theme=Theme.light())
    scene.set_emotion_per_persona(True)
    return scene


def the_curve(scene: JourneyScene) -> EmotionCurve:
    (curve,) = scene.emotion_curves()
    return curve


def by_persona(curve: EmotionCurve) -> dict[str, list[float]]:
    """Persona id -> y of each point, in order."""
    return {s.line.persona_id: [p.y() for p in s.points] for s in curve.series()}


def test_one_curve_per_persona_through_the_touchpoints_that_apply(scene: JourneyScene) -> None:
    curve = the_curve(scene)
    series = curve.series()
    assert [s.line.persona_id for s in series] == ["pe-ana", "pe-ben"]
    # Ana: a1, the shared s1, ab, a2 (tp-no has no emotion); Ben: b1, s1, ab, b2, b3
    assert [len(s.points) for s in series] == [4, 5]
    ana, ben = series
    assert QColor(ana.line.color) == QColor("#1f77b4")
    assert QColor(ben.line.color) != QColor(ana.line.color)
    assert MARKERS[ana.style] != MARKERS[ben.style]  # not told apart by colour alone
    assert not ana.path.isEmpty() and not ben.path.isEmpty()
    # a shared touchpoint keeps its place across the lane: same x on both curves
    assert ana.points[1].x() == ben.points[1].x()
    y0 = curve.y_of(0)
    assert ana.points[1].y() == pytest.approx(y0 + nudge(0, 2))
    assert ben.points[1].y() == pytest.approx(y0 + nudge(1, 2))
    assert [line.name for line in curve.legend.lines()] == ["Ana", "Ben"]


def test_an_emotion_edit_updates_the_curves(scene: JourneyScene) -> None:
    curve = the_curve(scene)
    curve_items = scene.emotion_curves()
    before = by_persona(curve)
    journey = scene.journey
    journey.update(journey["tp-a2"].updated(emotion=-2))
    after = by_persona(curve)
    assert scene.emotion_curves() == curve_items  # the same item, redrawn
    assert after["pe-ben"] == before["pe-ben"]
    assert after["pe-ana"][:-1] == before["pe-ana"][:-1]
    assert after["pe-ana"][-1] == pytest.approx(curve.y_of(-2) + nudge(0, 2))
    journey.update(journey["tp-no"].updated(emotion=1))
    assert len(by_persona(curve)["pe-ana"]) == 5
    journey.update(journey["tp-b3"].updated(personas=("pe-ana",)))
    assert {k: len(v) for k, v in by_persona(curve).items()} == {"pe-ana": 6, "pe-ben": 4}


def test_personas_added_renamed_and_recoloured_reach_the_curves(scene: JourneyScene) -> None:
    journey, curve = scene.journey, the_curve(scene)
    journey.add(Persona(id="pe-cleo", name="Cleo"))
    assert [s.line.persona_id for s in curve.series()] == ["pe-ana", "pe-ben", "pe-cleo"]
    assert len(curve.series()[2].points) == 1  # tp-s1, the only touchpoint naming nobody
    journey.update(journey["pe-ben"].updated(name="Benedict", color="#aa3300"))
    ben = curve.series()[1]
    assert (ben.line.name, QColor(ben.line.color)) == ("Benedict", QColor("#aa3300"))
    for i in range(3):
        journey.add(Persona(id=f"pe-x{i}", name=f"Extra {i}"))
    assert len(curve.series()) == 5  # up to five personas


def test_turning_the_mode_off_restores_the_single_curve(scene: JourneyScene) -> None:
    curve = the_curve(scene)
    scene.set_emotion_per_persona(False)
    assert not scene.emotion_per_persona
    assert curve.series() == []
    assert curve.legend.lines() == []
    with_emotion = [t for t in TOUCHPOINTS if t[3] is not None]
    assert [e for _, e in curve.points()] == [t[3] for t in with_emotion]
    scene.set_emotion_per_persona(True)
    assert len(curve.series()) == 2


def test_the_mode_survives_a_new_map(scene: JourneyScene) -> None:
    scene.set_journey(two_persona_map())
    assert scene.emotion_per_persona
    assert [len(s.points) for s in the_curve(scene).series()] == [4, 5]


def render_lane(scene: JourneyScene) -> QImage:
    top, height = scene.grid.layout.row_span("ln-emo")
    source = QRectF(0.0, top, scene.grid_rect().width(), height)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def count_near(image: QImage, color: QColor, tolerance: int = 40) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red())
                + abs(pixel.green() - color.green())
                + abs(pixel.blue() - color.blue())
                < tolerance
            ):
                found += 1
    return found


def test_the_lens_persona_curve_is_emphasised(scene: JourneyScene) -> None:
    ana = QColor("#1f77b4")
    plain = count_near(render_lane(scene), ana)
    scene.set_persona_lens("pe-ana")
    focused = count_near(render_lane(scene), ana)
    scene.set_persona_lens("pe-ben")
    faded = count_near(render_lane(scene), ana)
    assert plain > 0
    assert focused > plain * 1.2
    assert faded < plain / 3
