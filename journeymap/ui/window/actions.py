"""The main window's menus, toolbar and own actions (files, undo/redo, panels, help).

Edit actions (add, rename, delete, clipboard, zoom, find) come from
:class:`journeymap.ui.canvas.actions.EditActions`; this module only places them. The File menu
keeps named places for import and export entries that other modules add later.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QMenu, QToolBar, QToolButton
from shiboken6 import isValid

from journeymap.model.journey import Journey
from journeymap.model.persona_look import persona_color
from journeymap.ui.canvas.actions import EditActions, action_icon
from journeymap.ui.dialogs import messages
from journeymap.ui.panels.personas.io import avatar
from journeymap.ui.window.docks import LazyDock
from journeymap.ui.window.flow_options import FlowOptions

if TYPE_CHECKING:
    from journeymap.ui.panels.metrics.panel import MetricsPanel
    from journeymap.ui.panels.personas.panel import PersonaManager
    from journeymap.ui.window.main_window import MainWindow

Key = QKeySequence.StandardKey


def icon(name: str) -> QIcon:
    """A bundled line icon (resources/icons/actions) in the palette's text colour."""
    return action_icon(name, QApplication.palette().windowText().color().name())


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._lens_journey: Journey | None = None
        self._make_file_actions()
        self._make_edit_actions()
        self._make_menus()
        self._make_toolbar()
        window.files.recent_changed.connect(self._fill_recent_menu)
        window.document.journey_replaced.connect(self._on_journey_replaced)
        window.document.lens_changed.connect(self._show_lens)
        self._on_journey_replaced()

    # ---- actions ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence | Key | str | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)  # ours: they go with the menus they belong to
        if isinstance(shortcut, Key):
            action.setShortcuts(shortcut)  # every platform binding (Redo: Ctrl+Y and Ctrl+Shift+Z)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _make_file_actions(self) -> None:
        w, files = self.window, self.window.files
        self.new = self._action(
            self.tr("&New from Template…"), self.new_from_template, shortcut=Key.New, icon_name="new"
        )
        self.new.setIconText(self.tr("New"))
        self.open = self._action(self.tr("&Open…"), files.open_dialog, shortcut=Key.Open, icon_name="open")
        self.open.setIconText(self.tr("Open"))
        self.save = self._action(self.tr("&Save"), files.save, shortcut=Key.Save, icon_name="save")
        self.save_as = self._action(self.tr("Save &As…"), files.save_as, shortcut=Key.SaveAs)
        self.close = self._action(self.tr("&Close"), w.close, shortcut=Key.Close)
        self.quit = self._action(self.tr("&Quit"), QApplication.closeAllWindows, shortcut="Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about = self._action(self.tr("&About journeymap"), lambda: messages.show_about(w))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.preferences = self._action(self.tr("&Preferences…"), self.open_preferences, shortcut=Key.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _make_edit_actions(self) -> None:
        stack = self.window.document.undo_stack
        self.undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcuts(Key.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Y on every platform (the Linux binding is Ctrl+Shift+Z only), as the README says
        redo_keys = [*QKeySequence.keyBindings(Key.Redo), QKeySequence("Ctrl+Y")]
        self.redo.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.redo.setIcon(icon("redo"))
        # the toolbar keeps a fixed label (it does not jump as steps change); the step's
        # name is in the Edit menu's entry and in the tooltip
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        stack.undoTextChanged.connect(self._on_undo_text)  # a method: gone with this object
        stack.redoTextChanged.connect(self._on_redo_text)
        self._on_undo_text(stack.undoText())
        self._on_redo_text(stack.redoText())
        for action in (self.undo, self.redo):
            self.window.addAction(action)

    def _on_undo_text(self, step: str) -> None:
        self._tip(self.undo, self.tr("Undo"), step)

    def _on_redo_text(self, step: str) -> None:
        self._tip(self.redo, self.tr("Redo"), step)

    @staticmethod
    def _tip(action: QAction, verb: str, step: str) -> None:
        if not isValid(action):  # the stack outlives the window's actions as it closes
            return
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = f"{verb} {step}" if step else verb
        action.setToolTip(f"{text} ({keys})" if keys else text)

    def add_panel_adders(self, personas: LazyDock, metrics: LazyDock) -> None:
        """Add Persona and Add Metric in the Edit menu and the toolbar: each shows its panel
        and adds there (a persona ready to be named; a metric from a preset, attached to the
        selected stage, lane or touchpoint). The panels are built when first used (docks.py):
        the metric presets fill the menu the first time it opens."""

        def persona() -> None:
            personas.show()
            personas.raise_()
            cast("PersonaManager", personas.panel()).create_persona()

        def fill_presets() -> None:
            if not self.add_metric_menu.actions():
                presets = cast("MetricsPanel", metrics.panel()).add_menu.actions()
                self.add_metric_menu.addActions(presets)

        def show_metrics(_action: QAction) -> None:
            metrics.show()
            metrics.raise_()

        self.add_persona = self._action(
            self.tr("Add Persona"), persona, shortcut="Ctrl+Shift+R", icon_name="add-persona"
        )
        self.add_persona.setIconText(self.tr("Persona"))
        self.add_metric_menu = QMenu(self.tr("Add Metric"), self.window.menuBar())
        self.add_metric_menu.setIcon(icon("add-metric"))
        self.add_metric_menu.aboutToShow.connect(fill_presets)
        self.add_metric_menu.triggered.connect(show_metrics)
        self.add_metric = self.add_metric_menu.menuAction()
        self.add_metric.setIconText(self.tr("Metric"))
        adds = self.window.edit_actions.add_opportunity
        for container in (self.edit_menu, self.toolbar):
            self._insert_after(container, adds, [self.add_persona, self.add_metric])
        button = self.toolbar.widgetForAction(self.add_metric)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    @staticmethod
    def _insert_after(container: QMenu | QToolBar, action: QAction, new: list[QAction]) -> None:
        """``new`` right after ``action`` in ``container`` (a menu or the toolbar)."""
        actions = container.actions()
        index = actions.index(action) + 1
        if index < len(actions):
            container.insertActions(actions[index], new)
        else:
            container.addActions(new)

    # ---- menus -----------------------------------------------------------------------

    def _make_menus(self) -> None:
        edit = self.window.edit_actions
        self.file_menu = self.window.menu("file")  # the menu bar's menus are the frame's
        self.file_menu.addActions([self.new, self.open])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save, self.save_as])
        self.file_menu.addSeparator()
        self.import_menu = self.file_menu.addMenu(self.tr("&Import"))
        self.export_menu = self.file_menu.addMenu(self.tr("&Export"))
        for menu in (self.import_menu, self.export_menu):
            menu.menuAction().setVisible(False)  # shown once something is added
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close, self.quit])
        self._fill_recent_menu()

        self.edit_menu = self.window.menu("edit")
        self.edit_menu.addActions([self.undo, self.redo])
        for group in edit_groups(edit):
            self.edit_menu.addSeparator()
            self.edit_menu.addActions(group)

        self.view_menu = self.window.menu("view")
        self.view_menu.addActions(
            [edit.zoom_in, edit.zoom_out, edit.zoom_fit, edit.zoom_fit_whole, edit.zoom_reset]
        )
        self.view_menu.addSeparator()
        self.emotion_per_persona = QAction(self.tr("&Emotion Curve per Persona"), self)
        self.emotion_per_persona.setObjectName("emotion-per-persona")
        self.emotion_per_persona.setCheckable(True)
        self.emotion_per_persona.setStatusTip(self.tr("Draw one emotion curve for each persona (up to five)"))
        self.emotion_per_persona.toggled.connect(self._apply_emotion_per_persona)
        self.view_menu.addAction(self.emotion_per_persona)
        self.flow_options = FlowOptions(self.window.document, self.window.view, self.view_menu)
        self.panels_menu = self.view_menu.addMenu(self.tr("&Panels"))
        for dock in self.window.docks():
            self.add_panel_toggle(dock)

        self.help_menu = self.window.menu("help")
        self.help_menu.addAction(self.about)

    def add_panel_toggle(self, dock: QDockWidget) -> None:
        toggle = dock.toggleViewAction()
        if toggle not in self.panels_menu.actions():
            self.panels_menu.addAction(toggle)

    def add_file_actions(self, actions: Iterable[QAction], *, section: str) -> None:
        menus = {"import": self.import_menu, "export": self.export_menu}
        if section not in menus:
            raise ValueError(f"section must be 'import' or 'export', not {section!r}")
        menu = menus[section]
        menu.addActions(list(actions))
        menu.menuAction().setVisible(not menu.isEmpty())

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the List"), self._clear_recent)
        menu.setEnabled(bool(recent))

    def _open_recent(self, path: Path) -> None:
        self.window.files.open_path(path)

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent_files()
        self._fill_recent_menu()

    # ---- toolbar ---------------------------------------------------------------------

    def _make_toolbar(self) -> None:
        bar = self.window.toolbar  # the frame's, empty until now
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions(self._toolbar_edit_actions())
        bar.addSeparator()
        self.lens = QComboBox()
        self.lens.setObjectName("persona-lens")
        self.lens.setToolTip(self.tr("Persona lens: fade what does not apply to the chosen persona"))
        self.lens.setMinimumContentsLength(14)
        self.lens.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lens.currentIndexChanged.connect(self._on_lens_chosen)
        self.lens_action = bar.addWidget(self.lens)
        self.toolbar = bar
        self.view_menu.insertAction(self.panels_menu.menuAction(), bar.toggleViewAction())

    def _toolbar_edit_actions(self) -> list[QAction]:
        edit = self.window.edit_actions
        short = {
            edit.add_stage: self.tr("Stage"),
            edit.add_lane: self.tr("Lane"),
            edit.add_touchpoint: self.tr("Touchpoint"),
            edit.add_pain_point: self.tr("Pain point"),
            edit.add_opportunity: self.tr("Opportunity"),
            edit.add_comment: self.tr("Comment"),
            edit.zoom_fit: self.tr("Fit"),
        }
        for action, text in short.items():
            action.setIconText(text)
        return list(short)

    # ---- persona lens ----------------------------------------------------------------

    def _on_journey_replaced(self) -> None:
        if self._lens_journey is not None:
            for signal in (self._lens_journey.element_added, self._lens_journey.element_removed):
                signal.disconnect(self._on_persona_listed, missing_ok=True)
            self._lens_journey.element_changed.disconnect(self._on_persona_changed, missing_ok=True)
        journey = self._lens_journey = self.window.document.journey
        journey.element_added.connect(self._on_persona_listed)
        journey.element_removed.connect(self._on_persona_listed)
        journey.element_changed.connect(self._on_persona_changed)
        self.fill_lens()
        self._apply_emotion_per_persona()  # in case the view made a new scene for the new map

    def _apply_emotion_per_persona(self, checked: bool = False) -> None:
        self.window.view.journey_scene.set_emotion_per_persona(self.emotion_per_persona.isChecked())

    def _on_persona_listed(self, kind: str, _ident: str) -> None:
        if kind == "persona":
            self.fill_lens()

    def _on_persona_changed(self, kind: str, _ident: str, fields: tuple[str, ...]) -> None:
        if kind == "persona" and {"name", "color", "photo"} & set(fields):
            self.fill_lens()

    def fill_lens(self) -> None:
        """List "All personas" and the map's personas; show the document's lens."""
        self.lens.blockSignals(True)
        self.lens.clear()
        self.lens.addItem(icon("persona"), self.tr("All personas"), None)
        journey = self.window.document.journey
        ratio = self.lens.devicePixelRatioF()
        for persona in journey.personas:
            face = avatar(persona, 16, color=persona_color(journey, persona), device_ratio=ratio)
            self.lens.addItem(QIcon(face), persona.name, persona.id)
        self.lens.blockSignals(False)
        self.lens.setEnabled(self.lens.count() > 1)
        self._show_lens(self.window.document.lens)

    def _show_lens(self, persona_id: str | None) -> None:
        index = 0 if persona_id is None else max(0, self.lens.findData(persona_id))
        self.lens.blockSignals(True)
        self.lens.setCurrentIndex(index)
        self.lens.blockSignals(False)

    def _on_lens_chosen(self, _index: int = 0) -> None:
        self.window.document.set_lens(self.lens.currentData())

    # ---- preferences ---------------------------------------------------------------------

    def open_preferences(self) -> None:
        """File > Preferences; a new interface language applies at once to the whole window."""
        from journeymap.ui.dialogs.preferences import PreferencesDialog  # when asked
        from journeymap.ui.language import apply_language, current_language, resolve, system_language

        settings = self.window.settings
        dialog = PreferencesDialog(settings.language(), system_language=system_language(), parent=self.window)
        if not dialog.exec():
            return
        settings.set_language(dialog.language_setting())
        code = resolve(dialog.language_setting())
        if code != current_language():
            apply_language(code)
            QTimer.singleShot(0, self.window.retranslate)  # once this action's call has returned

    # ---- new from template -------------------------------------------------------------

    def new_from_template(self) -> None:
        from journeymap.ui.dialogs.templates import TemplateDialog  # and its previews: when asked

        dialog = TemplateDialog(self.window)
        if dialog.exec() and dialog.chosen:
            self.window.files.new_from_template(dialog.chosen)


def edit_groups(edit: EditActions) -> list[list[QAction]]:
    """The Edit menu's sections, after Undo and Redo."""
    return [
        [edit.add_stage, edit.add_lane, edit.add_touchpoint, edit.add_pain_point, edit.add_opportunity],
        [edit.add_comment],
        [edit.rename, edit.duplicate, edit.delete],
        [edit.happier, edit.sadder],
        [edit.cut, edit.copy, edit.paste],
        [edit.select_all, edit.find],
    ]


def menu_texts(menu: QMenu) -> list[str]:
    """The visible entries of ``menu`` without '&' (for tests and the README)."""
    return [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and not a.isSeparator()]
