"""SVG export of colleagues' text (issue 16): control characters never make it ill-formed XML."""

from __future__ import annotations

import xml.dom.minidom

import pytest

from journeymap.model.data import JourneyData
from journeymap.model.elements import JourneyInfo, Stage
from journeymap.model.journey import Journey
from journeymap.render.images import svg_bytes


@pytest.mark.usefixtures("qapp")
def test_svg_with_control_characters_in_the_title_is_well_formed_xml() -> None:
    data = JourneyData(
        journey=JourneyInfo(title="Q1\u0001 map <&> \ufffe"),
        stages=(Stage(id="s", name="A\u0002B"),),
    )
    for outline in (True, False):
        document = xml.dom.minidom.parseString(svg_bytes(Journey(data), outline_text=outline))
        assert document.getElementsByTagName("title")[0].firstChild.data == "Q1 map <&> "
