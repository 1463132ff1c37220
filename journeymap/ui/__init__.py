"""The Qt editor, in rooms: window/ composes canvas/, panels/ and dialogs/, which share the
document (journey, undo stack, selection, persona lens), its commands and the signal relay.
"""

from __future__ import annotations
