"""A hang detector for tests of hostile input: the work must end, or the test fails.

Not a timing: the allowance is far above what the work takes (milliseconds to a few
seconds), so only a hang or a quadratic blow-up on a hostile file trips it. Uses SIGALRM,
so it works on the main thread of a POSIX test process, as pytest runs tests here.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Hang(Exception):
    """The work did not end within its allowance."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def stop(_signal: int, _frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds} s: a hang or a quadratic cost")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
