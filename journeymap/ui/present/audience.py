"""The window the room sees: the slides full screen, with no chrome.

Over the slides it can show a black screen (B or "."), the capture box (N, when there is
no presenter console to type in), the voting banner (who is voting, dots left) and a
short message (why a dot was refused). Keys go to :class:`PresentationKeys`; a click on a
card goes to the session (zoom, or a dot while voting), a click elsewhere zooms back out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from journeymap.model.elements import NoteKind
from journeymap.render.slides.look import CARD_META_PX, CARD_TITLE_PX
from journeymap.ui.present.camera import CameraView
from journeymap.ui.present.capture import CaptureBox
from journeymap.ui.present.keys import PresentationKeys
from journeymap.ui.present.session import Presentation

BANNER_STYLE = (
    "QLabel {{ background: rgba(0, 0, 0, 190); color: white; border-radius: 10px;"
    " padding: 10px 18px; font-size: {px}px; font-weight: 600; }}"
)


class SlideView(CameraView):
    """The camera, passing clicks on cards to the session."""

    def __init__(self, session: Presentation, parent: QWidget | None = None, *, animate: bool = True) -> None:
        super().__init__(session.deck, parent, animate=animate)
        self.session = session
        self.setMouseTracking(False)

    def element_at(self, point: QPoint) -> str | None:
        item: QGraphicsItem | None = self.itemAt(point)
        while item is not None:
            ident = getattr(item, "element_id", "")
            if ident:
                return str(ident)
            item = item.parentItem()
        return None

    def pointed(self) -> str | None:
        """The element under the mouse pointer, if the pointer is over the view."""
        point = self.viewport().mapFromGlobal(QCursor.pos())
        return self.element_at(point) if self.viewport().rect().contains(point) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        ident = self.element_at(event.position().toPoint())
        session = self.session
        if event.button() == Qt.MouseButton.RightButton and ident is not None and session.voting:
            session.take_dot(ident)
        elif ident is not None and (ident != session.zoomed or session.voting):
            session.click(ident)
        elif session.zoomed is not None:
            session.unzoom()
        event.accept()


class AudienceWindow(QWidget):
    def __init__(self, session: Presentation, *, animate: bool = True, with_capture: bool = True) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audience-window")
        self.setWindowTitle(self.tr("Presentation"))
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.session = session
        self.view = SlideView(session, self, animate=animate)
        self.keys = PresentationKeys(session, on_capture=self.open_capture, pointed=self.view.pointed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.black = QWidget(self)
        self.black.setObjectName("blackout")
        self.black.setStyleSheet("background: black;")
        self.black.hide()
        self.banner = QLabel(self)
        self.banner.setObjectName("voting-banner")
        self.toast = QLabel(self)
        self.toast.setObjectName("presentation-message")
        self.toast.setWordWrap(True)
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(3500)
        self._toast_timer.timeout.connect(self.toast.hide)
        self.capture = CaptureBox(self)
        self.capture.setAutoFillBackground(True)
        self.capture.hide()
        self.capture.submitted.connect(self._on_submitted)
        self.capture.closed.connect(self.close_capture)
        self.with_capture = with_capture
        session.step_changed.connect(self._frame)
        session.zoom_changed.connect(self._frame)
        session.blackout_changed.connect(self._on_blackout)
        session.voting_changed.connect(self._show_banner)
        session.message.connect(self.show_message)
        self._frame()
        self._show_banner()

    # ---- what the room sees ------------------------------------------------------------

    def _frame(self, *_args: object) -> None:
        self.view.set_background(self.session.deck.look.background)
        self.view.frame(self.session.frame_rect())

    def _on_blackout(self, black: bool) -> None:
        self.black.setGeometry(self.rect())
        self.black.setVisible(black)
        self.black.raise_()

    def _scale(self) -> float:
        return max(0.5, self.height() / 1080)

    def _show_banner(self) -> None:
        session = self.session
        voting_round = session.voting_round()
        if not session.voting or voting_round is None:
            self.banner.hide()
            return
        left = session.dots_left()
        text = self.tr("Voting: {round} · {who} · %Ln dots left", "", left).format(
            round=voting_round.name, who=session.participant_name()
        )
        self.banner.setStyleSheet(BANNER_STYLE.format(px=round(26 * self._scale())))
        self.banner.setText(text)
        self.banner.adjustSize()
        self.banner.move(
            round(24 * self._scale()), self.height() - self.banner.height() - round(24 * self._scale())
        )
        self.banner.show()
        self.banner.raise_()

    def show_message(self, text: str) -> None:
        self.toast.setStyleSheet(BANNER_STYLE.format(px=round(24 * self._scale())))
        self.toast.setText(text)
        self.toast.setMaximumWidth(round(self.width() * 0.6))
        self.toast.adjustSize()
        self.toast.move((self.width() - self.toast.width()) // 2, round(32 * self._scale()))
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start()

    # ---- capture -----------------------------------------------------------------------

    def open_capture(self) -> None:
        if not self.with_capture:
            self.session.capture_requested.emit()
            return
        stage, card = self.session.capture_target()
        record = self.session.journey.get(card or stage or "")
        where = getattr(record, "title", None) or getattr(record, "name", "")
        self.capture.set_target(self.tr("Note on: {where}").format(where=where) if where else "")
        scale = self._scale()
        self.capture.set_type_size(round(CARD_TITLE_PX * scale), round(CARD_META_PX * scale))
        width = round(self.width() * 0.7)
        self.capture.setFixedWidth(width)
        self.capture.adjustSize()
        self.capture.move(
            (self.width() - width) // 2, self.height() - self.capture.height() - round(40 * self._scale())
        )
        self.capture.show()
        self.capture.raise_()
        self.capture.focus()

    def close_capture(self) -> None:
        self.capture.hide()
        self.setFocus()

    def _on_submitted(self, kind: NoteKind, text: str) -> None:
        self.session.capture(kind, text)
        self.close_capture()

    # ---- input -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        capture = getattr(self, "capture", None)  # Qt sends events while __init__ runs
        if capture is not None and not capture.isVisible() and self.keys.steals_tab(event):
            return True
        return super().event(event)

    def resizeEvent(self, event: object) -> None:
        self.black.setGeometry(self.rect())
        self._show_banner()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
