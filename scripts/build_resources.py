#!/usr/bin/env python3
"""Builds the shipped templates and the example map (resources/) from tables of content.

``scripts/build_resources.py`` (re)writes resources/templates/*.journey and
resources/examples/online-shop.journey, and each of them in Turkish, Polish and Arabic
(resources/templates/tr/…, resources/examples/ar/…); ``--check`` writes nothing and exits 1
when a committed file differs from what would be built. The content comes from the seed
articles (see /work/shared/DOMAIN.md): the three stage models, their touchpoints, pain
points, opportunities and metrics. Ids are readable and stable (``st-awareness``,
``tp-search-ad``) so that the committed files diff well. The content lives beside this
script: resources_templates.py (the three stage models) and resources_example.py (the
online-shop example); this module turns it into validated records and files.

In the tables, stages, lanes, personas, touchpoints and pain points are named by short
keys (``awareness``) and get their kind's prefix (``st-awareness``); fields that may
refer to several kinds (flow ends, what a metric or comment is attached to) take full ids.

Translations: every map is built in English, then :func:`translated` rewrites every text
of it (titles, names, cells, descriptions, owners, units…; never ids, references, colours,
metric kinds or enumeration values) through the language's table in resources_tr.py,
resources_pl.py and resources_ar.py, English text to translated text. The stage names are
the seed articles' own (DOMAIN.md), with التقييم for Consideration where the Arabic seed
mistranslates it. A text missing from a table stops the build, naming every such text. The
Arabic maps read right to left.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV = ROOT / ".venv"
if __name__ == "__main__" and Path(sys.prefix).resolve() != VENV.resolve():
    # Started by another Python (the shebang's python3): the checkout's .venv has pydantic & co.
    if not (VENV / "bin" / "python").exists():
        sys.exit(f"{__file__}: run {ROOT / 'scripts' / 'bootstrap'} first: it installs what this needs")
    os.execv(VENV / "bin" / "python", [str(VENV / "bin" / "python"), __file__, *sys.argv[1:]])
for _folder in (ROOT, HERE):  # journeymap from the checkout; the content tables beside this script
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from resources_ar import TEXT as ARABIC  # noqa: E402
from resources_example import INFO as EXAMPLE_INFO  # noqa: E402
from resources_example import fill as fill_example  # noqa: E402
from resources_pl import TEXT as POLISH  # noqa: E402
from resources_templates import TEMPLATES  # noqa: E402
from resources_tr import TEXT as TURKISH  # noqa: E402

from journeymap.formats import journey_file  # noqa: E402
from journeymap.model.data import JourneyData  # noqa: E402
from journeymap.model.elements import (  # noqa: E402
    COLLECTION,
    Channel,
    Comment,
    Evidence,
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    Metric,
    Note,
    Opportunity,
    OpportunityStatus,
    PainPoint,
    Participant,
    Persona,
    ReadingDirection,
    Record,
    Stage,
    Touchpoint,
    Vote,
    VotingRound,
)
from journeymap.util.atomic import write_atomically  # noqa: E402

TEMPLATE_DIR = Path("resources/templates")
EXAMPLE_DIR = Path("resources/examples")


# ---- the builder ---------------------------------------------------------------------


def _ids(prefix: str, keys: Iterable[str]) -> tuple[str, ...]:
    return tuple(f"{prefix}-{key}" for key in keys)


class Draft:
    """Collects the records of one map, in order, turning short keys into prefixed ids."""

    def __init__(self, info: JourneyInfo) -> None:
        self.info = info
        self.records: dict[str, list[Record]] = {name: [] for name in COLLECTION.values()}

    def _add(self, record: Record) -> str:
        self.records[COLLECTION[record.KIND]].append(record)
        return record.id

    def stage(self, key: str, name: str, **fields: Any) -> str:
        return self._add(Stage(id=f"st-{key}", name=name, **fields))

    def channel(self, key: str, name: str, channel: Channel) -> str:
        return self._add(Lane(id=f"ln-{key}", name=name, channel=channel))

    def lane(self, key: str, name: str, kind: LaneKind, cells: dict[str, str] | None = None) -> str:
        cells = {f"st-{stage}": text for stage, text in (cells or {}).items()}
        return self._add(Lane(id=f"ln-{key}", name=name, kind=kind, cells=cells))

    def persona(self, key: str, name: str, **fields: Any) -> str:
        return self._add(Persona(id=f"pe-{key}", name=name, **fields))

    def touchpoint(
        self, key: str, stage: str, lane: str, title: str, emotion: int | None, **fields: Any
    ) -> str:
        fields["personas"] = _ids("pe", fields.get("personas", ()))
        record = Touchpoint(
            id=f"tp-{key}", stage=f"st-{stage}", lane=f"ln-{lane}", title=title, emotion=emotion, **fields
        )
        return self._add(record)

    def pain_point(
        self,
        key: str,
        stage: str,
        title: str,
        severity: int,
        affected: float | None,
        evidence: Evidence,
        source: str,
        touchpoints: Iterable[str],
        personas: Iterable[str] = (),
    ) -> str:
        """A pain point; the arguments are in the order of the tables' rows."""
        record = PainPoint(
            id=f"pp-{key}",
            stage=f"st-{stage}",
            title=title,
            severity=severity,
            affected=affected,
            evidence=evidence,
            source=source,
            touchpoints=_ids("tp", touchpoints),
            personas=_ids("pe", personas),
        )
        return self._add(record)

    def opportunity(
        self,
        key: str,
        stage: str,
        title: str,
        pain_points: Iterable[str],
        impact: int,
        effort: int,
        owner: str,
        description: str,
        status: OpportunityStatus = OpportunityStatus.IDEA,
    ) -> str:
        """An opportunity; the arguments are in the order of the tables' rows."""
        record = Opportunity(
            id=f"op-{key}",
            stage=f"st-{stage}",
            title=title,
            pain_points=_ids("pp", pain_points),
            impact=impact,
            effort=effort,
            owner=owner,
            description=description,
            status=status,
        )
        return self._add(record)

    def metric(self, key: str, attached_to: str | None, name: str, kind: str, **fields: Any) -> str:
        return self._add(Metric(id=f"me-{key}", attached_to=attached_to, name=name, kind=kind, **fields))

    def flow(self, key: str, source: str, target: str, **fields: Any) -> str:
        return self._add(Flow(id=f"fl-{key}", source=source, target=target, **fields))

    def comment(self, key: str, attached_to: str | None, text: str, **fields: Any) -> str:
        return self._add(Comment(id=f"co-{key}", attached_to=attached_to, text=text, **fields))

    def note(self, key: str, stage: str, text: str, **fields: Any) -> str:
        """A sticky note captured in a workshop; ``card`` (in ``fields``) is a full id."""
        return self._add(Note(id=f"nt-{key}", stage=f"st-{stage}", text=text, **fields))

    def voting_round(self, key: str, name: str, **fields: Any) -> str:
        return self._add(VotingRound(id=f"vr-{key}", name=name, **fields))

    def vote(self, key: str, voting_round: str, participant: str, element: str, dots: int) -> str:
        """``participant`` gave ``dots`` to ``element`` (a full id) in the round ``voting_round``."""
        record = Vote(
            id=f"vo-{key}", round=f"vr-{voting_round}", participant=participant, element=element, dots=dots
        )
        return self._add(record)

    def data(self) -> JourneyData:
        """The finished map, validated as a whole (references and lane rules)."""
        data = JourneyData(journey=self.info, **{name: tuple(items) for name, items in self.records.items()})
        journey_file.parse(journey_file.dumps(data))  # raises JourneyFileError naming every problem
        return data


def _text_lanes(draft: Draft, spec: dict[str, Any], keys: Iterable[str]) -> None:
    for key in keys:
        name, cells = spec["text"][key]
        draft.lane(key, name, LaneKind.TEXT, cells)


def build_template(spec: dict[str, Any]) -> JourneyData:
    """A template map from a spec (see the tables below): stages, lanes, cards and flows."""
    draft = Draft(JourneyInfo(title=spec["title"], description=spec["description"], language="en"))
    for key, name, description, goal in spec["stages"]:
        draft.stage(key, name, description=description, goal=goal)
    _text_lanes(draft, spec, ["goals"])
    for key, name, channel in spec["channels"]:
        draft.channel(key, name, channel)
    _text_lanes(draft, spec, ["thoughts"])
    draft.lane("emotion", "Emotion", LaneKind.EMOTION)
    draft.lane("pain-points", "Pain points", LaneKind.PAIN_POINTS)
    draft.lane("opportunities", "Opportunities", LaneKind.OPPORTUNITIES)
    _text_lanes(draft, spec, ["backstage"])
    draft.lane("metrics", "Metrics", LaneKind.METRICS)
    for key, stage, lane, title, emotion, owner, description in spec["touchpoints"]:
        draft.touchpoint(key, stage, lane, title, emotion, owner=owner, description=description)
    for row in spec["pain_points"]:
        draft.pain_point(*row)
    for row in spec["opportunities"]:
        draft.opportunity(*row)
    for key, stage, name, kind, unit, better in spec["metrics"]:
        draft.metric(key, f"st-{stage}", name, kind, unit=unit, better=better)
    stages = [key for key, *_ in spec["stages"]]
    for source, target in itertools.pairwise(stages):
        draft.flow(f"{source}-{target}", f"st-{source}", f"st-{target}")
    for source, target, label in spec["loops"]:
        draft.flow(f"{source}-{target}", f"st-{source}", f"st-{target}", label=label)
    return draft.data()


def build_blank() -> JourneyData:
    info = JourneyInfo(title="Blank journey", description="Three stages and one web lane to start from.")
    stages = tuple(Stage(id=f"stage-{n}", name=f"Stage {n}") for n in (1, 2, 3))
    lanes = (
        Lane(id="lane-web", name="Web", channel=Channel.WEB),
        Lane(id="lane-emotion", name="Emotion", kind=LaneKind.EMOTION),
        Lane(id="lane-pains", name="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="lane-opps", name="Opportunities", kind=LaneKind.OPPORTUNITIES),
    )
    return JourneyData(journey=info, stages=stages, lanes=lanes)


def build_example() -> JourneyData:
    draft = Draft(EXAMPLE_INFO)
    fill_example(draft)
    return draft.data()


# ---- the other languages ----------------------------------------------------------------

TABLES: dict[str, dict[str, str]] = {"tr": TURKISH, "pl": POLISH, "ar": ARABIC}
"""English text -> translated text, per language."""
SAME_EVERYWHERE = frozenset(
    {
        "IKEA",
        "Pinterest",
        "Apartment Therapy",
        "Houzz",
        "Instagram",
        "TikTok",
        "Muji",
        "Ferm Living",
        "HAY",
        "Facebook",
        "YouTube",
        "WhatsApp",
        "Ercol",
        "Le Creuset",
        "Dyson",
    }
)
"""Brands and sites the personas know, written alike in every language (a name a language's
readers would not know is in its table instead: H&M Home is English Home in Turkish)."""
RTL_LANGUAGES = frozenset({"ar"})
_UNTRANSLATED = frozenset({"id", "color", "kind", "photo", "created", "modified", "participant", "votable"})
"""Fields that are no text for a person: ids, colours, metric kinds, photos, dates, a vote's
participant (an id) and the kinds of card a round votes on."""


class MissingTranslations(KeyError):
    """Texts a language's table lacks; the build names them all at once."""


def translated(data: JourneyData, language: str) -> JourneyData:
    """``data`` with every text a person reads in ``language``; ids and structure unchanged."""
    table, missing = TABLES[language], set()

    def say(text: str) -> str:
        if not text.strip() or text in SAME_EVERYWHERE:
            return text
        if text not in table:
            missing.add(text)
        return table.get(text, text)

    def convert(value: Any) -> Any:
        if isinstance(value, Participant):  # a round's voter: the name is read, the id is not
            return value.model_copy(update={"name": say(value.name)})
        if isinstance(value, Enum) or not isinstance(value, (str, tuple, dict)):
            return value
        if isinstance(value, str):
            return say(value)
        if isinstance(value, dict):
            return {key: say(text) for key, text in value.items()}
        return tuple(convert(item) for item in value)

    def record(item: Record) -> Record:
        skip = _UNTRANSLATED | {name for name in item.REFS if name != "cells"}  # cells: stage id -> text
        fields = {name: convert(value) for name, value in item if name not in skip}
        return item.updated(**fields)

    info = data.journey.updated(
        title=say(data.journey.title),
        description=say(data.journey.description),
        language=language,
        direction=ReadingDirection.RTL if language in RTL_LANGUAGES else ReadingDirection.LTR,
    )
    collections = {name: tuple(record(r) for r in getattr(data, name)) for name in COLLECTION.values()}
    if missing:
        raise MissingTranslations(f"{language}: no translation for " + "; ".join(sorted(map(repr, missing))))
    return JourneyData(journey=info, **collections)


def build_all() -> dict[Path, bytes]:
    """Every generated file (path relative to the checkout) and its exact bytes."""
    english = {TEMPLATE_DIR / "blank.journey": build_blank()}
    for name, spec in TEMPLATES.items():
        english[TEMPLATE_DIR / f"{name}.journey"] = build_template(spec)
    english[EXAMPLE_DIR / "online-shop.journey"] = build_example()
    maps = dict(english)
    for language in TABLES:
        for path, data in english.items():
            maps[path.parent / language / path.name] = translated(data, language)
    return {path: journey_file.dumps(data) for path, data in maps.items()}


def outdated(root: Path = ROOT) -> list[Path]:
    """Generated files that are missing under ``root`` or differ from what would be built."""
    return [
        path
        for path, content in build_all().items()
        if not (root / path).is_file() or (root / path).read_bytes() != content
    ]


def write_all(root: Path = ROOT) -> list[Path]:
    """Write the files that changed; return their paths."""
    changed = outdated(root)
    built = build_all()
    for path in changed:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(root / path, built[path])
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = outdated()
        for path in stale:
            print(f"{path}: out of date; run python3 scripts/build_resources.py", file=sys.stderr)
        return 1 if stale else 0
    for path in write_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
