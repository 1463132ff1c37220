"""The fuzz suite (issue 16), bounded for CI: seeded mutants of the example map, its workbook
and its Mermaid diagram through the real command line. Every mutant ends in a result or
located problems (exit 0, 1 or 2), never an internal error, a crash or a hang, and its
input is left untouched; a mutant that validates also exports to xlsx, Mermaid and CSV.
``scripts/fuzz.py`` runs the same checks longer (docs/fuzzing.md records the counts)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fuzzing import (
    Tally,
    check_journey,
    check_mermaid,
    check_workbook,
    example_mermaid,
    example_text,
    example_workbook,
)

SEED = 16
TRIES = {"journey": 120, "workbook": 40, "mermaid": 150}


@pytest.mark.parametrize("kind", list(TRIES))
def test_mutants_end_in_a_result_or_located_problems(tmp_path: Path, kind: str) -> None:
    rng = random.Random(f"{SEED}-{kind}")
    tally = Tally()
    if kind == "journey":
        base = example_text()
        for _ in range(TRIES[kind]):
            check_journey(rng, tmp_path, tally, base)
    elif kind == "workbook":
        book = example_workbook()
        for _ in range(TRIES[kind]):
            check_workbook(rng, tmp_path, tally, book)
    else:
        diagram = example_mermaid()
        for _ in range(TRIES[kind]):
            check_mermaid(rng, tmp_path, tally, diagram)
    print(
        f"\n{kind}: {tally.tries} tries, {tally.rejected} rejected with problems, "
        f"{tally.usage} usage errors, {tally.accepted} accepted: {tally.outcomes}"
    )
    # the mutators reach both sides of the contract: some mutants are refused, some pass
    assert tally.rejected > 0 and tally.accepted > 0
