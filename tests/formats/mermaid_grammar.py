"""A test oracle: Mermaid's journey lexer and grammar, as its jison build compiles them.

The rules are tried in order at each position and the first that matches wins (jison's
default, not the longest match); keywords are case-insensitive for ASCII letters only,
``\\s`` is JavaScript's white space, and jison compiles the comment rule ``\\%%`` to a
single ``%``. Checked against the real generated parser on 600 random diagrams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

JS_SPACE = "[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]"
_FLAGS = re.IGNORECASE | re.ASCII
_RULES = [
    (None, r"%(?!\{)[^\n]*"),
    (None, r"[^}]%%[^\n]*"),
    ("NEWLINE", r"\n+"),
    (None, JS_SPACE + "+"),
    (None, r"#[^\n]*"),
    ("journey", r"journey(?![A-Za-z0-9_])"),
    ("title", "title" + JS_SPACE + r"[^#\n;]+"),
    ("acc_title", "accTitle" + JS_SPACE + "*:" + JS_SPACE + "*"),
    ("acc_descr", "accDescr" + JS_SPACE + "*:" + JS_SPACE + "*"),
    ("acc_descr_multi", "accDescr" + JS_SPACE + r"*\{" + JS_SPACE + "*"),
    ("section", "section" + JS_SPACE + r"[^#:\n;]+"),
    ("taskName", r"[^#:\n;]+"),
    ("taskData", r":[^#\n;]+"),
    (":", ":"),
    ("INVALID", "[^\\n\\r\\u2028\\u2029]"),
]
_COMPILED = [(kind, re.compile(pattern, _FLAGS)) for kind, pattern in _RULES]


class MermaidSyntaxError(ValueError):
    pass


@dataclass
class Diagram:
    title: str | None = None
    description: str | None = None
    sections: list[str] = field(default_factory=list)
    tasks: list[tuple[int, str, float, list[str]]] = field(
        default_factory=list
    )  # section, task, score, people


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    at = 0
    while at < len(text):
        if tokens and tokens[-1][0] in ("acc_title", "acc_descr"):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            tokens.append((tokens[-1][0] + "_value", text[at:end]))
            at = end
            continue
        if tokens and tokens[-1][0] == "acc_descr_multi":
            end = text.find("}", at)
            if end < 0:
                raise MermaidSyntaxError("unclosed accDescr {")
            tokens[-1] = ("acc_descr_multiline_value", text[at:end])
            at = end + 1
            continue
        for kind, pattern in _COMPILED:
            match = pattern.match(text, at)
            if match:
                if kind is not None:
                    tokens.append((kind, match.group()))
                at = match.end()
                break
    return tokens


def parse(text: str) -> Diagram:
    """Parse as Mermaid does, or raise MermaidSyntaxError where Mermaid would fail."""
    tokens = _tokens(text)
    if not tokens or tokens[0][0] != "journey":
        raise MermaidSyntaxError("expected 'journey'")
    diagram = Diagram()
    index = 1
    while index < len(tokens):
        kind, value = tokens[index]
        index += 1
        if kind == "NEWLINE":
            continue
        if kind == "title":
            diagram.title = value[6:]
        elif kind in ("acc_title_value", "acc_descr_value", "acc_descr_multiline_value"):
            if kind != "acc_title_value":
                diagram.description = value.strip()
        elif kind in ("acc_title", "acc_descr"):
            continue
        elif kind == "section":
            diagram.sections.append(value[8:])
        elif kind == "taskName" and index < len(tokens) and tokens[index][0] == "taskData":
            pieces = tokens[index][1][1:].split(":")
            index += 1
            people = [p.strip() for p in pieces[1].split(",")] if len(pieces) > 1 else []
            diagram.tasks.append((len(diagram.sections) - 1, value, float(pieces[0]), people))
        else:
            raise MermaidSyntaxError(f"unexpected {kind} {value!r}")
    return diagram
