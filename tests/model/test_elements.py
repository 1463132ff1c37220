"""Field validation of the records."""

from __future__ import annotations

import base64

import pytest
from pydantic import ValidationError

from journeymap.model.elements import Lane, Metric, Persona, Stage, Touchpoint

PNG_1PX = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000000020001e221bc330000000049454e44ae426082"
    )
).decode()


def test_updated_validates() -> None:
    tp = Touchpoint(id="t1", stage="s", lane="l", title="x")
    with pytest.raises(ValidationError):
        tp.updated(emotion=3)
    assert tp.updated(emotion=-2).emotion == -2


def test_records_are_immutable() -> None:
    with pytest.raises(ValidationError):
        Stage(id="s", name="A").name = "B"  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["", "has space", "-lead", "x" * 65])
def test_ids_have_a_shape(bad: str) -> None:
    with pytest.raises(ValidationError):
        Stage(id=bad, name="A")


def test_photo_must_be_an_image() -> None:
    assert Persona(id="p", name="Ana", photo=PNG_1PX).photo == PNG_1PX
    with pytest.raises(ValidationError, match="not a PNG, JPEG"):
        Persona(id="p", name="Ana", photo=base64.b64encode(b"<svg>not a photo</svg>").decode())
    with pytest.raises(ValidationError, match="base64"):
        Persona(id="p", name="Ana", photo="***")


def test_text_cells_are_kept_sorted_and_without_blanks() -> None:
    lane = Lane(id="l", name="Goals", kind="text", cells={"b": "2", "a": "1", "c": ""})
    assert list(lane.cells) == ["a", "b"]


def test_metric_direction() -> None:
    assert Metric(id="m", name="NPS", value=20, target=30).off_target()
    assert not Metric(id="m", name="Churn", value=2, target=3, better="lower").off_target()
    assert not Metric(id="m", name="CSAT").off_target()
    with pytest.raises(ValidationError):
        Metric(id="m", name="x", value=float("nan"))
