"""Maps, differences and merge conflicts as plain text for people.

- :func:`map_text`: a whole map, one block per element and one line per field, in the
  map's order. git's diff driver (``journeymap show --textconv``) shows this, so that
  ``git diff`` and ``git log -p`` tell a map's changes in words.
- :func:`change_text`: one line per difference (``journeymap diff``, Compare With).
- :func:`conflict_text`: what a merge conflict is about (``merge``, ``validate``, the
  Conflicts panel).

Elements are named by their kind and name, their id after it where it helps; ids in
values (a card's stage, a pain point's touchpoints) are shown as names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from journeymap.model.data import JourneyData
from journeymap.model.describe import in_quotes
from journeymap.model.diff import CELLS, JOURNEY, PLACE, Change, Names, flat_fields
from journeymap.model.elements import (
    NAME_FIELD,
    RECORD_TYPE,
    Conflict,
    ConflictReason,
    JourneyInfo,
    Persona,
    Record,
)
from journeymap.model.journey import Journey
from journeymap.model.merge import ORDER
from journeymap.util.i18n import tr, tr_noop

_LONG = 60
_LIST_ITEMS = 8


def kind_name(kind: str) -> str:
    return tr("the map") if kind == JOURNEY else tr(kind.replace("_", " "))


def names_for(*maps: JourneyData) -> Names:
    """Names of every element of ``maps`` and of what their conflicts keep."""
    return _with_kept(Names(*maps), [c for data in maps for c in data.conflicts])


def names_in(journey: Journey) -> Names:
    """Names of the elements of a live map and of what its conflicts keep."""
    return _with_kept(Names.over(journey), journey.records(Conflict))


def _with_kept(names: Names, conflicts: list[Conflict]) -> Names:
    """Also the names of elements only a conflict keeps (removed on one side)."""
    for conflict in conflicts:
        for value in (conflict.theirs, conflict.ours, conflict.base):
            if conflict.field is None and isinstance(value, dict) and conflict.kind in RECORD_TYPE:
                names.add(RECORD_TYPE[conflict.kind].model_validate(value))
    return names


# ---- values -------------------------------------------------------------------------------


def value_text(kind: str, field: str | None, value: Any, names: Names) -> str:
    """A field's value as people read it: ids as names, long text shortened."""
    if field is not None and kind in RECORD_TYPE and field in RECORD_TYPE[kind].REFS:
        if value is None:
            return tr("the whole map") if field == "attached_to" else tr("nothing")
        if isinstance(value, list):
            return _listed([_quoted(names.of(v)) for v in value])
        return _quoted(names.of(value))
    if isinstance(value, dict):
        return " / ".join(value_text(kind, k, v, names) for k, v in value.items())
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None or value == "":
        return tr("nothing")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return _listed([_plain(v) for v in value])
    if isinstance(value, str):
        return _quoted(value)
    return str(value)


def _listed(items: list[str]) -> str:
    """A list on one line: the first few items, then how many more."""
    if not items:
        return tr("none")
    shown = ", ".join(items[:_LIST_ITEMS])
    more = len(items) - _LIST_ITEMS
    return shown if more <= 0 else tr("{items} and %Ln more", "", more).format(items=shown)


def _quoted(text: str) -> str:
    """A name or short text in quotes (describe.in_quotes: single ones around a name that
    holds double quotes), on one line and shortened."""
    line = " ⏎ ".join(text.splitlines()) if "\n" in text else text
    return in_quotes(line if len(line) <= _LONG else line[: _LONG - 1] + "…")


def field_name(kind: str, field: str, names: Names) -> str:
    if field.startswith(CELLS):
        return tr("cell {stage}").format(stage=_quoted(names.of(field[len(CELLS) :])))
    if field == ORDER:
        return tr("place in order")
    if "," in field:
        return tr("place")
    return tr(field.replace("_", " "))  # the workbook's words for its columns (excel_schema)


def element_text(kind: str, ident: str | None, title: str) -> str:
    if kind == JOURNEY:
        return tr("the map")
    return f"{kind_name(kind)} {_quoted(title)}"


def where_text(kind: str, record: Any, names: Names) -> str:
    """Where an element stands (a card's cell, a pain point's stage, what a note is on),
    from a record or its JSON object; "" for kinds that stand nowhere in particular."""
    values = flat_fields(record) if isinstance(record, Record) else record
    if not isinstance(values, dict):
        return ""
    place = [f for f in PLACE.get(kind, ()) if f in values or f == "attached_to"]
    if not place:
        return ""
    shown = " / ".join(value_text(kind, f, values.get(f), names) for f in place)
    return (
        tr(" on {where}").format(where=shown)
        if place == ["attached_to"]
        else tr(" in {where}").format(where=shown)
    )


# ---- differences ---------------------------------------------------------------------------


def change_text(change: Change, names: Names) -> str:
    """One difference as a line: ``changed touchpoint "Checkout": title "Pay" → "Pay now"``."""
    what = element_text(change.kind, change.id, change.title)
    if change.op == "add":
        return tr("added {what}{where}").format(what=what, where=where_text(change.kind, change.after, names))
    if change.op == "remove":
        return tr("removed {what}{where}").format(
            what=what, where=where_text(change.kind, change.before, names)
        )
    if change.op == "reorder":
        return tr("reordered {what}: now {place}").format(what=what, place=_after(change.anchor, names))
    field = field_name(change.kind, change.field or "", names)
    before = value_text(change.kind, change.field, change.before, names)
    after = value_text(change.kind, change.field, change.after, names)
    verb = (
        tr("moved {what}: {field} {before} → {after}")
        if change.op == "move"
        else tr("changed {what}: {field} {before} → {after}")
    )
    return verb.format(what=what, field=field, before=before, after=after)


def _after(anchor: str | None, names: Names) -> str:
    return tr("first") if anchor is None else tr("after {name}").format(name=_quoted(names.of(anchor)))


def diff_text(changes: list[Change], names: Names) -> str:
    return "".join(change_text(change, names) + "\n" for change in changes)


# ---- conflicts -----------------------------------------------------------------------------


_CONFLICTS = {
    ConflictReason.CHANGED: tr_noop("{what}: {field} changed on both sides: ours {ours}, theirs {theirs}"),
    ConflictReason.MOVED: tr_noop("{what} moved to two places: ours {ours}, theirs {theirs}"),
    ConflictReason.REORDERED: tr_noop("{what} put at two places in order: ours {ours}, theirs {theirs}"),
    ConflictReason.DELETED_OURS: tr_noop("{what}: removed in ours, changed or still used in theirs"),
    ConflictReason.DELETED_THEIRS: tr_noop("{what}: removed in theirs, changed or still used in ours"),
    ConflictReason.ADDED_BOTH: tr_noop("{what}: both sides added this id as different elements"),
    ConflictReason.BLOCKED: tr_noop("{what}: theirs wanted {field} {theirs}, which needs {related} that ours removed or changed"),
}
_BLOCKED_ELEMENT = tr_noop("{what} from theirs needs {related}, which ours removed or changed")


def conflict_text(conflict: Conflict, names: Names) -> str:
    """What a conflict is about, in one line."""
    field = conflict.field
    values = {
        "what": element_text(conflict.kind, conflict.element, conflict.title),
        "field": field_name(conflict.kind, field or "", names),
        "related": _related(conflict.related, names),
        "ours": "",
        "theirs": "",
    }
    if conflict.reason is ConflictReason.REORDERED:
        values["ours"], values["theirs"] = (
            _after(_id_or_none(v), names) for v in (conflict.ours, conflict.theirs)
        )
    elif field is not None:
        values["ours"], values["theirs"] = (
            value_text(conflict.kind, field, v, names) for v in (conflict.ours, conflict.theirs)
        )
    blocked_element = conflict.reason is ConflictReason.BLOCKED and field is None
    return tr(_BLOCKED_ELEMENT if blocked_element else _CONFLICTS[conflict.reason]).format(**values)


def _id_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _related(ident: str | None, names: Names) -> str:
    if ident is None:
        return tr("another element")
    record = names.get(ident)
    return names.of(ident) if record is None else f"{kind_name(record.KIND)} {_quoted(names.name(record))}"


# ---- a whole map, for git --------------------------------------------------------------------


def map_text(data: JourneyData) -> str:
    """The map as text: a block per element, a line per field set (git's textconv)."""
    names = names_for(data)
    return "".join(line + "\n" for line in _map_lines(data, names))


def _map_lines(data: JourneyData, names: Names) -> Iterator[str]:
    info = data.journey
    yield tr("map {title}").format(title=_quoted(info.title))
    defaults = JourneyInfo().model_dump(mode="json")
    for name, value in info.model_dump(mode="json").items():
        if name != "title" and value != defaults[name]:
            yield from _field_lines(tr(name.replace("_", " ")), _plain_full(value))
    for record in data.records():
        yield ""
        yield from _record_lines(record, names)


def _record_lines(record: Record, names: Names) -> Iterator[str]:
    if isinstance(record, Conflict):
        yield tr("conflict [{id}]: {text}").format(id=record.id, text=conflict_text(record, names))
        return
    title = names.name(record)
    yield f"{kind_name(record.KIND)} {_quoted(title)} [{record.id}]{where_text(record.KIND, record, names)}"
    skip = {"id", NAME_FIELD[record.KIND], *PLACE.get(record.KIND, ())}
    defaults = _defaults(record)
    for name, value in flat_fields(record).items():
        if name in skip or defaults.get(name, "") == value:
            continue
        if isinstance(record, Persona) and name == "photo":
            shown = tr("(an image, {kb} KB)").format(kb=len(value) * 3 // 4 // 1024)
        elif name in record.REFS:
            shown = value_text(record.KIND, name, value, names)
        else:
            shown = _plain_full(value)
        yield from _field_lines(field_name(record.KIND, name, names), shown)


def _defaults(record: Record) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, info in type(record).model_fields.items():
        if not info.is_required():
            default = info.get_default(call_default_factory=True)
            values[name] = list(default) if isinstance(default, tuple) else getattr(default, "value", default)
    return values


def _plain_full(value: Any) -> str:
    """A value in full (text is not shortened here: git shows what changed in it)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return _plain(value)


def _field_lines(name: str, text: str) -> Iterator[str]:
    lines = text.splitlines() or [""]
    yield f"  {name}: {lines[0]}"
    for line in lines[1:]:
        yield f"      {line}"
