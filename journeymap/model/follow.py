"""New things follow the selection: what a new card, lane or name means where it is made.

A pain point added while touchpoints are selected is about them: it is linked to them and
put in the stage of the last one. An opportunity added while pain points are selected
answers them. A lane added next to a selected lane is of that lane's kind (a channel lane
among channel lanes). A channel lane named like a channel ("Email", "Web shop", "Chat",
"Sklep", "E-posta" …) takes that channel, unless someone chose another one for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from journeymap.model import builders
from journeymap.model.elements import Channel, Lane, LaneKind, PainPoint, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Update

LINKS = {"pain_point": ("touchpoints", "touchpoint"), "opportunity": ("pain_points", "pain_point")}
"""A new card of this kind is linked, through this field, to the selected cards of that kind."""

CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    Channel.EMAIL: ("email", "e-mail", "mail", "newsletter", "e-posta", "eposta", "poczta", "بريد"),
    Channel.WEB: ("web", "website", "site", "online", "shop", "webshop", "checkout", "internet", "strona"),
    Channel.SOCIAL: ("social", "instagram", "facebook", "tiktok", "linkedin", "twitter", "sosyal", "media"),
    Channel.PHONE: ("phone", "call", "sms", "telephone", "hotline", "telefon", "هاتف"),
    Channel.STORE: ("store", "showroom", "branch", "mağaza", "magaza", "sklep", "متجر", "in-store"),
    Channel.CHAT: ("chat", "chatbot", "messenger", "whatsapp", "live chat", "sohbet", "czat", "دردشة"),
    Channel.APP: ("app", "mobile", "application", "uygulama", "aplikacja", "تطبيق"),
    Channel.ADS: ("ads", "ad", "advertising", "adverts", "ppc", "banner", "reklam", "reklama", "إعلانات"),
    Channel.WORD_OF_MOUTH: (
        "word of mouth",
        "referral",
        "referrals",
        "friends",
        "ağızdan ağıza",
        "polecenia",
    ),
}
"""Words (compared without case or accents) that name a channel in a lane's name."""

_WORD = re.compile(r"[\w-]+")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


_FOLDED_WORDS = {channel: tuple(_folded(w) for w in words) for channel, words in CHANNEL_WORDS.items()}


def channel_for_name(name: str) -> Channel | None:
    """The channel a lane called ``name`` stands for, or None when the name says none.

    A phrase ("word of mouth") counts first, then single words in reading order: "Web shop"
    is web, "Email and SMS" is email."""
    text = _folded(name)
    for channel, words in _FOLDED_WORDS.items():
        if any(" " in w and w in text for w in words):
            return channel
    for word in _WORD.findall(text):
        for channel, words in _FOLDED_WORDS.items():
            if word in words:
                return channel
    return None


def new_card(
    journey: Journey,
    stage: str,
    lane: str,
    *,
    title: str,
    selection: Sequence[str],
    index: int | None = None,
) -> builders.Edit:
    """A card in the cell ``(stage, lane)``, linked to the selected cards it is about."""
    edit = builders.new_card(journey, stage, lane, title=title, index=index)
    (add,) = edit.ops
    assert isinstance(add, Add)
    link = LINKS.get(add.record.KIND)
    if link is None:
        return edit
    field, kind = link
    about = tuple(dict.fromkeys(i for i in selection if journey.kind_of(i) == kind))
    if not about:
        return edit
    record = add.record.model_validate({**add.record.model_dump(), field: about})
    return builders.Edit([Add(record, add.index)], edit.select)


def cell_for_selection(journey: Journey, selection: Sequence[str], kind: str) -> str | None:
    """The stage a new card of ``kind`` goes to: that of the last selected card it is about."""
    link = LINKS.get(kind)
    for ident in reversed(selection):
        record = journey.get(ident)
        if isinstance(record, (Touchpoint, PainPoint)) and link is not None and link[1] == record.KIND:
            return record.stage
    return None


def new_lane_after(journey: Journey, lane: str | None, *, name: str) -> builders.Edit:
    """A lane just below ``lane`` (at the end without one), of its kind when that is a
    channel or a text lane: a lane added among the channel lanes is a channel lane."""
    kind = LaneKind.CHANNEL
    index = None
    record = journey.get(lane) if lane is not None else None
    if isinstance(record, Lane):
        index = journey.index_of(record.id) + 1
        if record.kind in (LaneKind.CHANNEL, LaneKind.TEXT):
            kind = record.kind
    return builders.new_lane(journey, name=name, kind=kind, index=index)


def rename(journey: Journey, ident: str, text: str) -> builders.Edit:
    """Rename as :func:`journeymap.model.builders.rename`; a channel lane named like a channel
    also takes that channel, when its channel is unset or was the one its old name said."""
    edit = builders.rename(journey, ident, text)
    record = journey.get(ident)
    if not edit.ops or not isinstance(record, Lane) or record.kind != LaneKind.CHANNEL:
        return edit
    (update,) = edit.ops
    assert isinstance(update, Update)
    wanted = channel_for_name(text)
    if wanted is None or record.channel == wanted:
        return edit
    if record.channel is not None and record.channel != channel_for_name(record.name):
        return edit  # someone chose this lane's channel: a new name does not override it
    new = Lane.model_validate({**update.new.model_dump(), "channel": wanted})
    return builders.Edit([Update(record, new)], edit.select)
