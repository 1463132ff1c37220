"""The JSON Schema of the .journey file, generated from the file model.

The schema is derived from :data:`journey_file.JourneyFile` (pydantic), then given what a
reader needs and pydantic cannot know: an identity, what each reference field points at,
and the rules on text-lane cells that live in validators. It checks the shape of a file
(types, ranges, unknown fields); references and cross-record rules are checked by
journeymap itself (``journeymap validate``). The shipped copy sits in
``resources/schema/`` and a test keeps it equal to what this module generates.
"""

from __future__ import annotations

import json
from typing import Any

from journeymap.formats import journey_file
from journeymap.formats.migrations import CURRENT_VERSION
from journeymap.model.elements import MAX_PHOTO_BYTES, RECORD_TYPES, Record
from journeymap.model.ids import ID_PATTERN

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE_NAME = f"journey-{CURRENT_VERSION}.schema.json"
SCHEMA_ID = f"https://journeymap.invalid/schema/journey-{CURRENT_VERSION}.json"  # a name, never fetched


def journey_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a current-version .journey file."""
    schema: dict[str, Any] = journey_file.JourneyFile.model_json_schema()
    definitions: dict[str, Any] = schema["$defs"]
    for record_type in RECORD_TYPES:
        _describe_references(definitions[record_type.__name__], record_type)
    _constrain_cells(definitions["Lane"]["properties"]["cells"], definitions["Stage"])
    _mark_photo(definitions["Persona"]["properties"]["photo"])
    schema.update(
        {
            "$schema": SCHEMA_DIALECT,
            "$id": SCHEMA_ID,
            "title": f"journeymap .journey file, version {CURRENT_VERSION}",
            "description": (
                "A customer journey map saved by journeymap: UTF-8 JSON with a format and "
                "version header, then the map's collections. This schema checks types, "
                "ranges and unknown fields; ids that refer to other elements, duplicate "
                "ids and rules between records are checked by `journeymap validate`. "
                "Fields at their default value are left out when journeymap saves. "
                "`conflicts` holds the merge conflicts not resolved yet (`journeymap merge`)."
            ),
        }
    )
    return schema


def schema_bytes() -> bytes:
    """The schema as the shipped file holds it: sorted keys, two-space indent, final newline."""
    text = json.dumps(journey_schema(), indent=2, sort_keys=True, ensure_ascii=False)
    return text.encode("utf-8") + b"\n"


def _describe_references(definition: dict[str, Any], record_type: type[Record]) -> None:
    for field, ref in record_type.REFS.items():
        kinds = " or ".join(kind.replace("_", " ") for kind in ref.kinds)
        if field == "cells":
            text = f"Text per stage: keys are {kinds} ids; empty cells are left out."
        elif ref.detach:
            text = f"Id of a {kinds} of this map, or null; set to null when that element is removed."
        elif ref.many:
            text = f"Ids of {kinds} elements of this map."
        else:
            text = f"Id of a {kinds} of this map."
        definition["properties"][field]["description"] = text


def _constrain_cells(cells: dict[str, Any], stage: dict[str, Any]) -> None:
    # the Lane validator checks keys and lengths; say the same in the schema
    cells["propertyNames"] = {"pattern": ID_PATTERN}
    limit = stage["properties"]["description"]["maxLength"]
    cells["additionalProperties"] = {"type": "string", "maxLength": limit}


def _mark_photo(photo: dict[str, Any]) -> None:
    for branch in photo["anyOf"]:
        if branch.get("type") == "string":
            branch["contentEncoding"] = "base64"
    limit = MAX_PHOTO_BYTES // 1024
    photo["description"] = f"A PNG, JPEG, GIF or WebP image, base64-encoded, {limit} KB at most."
