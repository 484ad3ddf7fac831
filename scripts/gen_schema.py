"""Generate docs/quote.schema.json, the JSON Schema of quoteattr's JSON output, from the attrs classes.

The schema is derived, not hand-written: each attrs field of ``Quote``, ``Speaker`` and
``Mention`` becomes a property (its resolved type hint gives the JSON type, its validators
give bounds, its ``Attributes:`` docstring entry gives the description), and the enums give
the allowed kinds.  The root is one output record, ``{"id", "quotes"}``, as written by
``quoteattr --jsonl`` and ``quoteattr FILE --format json`` (see ``quoteattr.io.prediction``).

    python scripts/gen_schema.py            # rewrite docs/quote.schema.json
    python scripts/gen_schema.py --check    # exit 1 when the committed file is out of date

``tests/test_schema.py`` checks that the committed file equals :func:`generate` and
validates real output against it.
"""

from __future__ import annotations

import argparse
import enum
import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quoteattr import model  # noqa: E402

SCHEMA_PATH = ROOT / "docs" / "quote.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: The attrs classes and enums that make up a record, in the order they are listed.
CLASSES: tuple[type, ...] = (model.Quote, model.Speaker, model.Mention)
ENUMS: tuple[type[enum.Enum], ...] = (model.QuoteKind, model.SpeakerKind)

#: Custom validators of quoteattr.model and the JSON Schema keywords they amount to.
#: A validator missing here is named in a ``$comment`` so that the schema changes visibly.
KNOWN_VALIDATORS: dict[str, dict[str, Any]] = {
    "_non_negative": {"minimum": 0},
    "_unit_interval": {"minimum": 0, "maximum": 1},
    "_end_after_start": {"minimum": 0},  # end >= start >= 0; the relation is described
}
RELATIONS: dict[str, str] = {
    "_end_after_start": "Never less than `start`.",
}

_SCALARS: dict[type, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
}


def _attribute_docs(cls: type) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` section of a Google-style docstring."""
    doc = inspect.getdoc(cls) or ""
    out: dict[str, str] = {}
    lines = doc.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Attributes:")
    except StopIteration:
        return out
    name = None
    indent = None
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        if indent is None:
            indent = depth
        if depth < indent:
            break
        if depth == indent and ":" in line:
            name, _, text = line.strip().partition(":")
            out[name] = text.strip()
        elif name is not None:
            out[name] += " " + line.strip()
    return {k: _jsonify(" ".join(v.replace("``", "`").split())) for k, v in out.items()}


def _jsonify(description: str) -> str:
    """Speak JSON in descriptions: `None`, `True`, `False` become `null`, `true`, `false`."""
    for py, js in (("`None`", "`null`"), ("`True`", "`true`"), ("`False`", "`false`")):
        description = description.replace(py, js)
    return description


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _type_schema(tp: Any) -> dict[str, Any]:
    """JSON Schema of a resolved Python type hint."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1 or len(typing.get_args(tp)) != 2:
            raise TypeError(f"only `X | None` unions are supported, got {tp!r}")
        return _nullable(_type_schema(args[0]))
    if origin in (tuple, list):
        args = typing.get_args(tp)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            raise TypeError(f"only tuple[X, ...] is supported, got {tp!r}")
        return {"type": "array", "items": _type_schema(args[0])}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and attrs.has(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    raise TypeError(f"no JSON Schema for the type {tp!r}")


def _flatten(validator: Any) -> list[Any]:
    """The leaf validators of a field (``and_`` lists and ``optional`` unwrapped)."""
    if validator is None:
        return []
    if isinstance(validator, (list, tuple)):
        return [leaf for v in validator for leaf in _flatten(v)]
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if inner is not None:
        return _flatten(list(inner))
    inner = getattr(validator, "validator", None)  # attrs.validators.optional
    if inner is not None and type(validator).__name__ == "_OptionalValidator":
        return _flatten(inner)
    return [validator]


def _validator_keywords(validator: Any) -> tuple[dict[str, Any], list[str], list[str]]:
    """Schema keywords, description sentences and unknown names for a field's validators."""
    keywords: dict[str, Any] = {}
    notes: list[str] = []
    unknown: list[str] = []
    for leaf in _flatten(validator):
        kind = type(leaf).__name__
        if kind in ("_InstanceOfValidator", "_DeepIterable"):
            continue  # the type hint already says it
        if kind == "_InValidator":
            keywords["enum"] = sorted(leaf.options)
            continue
        name = getattr(leaf, "__name__", kind)
        if name in KNOWN_VALIDATORS:
            keywords.update(KNOWN_VALIDATORS[name])
            if name in RELATIONS:
                notes.append(RELATIONS[name])
        else:
            unknown.append(name)
    return keywords, notes, unknown


def _enum_schema(cls: type[enum.Enum]) -> dict[str, Any]:
    return {
        "description": inspect.getdoc(cls) or cls.__name__,
        "type": "string",
        "enum": [m.value for m in cls],
    }


def _class_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    docs = _attribute_docs(cls)
    props: dict[str, Any] = {}
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name])
        keywords, notes, unknown = _validator_keywords(field.validator)
        if keywords:
            if "anyOf" in prop:
                prop["anyOf"][0] = {**prop["anyOf"][0], **keywords}
            else:
                prop.update(keywords)
        description = " ".join([docs.get(field.name, ""), *notes]).strip()
        if description:
            prop = {"description": description, **prop}
        if unknown:
            prop["$comment"] = "also checked in Python: " + ", ".join(unknown)
        props[field.name] = prop
    summary = (inspect.getdoc(cls) or cls.__name__).split("\n\n")[0]
    return {
        "description": " ".join(summary.split()),
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def generate() -> dict[str, Any]:
    """The schema of one output record, ``{"id", "quotes": [Quote, ...]}``."""
    defs: dict[str, Any] = {}
    for cls in CLASSES:
        defs[cls.__name__] = _class_schema(cls)
    for e in ENUMS:
        defs[e.__name__] = _enum_schema(e)
    return {
        "$schema": DIALECT,
        "title": "quoteattr output record",
        "description": (
            "One document's quotes, as written by `quoteattr --jsonl` (one record per line) and "
            "`quoteattr FILE --format json` (an array of records). Generated from the attrs classes "
            "of quoteattr.model by scripts/gen_schema.py; do not edit by hand."
        ),
        "type": "object",
        "properties": {
            "id": {
                "description": "The document id: the input line's `id`, its line number, or the file name.",
                "type": ["string", "integer"],
            },
            "quotes": {
                "description": "The document's quotes in document order.",
                "type": "array",
                "items": {"$ref": "#/$defs/Quote"},
            },
        },
        "required": ["id", "quotes"],
        "additionalProperties": False,
        "$defs": defs,
    }


def dumps(schema: dict[str, Any]) -> str:
    """The file text: indented, non-ASCII kept, one trailing newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema, or with ``--check`` report whether the committed file is current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare with the committed file")
    parser.add_argument("-o", "--output", type=Path, default=SCHEMA_PATH, help="where to write")
    args = parser.parse_args(argv)
    text = dumps(generate())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python scripts/gen_schema.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
