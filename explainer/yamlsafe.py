"""Read an editor's YAML file into plain values that remember their line numbers.

We build the tree ourselves from the parser's event stream instead of letting PyYAML
construct objects: that way nothing but plain data can ever be made, duplicate keys are
caught, aliases (and so alias bombs) are refused, and nesting depth is bounded without
recursion.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
import yaml.constructor
import yaml.resolver

from .problems import Problem

try:  # The C parser is several times faster; fall back quietly where libyaml is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 50

# Characters that make text display in an order other than the one it is stored in
# ("Trojan Source"), plus the byte-order mark anywhere but the start.
INVISIBLE_CONTROLS = {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\ufeff",
}

# C0 and C1 controls except tab and newline, plus the characters above.
_FORBIDDEN = re.compile("[" + "".join(sorted(INVISIBLE_CONTROLS)) + "\x00-\x08\x0b-\x1f\x7f-\x9f]")

_STANDARD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {None, "!"} | {
    _STANDARD + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
}
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_IMPLICIT_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)
_SCALAR_MAKERS = {
    _STANDARD + "int": _CONSTRUCTOR.construct_yaml_int,
    _STANDARD + "float": _CONSTRUCTOR.construct_yaml_float,
    _STANDARD + "bool": _CONSTRUCTOR.construct_yaml_bool,
    _STANDARD + "null": lambda node: None,
}


class YamlMap(dict):
    """A mapping that knows the line of itself, of each key and where each value starts."""

    line: int = 0

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.value_lines: dict[str, int] = {}


class YamlList(list):
    """A sequence that knows its line and the line of each item."""

    line: int = 0

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


class _Frame:
    """An open mapping or sequence while the tree is being built."""

    __slots__ = ("container", "is_list", "pending_key")

    def __init__(self, container: YamlMap | YamlList):
        self.container = container
        self.is_list = isinstance(container, YamlList)
        self.pending_key: str | None = None

    def add(self, value, line: int, starts: int, shown: str, event=None) -> None:
        """Put a value (or, in a mapping, the next key) into this container."""
        container = self.container
        if self.is_list:
            container.append(value)
            container.item_lines.append(line)
            return
        key = self.pending_key
        if key is not None:
            container[key] = value
            container.value_lines[key] = starts
            self.pending_key = None
            return
        if event is None:
            raise YamlProblem(Problem(shown, line, "a mapping key must be a plain name, not a list or mapping",
                                      "write the key as text"))
        key = event.value
        if key in container.key_lines:
            raise YamlProblem(Problem(shown, line, f"key '{key}' appears twice "
                                      f"(lines {container.key_lines[key]} and {line})",
                                      "keep one of them; YAML would silently drop the first"))
        container.key_lines[key] = line
        self.pending_key = key


class YamlProblem(Exception):
    """A file that cannot be read as content at all; carries one Problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, shown: str, limit: int = MAX_FILE_BYTES) -> str:
    """Return the file's text as UTF-8 without BOM and with LF line ends, or raise YamlProblem."""
    size = path.stat().st_size
    if size > limit:
        raise YamlProblem(Problem(shown, 0, f"file is {size:,} bytes, over the limit of {limit:,}",
                                  "split it into smaller files"))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise YamlProblem(Problem(shown, line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8",
                                  "save the file as UTF-8")) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = _FORBIDDEN.search(text)
    if found:
        char = found.group()
        name = unicodedata.name(char, "")
        raise YamlProblem(Problem(shown, text.count("\n", 0, found.start()) + 1,
                                  f"invisible control character U+{ord(char):04X}{f' ({name})' if name else ''} is not allowed",
                                  "delete it; it is invisible in most editors"))
    return text
    return ""


def load_yaml(path: Path, shown: str):
    """Return the file's single document as YamlMap/YamlList/scalars, or raise YamlProblem."""
    text = read_text(path, shown)
    try:
        return _build(yaml.parse(text, Loader=_Loader), shown)
    except yaml.MarkedYAMLError as error:
        raise YamlProblem(_syntax_problem(error, shown, text)) from None
    except yaml.YAMLError as error:
        raise YamlProblem(Problem(shown, 0, f"YAML error: {error}", "check the file's syntax")) from None


def _syntax_problem(error: yaml.MarkedYAMLError, shown: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    lines = text.split("\n")
    line = min(mark.line + 1, len(lines)) if mark else 0  # an error at the end of the stream is on the last line
    column = mark.column + 1 if mark else 0
    what = " ".join(part for part in (error.context, error.problem) if part)
    hint = "fix the YAML syntax at that line"
    line_text = lines[mark.line] if mark and mark.line < len(lines) else ""
    if "\t" in line_text[: column] and "cannot start any token" in what:
        what, hint = "a tab character is used for indentation", "indent with spaces, not tabs"
    elif "quoted scalar" in what and error.context_mark:
        # Point at where the quote was opened, not at the end of the file it ran into.
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        hint = "the quoted value that starts here is missing its closing quote"
    elif "mapping values are not allowed" in what:
        hint = "quote a value that contains ': ', or check the indentation"
    elif mark and _unclosed_quote_above(lines, mark.line):
        hint = f"line {_unclosed_quote_above(lines, mark.line)} may have an unclosed quote"
    return Problem(shown, line, f"YAML syntax error: {what}", hint, column)


def _unclosed_quote_above(lines: list[str], index: int) -> int:
    """Return the 1-based number of a nearby line above `index` with an odd number of '"', or 0.

    A quote left open swallows the lines after it, so the parser complains further down.
    """
    for number in range(index - 1, max(index - 30, 0) - 1, -1):
        if lines[number].replace('\\"', "").count('"') % 2:
            return number + 1
    return 0


def _build(events, shown: str):
    """Assemble the parser's events into a tree, enforcing our limits."""
    stack: list[_Frame] = []
    root = None
    documents = 0
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            line = event.start_mark.line + 1
            if event.tag is not None:
                _check_tag(event, shown, line)
            value = _scalar(event)
            if stack:
                stack[-1].add(value, line, line + 1 if event.style in ("|", ">") else line, shown, event)
            else:
                root = value
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            line = event.start_mark.line + 1
            _check_tag(event, shown, line)
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(Problem(shown, line, f"nesting is deeper than {MAX_DEPTH} levels",
                                          "flatten the structure"))
            container = YamlMap(line) if kind is yaml.MappingStartEvent else YamlList(line)
            if stack:
                stack[-1].add(container, line, line, shown)
            else:
                root = container
            stack.append(_Frame(container))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            raise YamlProblem(Problem(shown, event.start_mark.line + 1,
                                      f"alias '*{event.anchor}' is not allowed in content",
                                      "write the value out in full instead of using anchors"))
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlProblem(Problem(shown, event.start_mark.line + 1, "file holds more than one YAML document",
                                          "remove the '---' separator and merge the documents"))
    return root


def _check_tag(event, shown: str, line: int) -> None:
    if event.tag not in _ALLOWED_TAGS:
        raise YamlProblem(Problem(shown, line, f"YAML tag '{event.tag}' is not allowed in content",
                                  "remove the tag; content is plain text, numbers, lists and mappings"))


def _scalar(event: yaml.ScalarEvent):
    """Return the plain Python value of a scalar; dates stay text."""
    value = event.value
    if event.tag and event.tag != "!":
        tag = event.tag
    elif event.implicit[0]:
        if value and value[0] not in _IMPLICIT_FIRST:
            return value  # no number, boolean or null starts this way
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
    else:
        return event.value
    maker = _SCALAR_MAKERS.get(tag)
    if maker is None:
        return event.value
    return maker(yaml.ScalarNode(tag, event.value))
