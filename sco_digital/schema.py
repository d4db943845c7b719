"""JSON Schema (draft 2020-12) of every record type, generated from the record definitions."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any

from .records import RECORD_TYPES, Evidence
from .contract import ACTOR_KINDS, BASE_UNITS, INITIATIVE_KINDS, PHYSICAL_UNITS, QUALIFIERS, FactStatus, Origin

_ENUMS: dict[tuple[str, str], list[str]] = {
    ("figure", "qualifier"): sorted(QUALIFIERS),
    ("figure", "origin"): [o.value for o in Origin],
    ("actor", "kind"): sorted(ACTOR_KINDS),
    ("initiative", "kind"): sorted(INITIATIVE_KINDS),
    ("fact", "status"): [s.value for s in FactStatus],
}
_UNIT_FIELDS = frozenset({("figure", "unit"), ("fact", "unit")})


def unit_schema() -> dict[str, Any]:
    """The open unit vocabulary of DESIGN.md §3 as a schema, accepting exactly what
    :func:`contract.is_unit` accepts: the fixed words (base units and UCUM-style physical
    symbols), any ISO 4217 code (three capital letters, so a code the extractor never wrote is
    still valid), and a compound of two such parts with "/" ("USD/bbl", "bbl/d").

    >>> [s.get("pattern") for s in unit_schema()["anyOf"]][1]
    '^[A-Z]{3}$'
    """
    simple = sorted((u for u in PHYSICAL_UNITS if "/" not in u), key=lambda u: (-len(u), u))
    part = "(?:[A-Z]{3}|" + "|".join(re.escape(u) for u in [*simple, "yr", "d", "h"]) + ")"
    return {
        "anyOf": [
            {"enum": sorted(BASE_UNITS | PHYSICAL_UNITS)},
            {"type": "string", "pattern": "^[A-Z]{3}$"},
            {"type": "string", "pattern": f"^{part}/{part}$"},
        ]
    }
_BASE = "https://sco-digital.invalid/schema/"


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Evidence:
        return {"$ref": "#/$defs/evidence"}
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a) for a in args]
        return {"anyOf": options}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if origin in (tuple, list):
        return {"type": "array", "items": _type_schema(args[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1])}
    raise TypeError(f"no schema for {tp!r}")


def _record_schema(name: str, cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        prop = _type_schema(hints[f.name])
        if (name, f.name) in _ENUMS:
            prop = {"enum": _ENUMS[(name, f.name)]}
        elif (name, f.name) in _UNIT_FIELDS:
            prop = unit_schema()
        properties[f.name] = prop
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def record_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one record type (`figure`, `actor`, …)."""
    cls = RECORD_TYPES[name]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": _BASE + name, "title": name,
              **_record_schema(name, cls)}
    if name != "evidence":
        schema["$defs"] = {"evidence": _record_schema("evidence", Evidence)}
    return schema


def all_schemas() -> dict[str, Any]:
    return {name: record_schema(name) for name in RECORD_TYPES}


def validate(instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$") -> list[str]:
    """A small validator for the subset of JSON Schema generated here (no extra dependency)."""
    root = root or schema
    if "$ref" in schema:
        return validate(instance, root["$defs"][schema["$ref"].split("/")[-1]], root, path)
    if "anyOf" in schema:
        if any(not validate(instance, s, root, path) for s in schema["anyOf"]):
            return []
        return [f"{path}: {instance!r} matches none of {schema['anyOf']}"]
    if "enum" in schema:
        return [] if instance in schema["enum"] else [f"{path}: {instance!r} not in {schema['enum']}"]
    kind = schema.get("type")
    checks = {
        "null": lambda v: v is None,
        "string": lambda v: isinstance(v, str),
        "boolean": lambda v: isinstance(v, bool),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    if kind and not checks[kind](instance):
        return [f"{path}: expected {kind}, got {instance!r}"]
    if "pattern" in schema and isinstance(instance, str):
        # ECMA-262 "$" is the end of input; Python's also matches before a final line break
        pattern = re.sub(r"(?<!\\)\$$", r"\\Z", schema["pattern"])
        if not re.search(pattern, instance):
            return [f"{path}: {instance!r} does not match {schema['pattern']}"]
    errors: list[str] = []
    if kind == "array":
        for i, item in enumerate(instance):
            errors += validate(item, schema["items"], root, f"{path}[{i}]")
    if kind == "object":
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in instance:
                errors.append(f"{path}: missing {key!r}")
        for key, value in instance.items():
            if key in props:
                errors += validate(value, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected key {key!r}")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += validate(value, schema["additionalProperties"], root, f"{path}.{key}")
    return errors
