"""JSON Schemas (draft 2020-12) of the content files, for editors' YAML language servers.

They are read off the same type hints and `doc` metadata that validation uses
(`validate.rules_of`), so the schema and the build accept the same files.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path

from . import model
from .drafts import draft_of, remove_dead_drafts
from .file_size_limit import room_or_limit
from .safefs import not_a_folder
from .validate import NUMBER_MAX, NUMBER_MIN, item_meta, rules_of, shape_of, type_label
from .write import OutputError

DIALECT = "https://json-schema.org/draft/2020-12/schema"
TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}  # the validator refuses blank text
NAMED_TEXT = {
    model.Key: {"type": "string", "pattern": model.KEY_PATTERN, "maxLength": model.MAX_KEY_CHARS},
    model.IsoDate: {"type": "string", "pattern": model.DATE_PATTERN, "format": "date"},
    model.EventDate: {"type": "string", "pattern": model.EVENT_DATE_PATTERN},
    model.Markdown: {**TEXT, "contentMediaType": "text/markdown"},
}


def value_schema(hint, meta: dict, defs: dict) -> dict:
    """Return the schema of one value of type `hint`, adding records it uses to `defs`."""
    kind, argument = shape_of(hint)  # the same dispatch the validator uses
    if kind == "record":
        return {"$ref": f"#/$defs/{record_ref(argument, defs)}"}
    if kind == "tuple":
        items = {"type": "array", "items": value_schema(argument, dict(item_meta(meta)), defs)}  # as the validator
        return {**items, "minItems": meta["min_items"]} if meta.get("min_items") else items
    if kind == "dict":
        return {"type": "object", "propertyNames": {"pattern": model.KEY_PATTERN},
                "additionalProperties": value_schema(argument, dict(item_meta(meta)), defs)}
    if kind == "choice":
        return {"type": "string", "enum": list(argument)}
    if kind == "number":  # the validator's range; JSON has no NaN or infinity to refuse
        return {"type": "number", "minimum": NUMBER_MIN, "maximum": NUMBER_MAX}
    text = dict(NAMED_TEXT.get(hint, TEXT))
    if meta.get("pattern"):
        text = {**{k: v for k, v in text.items() if k != "minLength"}, "pattern": meta["pattern"]}
    if meta.get("max_chars"):
        text["maxLength"] = meta["max_chars"]
    return text


def record_ref(cls: type, defs: dict) -> str:
    """Return the `$defs` name of a content type, defining it on first use."""
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # claimed before recursing, so a type that contains itself would still end
        defs[name] = record_schema(cls, defs)
    return name


def record_schema(cls: type, defs: dict) -> dict:
    """Return the schema of a content type: its fields, which are required, nothing else."""
    defaults = {item.name: item.default for item in dataclasses.fields(cls)}
    properties = {rule.name: field_schema(rule, defaults[rule.name], defs) for rule in rules_of(cls)}
    schema = {"type": "object", "title": type_label(cls), "description": _first_line(cls.__doc__),
              "properties": properties, "additionalProperties": False}
    required = [rule.name for rule in rules_of(cls) if rule.required]
    return {**schema, "required": required} if required else schema


def field_schema(rule, default, defs: dict) -> dict:
    """Return the schema of one field, with its description and, where editors can use it, its default."""
    schema = {**value_schema(rule.hint, rule.meta, defs), "description": rule.meta.get("doc", "")}
    if rule.required:
        return schema
    if isinstance(default, str) and default:  # empty defaults mean "leave the field out"
        schema["default"] = default
    return nullable(schema)  # the validator reads `field:` with no value as the field left out


def nullable(schema: dict) -> dict:
    """Return `schema` also accepting null."""
    if "enum" in schema:
        schema = {**schema, "enum": [*schema["enum"], None]}
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}], "description": schema.get("description", "")}


def file_schema(kind: str) -> dict:
    """Return the schema of one content file kind, e.g. 'briefing'."""
    cls = model.ALL_KINDS[kind]
    defs: dict = {}
    schema = record_schema(cls, defs)
    folder = "content/" if kind in model.SITE_KINDS else "content/<slug>/"
    return {"$schema": DIALECT, **schema, "title": f"{folder}{kind}.yaml", **({"$defs": defs} if defs else {})}


def schema_texts() -> dict[str, str]:
    """Return {file name: JSON text} for every content file kind, deterministic to the byte."""
    return {f"{kind}.json": json.dumps(file_schema(kind), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            for kind in model.ALL_KINDS}


def write_schemas(root: Path) -> list[Path]:
    """Write root/schema/<kind>.json for every content file kind; return the paths.

    Never through a link: a repository can hold `schema/briefing.json` as a link to any file of the user
    who runs this (`~/.bashrc`), which was overwritten with JSON. A link in schema/ is replaced by the
    file; schema/ itself a link is refused.
    """
    folder = root / "schema"
    if folder.is_symlink():
        raise OutputError(f"{folder}: is a link; remove it (the schemas are written into the project's own folder)")
    if kind := not_a_folder(folder):  # it said "File exists", and to make room on the disk
        raise OutputError(f"{folder}: is {kind}, not a folder; remove or rename it (the schemas are written into it)")
    texts = schema_texts()
    for name in sorted(texts):  # a folder there was "Is a directory", and to make room on the disk
        if (folder / name).is_dir() and not (folder / name).is_symlink():
            raise OutputError(f"{folder / name}: is a folder, where this schema is written; move or rename it, then "
                              "run schema again")
    try:
        folder.mkdir(exist_ok=True)
        return [write_one(folder / name, text) for name, text in sorted(texts.items())]
    except OSError as error:  # a read-only project or a full disk: it ended in a traceback
        room = room_or_limit(error, "make room on the disk")
        raise OutputError(f"{folder}: cannot write the schemas: {error.strerror or error} ({room} or "
                          "make the project folder writable, then run schema again)") from None


def write_one(path: Path, text: str) -> Path:
    """Write `text` at `path` unless it holds it already, through a draft renamed over it; return `path`."""
    if not _holds(path, text.encode("utf-8")):
        remove_dead_drafts(path)  # a link left there, or a killed run's draft, is removed, never written through
        draft = draft_of(path)
        try:
            with open(draft, "x", encoding="utf-8") as file:
                file.write(text)
            os.replace(draft, path)  # replaces a link at `path` itself, never the file it leads to
        except BaseException:  # a full disk's half-written draft is not left beside the schemas
            draft.unlink(missing_ok=True)
            raise
    return path


def _holds(path: Path, encoded: bytes) -> bool:
    """Say whether `path` is a regular file (no link) holding `encoded`, read only when its size is that: a schema
    file of 64 GB (sparse) was read whole, a MemoryError traceback, and one not UTF-8 a UnicodeDecodeError's."""
    try:
        info = path.lstat()
        return stat.S_ISREG(info.st_mode) and info.st_size == len(encoded) and path.read_bytes() == encoded
    except OSError:
        return False


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if text else ""
