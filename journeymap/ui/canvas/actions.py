"""EditActions: the canvas's QActions (add, rename, delete, clipboard, zoom, find).

The main window puts them in menus and the toolbar; the view gets them too, so their
shortcuts work on the canvas and its context menus list them. Every action calls the
view's CanvasEditor, the same code the mouse gestures use, so a menu entry and a gesture
make the same single undo step. Icons are the bundled line drawings in
resources/icons/actions, recoloured to the palette's text colour (light and dark).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document
from journeymap.ui.icon_engine import SvgIconEngine
from journeymap.util.paths import resource

ICON_STROKE = "#5b6472"  # the stroke colour the action SVGs are drawn with

_Keys = QKeySequence.StandardKey | str | None


def action_icon(name: str, color: str) -> QIcon:
    """A bundled action icon drawn in ``color``, at the size menus and toolbars show it."""
    path = resource("icons", "actions", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace(ICON_STROKE, color)
    return QIcon(SvgIconEngine(svg.encode("utf-8")))  # drawn when first shown


class EditActions(QObject):
    def __init__(self, document: Document, view: JourneyView) -> None:
        super().__init__(view)
        self.document = document
        self.view = view
        editor = view.editor
        self.add_stage = self._action("add-stage", self.tr("Add &Stage"), editor.add_stage, "Ctrl+Shift+G")
        self.add_lane = self._action("add-lane", self.tr("Add &Lane"), editor.add_lane, "Ctrl+Shift+L")
        self.add_touchpoint = self._action(
            "add-touchpoint", self.tr("Add Touc&hpoint"), editor.add_touchpoint, "Ctrl+Shift+T"
        )
        self.add_pain_point = self._action(
            "add-pain-point", self.tr("Add Pa&in Point"), editor.add_pain_point, "Ctrl+Shift+P"
        )
        self.add_opportunity = self._action(
            "add-opportunity", self.tr("Add &Opportunity"), editor.add_opportunity, "Ctrl+Shift+O"
        )
        self.add_comment = self._action(
            "add-comment", self.tr("Add Co&mment…"), self._ask_comment, "Ctrl+Alt+M"
        )
        self.add_here = self._action("add-touchpoint", self.tr("Add Card &Here"), self._add_here)
        self.add_here.setObjectName("action-add-here")
        self.edit_cell = self._action("rename", self.tr("&Edit Cell Text"), editor.rename_selected)
        self.edit_cell.setObjectName("action-edit-cell")
        self.rename = self._action("rename", self.tr("Re&name"), editor.rename_selected, "F2")
        self.delete = self._action(
            "delete", self.tr("&Delete"), editor.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.duplicate = self._action("duplicate", self.tr("Duplicat&e"), editor.duplicate, "Ctrl+D")
        self.cut = self._action("cut", self.tr("Cu&t"), editor.cut, QKeySequence.StandardKey.Cut)
        self.copy = self._action("copy", self.tr("&Copy"), editor.copy, QKeySequence.StandardKey.Copy)
        self.paste = self._action("paste", self.tr("&Paste"), editor.paste, QKeySequence.StandardKey.Paste)
        self.select_all = self._action(
            "select-all", self.tr("Select &All"), editor.select_all, QKeySequence.StandardKey.SelectAll
        )
        self.zoom_in = self._action(
            "zoom-in", self.tr("Zoom &In"), view.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in.setShortcuts([*self.zoom_in.shortcuts(), QKeySequence("Ctrl+=")])
        self.zoom_out = self._action(
            "zoom-out", self.tr("Zoom &Out"), view.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_fit = self._action("zoom-fit", self.tr("&Fit Map"), view.zoom_fit, "Ctrl+0")
        self.zoom_fit.setStatusTip(self.tr("Fit the map's width to the window; scroll to see the rest"))
        self.zoom_fit_whole = self._action(
            "zoom-fit", self.tr("Fit &Whole Map"), view.zoom_fit_whole, "Ctrl+Shift+0"
        )
        self.zoom_reset = self._action("zoom-reset", self.tr("Actual Size (100%)"), view.zoom_reset, "Ctrl+1")
        self.find = self._action("find", self.tr("&Find…"), view.show_find, QKeySequence.StandardKey.Find)
        self.happier = self._action(
            "emotion-up",
            self.tr("Emotion Happier"),
            lambda: editor.step_emotion(1),
            "Ctrl+Up",
        )
        self.sadder = self._action(
            "emotion-down",
            self.tr("Emotion Sadder"),
            lambda: editor.step_emotion(-1),
            "Ctrl+Down",
        )
        self._set_tips()
        self._canvas_only()
        view.add_canvas_actions([*self.all_actions(), self.add_here, self.edit_cell])
        view.context_menu_requested.connect(self._fill_context_menu)
        document.selection.changed.connect(self._update_enabled)
        document.journey_replaced.connect(self._update_enabled)
        view.editor.current_cell_changed.connect(self._update_enabled)
        QGuiApplication.clipboard().dataChanged.connect(self._update_enabled)
        self._update_enabled()

    def all_actions(self) -> list[QAction]:
        """Every action, in menu order (the window builds its Edit and View menus from these)."""
        return [
            self.add_stage,
            self.add_lane,
            self.add_touchpoint,
            self.add_pain_point,
            self.add_opportunity,
            self.add_comment,
            self.rename,
            self.happier,
            self.sadder,
            self.delete,
            self.duplicate,
            self.cut,
            self.copy,
            self.paste,
            self.select_all,
            self.zoom_in,
            self.zoom_out,
            self.zoom_fit,
            self.zoom_fit_whole,
            self.zoom_reset,
            self.find,
        ]

    def _action(self, icon: str, text: str, slot: Callable[[], object] | None, keys: _Keys = None) -> QAction:
        action = QAction(action_icon(icon, self.view.palette().windowText().color().name()), text, self)
        action.setObjectName(f"action-{icon}")
        if isinstance(keys, str):
            action.setShortcut(QKeySequence(keys))
        elif keys is not None:
            action.setShortcuts(keys)
        if slot is not None:
            action.triggered.connect(partial(_call, slot))
        return action

    def _set_tips(self) -> None:
        for action in self.all_actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)

    def _canvas_only(self) -> None:
        """Editing keys act where the canvas has focus, not in the inspector's fields."""
        for action in (
            self.rename,
            self.delete,
            self.duplicate,
            self.cut,
            self.copy,
            self.paste,
            self.select_all,
            self.happier,
            self.sadder,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _update_enabled(self, *_: object) -> None:
        ids = self.document.selection.ids
        journey = self.document.journey
        for action in (self.delete, self.duplicate, self.cut, self.copy):
            action.setEnabled(bool(ids))
        feels = any(journey.kind_of(i) == "touchpoint" for i in ids)
        for action in (self.happier, self.sadder):
            action.setEnabled(feels)
        text_cell = not ids and self.view.editor.current_text_cell() is not None
        self.rename.setEnabled(text_cell or any(journey.kind_of(i) is not None for i in ids))
        self.paste.setEnabled(self.view.editor.can_paste())
        has_stage = bool(journey.ids("stage"))
        for action in (self.add_touchpoint, self.add_pain_point, self.add_opportunity):
            action.setEnabled(has_stage)

    def _ask_comment(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self.view, self.tr("Add Comment"), self.tr("Comment on the selection (or on the whole map):")
        )
        if ok and text.strip():
            self.view.editor.add_comment(text.strip())

    def _add_here(self) -> None:
        cell = self.view.editor.current_cell
        if cell is not None:
            self.view.editor.add_card(*cell)

    def _fill_context_menu(self, menu: QMenu, subject: str) -> None:
        """The actions that make sense for what was right-clicked."""
        self._update_enabled()
        groups: dict[str, list[list[QAction]]] = {
            "card": [
                [self.rename, self.duplicate],
                [self.cut, self.copy, self.paste],
                [self.add_comment],
                [self.delete],
            ],
            "stage": [
                [self.rename, self.add_stage, self.duplicate],
                [self.copy, self.paste],
                [self.add_comment],
                [self.delete],
            ],
            "lane": [
                [self.rename, self.add_lane, self.duplicate],
                [self.copy],
                [self.add_comment],
                [self.delete],
            ],
            "flow": [[self.rename, self.add_comment], [self.delete]],
            "cell": [[self.add_here, self.paste], [self.add_stage, self.add_lane]],
            "text-cell": [[self.edit_cell], [self.add_stage, self.add_lane], [self.paste]],
            "canvas": [[self.add_stage, self.add_lane], [self.paste, self.select_all], [self.zoom_fit]],
        }
        cell = self.view.editor.current_cell
        lane = self.document.journey.get(cell[1]) if cell else None
        kind = getattr(lane, "kind", "channel")
        self.add_here.setText(
            {
                "pain_points": self.tr("Add Pain Point &Here"),
                "opportunities": self.tr("Add Opportunity &Here"),
            }.get(kind, self.tr("Add Touchpoint &Here"))
        )
        for group in groups.get(subject, []):
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions(group)


def _call(slot: Callable[[], object], *_: object) -> None:
    slot()
