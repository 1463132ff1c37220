"""The workbook's views: the "Map" sheet (the map as a printable grid) and the "Funnel" sheet.

Stages are columns in their colours, lanes are rows; a channel lane lists its
touchpoints with their emotion as a symbol and a word (never colour alone), the text,
emotion, pain point, opportunity and metric lanes show what belongs to each stage. A map
without such lanes still gets pain point, opportunity and key metric rows at the bottom.
Import never reads these sheets: they are derived from the tables.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from journeymap.formats.excel_schema import FUNNEL_SHEET, MAP_SHEET, is_formula_like, to_cell_text
from journeymap.model.data import JourneyData
from journeymap.model.elements import LaneKind, Metric, Opportunity, PainPoint, Stage, Touchpoint
from journeymap.util import i18n
from journeymap.util.i18n import percent, tr, tr_noop

SOFT_PALETTE = ("#A8C8E8", "#F6C89F", "#B8DBA0", "#F2A7A7", "#C9B6E4", "#FFE08F", "#A3DAD4", "#F2B8D3")
"""Stage colours for stages that have none of their own, in stage order."""
EMOTION_WORDS = {
    2: tr_noop("very positive"),
    1: tr_noop("positive"),
    0: tr_noop("neutral"),
    -1: tr_noop("negative"),
    -2: tr_noop("very negative"),
}
EMOTION_SYMBOLS = {2: "▲▲", 1: "▲", 0: "●", -1: "▼", -2: "▼▼"}
MAX_ITEMS_PER_CELL = 40
_MAX_ROW_HEIGHT = 409  # Excel's limit, in points
_LINE_HEIGHT = 15
_BORDER = Border(*(Side(style="thin", color="C8CDD6"),) * 4)
_LANE_FILL = PatternFill("solid", fgColor="EEF0F4")
_NOTE_FONT = Font(italic=True, color="666666")


def emotion_label(emotion: int) -> str:
    return f"{EMOTION_SYMBOLS[emotion]} {tr(EMOTION_WORDS[emotion])}"


def stage_color(stage: Stage, index: int) -> str:
    return (stage.color or SOFT_PALETTE[index % len(SOFT_PALETTE)]).lstrip("#").upper()


def _tint(color: str, amount: float = 0.82) -> str:
    """``color`` mixed with white: the cells below a stage's header."""
    channels = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


def _is_dark(color: str) -> bool:
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5


# ---- what each cell says ---------------------------------------------------------------


class _Index:
    """The map's records grouped by stage (and lane), built once per export."""

    def __init__(self, data: JourneyData) -> None:
        self.touchpoints: dict[tuple[str, str], list[Touchpoint]] = defaultdict(list)
        self.emotions: dict[str, list[int]] = defaultdict(list)
        for touchpoint in data.touchpoints:
            self.touchpoints[touchpoint.stage, touchpoint.lane].append(touchpoint)
            if touchpoint.emotion is not None:
                self.emotions[touchpoint.stage].append(touchpoint.emotion)
        self.pain_points = _by_stage(data.pain_points)
        self.opportunities = _by_stage(data.opportunities)
        self.metrics: dict[str, list[Metric]] = defaultdict(list)
        for metric in data.metrics:
            if metric.attached_to is not None:
                self.metrics[metric.attached_to].append(metric)


_Staged = TypeVar("_Staged", PainPoint, Opportunity)


def _by_stage(records: Iterable[_Staged]) -> dict[str, list[_Staged]]:
    grouped: dict[str, list[_Staged]] = defaultdict(list)
    for record in records:
        grouped[record.stage].append(record)
    return grouped


def _capped(lines: Sequence[str]) -> str:
    if len(lines) <= MAX_ITEMS_PER_CELL:
        return "\n".join(lines)
    more = tr("… and %Ln more", "", len(lines) - MAX_ITEMS_PER_CELL)
    return "\n".join([*lines[:MAX_ITEMS_PER_CELL], more])


def _touchpoint_line(touchpoint: Touchpoint) -> str:
    if touchpoint.emotion is None:
        return f"• {touchpoint.title}"
    return f"• {touchpoint.title} · {emotion_label(touchpoint.emotion)}"


def _emotion_text(emotions: list[int]) -> str:
    if not emotions:
        return ""
    average = sum(emotions) / len(emotions)
    text = tr("{label} (average {average} of {n})")
    signed = ("+" if average > 0 else "") + i18n.number(average, 1)
    return text.format(label=emotion_label(round(average)), average=signed, n=i18n.number(len(emotions)))


def _pain_line(pain: PainPoint) -> str:
    text = f"⚠ {pain.title} — " + tr("severity {n}/5").format(n=i18n.number(pain.severity))
    if pain.affected is not None:
        text += ", " + tr("{pct} affected").format(pct=percent(pain.affected))
    return text


def _opportunity_line(opportunity: Opportunity) -> str:
    facts = tr("impact {impact}/5, effort {effort}/5, {status}").format(
        impact=i18n.number(opportunity.impact),
        effort=i18n.number(opportunity.effort),
        status=tr(opportunity.status.replace("_", " ")),
    )
    return f"✦ {opportunity.title} — {facts}"


def _number(value: float) -> str:
    return i18n.number(value, 0 if float(value).is_integer() else 2)


def _metric_line(metric: Metric) -> str:
    text = f"{metric.name}: " + (_number(metric.value) if metric.value is not None else "–")
    text += f" {metric.unit}" if metric.unit else ""
    if metric.target is not None:
        text += " (" + tr("target {target}").format(target=_number(metric.target)) + ")"
        text += " ✘ " + tr("off target") if metric.off_target() else " ✔"
    return text


def _metrics_text(stage: Stage, index: _Index) -> str:
    lines = [tr("%Ln customers", "", stage.customers)] if stage.customers is not None else []
    return _capped(lines + [_metric_line(m) for m in index.metrics[stage.id]])


def _lane_text(kind: str, lane_id: str, cells: dict[str, str], stage: Stage, index: _Index) -> str:
    if kind == LaneKind.CHANNEL:
        return _capped([_touchpoint_line(t) for t in index.touchpoints[stage.id, lane_id]])
    if kind == LaneKind.TEXT:
        return cells.get(stage.id, "")
    if kind == LaneKind.EMOTION:
        return _emotion_text(index.emotions[stage.id])
    if kind == LaneKind.PAIN_POINTS:
        return _capped([_pain_line(p) for p in index.pain_points[stage.id]])
    if kind == LaneKind.OPPORTUNITIES:
        return _capped([_opportunity_line(o) for o in index.opportunities[stage.id]])
    return _metrics_text(stage, index)


def map_rows(data: JourneyData) -> list[tuple[str, str | None, list[str]]]:
    """``(row label, lane colour, one text per stage)`` for every row of the Map sheet."""
    index = _Index(data)
    rows = [
        (lane.name, lane.color, [_lane_text(lane.kind, lane.id, lane.cells, s, index) for s in data.stages])
        for lane in data.lanes
    ]
    kinds = {lane.kind for lane in data.lanes}
    extra = (
        (LaneKind.PAIN_POINTS, tr("Pain points")),
        (LaneKind.OPPORTUNITIES, tr("Opportunities")),
        (LaneKind.METRICS, tr("Key metrics")),
    )
    for kind, label in extra:
        if kind not in kinds:
            rows.append((label, None, [_lane_text(kind, "", {}, s, index) for s in data.stages]))
    return rows


# ---- the Map sheet ---------------------------------------------------------------------


def _lines(text: str, width: float) -> int:
    per_line = max(width * 1.1, 1)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def _styled(sheet: WriteOnlyWorksheet, text: str, **style: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, to_cell_text(text) if text else None)
    for name, value in style.items():
        setattr(cell, name, value)
    if text:
        cell.data_type = "s"  # map text is never a formula
        # and stays text when a person edits the cell: "=1+2" as a stage name would
        # otherwise become a formula the moment someone presses Enter on it
        cell.quotePrefix = is_formula_like(cell.value)
    return cell


def write_map_sheet(book: Workbook, data: JourneyData) -> None:
    sheet = book.create_sheet(tr(MAP_SHEET))
    rtl = data.journey.direction == "rtl"
    sheet.sheet_view.rightToLeft = rtl
    rows = map_rows(data)
    label_width = min(max([14, *(len(label) + 4 for label, _, _ in rows)]), 30)
    widths = [_stage_width(stage, [texts[i] for _, _, texts in rows]) for i, stage in enumerate(data.stages)]
    _page_setup(sheet, label_width, widths)
    wrap = Alignment(wrap_text=True, vertical="top", readingOrder=2 if rtl else 0)
    colors = [stage_color(stage, i) for i, stage in enumerate(data.stages)]
    sheet.row_dimensions[1].height = 30
    sheet.append([_styled(sheet, data.journey.title, font=Font(bold=True, size=16))])
    sheet.append(_header_row(sheet, data.stages, colors, rtl))
    for number, (label, color, texts) in enumerate(rows, start=3):
        height = max([_lines(t, w) for t, w in zip(texts, widths, strict=True)] + [1]) * _LINE_HEIGHT + 6
        sheet.row_dimensions[number].height = min(height, _MAX_ROW_HEIGHT)
        fill = PatternFill("solid", fgColor=_tint(color.lstrip("#").upper(), 0.6)) if color else _LANE_FILL
        cells = [_styled(sheet, label, font=Font(bold=True), fill=fill, alignment=wrap, border=_BORDER)]
        for text, stage_fill in zip(texts, colors, strict=True):
            fill = PatternFill("solid", fgColor=_tint(stage_fill))
            cells.append(_styled(sheet, text, fill=fill, alignment=wrap, border=_BORDER))
        sheet.append(cells)
    sheet.append([])
    note = tr("A view of the map: edit the other sheets; import reads those.")
    sheet.append([_styled(sheet, note, font=_NOTE_FONT)])


def _stage_width(stage: Stage, texts: list[str]) -> float:
    longest = max([len(stage.name), *(len(line) for text in texts for line in text.split("\n"))])
    return float(min(max(longest + 2, 24), 42))


def _page_setup(sheet: WriteOnlyWorksheet, label_width: float, widths: list[float]) -> None:
    sheet.column_dimensions["A"].width = label_width
    for number, width in enumerate(widths, start=2):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "B3"
    sheet.print_title_rows = "1:2"
    sheet.print_title_cols = "A:A"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True


def _header_row(
    sheet: WriteOnlyWorksheet, stages: Sequence[Stage], colors: list[str], rtl: bool
) -> list[WriteOnlyCell]:
    center = Alignment(horizontal="center", vertical="center", wrap_text=True, readingOrder=2 if rtl else 0)
    sheet.row_dimensions[2].height = 32
    cells = [
        _styled(sheet, tr("Stage"), font=Font(bold=True, color="555555"), fill=_LANE_FILL, border=_BORDER)
    ]
    for stage, color in zip(stages, colors, strict=True):
        font = Font(bold=True, size=12, color="FFFFFF" if _is_dark(color) else "1F2430")
        fill = PatternFill("solid", fgColor=color)
        cells.append(_styled(sheet, stage.name, font=font, fill=fill, alignment=center, border=_BORDER))
    return cells


# ---- the Funnel sheet ------------------------------------------------------------------


def funnel_rows(
    stages: Sequence[Stage],
) -> list[tuple[str, int | None, float | None, float | None, float | None]]:
    """``(stage, customers, share of the first stage, conversion from the previous, drop-off)``."""
    first = next((s.customers for s in stages if s.customers), None)
    rows = []
    previous: int | None = None
    for stage in stages:
        customers = stage.customers
        share = customers / first if customers is not None and first else None
        conversion = customers / previous if customers is not None and previous else None
        rows.append(
            (stage.name, customers, share, conversion, 1 - conversion if conversion is not None else None)
        )
        previous = customers
    return rows


def write_funnel_sheet(book: Workbook, data: JourneyData) -> None:
    sheet = book.create_sheet(tr(FUNNEL_SHEET))
    sheet.sheet_view.rightToLeft = data.journey.direction == "rtl"
    headers = (tr("Stage"), tr("Customers"), tr("Share of first stage"), tr("Conversion"), tr("Drop-off"))
    for letter, width in zip("ABCDE", (24, 12, 20, 14, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.append([_styled(sheet, h, font=Font(bold=True), fill=_LANE_FILL, border=_BORDER) for h in headers])
    rows = funnel_rows(data.stages)
    for name, customers, *shares in rows:
        count = WriteOnlyCell(sheet, customers)
        count.number_format = "#,##0"
        cells = [_styled(sheet, name), count]
        for share in shares:
            cell = WriteOnlyCell(sheet, share)
            cell.number_format = "0.0%"
            cells.append(cell)
        sheet.append(cells)
    if any(customers is not None for _, customers, *_ in rows):
        sheet.add_chart(_funnel_chart(sheet, len(rows)), "G2")


def _funnel_chart(sheet: WriteOnlyWorksheet, count: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.title = tr("Customers per stage")
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=count + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=count + 1))
    chart.x_axis.scaling.orientation = "maxMin"  # the first stage at the top, as a funnel
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.height = max(7.5, 1.2 * count + 3)
    chart.width = 18
    return chart
