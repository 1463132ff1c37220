"""No text leaves its card: long titles, long numbers, many personas, three scripts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    JourneyInfo,
    Lane,
    Metric,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey
from journeymap.render.items.cards import CardItem
from journeymap.render.scene import JourneyScene

LONG = {
    "tr": "Müşteri hizmetleri çağrı merkezinde beklerken şikâyetini iletemeyen ve ışığı söndüren "
    "kullanıcıların yaşadığı güçlükler",
    "pl": "Źdźbło: zażółć gęślą jaźń — Konstantynopolitańczykowianeczka nie mogła złożyć zamówienia "
    "przez przeglądarkę",
    "ar": "العميل لا يستطيع إكمال عملية الشراء بسبب مشكلة في بوابة الدفع الإلكتروني والتحقق الثلاثي",
    "word": "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft",
}


def stress_map(text: str, *, direction: str = "ltr") -> Journey:
    stages = (Stage(id="st-a", name=text, customers=1_850_000), Stage(id="st-b", name="B", customers=12))
    lanes = (
        Lane(id="ln-web", name=text, channel="web"),
        Lane(id="ln-notes", name="Notes", kind="text", cells={"st-a": text * 3}),
        Lane(id="ln-pain", name="Pain", kind="pain_points"),
        Lane(id="ln-opp", name="Opportunities", kind="opportunities"),
        Lane(id="ln-metrics", name="Metrics", kind="metrics"),
    )
    personas = tuple(Persona(id=f"pe-{i}", name=f"{text[:6]} {text[7:12]} {i}") for i in range(7))
    touchpoints = (
        Touchpoint(
            id="tp-1",
            stage="st-a",
            lane="ln-web",
            title=text,
            emotion=-2,
            personas=tuple(p.id for p in personas),
        ),
        Touchpoint(id="tp-2", stage="st-a", lane="ln-web", title=text, personas=("pe-0", "pe-1", "pe-2")),
    )
    pains = tuple(
        PainPoint(id=f"pp-{i}", stage="st-a", title=text, touchpoints=("tp-1",), severity=5, affected=0.999)
        for i in range(12)
    )
    return Journey(
        JourneyData(
            journey=JourneyInfo(title=text, description=text, direction=direction),
            stages=stages,
            lanes=lanes,
            personas=personas,
            touchpoints=touchpoints,
            pain_points=pains,
            opportunities=(
                Opportunity(id="op-1", stage="st-a", title=text, status="in_progress", impact=5, effort=5),
            ),
            metrics=(
                Metric(
                    id="me-1",
                    name=text,
                    attached_to="st-a",
                    value=1_850_000,
                    target=2_000_000,
                    unit="impressions",
                ),
                Metric(id="me-2", name="Freq", attached_to="st-b", value=1.6, target=1.8, unit="orders/year"),
                Metric(
                    id="me-3", name=text, attached_to="tp-1", value=123456789.25, target=3, unit=text[:20]
                ),
            ),
        )
    )


def texts_outside(scene: JourneyScene) -> list[tuple[str, QRectF]]:
    """Paint every card and return the text rects that leave its body."""
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    bad = []
    for ident, item in scene.items_by_id().items():
        if not isinstance(item, CardItem):
            continue
        painter = QPainter(image)
        item.paint(painter, QStyleOptionGraphicsItem(), None)
        painter.end()
        assert item.text_rects, ident
        body = item.body().adjusted(-0.5, -0.5, 0.5, 0.5)
        bad += [(ident, rect) for rect in item.text_rects if not body.contains(rect)]
    return bad


@pytest.mark.parametrize("script", sorted(LONG))
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_no_card_text_leaves_its_card(qtbot: QtBot, script: str, direction: str) -> None:
    scene = JourneyScene(stress_map(LONG[script], direction=direction))
    assert texts_outside(scene) == []


def test_the_example_fits(qtbot: QtBot) -> None:
    from pathlib import Path

    from journeymap.formats import journey_file

    example = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"
    assert texts_outside(JourneyScene(journey_file.load(example))) == []


def _paint_cards(cards: list[CardItem], *, scale: float, ratio: float, screen: QWidget | None) -> QImage:
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    for item in cards:
        painter = QPainter(image)
        painter.scale(scale, scale)
        item.paint(painter, QStyleOptionGraphicsItem(), screen)
        painter.end()
    return image


def test_far_away_cards_are_greeked_on_screen_by_device_pixels(qtbot: QtBot) -> None:
    """On screen, zoomed out until a title would be under 5 device pixels, a card draws bars
    where its text goes; no text is laid out or drawn until the card is near enough to read.
    A high-density screen (two device pixels per pixel) still reads it at that zoom."""
    scene = JourneyScene(stress_map(LONG[sorted(LONG)[0]], direction="ltr"))
    cards = [item for item in scene.items_by_id().values() if isinstance(item, CardItem)]
    screen = QWidget()
    qtbot.addWidget(screen)
    image = _paint_cards(cards, scale=0.3, ratio=1.0, screen=screen)
    assert all(item.text_rects == [] for item in cards)
    assert image.pixelColor(20, 20).alpha() > 0  # the far card was drawn
    _paint_cards(cards, scale=0.3, ratio=2.0, screen=screen)
    assert all(item.text_rects for item in cards)


def test_prints_and_images_never_greek(qtbot: QtBot) -> None:
    """Painted for an export (no widget), every card draws its text at any scale."""
    scene = JourneyScene(stress_map(LONG[sorted(LONG)[0]], direction="ltr"))
    cards = [item for item in scene.items_by_id().values() if isinstance(item, CardItem)]
    _paint_cards(cards, scale=0.05, ratio=1.0, screen=None)
    assert all(item.text_rects for item in cards)
