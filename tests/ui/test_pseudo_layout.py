"""The pseudo-language (every text accented and about 40% longer, ⟦bracketed⟧) fits: every
dock, the toolbar and every dialog open in it, and no label, button, check box, group title,
tab or table header is clipped or elided (tests/ui/clipping.py says how that is measured).
What a translator writes longer than English still fits; and a text the pseudo-language did
not reach (an English word left in a visible widget) is a text that was never sent through
tr().

The map in the window is English on purpose: its own texts (card titles, stage names) are
not the interface's and stay as written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QToolBar,
    QWidget,
)

from journeymap.exchange import format_of
from journeymap.formats.map_text import names_for
from journeymap.model.diff import diff
from journeymap.model.elements import Participant, VotingRound
from journeymap.ui.dialogs.messages import ProblemsDialog
from journeymap.ui.dialogs.preferences import PreferencesDialog
from journeymap.ui.dialogs.templates import TemplateDialog
from journeymap.ui.language import apply_language
from journeymap.ui.panels.personas.panel import PersonaImportDialog
from journeymap.ui.panels.workshop.round_dialog import RoundDialog
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.present.console import PresenterConsole
from journeymap.ui.present.session import Presentation
from journeymap.ui.window.changes import ChangesDialog
from journeymap.ui.window.compare import CompareWindow
from journeymap.ui.window.exchange import ImageOptionsDialog
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.recovery import RecoveryDialog, RecoveryEntry
from journeymap.util import catalogue, i18n
from journeymap.util.pseudo import is_pseudo
from tests.ui.clipping import clipped
from tests.ui.window_fixtures import sample_data, shown_window

ENGLISH_SOURCES = {
    m.source.replace("&", "")
    for m in catalogue.read_messages(i18n.catalogue_path("tr"))
    if len(m.source) > 3 and "{" not in m.source and "%" not in m.source
}
"""The interface's English texts (those long enough to be words, without placeholders)."""
MAP_TEXTS = {
    text
    for kind, records in sample_data()
    if isinstance(records, tuple)
    for record in records
    for text in (getattr(record, "name", ""), getattr(record, "title", ""))
}
"""The sample map's own words, which some interface texts happen to share ("Web", "Email")."""


@pytest.fixture(autouse=True)
def _pseudo() -> Iterator[None]:
    apply_language("qps")
    yield
    apply_language("en")


@pytest.fixture
def window(qtbot) -> MainWindow:
    window: MainWindow = shown_window(qtbot, size=(1600, 1000))
    return window


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)


def english_left(root: QWidget) -> list[str]:
    """Visible interface texts under ``root`` that are still English."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        text = text.replace("&", "")
        if text in ENGLISH_SOURCES and text not in MAP_TEXTS and not is_pseudo(text):
            found.append(f"{type(widget).__name__} {text!r}")
    return sorted(set(found))


def _dock(window: MainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name
    dock.show()
    dock.raise_()
    return dock


@pytest.mark.parametrize(
    "name",
    ["inspector", "outline", "history", "personas_dock", "insights_dock", "metrics_dock", "comments_dock",
     "conflicts_dock", "workshop_dock"],
)
def test_every_dock_fits_the_pseudo_language(window: MainWindow, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    dock = _dock(window, name)
    dock.widget()  # a lazy panel is built
    _settle(qtbot)
    assert is_pseudo(dock.windowTitle())
    assert clipped(dock) == []
    assert english_left(dock) == []


@pytest.mark.parametrize("ident", ["cart", "slow", "oneclick", "conv", "f1", "web", "aware", None])
def test_the_inspector_fits_for_every_kind_of_element(window: MainWindow, qtbot, ident: str | None) -> None:  # type: ignore[no-untyped-def]
    """The inspector's labels differ by kind (a card, a pain point, a metric, a flow, a lane,
    a stage, nothing selected): each of its forms fits."""
    dock = _dock(window, "inspector")
    window.document.selection.set([ident] if ident else [])
    _settle(qtbot)
    assert clipped(dock) == []
    assert english_left(dock) == []


def test_the_persona_form_fits(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dock = _dock(window, "personas_dock")
    panel = dock.widget()
    _settle(qtbot)
    lists = panel.findChildren(type(panel.list)) if hasattr(panel, "list") else []
    if lists:
        lists[0].setCurrentRow(0)
        _settle(qtbot)
    assert clipped(dock) == []
    assert english_left(dock) == []


def test_the_toolbar_and_the_menus_are_in_the_pseudo_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _settle(qtbot)
    for bar in window.findChildren(QToolBar):
        assert clipped(bar) == [], bar.objectName()
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
    english = [t for t in texts if t and not is_pseudo(t) and not t.startswith(("&1", "&2", "&3"))]
    assert english == []
    assert clipped(window.statusBar()) == []


def _a_round() -> VotingRound:
    people = (Participant(id="p1", name="Ana"), Participant(id="p2", name="Bo", color="#1c7ed6"))
    return VotingRound(id="vr", name="What first", participants=people, dots=3)


def _dialogs(window: MainWindow, tmp_path: Path) -> dict[str, QDialog]:
    data = sample_data()
    other = data.model_copy(update={"stages": (*data.stages[:1], data.stages[1].updated(name="Checkout"))})
    changes = diff(data, other)
    names = names_for(other, data)
    entry = RecoveryEntry(tmp_path / "s.journey", tmp_path / "shop.journey", "Shop journey", datetime.now(), None)
    return {
        "preferences": PreferencesDialog("", system_language="tr", parent=window),
        "templates": TemplateDialog(window),
        "png options": ImageOptionsDialog(format_of("m.png"), selection=["cart"], parent=window),  # type: ignore[arg-type]
        "pdf options": ImageOptionsDialog(format_of("m.pdf"), selection=[], parent=window),  # type: ignore[arg-type]
        "recovery": RecoveryDialog([entry], window),
        "problems": ProblemsDialog("Shop", ["stages[1]: a problem"], path=tmp_path / "x.journey", parent=window),
        "persona import": PersonaImportDialog(list(data.personas), "other.journey", window),
        "changes": ChangesDialog("Changes", "These changes:", changes, names, window),
        "compare": CompareWindow(window.document, other, tmp_path / "other.journey", window),
        "new round": RoundDialog(window.document.journey, parent=window),
        "change round": RoundDialog(window.document.journey, _a_round(), parent=window),
    }


DIALOGS = ["preferences", "templates", "png options", "pdf options", "recovery", "problems", "persona import",
           "changes", "compare", "new round", "change round"]  # fmt: skip


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_the_pseudo_language(window: MainWindow, qtbot, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialogs(window, tmp_path)[name]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    try:
        assert is_pseudo(dialog.windowTitle()) or name in ("problems", "changes")  # those titles are given
        assert clipped(dialog) == []
        assert english_left(dialog) == []
    finally:
        dialog.close()


@pytest.mark.parametrize("code", ["qps", "tr", "pl", "ar"])
def test_the_window_at_first_start_clips_nothing(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    """The window as a first start shows it (the docks' default widths, the tabs of the
    panels tabbed together) fits its texts, the pseudo-language's and each language's."""
    apply_language(code)
    window = shown_window(qtbot, size=(1600, 1000))
    _settle(qtbot)
    assert clipped(window) == []


def test_the_presenter_console_fits_the_pseudo_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The console a presenter reads on the laptop (1440 x 900): its clocks' and notes'
    labels, its buttons and the keys' help."""
    console = PresenterConsole(Presentation(window.document))
    qtbot.addWidget(console)
    console.resize(1440, 900)
    console.show()
    qtbot.waitExposed(console)
    _settle(qtbot)
    assert is_pseudo(console.windowTitle())
    assert clipped(console) == []
    assert english_left(console) == []


def test_the_audience_views_capture_box_fits_the_pseudo_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The box the room sees at 1280 x 720 when no console is open (N): the card or stage
    it notes on, its kinds, its placeholder and its Add button."""
    session = Presentation(window.document)
    audience = AudienceWindow(session, animate=False)
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    audience.setFocus()
    qtbot.keyClick(audience, Qt.Key.Key_N)
    _settle(qtbot)
    assert audience.capture.isVisible()
    assert is_pseudo(audience.windowTitle())
    assert clipped(audience.capture) == []
    assert english_left(audience.capture) == []
