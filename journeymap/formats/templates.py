"""Templates: the stage models from the seed articles, shipped as .journey files in four languages.

A new map made from a template is a copy with the creation date set; ids are kept
(they are unique within the map and name the template's elements readably). Each template
exists in every language journeymap speaks, with the seed articles' own stage names
("Farkındalık", "Zasięg", "الوعي"): English in ``resources/templates``, the others in a
folder per language. A map made from the Arabic one reads right to left from the start.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.util import languages
from journeymap.util.i18n import tr
from journeymap.util.paths import resource


def template_dir(language: str = languages.SOURCE) -> Path:
    base = resource("templates")
    return base if language == languages.SOURCE else base / language


def template_names() -> list[str]:
    return sorted(p.stem for p in template_dir().glob("*" + journey_file.SUFFIX))


def template_language(language: str) -> str:
    """The language of the templates to use for ``language`` (a code, or a locale such as
    ``tr_TR``): itself when templates exist in it, else English."""
    code = languages.supported(language) or languages.SOURCE
    return code if template_dir(code).is_dir() else languages.SOURCE


def template_path(name: str, language: str = languages.SOURCE) -> Path:
    if name not in template_names():
        known = ", ".join(template_names())
        raise KeyError(tr("no template {name!r}; known: {known}").format(name=name, known=known))
    return template_dir(template_language(language)) / f"{name}{journey_file.SUFFIX}"


def load_template(name: str, language: str = languages.SOURCE) -> JourneyData:
    return journey_file.load_data(template_path(name, language))


def new_from_template(name: str, *, language: str = languages.SOURCE, now: datetime | None = None) -> JourneyData:
    """A fresh map from template ``name`` in ``language``, stamped as created now."""
    data = load_template(name, language)
    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    info = data.journey.updated(created=stamp, modified=stamp)
    return data.model_copy(update={"journey": info})
