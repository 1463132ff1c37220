"""The Comments panel names what a comment is about by its title, never by an internal id."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from tests.ui.window_fixtures import shown_window

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "online-shop.journey"


def test_every_comment_of_the_example_names_its_element(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    window.files.adopt(journey_file.load(EXAMPLE), EXAMPLE, None)
    tree = window.comments_dock.widget().tree
    about = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    ids = {r.id for r in window.document.journey}
    assert about and not about & ids
    assert not [a for a in about if re.match(r"^(fl|me|tp|pp|op|ln|st)-", a)]
    assert {"Advocacy → Awareness (referrals)", "Cost per acquisition"} <= about
