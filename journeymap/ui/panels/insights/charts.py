"""The two pictures of the insights dock, drawn with QPainter: the funnel and the coverage map.

Both are small read-only widgets fed with results of :mod:`journeymap.model.analysis`;
clicking a bar or a cell emits ``clicked(ids)`` with the element ids it stands for.
Unknown numbers are drawn as unknown (a dashed outline and the word), never as zero.
Layout is computed left to right and mirrored with QStyle.visualRect for right-to-left maps.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QStyle, QToolTip, QWidget

from journeymap.model.analysis import Coverage, CoverageCell, Funnel, FunnelStep
from journeymap.model.analysis.sentences import largest_drop
from journeymap.ui.panels.common import count_text, share_text

EMPTY_CELL = "#d84a3a"
DROP = "#c0392b"
"""The colour that marks the largest drop in the funnel."""
PAD = 6


def percent(value: float | None, decimals: int | None = None) -> str:
    return share_text(value, decimals)


def count(value: int | None) -> str:
    return count_text(value)


def drop(value: float | None) -> str:
    """A drop-off as a fall: "−68%"."""
    return "?" if value is None else "−" + share_text(value)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class _Chart(QWidget):
    """Hit areas in left-to-right coordinates, mirrored when the widget is right to left."""

    clicked = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: list[tuple[QRectF, tuple[str, ...], str]] = []
        self.setMouseTracking(True)

    def visual(self, rect: QRectF) -> QRectF:
        return QRectF(QStyle.visualRect(self.layoutDirection(), self.rect(), rect.toRect()))

    def area_at(self, point: QPoint) -> tuple[tuple[str, ...], str] | None:
        for rect, ids, tip in self._areas:
            if self.visual(rect).contains(QPointF(point)):
                return ids, tip
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.area_at(event.position().toPoint())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(hit[0])
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.area_at(event.position().toPoint())
        cursor = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        if hit and hit[1]:
            QToolTip.showText(event.globalPosition().toPoint(), hit[1], self)
        super().mouseMoveEvent(event)

    def align(self, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(self.layoutDirection(), flags)

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font


class FunnelChart(_Chart):
    """One bar per stage, as wide as its share of the entering customers."""

    ROW = 38
    NAME_WIDTH = 104

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnel_chart")
        self._funnel: Funnel | None = None
        self._largest: str | None = None

    def set_funnel(self, funnel: Funnel) -> None:
        self._funnel = funnel
        worst = largest_drop(funnel)
        self._largest = worst.stage_id if worst is not None else None
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self._funnel.steps) if self._funnel else 1
        return QSize(320, max(1, rows) * self.ROW + PAD * 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._areas = []
        try:
            steps = self._funnel.steps if self._funnel else ()
            if not steps:
                self._draw_note(painter, self.tr("No stages yet."))
            for row, step in enumerate(steps):
                self._draw_step(
                    painter, step, QRectF(PAD, PAD + row * self.ROW, self.width() - 2 * PAD, self.ROW)
                )
        finally:
            painter.end()

    def _draw_note(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)

    def _draw_step(self, painter: QPainter, step: FunnelStep, row: QRectF) -> None:
        palette = self.palette()
        name_rect = QRectF(row.left(), row.top(), self.NAME_WIDTH - PAD, 18)
        painter.setPen(palette.text().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        elided = painter.fontMetrics().elidedText(
            step.name, Qt.TextElideMode.ElideRight, int(name_rect.width())
        )
        painter.drawText(
            self.visual(name_rect),
            self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )
        track = QRectF(row.left() + self.NAME_WIDTH, row.top() + 1, row.width() - self.NAME_WIDTH, 16)
        self._draw_bar(painter, step, track)
        painter.setFont(self.small_font())
        largest = step.stage_id == self._largest
        painter.setPen(QColor(DROP) if largest else palette.placeholderText().color())
        detail = QRectF(row.left(), row.top() + 19, row.width(), self.ROW - 21)
        painter.drawText(
            self.visual(detail),
            self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self._detail(step, largest=largest),
        )
        self._areas.append((QRectF(row), (step.stage_id,), self._tooltip(step)))

    def _draw_bar(self, painter: QPainter, step: FunnelStep, track: QRectF) -> None:
        palette = self.palette()
        painter.setFont(self.small_font())
        if step.share is None:
            pen = QPen(palette.placeholderText().color(), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.visual(track), 3, 3)
            painter.drawText(self.visual(track), Qt.AlignmentFlag.AlignCenter, self.tr("customers unknown"))
            return
        fill = palette.highlight().color()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_mix(palette.base().color(), fill, 0.18))
        painter.drawRoundedRect(self.visual(track), 3, 3)
        bar = QRectF(
            track.left(), track.top(), max(2.0, track.width() * min(step.share, 1.0)), track.height()
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(self.visual(bar), 3, 3)
        label = f"{count(step.customers)} · {percent(step.share)}"
        width = painter.fontMetrics().horizontalAdvance(label) + 8
        inside = bar.width() >= width
        text_rect = (
            bar.adjusted(4, 0, -4, 0)
            if inside
            else QRectF(bar.right() + 4, bar.top(), track.right() - bar.right() - 4, bar.height())
        )
        painter.setPen(palette.highlightedText().color() if inside else palette.text().color())
        painter.drawText(
            self.visual(text_rect),
            self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )

    def largest_drop(self) -> str | None:
        """The stage whose drop from the stage before is the largest (marked in red)."""
        return self._largest

    def _detail(self, step: FunnelStep, *, largest: bool = False) -> str:
        if step.conversion is None:
            return self.tr("entry") if step.share == 1.0 else self.tr("conversion unknown")
        text = self.tr("{conversion} of the stage before · {drop}").format(
            conversion=percent(step.conversion), drop=drop(step.drop_off)
        )
        return self.tr("{text} · the largest drop").format(text=text) if largest else text

    def _tooltip(self, step: FunnelStep) -> str:
        lost = (
            self.tr("{lost} lost since the previous stage").format(lost=count(step.lost))
            if step.lost is not None
            else ""
        )
        text = self.tr("{name}: {customers} customers, {share} of those who entered").format(
            name=step.name, customers=count(step.customers), share=percent(step.share)
        )
        return f"{text}\n{lost}".strip()


class CoverageMap(_Chart):
    """Stages down, channel lanes across; each cell's touchpoint count, empty cells flagged."""

    CELL = 26
    NAME_WIDTH = 104
    HEADER = 84

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_map")
        self._coverage: Coverage | None = None

    def set_coverage(self, coverage: Coverage) -> None:
        self._coverage = coverage
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        coverage = self._coverage
        lanes = len(coverage.lanes) if coverage else 0
        stages = len(coverage.stages) if coverage else 0
        return QSize(
            self.NAME_WIDTH + lanes * self.CELL + 2 * PAD, self.HEADER + stages * self.CELL + 2 * PAD
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._areas = []
        try:
            coverage = self._coverage
            if coverage is None or not coverage.stages or not coverage.lanes:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No stages or channel lanes yet.")
                )
                return
            self._draw_headers(painter, coverage)
            peak = max((cell.count for row in coverage.rows for cell in row), default=1) or 1
            for r, row in enumerate(coverage.rows):
                for c, cell in enumerate(row):
                    self._draw_cell(painter, coverage, cell, self._cell_rect(r, c), peak)
        finally:
            painter.end()

    def _cell_rect(self, row: int, column: int) -> QRectF:
        return QRectF(
            PAD + self.NAME_WIDTH + column * self.CELL,
            PAD + self.HEADER + row * self.CELL,
            self.CELL,
            self.CELL,
        )

    def _draw_headers(self, painter: QPainter, coverage: Coverage) -> None:
        palette = self.palette()
        painter.setPen(palette.text().color())
        painter.setFont(self.small_font())
        metrics = painter.fontMetrics()
        for r, (stage_id, name) in enumerate(coverage.stages):
            rect = QRectF(PAD, PAD + self.HEADER + r * self.CELL, self.NAME_WIDTH - PAD, self.CELL)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(
                self.visual(rect),
                self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            self._areas.append((rect, (stage_id,), name))
        for c, (lane_id, name, _channel) in enumerate(coverage.lanes):
            cell = self._cell_rect(0, c)
            anchor = self.visual(QRectF(cell.left(), PAD, self.CELL, self.HEADER - 4))
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.HEADER - 8)
            painter.save()
            painter.translate(anchor.center().x() + metrics.ascent() / 2 - 1, anchor.bottom())
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), elided)
            painter.restore()
            self._areas.append((QRectF(cell.left(), PAD, self.CELL, self.HEADER - 4), (lane_id,), name))

    def _draw_cell(
        self, painter: QPainter, coverage: Coverage, cell: CoverageCell, rect: QRectF, peak: int
    ) -> None:
        palette = self.palette()
        inner = self.visual(rect).adjusted(1, 1, -1, -1)
        if cell.empty:  # an open cell to consider, not an error: a dashed outline
            painter.setPen(QPen(palette.placeholderText().color(), 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(palette.base().color())
            painter.drawRoundedRect(inner.adjusted(1, 1, -1, -1), 3, 3)
        else:
            strength = 0.25 + 0.75 * cell.count / peak
            fill = _mix(palette.base().color(), palette.highlight().color(), strength)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(inner, 3, 3)
            painter.setPen(palette.highlightedText().color() if strength > 0.55 else palette.text().color())
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, count(cell.count))
        self._areas.append((rect, cell.ids, self._cell_tip(coverage, cell)))

    def _cell_tip(self, coverage: Coverage, cell: CoverageCell) -> str:
        stage = dict(coverage.stages)[cell.stage_id]
        lane = next(name for ident, name, _ in coverage.lanes if ident == cell.lane_id)
        if cell.empty:
            return self.tr("{lane} at {stage}: no touchpoint yet; worth one?").format(lane=lane, stage=stage)
        return self.tr("{stage} × {lane}: %Ln touchpoint(s)", "", cell.count).format(stage=stage, lane=lane)
