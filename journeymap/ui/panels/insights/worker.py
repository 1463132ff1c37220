"""The insights' analysis off the UI thread, in a worker process that mirrors the map.

:class:`AnalysisRunner` follows the document's journey by ids and remembers what changed
since the worker last caught up; :meth:`AnalysisRunner.submit` sends those changes (the
whole map only the first time and after Open) with the request, to a process pool of one
started on first use (:mod:`.remote` says why a process). The answer comes back on the UI
thread through :attr:`AnalysisRunner.finished`. The live Journey is never touched off the UI
thread. At most one request is in flight: the panel sends the next when the answer comes,
so a burst of edits costs one analysis per answer and the last state is always analysed.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from PySide6.QtCore import QObject, Signal

from journeymap.formats import journey_file
from journeymap.model.journey import Journey
from journeymap.ui.panels.insights.remote import Changes, Outcome, Request, serve
from journeymap.ui.relay import JourneyRelay


class _Emitter(QObject):
    """Carries an outcome from the pool's thread; owned by no widget, so it outlives them."""

    finished = Signal(object)


class AnalysisRunner(QObject):
    """The worker process of one panel and the changes it has not seen yet."""

    finished = Signal(object)  # Outcome

    def __init__(self, relay: JourneyRelay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ProcessPoolExecutor | None = None
        self._emitter = _Emitter()
        self._emitter.finished.connect(self.finished)  # queued: emitted on the pool's thread
        self._whole = True  # the worker has no map yet (or an older one)
        self._changed: set[str] = set()
        self._reordered: set[str] = set()
        relay.added.connect(lambda kind, ident: self._note(kind, ident, order=True))
        relay.removed.connect(lambda kind, ident: self._note(kind, ident, order=True))
        relay.moved.connect(lambda kind, ident, _index: self._note(kind, ident, order=True))
        relay.changed.connect(lambda kind, ident, _fields: self._note(kind, ident, order=False))
        relay.reset.connect(self.forget)
        pool: list[ProcessPoolExecutor | None] = [None]
        self._pool_holder = pool
        self.destroyed.connect(lambda *_: _shut(pool))

    def _note(self, kind: str, ident: str, *, order: bool) -> None:
        self._changed.add(ident)
        if order:
            self._reordered.add(kind)

    def forget(self) -> None:
        """The journey was replaced: the next request carries the whole map."""
        self._whole = True

    def submit(
        self, journey: Journey, generation: int, *, full: bool, flow: str | None, share: float
    ) -> None:
        request = Request(self._changes(journey, generation), full, flow, share)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            self._pool_holder[0] = self._pool
        emitter = self._emitter

        def answered(future: Future[Outcome]) -> None:
            try:
                outcome = future.result()
            except Exception as error:  # a worker that died: start afresh next time
                outcome = Outcome(request, None, {}, None, str(error) or type(error).__name__)
            emitter.finished.emit(outcome)

        self._pool.submit(serve, request).add_done_callback(answered)

    def failed(self) -> None:
        """The last request got no answer: the next one starts a new worker with the whole map."""
        _shut(self._pool_holder)
        self._pool = None
        self._whole = True

    def _changes(self, journey: Journey, generation: int) -> Changes:
        if self._whole:
            self._whole = False
            self._changed, self._reordered = set(), set()
            return Changes(generation, whole=journey_file.dumps(journey.snapshot()))
        records = {ident: journey.get(ident) for ident in self._changed}
        orders = {kind: journey.ids(kind) for kind in self._reordered}
        self._changed, self._reordered = set(), set()
        return Changes(generation, records=records, orders=orders)


def _shut(holder: list[ProcessPoolExecutor | None]) -> None:
    pool, holder[0] = holder[0], None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
