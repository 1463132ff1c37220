"""File > Import / Export and Copy as Image in the editor, driven through the real menu actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog

from journeymap.exchange import ImageOptions, format_of
from journeymap.formats import journey_file
from journeymap.ui.dialogs import messages
from journeymap.ui.window import exchange
from tests.ui.window_fixtures import answer_next_dialog, sample_data, sample_journey, shown_window


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_export_to_excel_then_import_gives_the_same_map(window, tmp_path, monkeypatch):
    book = tmp_path / "shop.xlsx"
    choose_file(monkeypatch, book)
    window.exchange.export_excel.trigger()
    assert book.read_bytes().startswith(b"PK")
    before = window.document.journey.snapshot()
    window.files.adopt(sample_journey("Something else"), None, None)
    window.exchange.import_action.trigger()
    assert window.document.journey.snapshot() == before
    assert window.document.path is None  # Save asks where, never over the workbook
    assert not window.document.undo_stack.canUndo()


def test_export_mermaid_and_csv(window, tmp_path, monkeypatch):
    mermaid = tmp_path / "shop.mmd"
    choose_file(monkeypatch, mermaid)
    window.exchange.export_mermaid.trigger()
    assert mermaid.read_text(encoding="utf-8").startswith("journey")
    table = tmp_path / "shop.csv"
    choose_file(monkeypatch, table)
    window.exchange.export_csv.trigger()
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Checkout page" in table.read_text(encoding="utf-8-sig")


def test_image_export_asks_for_options(window, tmp_path, monkeypatch):
    picture = tmp_path / "shop.png"
    choose_file(monkeypatch, picture)
    seen: list[QDialog] = []
    answer_next_dialog(lambda d: d.accept(), seen=seen)
    window.exchange.export_image.trigger()
    assert isinstance(seen[0], exchange.ImageOptionsDialog)
    assert picture.read_bytes().startswith(b"\x89PNG")


def test_import_of_a_bad_workbook_keeps_the_map_and_lists_problems(window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a zip file")
    shown: list[list[str]] = []
    monkeypatch.setattr(
        messages, "show_problems", lambda parent, title, problems, path=None: shown.append(problems)
    )
    before = window.document.journey.snapshot()
    assert not window.exchange.import_path(bad)
    assert shown and shown[0]
    assert window.document.journey.snapshot() == before
    assert bad.read_bytes() == b"this is not a zip file"


def test_import_mermaid_replaces_the_map(window, tmp_path):
    source = tmp_path / "signup.mmd"
    source.write_text(
        "journey\n  title Sign-up\n  section Discover\n    Find the site: 4: Ana\n", encoding="utf-8"
    )
    assert window.exchange.import_path(source)
    journey = window.document.journey
    assert journey.info.title == "Sign-up"
    assert [t.title for t in journey.touchpoints] == ["Find the site"]
    assert [p.name for p in journey.personas] == ["Ana"]


def test_export_through_the_persona_lens(window, tmp_path):
    window.actions_.lens.setCurrentIndex(window.actions_.lens.findData("bo"))
    out = tmp_path / "bo.csv"
    assert window.exchange.export_to(out)
    text = out.read_text(encoding="utf-8-sig")
    assert "Checkout page" not in text  # Ana only
    assert "Search ad" in text


def test_failed_export_says_why_and_writes_nothing(window, tmp_path, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: errors.append(text))
    out = tmp_path / "missing-folder" / "map.xlsx"
    assert not window.exchange.export_to(out)
    assert errors and "map.xlsx" in errors[0]
    assert not out.parent.exists()


def test_copy_as_image_puts_the_selection_on_the_clipboard(window):
    window.document.selection.set(["cart"])
    assert window.exchange.copy_as_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 50


def test_export_does_not_touch_the_journey_file(window, tmp_path):
    path = tmp_path / "shop.journey"
    journey_file.save(sample_data(), path, backup=False)
    window.files.open_path(path, ask=False)
    before = path.read_bytes()
    assert window.exchange.export_to(tmp_path / "shop.xlsx")
    assert path.read_bytes() == before
    assert not window.document.modified


def test_a_tiled_poster_can_be_cancelled_from_its_progress_dialog(window, tmp_path, monkeypatch):
    poster = tmp_path / "poster.pdf"
    options = ImageOptions(page_size="A4", tile=True)
    assert window.exchange.export_to(poster, options)
    assert poster.read_bytes().startswith(b"%PDF")
    cancelled = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)  # the user pressed Cancel
    assert not window.exchange.export_to(cancelled, options)
    assert not cancelled.exists()


@pytest.mark.parametrize(
    ("suffix", "shown"),
    [
        (".png", {"scale", "transparent", "frame", "selection_only"}),
        (".svg", {"frame", "selection_only"}),
        (".pdf", {"page_size", "tile", "selection_only"}),
    ],
)
def test_the_image_dialog_offers_what_the_format_uses(window, qtbot, suffix, shown):
    window.document.selection.set(["cart"])
    dialog = exchange.ImageOptionsDialog(format_of(f"m{suffix}"), selection=["cart"])
    qtbot.addWidget(dialog)
    form = dialog.layout()
    widgets = {form.itemAt(i).widget() for i in range(form.count())}
    names = {"scale", "transparent", "frame", "page_size", "tile", "selection_only"}
    assert {n for n in names if getattr(dialog, n) in widgets} == shown
    dialog.selection_only.setChecked(True)
    assert dialog.options().selection == ("cart",)


def test_a_picture_export_uses_the_lens_and_the_chosen_selection(window, tmp_path, monkeypatch):
    heard: list = []
    monkeypatch.setattr(
        "journeymap.exchange.export", lambda journey, out, options, progress: heard.append(options)
    )
    window.document.set_lens("ana")
    window.document.selection.set(["cart"])
    assert window.exchange.export_to(tmp_path / "m.png", ImageOptions(scale=3, selection=("cart",)))
    assert heard == [ImageOptions(persona="ana", scale=3, selection=("cart",))]


def test_a_slide_shaped_picture_is_of_the_whole_map(window, qtbot):
    dialog = exchange.ImageOptionsDialog(format_of("m.png"), selection=["cart"])
    qtbot.addWidget(dialog)
    dialog.selection_only.setChecked(True)
    dialog.frame.setCurrentIndex(dialog.frame.findData("16:9"))
    assert not dialog.selection_only.isEnabled() and not dialog.selection_only.isChecked()
    assert dialog.options().frame == "16:9" and dialog.options().selection == ()
    dialog.frame.setCurrentIndex(0)
    assert dialog.selection_only.isEnabled() and dialog.options().frame is None


def test_slides_for_a_workshop_are_exported_without_questions(window, tmp_path, monkeypatch):
    deck = tmp_path / "workshop.pptx"
    choose_file(monkeypatch, deck)
    asked: list[object] = []
    monkeypatch.setattr(exchange.ImageOptionsDialog, "exec", lambda self: asked.append(self) or 0)
    window.exchange.export_slides.trigger()
    assert deck.read_bytes().startswith(b"PK") and not asked  # a deck has no options to ask for
    assert window.exchange.export_slides in window.export_menu.actions()
    assert window.exchange.export_handout in window.export_menu.actions()


def test_the_handout_is_a_pdf_whatever_suffix_was_typed(window, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "handout.png")
    window.exchange.export_handout.trigger()
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "handout.png").exists()


def test_the_progress_dialog_goes_away_when_the_slides_are_written(window, qtbot, tmp_path, monkeypatch):
    """Found exporting slides in a real window: the dialog stayed on screen, modal, saying
    "Exporting shop.pptx: done" over an empty bar, until Cancel was pressed."""
    made: list[QProgressDialog] = []

    def at_once(parent, text, cancel):  # shown from the first report, as a slow export's is
        dialog = QProgressDialog(text, cancel, 0, 1, parent)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        made.append(dialog)
        return dialog

    monkeypatch.setattr(exchange, "progress_dialog", at_once)
    slides = tmp_path / "shop.pptx"
    choose_file(monkeypatch, slides)
    window.exchange.export_slides.trigger()
    assert slides.read_bytes().startswith(b"PK")
    assert len(made) == 1
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QProgressDialog) if d.isVisible()])
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
