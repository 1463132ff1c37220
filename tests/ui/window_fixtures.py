"""A small but complete map and helpers shared by the window, inspector, outline and file tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Comment,
    Flow,
    JourneyInfo,
    Lane,
    Metric,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey


def sample_data(title: str = "Shop journey") -> JourneyData:
    return JourneyData(
        journey=JourneyInfo(title=title, description="Buying shoes online"),
        stages=(Stage(id="aware", name="Awareness"), Stage(id="buy", name="Purchase")),
        lanes=(
            Lane(id="web", name="Web", channel="web"),
            Lane(id="mail", name="Email", channel="email"),
            Lane(id="think", name="Thinking", kind="text", cells={"aware": "Do I need it?"}),
            Lane(id="feel", name="Emotion", kind="emotion"),
        ),
        personas=(Persona(id="ana", name="Ana"), Persona(id="bo", name="Bo")),
        touchpoints=(
            Touchpoint(id="ad", stage="aware", lane="web", title="Search ad", emotion=1),
            Touchpoint(id="cart", stage="buy", lane="web", title="Checkout page", personas=("ana",)),
            Touchpoint(id="receipt", stage="buy", lane="mail", title="Receipt email"),
        ),
        pain_points=(PainPoint(id="slow", stage="buy", title="Slow checkout", touchpoints=("cart",)),),
        opportunities=(
            Opportunity(id="oneclick", stage="buy", title="One-click pay", pain_points=("slow",)),
        ),
        metrics=(Metric(id="conv", name="Conversion", attached_to="buy", value=0.3, target=0.4),),
        flows=(Flow(id="f1", source="ad", target="cart", share=0.2),),
        comments=(Comment(id="c1", attached_to="cart", text="Check with the team"),),
    )


def sample_journey(title: str = "Shop journey") -> Journey:
    return Journey(sample_data(title))


def write_sample(path: Path, title: str = "Shop journey") -> Path:
    journey_file.save(sample_data(title), path, backup=False)
    return path


def answer_next_dialog(answer: Callable[[QDialog], None], *, seen: list[QDialog] | None = None) -> None:
    """Answer the next modal dialog as soon as it shows (polls; never blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            if seen is not None:
                seen.append(dialog)
            answer(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click_button(text: str) -> Callable[[QDialog], None]:
    """An answer that clicks the message-box button whose text is ``text`` (ignoring '&')."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox), dialog
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.buttons()]}")

    return answer


def new_window(qtbot: Any, *, size: tuple[int, int] | None = None) -> Any:
    """A main window as it starts (its own first map), ``size`` big if given, shown, closed
    at teardown without asking to save."""
    from journeymap.ui.window.main_window import MainWindow
    from journeymap.ui.window.settings import set_application_identity

    set_application_identity()
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_window(qtbot: Any, *, size: tuple[int, int] | None = None, journey: Journey | None = None) -> Any:
    """:func:`new_window` on the sample map (or ``journey``)."""
    window = new_window(qtbot, size=size)
    window.files.adopt(journey if journey is not None else sample_journey(), None, None)
    return window
