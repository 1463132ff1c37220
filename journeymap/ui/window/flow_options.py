"""View > Flows: which flows between cards the canvas draws.

All of them, only those of the selected (or hovered) cards, or none. A large map opens
with the selected cards' flows only, so that a thousand arrows do not hide the cards; a
small one with all. Flows between stages (the funnel under the headers) always show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document

LARGE_MAP_FLOWS = 300
"""A map with more flows between cards than this opens with the selected cards' flows."""


def opening_mode(card_flows: int) -> str:
    return "selected" if card_flows > LARGE_MAP_FLOWS else "all"


class FlowOptions(QObject):
    def __init__(self, document: Document, view: JourneyView, menu: QMenu) -> None:
        super().__init__(menu)
        self.document = document
        self.view = view
        self.menu = menu.addMenu(self.tr("F&lows"))
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for mode, text, tip in (
            ("all", self.tr("&All Flows"), self.tr("Draw every flow between cards")),
            (
                "selected",
                self.tr("&Selected Cards’ Flows"),
                self.tr("Draw only the flows of the selected cards"),
            ),
            ("none", self.tr("&No Flows"), self.tr("Draw no flows between cards")),
        ):
            action = self.menu.addAction(text)
            action.setObjectName(f"flows-{mode}")
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.group.addAction(action)
            self.actions[mode] = action
        document.journey_replaced.connect(self._on_opened)
        self._on_opened()

    def set_mode(self, mode: str) -> None:
        self.view.journey_scene.set_flow_mode(mode)
        self.actions[mode].setChecked(True)

    def _on_opened(self) -> None:
        journey = self.document.journey
        cards = sum(1 for f in journey.flows if journey.kind_of(f.source) != "stage")
        self.set_mode(opening_mode(cards))
