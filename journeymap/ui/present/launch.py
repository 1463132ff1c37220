"""Putting a presentation on the screens: the audience view full screen on the projector,
the presenter console on the laptop when there are two screens.

:func:`present` returns the :class:`Stage` of windows; it lives until the session
finishes (Esc), then closes both windows and says so with ``finished``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from journeymap.ui.document import Document
from journeymap.ui.present import screens
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.present.clock import PresentationClock
from journeymap.ui.present.console import PresenterConsole
from journeymap.ui.present.motion import reduced_motion
from journeymap.ui.present.session import Presentation


class Showing(QObject):
    """The windows of one presentation and their session."""

    finished = Signal()

    def __init__(
        self,
        document: Document,
        *,
        screen: int | None = None,
        stage: int | None = None,
        minutes: int = 30,
        animate: bool | None = None,
    ) -> None:
        super().__init__()
        audience_screen, console_screen = screens.choose(screen)
        self.session = Presentation(document, start_stage=stage)
        motion = (not reduced_motion()) if animate is None else animate
        self.audience = AudienceWindow(self.session, animate=motion, with_capture=console_screen is None)
        self.console: PresenterConsole | None = None
        self.audience.setScreen(audience_screen)
        self.audience.setGeometry(audience_screen.geometry())
        if console_screen is not None:
            self.console = PresenterConsole(self.session, PresentationClock(minutes))
            self.console.setScreen(console_screen)
            self.console.setGeometry(console_screen.availableGeometry())
            self.session.capture_requested.connect(self._capture_on_console)
        self.session.finished.connect(self._close)

    def show(self) -> None:
        self.audience.showFullScreen()
        if self.console is not None:
            self.console.showMaximized()
            self.console.activateWindow()
            self.console.setFocus()
        else:
            self.audience.activateWindow()
            self.audience.setFocus()

    def _capture_on_console(self) -> None:
        if self.console is not None:
            self.console.activateWindow()
            self.console.focus_capture()

    def _close(self) -> None:
        self.audience.close()
        if self.console is not None:
            self.console.clock.deleteLater()
            self.console.close()
        self.finished.emit()
