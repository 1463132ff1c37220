"""The Qt editor: document, undo commands, canvas view, panels and the main window."""

from __future__ import annotations
