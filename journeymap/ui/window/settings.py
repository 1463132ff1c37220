"""What the editor remembers between runs: recent files, the last map, window layout, language.

Settings live in one INI file under the user's config folder (``journeymap/journeymap.conf``,
where Qt's native Linux format would put it). The path is worked out on each use rather
than left to QSettings' process-wide default, so that tests and portable setups that
change ``XDG_CONFIG_HOME`` get their own settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

ORGANIZATION = "journeymap"
APPLICATION = "journeymap"
MAX_RECENT = 10

_RECENT = "files/recent"
_LAST = "files/last"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LANGUAGE = "ui/language"


def set_application_identity() -> None:
    """Names QSettings and QStandardPaths use for this program (call once a Q*Application exists)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def config_file() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / ORGANIZATION / f"{APPLICATION}.conf"


def data_dir() -> Path:
    """The per-user data folder (Qt's AppDataLocation for our organisation and name)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / ORGANIZATION / APPLICATION


class AppSettings:
    """Typed access to the settings file; every write is synced at once (a crash loses nothing)."""

    def __init__(self) -> None:
        self._settings = QSettings(str(config_file()), QSettings.Format.IniFormat)

    # ---- recent files ------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recent maps, newest first; files that no longer exist are dropped."""
        stored = self._settings.value(_RECENT, [])
        if isinstance(stored, str):  # QSettings gives a bare string for a one-item list
            stored = [stored]
        paths = [Path(p) for p in stored if p] if isinstance(stored, list) else []
        existing = [p for p in paths if p.is_file()]
        if existing != paths:
            self._store_recent(existing)
        return existing

    def add_recent_file(self, path: Path) -> None:
        """``path`` first in the recent files, and the last map: written with one sync (each
        sync writes the whole file and waits for the disk; opening a map paid for two)."""
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue(_RECENT, [str(p) for p in files[:MAX_RECENT]])
        self._settings.setValue(_LAST, str(path))
        self._settings.sync()

    def clear_recent_files(self) -> None:
        self._store_recent([])

    def _store_recent(self, paths: list[Path]) -> None:
        self._settings.setValue(_RECENT, [str(p) for p in paths])
        self._settings.sync()

    # ---- the last map ------------------------------------------------------------------

    def last_file(self) -> Path | None:
        value = self._settings.value(_LAST, "")
        return Path(str(value)) if value else None

    def set_last_file(self, path: Path | None) -> None:
        self._settings.setValue(_LAST, str(path) if path is not None else "")
        self._settings.sync()

    # ---- the interface language --------------------------------------------------------

    def language(self) -> str:
        """The chosen interface language ("tr"), or "" to follow the system's."""
        return str(self._settings.value(_LANGUAGE, "") or "")

    def set_language(self, code: str) -> None:
        self._settings.setValue(_LANGUAGE, code)
        self._settings.sync()

    # ---- window layout -----------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def window_state(self, *, rtl: bool = False) -> QByteArray | None:
        """The docks and toolbars as last left, for a left-to-right or a right-to-left
        interface (one is the mirror of the other, so each keeps its own)."""
        return self._bytes(_STATE + ("-rtl" if rtl else ""))

    def save_window(self, geometry: QByteArray, state: QByteArray, *, rtl: bool = False) -> None:
        self._settings.setValue(_GEOMETRY, geometry)
        self._settings.setValue(_STATE + ("-rtl" if rtl else ""), state)
        self._settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
