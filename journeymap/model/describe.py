"""What an undo step did, said as a person says it: the History panel's and Undo's text.

``Rename stage “Awareness” → “Reach”``, ``Add pain point “Slow checkout”``, ``Delete
touchpoint “Search ad” and 2 flows``, ``Change flow “Blog guide → Product page”: share``.
Made from the step's fully specified operations, so it is right for every way an edit was
made (a gesture, a panel, a menu) and for steps that merged (adding a card and typing its
title is one step, named after the title it ended with).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from journeymap.model.elements import NAME_FIELD, Flow, Record
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Operation, Remove, Update
from journeymap.util.i18n import tr, tr_n_noop

KIND_WORDS = {
    "stage": ("stage", "stages"),
    "lane": ("lane", "lanes"),
    "touchpoint": ("touchpoint", "touchpoints"),
    "pain_point": ("pain point", "pain points"),
    "opportunity": ("opportunity", "opportunities"),
    "persona": ("persona", "personas"),
    "metric": ("metric", "metrics"),
    "flow": ("flow", "flows"),
    "comment": ("comment", "comments"),
    "note": ("note", "notes"),
    "voting_round": ("voting round", "voting rounds"),
    "vote": ("vote", "votes"),
}
MAX_NAME = 40
COUNTED = {
    "stage": tr_n_noop("%Ln stages"),
    "lane": tr_n_noop("%Ln lanes"),
    "touchpoint": tr_n_noop("%Ln touchpoints"),
    "pain_point": tr_n_noop("%Ln pain points"),
    "opportunity": tr_n_noop("%Ln opportunities"),
    "persona": tr_n_noop("%Ln personas"),
    "metric": tr_n_noop("%Ln metrics"),
    "flow": tr_n_noop("%Ln flows"),
    "comment": tr_n_noop("%Ln comments"),
}
"""How many of a kind, as each language counts (Polish: 3 punkty styku, 5 punktów styku)."""


def _kind(kind: str, count: int = 1) -> str:
    one, many = KIND_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ") + "s"))
    return tr(one if count == 1 else many)


DOUBLE_QUOTES = frozenset('"“”„«»')


def in_quotes(text: str) -> str:
    """``text`` as a quoted name: in typographic double quotes, or in single ones when it
    holds double quotes of its own, so that they do not stack up at its ends
    (‘Search ad: "linen bedding"’, not “Search ad: "linen bedding"”). Every place that
    quotes a user's name (History, Compare With, Conflicts, diff, merge) uses this rule."""
    if DOUBLE_QUOTES.isdisjoint(text):
        return f"“{text}”"
    return f"‘{text}’"


def _quoted(text: str, most: int = MAX_NAME) -> str:
    text = " ".join(text.split())
    return in_quotes(text if len(text) <= most else text[: most - 1].rstrip() + "…")


def _name(record: Record, names: dict[str, str]) -> str:
    """``record`` as a person names it: its name, or for a flow its two ends."""
    field = NAME_FIELD.get(record.KIND, "")
    text = str(getattr(record, field, "") or "") if field else ""
    if not text and isinstance(record, Flow):
        ends = (names.get(record.source, record.source), names.get(record.target, record.target))
        return " → ".join(_quoted(end, MAX_NAME // 2) for end in ends)
    return _quoted(text) if text else ""


def describe(ops: Sequence[Operation], journey: Journey | None = None) -> str | None:
    """The step's text, or None when no plain sentence says it (the caller's text stays).

    ``journey`` (as it is after the step) names the ends of flows."""
    names = _end_names(ops, journey)
    if not ops:
        return None
    adds = [op for op in ops if isinstance(op, Add)]
    removes = [op for op in ops if isinstance(op, Remove)]
    updates = [op for op in ops if isinstance(op, Update)]
    if adds:
        return _added(adds, updates, names) if not removes else None
    if removes:
        return _removed(removes, names)
    if journey is not None and all(isinstance(op, (Update, Move)) for op in ops) and _only_moves(updates):
        return _moved(ops, journey, names)
    if updates and len(updates) == len(ops):
        return _updated(updates, names)
    return None


PLACE_FIELDS = frozenset({"stage", "lane"})
"""A card whose only changes are these moved (to another cell)."""


def _only_moves(updates: list[Update]) -> bool:
    return all(
        {f for f in type(op.new).model_fields if getattr(op.old, f) != getattr(op.new, f)} <= PLACE_FIELDS
        for op in updates
    )


def _moved(ops: Sequence[Operation], journey: Journey, names: dict[str, str]) -> str | None:
    """ "Move touchpoint “Search ad” to “Stay”", "Move stage “Buy”", "Move 3 touchpoints"."""
    ids = list(
        dict.fromkeys(
            op.new.id if isinstance(op, Update) else op.id for op in ops if isinstance(op, (Update, Move))
        )
    )
    records = [r for i in ids if (r := journey.get(i)) is not None]
    if not records:
        return None
    if len(records) > 1:
        return _counted(tr("Move {what}"), [r.KIND for r in records])
    (record,) = records
    head = tr("Move {kind} {name}").format(kind=_kind(record.KIND), name=_name(record, names)).strip()
    firsts = [op.old for op in ops if isinstance(op, Update)]
    stage_before = getattr(firsts[0], "stage", None) if firsts else None
    stage_now = getattr(record, "stage", None)
    if stage_now is not None and stage_before != stage_now:
        stage = journey.get(str(stage_now))
        if stage is not None:
            return tr("{head} to {stage}").format(head=head, stage=_name(stage, names))
    return head


def _end_names(ops: Sequence[Operation], journey: Journey | None) -> dict[str, str]:
    names: dict[str, str] = {}
    if journey is None:
        return names
    for op in ops:
        record = getattr(op, "record", None) or getattr(op, "new", None)
        if isinstance(record, Flow):
            for end in (record.source, record.target):
                found = journey.get(end)
                field = NAME_FIELD.get(found.KIND, "") if found is not None else ""
                if found is not None and field:
                    names[end] = " ".join(str(getattr(found, field, "")).split())
    return names


def _added(adds: list[Add], updates: list[Update], names: dict[str, str]) -> str | None:
    final = {op.record.id: op.record for op in adds}
    for op in updates:  # typing the new card's title merged into the add
        if op.new.id not in final:
            return None
        final[op.new.id] = op.new
    if len(final) == 1:
        (record,) = final.values()
        name = _name(record, names)
        return tr("Add {kind} {name}").format(kind=_kind(record.KIND), name=name).strip()
    return _counted(tr("Add {what}"), [r.KIND for r in final.values()])


def _removed(removes: list[Remove], names: dict[str, str]) -> str:
    """The deleted elements first (those that refer to nothing else deleted), then what
    went with them (their flows, say)."""
    records = [op.record for op in removes]
    for record in records:
        field = NAME_FIELD.get(record.KIND, "")
        if field and getattr(record, field, ""):
            names.setdefault(record.id, " ".join(str(getattr(record, field)).split()))
    gone = {r.id for r in records}
    heads = [r for r in records if not {i for _, i in r.referenced_ids()} & gone] or records[:1]
    rest = [r.KIND for r in records if r not in heads]
    if len(heads) == 1:
        head = (
            tr("Delete {kind} {name}").format(kind=_kind(heads[0].KIND), name=_name(heads[0], names)).strip()
        )
    else:
        head = _counted(tr("Delete {what}"), [r.KIND for r in heads])
    if not rest:
        return head
    return tr("{head} and {rest}").format(head=head, rest=_counted("{what}", rest))


def _updated(updates: list[Update], names: dict[str, str]) -> str | None:
    ids = {op.new.id for op in updates}
    if len(ids) > 1:
        return _counted(tr("Change {what}"), [op.new.KIND for op in {o.new.id: o for o in updates}.values()])
    old, new = updates[0].old, updates[-1].new
    fields = [f for f in type(new).model_fields if getattr(old, f) != getattr(new, f)]
    if not fields:
        return None
    name_field = NAME_FIELD.get(new.KIND)
    if fields == [name_field]:
        return tr("Rename {kind} {old} → {new}").format(
            kind=_kind(new.KIND), old=_name(old, names) or "“”", new=_name(new, names) or "“”"
        )
    what = ", ".join(tr(f.replace("_", " ")) for f in fields)
    return tr("Change {kind} {name}: {fields}").format(
        kind=_kind(new.KIND), name=_name(new, names), fields=what
    )


def _counted(template: str, kinds: list[str]) -> str:
    counts = Counter(kinds)
    what = ", ".join(
        tr(COUNTED[kind], "", n) if kind in COUNTED else f"{n} {_kind(kind, n)}" for kind, n in counts.items()
    )
    return template.format(what=what)


def element_name(journey: Journey, ident: str) -> str:
    """What a person calls an element: its name or title; a flow its two ends and its label
    ("Advocacy → Awareness (referrals)"); a comment its text. The id only for an element
    that is not there."""
    record = journey.get(ident)
    if record is None:
        return ident
    field = NAME_FIELD.get(record.KIND, "")
    text = " ".join(str(getattr(record, field, "") or "").split()) if field else ""
    if isinstance(record, Flow):
        ends = f"{element_name(journey, record.source)} → {element_name(journey, record.target)}"
        return f"{ends} ({text})" if text else ends
    return text or ident
