"""Pure file formats: each reads and/or writes a Journey. Never imports Qt."""

from __future__ import annotations

MAP_SUFFIX = ".journey"
"""The suffix of a map file, here for the window's frame and the command line, which know
it without loading the file format (:mod:`.journey_file`, pydantic)."""
