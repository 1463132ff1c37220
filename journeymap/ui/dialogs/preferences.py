"""File > Preferences: the interface language.

The list offers the system's language first (what journeymap speaks when nothing is
chosen) and then every language with a catalogue, each by its own name, so that a person
who cannot read the current interface still finds theirs. The window applies the choice at
once (it rebuilds its widgets in the new language; the map, its undo history and the
selection stay as they were).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from journeymap.util import languages


class PreferencesDialog(QDialog):
    """``language_setting()`` is the chosen interface language once accepted ("" = system)."""

    def __init__(self, setting: str, *, system_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = languages.language(system_language)
        self.language.addItem(self.tr("System language ({name})").format(name=system.name), "")
        for code, language in languages.LANGUAGES.items():
            self.language.addItem(language.name, code)
            self.language.setItemData(self.language.count() - 1, language.english, Qt.ItemDataRole.ToolTipRole)
        index = self.language.findData(setting if setting in languages.LANGUAGES else "")
        self.language.setCurrentIndex(max(0, index))
        note = QLabel(
            self.tr(
                "Menus, panels, numbers and dates follow the interface language. "
                "Each map keeps its own language and reading direction (set them in the "
                "inspector when nothing is selected); exports use the map's."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def language_setting(self) -> str:
        return str(self.language.currentData() or "")
