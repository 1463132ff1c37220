"""Which fields the inspector shows for each kind of element, with which editor and label.

A :class:`FieldSpec` knows how to read its value from a record, how to make the edited
record (validated by the record itself), and, for references, which choices the current
map offers. Text-lane cells are fields too (one per stage), so that they edit like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journeymap.model.elements import (
    Better,
    Channel,
    Comment,
    Evidence,
    Flow,
    Lane,
    LaneKind,
    Layer,
    Metric,
    OpportunityStatus,
    ReadingDirection,
    Record,
)
from journeymap.model.journey import Journey
from journeymap.ui.panels.common import element_label, kind_name
from journeymap.ui.panels.inspector import editors as fe

Choices = Callable[[Journey, Any], Sequence[fe.Choice]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    make_editor: Callable[[], fe.FieldEditor]
    choices: Choices | None = None
    cell_stage: str | None = None  # text-lane cells: the stage whose cell this is

    @property
    def key(self) -> str:
        return f"cells.{self.cell_stage}" if self.cell_stage else self.name

    def get(self, record: Any) -> Any:
        if self.cell_stage is not None:
            return record.cells.get(self.cell_stage, "")
        return getattr(record, self.name)

    def put(self, record: Any, value: Any) -> Any:
        """The record with this field set to ``value``; raises pydantic's ValidationError."""
        if self.cell_stage is not None:
            return record.updated(cells={**record.cells, self.cell_stage: value})
        return record.updated(**{self.name: value})


# ---- choices from the map ---------------------------------------------------------------


_ENUM_WORDS = {"ltr": "Left to right", "rtl": "Right to left", "app": "App", "ads": "Ads"}
_ENUM_LABELS = (  # what enum_label looks up, marked for the extraction (a test checks the list)
    QT_TRANSLATE_NOOP("enum", "Left to right"),
    QT_TRANSLATE_NOOP("enum", "Right to left"),
    QT_TRANSLATE_NOOP("enum", "App"),
    QT_TRANSLATE_NOOP("enum", "Ads"),
    QT_TRANSLATE_NOOP("enum", "Web"),
    QT_TRANSLATE_NOOP("enum", "Email"),
    QT_TRANSLATE_NOOP("enum", "Social"),
    QT_TRANSLATE_NOOP("enum", "Phone"),
    QT_TRANSLATE_NOOP("enum", "Store"),
    QT_TRANSLATE_NOOP("enum", "Chat"),
    QT_TRANSLATE_NOOP("enum", "Word of mouth"),
    QT_TRANSLATE_NOOP("enum", "Other"),
    QT_TRANSLATE_NOOP("enum", "Channel"),
    QT_TRANSLATE_NOOP("enum", "Text"),
    QT_TRANSLATE_NOOP("enum", "Emotion"),
    QT_TRANSLATE_NOOP("enum", "Pain points"),
    QT_TRANSLATE_NOOP("enum", "Opportunities"),
    QT_TRANSLATE_NOOP("enum", "Metrics"),
    QT_TRANSLATE_NOOP("enum", "Observed"),
    QT_TRANSLATE_NOOP("enum", "Assumed"),
    QT_TRANSLATE_NOOP("enum", "Proposed"),
    QT_TRANSLATE_NOOP("enum", "Frontstage"),
    QT_TRANSLATE_NOOP("enum", "Backstage"),
    QT_TRANSLATE_NOOP("enum", "Idea"),
    QT_TRANSLATE_NOOP("enum", "Planned"),
    QT_TRANSLATE_NOOP("enum", "In progress"),
    QT_TRANSLATE_NOOP("enum", "Done"),
    QT_TRANSLATE_NOOP("enum", "Dropped"),
    QT_TRANSLATE_NOOP("enum", "Higher"),
    QT_TRANSLATE_NOOP("enum", "Lower"),
)


def enum_label(value: StrEnum) -> str:
    text = _ENUM_WORDS.get(value.value) or value.value.replace("_", " ").capitalize()
    return QCoreApplication.translate("enum", text)


def _enum(kind: type[StrEnum], *, optional: bool = False) -> Callable[[], fe.FieldEditor]:
    choices: list[fe.Choice] = [(_tr("None"), None)] if optional else []
    choices += [(enum_label(v), v.value) for v in kind]
    return lambda: fe.ChoiceEditor(choices)


def _emotion() -> fe.FieldEditor:
    names = [_tr("Very negative"), _tr("Negative"), _tr("Neutral"), _tr("Positive"), _tr("Very positive")]
    choices: list[fe.Choice] = [(_tr("Not set"), None)]
    choices += [(f"{name} ({value:+d})", value) for name, value in zip(names, range(-2, 3), strict=True)]
    return fe.ChoiceEditor(choices)


def _of_kinds(*kinds: str, optional: str = "", only: Callable[[Any], bool] | None = None) -> Choices:
    def choices(journey: Journey, record: Any) -> list[fe.Choice]:
        found: list[fe.Choice] = [(optional, None)] if optional else []
        many = len(kinds) > 1
        for kind in kinds:
            prefix = kind_name(kind) + ": "
            for item in journey.records(kind):
                if only is None or only(item):
                    found.append(((prefix if many else "") + element_label(journey, item.id), item.id))
        return found

    return choices


def _referred(record_type: type[Record], field_name: str, **options: Any) -> Choices:
    """Choices among the kinds the model lets ``field_name`` refer to (its REFS)."""
    return _of_kinds(*record_type.REFS[field_name].kinds, **options)


def _touchpoints_near(journey: Journey, record: Any) -> list[fe.Choice]:
    """Touchpoints of the pain point's stage, plus any linked elsewhere (a 10,000-item list helps no one)."""
    linked = set(record.touchpoints)
    found = []
    for tp in journey.touchpoints:
        if tp.stage == record.stage or tp.id in linked:
            found.append((f"{tp.title} · {element_label(journey, tp.lane)}", tp.id))
    return found


def _channels(journey: Journey, record: Any) -> list[fe.Choice]:
    return [(enum_label(c), c.value) for c in Channel]


def _channel_lane(lane: Any) -> bool:
    return isinstance(lane, Lane) and lane.kind == LaneKind.CHANNEL


# ---- editors ----------------------------------------------------------------------------


def _line() -> fe.FieldEditor:
    return fe.LineEditor()


def _text() -> fe.FieldEditor:
    return fe.TextEditor()


def _lines() -> fe.FieldEditor:
    return fe.TextEditor(lines=True, placeholder=_tr("one per line"))


def _tags() -> fe.FieldEditor:
    return fe.ListLineEditor(placeholder=_tr("comma, separated"))


def _number() -> fe.FieldEditor:
    return fe.NumberEditor()


def _whole() -> fe.FieldEditor:
    return fe.NumberEditor(integer=True)


def _share() -> fe.FieldEditor:
    return fe.ShareEditor()


def _scale() -> fe.FieldEditor:
    return fe.SpinEditor(1, 5)


def _refs() -> fe.FieldEditor:
    return fe.CheckListEditor()


def _ref() -> fe.FieldEditor:
    return fe.ChoiceEditor()


def _spec(
    name: str, label: str, make: Callable[[], fe.FieldEditor], choices: Choices | None = None
) -> FieldSpec:
    return FieldSpec(name, label, make, choices)


def _specs_by_kind() -> dict[str, list[FieldSpec]]:
    stage = _spec("stage", _tr("Stage"), _ref, _of_kinds("stage"))
    personas = _spec("personas", _tr("Personas"), _refs, _of_kinds("persona"))
    evidence = _spec("evidence", _tr("Evidence"), _enum(Evidence))
    return {
        "stage": [
            _spec("name", _tr("Name"), _line),
            _spec("description", _tr("Description"), _text),
            _spec("goal", _tr("Customer goal"), _text),
            _spec("customers", _tr("Customers"), _whole),
            _spec("color", _tr("Colour"), fe.ColorEditor),
            _spec("presenter_notes", _tr("Presenter notes"), _text),
        ],
        "lane": [
            _spec("name", _tr("Name"), _line),
            _spec("kind", _tr("Kind"), _enum(LaneKind)),
            _spec("channel", _tr("Channel"), _enum(Channel, optional=True)),
            _spec("color", _tr("Colour"), fe.ColorEditor),
            _spec("collapsed", _tr("Display"), lambda: fe.BoolEditor(_tr("Collapsed"))),
        ],
        "touchpoint": [
            _spec("title", _tr("Title"), _line),
            stage,
            _spec("lane", _tr("Lane"), _ref, _of_kinds("lane", only=_channel_lane)),
            _spec("emotion", _tr("Emotion"), _emotion),
            _spec("description", _tr("Description"), _text),
            _spec("action", _tr("Customer action"), _text),
            _spec("thoughts", _tr("Thoughts"), _text),
            _spec("owner", _tr("Owner"), _line),
            _spec("layer", _tr("Layer"), _enum(Layer)),
            evidence,
            personas,
            _spec("tags", _tr("Tags"), _tags),
        ],
        "pain_point": [
            _spec("title", _tr("Title"), _line),
            stage,
            _spec("description", _tr("Description"), _text),
            _spec("severity", _tr("Severity (1–5)"), _scale),
            _spec("affected", _tr("Share affected"), _share),
            evidence,
            _spec("source", _tr("Source"), _line),
            _spec("touchpoints", _tr("Touchpoints"), _refs, _touchpoints_near),
            personas,
        ],
        "opportunity": [
            _spec("title", _tr("Title"), _line),
            stage,
            _spec("description", _tr("Description"), _text),
            _spec("impact", _tr("Impact (1–5)"), _scale),
            _spec("effort", _tr("Effort (1–5)"), _scale),
            _spec("owner", _tr("Owner"), _line),
            _spec("status", _tr("Status"), _enum(OpportunityStatus)),
            _spec("pain_points", _tr("Answers pain points"), _refs, _of_kinds("pain_point")),
        ],
        "persona": [
            _spec("name", _tr("Name"), _line),
            _spec("role", _tr("Role"), _line),
            _spec("photo", _tr("Photo"), fe.PhotoEditor),
            _spec("quote", _tr("Quote"), _text),
            _spec("age_band", _tr("Age"), _line),
            _spec("gender", _tr("Gender"), _line),
            _spec("income_band", _tr("Income"), _line),
            _spec("location", _tr("Location"), _line),
            _spec("goals", _tr("Goals"), _lines),
            _spec("frustrations", _tr("Frustrations"), _lines),
            _spec("motivations", _tr("Motivations"), _lines),
            _spec("preferred_channels", _tr("Preferred channels"), _refs, _channels),
            _spec("shops", _tr("Shops"), _tags),
            _spec("sites", _tr("Websites"), _tags),
            _spec("platforms", _tr("Platforms"), _tags),
            _spec("brands", _tr("Brands"), _tags),
            _spec("color", _tr("Colour"), fe.ColorEditor),
        ],
        "metric": [
            _spec("name", _tr("Name"), _line),
            _spec("kind", _tr("Kind"), _line),
            _spec(
                "attached_to",
                _tr("Attached to"),
                _ref,
                _referred(Metric, "attached_to", optional=_tr("The whole journey")),
            ),
            _spec("value", _tr("Value"), _number),
            _spec("target", _tr("Target"), _number),
            _spec("unit", _tr("Unit"), _line),
            _spec("better", _tr("Better when"), _enum(Better)),
            _spec("period", _tr("Period"), _line),
            _spec("source", _tr("Source"), _line),
        ],
        "flow": [
            _spec("source", _tr("From"), _ref, _referred(Flow, "source")),
            _spec("target", _tr("To"), _ref, _referred(Flow, "target")),
            _spec("share", _tr("Share"), _share),
            _spec("volume", _tr("Volume"), _whole),
            _spec("label", _tr("Label"), _line),
        ],
        "comment": [
            _spec("text", _tr("Text"), _text),
            _spec(
                "attached_to",
                _tr("Attached to"),
                _ref,
                _referred(Comment, "attached_to", optional=_tr("The whole journey")),
            ),
            _spec("author", _tr("Author"), _line),
            _spec("created", _tr("Created"), fe.DateTimeEditor),
            _spec("resolved", _tr("Status"), lambda: fe.BoolEditor(_tr("Resolved"))),
        ],
    }


def specs_for(journey: Journey, record: Any) -> list[FieldSpec]:
    """The fields of ``record``; a text lane gets one cell field per stage, in stage order."""
    specs = list(_specs_by_kind()[record.KIND])
    if isinstance(record, Lane) and record.kind == LaneKind.TEXT:
        for stage in journey.stages:
            label = _tr("Cell: {stage}").format(stage=stage.name)
            specs.append(FieldSpec("cells", label, _text, cell_stage=stage.id))
    return specs


def info_specs() -> list[FieldSpec]:
    """The journey's own facts, shown when nothing is selected."""
    return [
        _spec("title", _tr("Title"), _line),
        _spec("description", _tr("Description"), _text),
        _spec("language", _tr("Language"), lambda: fe.LineEditor(placeholder="en, tr, pl, ar…")),
        _spec("direction", _tr("Reading direction"), _enum(ReadingDirection)),
        _spec("created", _tr("Created"), lambda: fe.DateTimeEditor(read_only=True)),
        _spec("modified", _tr("Last saved"), lambda: fe.DateTimeEditor(read_only=True)),
    ]
