"""Pure file formats: each reads and/or writes a Journey. Never imports Qt."""

from __future__ import annotations
