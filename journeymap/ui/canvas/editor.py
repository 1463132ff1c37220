"""What the canvas's gestures and the edit actions do: build an edit, push it, report refusals.

One CanvasEditor per view. Gestures (double-click, drags, keys) and the QActions of
EditActions call the same methods, so a toolbar button and a key press make the same
undo step. Each method builds operations with journeymap.model.builders and pushes them
as ONE step on the document; a refused edit changes nothing and is reported through
``problem_reported`` (the main window shows it in the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication

from journeymap.model import builders, cells, clipboard, emotions, follow
from journeymap.model.builders import Edit
from journeymap.model.describe import in_quotes
from journeymap.model.elements import CARD_TYPES, NAME_FIELD, Lane, LaneKind, PainPoint, Touchpoint
from journeymap.model.operations import Operation, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.ui.commands import Gesture, MergeKey
from journeymap.ui.persona_drag import assign_persona_ops

if TYPE_CHECKING:
    from journeymap.model.journey import Journey
    from journeymap.ui.canvas.view import JourneyView
    from journeymap.ui.document import Document

FRAGMENT_MIME = "application/x-journeymap-fragment"
CARD_KINDS = ("touchpoint", "pain_point", "opportunity")
MAX_TEXT_CARDS = 200


class CanvasEditor(QObject):
    problem_reported = Signal(str)
    current_cell_changed = Signal(object)  # (stage, lane) | None

    def __init__(self, document: Document, view: JourneyView) -> None:
        super().__init__(view)
        self.document = document
        self.view = view
        self._cell: tuple[str, str] | None = None
        document.journey_replaced.connect(self._on_journey_replaced)  # a method: Qt drops it with us

    def _on_journey_replaced(self) -> None:
        self.set_current_cell(None)

    @property
    def journey(self) -> Journey:
        return self.document.journey

    # ---- pushing -------------------------------------------------------------------

    def run(self, text: str, build: Callable[[], Edit], *, merge: MergeKey | None = None) -> bool:
        """Build and push one step; False (and a reported problem) when refused or empty."""
        edit = self.build(build)
        return edit is not None and self.push(text, edit, merge=merge)

    def build(self, build: Callable[[], Edit]) -> Edit | None:
        """The edit ``build`` makes; None (and a reported problem) when it is refused."""
        try:
            return build()
        except JourneyError as error:
            self.problem_reported.emit(self.readable(error))
            return None

    def push(self, text: str, edit: Edit, *, merge: MergeKey | None = None) -> bool:
        """Push ``edit`` as one step; False when it is empty or refused (and reported)."""
        if not edit.ops:
            return False
        try:
            return self.document.push(text, edit.ops, merge=merge, select=edit.select)
        except JourneyError as error:
            self.problem_reported.emit(self.readable(error))
            return False

    def readable(self, error: JourneyError) -> str:
        """The problems as a person reads them: an element named by its name, not its id."""
        return "; ".join(self._readable(problem) for problem in error.problems)

    def _readable(self, problem: Problem) -> str:
        head = problem.location.split(".")[0].split("[")[0]
        record = self.journey.get(head) if head else None
        field = NAME_FIELD.get(record.KIND, "") if record is not None else ""
        name = str(getattr(record, field, "") or "") if field else ""
        return f"{in_quotes(name)}: {problem.message}" if name else str(problem)

    # ---- the current cell: where adding and pasting go ---------------------------------

    @property
    def current_cell(self) -> tuple[str, str] | None:
        cell = self._cell
        if cell is not None and (cell[0] not in self.journey or cell[1] not in self.journey):
            self._cell = None
        return self._cell

    def set_current_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self._cell:
            self._cell = cell
            self.current_cell_changed.emit(cell)

    def target_cell(self) -> tuple[str | None, str | None]:
        """Where new and pasted cards go: the selected card's or stage's cell, else the current one."""
        journey, current = self.journey, self.current_cell
        for ident in reversed(self.document.selection.ids):
            record = journey.get(ident)
            if isinstance(record, CARD_TYPES):
                lane = record.lane if isinstance(record, Touchpoint) else current[1] if current else None
                return record.stage, lane
            if record is not None and record.KIND == "stage":
                return ident, current[1] if current else None
            if record is not None and record.KIND == "lane":
                return (current[0] if current else None), ident
        return current if current else (None, None)

    def _card_cell(self, lane_kind: str) -> tuple[str, str] | None:
        stage, lane = self.target_cell()
        journey = self.journey
        stage = stage or next(iter(journey.ids("stage")), None)
        found = journey.find(Lane, lane)
        if found is None or found.kind != lane_kind:
            lane = next((ln.id for ln in journey.lanes if ln.kind == lane_kind), None)
        return (stage, lane) if stage and lane else None

    # ---- adding ----------------------------------------------------------------------

    def add_card(
        self,
        stage: str,
        lane: str,
        *,
        index: int | None = None,
        merge: MergeKey | None = None,
        about: list[str] | None = None,
    ) -> str | None:
        """A new card in the cell, its title open for typing; the title merges into the add
        (and the add into the step keyed ``merge``, when given). It is linked to the cards
        it is ``about`` (default: the selection) where its kind links: a pain point to
        touchpoints, an opportunity to pain points."""
        title = {
            "touchpoint": self.tr("New touchpoint"),
            "pain_point": self.tr("New pain point"),
            "opportunity": self.tr("New opportunity"),
        }.get(cells.card_kind(self.journey, lane) or "", self.tr("New card"))
        selection = list(self.document.selection.ids) if about is None else about
        edit = self.build(
            lambda: follow.new_card(self.journey, stage, lane, title=title, selection=selection, index=index)
        )
        if edit is None:
            return None
        (card,) = edit.created
        key = merge or MergeKey.adding(card)
        if not self.push(self.tr("Add card"), edit, merge=key):
            return None
        self.set_current_cell((stage, lane))
        self.view.edit_title(card, merge=key)
        return card

    def add_touchpoint(self) -> str | None:
        cell = self._card_cell(LaneKind.CHANNEL)
        if cell is None:
            self.problem_reported.emit(self.tr("Add a stage and a channel lane first"))
            return None
        return self.add_card(*cell)

    def add_pain_point(self) -> str | None:
        return self._add_to_lane_of(LaneKind.PAIN_POINTS, self.tr("Pain points"))

    def add_opportunity(self) -> str | None:
        return self._add_to_lane_of(LaneKind.OPPORTUNITIES, self.tr("Opportunities"))

    def _add_to_lane_of(self, kind: LaneKind, lane_name: str) -> str | None:
        """A pain point or opportunity in its lane, in the stage of the selected cards it is
        about (a touchpoint's pain, a pain point's answer), else in the target cell's stage."""
        if not self.journey.ids("stage"):
            self.problem_reported.emit(self.tr("Add a stage first"))
            return None
        about = list(self.document.selection.ids)  # adding the lane first selects the lane
        key = None
        if self._card_cell(kind) is None:  # the lane comes with its first card, in one step
            lane = self.build(lambda: builders.new_lane(self.journey, name=lane_name, kind=kind))
            key = MergeKey.adding(lane.created[0]) if lane is not None else None
            if lane is None or not self.push(self.tr("Add lane"), lane, merge=key):
                return None
        cell = self._card_cell(kind)
        if cell is None:
            return None
        stage = follow.cell_for_selection(self.journey, about, cells.CARD_KIND[kind]) or cell[0]
        return self.add_card(stage, cell[1], merge=key, about=about)

    def add_stage(self) -> str | None:
        stage, _ = self.target_cell()
        index = self.journey.index_of(stage) + 1 if stage else None
        return self._add_header(
            self.tr("Add stage"),
            lambda: builders.new_stage(self.journey, name=self.tr("New stage"), index=index),
        )

    def add_lane(self) -> str | None:
        _, lane = self.target_cell()
        name = self.tr("New lane")
        return self._add_header(
            self.tr("Add lane"), lambda: follow.new_lane_after(self.journey, lane, name=name)
        )

    def _add_header(self, text: str, build: Callable[[], Edit]) -> str | None:
        edit = self.build(build)
        if edit is None:
            return None
        (header,) = edit.created
        key = MergeKey.adding(header)
        if not self.push(text, edit, merge=key):
            return None
        self.view.edit_title(header, merge=key)
        return header

    def add_comment(self, text: str) -> bool:
        selected = self.document.selection.ids
        subject = selected[-1] if selected else None
        return self.run(
            self.tr("Add comment"), lambda: builders.new_comment(self.journey, subject, text=text)
        )

    # ---- changing --------------------------------------------------------------------

    def rename(self, ident: str, text: str, *, merge: MergeKey | None = None) -> bool:
        return self.run(self.tr("Rename"), lambda: follow.rename(self.journey, ident, text), merge=merge)

    def rename_selected(self) -> bool:
        """F2: the selected element's title inline, or else the current text cell's note."""
        renamable = [i for i in self.document.selection.ids if self.journey.kind_of(i) in NAME_FIELD]
        if renamable:
            self.view.edit_title(renamable[-1])
            return True
        cell = self.current_text_cell()
        if cell is None:
            return False
        self.view.edit_cell_text(*cell)
        return True

    def current_text_cell(self) -> tuple[str, str] | None:
        cell = self.current_cell
        return cell if cell is not None and cells.is_text_lane(self.journey, cell[1]) else None

    def set_cell_text(self, stage: str, lane: str, text: str) -> bool:
        return self.run(self.tr("Edit cell"), lambda: builders.set_cell_text(self.journey, stage, lane, text))

    def assign_personas(self, persona_ids: list[str], card: str) -> bool:
        """A persona drop: the personas join the card's, in ONE step (refusals reported)."""
        return self.run(self.tr("Assign persona"), lambda: _persona_edit(self.journey, persona_ids, card))

    def delete_selected(self, text: str | None = None) -> bool:
        ids = self.document.selection.ids
        return bool(ids) and self.run(text or self.tr("Delete"), lambda: builders.delete(self.journey, ids))

    def move_cards(self, ids: list[str], stage: str, lane: str, index: int | None) -> bool:
        moved = self.run(
            self.tr("Move cards"), lambda: builders.move_cards(self.journey, ids, stage, lane, index)
        )
        if moved:
            self.set_current_cell((stage, lane))
        return moved

    def reorder(self, ident: str, index: int) -> bool:
        kind = self.journey.kind_of(ident)
        text = self.tr("Move stage") if kind == "stage" else self.tr("Move lane")
        return self.run(text, lambda: builders.move_to(self.journey, ident, index))

    def add_flow(self, source: str, target: str) -> bool:
        return self.run(self.tr("Connect"), lambda: builders.connect(self.journey, source, target))

    def set_emotion(self, ident: str, emotion: int) -> bool:
        """A touchpoint's emotion, as dragged on the emotion curve: one step."""
        return self.run(self.tr("Set emotion"), lambda: emotions.set_emotion(self.journey, [ident], emotion))

    def step_emotion(self, step: int) -> bool:
        """The selected touchpoints one level happier (+1) or sadder (-1); repeated presses
        merge into one step."""
        ids = self.document.selection.ids
        key = MergeKey(Gesture.TYPING, frozenset(ids), "emotion")
        return self.run(
            self.tr("Change emotion"), lambda: emotions.step_emotion(self.journey, ids, step), merge=key
        )

    def nudge(self, *, stages: int = 0, lanes: int = 0) -> bool:
        ids = self.document.selection.ids
        build = lambda: builders.nudge(self.journey, ids, stages=stages, lanes=lanes)  # noqa: E731
        return self.run(self.tr("Move cards"), build, merge=MergeKey.nudge(ids))

    def select_all(self) -> None:
        journey = self.journey
        self.document.selection.set([i for kind in CARD_KINDS for i in journey.ids(kind)])

    # ---- clipboard -------------------------------------------------------------------

    def copy(self) -> bool:
        fragment = clipboard.copy_fragment(self.journey, self.document.selection.ids)
        if not fragment:
            return False
        mime = QMimeData()
        mime.setData(FRAGMENT_MIME, fragment.to_json().encode("utf-8"))
        mime.setText(clipboard.fragment_text(self.journey, fragment))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> bool:
        return self.copy() and self.delete_selected(self.tr("Cut"))

    def paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        stage, lane = self.target_cell()
        if mime.hasFormat(FRAGMENT_MIME):
            payload = bytes(mime.data(FRAGMENT_MIME).data())
            return self.run(self.tr("Paste"), lambda: self._paste_fragment(payload, stage, lane))
        if mime.hasText() and mime.text().strip():
            return self._paste_text(mime.text(), stage, lane)
        return False

    def _paste_fragment(self, payload: bytes, stage: str | None, lane: str | None) -> Edit:
        fragment = clipboard.Fragment.from_json(payload)
        return clipboard.paste(self.journey, fragment, stage=stage, lane=lane)

    def _paste_text(self, text: str, stage: str | None, lane: str | None) -> bool:
        """Text from another program: one card per line, in the target cell."""
        if text.lstrip().startswith("{"):
            return self.run(self.tr("Paste"), lambda: self._paste_fragment(text.encode("utf-8"), stage, lane))
        cell = (stage, lane) if stage and lane and cells.card_kind(self.journey, lane) else None
        cell = cell or self._card_cell(LaneKind.CHANNEL)
        if cell is None:
            self.problem_reported.emit(self.tr("Select a cell to paste into"))
            return False
        titles = [" ".join(line.split())[:200] for line in text.splitlines() if line.strip()]
        return self.run(self.tr("Paste"), lambda: self._cards_from_titles(cell, titles[:MAX_TEXT_CARDS]))

    def _cards_from_titles(self, cell: tuple[str, str], titles: list[str]) -> Edit:
        ops: list[Operation] = []
        created: list[str] = []
        for title in titles:
            edit = builders.new_card(self.journey, *cell, title=title.lstrip("-•* ") or title)
            while edit.created[0] in created:  # fresh in the map, but not yet among these cards
                edit = builders.new_card(self.journey, *cell, title=title.lstrip("-•* ") or title)
            ops.extend(edit.ops)
            created.extend(edit.created)
        return Edit(ops, created)

    @staticmethod
    def can_paste() -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (
            mime.hasFormat(FRAGMENT_MIME) or bool(mime.hasText() and mime.text().strip())
        )

    def duplicate(self) -> bool:
        ids = self.document.selection.ids
        return bool(ids) and self.run(self.tr("Duplicate"), lambda: clipboard.duplicate(self.journey, ids))


def _persona_edit(journey: Journey, persona_ids: list[str], card: str) -> Edit:
    """One update adding every persona not yet on ``card`` (each checked by assign_persona_ops)."""
    added = [pid for pid in dict.fromkeys(persona_ids) if assign_persona_ops(journey, pid, card)]
    record = journey.get(card)
    if not added or not isinstance(record, Touchpoint | PainPoint):
        return Edit([], [card])
    personas = (*record.personas, *added)
    return Edit([Update(record, record.updated(personas=personas))], [card])
