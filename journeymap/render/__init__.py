"""Drawing the map with QPainter: shared by the canvas and by image export (PNG, SVG, PDF)."""

from __future__ import annotations
