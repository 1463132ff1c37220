"""The interface language: Qt's translators, QLocale, the layout direction and i18n, switched together.

One call, :func:`apply_language`, makes the whole program speak a language: our catalogue
and Qt's own (the buttons of standard dialogs, a text field's context menu) are installed,
``QLocale.setDefault`` makes every ``QLocale()`` format numbers and dates the language's
way, the application's layout direction mirrors docks, toolbars, dialogs and forms for
Arabic, and :mod:`journeymap.util.i18n` speaks it for the text outside widgets (the canvas's
words, model messages). The map's own reading direction is the map's business
(``info.direction``): a Turkish interface shows an Arabic map right to left, and an Arabic
interface a Turkish map left to right.

The setting is "" for the system's language (the first of the system's preferred
languages journeymap speaks, else English) or a language code; the pseudo-language
(:data:`~journeymap.util.languages.PSEUDO`) is for testing layouts.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from journeymap.util import i18n, languages, numbers, paths, pseudo
from journeymap.util.languages import PSEUDO, SOURCE

_installed: list[QTranslator] = []


class PseudoTranslator(QTranslator):
    """Every text in the pseudo-language (see :mod:`journeymap.util.pseudo`)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo.pseudo(source)

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """The first of the system's preferred languages journeymap speaks, else English."""
    for tag in QLocale.system().uiLanguages():
        code = languages.supported(tag)
        if code is not None:
            return code
    return SOURCE


def resolve(setting: str) -> str:
    """The language a setting means: "" is the system's."""
    if setting == PSEUDO:
        return PSEUDO
    return languages.supported(setting) or system_language()


def apply_language(code: str, app: QCoreApplication | None = None) -> str:
    """Make the program speak ``code`` from now on; returns the language applied.

    Windows already open keep their texts until they are rebuilt (MainWindow.retranslate).
    """
    app = app or QCoreApplication.instance()
    code = code if code == PSEUDO else languages.language(code).code
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in _translators(code, app):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    conventions = languages.language(SOURCE if code == PSEUDO else code)
    QLocale.setDefault(QLocale(conventions.locale))
    if isinstance(app, QGuiApplication):
        rtl = conventions.rtl and code != PSEUDO
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    i18n.set_language(code)
    return code


def _translators(code: str, parent: QObject | None) -> list[QTranslator]:
    if code == PSEUDO:
        return [PseudoTranslator(parent)]
    found = []
    sources = [(f"journeymap_{code}", str(paths.resource("translations")))]
    if code != SOURCE:
        sources.append((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(parent)
        if translator.load(name, folder):
            found.append(translator)
    return found


def current_language() -> str:
    return i18n.interface_language()


# ---- numbers and dates a person types and reads ----------------------------------------------


def local_date_time(moment: datetime) -> str:
    """A date and time as the interface language writes it, in the local time zone
    (5.03.2024 14:30 in Turkish); a moment without a zone is taken as local already."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def read_number(text: str) -> float | None:
    """A number typed in the interface language (Turkish "1.234,5", Arabic "١٬٢٣٤٫٥"), else None."""
    locale = QLocale()
    return numbers.parse_number(text, decimal=locale.decimalPoint(), group=locale.groupSeparator())


def read_share(text: str) -> float | None:
    """A share typed in the interface language ("40%", "%40", "0,4"), 0 to 1, else None."""
    locale = QLocale()
    return numbers.share_number(text, decimal=locale.decimalPoint(), group=locale.groupSeparator())


def write_share(value: float) -> str:
    """A share as the interface language writes a percentage, as precise as it was typed."""
    return i18n.conventions().percent.format(write_number(round(value * 100, 4)))


def write_number(value: float) -> str:
    """``value`` as the interface language writes it, with as many decimals as it needs."""
    if isinstance(value, int) or value.is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
