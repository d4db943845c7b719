"""JSON Schema (draft 2020-12) of every record type, generated from the record definitions."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from .records import RECORD_TYPES, Evidence
from .contract import ACTOR_KINDS, INITIATIVE_KINDS, QUALIFIERS, UNITS, FactStatus, Origin

_ENUMS: dict[tuple[str, str], list[str]] = {
    ("figure", "unit"): sorted(UNITS),
    ("figure", "qualifier"): sorted(QUALIFIERS),
    ("figure", "origin"): [o.value for o in Origin],
    ("actor", "kind"): sorted(ACTOR_KINDS),
    ("initiative", "kind"): sorted(INITIATIVE_KINDS),
    ("fact", "status"): [s.value for s in FactStatus],
    ("fact", "unit"): sorted(UNITS),
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
