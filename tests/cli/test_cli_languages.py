"""The command line speaks the locale's language (LANG, LC_MESSAGES, LC_ALL), English otherwise,
without loading Qt; ``new`` and ``templates`` take ``--language``; exports speak the map's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from journeymap.cli import EXIT_OK, EXIT_USAGE, main
from journeymap.formats import journey_file
from journeymap.util import i18n


def _run(*args: str, lang: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, check=False, env=env, cwd=cwd
    )


@pytest.fixture(autouse=True)
def _english_after() -> None:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("lang", "usage", "words"),
    [
        ("tr_TR.UTF-8", "kullanım:", "Müşteri yolculuğu haritaları çizin"),
        ("pl_PL.UTF-8", "użycie:", "Rysuj mapy podróży klienta"),
        ("ar_EG.UTF-8", "الاستخدام:", "ارسم خرائط رحلة العميل"),
        ("de_DE.UTF-8", "usage:", "Draw customer journey maps"),
        ("C", "usage:", "Draw customer journey maps"),
    ],
)
def test_help_is_in_the_locales_language(lang: str, usage: str, words: str) -> None:
    result = _run("--help", lang=lang)
    assert result.returncode == 0
    assert result.stdout.startswith(usage) and words in result.stdout


def test_errors_and_argparse_words_follow_the_locale(tmp_path: Path) -> None:
    result = _run("new", "--template", "nope", str(tmp_path / "x.journey"), lang="pl_PL.UTF-8")
    assert result.returncode == EXIT_USAGE
    assert "brak szablonu 'nope'" in result.stderr
    result = _run("new", lang="tr_TR.UTF-8")
    assert result.returncode == EXIT_USAGE
    assert "şu bağımsız değişkenler gerekli: OUT.journey" in result.stderr and "hata:" in result.stderr


def test_lc_all_wins_over_lang() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="en_US.UTF-8", LC_MESSAGES="pl_PL.UTF-8", LC_ALL="tr_TR.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "journeymap", "templates"], capture_output=True, text=True, check=False, env=env
    )
    assert "Müşteri yaşam döngüsü" in result.stdout


def test_the_command_line_speaks_its_language_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from journeymap.cli import main; "
        f"assert main(['new', '--template', 'customer-lifecycle', {str(tmp_path / 'm.journey')!r}]) == 0; "
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt was loaded'"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env={**env, "LANG": "ar_EG.UTF-8"}
    )
    assert result.returncode == 0, result.stderr
    assert "أُنشئ" in result.stdout
    assert journey_file.load_data(tmp_path / "m.journey").journey.language == "ar"  # the locale's templates


@pytest.mark.parametrize(
    ("language", "first_stage", "direction"),
    [("tr", "Farkındalık", "ltr"), ("pl", "Świadomość", "ltr"), ("ar", "الوعي", "rtl"), ("en", "Awareness", "ltr")],
)
def test_new_with_a_language(tmp_path: Path, language: str, first_stage: str, direction: str) -> None:
    out = tmp_path / "m.journey"
    assert main(["new", "--template", "customer-lifecycle", "--language", language, str(out)]) == EXIT_OK
    data = journey_file.load_data(out)
    assert (data.journey.language, data.journey.direction, data.stages[0].name) == (language, direction, first_stage)
    assert data.journey.created is not None


def test_templates_lists_titles_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "--language", "pl"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Marketing cyklu życia klienta" in out and "Cyfrowa podróż klienta" in out


def test_an_export_speaks_the_maps_language_whatever_the_terminal_speaks(tmp_path: Path) -> None:
    source = tmp_path / "m.journey"
    assert main(["new", "--template", "digital-journey", "--language", "ar", str(source)]) == EXIT_OK
    result = _run("export", str(source), str(tmp_path / "m.xlsx"), lang="tr_TR.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "yazıldı" in result.stdout  # the terminal's language
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    assert book.sheetnames[:3] == ["الخريطة", "القمع", "الرحلة"]  # the map's
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)


def test_show_and_diff_name_the_fields_in_the_locales_language(tmp_path: Path) -> None:
    """The words for a map's fields (the workbook's column words) are the locale's too:
    ``show`` and ``diff`` (and the editor's Compare With…, which writes the same lines)."""
    before, after = tmp_path / "a.journey", tmp_path / "b.journey"
    assert main(["new", "--template", "customer-lifecycle", "--language", "en", str(before)]) == EXIT_OK
    data = journey_file.load_data(before)
    stage = data.stages[0].model_copy(update={"description": "Changed."})
    journey_file.save(data.model_copy(update={"stages": (stage, *data.stages[1:])}), after)
    shown = _run("show", str(before), lang="pl_PL.UTF-8").stdout
    assert "  opis: " in shown and "  description: " not in shown and "  cel: " in shown
    changed = _run("diff", str(before), str(after), lang="tr_TR.UTF-8").stdout
    assert "açıklama" in changed and "description" not in changed
    assert "  description: " in _run("show", str(before), lang="C").stdout
