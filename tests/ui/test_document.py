"""The document's view state: the persona lens is held here, follows the map, and is announced."""

from __future__ import annotations

from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.elements import Persona
from journeymap.model.journey import Journey
from journeymap.ui.document import Document
from tests.ui.window_fixtures import sample_journey


def watched(document: Document) -> list[str | None]:
    heard: list[str | None] = []
    document.lens_changed.connect(heard.append)
    return heard


def test_the_lens_names_a_persona_of_the_map_or_no_one(qtbot) -> None:
    document = Document(sample_journey())
    heard = watched(document)
    assert document.lens is None
    document.set_lens("bo")
    document.set_lens("bo")  # no change, no signal
    document.set_lens("cart")  # a touchpoint is not a persona: everyone
    document.set_lens("nobody")
    assert heard == ["bo", None]
    assert document.lens is None


def test_removing_the_lens_persona_shows_everyone_again(qtbot) -> None:
    document = Document(sample_journey())
    document.set_lens("ana")
    heard = watched(document)
    document.push("Delete persona", removal_plan(document.journey, ["ana"]))
    assert (document.lens, heard) == (None, [None])
    document.undo_stack.undo()  # the persona is back; the reader chooses the lens again
    assert document.lens is None and "ana" in document.journey


def test_opening_a_map_keeps_the_lens_only_if_that_persona_is_in_it(qtbot) -> None:
    document = Document(sample_journey())
    document.set_lens("bo")
    document.replace(sample_journey("Another map with the same personas"), None)
    assert document.lens == "bo"
    document.replace(Journey(JourneyData(personas=(Persona(id="cy", name="Cy"),))), None)
    assert document.lens is None
    document.set_lens("cy")
    assert document.lens == "cy"
