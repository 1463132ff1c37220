"""The pure domain model: records, the Journey aggregate, operations, the edits built from
them (cascades, builders, clipboard, cells) and read-only analysis.

Never imports Qt (checked by import-linter and by a test run without pytest-qt).
"""

from __future__ import annotations
