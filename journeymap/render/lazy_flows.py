"""Flows far from every view re-route in idle time, so that an edit costs the same on any map.

When a row grows, every row below it moves down, and with them the ends of thousands of
flows on a 10,000-touchpoint map; re-routing all of them at once took seconds per edit.
:class:`LazyFlows` lets the grid re-route at once only the flows that a view shows (or
nearly: within :data:`MARGIN` of what any view shows, by their ends and their old path) and
keeps the rest for idle time: a zero-delay timer re-routes them in slices of
:data:`SLICE_S`, and a view about to paint a place first re-routes whatever waits there
(:meth:`LazyFlows.aim_in`). With no view (an export, a test's scene) nothing waits. Only
batches of more than :data:`WAIT_ABOVE` flows are split: small edits route as before.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

MARGIN = 400.0
"""Scene pixels around each view within which flows re-route at once."""
SLICE_S = 0.008
WAIT_ABOVE = 48


class LazyFlows(QObject):
    def __init__(
        self,
        scene: QGraphicsScene,
        body: QGraphicsItem,
        extent: Callable[[str], QRectF | None],
        aim: Callable[[Iterable[str]], None],
    ) -> None:
        super().__init__(scene)
        self._scene, self._body = scene, body
        self._extent = extent  # a flow's ends and old path, in body coordinates (None: unknown)
        self._aim = aim
        self.waiting: dict[str, QRectF | None] = {}  # flow -> where it was and goes, roughly
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def split(self, flows: set[str]) -> set[str]:
        """The flows to re-route now; the others wait (see the module docstring)."""
        flows |= flows & self.waiting.keys()
        if len(flows) <= WAIT_ABOVE:
            for flow in flows:
                self.waiting.pop(flow, None)
            return flows
        seen = self._seen()
        if not seen:
            for flow in flows:
                self.waiting.pop(flow, None)
            return flows
        now = set()
        for flow in flows:
            extent = self._extent(flow)
            if extent is None or any(extent.intersects(rect) for rect in seen):
                now.add(flow)
                self.waiting.pop(flow, None)
            else:
                self.waiting[flow] = extent
        if self.waiting:
            self._timer.start()
        return now

    def forget(self, flow: str) -> None:
        self.waiting.pop(flow, None)

    def aim_in(self, scene_rect: QRectF) -> None:
        """Re-route the waiting flows near ``scene_rect`` (a view is about to paint it)."""
        if not self.waiting:
            return
        seen = self._body.mapRectFromScene(scene_rect).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        due = [flow for flow, extent in self.waiting.items() if extent is None or extent.intersects(seen)]
        for flow in due:
            del self.waiting[flow]
        if due:
            self._aim(due)

    def aim_all(self) -> None:
        """Re-route everything that waits (before a picture is taken, say)."""
        due, self.waiting = list(self.waiting), {}
        self._timer.stop()
        if due:
            self._aim(due)

    def _slice(self) -> None:
        end = time.perf_counter() + SLICE_S
        while self.waiting and time.perf_counter() < end:
            batch = list(itertools.islice(self.waiting, 16))
            for flow in batch:
                del self.waiting[flow]
            self._aim(batch)
        if not self.waiting:
            self._timer.stop()

    def _seen(self) -> list[QRectF]:
        rects = []
        for view in self._scene.views():
            if view.isVisible():
                shown = view.mapToScene(view.viewport().rect()).boundingRect()
                body = self._body.mapRectFromScene(shown)
                rects.append(body.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        return rects
