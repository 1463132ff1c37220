"""Make the screenshots in docs/ from the real main window on the example map.

Run: QT_QPA_PLATFORM=offscreen python3 scripts/docs_screenshots.py
It opens the example map in the real MainWindow, selects a touchpoint (so the inspector
shows it and its flows are emphasised), and grabs the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeymap.formats import journey_file  # noqa: E402
from journeymap.ui.window.main_window import MainWindow  # noqa: E402
from journeymap.ui.window.settings import set_application_identity  # noqa: E402
from journeymap.util.paths import example_map  # noqa: E402

SELECTED = "tp-product-page"  # a card near the top left, with flows in and out
ZOOM = 0.85  # a laptop user's view: four stages and their labels, text still easy to read


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    set_application_identity()
    window = MainWindow()
    window.files.adopt(journey_file.load(example_map()), example_map(), None)
    window.resize(1920, 1080)
    window.show()
    settle(app)
    window.view.set_zoom(ZOOM)
    window.document.selection.set([SELECTED])
    settle(app)
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    settle(app)
    out = ROOT / "docs" / "images" / "main-window.png"
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
