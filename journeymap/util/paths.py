"""Where bundled resources live: ``resources/`` in a checkout, ``journeymap/_resources`` installed."""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    package = Path(__file__).resolve().parents[1]  # journeymap/
    checkout = package.parent / "resources"
    if checkout.is_dir():
        return checkout
    return package / "_resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def example_map(language: str = "en") -> Path:
    """The example map (an online shop's journey) in ``language``, English when there is none."""
    localised = resource("examples", language, "online-shop.journey")
    return localised if language != "en" and localised.is_file() else resource("examples", "online-shop.journey")
