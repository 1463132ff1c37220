"""The editing canvas: the view over a JourneyScene, its gestures, keys, inline editors and actions.

The scene (journeymap.render.scene) draws; this package turns mouse and keyboard input
into edits built by journeymap.model.builders (and clipboard) and pushed on the document's undo stack.
"""

from __future__ import annotations
