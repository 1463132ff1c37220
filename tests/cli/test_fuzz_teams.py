"""The fuzz contract (issue 16, tests/fuzzing.py) for the teams' commands: ``diff``, ``show``
(also as git's textconv) and ``merge`` of seeded mutants of the example map end in a result
or located problems (exit 0, 1 or 2), never an internal error, a crash or a hang, never a
message line over 1,000 characters, and leave their inputs untouched."""

from __future__ import annotations

import random
from pathlib import Path

from journeymap.util.paths import example_map
from tests.fuzzing import Tally, example_text, journey_mutant, run_command

SEED = 13
TRIES = 60


def test_mutants_through_diff_show_and_merge(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    base, example = example_text(), example_map()
    tally = Tally()
    mutant, out = tmp_path / "mutant.journey", tmp_path / "merged.journey"
    for _ in range(TRIES):
        mutant.write_bytes(journey_mutant(rng, base))
        for what, args in (
            ("diff", ["diff", str(example), str(mutant)]),
            ("show", ["show", str(mutant)]),
            ("textconv", ["show", "--textconv", str(mutant)]),
            ("merge", ["merge", str(example), str(example), str(mutant), "-o", str(out), "--force"]),
            ("merge back", ["merge", str(mutant), str(mutant), str(example), "-o", str(out), "--force"]),
        ):
            code, _ = run_command(args, [mutant])
            tally.count(what, code)
    assert tally.outcomes["textconv: exit 0"] == TRIES  # git always gets something to show
    readable = tally.outcomes.get("show: exit 0", 0)
    assert 0 < readable < TRIES  # the mutators reach both sides: some maps read, some refused
    assert tally.outcomes.get("merge: exit 0", 0) == readable  # one side unchanged: never a conflict
