"""Mermaid ``journey`` diagrams: export a map so it can live in a Markdown doc, import one.

Mermaid's journey grammar (its ``journey.jison``) knows a title, accessible title and
description, sections and tasks with a score and actors, and nothing else. Export maps
stages to sections, touchpoints to tasks (in stage order), emotion -2..2 to score 1..5
(no emotion: 3) and a touchpoint's personas to actors. Import goes the other way into a
new map: one channel lane holds the tasks, a score becomes an emotion (rounded, clamped).

Names are escaped so the text always parses. The grammar has no escape sequences, so
characters it reserves become look-alikes that import turns back: ``:`` -> ``∶`` (ratio),
``;`` -> ``；``, ``#`` -> ``＃``, the second ``%`` of ``%%`` -> ``％``, ``,`` in an actor ->
``‚``, ``}`` in the description -> ``｝``; line breaks and runs of white space become one
space; a name that would read as a keyword (``title …``, ``section …``, ``journey…``,
``accDescr {``) starts with a zero-width space, and a blank name becomes ``–``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import ValidationError

from journeymap.formats.journey_file import JourneyFileError
from journeymap.model.data import JourneyData
from journeymap.model.elements import Channel, JourneyInfo, Lane, Persona, Stage, Touchpoint
from journeymap.model.ids import new_id
from journeymap.model.problems import Problem
from journeymap.util.excerpt import excerpt
from journeymap.util.i18n import tr, writing_language
from journeymap.util.numbers import plain_number
from journeymap.util.progress import Progress

SUFFIX = ".mmd"
BLANK = "–"
_ZWSP = "\u200b"
_LOOKALIKES = {":": "∶", ";": "；", "#": "＃", ",": "‚", "}": "｝"}
_ORIGINALS = {v: k for k, v in _LOOKALIKES.items()} | {"％": "%"}
_KEYWORD_START = re.compile(r"(?i)^(journey(?![A-Za-z0-9_])|title\s|section\s|acc(title|descr)\s*[:{])")
_PERCENTS = re.compile(r"%(?=%)")
_SPACES = re.compile(r"[\s\ufeff]+")  # JavaScript's \s also holds U+FEFF; Python's does not
_INDENT = "    "
_REPORT_EVERY = 5_000
_COMMENT = re.compile(r"^(%(?!\{)|[^}]%%|#)")  # as Mermaid's lexer: %, x%% and # start comments


# ---- export --------------------------------------------------------------------------


def _escape(text: str, reserved: str, *, keywords: bool = True) -> str:
    text = _SPACES.sub(" ", text).strip(" ")
    text = _PERCENTS.sub("％", text)
    for char in reserved:
        text = text.replace(char, _LOOKALIKES[char])
    if keywords and _KEYWORD_START.match(text):
        text = _ZWSP + text
    if keywords and text.startswith("%"):  # Mermaid's lexer takes a token starting with % as a comment
        text = "％" + text[1:]
    return text or BLANK


def carried_name(text: str, *, actor: bool = False) -> str:
    """What a name becomes after a trip through Mermaid (export, then import)."""
    return _unescape(_escape(text, ":;#," if actor else ":;#"))


def carried_title(text: str) -> str:
    return _unescape(_escape(text, "#;", keywords=False))


def score(emotion: int | None) -> int:
    return 3 if emotion is None else emotion + 3


def _actor_names(data: JourneyData) -> dict[str, str]:
    """Persona id -> actor name; personas sharing a name are told apart by a number."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for persona in data.personas:
        base = _escape(persona.name, ":;#,", keywords=False)
        name, n = base, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        taken.add(name)
        names[persona.id] = name
    return names


def to_mermaid(data: JourneyData) -> str:
    """The map as a Mermaid ``journey`` diagram, ending in a newline."""
    lines = ["journey", f"{_INDENT}title {_escape(data.journey.title, '#;', keywords=False)}"]
    description = data.journey.description.strip()
    if description:
        description = description.replace("}", _LOOKALIKES["}"])
        lines.append(f"{_INDENT}accDescr {{")
        lines += [f"{_INDENT * 2}{line.strip()}" if line.strip() else "" for line in description.splitlines()]
        lines.append(f"{_INDENT}}}")
    actors = _actor_names(data)
    by_stage: dict[str, list[Touchpoint]] = {stage.id: [] for stage in data.stages}
    for touchpoint in data.touchpoints:
        by_stage[touchpoint.stage].append(touchpoint)
    for stage in data.stages:
        lines.append(f"{_INDENT}section {_escape(stage.name, ':;#', keywords=False)}")
        for touchpoint in by_stage[stage.id]:
            task = f"{_INDENT * 2}{_escape(touchpoint.title, ':;#')}: {score(touchpoint.emotion)}"
            if touchpoint.personas:
                task += ": " + ", ".join(actors[p] for p in touchpoint.personas)
            lines.append(task)
    return "\n".join(lines) + "\n"


# ---- import --------------------------------------------------------------------------


def _no_progress(step: str, done: int, total: int) -> None:
    pass


def _unescape(text: str) -> str:
    text = _SPACES.sub(" ", text).strip(" ").removeprefix(_ZWSP)
    return "".join(_ORIGINALS.get(char, char) for char in text)


@dataclass
class _Parsed:
    title: str = ""
    acc_title: str = ""
    description: str = ""
    stages: list[tuple[str, int]] = field(default_factory=list)  # name, line
    tasks: list[tuple[int, str, int, list[str], int]] = field(
        default_factory=list
    )  # stage, name, score, actors, line
    problems: list[Problem] = field(default_factory=list)

    def fail(self, line: int, message: str) -> None:
        self.problems.append(Problem(tr("line {n}").format(n=line), message))


def _split(text: str) -> tuple[list[str], int]:
    """The lines, and how many of them YAML front matter takes (0 when there is none)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            return lines, end + 1
    return lines, 0


def _lines(lines: list[str], start: int) -> Iterator[tuple[int, str]]:
    """Numbered lines after the front matter, without ``%%{…}%%`` directives."""
    for number, line in enumerate(lines[start:], start=start + 1):
        yield number, _without_directives(line) if "%%{" in line else line


def _without_directives(line: str) -> str:
    """``line`` less every ``%%{…}%%``, in one pass: a regex with ``.*?`` would rescan the
    rest of the line from every ``%%{`` that is never closed (quadratic on hostile input)."""
    kept: list[str] = []
    position = 0
    while True:
        start = line.find("%%{", position)
        end = line.find("}%%", start + 3) if start >= 0 else -1
        if end < 0:
            kept.append(line[position:])
            return "".join(kept)
        kept.append(line[position:start])
        position = end + 3


def _front_matter_title(lines: list[str], end: int) -> str:
    for line in lines[1 : end - 1]:
        if line.startswith("title:") and line[6:].strip():
            return line[6:].strip().strip("'\"")
    return ""


def _parse(text: str, report: Progress) -> _Parsed:
    all_lines, start = _split(text)
    parsed = _Parsed(title=_front_matter_title(all_lines, start))
    lines = _lines(all_lines, start)
    seen_header = False
    total = len(all_lines)
    for number, raw in lines:
        if number % _REPORT_EVERY == 0:
            report(tr("reading"), number, total)
        line = raw.strip()
        if not line or _COMMENT.match(line):
            continue
        if not seen_header:
            if line.split()[0].lower() != "journey":
                parsed.fail(number, tr("a Mermaid journey starts with the word 'journey'"))
                return parsed
            seen_header = True
            continue
        if re.match(r"(?i)^accdescr\s*\{", line):
            _read_description(parsed, line, lines, number)
        else:
            _statement(parsed, line, number)
    if not seen_header:
        parsed.fail(1, tr("a Mermaid journey starts with the word 'journey'"))
    return parsed


def _read_description(parsed: _Parsed, line: str, lines: Iterator[tuple[int, str]], number: int) -> None:
    body = [line.split("{", 1)[1]]
    while "}" not in body[-1]:
        next_line = next(lines, None)
        if next_line is None:
            parsed.fail(number, tr("accDescr { is never closed with }"))
            return
        body.append(next_line[1])
    body[-1] = body[-1].split("}", 1)[0]
    text = "\n".join(part.strip() for part in body).strip()
    parsed.description = text.replace(_LOOKALIKES["}"], "}")


def _statement(parsed: _Parsed, line: str, number: int) -> None:
    acc = re.match(r"(?i)^acc(title|descr)\s*:\s*(.*)$", line)
    if acc:
        value = acc.group(2).strip()
        if acc.group(1).lower() == "title":
            parsed.acc_title = value
        else:
            parsed.description = value
        return
    content = line.split("#", 1)[0]  # '#' starts a comment in a journey
    if ";" in content:
        parsed.fail(number, tr("';' is not allowed in a Mermaid journey"))
        return
    keyword = re.match(r"(?i)^(title|section)\s+(.*)$", content)
    if keyword and keyword.group(1).lower() == "title":
        parsed.title = _unescape(keyword.group(2))
    elif keyword:
        parsed.stages.append((_unescape(keyword.group(2)), number))
    else:
        _task(parsed, content, number)


def _task(parsed: _Parsed, content: str, number: int) -> None:
    name, colon, data = content.partition(":")
    if not colon or not name.strip():
        parsed.fail(number, tr("expected 'task name: score' or 'task name: score: actor, actor'"))
        return
    value, _, actors = data.partition(":")
    points = plain_number(value)
    if points is None:
        parsed.fail(number, tr("the score {value} is not a number").format(value=excerpt(value.strip())))
        return
    stage = len(parsed.stages) - 1
    names = [_unescape(a) for a in actors.split(",")] if actors.strip() else []
    parsed.tasks.append(
        (stage, _unescape(name), round(min(max(points, 1), 5)), [a for a in names if a], number)
    )


def from_mermaid(text: str, *, source: str = "<mermaid>", progress: Progress | None = None) -> JourneyData:
    """A new map from a Mermaid journey; :class:`JourneyFileError` names the lines at fault.

    ``progress(step, done, total)`` hears how far reading is (lines, then tasks) and may
    raise to stop (the editor's Cancel). Cost is linear in the text."""
    report = progress or _no_progress
    parsed = _parse(text, report)
    if parsed.problems:
        raise JourneyFileError(source, parsed.problems)
    builder = _Builder()
    data = builder.build(parsed, report)
    if builder.problems:
        raise JourneyFileError(source, builder.problems)
    return data


_R = TypeVar("_R", Stage, Persona, Touchpoint)


class _Builder:
    """Records from parsed lines, fresh ids, and the line of every record that is refused."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.problems: list[Problem] = []

    def make(self, kind: type[_R], line: int, **values: Any) -> _R | None:
        ident = new_id(kind.KIND, self.taken)
        self.taken.add(ident)
        try:
            return kind(id=ident, **values)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            self.problems.append(Problem(tr("line {n}").format(n=line), f"{where}: {first['msg']}"))
            return None

    def build(self, parsed: _Parsed, report: Progress) -> JourneyData:
        sections = list(parsed.stages)
        tasks = parsed.tasks
        if any(stage < 0 for stage, *_ in tasks):  # tasks before the first section
            sections.insert(0, (tr("Journey"), tasks[0][4]))
            tasks = [(stage + 1, name, points, actors, line) for stage, name, points, actors, line in tasks]
        stages = [self.make(Stage, line, name=name) for name, line in sections]
        lane = Lane(id=new_id("lane", self.taken), name=tr("Touchpoints"), channel=Channel.OTHER)
        personas: dict[str, Persona | None] = {}
        touchpoints = []
        for count, (stage_index, name, points, actors, line) in enumerate(tasks):
            if count % _REPORT_EVERY == 0:
                report(tr("building the map"), count, len(tasks))
            for actor in actors:
                if actor not in personas:
                    personas[actor] = self.make(Persona, line, name=actor)
            ids = tuple(dict.fromkeys(p.id for a in actors if (p := personas[a]) is not None))
            stage = stages[stage_index]
            touchpoints.append(
                self.make(
                    Touchpoint,
                    line,
                    stage=stage.id if stage else "",
                    lane=lane.id,
                    title=name,
                    emotion=points - 3,
                    personas=ids,
                )
            )
        title = parsed.title or parsed.acc_title or tr("Untitled journey")
        code, direction = writing_language()  # its words ("Touchpoints") are in that language
        info = JourneyInfo(
            title=title[:200], description=parsed.description[:20_000], language=code, direction=direction
        )
        return JourneyData(
            journey=info,
            stages=tuple(s for s in stages if s is not None),
            lanes=(lane,),
            personas=tuple(p for p in personas.values() if p is not None),
            touchpoints=tuple(t for t in touchpoints if t is not None),
        )
