"""The pictures a slide deck and a handout are made of: the whole map and each stage on its
own, laid out to fill a box of a given shape (:mod:`.frame`), in the export theme.

A stage picture is a close-up (:func:`journeymap.model.close_up.stage_close_up`): the
stage's cards in the lanes that hold something there, the flows among them, drawn in the
stage's colour from the whole map. Its header leaves out the customer counts, which only
mean something beside the other stages (the slide or page says them in words).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from journeymap.model.close_up import stage_close_up
from journeymap.model.journey import Journey
from journeymap.model.stage_look import stage_color_at
from journeymap.render.frame import Composition, frame
from journeymap.render.images import export_scene, paint_image
from journeymap.render.png import encode_png


def map_picture(journey: Journey, aspect: float, *, persona: str | None = None) -> Composition:
    """The whole map laid out for a box ``aspect`` wide per unit of height."""
    return frame(export_scene(journey, persona=persona), aspect)


def stage_picture(
    journey: Journey, stage_id: str, aspect: float, *, persona: str | None = None
) -> Composition:
    """The close-up of one stage laid out for a box ``aspect`` wide per unit of height."""
    index = journey.index_of(stage_id)
    stage = journey.stages[index]
    alone = stage.model_copy(update={"color": stage_color_at(stage, index), "customers": None})
    data = stage_close_up(journey.snapshot(), stage_id).model_copy(update={"stages": (alone,)})
    return frame(export_scene(Journey(data), persona=persona), aspect, close_up=True)


def png_of(composition: Composition, size: QSize) -> bytes:
    """``composition`` drawn as large as fits a ``size`` picture on white, as PNG bytes."""
    return encode_png(paint_image(size, QColor("#ffffff"), composition.paint), dpi=96.0)
