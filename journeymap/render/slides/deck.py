"""The slide deck: one QGraphicsScene holding every slide of the walk, built when first shown.

Slides sit on a plane (the whole map on top, the stages in a row below it, each stage's
further pages under its first), so that going from one view to the next is a camera move
that any view of this scene can animate. The audience view and the presenter console's
current and next views all look at the same deck.

The deck follows the Journey's signals: a vote only redraws the cards it concerns; any
other change drops the slides built so far (they are rebuilt, a few dozen items each, the
next time they are shown) and says so with ``changed``, once per turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeymap.model.elements import Note, ReadingDirection, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.metric_text import format_number
from journeymap.render.content import stage_content
from journeymap.render.slides.cards import CardDetailItem, CardFace, NoteFace, SlideCardItem
from journeymap.render.slides.faces import ViewState, card_face, detail_face, metric_chips, note_face
from journeymap.render.slides.look import SLIDE_H, SLIDE_W, Look
from journeymap.render.slides.overview import OverviewSlide, StageTile
from journeymap.render.slides.plan import StagePlan, Step, plan_stage, stage_cards, walk
from journeymap.render.slides.stage import Band, StageHeader, StageSlide
from journeymap.util.i18n import number, tr, tr_n_noop

SPACING = 160.0
DETAIL_W = 1000.0
DETAIL_H = 560.0


class SlideDeck(QGraphicsScene):
    changed_slides = Signal()  # the walk or the slides changed: views re-frame their step

    def __init__(self, journey: Journey, look: Look, state: ViewState | None = None) -> None:
        super().__init__()
        self.journey = journey
        self.look = look
        self.state = state or ViewState()
        self._slides: dict[str, QGraphicsItem] = {}
        self._plans: dict[str, StagePlan] = {}
        self._steps: list[Step] | None = None
        self._detail: CardDetailItem | None = None
        self._pending = False
        self._connections: list[tuple[Any, Callable[..., None]]] = []
        for signal, slot in (
            (journey.element_added, self._on_element_event),
            (journey.element_removed, self._on_element_event),
            (journey.element_changed, self._on_element_changed),
            (journey.element_moved, self._on_element_event),
            (journey.info_changed, self._on_info_changed),
        ):
            signal.connect(slot)
            self._connections.append((signal, slot))

    def close(self) -> None:
        """Stop following the journey (the deck is thrown away after the presentation)."""
        for signal, slot in self._connections:
            signal.disconnect(slot, missing_ok=True)
        self._connections.clear()

    # ---- the walk ----------------------------------------------------------------------

    @property
    def rtl(self) -> bool:
        return self.journey.info.direction == ReadingDirection.RTL

    def steps(self) -> list[Step]:
        if self._steps is None:
            self._steps = walk(self.journey)
        return self._steps

    def plan(self, stage: str) -> StagePlan:
        plan = self._plans.get(stage)
        if plan is None:
            plan = self._plans[stage] = plan_stage(self.journey, stage)
        return plan

    def slide_rect(self, step: Step) -> QRectF:
        """Where ``step``'s slide is on the plane, built if it was not yet."""
        return self.slide(step).sceneBoundingRect()

    def slide(self, step: Step) -> QGraphicsItem:
        key = "overview" if step.stage is None else step.key
        item = self._slides.get(key)
        if item is None:
            item = self._build_overview() if step.stage is None else self._build_stage(step.stage, step.page)
            item.setPos(self._origin(step))
            self.addItem(item)
            self._slides[key] = item
        return item

    def _origin(self, step: Step) -> QPointF:
        if step.stage is None:
            return QPointF(0.0, 0.0)
        column = self.journey.ids("stage").index(step.stage)
        if self.rtl:  # the row of stages reads right to left, as the map does
            column = -column
        return QPointF(column * (SLIDE_W + SPACING), (1 + step.page) * (SLIDE_H + SPACING))

    # ---- building ----------------------------------------------------------------------

    def _build_overview(self) -> OverviewSlide:
        info = self.journey.info
        stages = self.journey.stages
        tiles = [self._tile(stage, n, stages) for n, stage in enumerate(stages)]
        return OverviewSlide(self.look, info.title, info.description, tiles, rtl=self.rtl)

    def _tile(self, stage: Stage, index: int, stages: list[Stage]) -> StageTile:
        content = stage_content(self.journey, stage, index, stages)
        cards = stage_cards(self.journey, stage.id)
        counts = tuple(
            tr(words, "", len(cards[kind]))
            for kind, words in (
                ("touchpoint", tr_n_noop("%Ln touchpoints")),
                ("pain_point", tr_n_noop("%Ln pain points")),
                ("opportunity", tr_n_noop("%Ln opportunities")),
            )
            if cards[kind]
        )
        emotions = [
            e for t in cards["touchpoint"] if (e := getattr(self.journey[t], "emotion", None)) is not None
        ]
        return StageTile(
            stage.id,
            index + 1,
            stage.name,
            self.look.stage_color(index, stage.color),
            customers=tr("%Ln customers", "", stage.customers) if stage.customers is not None else "",
            share=content.share,
            share_text=format_number(round(content.share * 100, 1), "%") if content.share is not None else "",
            counts=counts,
            emotion=round(sum(emotions) / len(emotions)) if emotions else None,
            notes=tuple(str(note.kind) for n in cards["note"] if isinstance(note := self.journey[n], Note)),
        )

    def _build_stage(self, stage_id: str, page: int) -> StageSlide:
        plan = self.plan(stage_id)
        page = max(0, min(page, plan.pages - 1))
        tracks = plan.page(page)
        faces: dict[str, CardFace | NoteFace] = {}
        for track in tracks:
            for ident in track.ids:
                record = self.journey[ident]
                if isinstance(record, Note):
                    faces[ident] = note_face(self.journey, record)
                else:
                    faces[ident] = card_face(self.journey, ident, self.state)
        header = self._header(stage_id, page, plan.pages)
        band = self._band(stage_id, plan) if plan.band else None
        return StageSlide(self.look, header, tracks, faces, band, plan.rows, rtl=self.rtl)

    def _header(self, stage_id: str, page: int, pages: int) -> StageHeader:
        stages = self.journey.stages
        index = self.journey.ids("stage").index(stage_id)
        stage = stages[index]
        content = stage_content(self.journey, stage, index, stages)
        parts = []
        if content.share is not None:
            parts.append(tr("{pct} of all").format(pct=format_number(round(content.share * 100, 1), "%")))
        if content.conversion is not None:
            parts.append(
                tr("{pct} from previous stage").format(
                    pct=format_number(round(content.conversion * 100, 1), "%")
                )
            )
        return StageHeader(
            stage.name,
            index + 1,
            self.look.stage_color(index, stage.color),
            goal=stage.goal or stage.description.split("\n")[0],
            customers=tr("%Ln customers", "", stage.customers) if stage.customers is not None else "",
            share=" · ".join(parts),
            page=tr("page {n} of {pages}").format(n=number(page + 1), pages=number(pages)) if pages > 1 else "",
        )

    def _band(self, stage_id: str, plan: StagePlan) -> Band:
        touchpoints = next((t.ids for t in plan.tracks if t.kind == "touchpoint"), ())
        emotions = tuple(
            record.emotion
            for record in (self.journey[t] for t in touchpoints)
            if isinstance(record, Touchpoint) and record.emotion is not None
        )
        return Band(emotions, tuple(metric_chips(self.journey, stage_id, touchpoints)))

    # ---- cards and zoom ----------------------------------------------------------------

    def card_items(self, element: str) -> list[SlideCardItem]:
        return [
            item
            for slide in self._slides.values()
            if isinstance(slide, StageSlide)
            if (item := slide.cards.get(element))
        ]

    def show_detail(self, element: str, step: Step) -> QRectF:
        """The enlarged card over its card on ``step``'s slide; returns where it is."""
        self.hide_detail()
        slide_rect = self.slide_rect(step)
        items = [i for i in self.card_items(element) if i.sceneBoundingRect().intersects(slide_rect)]
        center = items[0].sceneBoundingRect().center() if items else slide_rect.center()
        rect = QRectF(0, 0, DETAIL_W, DETAIL_H)
        rect.moveCenter(center)
        rect.moveLeft(max(slide_rect.left() + 40, min(rect.left(), slide_rect.right() - 40 - DETAIL_W)))
        rect.moveTop(max(slide_rect.top() + 40, min(rect.top(), slide_rect.bottom() - 40 - DETAIL_H)))
        self._detail = CardDetailItem(
            self.look, DETAIL_W, DETAIL_H, detail_face(self.journey, element, self.state), rtl=self.rtl
        )
        self._detail.element_id = element
        self._detail.setPos(rect.topLeft())
        self.addItem(self._detail)
        return rect

    def hide_detail(self) -> None:
        if self._detail is not None:
            self.removeItem(self._detail)
            self._detail = None

    @property
    def detail(self) -> str | None:
        return self._detail.element_id if self._detail is not None else None

    # ---- following the model and the view state ---------------------------------------

    def set_state(self, state: ViewState) -> None:
        if state != self.state:
            self.state = state
            for slide in self._slides.values():
                if isinstance(slide, StageSlide):
                    for ident, item in slide.cards.items():
                        item.set_face(card_face(self.journey, ident, state))

    def set_look(self, look: Look) -> None:
        self.look = look
        self._invalidate()

    def _on_element_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        self._on_element_event(kind, ident)

    def _on_element_event(self, kind: str, ident: str, *rest: object) -> None:
        if kind == "vote":
            self._redraw_votes()
        elif kind != "voting_round" or self.state.voting_round == ident:
            self._invalidate()

    def _on_info_changed(self, fields: tuple[str, ...]) -> None:
        self._invalidate()

    def _redraw_votes(self) -> None:
        """A dot given or taken: redraw the faces of the cards shown (votes were removed too,
        so the element may be any card)."""
        for slide in self._slides.values():
            if isinstance(slide, StageSlide):
                for ident, item in slide.cards.items():
                    if ident in self.journey:
                        face = card_face(self.journey, ident, self.state)
                        if face != item.face:
                            item.set_face(face)
        if self._detail is not None and self._detail.element_id in self.journey:
            self.show_detail(self._detail.element_id, self._step_of_detail())

    def _step_of_detail(self) -> Step:
        assert self._detail is not None
        center = self._detail.sceneBoundingRect().center()
        for step in self.steps():
            if self.slide(step).sceneBoundingRect().contains(center):
                return step
        return self.steps()[0]

    def _invalidate(self) -> None:
        self.hide_detail()
        for item in self._slides.values():
            self.removeItem(item)
        self._slides.clear()
        self._plans.clear()
        self._steps = None
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._announce)

    def _announce(self) -> None:
        self._pending = False
        self.changed_slides.emit()
