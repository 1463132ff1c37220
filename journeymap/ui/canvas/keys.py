"""The canvas's keyboard: arrows select, Alt+arrows nudge, Space pans, Esc backs out.

Arrow keys move spatially (Left is left on screen, in either reading direction); Alt+arrows
nudge the selection one stage or lane, as ONE undo step per press through the view's
CanvasEditor. A key that one of the view's actions carries (Delete, F2, Ctrl+C...) runs that
action even when the window is not active; a view on its own, with no actions, falls back to
the same editor calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from journeymap.model.elements import CARD_TYPES, Touchpoint
from journeymap.ui.canvas.editor import CARD_KINDS
from journeymap.ui.canvas.navigation import neighbour

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_PLAIN = ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier


class CanvasKeys:
    """What the view's key presses and releases do; ``space_held`` while Space pans."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self.space_held = False

    def press(self, event: QKeyEvent) -> bool:
        """Act on ``event``; False when the key is not the canvas's (the view passes it on)."""
        view, key, mods = self.view, event.key(), event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat() and view.interaction is None:
            self.space_held = True
            view.restore_cursor()
        elif key == Qt.Key.Key_Escape:
            self._escape()
        elif key in ARROWS and mods & Qt.KeyboardModifier.AltModifier:
            dx, dy = ARROWS[Qt.Key(key)]
            view.editor.nudge(stages=-dx if view.rtl else dx, lanes=dy)
        elif key in ARROWS and not mods & _PLAIN:
            self.select_neighbour(*ARROWS[Qt.Key(key)], extend=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif not self._trigger_action_for(event):
            return self._fallback(event)
        return True

    def release(self, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_Space or event.isAutoRepeat():
            return False
        self.space_held = False
        if self.view.interaction is None:
            self.view.restore_cursor()
        return True

    def _escape(self) -> None:
        view = self.view
        if view.interaction is not None:
            view.end_interaction(cancel=True)
        elif view.find_bar_open:
            view.find_bar.close_bar()  # Esc on the canvas first closes the find bar
        else:
            view.document.selection.set([])

    def _fallback(self, event: QKeyEvent) -> bool:
        """The canvas's own keys, for when no action carries them (a view on its own)."""
        editor, key = self.view.editor, event.key()
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            editor.rename_selected()
        elif key == Qt.Key.Key_F3:
            find_bar = self.view.find_bar
            if find_bar.isVisible() and find_bar.matches:
                find_bar.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            else:
                find_bar.open()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            editor.delete_selected()
        else:
            return False
        return True

    def _trigger_action_for(self, event: QKeyEvent) -> bool:
        """Run the view's action for this key: the shortcut map skips windows that are not active."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.view.actions():
            if action.isEnabled() and any(
                s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()
            ):
                action.trigger()
                return True
        return False

    def select_neighbour(self, dx: int, dy: int, *, extend: bool = False) -> None:
        """Select the card next to the current one on screen (Left is left, in any direction)."""
        view = self.view
        journey, scene = view.document.journey, view.journey_scene
        cards = [i for kind in CARD_KINDS for i in journey.ids(kind) if scene.item_for(i) is not None]
        if not cards:
            return
        selected = [i for i in view.document.selection.ids if i in cards]
        rects = {i: scene.element_rect(i) for i in cards}
        found = neighbour(rects, selected[-1] if selected else None, dx, dy, rtl=view.rtl)
        if found is not None:
            view.document.selection.set([*(i for i in selected if i != found), found] if extend else [found])
            card = journey.get(found)
            if isinstance(card, CARD_TYPES):
                lane = card.lane if isinstance(card, Touchpoint) else None
                lane = lane or (scene.cell_at(rects[found].center()) or ("", ""))[1]
                view.editor.set_current_cell((card.stage, lane))
