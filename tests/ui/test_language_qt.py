"""The editor's Qt side of the languages agrees with the pure side the command line uses:
the shipped .qm files say what the .ts files say (plural forms included), QLocale writes and
reads numbers as util.languages does, and every text of every catalogue has real glyphs in
the fonts the program draws with, Arabic shaped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QRawFont, QTextLayout

from journeymap.render.theme import FONT_FAMILIES
from journeymap.ui.language import apply_language, read_number, write_number
from journeymap.util import catalogue, i18n, languages, paths

COUNTS = [*range(0, 30), 99, 100, 101, 102, 103, 111, 112, 122, 1000, 1001, 12345]


@pytest.fixture(autouse=True)
def _english_after(qapp: QGuiApplication):
    yield
    apply_language("en")


@pytest.mark.parametrize("code", languages.LANGUAGES)
def test_the_qm_files_say_what_the_catalogues_say(code: str, qapp: QGuiApplication) -> None:
    """The editor (QTranslator over .qm) and the command line (util.catalogue over .ts)
    give every text, and every plural form for counts up to 12,345, the same translation."""
    translator = QTranslator()
    assert translator.load(str(paths.resource("translations", f"journeymap_{code}.qm")))
    pure = catalogue.load(i18n.catalogue_path(code), languages.LANGUAGES[code])
    disagree = []
    for message in catalogue.read_messages(i18n.catalogue_path(code)):
        counts = COUNTS if message.numerus else [-1]
        for n in counts:
            qt = translator.translate(message.context, message.source, message.comment or None, n)
            mine = pure.translate(message.context, message.source, message.comment, n)
            if qt != mine:
                disagree.append((message.source, n, qt, mine))
    assert disagree == []


@pytest.mark.parametrize("code", languages.LANGUAGES)
def test_numbers_follow_qlocale(code: str, qapp: QGuiApplication) -> None:
    """util.languages's conventions are QLocale's: one truth for the CLI and the editor."""
    apply_language(code)
    locale = QLocale()
    for value, decimals in [(1234567.5, 1), (1234.0, 0), (12345.0, 0), (0.25, 2), (-3.5, 1), (7.0, 0)]:
        assert i18n.number(value, decimals) == locale.toString(value, "f", decimals)
    assert read_number(write_number(1234.5)) == 1234.5
    assert read_number(locale.toString(-1234567.25, "f", 2)) == -1234567.25


def test_typed_numbers_in_turkish_and_polish(qapp: QGuiApplication) -> None:
    apply_language("tr")
    assert (read_number("1.234,5"), read_number("2,5"), read_number("2.5")) == (1234.5, 2.5, None)
    assert write_number(2.5) == "2,5"
    apply_language("pl")
    assert (read_number("1 234,5"), read_number("2,5"), read_number("2.5")) == (1234.5, 2.5, 2.5)


# ---- fonts ----------------------------------------------------------------------------------


def _families(qapp: QGuiApplication) -> list[str]:
    """The fonts the program draws with: the interface's and the map's (render/theme.py)."""
    return [QGuiApplication.font().family(), *FONT_FAMILIES]


def _covered(char: str, fonts: list[QFontMetrics]) -> bool:
    return char.isspace() or any(metrics.inFontUcs4(ord(char)) for metrics in fonts)


def test_the_fonts_are_installed(qapp: QGuiApplication) -> None:
    """scripts/bootstrap installs Noto (Latin, Arabic): the map's first fonts must be there."""
    families = set(QFontDatabase.families())
    assert {"Noto Sans", "Noto Sans Arabic"} <= families


@pytest.mark.parametrize("code", [*languages.TRANSLATED, "en"])
def test_every_text_of_every_catalogue_has_real_glyphs(code: str, qapp: QGuiApplication) -> None:
    """No character of any translation falls back to a missing-glyph box in the fonts the
    program uses (the interface font, then the map's families)."""
    fonts = [QFontMetrics(QFont(family)) for family in _families(qapp)]
    found = {family for family in _families(qapp) if family in QFontDatabase.families()}
    assert found, "none of the program's fonts is installed"
    missing = {
        f"U+{ord(char):04X} {char!r} in {message.source!r}"
        for message in catalogue.read_messages(i18n.catalogue_path(code))
        for form in message.forms
        for char in form
        if not _covered(char, fonts)
    }
    assert missing == set()


def test_arabic_is_shaped(qapp: QGuiApplication) -> None:
    """Arabic letters join: a letter inside a word gets another glyph than alone (the
    shaper, not a row of isolated letters); "لا" becomes one ligature."""
    font = QFont("Noto Sans Arabic")
    raw = QRawFont.fromFont(font)
    alone = raw.glyphIndexesForString("ش")[0]
    layout = QTextLayout("الشراء", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert alone not in glyphs and len(glyphs) == len("الشراء")
    ligature = QTextLayout("لا", font)
    ligature.beginLayout()
    ligature.createLine()
    ligature.endLayout()
    assert sum(len(run.glyphIndexes()) for run in ligature.glyphRuns()) == 1


def test_qt_ships_its_own_strings_in_every_language(qapp: QGuiApplication) -> None:
    """The standard dialogs' buttons (OK, Cancel, Save…) come from Qt's own catalogues."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in languages.TRANSLATED:
        assert QTranslator().load(f"qtbase_{code}", folder), code
