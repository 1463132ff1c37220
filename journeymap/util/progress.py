"""How long exports report how far they are, to a terminal line or a progress dialog."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]
"""``progress(step, done, total)``: called as the work advances; ``done == total`` at the end.
It may raise (the dialog's Cancel) to stop the export; nothing is written then."""
