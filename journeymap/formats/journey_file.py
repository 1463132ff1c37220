"""The .journey file: UTF-8 JSON, versioned, deterministic, saved atomically.

Reading: size check -> JSON -> format and version check -> migrate -> validate types ->
check references and rules. Every problem found is reported at once, each located
(``touchpoints[3].stage: no stage 'x'``). Writing: the same map always gives the same
bytes; fields at their default are left out so that a small edit changes a few lines.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import ConfigDict, ValidationError, create_model, field_validator

from journeymap.formats import MAP_SUFFIX
from journeymap.formats.migrations import CURRENT_VERSION, migrate
from journeymap.model.data import JourneyData, reference_problems
from journeymap.model.elements import COLLECTION
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError, Problem, location
from journeymap.util.atomic import UnreadableFile, read_limited, write_atomically
from journeymap.util.collector import collector_paused
from journeymap.util.excerpt import LongNumber, excerpt
from journeymap.util.i18n import tr, tr_noop

FORMAT_NAME = "journeymap"
SUFFIX = MAP_SUFFIX
MAX_FILE_BYTES = 256 * 1024 * 1024

_FIELDS: dict[str, Any] = {
    "format": (Literal["journeymap"], ...),
    "version": (Literal[CURRENT_VERSION], ...),
    **{name: (field.annotation, field) for name, field in JourneyData.model_fields.items()},
}


def _whole_version(value: Any) -> Any:
    """``true`` equals 1 to Python; as a version it is a mistake (the slow path says so)."""
    if isinstance(value, bool):
        raise ValueError("version must be a whole number")
    return value


JourneyFile: Any = create_model(  # the on-disk document: a header, then JourneyData's fields
    "JourneyFile",
    __config__=ConfigDict(frozen=True, extra="forbid"),
    __validators__={"whole_version": field_validator("version", mode="before")(_whole_version)},
    **_FIELDS,
)


class JourneyFileError(Exception):
    """A file could not be read; ``problems`` says every reason, each located."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(f"{self.path}: {p}" for p in problems))


# ---- reading -------------------------------------------------------------------------


def load(path: str | os.PathLike[str]) -> Journey:
    """Read a .journey file into a live Journey, or raise JourneyFileError."""
    return _build(_read(path), source=str(path))


def load_data(path: str | os.PathLike[str]) -> JourneyData:
    return parse(_read(path), source=str(path))


def _read(path: str | os.PathLike[str]) -> bytes:
    return read_file(Path(path), MAX_FILE_BYTES)


def read_file(path: Path, limit: int) -> bytes:
    """:func:`~journeymap.util.atomic.read_limited`, a refusal reported as a JourneyFileError
    (a folder, a device, a pipe, over ``limit`` bytes, or the system's reason)."""
    try:
        raw = read_limited(path, limit)
    except UnreadableFile as refused:
        raise JourneyFileError(path, [Problem("", refused.reason)]) from None
    if not raw:
        raise JourneyFileError(path, [Problem("", tr("empty file"))])
    return raw


def parse(raw: bytes | str, *, source: str = "<data>") -> JourneyData:
    """Parse .journey text; raise JourneyFileError naming every problem."""
    return _build(raw, source=source).snapshot()


def _build(raw: bytes | str, *, source: str) -> Journey:
    """Parse, validate and build the live Journey: its construction is the reference check."""
    try:
        with collector_paused():  # only new objects that all stay alive
            return Journey(_validate(raw, source))  # the reference and rule check, located
    except JourneyError as error:
        raise JourneyFileError(source, error.problems) from None


def _validate(raw: bytes | str, source: str) -> JourneyData:
    document = read_json(raw, source)
    try:
        validated = JourneyFile.model_validate(document)  # the fast path: current, valid
    except ValidationError:
        return _parse_slowly(document, source)
    return JourneyData.model_construct(
        **{name: getattr(validated, name) for name in JourneyData.model_fields}
    )


def _parse_slowly(document: Any, source: str) -> JourneyData:
    """Old versions and bad files: migrate, then collect every problem at once."""
    document = _check_header(document, source)
    try:
        return JourneyData.model_validate(document)
    except ValidationError as error:
        problems = [Problem(location(*e["loc"]), _message(e)) for e in error.errors()]
        collections = {n: v for n, v in document.items() if n in COLLECTION.values() and isinstance(v, list)}
        problems += reference_problems(collections)
        raise JourneyFileError(source, sorted(set(problems), key=problems.index)) from None


# ---- JSON as the format says: UTF-8, unique keys, numbers of sane length -------------------

_LONGEST_INTEGER = 40  # digits; no field takes more than 16
_LONGEST_FLOAT = 400  # characters


class _Object(dict[str, Any]):
    """A JSON object that wrote some key more than once (only such objects get this type)."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        counts: dict[str, int] = {}
        for key, _ in pairs:
            counts[key] = counts.get(key, 0) + 1
        self.repeated = [key for key, n in counts.items() if n > 1]


def read_json(raw: bytes | str, source: str) -> Any:
    """The JSON value in ``raw``, or :class:`JourneyFileError` located by line, byte or key.

    Stricter than ``json.loads``: the text must be UTF-8 (UTF-16 and UTF-32 are refused,
    though JSON readers often guess them); a key written twice in one object is refused
    where it is (a reader would silently keep the last); an integer of more than 40 digits
    becomes a :class:`LongNumber` that validation reports at its place (Python cannot even
    convert integers past 4,300 digits)."""
    text = _utf8_text(raw, source) if isinstance(raw, bytes) else raw
    if not text.strip():  # not "Expecting value" from the JSON parser: say what it is
        raise JourneyFileError(source, [Problem("", tr("empty file"))])
    repeated: list[_Object] = []

    def make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(pairs)
        if len(made) == len(pairs):
            return made
        found = _Object(pairs)
        repeated.append(found)
        return found

    try:
        document = json.loads(
            text,
            object_pairs_hook=make_object,
            parse_int=_integer,
            parse_float=_float,
        )
    except json.JSONDecodeError as error:
        where = tr("line {line} column {col}").format(line=error.lineno, col=error.colno)
        raise JourneyFileError(
            source, [Problem(where, tr("not valid JSON: {msg}").format(msg=error.msg))]
        ) from None
    except RecursionError:
        raise JourneyFileError(source, [Problem("", tr("JSON is nested too deeply"))]) from None
    if repeated:
        raise JourneyFileError(source, _repeated_keys(document))
    return document


def _utf8_text(raw: bytes, source: str) -> str:
    encoding = json.detect_encoding(raw)
    if encoding not in ("utf-8", "utf-8-sig"):
        name = encoding.upper().replace("-LE", "").replace("-BE", "")
        message = tr("the file is {encoding} text; .journey files are UTF-8: save it as UTF-8")
        raise JourneyFileError(source, [Problem("", message.format(encoding=name))])
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise JourneyFileError(source, [Problem(f"byte {error.start}", tr("not UTF-8 text"))]) from None


def _integer(text: str) -> int | LongNumber:
    return int(text) if len(text) <= _LONGEST_INTEGER else LongNumber(len(text.lstrip("-")))


def _float(text: str) -> float | LongNumber:
    return float(text) if len(text) <= _LONGEST_FLOAT else LongNumber(len(text.lstrip("-")))


def _repeated_keys(document: Any) -> list[Problem]:
    """Where each repeated key is, in document order (an explicit stack: no recursion)."""
    problems: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Object):
            for key in value.repeated:
                message = tr("the key {key} is written more than once in this object").format(
                    key=excerpt(key)
                )
                problems.append(Problem(location(*path, key), message))
        children = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        stack.extend(reversed([((*path, key), child) for key, child in children]))
    return problems


def _check_header(document: Any, source: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise JourneyFileError(
            source, [Problem("format", tr('not a journeymap file (no "format": "journeymap")'))]
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JourneyFileError(source, [Problem("version", tr("version must be a whole number from 1"))])
    if version > CURRENT_VERSION:
        message = tr(
            "written by a newer journeymap (file version {v}; this one reads up to {known}): please update"
        ).format(v=version, known=CURRENT_VERSION)
        raise JourneyFileError(source, [Problem("version", message)])
    migrated: dict[str, Any] = migrate(dict(document), version)
    del migrated["format"], migrated["version"]
    return migrated


_NUMBER_TYPES = ("int_type", "float_type", "int_parsing", "float_parsing", "bool_type")
_MESSAGES = {
    "extra_forbidden": tr_noop("unknown field"),
    "missing": tr_noop("required field is missing"),
}


def _message(error: Any) -> str:
    text = _MESSAGES.get(error["type"])
    if text:
        return tr(text)
    if error["type"] == "string_too_short" and error.get("ctx", {}).get("min_length") == 1:
        return tr("must not be empty")
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    value = error.get("input")
    if isinstance(value, LongNumber) and error["type"] in _NUMBER_TYPES:
        return tr("too large: {number}").format(number=excerpt(value))
    if isinstance(value, (int, float, str, bool, LongNumber)) and error["type"] not in ("string_too_long",):
        return tr("{message} (got {value})").format(message=tr(message), value=excerpt(value))
    return tr(message)


# ---- writing -------------------------------------------------------------------------


def dumps(journey: Journey | JourneyData) -> bytes:
    """The file's bytes: deterministic, UTF-8, two-space indent, trailing newline."""
    data = journey.snapshot() if isinstance(journey, Journey) else journey
    document = JourneyFile.model_construct(
        format=FORMAT_NAME, version=CURRENT_VERSION, **{n: getattr(data, n) for n in JourneyData.model_fields}
    )
    return document.model_dump_json(indent=2, exclude_defaults=True).encode("utf-8") + b"\n"


def save(journey: Journey | JourneyData, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write atomically, keeping the previous file as ``NAME.journey.bak``."""
    write_atomically(Path(path), dumps(journey), backup=backup)
