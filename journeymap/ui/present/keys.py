"""The keys of a presentation: what clickers send and what a presenter presses.

Clickers send Right/Left, PageDown/PageUp, Space, B or "." (blackout), Home/End and
sometimes F5/Escape; people add the number of a stage, N for a note, V to vote. The same
table serves the audience view and the presenter console, so a key does the same thing
whichever window has the focus (unless the focus is in a text box).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QElapsedTimer, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from journeymap.model.workshop_records import CARD_REF_KINDS
from journeymap.ui.present.session import Presentation

Key = Qt.Key
DIGIT_WINDOW_MS = 1200
"""A second digit typed within this time extends the number (stage 12 on a long map)."""

NEXT_KEYS = {Key.Key_Right, Key.Key_PageDown, Key.Key_Space, Key.Key_Down, Key.Key_Return, Key.Key_Enter}
PREVIOUS_KEYS = {Key.Key_Left, Key.Key_PageUp, Key.Key_Up, Key.Key_Backspace}

HELP: tuple[tuple[str, object], ...] = (  # Qt's no-op mark returns object
    ("→  PgDn  Space", QT_TRANSLATE_NOOP("PresenterConsole", "next view")),
    ("←  PgUp", QT_TRANSLATE_NOOP("PresenterConsole", "previous view")),
    ("Home  End", QT_TRANSLATE_NOOP("PresenterConsole", "the whole map")),
    ("1 … 9", QT_TRANSLATE_NOOP("PresenterConsole", "go to that stage")),
    ("B  .", QT_TRANSLATE_NOOP("PresenterConsole", "black screen")),
    ("N", QT_TRANSLATE_NOOP("PresenterConsole", "capture a note")),
    ("V", QT_TRANSLATE_NOOP("PresenterConsole", "voting on or off")),
    ("Tab", QT_TRANSLATE_NOOP("PresenterConsole", "next participant")),
    ("D  Shift+D", QT_TRANSLATE_NOOP("PresenterConsole", "give / take back a dot")),
    ("L", QT_TRANSLATE_NOOP("PresenterConsole", "persona lens")),
    ("T", QT_TRANSLATE_NOOP("PresenterConsole", "light or dark")),
    ("Esc", QT_TRANSLATE_NOOP("PresenterConsole", "leave")),
)
"""The keys and what they do, as the console lists them (translated there)."""


class PresentationKeys:
    """Turns key presses into the session's actions; :meth:`handle` says if it used one."""

    def __init__(
        self,
        session: Presentation,
        *,
        on_capture: Callable[[], None],
        pointed: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.session = session
        self.on_capture = on_capture
        self.pointed = pointed
        """The element under the mouse pointer on the room's view, if any."""
        self._digits = ""
        self._typed = QElapsedTimer()
        s = session
        self._plain: dict[int, Callable[[], object]] = {
            Key.Key_Home: s.first,
            Key.Key_End: s.last,
            Key.Key_B: s.toggle_blackout,
            Key.Key_Period: s.toggle_blackout,
            Key.Key_Escape: self._escape,
            Key.Key_N: on_capture,
            Key.Key_V: s.toggle_voting,
            Key.Key_Tab: lambda: s.cycle_participant(1),
            Key.Key_Backtab: lambda: s.cycle_participant(-1),
            Key.Key_D: lambda: s.give_dot(self._dot_target()),
            Key.Key_L: s.cycle_lens,
            Key.Key_T: s.toggle_look,
        }

    def handle(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return False
        if key == Key.Key_D and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.session.take_dot(self._dot_target())
            return True
        if Key.Key_0 <= key <= Key.Key_9:
            self._digit(str(key - Key.Key_0))
            return True
        if key in NEXT_KEYS:
            self.session.next()
            return True
        if key in PREVIOUS_KEYS:
            self.session.previous()
            return True
        action = self._plain.get(key)
        if action is None:
            return False
        action()
        return True

    def _dot_target(self) -> str | None:
        """Where D puts a dot: the zoomed card (None lets the session use it), else the card
        under the pointer; with neither, the session asks for a click."""
        if self.session.zoomed is not None:
            return None
        ident = self.pointed()
        return ident if ident and self.session.journey.kind_of(ident) in CARD_REF_KINDS else None

    def steals_tab(self, event: QEvent) -> bool:
        """Tab and Shift+Tab choose the participant in a presentation, not the next widget:
        a window's ``event()`` asks this first (Qt moves the focus before ``keyPressEvent``)."""
        tab = (Key.Key_Tab, Key.Key_Backtab)
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in tab
            and self.handle(event)
        )

    def _digit(self, digit: str) -> None:
        """Jump at once; a second digit soon after makes a two-digit stage number."""
        extends = self._digits and self._typed.isValid() and self._typed.elapsed() < DIGIT_WINDOW_MS
        candidate = self._digits + digit if extends else digit
        self._typed.start()
        if self.session.jump_to_stage(int(candidate)):
            self._digits = candidate
        elif extends and self.session.jump_to_stage(int(digit)):
            self._digits = digit
        else:
            self._digits = digit

    def _escape(self) -> None:
        if self.session.blacked:
            self.session.toggle_blackout()
        else:
            self.session.leave()
