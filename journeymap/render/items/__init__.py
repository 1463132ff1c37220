"""Scene items, one class per element kind plus headers, cells, flows and the emotion curve."""

from __future__ import annotations
