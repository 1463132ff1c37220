"""Make the presentation screenshots in docs/images from the real windows on the example map.

Run: python3 scripts/present_screenshots.py
It starts itself again on Qt's offscreen platform with two screens (a 1440 x 900 laptop and
a 1920 x 1080 projector), opens the example map with a voting round, a few dots and two
captured notes (in memory only; the example file is not changed), goes to the Purchase
stage and grabs the audience view, the presenter console and the whole-map view.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1440,
            "height": 900,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "projector",
            "x": 1440,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ],
}
NOTES = "Ask who has abandoned a basket this year.\nThe delivery fee is the number one reason: show the 31%."


def two_screens(folder: Path) -> str:
    """A QT_QPA_PLATFORM value: Qt's offscreen platform with the laptop and the projector
    above (Qt 6.5 and later read the screens from a JSON file). The tests use it too."""
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    return f"offscreen:configfile={config}"


def relaunch() -> int:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": two_screens(Path(folder)), "JOURNEYMAP_SCREENSHOTS": "1"}
        return subprocess.run([sys.executable, __file__], env=env, check=False).returncode


def shoot() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from journeymap.formats import journey_file
    from journeymap.model import workshop
    from journeymap.model.elements import NoteKind
    from journeymap.model.operations import Update
    from journeymap.ui.document import Document
    from journeymap.ui.present.launch import Showing
    from journeymap.util.paths import example_map

    app = QApplication(sys.argv)
    document = Document(journey_file.load(example_map()))
    journey = document.journey
    purchase = next(s for s in journey.stages if s.name == "Purchase")
    if not purchase.presenter_notes:
        document.push("notes", [Update(purchase, purchase.updated(presenter_notes=NOTES))])
    people = [("Ana", None), ("Bora", None), ("Chen", None), ("Dilan", None)]
    document.push("round", workshop.new_round(journey, name="What hurts most", participants=people).ops)
    showing = Showing(document, animate=False, minutes=45)
    showing.show()
    session = showing.session
    session.jump_to_stage(3)
    pains = [p.id for p in journey.pain_points if p.stage == purchase.id]
    session.set_voting(True)
    for who, card in (
        ("p1", pains[0]),
        ("p1", pains[0]),
        ("p2", pains[0]),
        ("p2", pains[1]),
        ("p3", pains[0]),
    ):
        session.set_participant(who)
        session.give_dot(card)
    session.set_participant("p3")
    session.capture(NoteKind.QUOTE, "I just want to know when the sofa arrives")
    session.capture(NoteKind.IDEA, "Show the delivery date next to the price")
    for _ in range(20):
        app.processEvents()
    images = ROOT / "docs" / "images"
    showing.audience.grab().save(str(images / "present-audience.png"))
    assert showing.console is not None
    showing.console.grab().save(str(images / "present-console.png"))
    session.first()
    session.set_voting(False)
    for _ in range(20):
        app.processEvents()
    showing.audience.grab().save(str(images / "present-overview.png"))
    print(f"wrote {images}/present-audience.png, present-console.png, present-overview.png")
    return 0


if __name__ == "__main__":
    sys.exit(shoot() if os.environ.get("JOURNEYMAP_SCREENSHOTS") else relaunch())
