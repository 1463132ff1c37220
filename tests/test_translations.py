"""The catalogues' quality: complete, in step with the code, no English left, the same
placeholders and accelerators as the source, every plural form; the Excel names they give
are valid and read back unambiguously. Plain pytest over the .ts files (no Qt)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from journeymap.formats import excel_schema
from journeymap.util import catalogue, i18n, languages
from journeymap.util.catalogue import Message

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = languages.TRANSLATED

PLACEHOLDER = re.compile(
    r"\{[a-z_]*(?:![rs])?(?::[^{}]*)?\}|%L?n|%\d|%\([a-z_]+\)[sr]|%[sr]|\[\*\]|</?(?:h\d|p|b|i|br)>|\n"
)
FIELD = re.compile(r"\{[a-z_]*(?:![rs])?(?::[^{}]*)?\}")
COUNT = re.compile(r"%L?n")
PROPER = re.compile(
    r"journeymap [a-z-]+|journeymap|Mermaid|Excel|LibreOffice|PNG|SVG|PDF|CSV|JSON|JPEG|GIF|WebP|XML|UTF-8|base64|zip|DOCTYPE|"
    r"accDescr|journey|Ctrl|Shift|Enter|Esc|NPS|CSAT|CES|FILE|OUT|IN|FLOW|SHARE|A[0-4]|fit|id|repeat_rate|"
    r"\.journey|\.xlsx|\.mmd|--[a-z-]+|\*\.[a-z]+|SEO|PPC|AI|Web|task name|score|actor"
)
SAME_ON_PURPOSE = {
    "tr": {"Persona", "persona", "Web", "web"},
    "pl": {"Persona", "persona", "Status", "status", "element", "argument %(argument_name)s: %(message)s", " min"},
    "ar": set(),
}
"""Words that are the same in the language as in English: Turkish and Polish CX teams say
"persona"; "Web" is the channel's name in Turkish; Polish writes "status", "element",
"argument" and "min" (minutes)."""


def _scripts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _messages(code: str) -> list[Message]:
    return list(catalogue.read_messages(i18n.catalogue_path(code)))


@pytest.fixture(scope="module")
def scripts() -> ModuleType:
    return _scripts()


def test_the_catalogues_are_in_step_with_the_code_and_the_qm_files_current(scripts: ModuleType) -> None:
    """Every text the code translates is in every catalogue, and nothing the code lost; the
    shipped .qm files are what pyside6-lrelease makes of the .ts files."""
    assert list(scripts.stale(languages.LANGUAGES)) == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_no_entry_is_unfinished(code: str) -> None:
    unfinished = [f"{m.context}: {m.source!r}" for m in _messages(code) if not m.finished]
    assert unfinished == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_every_plural_message_has_every_form_of_the_language(code: str) -> None:
    forms = languages.LANGUAGES[code].forms
    wrong = [m.source for m in _messages(code) if m.numerus and len(m.forms) != forms]
    assert wrong == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_translations_keep_the_placeholders_of_their_source(code: str) -> None:
    """{fields}, %1, argparse's %(name)s, markup and line breaks survive translation; a
    plural form may leave out the count where its words say it ("two cells")."""
    wrong = []
    for message in _messages(code):
        wanted = Counter(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            found = Counter(token for token in PLACEHOLDER.findall(form) if token in wanted or FIELD.fullmatch(token))
            if message.numerus:  # a form may say its count in words
                wanted = Counter({k: v for k, v in wanted.items() if not COUNT.fullmatch(k)})
                found = Counter({k: v for k, v in found.items() if not COUNT.fullmatch(k)})
            if found != wanted:
                wrong.append(f"{message.context}: {message.source!r} -> {form!r}")
    assert wrong == []


def _letters_left(text: str) -> str:
    return re.sub(r"[^\w]|\d|_", "", PROPER.sub("", PLACEHOLDER.sub("", text)))


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_is_left_in_a_translated_catalogue(code: str) -> None:
    """A translation equal to its source is English left behind, unless the text holds only
    placeholders, proper names and units, or the word is the same in the language."""
    left = [
        f"{m.context}: {m.source!r}"
        for m in _messages(code)
        for form in m.forms
        if form == m.source and _letters_left(m.source) and m.source not in SAME_ON_PURPOSE[code]
    ]
    assert left == []


def test_arabic_translations_are_written_in_arabic() -> None:
    latin_only = [
        f"{m.context}: {form!r}"
        for m in _messages("ar")
        for form in m.forms
        if _letters_left(m.source) and not re.search(r"[\u0600-\u06ff]", form)
    ]
    assert latin_only == []


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_accelerators_are_kept(code: str) -> None:
    """A menu text with an accelerator keeps exactly one, and a text without gets none
    (uniqueness within each menu is checked on the real menus, in tests/ui)."""

    def marks(text: str) -> int:
        return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))

    wrong = [
        f"{m.context}: {m.source!r} -> {form!r}"
        for m in _messages(code)
        for form in m.forms
        if "<" not in m.source and marks(form) != marks(m.source)
    ]
    assert wrong == []


# ---- what the catalogues make of an Excel workbook --------------------------------------------


SHEET_TITLES = [spec.title for spec in excel_schema.SHEETS] + [
    excel_schema.JOURNEY_SHEET,
    excel_schema.MAP_SHEET,
    excel_schema.FUNNEL_SHEET,
    excel_schema.LANE_TEXTS_SHEET,
    excel_schema.PHOTOS_SHEET,
]


@pytest.mark.parametrize("code", languages.LANGUAGES)
def test_sheet_names_are_valid_and_distinct_in_every_language(code: str) -> None:
    with i18n.language(code):
        names = [i18n.tr(title) for title in SHEET_TITLES]
    assert all(0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) for name in names), names
    assert len({excel_schema.header_key(name) for name in names}) == len(names)


def test_every_header_and_field_name_is_marked_for_the_catalogues() -> None:
    headers = {c.header for spec in excel_schema.SHEETS for c in spec.columns}
    headers |= {c.header for c in excel_schema.LANE_TEXT_COLUMNS} | set(excel_schema.INFO_FIELDS)
    assert headers <= set(excel_schema.HEADER_WORDS)


@pytest.mark.parametrize("spec", excel_schema.SHEETS, ids=lambda spec: spec.kind)
def test_a_header_in_any_language_names_one_field(spec: excel_schema.SheetSpec) -> None:
    """Import finds columns by header in every language at once: no spelling may name two."""
    owner: dict[str, str] = {}
    for column in spec.columns:
        for spelled in excel_schema.names_of(column.header):
            assert owner.setdefault(spelled, column.field) == column.field, (spelled, column.field)


# ---- words the code looks up at run time -----------------------------------------------------


def _sources(code: str, context: str = i18n.CONTEXT) -> set[str]:
    return {m.source for m in _messages(code) if m.context == context}


def test_every_word_the_code_looks_up_at_run_time_is_in_the_catalogues() -> None:
    """Kinds, field names, lane kinds, channels, statuses, note kinds and problem kinds are translated as
    ``tr(value.replace("_", " "))``; the metric presets by name, unit and description."""
    from journeymap.model import elements, metric_presets
    from journeymap.model.analysis.structure import PROBLEM_KINDS

    words = {record.KIND.replace("_", " ") for record in elements.RECORD_TYPES}
    words |= {name.replace("_", " ") for record in elements.RECORD_TYPES for name in record.model_fields}
    words |= {name.replace("_", " ") for name in elements.COLLECTION.values()}
    for enum in (elements.LaneKind, elements.Channel, elements.OpportunityStatus, elements.Evidence, elements.NoteKind):
        words |= {value.replace("_", " ") for value in enum}
    words |= {kind.replace("_", " ") for kind in PROBLEM_KINDS}
    for preset in metric_presets.PRESETS:
        words |= {preset.name, preset.description}
        words |= {preset.unit} if re.search(r"[A-Za-z£]", preset.unit) else set()
    for code in TRANSLATED:
        assert words - _sources(code) == set(), code


def test_every_widget_text_is_filed_where_qt_looks_it_up(scripts: ModuleType) -> None:
    """``tr = self.tr`` or ``panel.tr(…)`` outside a class file a text under a context Qt
    never asks for (a variable's name, or none): its translation would never show."""
    assert scripts.misplaced_contexts() == []
