"""House rules that no linter checks: few, narrow and explained type: ignore comments, and
modules of a readable size in the pure and drawing layers."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "journeymap"
MAX_IGNORES = 10
MAX_LINES = 500
EXPLAINED = re.compile(r"type: ignore\[[a-z-]+(, *[a-z-]+)*\]\s+#\s*\S")


def _modules(*rooms: str) -> list[Path]:
    return sorted(path for room in rooms for path in (PACKAGE / room).rglob("*.py"))


def test_type_ignores_are_few_narrow_and_each_says_why() -> None:
    ignores = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in _modules(".")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line
    ]
    assert len(ignores) <= MAX_IGNORES, "\n".join(ignores)
    unexplained = [found for found in ignores if not EXPLAINED.search(found)]
    assert not unexplained, "a type: ignore needs its error code and a comment saying why:\n" + "\n".join(
        unexplained
    )


def test_model_formats_and_render_modules_stay_under_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE.parent)): count
        for path in _modules("model", "formats", "render")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
