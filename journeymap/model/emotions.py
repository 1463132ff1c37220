"""Edits of touchpoints' emotions, as set on the canvas: a level, or one step up or down.

Emotions run from -2 (very negative) to +2 (very positive); None is "not known yet".
"""

from __future__ import annotations

from collections.abc import Iterable

from journeymap.model.builders import Edit
from journeymap.model.elements import Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation, Update

LOWEST, HIGHEST = -2, 2


def _touchpoints(journey: Journey, ids: Iterable[str]) -> list[Touchpoint]:
    return [r for i in ids if isinstance(r := journey.get(i), Touchpoint)]


def set_emotion(journey: Journey, ids: Iterable[str], emotion: int | None) -> Edit:
    """The touchpoints among ``ids`` feel ``emotion`` (clamped to the scale)."""
    if emotion is not None:
        emotion = max(LOWEST, min(HIGHEST, emotion))
    ops: list[Operation] = [
        Update(tp, tp.updated(emotion=emotion)) for tp in _touchpoints(journey, ids) if tp.emotion != emotion
    ]
    return Edit(ops, [tp.id for tp in _touchpoints(journey, ids)])


def step_emotion(journey: Journey, ids: Iterable[str], step: int) -> Edit:
    """One level happier (``step`` +1) or sadder (-1), each from where it is; a touchpoint
    whose emotion is not known yet starts from neutral."""
    ops: list[Operation] = []
    chosen = _touchpoints(journey, ids)
    for tp in chosen:
        emotion = max(LOWEST, min(HIGHEST, (tp.emotion or 0) + step))
        if emotion != tp.emotion:
            ops.append(Update(tp, tp.updated(emotion=emotion)))
    return Edit(ops, [tp.id for tp in chosen])
