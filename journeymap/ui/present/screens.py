"""Which screen the room sees and which one the presenter keeps.

With two screens or more, the audience view goes on the second and the presenter console
on the first (the laptop's own screen is usually the first); with one, the audience view
takes it and the console stays closed. ``--screen N`` (1-based) puts the audience view on
screen N and the console on the first other screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen

from journeymap.util.i18n import tr


class NoSuchScreen(ValueError):
    pass


def choose(number: int | None = None) -> tuple[QScreen, QScreen | None]:
    """(the audience's screen, the presenter's screen or None)."""
    screens = QGuiApplication.screens()
    if not screens:
        raise NoSuchScreen(tr("there is no screen to present on"))
    if number is not None and not 1 <= number <= len(screens):
        raise NoSuchScreen(
            tr("there is no screen {n}; this computer has %Ln screens", "", len(screens)).format(n=number)
        )
    audience = screens[number - 1] if number is not None else screens[1 if len(screens) > 1 else 0]
    others = [s for s in screens if s is not audience]
    return audience, (others[0] if others else None)
