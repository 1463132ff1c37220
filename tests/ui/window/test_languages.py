"""The interface language: chosen in Preferences, applied to the open window at once, mirrored
for Arabic whatever the map's own direction, and numbers in the language's conventions."""

from __future__ import annotations

import gc
import re
import weakref
from collections import Counter
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDockWidget, QLabel, QMenu

from journeymap.model.operations import SetInfo, Update
from journeymap.ui.dialogs.preferences import PreferencesDialog
from journeymap.ui.language import apply_language, resolve
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import AppSettings
from journeymap.util import i18n
from journeymap.util.pseudo import is_pseudo
from tests.ui.window_fixtures import answer_next_dialog, sample_journey, shown_window


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.fixture
def window(qtbot) -> MainWindow:
    window: MainWindow = shown_window(qtbot)
    return window


def _switch(window: MainWindow, code: str) -> None:
    apply_language(code)
    window.retranslate()


def _titles(window: MainWindow) -> list[str]:
    menus = window.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [d.windowTitle() for d in window.findChildren(QDockWidget)] + [m.title() for m in menus if m.title()]


def test_a_new_language_rebuilds_the_window_and_keeps_the_map_history_and_selection(window, qtbot) -> None:
    record = window.document.journey["cart"]
    window.document.push("Rename", [Update(record, record.updated(title="Basket"))])
    window.document.selection.set(["cart"])
    window.view.set_zoom(1.5)
    layout = [(d.objectName(), d.isVisible()) for d in window.findChildren(QDockWidget)]
    _switch(window, "qps")
    assert all(is_pseudo(title) for title in _titles(window)), _titles(window)
    assert window.document.undo_stack.count() == 1 and window.document.modified
    assert window.document.selection.ids == ["cart"]
    assert window.inspector.shown_id == "cart"
    assert window.view.zoom() == pytest.approx(1.5)
    assert sorted(layout) == sorted((d.objectName(), d.isVisible()) for d in window.findChildren(QDockWidget))
    window.document.undo_stack.undo()
    assert window.document.journey["cart"].title == "Checkout page"


def test_nothing_of_the_old_window_lives_on_to_hear_the_model(window, qtbot) -> None:
    """Every old view is gone (not merely hidden) and no edit, undo or open reaches one."""
    old = [weakref.ref(o) for o in window.findChildren(QObject) if type(o).__module__.startswith("journeymap")]
    actions = len(window.actions())
    _switch(window, "qps")
    gc.collect()
    assert [type(r()).__name__ for r in old if r() is not None and not shiboken6.isValid(r())] == []
    assert len(window.actions()) == actions  # no second copy of a shortcut
    record = window.document.journey["cart"]
    window.document.push("Rename", [Update(record, record.updated(title="Basket"))])
    window.document.push("Retitle", [SetInfo(window.document.journey.info, window.document.journey.info.updated(title="T"))])
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    window.files.adopt(sample_journey("Another"), None, None)
    window.document.selection.set(["ad"])
    qtbot.wait(20)
    assert window.inspector.shown_id == "ad"


def test_preferences_choose_the_language_remember_it_and_apply_it_at_once(window, qtbot) -> None:
    def choose_polish(dialog: QDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        combo = dialog.findChild(QComboBox, "language")
        combo.setCurrentIndex(combo.findData("pl"))
        dialog.accept()

    answer_next_dialog(choose_polish)
    window.actions_.preferences.trigger()
    qtbot.waitUntil(lambda: i18n.interface_language() == "pl")
    assert AppSettings().language() == "pl"
    assert QLocale().decimalPoint() == ","
    assert resolve(AppSettings().language()) == "pl"


def test_arabic_mirrors_the_interface_but_not_a_left_to_right_map(window) -> None:
    _switch(window, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.inspector_dock.isVisible()
    assert window.dockWidgetArea(window.inspector_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.outline_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.document.journey.info.direction == "ltr"
    assert not window.view.rtl  # the map reads as its author wrote it
    _switch(window, "tr")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.dockWidgetArea(window.inspector_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(menu: QMenu) -> list[str]:
    keys = [k for a in menu.actions() if a.isVisible() and (k := _accelerator(a.text())) is not None]
    clashes = [f"{menu.title()}: {k}" for k, n in Counter(keys).items() if n > 1]
    for action in menu.actions():
        if action.menu() is not None:
            clashes += _clashes(action.menu())
    return clashes


@pytest.mark.parametrize("code", ["en", "tr", "pl", "ar"])
def test_accelerators_are_unique_within_each_menu(window, code: str) -> None:
    """Alt+letter reaches one entry: in the menu bar, every menu and submenu, and the
    canvas's right-click menus, in every language."""
    _switch(window, code)
    bar = window.menuBar()
    titles = [_accelerator(a.text()) for a in bar.actions() if a.isVisible()]
    assert len(titles) == len(set(titles)), [a.text() for a in bar.actions()]
    clashes = [c for a in bar.actions() if a.menu() is not None for c in _clashes(a.menu())]
    for subject in ("card", "stage", "lane", "flow", "cell", "text-cell", "canvas"):
        menu = QMenu(window)
        window.edit_actions._fill_context_menu(menu, subject)
        menu.setTitle(subject)
        clashes += _clashes(menu)
    assert clashes == []


@pytest.mark.parametrize(("interface", "direction"), [("en", "ltr"), ("en", "rtl"), ("ar", "rtl"), ("ar", "ltr")])
def test_a_wide_map_opens_at_its_first_stage_whatever_the_interface_reads(
    qtbot, interface: str, direction: str
) -> None:  # type: ignore[no-untyped-def]
    """A map too wide to fit opens at 100% where it begins: the right end of an Arabic map,
    the left end of a Turkish one, in a mirrored (Arabic) window as in a Turkish one (a
    right-to-left window mirrors the canvas's scroll bar too)."""
    from journeymap.model.data import JourneyData
    from journeymap.model.elements import JourneyInfo, ReadingDirection, Stage
    from journeymap.model.journey import Journey

    apply_language(interface)
    stages = tuple(Stage(id=f"s{n}", name=f"Stage {n}") for n in range(1, 16))
    info = JourneyInfo(title="Wide", direction=ReadingDirection(direction))
    window = shown_window(qtbot, size=(1500, 900), journey=Journey(JourneyData(journey=info, stages=stages)))
    qtbot.wait(50)
    view = window.view
    assert view.zoom() == pytest.approx(1.0)  # too wide to read fitted: opened at 100%
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    first, last = (view.journey_scene.element_rect(s) for s in ("s1", "s15"))
    assert shown.contains(first.center()) and not shown.contains(last.center())


def test_the_start_frame_is_in_the_language_and_mirrored_before_the_editor_comes(qtbot) -> None:
    """The frame a start shows first (menus, docks, "Opening…") already speaks Arabic and is
    mirrored; composing the editor into it keeps the docks where the frame put them."""
    apply_language("ar")
    frame = MainWindow(opening="shop.journey")
    qtbot.addWidget(frame)
    assert not frame.composed
    assert frame.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert frame.dockWidgetArea(frame.inspector_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert frame.dockWidgetArea(frame.workshop_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert frame.dockWidgetArea(frame.outline_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert frame.menu("file").title() == "&ملف"
    opening = frame.centralWidget().findChild(QLabel, "opening-canvas")
    assert opening is not None and "shop.journey" in opening.text() and "Opening" not in opening.text()
    frame.compose()
    assert frame.dockWidgetArea(frame.inspector_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert frame.menu("file").title() == "&ملف"
