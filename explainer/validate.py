"""Turn a YAML tree into content-model objects, collecting every mismatch as a Problem.

The rules come from the type hints in model.py, read once per type and cached.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
import typing
from dataclasses import dataclass

from . import model
from .hints import closest
from .problems import Problem
from .yamlsafe import YamlList, YamlMap

_MISSING = object()


@dataclass(frozen=True)
class FieldRule:
    """How one field of a content type is checked."""

    name: str
    hint: object
    required: bool
    meta: dict


@functools.lru_cache(maxsize=None)
def rules_of(cls: type) -> tuple[FieldRule, ...]:
    """Return the editor-visible fields of a content type, in declaration order."""
    hints = typing.get_type_hints(cls)
    rules = []
    for item in dataclasses.fields(cls):
        if item.metadata.get("internal"):
            continue
        required = item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        rules.append(FieldRule(item.name, hints[item.name], required, dict(item.metadata)))
    return tuple(rules)


@functools.lru_cache(maxsize=None)
def shape_of(hint) -> tuple[str, object]:
    """Return what kind of value a type hint asks for, and its argument (item type, choices...)."""
    if dataclasses.is_dataclass(hint):
        return "record", hint
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "tuple", typing.get_args(hint)[0]
    if origin is dict:
        return "dict", typing.get_args(hint)[1]
    if origin is typing.Literal:
        return "choice", typing.get_args(hint)
    if hint == model.Number:
        return "number", None
    return "text", hint


class Converter:
    """Converts one file's tree, appending problems for that file."""

    def __init__(self, shown: str):
        self.shown = shown
        self.problems: list[Problem] = []

    def problem(self, line: int, where: str, message: str, hint: str = "") -> None:
        label = f"{where}: " if where else ""
        self.problems.append(Problem(self.shown, line, f"{label}{message}", hint))

    def convert(self, value, hint, line: int, where: str, meta: dict | None = None):
        """Return `value` converted to `hint`, or _MISSING after recording why it cannot be."""
        kind, argument = shape_of(hint)
        if kind == "record":
            return self._record(value, argument, line, where)
        if kind == "tuple":
            return self._sequence(value, argument, line, where, meta or {})
        if kind == "dict":
            return self._mapping(value, argument, line, where)
        if kind == "choice":
            return self._choice(value, argument, line, where)
        if kind == "number":
            return self._number(value, line, where)
        return self._text(value, hint, line, where, meta or {})

    def _record(self, value, cls: type, line: int, where: str):
        if not isinstance(value, YamlMap):
            self.problem(line, where, f"expected a mapping of fields, found {describe(value)}",
                         f"write `field: value` lines; fields: {field_names(cls)}")
            return _MISSING
        rules = rules_of(cls)
        suggested = self._unknown_keys(value, rules, where, cls)
        kwargs = {"line": value.line, "lines": value.key_lines, "starts": value.value_lines}
        ok = True
        for rule in rules:
            inner = f"{where}.{rule.name}" if where else rule.name
            if rule.name not in value or value[rule.name] is None:
                if rule.required and rule.name in suggested:
                    ok = False  # already reported as a misspelling of this field
                elif rule.required:
                    state = "is empty" if rule.name in value else "is missing"
                    self.problem(value.key_lines.get(rule.name, value.line), inner, f"required field {state}",
                                 rule.meta.get("doc", ""))
                    ok = False
                continue
            converted = self.convert(value[rule.name], rule.hint, value.value_lines[rule.name], inner, rule.meta)
            if converted is _MISSING:
                ok = False
            else:
                kwargs[rule.name] = converted
        return cls(**kwargs) if ok else _MISSING

    def _unknown_keys(self, value: YamlMap, rules: tuple[FieldRule, ...], where: str, cls: type) -> set[str]:
        """Report fields the type does not have; return the known names suggested instead."""
        known = [rule.name for rule in rules]
        suggested = set()
        for key in value:
            if key in known:
                continue
            close = closest(key, known)
            hint = f"did you mean `{close}`?" if close else f"valid fields: {', '.join(known)}"
            inner = f"{where}.{key}" if where else key
            self.problem(value.key_lines[key], inner, f"unknown field in {type_label(cls)}", hint)
            suggested.add(close)
        return suggested

    def _sequence(self, value, item_hint, line: int, where: str, meta: dict):
        if not isinstance(value, YamlList):
            hint = f"write it as a list: [{value}]" if isinstance(value, (str, int, float)) else "start each item with '- '"
            self.problem(line, where, f"expected a list, found {describe(value)}", hint)
            return _MISSING
        minimum = meta.get("min_items", 0)
        if len(value) < minimum:
            self.problem(line, where, f"needs at least {minimum} item{'s' if minimum > 1 else ''}, found {len(value)}",
                         meta.get("doc", ""))
            return _MISSING
        items = [self.convert(item, item_hint, item_line, f"{where}[{index}]")
                 for index, (item, item_line) in enumerate(zip(value, value.item_lines))]
        return _MISSING if _MISSING in items else tuple(items)

    def _mapping(self, value, item_hint, line: int, where: str):
        if not isinstance(value, YamlMap):
            self.problem(line, where, f"expected a mapping of keys, found {describe(value)}", "write `key: value` lines")
            return _MISSING
        result = {}
        for key, item in value.items():
            key_line = value.key_lines[key]
            if not re.match(model.KEY_PATTERN, key):
                self.problem(key_line, f"{where}.{key}", "key must be lowercase letters, digits and hyphens",
                             "rename it, e.g. `asif-all-out-war`")
                continue
            converted = self.convert(item, item_hint, value.value_lines[key], f"{where}.{key}")
            if dataclasses.is_dataclass(converted):
                converted = dataclasses.replace(converted, line=key_line)  # an entry is where its key is
            if converted is not _MISSING:
                result[key] = converted
        return result if len(result) == len(value) else _MISSING

    def _choice(self, value, choices: tuple, line: int, where: str):
        if value in choices:
            return value
        close = closest(str(value), [str(c) for c in choices])
        hint = f"did you mean `{close}`?" if close else f"use one of: {', '.join(choices)}"
        self.problem(line, where, f"expected one of {', '.join(choices)}; found {describe(value)}", hint)
        return _MISSING

    def _number(self, value, line: int, where: str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        self.problem(line, where, f"expected a number, found {describe(value)}",
                     "write digits only, e.g. 660000; put words like 'more than' in `qualifier`")
        return _MISSING

    def _text(self, value, hint, line: int, where: str, meta: dict):
        if not isinstance(value, str):
            self.problem(line, where, f"expected text, found {describe(value)}", "put the value in quotes")
            return _MISSING
        if not value.strip():
            self.problem(line, where, "is empty", meta.get("doc", "write a value or remove the field"))
            return _MISSING
        pattern = meta.get("pattern") or PATTERNS.get(hint)
        if pattern and not re.match(pattern, value):
            self.problem(line, where, f"{describe(value)} is not {PATTERN_NAMES.get(pattern, 'in the expected form')}",
                         meta.get("doc", ""))
            return _MISSING
        if hint is model.IsoDate and not _real_date(value):
            self.problem(line, where, f"{describe(value)} is not a real calendar date", "write YYYY-MM-DD")
            return _MISSING
        return value


PATTERNS = {model.Key: model.KEY_PATTERN, model.IsoDate: model.DATE_PATTERN}
PATTERN_NAMES = {
    model.KEY_PATTERN: "a key (lowercase letters, digits and hyphens)",
    model.DATE_PATTERN: "a date written YYYY-MM-DD",
    model.URL_PATTERN: "an http:// or https:// address",
}


def _real_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def describe(value) -> str:
    """Return how a found value reads in an error message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, YamlMap):
        return "a mapping"
    if isinstance(value, YamlList):
        return "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def type_label(cls: type) -> str:
    """Return a content type's name as editors read it ('force note')."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower().replace(" file", " file")


def field_names(cls: type) -> str:
    """Return the comma-separated field names of a content type."""
    return ", ".join(rule.name for rule in rules_of(cls))


def convert_file(tree, cls: type, shown: str):
    """Return (the file's content object or None, the problems found)."""
    converter = Converter(shown)
    if tree is None:
        converter.problem(1, "", "file is empty", f"expected fields: {field_names(cls)}")
        return None, converter.problems
    result = converter.convert(tree, cls, getattr(tree, "line", 1), "")
    return (None if result is _MISSING else result), converter.problems
