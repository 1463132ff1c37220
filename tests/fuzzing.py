"""Seeded mutators over the example map, its workbook and its Mermaid diagram, and the
contract every mutant must meet (issue 16). Shared by the bounded suite in CI
(``tests/test_fuzz.py``) and the longer run (``scripts/fuzz.py``).

The contract, for any input: a result or located problems, exit code 0, 1 or 2, never an
internal error (exit 3), a crash or a hang, and the input file untouched.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from journeymap.formats import journey_file
from journeymap.formats.excel_export import workbook_bytes
from journeymap.formats.mermaid import to_mermaid
from journeymap.util.paths import example_map
from tests.deadline import deadline

RAW = "\u0000raw:"  # marks a value to be written as raw JSON text (numbers JSON cannot hold in Python)

NUMBERS = (
    "0", "-1", "1", "2", "3", "6", "-3", "0.5", "1.5", "-0.0", "2147483648", "9223372036854775808",
    "999999999999999", "1000000000000000", "1e15", "1e308", "-1e308", "1e400", "5e-324", "1e-400",
    "1" + "0" * 400, "9" * 5000, "-" + "9" * 5000, "1." + "1" * 2000, "NaN", "Infinity", "-Infinity",
)  # fmt: skip
TEXTS = (
    "", " ", "x" * 201, "x" * 20_001, "=1+2", "@cmd", "+A1", "-2+3", "\t=x", "Q1\u0001 map", "\ufffe",
    "a\u200bb", "الوعي", "Farkındalık", "Zasięg", "st-0", "s1", "tp-1", "#12345", "#zzzzzz",
    "0001-01-01T00:00:00+01:00", "9999-12-31T00:00:00-14:00", "1900-01-01T00:00:00+14:00",
    "9998-12-31T23:59:59-14:00", "2025-02-30T00:00:00Z", "not a date", "channel", "text", "rtl",
    "backstage", "in_progress", "x: y; #z %% w", "%%{init}%%", "}", "a\nb\r\nc",
)  # fmt: skip
RAW_TEXTS = (
    '"\\ud800"',
    '"\\u0000"',
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
    "{}",
    "[]",
)


def _interesting(rng: random.Random) -> Any:
    choice = rng.random()
    if choice < 0.35:
        return RAW + rng.choice(NUMBERS)
    if choice < 0.75:
        return rng.choice(TEXTS)
    if choice < 0.85:
        return RAW + rng.choice(RAW_TEXTS)
    return rng.choice([None, True, False, [], {}, ["a", "a"], {"a": 1}, 3, -2, 0.25])


def _dump(document: Any) -> str:
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return re.sub(r'"\\u0000raw:((?:[^"\\]|\\.)*)"', lambda m: json.loads(f'"{m.group(1)}"'), text)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def example_text() -> str:
    return example_map().read_text(encoding="utf-8")


# ---- .journey mutants -------------------------------------------------------------------


def journey_mutant(rng: random.Random, base: str) -> bytes:
    """One mutant of the map ``base`` (its JSON text): structure-aware most of the time,
    raw text and bytes otherwise."""
    operation = rng.choice(
        ["replace", "replace", "replace", "delete", "add_key", "duplicate_key", "text", "bytes", "encoding"]
    )
    if operation in ("text", "bytes", "encoding"):
        return _raw_journey_mutant(rng, base, operation)
    document = json.loads(base)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _paths(document) if p]
        path = rng.choice(paths)
        parent, last = _at(document, path[:-1]), path[-1]
        if operation == "replace":
            parent[last] = _interesting(rng)
        elif operation == "delete":
            del parent[last]
        elif operation == "add_key" and isinstance(parent, dict):
            parent[rng.choice(["id", "name", "colour", "x" * 300, "stage", "customers"])] = _interesting(rng)
    text = _dump(document)
    if operation == "duplicate_key":
        keys = [m.start() for m in re.finditer(r'\n\s*"(id|format|name|stage|customers)": ', text)]
        if keys:
            at = rng.choice(keys)
            line_end = text.index("\n", at + 1)
            line = text[at:line_end].rstrip(",")
            text = text[:at] + line + "," + text[at:]
    return text.encode("utf-8")


def _raw_journey_mutant(rng: random.Random, base: str, operation: str) -> bytes:
    raw = bytearray(base.encode("utf-8"))
    if operation == "encoding":
        return base.encode(rng.choice(["utf-16", "utf-16-le", "utf-32", "utf-8-sig", "latin-1"]), "replace")
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(raw))
        if operation == "bytes":
            raw[at] = rng.randrange(256)
        else:
            raw[at:at] = rng.choice(
                [b"{", b"}", b"[", b",", b'"', b":", b"\\", b"-", b"1" * 5000, b"\x00", b"\xff", b"\n"]
            )
    if rng.random() < 0.2:
        del raw[rng.randrange(len(raw)) :]
    return bytes(raw)


# ---- workbook mutants ---------------------------------------------------------------------


def example_workbook() -> bytes:
    return workbook_bytes(journey_file.parse(example_text()))


_XML_NUMBERS = (
    *tuple(n for n in NUMBERS if n not in ("NaN", "Infinity", "-Infinity")),
    "abc",
    "",
    "1e5x",
    " 7 ",
)
_XML_TEXTS = (
    *tuple(
        t.replace("&", "&amp;").replace("<", "&lt;")
        for t in TEXTS
        if not any(ord(c) < 32 and c not in "\t\n\r" for c in t)
    ),
    "_x0001_ map",
    "_xD800_",
)


def workbook_mutant(rng: random.Random, base: bytes) -> bytes:
    """One mutant of the workbook ``base``: its sheets' XML edited cell by cell, or its bytes."""
    if rng.random() < 0.08:
        raw = bytearray(base)
        for _ in range(rng.randint(1, 20)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return bytes(raw)
    with zipfile.ZipFile(io.BytesIO(base)) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    sheets = sorted(n for n in parts if n.startswith("xl/worksheets/sheet"))
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(sheets)
        parts[name] = _sheet_mutant(rng, parts[name].decode("utf-8")).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for name, content in parts.items():
            new.writestr(name, content)
    return out.getvalue()


def _sheet_mutant(rng: random.Random, xml: str) -> str:
    operation = rng.choice(["value", "text", "type", "ref", "formula", "dimension", "far", "row", "bytes"])
    cells = [m.span() for m in re.finditer(r"<c [^>]*?(?:/>|>.*?</c>)", xml, flags=re.DOTALL)]
    if not cells or operation == "dimension":
        return xml.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>', 1)
    start, end = rng.choice(cells)
    cell = xml[start:end]
    reference = re.search(r' r="([A-Z]+[0-9]+)"', cell)
    where = reference.group(1) if reference else "A1"
    if operation == "value":
        cell = f'<c r="{where}" t="n"><v>{rng.choice(_XML_NUMBERS)}</v></c>'
    elif operation == "text":
        cell = f'<c r="{where}" t="inlineStr"><is><t>{rng.choice(_XML_TEXTS)}</t></is></c>'
    elif operation == "type":
        cell = re.sub(
            r' t="[^"]*"', f' t="{rng.choice(["s", "b", "e", "d", "str", "n", "zz"])}"', cell, count=1
        )
    elif operation == "ref":
        cell = cell.replace(
            f'r="{where}"', f'r="{rng.choice(["ZZZZ1", "A0", "A99999999", "", "XFD1", "B"])}"', 1
        )
    elif operation == "formula":
        cell = f'<c r="{where}"><f>{rng.choice(["1+1", "A1", "SUM(A1:A9)"])}</f></c>'
    elif operation == "far":
        row = rng.choice([2, 99_999, 100_001, 1_048_576])
        return xml.replace("</sheetData>", f'<row r="{row}"><c r="XFD{row}"><v>1</v></c></row></sheetData>')
    elif operation == "row":
        return re.sub(
            r'<row r="(\d+)"', lambda m: f'<row r="{rng.choice(["x", "0", m.group(1), "-1"])}"', xml, count=3
        )
    else:
        chars = list(cell)
        for _ in range(rng.randint(1, 4)):
            chars[rng.randrange(len(chars))] = rng.choice("<>&\"'/x ")
        cell = "".join(chars)
    return xml[:start] + cell + xml[end:]


# ---- Mermaid mutants ----------------------------------------------------------------------


def example_mermaid() -> str:
    return to_mermaid(journey_file.parse(example_text()))


MERMAID_LINES = (
    "journey", "title", "title " + "t" * 300, "section", "section " + "s" * 300, "accTitle: x", "accDescr: y",
    "accDescr {", "}", "%%{init: {}}%%", "%%{" * 2000, "%% comment", "# comment", "---", "title: front",
    "Task: 5", "Task: 5: Ana, Bo", "Task: lots", "Task: 1e400", "Task: " + "9" * 5000, "Task: -7", "Task: NaN",
    "Task:", ": 3", "a: b: c: d", "Task; 3", "x" * 10_000 + ": 3", "Task: 3: " + ",".join(["A"] * 3000),
    "\u200bjourney", "\ufeffjourney", "Task\u0000: 3", "   \t  ",
)  # fmt: skip


def mermaid_mutant(rng: random.Random, base: str) -> bytes:
    lines = base.split("\n")
    for _ in range(rng.randint(1, 6)):
        operation = rng.choice(["insert", "insert", "replace", "delete", "duplicate", "chars"])
        at = rng.randrange(len(lines) + 1)
        if operation == "insert":
            lines.insert(at, "    " * rng.randint(0, 2) + rng.choice(MERMAID_LINES))
        elif operation == "replace" and at < len(lines):
            lines[at] = rng.choice(MERMAID_LINES)
        elif operation == "delete" and at < len(lines):
            del lines[at]
        elif operation == "duplicate" and at < len(lines):
            lines[at:at] = [lines[at]] * rng.randint(1, 50)
        elif at < len(lines) and lines[at]:
            chars = list(lines[at])
            chars[rng.randrange(len(chars))] = rng.choice(":;#%{},\r\x00é")
            lines[at] = "".join(chars)
    text = rng.choice(["\n", "\r\n", "\r"]).join(lines)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        raw = raw.replace(b"a", b"\xff", 1)
    return raw


# ---- the contract -------------------------------------------------------------------------


@dataclass
class Tally:
    """How the tries ended: accepted (exit 0), cleanly rejected (1: located problems; 2: usage)."""

    tries: int = 0
    accepted: int = 0
    rejected: int = 0
    usage: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, code: int) -> None:
        self.tries += 1
        if code == EXIT_OK:
            self.accepted += 1
        elif code == EXIT_PROBLEMS:
            self.rejected += 1
        else:
            self.usage += 1
        key = f"{what}: exit {code}"
        self.outcomes[key] = self.outcomes.get(key, 0) + 1


class BrokenContract(AssertionError):
    """A mutant broke the contract; ``kept`` is where the input was saved to reproduce it."""


def run_command(args: list[str], inputs: list[Path], *, seconds: float = 60.0) -> tuple[int, str]:
    """``journeymap ARGS`` in this process: its exit code and what it printed; raises
    :class:`BrokenContract` on an internal error, an unknown exit code, a hang or a
    changed input."""
    before = {path: path.read_bytes() for path in inputs}
    out, err = io.StringIO(), io.StringIO()
    with deadline(seconds), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    said = out.getvalue() + err.getvalue()
    if code not in (EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE) or "internal error" in said or "Traceback" in said:
        raise BrokenContract(f"journeymap {' '.join(args)}: exit {code}: {said[-2000:]}")
    for path, content in before.items():
        if path.read_bytes() != content:
            raise BrokenContract(f"journeymap {' '.join(args)} changed its input {path}")
    if code == EXIT_PROBLEMS and any(len(line) > 1000 for line in said.splitlines()):
        raise BrokenContract(
            f"journeymap {' '.join(args)}: a message line of {max(map(len, said.splitlines()))} chars"
        )
    return code, said


Check = Callable[[random.Random, Path, Tally], None]


def check_journey(rng: random.Random, folder: Path, tally: Tally, base: str) -> None:
    path = folder / "mutant.journey"
    path.write_bytes(journey_mutant(rng, base))
    code, _ = run_command(["validate", str(path)], [path])
    tally.count("validate", code)
    code, _ = run_command(["stats", str(path)], [path])
    tally.count("stats", code)
    if code == EXIT_OK:  # what validates must export, to every data format
        for suffix in (".xlsx", ".mmd", ".csv"):
            out = folder / f"out{suffix}"
            exported, said = run_command(["export", str(path), str(out), "--force"], [path])
            tally.count(f"export {suffix}", exported)
            if exported != EXIT_OK:
                raise BrokenContract(f"{path} validates but its {suffix} export failed: {said}")


def check_workbook(rng: random.Random, folder: Path, tally: Tally, base: bytes) -> None:
    path = folder / "mutant.xlsx"
    path.write_bytes(workbook_mutant(rng, base))
    code, _ = run_command(["import", str(path), str(folder / "from-xlsx.journey"), "--force"], [path])
    tally.count("import .xlsx", code)


def check_mermaid(rng: random.Random, folder: Path, tally: Tally, base: str) -> None:
    path = folder / "mutant.mmd"
    path.write_bytes(mermaid_mutant(rng, base))
    code, _ = run_command(["import", str(path), str(folder / "from-mmd.journey"), "--force"], [path])
    tally.count("import .mmd", code)
