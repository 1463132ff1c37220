"""Located problems: what is wrong, and where (``touchpoints[3].stage: no stage 'x'``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journeymap.util.excerpt import LIMIT, excerpt, shortened


@dataclass(frozen=True, order=True)
class Problem:
    location: str
    message: str

    def __post_init__(self) -> None:
        # a last guard: whatever a message quotes, one problem stays one readable line
        object.__setattr__(self, "location", shortened(self.location))
        object.__setattr__(self, "message", shortened(self.message))

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class JourneyError(Exception):
    """An operation or a document broke the journey's rules; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def location(*parts: str | int) -> str:
    """Join path parts as people read them: ``touchpoints[3].stage``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif len(part) > LIMIT:  # a key that is itself a huge bad value
            text += f".{excerpt(part)}" if text else excerpt(part)
        else:
            text += f".{part}" if text else part
    return text
