"""Where bundled resources live: ``resources/`` in a checkout, ``journeymap/_resources`` installed."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "_resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def example_map() -> Path:
    return resource("examples", "online-shop.journey")
