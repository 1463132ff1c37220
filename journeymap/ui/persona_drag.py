"""A persona dragged from the persona manager onto a card: the drag's format and the edit a drop makes.

The persona manager (a panel) starts the drag; the canvas takes the drop. Neither imports
the other: both use this module. The drag carries ``application/x-journeymap-persona``:
the dragged persona id(s), one per line. A touchpoint or pain point card that accepts the
drop pushes :func:`assign_persona_ops`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData

from journeymap.model.elements import PainPoint, Persona, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation, Update
from journeymap.model.problems import JourneyError, Problem

PERSONA_MIME = "application/x-journeymap-persona"


def _tr(text: str) -> str:
    return QCoreApplication.translate("personas", text)


def persona_ids_from_mime(mime: QMimeData | None) -> list[str]:
    """The ids in a persona drag (``application/x-journeymap-persona``), in drag order."""
    if mime is None or not mime.hasFormat(PERSONA_MIME):
        return []
    text = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8", errors="replace")
    return [line.strip() for line in text.splitlines() if line.strip()]


def assign_persona_ops(journey: Journey, persona_id: str, element_id: str) -> list[Operation]:
    """The operations that add ``persona_id`` to a touchpoint's or pain point's personas.

    [] when it is already there; JourneyError when the ids do not name a persona and a
    touchpoint or pain point (so a drop on anything else can be refused with a reason).
    """
    persona = journey.get(persona_id)
    if not isinstance(persona, Persona):
        raise JourneyError([Problem(persona_id, _tr("no persona {id!r}").format(id=persona_id))])
    card = journey.get(element_id)
    if not isinstance(card, (Touchpoint, PainPoint)):
        message = _tr("personas can be assigned to touchpoints and pain points only")
        raise JourneyError([Problem(element_id, message)])
    if persona_id in card.personas:
        return []
    return [Update(card, card.updated(personas=(*card.personas, persona_id)))]


def can_assign_persona(journey: Journey, element_id: str) -> bool:
    """Whether a persona may be dropped on ``element_id`` (a touchpoint or pain point)."""
    return journey.kind_of(element_id) in ("touchpoint", "pain_point")
