"""Two screens: the room's view on the projector, the presenter console on the laptop.

Qt's offscreen platform takes a JSON description of its screens (``offscreen:configfile=``,
Qt 6.5 and later), which cannot change once a QApplication exists, so this test runs the
presentation in a fresh interpreter with a laptop (1440 x 900) and a projector (1920 x 1080),
drives it with keys on the console, and reads back what each window shows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.ui.window_fixtures import write_sample

ROOT = Path(__file__).resolve().parents[3]


def _screens_script() -> ModuleType:
    """scripts/present_screenshots.py, whose two-screen platform this test shares."""
    spec = importlib.util.spec_from_file_location(
        "present_screenshots", ROOT / "scripts" / "present_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from journeymap.formats import journey_file
from journeymap.ui.document import Document
from journeymap.ui.present.launch import Showing

app = QApplication([])
document = Document(journey_file.load(sys.argv[1]))
document.journey.update(document.journey.stages[1].updated(presenter_notes="Ask who paid by phone."))
screen = int(sys.argv[2]) if len(sys.argv) > 2 else None
showing = Showing(document, animate=False, minutes=1, screen=screen)
showing.show()
app.processEvents()
console = showing.console
out = {
    "screens": [s.name() for s in app.screens()],
    "audience": showing.audience.screen().name(),
    "audience_full_screen": bool(showing.audience.windowState() & Qt.WindowState.WindowFullScreen),
    "audience_size": [showing.audience.width(), showing.audience.height()],
    "console": console.screen().name() if console is not None else None,
}
if console is not None:
    QTest.keyClick(console, Qt.Key.Key_2)
    app.processEvents()
    out["step"] = showing.session.step.key
    out["notes"] = console.notes.toPlainText()
    out["next"] = console.next_title.text()
    out["countdown_phase"] = console.countdown.property("phase")
    QTest.keyClick(console, Qt.Key.Key_N)
    QTest.keyClicks(console.capture.text, "Too many clicks")
    QTest.keyClick(console.capture.text, Qt.Key.Key_Return)
    out["captured"] = [(n.stage, n.text) for n in document.journey.notes]
    QTest.keyClick(console.capture.text, Qt.Key.Key_Escape)  # the first Esc leaves the box
    out["still_showing"] = showing.audience.isVisible()
    QTest.keyClick(console, Qt.Key.Key_Escape)
    app.processEvents()
    out["left"] = not showing.audience.isVisible() and not console.isVisible()
print(json.dumps(out))
"""


def run(tmp_path: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": _screens_script().two_screens(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(write_sample(tmp_path / "map.journey")), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_room_gets_the_second_screen_and_the_presenter_the_first(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result["screens"] == ["laptop", "projector"]
    assert result["audience"] == "projector" and result["audience_full_screen"] is True
    assert result["audience_size"] == [1920, 1080]
    assert result["console"] == "laptop"
    assert result["step"] == "buy/0"  # keys pressed on the console walk the room's view
    assert result["notes"] == "Ask who paid by phone."
    assert result["next"] == "The whole map"
    assert result["countdown_phase"] == "urgent"  # one minute: the countdown is red at once
    assert result["captured"] == [["buy", "Too many clicks"]]
    assert result["still_showing"] is True and result["left"] is True


def test_screen_option_puts_the_room_on_the_chosen_screen(tmp_path: Path) -> None:
    result = run(tmp_path, "1")
    assert result["audience"] == "laptop" and result["console"] == "projector"
