"""The translation helper outside widgets: catalogues read without Qt, plurals, a map's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.util import catalogue, i18n
from journeymap.util.i18n import tr

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_US">
<context>
    <name>journeymap</name>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a state</comment>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished">jeszcze nie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln punkt styku</numerusform>
            <numerusform>%Ln punkty styku</numerusform>
            <numerusform>%Ln punktów styku</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journeymap_pl.ts"
    path.write_text(CATALOGUE, encoding="utf-8")
    real = i18n.catalogue_path
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: path if code == "pl" else real(code))
    catalogue.load.cache_clear()
    i18n.set_language("pl")
    yield
    i18n.set_language("en")
    catalogue.load.cache_clear()


def test_text_is_english_until_a_language_is_set() -> None:
    assert i18n.interface_language() == "en"
    assert tr("Pain points") == "Pain points"


@pytest.mark.usefixtures("polish")
def test_finished_translations_are_used_and_unfinished_ones_fall_back_to_english() -> None:
    assert tr("Pain points") == "Problemy"
    assert tr("not yet") == "not yet"
    assert tr("never extracted") == "never extracted"


@pytest.mark.usefixtures("polish")
def test_a_disambiguation_picks_its_own_translation_and_falls_back_without() -> None:
    assert tr("Open", "a state") == "Otwarty"
    assert tr("Open") == "Otwórz"
    assert tr("Open", "a verb") == "Otwórz"


@pytest.mark.usefixtures("polish")
def test_plural_forms_follow_the_polish_rule_and_group_digits() -> None:
    texts = {n: tr("%Ln touchpoints", "", n) for n in (1, 2, 5, 12, 22, 25, 12345)}
    assert texts == {
        1: "1 punkt styku",
        2: "2 punkty styku",
        5: "5 punktów styku",
        12: "12 punktów styku",
        22: "22 punkty styku",
        25: "25 punktów styku",
        12345: "12\u00a0345 punktów styku",
    }


@pytest.mark.usefixtures("polish")
def test_a_language_block_speaks_the_maps_language_then_returns_to_the_interfaces() -> None:
    with i18n.language("en"):
        assert tr("Pain points") == "Pain points"
        assert i18n.number(1234.5, 1) == "1,234.5"
    assert tr("Pain points") == "Problemy"
    assert i18n.number(1234.5, 1) == "1234,5"


def test_numbers_and_percentages_in_each_language() -> None:
    expected = {"en": ("12,345.5", "25%"), "tr": ("12.345,5", "%25"), "pl": ("12\u00a0345,5", "25%")}
    for code, (number, share) in expected.items():
        with i18n.language(code):
            assert (i18n.number(12345.5, 1), i18n.percent(0.25)) == (number, share)
    with i18n.language("ar"):
        assert i18n.number(12345.5, 1) == "١٢٬٣٤٥٫٥"
        assert i18n.parse("١٢٬٣٤٥٫٥") == 12345.5


def test_the_pseudo_language_accents_and_lengthens_but_keeps_placeholders() -> None:
    with i18n.language("qps"):
        text = tr("{name} has &Open %Ln items", "", 3)
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "{name}" in text and "&" in text and "3" in text
    assert "Open" not in text
    assert len(text) >= len("{name} has &Open 3 items") * 1.3


def test_the_usual_file_errors_are_said_in_the_language_and_english_keeps_the_systems_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import errno

    try:
        (tmp_path / "gone.journey").read_bytes()
    except OSError as caught:
        missing = caught
    assert i18n.os_reason(missing) == missing.strerror  # English: the system's own words
    with i18n.language("pl"):
        assert i18n.os_reason(missing) == "nie ma takiego pliku ani folderu"
    with i18n.language("ar"):
        assert i18n.os_reason(OSError(errno.EACCES, "Permission denied")) == "الإذن مرفوض"
        assert i18n.os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
