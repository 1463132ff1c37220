"""Typing on the canvas: which inline editor opens over what, and what committing it does.

A card's or header's title opens an :class:`InlineEditor` (Enter renames in ONE step); a
text lane's cell opens a :class:`CellTextEditor` (Ctrl+Enter or leaving it sets the text in
ONE step, Esc cancels). At most one is open; it follows its item through scrolling and zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from journeymap.model import cells
from journeymap.model.elements import NAME_FIELD, Lane
from journeymap.render.text import reading_side
from journeymap.ui.canvas.inline_editor import CellTextEditor, InlineEditor

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView
    from journeymap.ui.commands import MergeKey


class InlineEditing:
    """The view's one open inline editor, if any (:attr:`current`)."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self.current: InlineEditor | CellTextEditor | None = None

    def edit_title(self, ident: str, *, merge: MergeKey | None = None) -> InlineEditor | None:
        """Open the inline editor over ``ident``; Enter renames in ONE step (merged into the
        step keyed ``merge`` when given, so that a new card and its title undo together)."""
        self.close()
        view = self.view
        record = view.document.journey.get(ident)
        if record is None or record.KIND not in NAME_FIELD or view.journey_scene.item_for(ident) is None:
            return None
        view.ensure_visible(ident)
        text = str(getattr(record, NAME_FIELD[record.KIND]))

        def commit(new_text: str) -> None:
            if ident in view.document.journey:
                view.editor.rename(ident, new_text, merge=merge)
            view.setFocus(Qt.FocusReason.OtherFocusReason)

        editor = InlineEditor(
            view, view.journey_scene.element_rect(ident), text, on_commit=commit, on_close=self._on_closed
        )
        editor.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if view.rtl else Qt.LayoutDirection.LeftToRight
        )
        editor.setAlignment(reading_side(view.rtl) | Qt.AlignmentFlag.AlignVCenter)  # as the card
        self.current = editor
        return editor

    def edit_cell_text(self, stage: str, lane: str) -> CellTextEditor | None:
        """Open the multi-line editor over a text lane's cell."""
        self.close()
        view = self.view
        journey = view.document.journey
        if stage not in journey or not cells.is_text_lane(journey, lane):
            return None
        rect = view.cell_rect(stage, lane)
        view.ensureVisible(rect, 24, 24)

        def commit(text: str) -> None:
            if stage in view.document.journey and lane in view.document.journey:
                view.editor.set_cell_text(stage, lane, text)
            view.setFocus(Qt.FocusReason.OtherFocusReason)

        text = journey.require(Lane, lane).cells.get(stage, "")
        editor = CellTextEditor(view, rect, text, on_commit=commit, on_close=self._on_closed)
        editor.set_right_to_left(view.rtl)
        self.current = editor
        return editor

    def close(self) -> None:
        """Commit the open editor, if any (leaving an editor keeps what was typed)."""
        if self.current is not None:
            self.current.commit()

    def follow(self) -> None:
        """Keep the open editor over its item after a scroll or zoom."""
        if self.current is not None:
            self.current.follow()

    def _on_closed(self) -> None:
        self.current = None
        if not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
