"""Templates: the stage models from the seed articles, shipped as .journey files.

A new map made from a template is a copy with the creation date set; ids are kept
(they are unique within the map and name the template's elements readably).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.util.i18n import tr
from journeymap.util.paths import resource


def template_dir() -> Path:
    return resource("templates")


def template_names() -> list[str]:
    return sorted(p.stem for p in template_dir().glob("*" + journey_file.SUFFIX))


def template_path(name: str) -> Path:
    path = template_dir() / f"{name}{journey_file.SUFFIX}"
    if name not in template_names():
        known = ", ".join(template_names())
        raise KeyError(tr("no template {name!r}; known: {known}").format(name=name, known=known))
    return path


def load_template(name: str) -> JourneyData:
    return journey_file.load_data(template_path(name))


def new_from_template(name: str, *, now: datetime | None = None) -> JourneyData:
    """A fresh map from template ``name``, stamped as created now."""
    data = load_template(name)
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    info = data.journey.updated(created=stamp, modified=stamp)
    return data.model_copy(update={"journey": info})
