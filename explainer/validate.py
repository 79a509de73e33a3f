"""Turn a YAML tree into content-model objects, collecting every mismatch as a Problem.

The rules come from the type hints in model.py, read once per type and compiled into one
checking function per field (`check_for`, `RecordPlan`), reused for every value.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
import typing

from . import model, one_line_texts, patterns
from .hints import closest
from .problems import MAX_LISTED, Problem
from .records import record
from .sentences import MARKER
from .yamlsafe import YamlList, YamlMap

_MISSING = object()
# The range of every number in content (all figures): what a chart can draw and JSON can hold exactly enough.
NUMBER_MIN, NUMBER_MAX = model.FIGURE_RANGE["minimum"], model.FIGURE_RANGE["maximum"]
NUMBER_RANGE = f"a finite number between {NUMBER_MIN:,} and {NUMBER_MAX:,}"


@record
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


# How many times one content file may cite: its [^key] markers and `cite` entries together. Each is numbered,
# rendered and checked with its sentence: 700,000 markers back to back in one field (3 MB) took 21 s of CPU and
# 1.2 GB to check. The real briefing cites 53 times in all, the synthetic microsite's files a few hundred at most.
MAX_CITATIONS = 10_000
CITATIONS_HINT = ("cite each passage once where its words stand: a file citing this often is no briefing's; split it "
                  "into several briefings")


class _TooMany(Exception):
    """A file holds more problems than are worth listing: converting it stops."""


class _CitesTooOften(Exception):
    """A file cites more than MAX_CITATIONS times: converting it stops, as it is not built whatever else it holds."""


class Converter:
    """Converts one file's tree, appending problems for that file."""

    def __init__(self, shown: str, cited: int = 0):
        self.shown = shown
        self.problems: list[Problem] = []
        self.cited = cited  # its citation markers, then its `cite` entries as they are converted

    def cites(self, count: int, line: int, where: str) -> None:
        """Count `count` more citations of the file; past MAX_CITATIONS, report them and stop converting it."""
        self.cited += count
        if self.cited > MAX_CITATIONS:
            self.problems = [Problem(self.shown, line, f"{where}: the file cites more than {MAX_CITATIONS:,} times "
                                                       "with its [^key] markers and `cite` entries", CITATIONS_HINT)]
            raise _CitesTooOften

    def problem(self, line: int, where: str, message: str, hint: str = "") -> None:
        if len(self.problems) >= MAX_LISTED:  # a mistake repeated all over the file: 8 MiB made 4 GB of them
            raise _TooMany
        label = f"{where}: " if where else ""
        self.problems.append(Problem(self.shown, line, f"{label}{message}", hint))

    def convert(self, value, hint, line: int, where: str, meta: dict | None = None):
        """Return `value` converted to `hint`, or _MISSING after recording why it cannot be."""
        return check_for(hint, tuple((meta or {}).items()))(self, value, line, where)

    def _unknown_keys(self, value: YamlMap, known: list[str], where: str, cls: type) -> set[str]:
        """Report fields the type does not have; return the known names suggested instead."""
        suggested = set()
        for key in value:
            if key in known:
                continue
            close = closest(key, known)
            hint = f"did you mean `{close}`?" if close else f"valid fields: {', '.join(known)}"
            if isinstance(key, (int, str)) and str(key).isdigit():  # "{value: 38,7, ...}": the comma split the figure
                hint += "; a comma inside { } ends a field, so a decimal is written with a point: 38.7"
            elif isinstance(key, str) and " " in key and value[key] is None:
                # "{measure: More than $50,000 a year, ...}": the comma ended the text, and "000 a year" is a key
                hint += "; a comma inside { } ends a field: put a text that holds one in quotes, \"...\""
            if key == "citations" and where:  # a section's own citations: the README shows where they go only once
                hint = ("citations are defined at a content file's top level, not inside an item: move `citations:` "
                        "out to no indent")
            inner = f"{where}.{key}" if where else key
            self.problem(value.key_lines[key], inner, f"unknown field in {type_label(cls)}", hint)
            suggested.add(close)
        return suggested


# Converting a value: check(converter, value, line, where) returns the converted value, or
# _MISSING after recording the problem with the converter. One such function is compiled per
# type hint (and field metadata) and reused for every value of that field: the type hints are
# read once, not once per value.
Check = typing.Callable[[Converter, object, int, str], object]


@functools.lru_cache(maxsize=None)
def check_for(hint, meta: tuple = ()) -> Check:
    """Return the function converting a value to `hint`; `meta` is the field's metadata as items."""
    kind, argument = shape_of(hint)
    meta = dict(meta)
    if kind == "record":
        return record_plan(argument).convert
    if kind == "tuple":
        return _sequence_check(argument, meta)
    if kind == "dict":
        return _mapping_check(argument, item_meta(meta))
    if kind == "choice":
        return _choice_check(argument)
    if kind == "number":
        return _number
    return _text_check(hint, meta)


class RecordPlan:
    """How to convert a mapping into one content type: its fields' checks, compiled once."""

    def __init__(self, cls: type):
        self.cls = cls
        rules = rules_of(cls)
        self.known = [rule.name for rule in rules]
        self.known_set = frozenset(self.known)
        defaults = {item.name: item for item in dataclasses.fields(cls)}
        # Per field: name, whether required, the doc shown when it is missing, its default and
        # default factory, its check, and for text fields the shortcut (see _text_shortcut).
        self.fields = tuple(
            (rule.name, rule.required, rule.meta.get("doc", ""), defaults[rule.name].default,
             defaults[rule.name].default_factory, check_for(rule.hint, tuple(rule.meta.items())),
             *_text_shortcut(rule.hint, rule.meta))
            for rule in rules
        )
        # _instance() fills __dict__ directly; that is only the same as calling the class when
        # __init__ does nothing but store fields: no __post_init__, no slots, no other internal fields.
        internal = [item.name for item in dataclasses.fields(cls) if item.metadata.get("internal")]
        self.direct = (internal == ["line", "lines", "starts", "folds"] and not hasattr(cls, "__post_init__")
                       and "__slots__" not in cls.__dict__)
        # Fields mapping keys to text (a briefing's `labels`): each key's line is kept as "field.key" in `lines`, where
        # a problem with one key is reported (every unknown label was on the `labels:` line).
        self.keyed_texts = tuple(rule.name for rule in rules if shape_of(rule.hint) == ("dict", str))

    def convert(self, converter: Converter, value, line: int, where: str, at: int | None = None):
        """Return the content object for mapping `value`, or _MISSING; `at` overrides its line."""
        if not isinstance(value, YamlMap):
            converter.problem(line, where, f"expected a mapping of fields, found {describe(value)}",
                              f"write `field: value` lines; fields: {field_names(self.cls)}")
            return _MISSING
        suggested = () if self.known_set.issuperset(value) else converter._unknown_keys(value, self.known, where, self.cls)
        starts = value.value_lines
        # Every field, in declaration order (the order cls(**values) would store them in).
        values = {"line": value.line if at is None else at, "lines": value.key_lines, "starts": starts,
                  "folds": value.folds}
        ok = True
        for name, required, doc, default, factory, check, is_text, matches in self.fields:
            item = value.get(name)
            if is_text and type(item) is str and item.strip() and (matches is None or matches(item)):
                values[name] = item  # good text, the commonest value by far: taken without calling check
                continue
            if item is None:
                if not required:
                    values[name] = default if factory is dataclasses.MISSING else factory()
                elif name in suggested:
                    ok = False  # already reported as a misspelling of this field
                else:
                    state = "is empty" if name in value else "is missing"
                    converter.problem(value.key_lines.get(name, value.line), f"{where}.{name}" if where else name,
                                      f"required field {state}", doc)
                    ok = False
                continue
            converted = check(converter, item, starts[name], f"{where}.{name}" if where else name)
            if converted is _MISSING:
                ok = False
            else:
                values[name] = converted
        if not ok:
            return _MISSING
        keyed = [(name, value[name]) for name in self.keyed_texts if isinstance(value.get(name), YamlMap)]
        if any(item for _, item in keyed):
            values["lines"] = {**value.key_lines, **{f"{name}.{key}": line for name, item in keyed
                                                     for key, line in item.key_lines.items()}}
        return _instance(self.cls, values) if self.direct else self.cls(**values)


@functools.lru_cache(maxsize=None)
def record_plan(cls: type) -> RecordPlan:
    """Return the compiled conversion of one content type."""
    return RecordPlan(cls)


def _instance(cls: type, values: dict):
    """Return an instance of frozen dataclass `cls` holding `values`, one per field.

    The same object cls(**values) makes, built the way pickle restores one: a frozen
    __init__ stores each field through object.__setattr__, which made up much of the time
    spent converting a large project.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(values)
    return instance


def _sequence_check(item_hint, meta: dict) -> Check:
    """Return the check of a tuple field whose items are `item_hint`."""
    items_meta = item_meta(meta)  # a list's text items have a limit of their own, as a mapping's values do
    check_item = check_for(item_hint, items_meta)
    is_text, matches = _text_shortcut(item_hint, dict(items_meta))
    minimum = meta.get("min_items", 0)
    doc = meta.get("doc", "")

    def check(converter: Converter, value, line: int, where: str):
        if not isinstance(value, YamlList):
            hint = f"write it as a list: [{value}]" if isinstance(value, (str, int, float)) else "start each item with '- '"
            converter.problem(line, where, f"expected a list, found {describe(value)}", hint)
            return _MISSING
        if len(value) < minimum:
            missing = minimum - len(value)
            converter.problem(line, where, f"needs at least {minimum} item{'s' if minimum > 1 else ''}, found {len(value)}",
                              f"{doc} Add {missing} more item{'s' if missing > 1 else ''}.".lstrip())
            return _MISSING
        if counts_citations(where):
            converter.cites(len(value), line, where)
        items = []
        ok = True
        for index, (item, item_line) in enumerate(zip(value, value.item_lines)):
            if is_text and type(item) is str and item.strip() and (matches is None or matches(item)):
                items.append(item)  # good text (a citation key, say): taken without calling check_item
                continue
            converted = check_item(converter, item, item_line, f"{where}[{index}]")
            ok = ok and converted is not _MISSING
            items.append(converted)
        return tuple(items) if ok else _MISSING

    return check


def counts_citations(where: str) -> bool:
    """Say whether the list at `where` (`topics[0].claims[2].cite`) is a `cite` list."""
    return where == "cite" or where.endswith(".cite")


def item_meta(meta: dict) -> tuple:
    """Return the metadata a mapping's values are checked with, from their field's: its `item_max_chars` and
    `item_too_long` (a briefing's label of 1 MB was published in every heading it replaced)."""
    return tuple((name[len("item_"):], value) for name, value in meta.items() if name.startswith("item_"))


def _mapping_check(item_hint, meta: tuple = ()) -> Check:
    """Return the check of a dict field, keyed by Key, whose values are `item_hint` (of metadata `meta`)."""
    check_item = check_for(item_hint, meta)
    # A record entry is located at its key, not at its first field.
    plan = record_plan(item_hint) if dataclasses.is_dataclass(item_hint) else None
    key_match = patterns.compile(model.KEY_PATTERN).fullmatch

    def check(converter: Converter, value, line: int, where: str):
        if not isinstance(value, YamlMap):
            converter.problem(line, where, f"expected a mapping of keys, found {describe(value)}", "write `key: value` lines")
            return _MISSING
        result = {}
        key_lines, starts = value.key_lines, value.value_lines
        for key, item in value.items():
            if not key_match(key):
                converter.problem(key_lines[key], f"{where}.{key}", "key must be lowercase letters, digits and hyphens",
                                  "rename it, e.g. `asif-all-out-war`")
                continue
            if len(key) > model.MAX_KEY_CHARS:  # `? key` takes a key past the 1,024 characters YAML reads one in
                why, hint = model.KEY_TOO_LONG  # named clipped: the line quoted a key of megabytes back whole
                converter.problem(key_lines[key], f"{where}.{_clip(key)}", f"is {len(key):,} characters long, past the "
                                  f"{model.MAX_KEY_CHARS:,} a key may hold, {why}", hint)
                continue
            if plan is not None:
                converted = plan.convert(converter, item, starts[key], f"{where}.{key}", at=key_lines[key])
            else:
                converted = check_item(converter, item, starts[key], f"{where}.{key}")
            if converted is not _MISSING:
                result[key] = converted
        return result if len(result) == len(value) else _MISSING

    return check


def _choice_check(choices: tuple) -> Check:
    """Return the check of a field that takes one of a few fixed words."""

    def check(converter: Converter, value, line: int, where: str):
        if value in choices:
            return value
        close = closest(str(value), [str(c) for c in choices])
        hint = f"did you mean `{close}`?" if close else f"use one of: {', '.join(choices)}"
        converter.problem(line, where, f"{describe(value)} is not one of the values this field takes", hint)
        return _MISSING

    return check


def _number(converter: Converter, value, line: int, where: str):
    """Check a number field: a finite int or float from NUMBER_MIN to NUMBER_MAX (booleans are not numbers)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        converter.problem(line, where, f"expected a number, found {describe(value)}",
                          "write digits only, e.g. 660000 or 38.7 (a decimal point in any language); put words like "
                          "'more than' in `bound`")
        return _MISSING
    if NUMBER_MIN <= value <= NUMBER_MAX:  # False for NaN; an int too big for a float compares exactly
        return value
    converter.problem(line, where, f"value {_clip(repr(value))!r} is not {NUMBER_RANGE}",
                      "write digits only, with a minus sign for a fall or a loss, from -1000000000000000 up to "
                      "1000000000000000, e.g. 660000 or -2.4")
    return _MISSING


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_shortcut(hint, meta: dict) -> tuple[bool, typing.Callable | None]:
    """Return whether a value for `hint` may be taken by the shortcut, and the pattern's match.

    Records and sequences test their text values inline, without calling the field's check:
    a str that is not blank and matches the field's pattern (if it has one) is exactly what
    _text_check accepts unchanged. Dates need a calendar check as well, so they take the
    full check; so does every value that fails the shortcut, to report the problem.
    """
    pattern = _text_pattern(hint, meta)
    if shape_of(hint)[0] != "text" or _is_date(hint, pattern):
        return False, None
    matches = patterns.compile(pattern).fullmatch if pattern else None
    longest = _longest(hint, meta)
    if one_line_texts.is_one_line(longest):  # a title of two lines takes the full check, which names the break
        return True, (lambda text: len(text) <= longest and not one_line_texts.has_line_break(text)
                      and (matches is None or matches(text)))
    if longest is not None:
        return True, (lambda text: len(text) <= longest and (matches is None or matches(text)))
    return True, matches


def _longest(hint, meta: dict) -> int | None:
    """Return the most characters a text field's value may hold, if any: a key's too, which names anchors and rows."""
    return meta.get("max_chars", model.MAX_KEY_CHARS if hint is model.Key else None)


def _text_pattern(hint, meta: dict) -> str | None:
    """Return the pattern a text field's value must match, if any."""
    return meta.get("pattern") or PATTERNS.get(hint)


def _not_text_hint(value, doc: str, where: str = "") -> str:
    """Return what to do with a value that is not text: quoting a number or a date makes it text, but quoting a
    list or a mapping would publish its brackets (a quote's `context: [key]` wants a sentence citing [^key]). A list's
    later item may be a text's piece after its comma: `ratio_of: [Herring quota, 2026]` is two items to YAML."""
    if isinstance(value, (list, dict)) and doc:
        return f"write it as text, not a {'list' if isinstance(value, list) else 'mapping'}: {doc}"
    if isinstance(value, bool):  # YAML 1.1 reads a bare yes, no, on or off so: a referendum's "no" side was false
        return ("YAML reads a bare yes, no, on, off, true or false as true/false: put the word in quotes, e.g. "
                "'no' or 'yes'")
    if _LATER_ITEM.search(where):
        return ("put the value in quotes; in a list in brackets a comma ends an item, so a text holding one is quoted "
                f'whole: ["..., {value}"]')
    return "put the value in quotes"


_LATER_ITEM = patterns.compile(r"\[[1-9]\d*\]$")
_QUOTE_TOO_LONG = ("as every sentence citing it is checked against all of it", "quote only the words the statement "
                   "rests on")


def _text_check(hint, meta: dict) -> Check:
    """Return the check of a text field: not empty, and of the field's pattern and kind."""
    doc = meta.get("doc", "")
    empty_hint = f"fill it in: {doc}" if doc else "write a value or remove the field"
    pattern = _text_pattern(hint, meta)
    matches = patterns.compile(pattern).fullmatch if pattern else None
    pattern_name = PATTERN_NAMES.get(pattern, "in the expected form")
    pattern_hint = PATTERN_HINTS.get(pattern, doc)
    is_date = _is_date(hint, pattern)
    longest = _longest(hint, meta)
    too_long = meta.get("too_long", model.KEY_TOO_LONG if hint is model.Key else _QUOTE_TOO_LONG)
    one_line = one_line_texts.is_one_line(longest)

    def check(converter: Converter, value, line: int, where: str):
        if not isinstance(value, str):
            converter.problem(line, where, f"expected text, found {describe(value)}",
                              _not_text_hint(value, doc, where))
            return _MISSING
        if not value.strip():
            converter.problem(line, where, "is empty", empty_hint)
            return _MISSING
        if matches is not None and not matches(value):
            converter.problem(line, where, f"{describe(value)} is not {pattern_name}", pattern_hint)
            return _MISSING
        if is_date and value != "unknown" and not _real_date(value):
            converter.problem(line, where, f"{describe(value)} is not a real calendar date",
                              "write YYYY-MM-DD" + (", or `unknown`" if pattern == model.DATE_OR_UNKNOWN
                                                    else ", or YYYY-MM for a month alone"
                                                    if pattern == model.EVENT_DATE_PATTERN else ""))
            return _MISSING
        if longest is not None and len(value) > longest:
            why, hint = too_long
            converter.problem(line, where, f"is {len(value):,} characters long, past the {longest:,} it may hold, {why}",
                              hint)
            return _MISSING
        if one_line and (broken := one_line_texts.line_break_in(value)):
            converter.problem(line, where, f"holds {broken}: it is shown on one line {too_long[0]}",
                              one_line_texts.HINT)
            return _MISSING
        return value.rstrip("\n") if one_line else value  # a `>` block's final line end: no part of a title

    return check


PATTERNS = {model.Key: model.KEY_PATTERN, model.IsoDate: model.DATE_PATTERN, model.EventDate: model.EVENT_DATE_PATTERN}
PATTERN_NAMES = {
    model.KEY_PATTERN: "a key (lowercase letters, digits and hyphens)",
    model.DATE_PATTERN: "a date written YYYY-MM-DD",
    model.EVENT_DATE_PATTERN: "a date written YYYY-MM-DD, or a month written YYYY-MM",
    model.URL_PATTERN: "an http:// or https:// address",
    model.BASE_URL_PATTERN: "an http:// or https:// address without a query (?) or fragment (#)",
}
PATTERN_HINTS = {  # what to write instead; other patterns fall back to the field's description
    model.KEY_PATTERN: "use lowercase letters, digits and hyphens, e.g. `asif-all-out-war`",
    model.DATE_PATTERN: "write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026",
    model.EVENT_DATE_PATTERN: "write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026, or YYYY-MM, e.g. 2026-06 "
                              "for June 2026, where the source names the month only",
    model.DATE_OR_UNKNOWN: "write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026, or `unknown`",
    model.URL_PATTERN: "write the whole address, starting with https:// or http://",
    model.BASE_URL_PATTERN: model.BASE_URL_HINT,
}


def _is_date(hint, pattern: str | None) -> bool:
    """Say whether a text field holds a date, checked against the calendar: a source's `date` or `retrieved` (a date
    or `unknown`) of 2026-02-30, 2026-13-01 or 0000-01-01 was published as it stood, a `<time datetime>` no reader
    or search engine can read (tests/test_attack_40.py)."""
    return hint in (model.IsoDate, model.EventDate) or pattern == model.DATE_OR_UNKNOWN


def _real_date(text: str) -> bool:
    try:  # an event's month alone ("2026-06") is real where its first day is: "2026-13" is no month
        datetime.date.fromisoformat(text + "-01" if len(text) == 7 else text)
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


def too_many_markers(text: str, shown: str) -> Problem | None:
    """Return the problem of a content file's text holding more than MAX_CITATIONS citation markers ([^key]), at the
    line of the first one past them; None if it holds no more. Openings that close no marker ("[^" alone) are not
    counted: the prose's own check names them, in one pass."""
    if text.count("[^") <= MAX_CITATIONS:  # what every real file holds: no marker need be read
        return None
    for number, marker in enumerate(MARKER.finditer(text), 1):
        if number > MAX_CITATIONS:
            return Problem(shown, text.count("\n", 0, marker.start()) + 1,
                           f"the file holds more than {MAX_CITATIONS:,} citation markers ([^key])", CITATIONS_HINT)
    return None


def convert_file(tree, cls: type, shown: str, markers: int = 0):
    """Return (the file's content object or None, the problems found); `markers` is how many citation markers the
    file's text holds (counted among its citations)."""
    converter = Converter(shown, markers)
    if tree is None:
        converter.problem(1, "", "file is empty", f"expected fields: {field_names(cls)}")
        return None, converter.problems
    try:
        result = converter.convert(tree, cls, getattr(tree, "line", 1), "")
    except _CitesTooOften:
        return None, converter.problems
    except _TooMany:
        # One in place of the last, so that the file's list is not cut short again (see ContentError).
        return None, converter.problems[:-1] + [Problem(shown, 0, f"has more problems than the {MAX_LISTED - 1:,} "
                                                        "listed; the rest of it was not checked", "fix these and build again")]
    return (None if result is _MISSING else result), converter.problems
