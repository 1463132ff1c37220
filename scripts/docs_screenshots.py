"""Make the pictures in docs/images from the real program on the example map.

Run: QT_QPA_PLATFORM=offscreen python3 scripts/docs_screenshots.py
(with a fresh HOME, so that no saved window layout is restored).

- main-window.png: the real MainWindow at 1920 x 1080 as the map opens: fitted to the
  window's width (Fit), a touchpoint selected so the inspector shows it and its flows are
  emphasised.
- insights-dock.png: the Insights panel of that window, once its background analysis of the
  map is current (never "Updating…").
- pdf-page-a4.png and pdf-page-a3.png: the example exported to one A4 and one A3 page,
  turned into pictures by pdftoppm (poppler-utils, installed by scripts/bootstrap).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journeymap.exchange import ImageOptions, export  # noqa: E402
from journeymap.formats import journey_file  # noqa: E402
from journeymap.ui.panels.insights.panel import InsightsPanel  # noqa: E402
from journeymap.ui.window.main_window import MainWindow  # noqa: E402
from journeymap.ui.window.settings import set_application_identity  # noqa: E402
from journeymap.util.paths import example_map  # noqa: E402

IMAGES = ROOT / "docs" / "images"
SELECTED = "tp-product-page"  # a card near the top left, with flows in and out
PAGE_DPI = 110  # an A4 landscape page about 1,280 px wide: readable in the docs


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def window_pictures(app: QApplication) -> None:
    window = MainWindow()
    window.resize(1920, 1080)
    window.show()
    settle(app)
    window.files.adopt(journey_file.load(example_map()), example_map(), None)  # opens fitted
    settle(app)
    window.document.selection.set([SELECTED])
    settle(app)
    save(window.grab(), "main-window.png")
    window.insights_dock.raise_()
    settle(app)
    wait_for_insights(app, window)
    save(window.insights_dock.grab(), "insights-dock.png")
    window.document.undo_stack.setClean()
    window.close()


def wait_for_insights(app: QApplication, window: MainWindow, *, seconds: float = 60) -> None:
    """Until the Insights panel shows the numbers of the map as it is (its analysis runs in
    the background; until then it says "Updating…")."""
    panel = window.insights_dock.widget()
    assert isinstance(panel, InsightsPanel)
    deadline = time.monotonic() + seconds
    while panel.stale or panel.status.isVisible():
        if time.monotonic() > deadline:
            raise SystemExit(f"the Insights panel was still updating after {seconds:.0f} s")
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def page_pictures() -> None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm (poppler-utils) is missing: run scripts/bootstrap")
    journey = journey_file.load(example_map())
    with tempfile.TemporaryDirectory() as folder:
        for size in ("A4", "A3"):
            pdf = Path(folder) / f"{size}.pdf"
            export(journey, pdf, ImageOptions(page_size=size))
            stem = Path(folder) / size
            subprocess.run(
                [tool, "-png", "-r", str(PAGE_DPI), "-singlefile", str(pdf), str(stem)], check=True
            )
            out = IMAGES / f"pdf-page-{size.lower()}.png"
            shutil.copyfile(stem.with_suffix(".png"), out)
            print(f"wrote {out}")


def save(picture: QPixmap, name: str) -> None:
    out = IMAGES / name
    picture.save(str(out))
    print(f"wrote {out}")


def main() -> int:
    app = QApplication(sys.argv)
    set_application_identity()
    window_pictures(app)
    page_pictures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
