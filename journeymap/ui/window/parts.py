"""The editor's parts that :meth:`MainWindow.compose <journeymap.ui.window.main_window.MainWindow.compose>`
puts into the window's frame: the document, the canvas, the panels, the actions.

Importing this module loads the model (pydantic, psygnal), the renderer and the editor's own
modules, two thirds of the start's work: the window's frame is built from Qt alone and
shows first, and this module is imported once it has (see :mod:`journeymap.app`).
"""

from __future__ import annotations

from journeymap.ui.canvas.actions import EditActions
from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document
from journeymap.ui.panels.history import HistoryPanel
from journeymap.ui.panels.inspector.panel import InspectorPanel
from journeymap.ui.panels.outline import OutlinePanel
from journeymap.ui.window.actions import WindowActions
from journeymap.ui.window.compare_action import CompareAction
from journeymap.ui.window.exchange import ExchangeActions
from journeymap.ui.window.files import FileController
from journeymap.ui.window.import_changes import ImportChangesAction
from journeymap.ui.window.present import PresentActions
from journeymap.ui.window.recovery import Autosaver
from journeymap.ui.window.zoom_field import ZoomField

__all__ = [
    "Autosaver",
    "CompareAction",
    "Document",
    "EditActions",
    "ExchangeActions",
    "FileController",
    "HistoryPanel",
    "ImportChangesAction",
    "InspectorPanel",
    "JourneyView",
    "OutlinePanel",
    "PresentActions",
    "WindowActions",
    "ZoomField",
]
