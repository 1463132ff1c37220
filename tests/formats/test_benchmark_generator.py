"""The benchmark's map generator makes valid maps that survive a file round trip (no timing)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import main, synthetic_map
from journeymap.formats import journey_file


def test_synthetic_map_loads_saves_and_round_trips(tmp_path: Path) -> None:
    data = synthetic_map(200)
    assert len(data.touchpoints) == 200
    assert len(data.pain_points) == 40 and len(data.flows) == 200 and len(data.metrics) == 20
    assert {lane.kind for lane in data.lanes} == {
        "channel", "text", "emotion", "pain_points", "opportunities", "metrics",
    }  # fmt: skip
    path = tmp_path / "synthetic.journey"
    journey_file.save(data, path)
    journey = journey_file.load(path)
    assert journey.snapshot() == data
    journey_file.save(journey, path)
    assert journey_file.load_data(path) == data
    assert path.read_bytes() == journey_file.dumps(data)


def test_synthetic_map_is_deterministic_per_seed() -> None:
    assert journey_file.dumps(synthetic_map(200)) == journey_file.dumps(synthetic_map(200))
    assert synthetic_map(200, seed=1) != synthetic_map(200)


def test_generator_command_writes_a_valid_file(tmp_path: Path) -> None:
    out = tmp_path / "big.journey"
    assert main(["50", str(out), "--seed", "3"]) == 0
    assert journey_file.load_data(out) == synthetic_map(50, seed=3)
