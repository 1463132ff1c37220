"""Flows away from every view re-route in idle time, so that an edit costs what its view shows.

An edit re-routes at once only the flows a view shows (within :data:`MARGIN` of it) whose
cards are in view; lines that only pass through the view are drawn at once at a cheap
stand-in route (:mod:`.stand_ins`); the rest waits. In idle time a zero-delay timer
re-routes what waits and what stands in, in slices of :data:`SLICE_S` between which the
window answers, and a view about to paint a place first readies whatever waits there
(:meth:`LazyFlows.aim_in`). Once nothing waits, the idle slices route every flow again as
a fresh scene would (:mod:`.replan`), so that after a pause the canvas is drawn exactly as
the map opened afresh. With no view (an export, a test's scene) nothing waits and nothing
is routed again. Only batches of more than :data:`WAIT_ABOVE` flows are split.

Three kinds of waiting flow:

- ``waiting``: a card at one of its ends moved (its cell re-flowed). Its *extent* says where
  it is drawn and where it will roughly be: the segments of its line and the rectangles its
  new path can use (its cards, the gutter after its source, the run into its target), so
  that only flows that really pass through a view count as near it. How far its cards moved
  is kept (:attr:`LazyFlows.carry`), so that a view that scrolls to it can carry it along.
- ``shifted``: a row above one of its ends grew or shrank, so the flow moved by whole rows.
  Nothing is computed for it at the edit (a row growing on a 10,000-touchpoint map moves
  thousands): it only remembers the first row move it has not followed yet. Those that a
  view shows, found by their drawn segments :attr:`LazyFlows.drift` further up and down,
  are moved at once, point by point, by the rows' moves since (:meth:`LazyFlows.follow_rows`):
  exactly where their cards went; a flow whose ends moved apart stretches.
- ``settling``: a flow drawn at a stand-in route. Its exact route follows in idle time, and
  paints do not wait for it.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeymap.render.stand_ins import Extent

if TYPE_CHECKING:
    from journeymap.render.replan import Replan

MARGIN = 24.0
"""Scene pixels around what a view shows or paints within which flows re-route at once: room
for where a new path is only estimated (a scroll re-routes what it brings into view)."""
SLICE_S = 0.008
WAIT_ABOVE = 48

V = TypeVar("V")
Moves = tuple[QPointF, QPointF]
"""How far a flow's source card and target card moved."""


def meets(extent: Extent | None, rect: QRectF) -> bool:
    """Whether ``extent`` meets ``rect`` (an unknown extent meets everything)."""
    if extent is None:
        return True
    bounds, parts = extent
    return bounds.intersects(rect) and any(part.intersects(rect) for part in parts)


class LazyFlows(QObject):
    def __init__(
        self,
        scene: QGraphicsScene,
        body: QGraphicsItem,
        extent: Callable[[str], Extent | None],
        aim: Callable[[Iterable[str]], None],
        found_in: Callable[[QRectF, Container[str]], Iterable[str]],
        move: Callable[[str, Callable[[float], float]], None],
    ) -> None:
        super().__init__(scene)
        self._scene, self._body = scene, body
        self._extent = extent  # a flow's old path and new room, in body coordinates (None: unknown)
        self._aim = aim
        self._found_in = found_in  # the flows of a set whose drawn path meets a rect (body coordinates)
        self._move = move  # moves a flow's drawing by a map of old ys to new ones
        self.waiting: dict[str, Extent | None] = {}
        self.shifted: dict[str, int] = {}
        """Flow -> the first of :attr:`_shifts` it has not followed."""
        self._shifts: list[Callable[[float], float]] = []
        self.make_replan: Callable[[], Replan] | None = None
        """Starts the idle pass that routes every flow as a fresh scene would (:mod:`.replan`)."""
        self._replan: Replan | None = None
        self._replan_wanted = False
        self.repaint: Callable[[], None] = lambda: None
        """Repaints where flows took stand-in routes (after each batch of them)."""
        self.moves_of: Callable[[str], Moves | None] = lambda _flow: None
        """How far a flow's two cards moved in the grid's last change (None: neither did)."""
        self.carry: dict[str, Moves] = {}
        """Waiting flows whose cards moved, and how far since the flow was drawn."""
        self.stand_in: Callable[[str, list[QRectF], Moves], bool] = lambda _flow, _seen, _moves: False
        """Draws a near flow whose cards moved so far at a stand-in route until idle time
        (True), or leaves it to be routed at once (False): see journeymap.render.stand_ins."""
        self.at_once: Callable[[str, list[QRectF]], bool] = lambda _flow, _seen: False
        """Whether a flow is routed at once whatever its extent: a card of it is in a view of
        ``seen`` (or not drawn). Cheaper than its extent, so asked first."""
        self.settling: dict[str, None] = {}
        self.before_looking: Callable[[], None] = lambda: None
        """Called when an edit's cards and rows stand where they go, before what the views
        show is asked: a view may first scroll to where the edit leaves the selection, so
        that the lines of the place it leaves are not moved for nothing."""
        self.drift = 0.0
        """How far the shifted flows may be from where they are drawn: the rows' moves added up."""
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def pending(self) -> bool:
        """Whether any flow still waits for its exact route."""
        return bool(self.waiting or self.shifted or self.settling)

    @property
    def busy(self) -> bool:
        """Whether idle work is left: flows waiting, or the pass that routes them all afresh."""
        return self.pending or self._replan_wanted

    def edited(self) -> None:
        """The grid changed: once nothing waits, route every flow afresh in idle time (only
        where a view shows the scene: elsewhere every flow routed at once)."""
        if self.make_replan is not None and self.seen():
            self._replan_wanted = True
            self._timer.start()

    def split(self, flows: set[str]) -> set[str]:
        """The flows to re-route now; the others wait (see the module docstring)."""
        seen = self.seen() if len(flows) > WAIT_ABOVE else []
        now = set()
        for flow in flows:
            shifted = self.shifted.pop(flow, None) is not None
            self.settling.pop(flow, None)
            if seen and self.at_once(flow, seen):  # no need to know where it runs
                self.carry.pop(flow, None)
                self.waiting.pop(flow, None)
                now.add(flow)
                continue
            extent = self._extent(flow) if seen else None
            moves = None if shifted or not seen else _added(self.carry.pop(flow, None), self.moves_of(flow))
            if extent is not None and not any(meets(extent, rect) for rect in seen):
                self.waiting[flow] = extent
                if moves is not None:
                    self.carry[flow] = moves
                continue
            self.waiting.pop(flow, None)
            if extent is not None and moves is not None and self.stand_in(flow, seen, moves):
                self.settling[flow] = None
            else:
                now.add(flow)
        self.repaint()
        self._wake()
        return now

    def shift(
        self,
        flows: Iterable[str],
        shift: Callable[[float], float],
        distance: float,
        *,
        drawn_apart: Iterable[str],
    ) -> None:
        """``flows`` moved with their rows (``shift`` maps an old y to the new one, ``distance``
        is the largest move). Those a view shows, and ``drawn_apart`` (flows that draw their own
        line: emphasised, found), follow the rows at once; the others wait."""
        index = len(self._shifts)
        self._shifts.append(shift)
        self.drift += abs(distance)
        shifted, waiting = self.shifted, self.waiting
        for flow in flows:
            if flow in waiting:  # its card moved, then its row: routed exactly where it shows
                self.carry.pop(flow, None)
                waiting[flow] = _widened(waiting[flow], distance)
            elif flow not in shifted:
                shifted[flow] = index
                self.settling.pop(flow, None)
        self._follow([f for f in drawn_apart if f in shifted])
        for rect in self.seen():
            self.follow_rows(rect)
        self._wake()

    def follow_rows(self, body_rect: QRectF) -> None:
        """The shifted flows that may be drawn in ``body_rect`` follow their rows now."""
        if self.shifted:
            wide = body_rect.adjusted(0.0, -self.drift, 0.0, self.drift)
            self._follow(list(self._found_in(wide, self.shifted)))

    def _follow(self, flows: list[str]) -> None:
        shifts = self._shifts
        for flow in flows:
            pending = shifts[self.shifted.pop(flow) :]
            self._move(flow, pending[0] if len(pending) == 1 else _composed(pending))
            self.settling[flow] = None
        self.repaint()
        self._rest()

    def holds(self, flow: str) -> bool:
        """Whether ``flow`` still waits for its exact route."""
        return flow in self.waiting or flow in self.shifted or flow in self.settling

    def settle(self, flow: str) -> None:
        """Re-route ``flow`` now if it waits (someone asks where it is)."""
        if self.holds(flow):
            self.forget(flow)
            self._aim([flow])

    def forget(self, flow: str) -> None:
        self.carry.pop(flow, None)
        self.waiting.pop(flow, None)
        self.shifted.pop(flow, None)
        self.settling.pop(flow, None)

    def aim_in(self, scene_rect: QRectF) -> None:
        """Ready the flows near ``scene_rect`` for a view about to paint it: those whose card
        moved re-route, those that moved with their rows follow them."""
        if not (self.waiting or self.shifted):
            return
        seen = self._body.mapRectFromScene(scene_rect).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        due = [flow for flow, extent in self.waiting.items() if meets(extent, seen)]
        exact = []
        for flow in due:
            del self.waiting[flow]
            moves = self.carry.pop(flow, None)
            if moves is not None and self.stand_in(flow, [seen], moves):
                self.settling[flow] = None
            else:
                exact.append(flow)
        self.repaint()
        if exact:
            self._aim(exact)
        self.follow_rows(seen)

    def aim_all(self) -> None:
        """Do all idle work now: re-route everything that waits, then the fresh pass."""
        while self.pending:
            due = [*self.waiting, *self.shifted, *self.settling]
            self.waiting, self.shifted, self.settling, self.carry = {}, {}, {}, {}
            self._rest()
            self._aim(due)
        while self._replan_wanted:
            self._replan_step(10**9)
        self._timer.stop()

    def drop(self) -> None:
        """The grid is gone (a rebuild): no idle work is left to do for it."""
        self._timer.stop()
        self.waiting, self.shifted, self.settling, self.carry = {}, {}, {}, {}
        self._replan, self._replan_wanted = None, False
        self._rest()
        self.deleteLater()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Idle slices wait meanwhile (a benchmark timing an edit apart from the idle work)."""
        self._timer.blockSignals(True)
        try:
            yield
        finally:
            self._timer.blockSignals(False)

    def _wake(self) -> None:
        if self.busy:
            self._timer.start()

    def _rest(self) -> None:
        if not self.shifted:
            self.drift = 0.0
            self._shifts.clear()

    def _slice(self) -> None:
        end = time.perf_counter() + SLICE_S
        while self.pending and time.perf_counter() < end:
            batch = _take(self.waiting) or _take(self.shifted) or _take(self.settling)
            for flow in batch:
                self.carry.pop(flow, None)
            self._aim(batch)
        self._rest()
        while not self.pending and self._replan_wanted and time.perf_counter() < end:
            self._replan_step(16)
        if not self.busy:
            self._timer.stop()

    def _replan_step(self, count: int) -> None:
        if self._replan is None or self._replan.stale:
            assert self.make_replan is not None
            self._replan = self.make_replan()
        if self._replan.step(count):
            self._replan, self._replan_wanted = None, False

    def seen(self) -> list[QRectF]:
        """What each visible view shows, widened by :data:`MARGIN` (body coordinates)."""
        rects = []
        for view in self._scene.views():
            if view.isVisible():
                shown = view.mapToScene(view.viewport().rect()).boundingRect()
                body = self._body.mapRectFromScene(shown)
                rects.append(body.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        return rects


def _take(queue: dict[str, V]) -> list[str]:
    """Up to 16 flows out of ``queue``, oldest first."""
    batch = list(itertools.islice(queue, 16))
    for flow in batch:
        del queue[flow]
    return batch


def _composed(shifts: list[Callable[[float], float]]) -> Callable[[float], float]:
    """One map of old ys to new ones for several row moves, in order."""

    def shift(y: float) -> float:
        for step in shifts:
            y = step(y)
        return y

    return shift


def _added(before: Moves | None, now: Moves | None) -> Moves | None:
    """Two moves of the same cards, one after the other."""
    if before is None or now is None:
        return before or now
    return before[0] + now[0], before[1] + now[1]


def _widened(extent: Extent | None, distance: float) -> Extent | None:
    """``extent`` grown up and down by ``distance`` (its rows moved that far at most)."""
    if extent is None:
        return None
    bounds, parts = extent
    grow = abs(distance)
    return bounds.adjusted(0.0, -grow, 0.0, grow), tuple(p.adjusted(0.0, -grow, 0.0, grow) for p in parts)
