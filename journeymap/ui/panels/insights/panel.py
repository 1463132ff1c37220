"""The insights dock: what the map's own graph says, kept up to date as the map is edited.

A funnel chart and the stage x channel coverage map on top, then a tree of findings (top
paths to the conversion stage, coverage gaps, pain hot spots, loops back, structural
problems) and a read-only what-if on one flow's share. Every bar, cell and finding is
clickable and selects its elements (``document.selection.set(ids)``). The analysis is
:mod:`journeymap.model.analysis`; it reruns 150 ms after the last edit. Nothing here
touches the undo stack. Wire it with :func:`create_dock`.
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
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.analysis import Insights, StructuralProblem, analyse, what_if
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
from journeymap.ui.panels.common import child_items, count_text, make_dock, share_text, top_items
from journeymap.ui.panels.insights.charts import EMPTY_CELL, CoverageMap, FunnelChart, percent
from journeymap.ui.relay import JourneyRelay
from journeymap.util.i18n import arrow

IDS_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
LARGE_MAP = 1500  # touchpoints: above this, insights update on Refresh, not after each edit
TOP_HOTSPOTS = 5
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
        self._stale = False
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Analyse the map now"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.recompute(force=True))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.funnel = FunnelChart(self)
        self.coverage = CoverageMap(self)
        self.findings = self._make_tree()
        self._make_what_if()
        self._layout_widgets()
        for signal in (self._relay.added, self._relay.removed, self._relay.changed, self._relay.moved):
            signal.connect(self.schedule)
        self._relay.reset.connect(self.recompute)
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
        self.share_spin = QDoubleSpinBox(self.what_if_box)
        self.share_spin.setObjectName("what_if_share")
        self.share_spin.setRange(0.0, 100.0)
        self.share_spin.setDecimals(1)
        self.share_spin.setSuffix(" %")
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
        self.share_spin.valueChanged.connect(lambda _v: self._update_what_if())

    def _layout_widgets(self) -> None:
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.recompute()

    def schedule(self, *_args: object) -> None:
        """Recompute soon; edits in quick succession (typing, dragging) cost one analysis."""
        self._timer.start()

    def recompute(self, *, force: bool = False) -> None:
        """Analyse the map, unless nobody would see it: a hidden panel waits until it is shown,
        and a large map waits for Refresh (its analysis takes seconds, too long per edit)."""
        self._timer.stop()
        count = self._document.journey.count("touchpoint")
        if not force and (not self.isVisible() or count > LARGE_MAP):
            self._stale = True
            if count > LARGE_MAP:
                message = self.tr("This map has %Ln touchpoints: press Refresh to update the insights.", "", count)
                self.summary.setText(message)
            return
        self._stale = False
        insights = analyse(self._document.journey)
        self.insights = insights
        self.summary.setText(self._summary_text(insights))
        self.funnel.set_funnel(insights.funnel)
        self.coverage.set_coverage(insights.coverage)
        self.coverage_note.setText(self._coverage_text(insights))
        self._fill_tree(insights)
        self._fill_flows()

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
        section = self._section("loops", self.tr("Loops back (%Ln)", "", len(loops)))
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

    def _add_problems(self, problems: Sequence[StructuralProblem]) -> None:
        section = self._section("problems", self.tr("Structural problems (%Ln)", "", len(problems)))
        rank = {kind: n for n, kind in enumerate(PROBLEM_KINDS)}
        journey = self._document.journey
        for problem in sorted(problems, key=lambda p: rank.get(p.kind, len(rank))):
            name = element_name(journey, problem.ids[0]) if problem.ids else ""
            sentence = problem_sentence(problem, name, NUMBERS)
            self._said(section, sentence, flagged=problem.kind in PROBLEM_KINDS[:3])

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

    def _fill_flows(self) -> None:
        journey = self._document.journey
        chosen = self.flow_combo.currentData()
        with QSignalBlocker(self.flow_combo):
            self.flow_combo.clear()
            for flow in journey.flows:
                source = self._name(flow.source)
                target = self._name(flow.target)
                self.flow_combo.addItem(source + arrow() + target, flow.id)
            found = self.flow_combo.findData(chosen)
            self.flow_combo.setCurrentIndex(found if found >= 0 else 0 if self.flow_combo.count() else -1)
        self.what_if_box.setEnabled(self.flow_combo.count() > 0)
        if found < 0:
            self._on_flow_chosen()
        else:
            self._update_what_if()

    def _name(self, ident: str) -> str:
        record = self._document.journey.get(ident)
        return str(getattr(record, "title", None) or getattr(record, "name", ident))

    def _on_flow_chosen(self) -> None:
        flow = self._document.journey.get(self.flow_combo.currentData() or "")
        share = getattr(flow, "share", None)
        with QSignalBlocker(self.share_spin):
            self.share_spin.setValue((share or 0.0) * 100)
        self._update_what_if()

    def _update_what_if(self) -> None:
        flow_id = self.flow_combo.currentData()
        if not flow_id:
            self.what_if_result.setText(self.tr("The map has no flows to try."))
            return
        try:
            result = what_if(self._document.journey, flow_id, self.share_spin.value() / 100)
        except ValueError as error:
            self.what_if_result.setText(str(error))
            return
        if result.before is None or result.after is None or result.delta is None:
            self.what_if_result.setText(self.tr("Conversion is unknown: give the flows their shares."))
            return
        points = ("+" if result.delta > 0 else "") + QLocale().toString(result.delta * 100, "f", 1)
        self.what_if_result.setText(
            self.tr("Conversion: {before} → {after} ({points} points). The map is not changed.").format(
                before=percent(result.before), after=percent(result.after), points=points
            )
        )


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The insights panel in a dock named ``insights_dock`` (its place persists)."""
    panel = InsightsPanel(document)
    return make_dock(panel, main_window, title=QCoreApplication.translate("InsightsPanel", "Insights"), name="insights_dock")
