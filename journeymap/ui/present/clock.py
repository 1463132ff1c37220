"""The presenter's clocks: time since the start, the countdown of a chosen duration, the
time of day. The countdown turns amber in its last minutes and red in its last minute
and beyond (then it counts the overtime).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QElapsedTimer, QObject, QTime, QTimer, Signal

WARN_MINUTES = 5
URGENT_MINUTES = 1


class Phase(StrEnum):
    CALM = "calm"
    WARNING = "warning"
    URGENT = "urgent"
    OVER = "over"


def phase(left_seconds: int) -> Phase:
    if left_seconds < 0:
        return Phase.OVER
    if left_seconds <= URGENT_MINUTES * 60:
        return Phase.URGENT
    if left_seconds <= WARN_MINUTES * 60:
        return Phase.WARNING
    return Phase.CALM


def clock_text(seconds: int) -> str:
    """``mm:ss``, or ``h:mm:ss`` past an hour; overtime with a leading minus."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02}:{secs:02}" if hours else f"{sign}{minutes:02}:{secs:02}"


class PresentationClock(QObject):
    ticked = Signal()

    def __init__(self, minutes: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.ticked.emit)
        self._timer.start()

    def elapsed(self) -> int:
        return self._elapsed.elapsed() // 1000

    def left(self) -> int:
        return self.minutes * 60 - self.elapsed()

    def phase(self) -> Phase:
        return phase(self.left())

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.ticked.emit()

    def restart(self) -> None:
        self._elapsed.restart()
        self.ticked.emit()

    @staticmethod
    def time_of_day() -> str:
        return QTime.currentTime().toString("HH:mm")
