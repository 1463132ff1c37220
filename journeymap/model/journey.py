"""The Journey aggregate: every record of a map, its networkx graph, and the only mutators.

Invariants hold after every operation: ids are unique, every reference names an existing
element of the right kind, touchpoints sit in channel lanes. Each mutator performs one
invertible :mod:`operation <journeymap.model.operations>`, returns it, and emits a
coarse signal with the element's id so that views update only what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar, overload

from psygnal import Signal

from journeymap.model.data import (
    JourneyData,
    item_reference_problems,
    reference_problems,
    rule_problems,
    semantic_problems,
)
from journeymap.model.elements import (
    COLLECTION,
    KINDS,
    Comment,
    Flow,
    JourneyInfo,
    Lane,
    Metric,
    Note,
    Opportunity,
    PainPoint,
    Persona,
    Record,
    Stage,
    Touchpoint,
    Vote,
    VotingRound,
)
from journeymap.model.operations import Add, Move, Operation, Remove, SetInfo, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import tr

if TYPE_CHECKING:
    import networkx as nx

FLOW_EDGE = "flow"
NOT_NODES = frozenset(("flow", "conflict"))  # flows are edges; merge conflicts are no part of the map's graph

R = TypeVar("R", bound=Record)


class Journey:
    """A live, editable map. Build it from a :class:`JourneyData` snapshot."""

    element_added = Signal(str, str)  # kind, id
    element_removed = Signal(str, str)  # kind, id
    element_changed = Signal(str, str, tuple)  # kind, id, names of changed fields
    element_moved = Signal(str, str, int)  # kind, id, new index
    info_changed = Signal(tuple)  # names of changed fields
    batch_done = Signal()
    """The operations of one :meth:`batch` are all applied (views that collect work while
    :attr:`in_batch` do it now, once)."""

    def __init__(self, data: JourneyData | None = None) -> None:
        data = data if data is not None else JourneyData()
        self._info = data.journey
        self._records: dict[str, Record] = {}
        self._order: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self._referrers: dict[str, set[tuple[str, str]]] = {}
        self._built_graph: nx.MultiDiGraph | None = None  # made on first use: opening needs none
        self._batches = 0
        for record in data.records():
            self._records[record.id] = record
            self._order[record.KIND].append(record.id)
        if not self._index_references():  # the quick pass failed: say what and where
            collections = {name: getattr(data, name) for name in COLLECTION.values()}
            raise JourneyError(reference_problems(collections) or semantic_problems(data))

    def _index_references(self) -> bool:
        """Fill the referrers index in one pass; False at the first duplicate id, bad
        reference or broken rule (the caller then runs the full, located checks)."""
        records, referrers = self._records, self._referrers
        if len(records) != sum(len(ids) for ids in self._order.values()):
            return False
        for ident, record in records.items():
            refs = record.REFS
            for field, target in record.referenced_ids():
                found = records.get(target)
                if found is None or found.KIND not in refs[field].kinds:
                    return False
                referrers.setdefault(target, set()).add((ident, field))
        ruled = (r for r in records.values() if isinstance(r, (Touchpoint, Flow)))
        return not any(rule_problems(record, records.get) for record in ruled)

    # ---- queries -------------------------------------------------------------------

    @property
    def info(self) -> JourneyInfo:
        return self._info

    @property
    def _graph(self) -> nx.MultiDiGraph:
        if self._built_graph is None:
            self._built_graph = self._build_graph()
        return self._built_graph

    @property
    def graph(self) -> nx.MultiDiGraph:
        """Read-only view: nodes are elements (``kind`` attribute), edges are references
        (``kind`` = the field name) and flows (``kind`` = "flow", key = flow id)."""
        return self._graph.copy(as_view=True)

    def flow_graph(self) -> nx.MultiDiGraph:
        """View of the graph with only the flow edges."""
        import networkx as nx

        return nx.subgraph_view(
            self._graph, filter_edge=lambda u, v, k: self._graph.edges[u, v, k]["kind"] == FLOW_EDGE
        )

    def get(self, ident: str) -> Record | None:
        """The record ``ident`` of whatever kind, or None (see :meth:`find` for one kind)."""
        return self._records.get(ident)

    def __getitem__(self, ident: str) -> Record:
        return self._records[ident]

    def find(self, kind: type[R], ident: str | None) -> R | None:
        """The record ``ident`` as a ``kind`` (``journey.find(Lane, ident)``); None when there
        is no such id, or it names an element of another kind."""
        record = self._records.get(ident) if ident is not None else None
        return record if isinstance(record, kind) else None

    def require(self, kind: type[R], ident: str) -> R:
        """The record ``ident`` as a ``kind``; a located JourneyError when it is missing or of
        another kind (an id that came from a gesture or a file, checked where it is used)."""
        record = self._records.get(ident)
        if not isinstance(record, kind):
            message = tr("no {kind} {id!r}").format(kind=tr(kind.KIND.replace("_", " ")), id=ident)
            raise JourneyError([Problem(ident, message)])
        return record

    def __contains__(self, ident: object) -> bool:
        return ident in self._records

    def __len__(self) -> int:
        return len(self._records)

    def kind_of(self, ident: str) -> str | None:
        record = self._records.get(ident)
        return record.KIND if record is not None else None

    def ids(self, kind: str) -> list[str]:
        return list(self._order[kind])

    @overload
    def records(self, kind: type[R]) -> list[R]: ...
    @overload
    def records(self, kind: str) -> list[Record]: ...
    def records(self, kind: type[Record] | str) -> list[Any]:
        """The records of one kind in map order: ``records(Stage)`` is a ``list[Stage]``;
        ``records("stage")``, for code that walks every kind, a ``list[Record]``."""
        name = kind if isinstance(kind, str) else kind.KIND
        return [self._records[i] for i in self._order[name]]

    def count(self, kind: str) -> int:
        return len(self._order[kind])

    def index_of(self, ident: str) -> int:
        return self._order[self._records[ident].KIND].index(ident)

    def referrers(self, ident: str) -> list[tuple[str, str]]:
        """``(referring id, field)`` for every record that refers to ``ident``, sorted."""
        return sorted(self._referrers.get(ident, ()))

    def referring(self, ident: str, field: str, kind: str | None = None) -> list[str]:
        """Ids of records (of ``kind``, if given) whose ``field`` refers to ``ident``, in map order."""
        found = {r for r, f in self._referrers.get(ident, ()) if f == field}
        if kind is not None:
            found = {r for r in found if kind == self._records[r].KIND}
        if len(found) <= 1:
            return list(found)
        kinds = {self._records[r].KIND for r in found}
        return [i for k in KINDS if k in kinds for i in self._order[k] if i in found]

    @property
    def stages(self) -> list[Stage]:
        return self.records(Stage)

    @property
    def lanes(self) -> list[Lane]:
        return self.records(Lane)

    @property
    def personas(self) -> list[Persona]:
        return self.records(Persona)

    @property
    def touchpoints(self) -> list[Touchpoint]:
        return self.records(Touchpoint)

    @property
    def pain_points(self) -> list[PainPoint]:
        return self.records(PainPoint)

    @property
    def opportunities(self) -> list[Opportunity]:
        return self.records(Opportunity)

    @property
    def metrics(self) -> list[Metric]:
        return self.records(Metric)

    @property
    def flows(self) -> list[Flow]:
        return self.records(Flow)

    @property
    def comments(self) -> list[Comment]:
        return self.records(Comment)

    @property
    def notes(self) -> list[Note]:
        return self.records(Note)

    @property
    def voting_rounds(self) -> list[VotingRound]:
        return self.records(VotingRound)

    @property
    def votes(self) -> list[Vote]:
        return self.records(Vote)

    def votes_in(self, voting_round: str) -> list[Vote]:
        """The votes of one round, in map order."""
        found = (self._records[i] for i in self.referring(voting_round, "round", "vote"))
        return [vote for vote in found if isinstance(vote, Vote)]

    def touchpoints_in(self, stage: str, lane: str) -> list[Touchpoint]:
        """The touchpoints of one cell, in map order."""
        in_lane = set(self.referring(lane, "lane", "touchpoint"))
        in_stage = self.referring(stage, "stage", "touchpoint")
        return [self.require(Touchpoint, i) for i in in_stage if i in in_lane]

    def snapshot(self) -> JourneyData:
        """An immutable copy of the whole map (cheap: records are shared, not copied)."""
        fields: dict[str, Any] = {name: tuple(self.records(kind)) for kind, name in COLLECTION.items()}
        fields["journey"] = self._info
        return JourneyData.model_construct(None, **fields)

    # ---- mutators ------------------------------------------------------------------

    def apply(self, op: Operation) -> Operation:
        """Perform ``op``; return it fully specified. Raises JourneyError, changing nothing."""
        if isinstance(op, Add):
            return self.add(op.record, op.index)
        if isinstance(op, Remove):
            return self.remove(op.record.id)
        if isinstance(op, Update):
            return self.update(op.new) or op
        if isinstance(op, Move):
            return self.move(op.id, op.new_index) or op
        return self.set_info(op.new) or op

    def apply_all(self, ops: Iterable[Operation]) -> list[Operation]:
        """Apply in order, as one batch; on failure undo what was applied and re-raise."""
        done: list[Operation] = []
        with self.batch():
            try:
                for op in ops:
                    done.append(self.apply(op))
            except JourneyError:
                for op in reversed(done):
                    self.apply(op.inverse())
                raise
        return done

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Operations applied inside belong together (one undo step): each still emits its
        signal, and :attr:`batch_done` follows the last (batches may nest: the outer one)."""
        self._batches += 1
        try:
            yield
        finally:
            self._batches -= 1
            if not self._batches:
                self.batch_done.emit()

    @property
    def in_batch(self) -> bool:
        """Whether more operations of the same batch may follow."""
        return self._batches > 0

    def add(self, record: Record, index: int | None = None) -> Add:
        if record.id in self._records:
            raise self._error(record, "id", tr("duplicate id {id!r}").format(id=record.id))
        self._check(record)
        order = self._order[record.KIND]
        index = len(order) if index is None else max(0, min(index, len(order)))
        order.insert(index, record.id)
        self._records[record.id] = record
        if record.KIND not in NOT_NODES and self._built_graph is not None:
            self._built_graph.add_node(record.id, kind=record.KIND)
        self._link(record)
        self.element_added.emit(record.KIND, record.id)
        return Add(record, index)

    def remove(self, ident: str) -> Remove:
        record = self._records.get(ident)
        if record is None:
            raise JourneyError([Problem(ident, tr("no element {id!r}").format(id=ident))])
        if self._referrers.get(ident):
            referrer, field = min(self._referrers[ident])
            message = tr("still referred to by {ref}.{field}").format(ref=referrer, field=field)
            raise JourneyError([Problem(ident, message)])
        self._unlink(record)
        if record.KIND not in NOT_NODES and self._built_graph is not None:
            self._built_graph.remove_node(ident)
        order = self._order[record.KIND]
        index = order.index(ident)
        del order[index]
        del self._records[ident]
        self.element_removed.emit(record.KIND, ident)
        return Remove(record, index)

    def update(self, record: Record) -> Update | None:
        """Replace the record with the same id. None (and no signal) when nothing changed."""
        old = self._records.get(record.id)
        if old is None or type(old) is not type(record):
            raise self._error(record, "id", tr("no {kind} {id!r}").format(kind=record.KIND, id=record.id))
        if old == record:
            return None
        self._check(record)
        self._unlink(old)
        self._records[record.id] = record
        self._link(record)
        op = Update(old, record)
        self.element_changed.emit(record.KIND, record.id, op.fields())
        return op

    def move(self, ident: str, index: int) -> Move | None:
        """Move an element to ``index`` within its collection (stages and lanes: map order)."""
        order = self._order[self._records[ident].KIND]
        old = order.index(ident)
        index = max(0, min(index, len(order) - 1))
        if old == index:
            return None
        del order[old]
        order.insert(index, ident)
        self.element_moved.emit(self._records[ident].KIND, ident, index)
        return Move(ident, old, index)

    def set_info(self, info: JourneyInfo) -> SetInfo | None:
        if info == self._info:
            return None
        old, self._info = self._info, info
        changed = tuple(n for n in JourneyInfo.model_fields if getattr(old, n) != getattr(info, n))
        self.info_changed.emit(changed)
        return SetInfo(old, info)

    # ---- internals -----------------------------------------------------------------

    def _error(self, record: Record, field: str, message: str) -> JourneyError:
        where = f"{COLLECTION[record.KIND]}[{record.id}]" + (f".{field}" if field else "")
        return JourneyError([Problem(where, message)])

    def _check(self, record: Record) -> None:
        problems = [
            (".".join(str(p) for p in parts), message)
            for parts, message in item_reference_problems(record.KIND, record, self.kind_of)
        ]
        if not problems:
            problems = rule_problems(record, self._records.get)
        if problems:
            raise JourneyError(self._error(record, f, m).problems[0] for f, m in problems)

    def _build_graph(self) -> nx.MultiDiGraph:
        """The graph of the records as they are now, built with networkx's bulk adders."""
        import networkx as nx  # here, not at the top: opening and drawing a map never need it

        graph = nx.MultiDiGraph()
        nodes = {i: {"kind": r.KIND} for i, r in self._records.items() if r.KIND not in NOT_NODES}
        graph.add_nodes_from(nodes.items())
        graph.add_edges_from(self._edges(nodes))
        return graph

    def _edges(self, nodes: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for ident, record in self._records.items():
            if isinstance(record, Flow):
                attrs = {"kind": FLOW_EDGE, "share": record.share, "volume": record.volume}
                yield record.source, record.target, ident, attrs
            else:  # flows are edges, not nodes: a comment on a flow gets no edge
                yield from ((ident, t, f, {"kind": f}) for f, t in record.referenced_ids() if t in nodes)

    def _link(self, record: Record) -> None:
        references = record.referenced_ids()
        for field, target in references:
            self._referrers.setdefault(target, set()).add((record.id, field))
        graph = self._built_graph
        if graph is None:
            return
        if isinstance(record, Flow):
            attrs = {"kind": FLOW_EDGE, "share": record.share, "volume": record.volume}
            graph.add_edge(record.source, record.target, key=record.id, **attrs)
            return
        for field, target in references:
            if target in graph:
                graph.add_edge(record.id, target, key=field, kind=field)

    def _unlink(self, record: Record) -> None:
        references = record.referenced_ids()
        for field, target in references:
            refs = self._referrers.get(target)
            if refs is not None:
                refs.discard((record.id, field))
                if not refs:
                    del self._referrers[target]
        graph = self._built_graph
        if graph is None:
            return
        if isinstance(record, Flow):
            graph.remove_edge(record.source, record.target, key=record.id)
            return
        for field, target in set(references):
            if graph.has_edge(record.id, target, key=field):
                graph.remove_edge(record.id, target, key=field)

    def __iter__(self) -> Iterator[Record]:
        for kind in KINDS:
            yield from self.records(kind)
