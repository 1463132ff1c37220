"""The insights dock: what the map's own graph says, kept up to date as the map is edited.

A funnel chart and the stage x channel coverage map on top, then a tree of findings (top
paths to the conversion stage, coverage gaps, pain hot spots, loops back, structural
problems) and a read-only what-if on one flow's share. Every bar, cell and finding is
clickable and selects its elements (``document.selection.set(ids)``). The analysis is
:mod:`journeymap.model.analysis`; it reruns on a worker thread (:mod:`.worker`) 150 ms
after the last edit, on a snapshot of the map, so typing never waits for it, on a map of
any size. While the shown numbers are older than the map, the panel says so ("Updating…").
Each kind of finding lists at most :data:`MAX_FINDINGS` and says how many more there are.
Nothing here touches the undo stack. Wire it with :func:`create_dock`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.analysis import Insights, StructuralProblem, WhatIf
from journeymap.model.analysis.sentences import (
    Numbers,
    Sentence,
    gap_sentences,
    hotspot_sentence,
    pain_sentence,
    problem_sentence,
    reach_summary,
)
from journeymap.model.analysis.structure import PROBLEM_KINDS
from journeymap.model.describe import element_name
from journeymap.ui.document import Document
from journeymap.ui.panels.common import child_items, count_text, kind_name, make_dock, share_text, top_items
from journeymap.ui.panels.insights.charts import EMPTY_CELL, CoverageMap, FunnelChart, percent
from journeymap.ui.panels.insights.flow_list import FlowListModel
from journeymap.ui.panels.insights.remote import SHOWN, Outcome
from journeymap.ui.panels.insights.worker import AnalysisRunner
from journeymap.ui.relay import JourneyRelay
from journeymap.util.i18n import arrow, conventions, number

IDS_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
TOP_HOTSPOTS = 5
MAX_FINDINGS = SHOWN
"""Findings listed per kind (a 10,000-touchpoint map has thousands of unreachable cards);
the rest are counted in a last line."""
NUMBERS = Numbers(count=count_text, share=share_text)
"""Counts and shares in the reader's locale (120,000; 68%; 5.2%)."""


class InsightsPanel(QWidget):
    """Funnel, coverage, findings and what-if for the document's current map."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights_panel")
        self._document = document
        self.insights: Insights | None = None
        self._relay = JourneyRelay(document, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._generation = 0  # counts the map's changes
        self._shown_generation = -1  # the generation the shown numbers are of
        self._busy = False  # a request is with the worker
        self._want: tuple[bool, str | None, float] | None = None  # asked while busy: (full, flow, share)
        self.counts: dict[str, int] = {}  # how many findings the shown lists were cut from
        self._analysis = AnalysisRunner(self._relay, self)
        self._analysis.finished.connect(self._on_outcome)
        self.status = QLabel(self.tr("Updating…"), self)
        self.status.setObjectName("insights_status")
        self.status.setStyleSheet("color: palette(mid); font-style: italic;")
        self.status.setToolTip(self.tr("The numbers shown are from before the last edit"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.funnel = FunnelChart(self)
        self.coverage = CoverageMap(self)
        self.findings = self._make_tree()
        self.flows_model = FlowListModel(document, self._relay, self)
        self._make_what_if()
        self._layout_widgets()
        for signal in (self._relay.added, self._relay.removed, self._relay.changed, self._relay.moved):
            signal.connect(self.schedule)
        self._relay.reset.connect(self._on_reset)
        self.funnel.clicked.connect(self.select)
        self.coverage.clicked.connect(self.select)
        self.recompute()

    # ---- building --------------------------------------------------------------------------

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("insights_findings")
        tree.setHeaderHidden(True)
        tree.setColumnCount(1)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.itemClicked.connect(lambda item, _col: self._on_item(item))
        tree.itemActivated.connect(lambda item, _col: self._on_item(item))
        return tree

    def _make_what_if(self) -> None:
        self.what_if_box = QGroupBox(self.tr("What if one flow’s share changed?"), self)
        self.flow_combo = QComboBox(self.what_if_box)
        self.flow_combo.setObjectName("what_if_flow")
        self.flow_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flow_combo.setMinimumContentsLength(18)
        self.flow_combo.setModel(self.flows_model)
        self.share_spin = QDoubleSpinBox(self.what_if_box)
        self.share_spin.setObjectName("what_if_share")
        self.share_spin.setRange(0.0, 100.0)
        self.share_spin.setDecimals(1)
        before, _, after = conventions().percent.partition("{}")  # "%40" in Turkish, "٤٠٪" in Arabic
        self.share_spin.setPrefix(before)
        self.share_spin.setSuffix(after)
        self.what_if_result = QLabel(self.what_if_box)
        self.what_if_result.setObjectName("what_if_result")
        self.what_if_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.flow_combo, 1)
        row.addWidget(QLabel(self.tr("share"), self.what_if_box))
        row.addWidget(self.share_spin)
        column = QVBoxLayout(self.what_if_box)
        column.addLayout(row)
        column.addWidget(self.what_if_result)
        self.flow_combo.currentIndexChanged.connect(self._on_flow_chosen)
        self.share_spin.valueChanged.connect(lambda _v: self._ask_what_if())
        self._take_flow_share()  # the combo chose its first flow before anyone listened

    def _layout_widgets(self) -> None:
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.summary)
        column.addWidget(self._heading(self.tr("Funnel")))
        column.addWidget(self.funnel)
        column.addWidget(self._heading(self.tr("Omnichannel coverage")))
        self.coverage_note = QLabel(self)
        self.coverage_note.setWordWrap(True)
        column.addWidget(self.coverage)
        column.addWidget(self.coverage_note)
        column.addWidget(self.what_if_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(top)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # ---- recomputing ---------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """Whether the numbers shown are older than the map (an analysis is due or running)."""
        return self._shown_generation != self._generation

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and not self._timer.isActive():
            self.recompute()

    def schedule(self, *_args: object) -> None:
        """The map changed: say so, and analyse it soon; edits in quick succession (typing,
        dragging) cost one analysis."""
        self._generation += 1
        self.status.show()
        self._timer.start()

    def _on_reset(self) -> None:
        self._generation += 1
        self.recompute()

    def recompute(self) -> None:
        """Ask the worker to analyse the map as it is now, unless nobody would see it: a
        hidden panel waits until it is shown."""
        self._timer.stop()
        self.status.setVisible(self.stale)
        if self.isVisible() and self.stale:
            self._ask(full=True)

    def _ask(self, *, full: bool) -> None:
        flow, share = self.flow_combo.currentData(), self.share_spin.value() / 100
        if self._busy:  # one at a time: this goes when the worker answers
            full = full or (self._want is not None and self._want[0])
            self._want = (full, flow, share)
            return
        self._busy = True
        self._analysis.submit(self._document.journey, self._generation, full=full, flow=flow, share=share)

    def _on_outcome(self, outcome: Outcome) -> None:
        self._busy = False
        request = outcome.request
        if outcome.insights is not None:
            self.counts = outcome.counts
            self._show(outcome.insights)
            self._shown_generation = request.changes.generation
        elif request.full:  # no answer (the worker failed): try again with a fresh one
            self._analysis.failed()
            self.summary.setText(self.tr("The insights could not be computed: {problem}").format(
                problem=outcome.problem))  # fmt: skip
        if request.flow == self.flow_combo.currentData():
            self._show_what_if(outcome.what_if, outcome.problem)
        waiting, self._want = self._want, None
        if waiting is not None:
            self._ask(full=waiting[0])
        elif self.stale and self.isVisible() and not self._timer.isActive() and outcome.insights is not None:
            self._ask(full=True)
        self.status.setVisible(self.stale)

    def _show(self, insights: Insights) -> None:
        self.insights = insights
        self.summary.setText(self._summary_text(insights))
        self.funnel.set_funnel(insights.funnel)
        self.coverage.set_coverage(insights.coverage)
        self.coverage_note.setText(self._coverage_text(insights))
        self._fill_tree(insights)

    def _summary_text(self, insights: Insights) -> str:
        """Counted customers beside the reach the flow shares model, each named."""
        return reach_summary(insights.funnel, insights.flows, NUMBERS)

    def _coverage_text(self, insights: Insights) -> str:
        coverage = insights.coverage
        if coverage.covered is None:
            return ""
        return self.tr("{covered} of the stage × channel cells have a touchpoint; %Ln open cell(s) to consider.", "",
                       len(coverage.empty_cells)).format(covered=percent(coverage.covered, 0))  # fmt: skip

    # ---- the findings tree ---------------------------------------------------------------------

    def _fill_tree(self, insights: Insights) -> None:
        tree = self.findings
        expanded = {item.data(0, SECTION_ROLE) for item in top_items(tree) if item.isExpanded()}
        with QSignalBlocker(tree):
            tree.clear()
            self._add_paths(insights)
            self._add_gaps(insights)
            self._add_hotspots(insights)
            self._add_loops(insights)
            self._add_problems(insights.problems)
            self._add_votes(insights)
        for item in top_items(tree):
            item.setExpanded(not expanded or item.data(0, SECTION_ROLE) in expanded)

    def _section(self, key: str, title: str, ids: Iterable[str] = ()) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.findings, [title])
        item.setData(0, SECTION_ROLE, key)
        item.setData(0, IDS_ROLE, tuple(ids))
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _finding(
        self,
        parent: QTreeWidgetItem,
        text: str,
        ids: Sequence[str],
        *,
        flagged: bool = False,
        detail: str = "",
    ) -> None:
        """One finding; its tooltip says it whole and gives the raw measure (``detail``)."""
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, IDS_ROLE, tuple(ids))
        item.setToolTip(0, f"{text}\n{detail}" if detail and detail != text else text)
        if flagged:
            item.setForeground(0, QBrush(QColor(EMPTY_CELL)))

    def _said(self, parent: QTreeWidgetItem, sentence: Sentence, *, flagged: bool = False) -> None:
        self._finding(parent, sentence.text, sentence.ids, flagged=flagged, detail=sentence.detail)

    def _add_paths(self, insights: Insights) -> None:
        flows = insights.flows
        title = self.tr("Top paths to “{stage}”").format(stage=flows.target_name or "?")
        section = self._section("paths", title, flows.ids)
        for path in flows.paths:
            self._finding(section, f"{percent(path.probability)}  " + arrow().join(path.names), path.ids)
        if not flows.paths:
            self._finding(
                section, self.tr("No path: the flows have no shares, or none reaches the stage."), ()
            )

    def _add_gaps(self, insights: Insights) -> None:
        """Cells with no touchpoint: open questions to consider, not errors (not in red)."""
        gaps = gap_sentences(insights.coverage)
        section = self._section("gaps", self.tr("Open cells to consider (%Ln)", "", len(gaps)))
        for sentence in gaps:
            self._said(section, sentence)

    def _add_hotspots(self, insights: Insights) -> None:
        hot = insights.hotspots
        section = self._section("hotspots", self.tr("Pain hot spots"))
        for spot in [*hot.stages[:TOP_HOTSPOTS], *hot.lanes[:TOP_HOTSPOTS]]:
            if spot.score > 0:
                self._said(section, hotspot_sentence(spot, NUMBERS))
        for pain in hot.pain_points[:TOP_HOTSPOTS]:
            self._said(section, pain_sentence(pain, NUMBERS))

    def _add_loops(self, insights: Insights) -> None:
        loops = insights.funnel.loops
        if not loops:
            return
        total = self.counts.get("loops", len(loops))
        section = self._section("loops", self.tr("Loops back (%Ln)", "", total))
        journey = self._document.journey
        for loop in loops:
            source = getattr(journey.get(loop.source), "title", None) or getattr(
                journey.get(loop.source), "name", "?"
            )
            target = getattr(journey.get(loop.target), "title", None) or getattr(
                journey.get(loop.target), "name", "?"
            )
            share = f" ({percent(loop.share)})" if loop.share is not None else ""
            self._finding(section, f"{source} ↩ {target}{share}", loop.ids)
        if total > len(loops):
            self._finding(section, self.tr("… and %Ln more like these", "", total - len(loops)), ())

    def _add_problems(self, problems: Sequence[StructuralProblem]) -> None:
        total = sum(n for key, n in self.counts.items() if key.startswith("problems:")) or len(problems)
        section = self._section("problems", self.tr("Structural problems (%Ln)", "", total))
        rank = {kind: n for n, kind in enumerate(PROBLEM_KINDS)}
        journey = self._document.journey
        listed: dict[str, int] = {}
        for problem in sorted(problems, key=lambda p: rank.get(p.kind, len(rank))):
            listed[problem.kind] = listed.get(problem.kind, 0) + 1
            if listed[problem.kind] > MAX_FINDINGS:
                continue
            name = element_name(journey, problem.ids[0]) if problem.ids else ""
            sentence = problem_sentence(problem, name, NUMBERS)
            self._said(section, sentence, flagged=problem.kind in PROBLEM_KINDS[:3])
        for kind, shown in listed.items():
            more = self.counts.get(f"problems:{kind}", shown) - min(shown, MAX_FINDINGS)
            if more > 0:
                self._finding(section, self.tr("… and %Ln more like these", "", more), ())

    def _add_votes(self, insights: Insights) -> None:
        """Each voting round's cards, most dots first (dots as a row of dots)."""
        for result in insights.votes:
            state = self.tr("closed") if result.closed else self.tr("open")
            every = result.participants * result.dots_each
            title = self.tr("Votes: {name} ({state}, {given} of %Ln dots)", "", every).format(
                name=result.name, state=state, given=number(result.dots_given)
            )
            section = self._section(f"votes:{result.round_id}", title, [c.element_id for c in result.cards])
            for card in result.cards:
                kind = kind_name(card.kind)
                self._finding(section, f"{number(card.dots)}  ●  {card.title}  ({kind})", card.ids)
            if not result.cards:
                self._finding(section, self.tr("No dots given yet."), ())

    def _on_item(self, item: QTreeWidgetItem) -> None:
        self.select(item.data(0, IDS_ROLE) or ())

    def select(self, ids: Iterable[str]) -> None:
        """Select the elements of a finding (those still on the map) in every view."""
        journey = self._document.journey
        present = [i for i in ids if i in journey]
        if present:
            self._document.selection.set(present)

    def finding_items(self, section: str) -> list[QTreeWidgetItem]:
        for top in top_items(self.findings):
            if top.data(0, SECTION_ROLE) == section:
                return child_items(top)
        return []

    # ---- what-if ----------------------------------------------------------------------------

    def _on_flow_chosen(self) -> None:
        self._take_flow_share()
        self._ask_what_if()

    def _take_flow_share(self) -> None:
        """The share box starts from the chosen flow's own share: the what-if reads "no
        change" until the reader types another."""
        self.what_if_box.setEnabled(self.flow_combo.count() > 0)
        flow = self._document.journey.get(self.flow_combo.currentData() or "")
        share = getattr(flow, "share", None)
        with QSignalBlocker(self.share_spin):
            self.share_spin.setValue((share or 0.0) * 100)

    def _ask_what_if(self) -> None:
        if not self.flow_combo.currentData():
            self.what_if_result.setText(self.tr("The map has no flows to try."))
            return
        self.what_if_result.setText(self.tr("Computing…"))
        self._ask(full=False)

    def _show_what_if(self, result: WhatIf | None, problem: str | None) -> None:
        if not self.flow_combo.currentData():
            self.what_if_result.setText(self.tr("The map has no flows to try."))
            return
        if result is None:
            self.what_if_result.setText(problem or "")
            return
        if result.before is None or result.after is None or result.delta is None:
            self.what_if_result.setText(self.tr("Conversion is unknown: give the flows their shares."))
            return
        points = ("+" if result.delta >= 0 else "") + QLocale().toString(result.delta * 100, "f", 1)
        self.what_if_result.setText(
            self.tr("Conversion: {before} → {after} ({points} points). The map is not changed.").format(
                before=percent(result.before), after=percent(result.after), points=points
            )
        )


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The insights panel in a dock named ``insights_dock`` (its place persists)."""
    panel = InsightsPanel(document)
    return make_dock(panel, main_window, title=QCoreApplication.translate("InsightsPanel", "Insights"), name="insights_dock")
