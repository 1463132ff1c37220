"""Finds the texts a widget cannot show whole: labels, buttons, check boxes, group titles,
tabs and table headers narrower than their text (clipped, or elided with "…")."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 2
"""Pixels a style may eat into a text's box without cutting a glyph."""


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        return None  # rich text wraps and scrolls on its own terms
    room = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(room.width())
        return None if needed <= label.height() + SLACK else f"wraps to {needed}px in {label.height()}px"
    widest = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
    return None if widest <= room.width() + SLACK else f"{widest}px of text in {room.width()}px"


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    hint = button.sizeHint().width()
    return None if hint <= button.width() + SLACK else f"needs {hint}px, has {button.width()}px"


def _group(box: QGroupBox) -> str | None:
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 16
    return None if not box.title() or needed <= box.width() else f"title needs {needed}px"


def _tabs(bar: QTabBar) -> Iterator[tuple[str, str]]:
    for index in range(bar.count()):
        text = bar.tabText(index)
        needed = bar.fontMetrics().horizontalAdvance(_plain(text))
        room = bar.tabRect(index).width() - 8
        if text and needed > room:
            yield text, f"tab {needed}px of text in {room}px"


def _headers(header: QHeaderView) -> Iterator[tuple[str, str]]:
    model = header.model()
    if model is None or not _shown(header):
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = model.columnCount() if horizontal else model.rowCount()
    metrics = QFontMetrics(header.font())
    for section in range(count):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
        needed = metrics.horizontalAdvance(text) + 2 * margin
        size = header.sectionSize(section)
        if horizontal and needed > size:
            yield text, f"header {needed}px in a {size}px section"


def clipped(root: QWidget) -> list[str]:
    """Every text under ``root`` (shown) that does not fit its widget, as readable lines."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or not widget.isVisibleTo(root.window()):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
            text = widget.text()
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            problem = _button(widget)
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
            text = widget.title()
        elif isinstance(widget, QTabBar):
            found += [f"{type(widget).__name__} {t!r}: {p}" for t, p in _tabs(widget)]
        elif isinstance(widget, QAbstractItemView):
            for header in widget.findChildren(QHeaderView):
                found += [f"header {t!r}: {p}" for t, p in _headers(header)]
        if problem:
            found.append(f"{type(widget).__name__} {text!r} ({widget.objectName() or '-'}): {problem}")
    return sorted(set(found))
