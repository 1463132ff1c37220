"""How long work reports how far it is, and how a reader stops it: to a terminal line or a progress dialog."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]
"""``progress(step, done, total)``: called as the work advances; ``done == total`` at the end.
It may raise :class:`Cancelled` (the dialog's Cancel) to stop the work; nothing is written then."""


class Cancelled(Exception):
    """Raised by a :data:`Progress` callback to stop the work; the work leaves nothing behind."""
