"""A map's slide deck: the pictures drawn here, the slides written by :mod:`journeymap.formats.pptx_deck`.

The whole map is laid out for the map slide's box and each stage's close-up for the stage
slides' box (:mod:`.pictures`), so a picture fills its box instead of shrinking a tall map
into a wide slide. Through a persona lens the pictures fade what does not concern the
persona and the words leave it out, as every export does.
"""

from __future__ import annotations

from PySide6.QtCore import QSize

from journeymap.formats import pptx_deck
from journeymap.formats.report import report
from journeymap.model.journey import Journey
from journeymap.model.lens import through_persona
from journeymap.render.images import in_map_language
from journeymap.render.pictures import map_picture, png_of, stage_picture
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress


@in_map_language
def deck_bytes(journey: Journey, *, persona: str | None = None, progress: Progress | None = None) -> bytes:
    """The .pptx file's bytes; ``progress`` hears of each picture and may raise to stop."""
    data = journey.snapshot()
    words = report(through_persona(data, persona) if persona else data)
    steps = len(journey.stages) + 2
    step = _Steps(progress, steps)
    step(tr("the whole map"))
    box = pptx_deck.MAP_BOX
    whole = png_of(
        map_picture(journey, box.aspect, persona=persona), QSize(*box.pixels(pptx_deck.PICTURE_DPI))
    )
    stages = {}
    box = pptx_deck.STAGE_BOX
    for stage in journey.stages:
        step(tr("stage “{name}”").format(name=stage.name))
        picture = stage_picture(journey, stage.id, box.aspect, persona=persona)
        stages[stage.id] = png_of(picture, QSize(*box.pixels(pptx_deck.PICTURE_DPI)))
    step(tr("slides"))
    info = journey.info
    deck = pptx_deck.deck_bytes(
        words, pptx_deck.DeckPictures(whole, stages), when=info.modified or info.created
    )
    step.done()
    return deck


class _Steps:
    """Reports numbered steps to a Progress callback, if there is one."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.count = progress, total, 0

    def __call__(self, name: str) -> None:
        if self.progress is not None:
            self.progress(name, self.count, self.total)
        self.count += 1

    def done(self) -> None:
        if self.progress is not None:
            self.progress(tr("done"), self.total, self.total)
