"""Make the screenshots of teams' work in docs/: the compare view and the Conflicts panel.

Run: QT_QPA_PLATFORM=offscreen python3 scripts/docs_screenshots_teams.py
Both start from the example map. A colleague's copy (a new card and a renamed one, a card
moved to another channel, one removed) is compared with it in File > Compare With…; two
people's copies are merged (``journeymap.model.merge``) and the merged map is opened with
its conflicts listed. Each window is grabbed as it is on screen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
for _folder in (ROOT, ROOT / "scripts"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from docs_screenshots import settle  # noqa: E402

from journeymap.formats import journey_file  # noqa: E402
from journeymap.model.cascades import removal_plan  # noqa: E402
from journeymap.model.data import JourneyData  # noqa: E402
from journeymap.model.elements import Touchpoint  # noqa: E402
from journeymap.model.journey import Journey  # noqa: E402
from journeymap.model.merge import merge  # noqa: E402
from journeymap.model.operations import Add, Update  # noqa: E402
from journeymap.ui.window.main_window import MainWindow  # noqa: E402
from journeymap.ui.window.settings import set_application_identity  # noqa: E402
from journeymap.util.paths import example_map  # noqa: E402

IMAGES = ROOT / "docs" / "images"


def edited(
    base: JourneyData,
    *,
    titles: dict[str, str],
    lanes: dict[str, str],
    remove: tuple[str, ...] = (),
    add: tuple[Touchpoint, ...] = (),
) -> JourneyData:
    journey = Journey(base)
    for ident, title in titles.items():
        journey.apply(Update(journey[ident], journey[ident].updated(title=title)))
    for ident, lane in lanes.items():
        journey.apply(Update(journey[ident], journey[ident].updated(lane=lane)))
    for card in add:
        journey.apply(Add(card))
    journey.apply_all(removal_plan(journey, remove))
    return journey.snapshot()


def grab(app: QApplication, shown: QWidget, canvas: QAbstractScrollArea, name: str) -> None:
    """The window as it is on screen, its canvas scrolled to the top left, into docs/images."""
    settle(app)
    canvas.horizontalScrollBar().setValue(0)
    canvas.verticalScrollBar().setValue(0)
    settle(app)
    out = IMAGES / name
    shown.grab().save(str(out))
    print(f"wrote {out}")


def compare_view(app: QApplication, window: MainWindow, base: JourneyData, folder: Path) -> None:
    colleague = edited(
        base,
        titles={"tp-search-ad": 'Search ad: "linen bedding sets"'},
        lanes={"tp-retargeting-ad": "ln-social"},
        remove=("tp-compare-tool",),
        add=(
            Touchpoint(
                id="tp-tiktok", stage="st-awareness", lane="ln-social", title="TikTok haul video", emotion=1
            ),
        ),
    )
    other = folder / "online-shop-bea.journey"
    journey_file.save(colleague, other, backup=False)
    compare = window.compare.compare_with(other)
    assert compare is not None
    compare.resize(1600, 900)
    settle(app)
    compare.fit()
    compare.list.setCurrentRow(2)
    compare.select_current()
    grab(app, compare, compare.canvas, "compare-view.png")
    compare.close()


def conflicts_panel(app: QApplication, window: MainWindow, base: JourneyData, folder: Path) -> None:
    card = Touchpoint(id="tp-gift-wrap", stage="st-purchase", lane="ln-web", title="Gift-wrap option")
    ours = edited(
        base,
        titles={"tp-search-ad": 'Search ad: "linen bedding sets"'},
        lanes={"tp-checkout-chat": "ln-web"},
        remove=("tp-room-guide",),
    )
    theirs = edited(
        base,
        titles={
            "tp-search-ad": 'Search ad: "organic linen"',
            "tp-room-guide": "Blog guide: small-flat storage",
        },
        lanes={"tp-checkout-chat": "ln-phone"},
        add=(card,),
    )
    merged = folder / "online-shop.journey"
    journey_file.save(merge(base, ours, theirs).data, merged, backup=False)
    window.files.open_path(merged, ask=False)
    window.resize(1600, 950)
    settle(app)
    window.view.zoom_to(0.7)  # as the user zooms: a later resize keeps it
    panel = window.conflicts_dock.widget()
    panel.tree.setCurrentRow(0)
    window.document.selection.set([panel.current().element])
    grab(app, window, window.view, "conflicts-panel.png")


def main() -> int:
    app = QApplication(sys.argv)
    set_application_identity()
    base = journey_file.load_data(example_map())
    window = MainWindow()
    window.files.adopt(Journey(base), example_map(), None)
    window.resize(1600, 950)
    window.show()
    settle(app)
    with tempfile.TemporaryDirectory() as folder:
        compare_view(app, window, base, Path(folder))
        conflicts_panel(app, window, base, Path(folder))
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
