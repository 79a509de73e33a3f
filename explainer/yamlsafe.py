"""Read an editor's YAML file into plain values that remember their line numbers.

We build the tree ourselves from the parser's event stream instead of letting PyYAML
construct objects: that way nothing but plain data can ever be made, duplicate keys are
caught, aliases (and so alias bombs) are refused, and nesting depth is bounded without
recursion.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import NamedTuple

import yaml
import yaml.constructor
import yaml.resolver

from . import patterns
from .line_ends import line_of_offset
from .composed_accents import composed_accents
from .disguise import DOUBLED_QUOTE, char_name, disguised_text
from .hints import open_quote_line
from .problems import Problem
from .safefs import FileRefused, read_regular

try:  # The C parser is several times faster; fall back quietly where libyaml is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_FILE_BYTES = 8 * 1024 * 1024
# A content file past it cannot be split: a briefing has one file of each kind, the site one library. It was told to
# "split it into smaller files", which no build would read (tests/test_attack_41.py).
CONTENT_TOO_LARGE = ("a content file cannot be split into more of its kind: remove what does not belong in it (a "
                     "document's text belongs in seeds/)")
MAX_DEPTH = 50
# Keys, texts and lists or mappings in one file: a library of 4,000 sources holds 74,000. Two million list items
# in 8 MiB were parsed to the end before anything was said (3.1 s of CPU, 13 s on a busy machine); now 1 s.
MAX_VALUES = 500_000

# Characters that make text display in an order other than the one it is stored in
# ("Trojan Source"), plus the byte-order mark anywhere but the start.
INVISIBLE_CONTROLS = {
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\ufeff",
}

# Unicode's 66 noncharacters (U+FDD0..U+FDEF, and the last two code points of every plane): no text holds
# them, and XML may not hold U+FFFE or U+FFFF, so a title written "\uffff" made the Atom feed unreadable.
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
# C0 and C1 controls except tab and newline, plus the characters above.
_FORBIDDEN = patterns.compile("[" + "".join(sorted(INVISIBLE_CONTROLS)) + "\x00-\x08\x0b-\x1f\x7f-\x9f"
                              + NONCHARACTERS + "]")
# The bytes whose character _FORBIDDEN lets through; used on ASCII text only, where that is
# everything but the C0 controls (tab and newline excepted) and DEL.
_ASCII_ALLOWED = bytes(byte for byte in range(256) if not _FORBIDDEN.match(chr(byte)))
# What a double-quoted scalar's escapes ("\\e", "\\x1b", "\\u202e", "\\ud800") may make although the
# file's own characters passed _FORBIDDEN: the same characters, and halves of surrogate pairs.
# (Not line and paragraph separators: written as escapes, "\u2028", they misname no line, and XML and JSON hold them.)
_FORBIDDEN_DECODED = patterns.compile(_FORBIDDEN.pattern[:-1] + "\ud800-\udfff]")
# Unicode's line and paragraph separators, which text pasted from a web page or a PDF may hold: YAML reads each as a line
# break that editors show as a space or not at all, so a comment ended there and went on as YAML, a plain value was cut
# in two, and every problem after one was named a line too far.
_LINE_SEPARATOR = patterns.compile("[\u2028\u2029]")
# One escape sequence of a double-quoted scalar, as written in the file.
_ESCAPE = patterns.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)

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
_UNRESOLVED = object()
# The longest text read as an integer. PyYAML makes a sexagesimal one (`59:59:59...`) in time that grows with the
# square of its length (600 KB took 7 s; 8 MiB, some twenty minutes), and Python writes out no integer of over 4,300
# digits, which `0x` and 5,000 hex digits make: every message quoting it ended the build in a traceback. Longer, it stays
# text, as a decimal of over 4,300 digits already did.
_LONGEST_INTEGER = 3_500
# What PyYAML's constructors raise for text they cannot make a value of ("3 words" as an int, "0b_").
_CONSTRUCTOR_ERRORS = (ValueError, KeyError, IndexError, TypeError)
_BLOCK_STYLES = ("|", ">")  # a block scalar's text starts on the line after its indicator

# The event classes, looked up once: _build compares every event's class against them.
ScalarEvent, AliasEvent, DocumentStartEvent = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
MappingStartEvent, MappingEndEvent = yaml.MappingStartEvent, yaml.MappingEndEvent
SequenceStartEvent, SequenceEndEvent = yaml.SequenceStartEvent, yaml.SequenceEndEvent


class YamlMap(dict):
    """A mapping that knows the line of itself, of each key and where each value starts."""

    # Slots: one of these is made per mapping in the file, and slots make that cheaper.
    __slots__ = ("line", "key_lines", "value_lines", "folds")

    def __init__(self, line: int):
        # dict.__init__ would have nothing to do: the mapping starts empty.
        self.line = line
        self.key_lines: dict[str, int] = {}
        self.value_lines: dict[str, int] = {}
        self.folds: dict[str, Folds] | None = None  # text values folded over several lines (see fold_map)


class Folds(NamedTuple):
    """Where each written line of a text value folded over several lines begins in the value."""

    offsets: tuple[int, ...]  # in the value's text, ascending
    lines: tuple[int, ...]  # the file's line of each
    # Lines after one blank line that YAML folded into a single line break: in markdown, the
    # paragraph the editor started there runs on from the one before.
    joined: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int:
        """Return the file's line holding the value's character at `offset`."""
        return self.lines[max(bisect.bisect_right(self.offsets, offset) - 1, 0)]


def fold_map(text: str, lines: list[str], start, end, style: str | None) -> Folds | None:
    """Return where each written line of a scalar folded over lines `start`..`end` begins in its value.

    YAML joins a folded (`>`), plain or quoted scalar's lines with spaces, so a count of newlines
    in the value cannot give a sentence's line. Each written line, trimmed, stands in the value
    as it is, with only whitespace between: if one does not (an escape, a doubled quote), None,
    and the caller counts newlines as before.
    """
    offsets, numbers, joined, position = [], [], [], 0
    first = start.line + 1 if style == ">" else start.line  # a `>` block starts after its indicator line
    for number in range(first, min(end.line, len(lines) - 1) + 1):
        piece = lines[number]
        if number == end.line:
            piece = piece[: end.column]
        if number == start.line:
            piece = piece[start.column:]
        piece = piece.strip(" \t")
        if style in ("'", '"'):
            piece = piece.removeprefix(style) if number == start.line else piece
            piece = piece.removesuffix(style) if number == end.line else piece
        if not piece:
            continue
        found = _skip_space(text, position)
        if not text.startswith(piece, found):
            return None
        if numbers and text[position:found] == "\n" and numbers[-1] == number - 1:
            joined.append(number + 1)
        offsets.append(found)
        numbers.append(number + 1)
        position = found + len(piece)
    if len(offsets) < 2 or _skip_space(text, position) != len(text):
        return None
    return Folds(tuple(offsets), tuple(numbers), tuple(joined))


def _skip_space(text: str, position: int) -> int:
    """Return the first position from `position` on that is not whitespace (len(text) if none)."""
    while position < len(text) and text[position] in " \t\n":
        position += 1
    return position


class _FloatAsWritten(float):
    """A decimal with its text as `written` (kept when pickled)."""

    def __new__(cls, written: str):
        number = super().__new__(cls, written)
        number.written = written
        return number

    def __getnewargs__(self):
        return (self.written,)


class DotGroupedFloat(_FloatAsWritten):
    """A number written as digits grouped with a dot ("240.000", "1.250"), which YAML reads as a decimal (240.0,
    1.25), with its text as `written`: in a language whose dot groups thousands, the editor meant 240000."""


_DOT_GROUPED = patterns.compile(r"[1-9]\d{0,2}\.\d{3}")


class WrittenFloat(_FloatAsWritten):
    """A decimal written with a trailing zero ("6.10", "9.40"), with its text as `written`: the page shows it with
    the decimals it was written with, so a sum of money keeps its cents as the source gives them ("$6.10", never
    "6.1")."""


_TRAILING_ZERO = patterns.compile(r"[-+]?\d+\.\d*0")


class YamlList(list):
    """A sequence that knows its line and the line of each item."""

    __slots__ = ("line", "item_lines")

    def __init__(self, line: int):
        self.line = line
        self.item_lines: list[int] = []


class YamlProblem(Exception):
    """A file that cannot be read as content at all; carries one Problem."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, shown: str, limit: int = MAX_FILE_BYTES, root: Path | None = None) -> str:
    """Return the file's text as UTF-8 without BOM and with LF line ends, or raise YamlProblem.

    The file must be a regular file inside `root` (by default its own folder): see safefs.
    """
    try:
        raw = read_regular(path, path.parent if root is None else root, limit, shown, CONTENT_TOO_LARGE)
    except FileRefused as error:
        raise YamlProblem(error.problem) from None
    return decode_text(raw, shown)


# A file saved as UTF-16 or UTF-32 (Windows' Notepad and PowerShell do): its byte-order mark, or where there is none,
# the zero bytes of its first characters ("T\0h\0e\0"), which UTF-8 reads as NULs (a "NUL character" or "byte 0xff
# is not valid UTF-8" did not say what to do).
_WIDE_MARKS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"),
               (b"\xfe\xff", "UTF-16"))


def wide_encoding(raw: bytes) -> str:
    """Return "UTF-16" or "UTF-32" where a file's bytes are written in one of them, else ""."""
    for mark, name in _WIDE_MARKS:
        if raw.startswith(mark):
            return name
    head = raw[:64]
    head = head[:len(head) - len(head) % 4]
    if b"\x00" not in head or not head.strip(b"\x00"):
        return ""
    zero = [not any(head[at::4]) for at in range(4)]  # ASCII in UTF-16 LE: the bytes at 1 and 3 of every four
    if zero[1] and zero[2] and (zero[0] or zero[3]):
        return "UTF-32"
    return "UTF-16" if (zero[1] and zero[3]) or (zero[0] and zero[2]) else ""


def decode_text(raw: bytes, shown: str) -> str:
    """Return a content file's bytes as text without BOM and with LF line ends, or raise YamlProblem."""
    wide = wide_encoding(raw)
    if wide:
        raise YamlProblem(Problem(shown, 1, f"the file is written in {wide}, not UTF-8", "save the file as UTF-8"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = line_of_offset(raw, error.start)
        raise YamlProblem(Problem(shown, line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8",
                                  "save the file as UTF-8")) from None
    if "\r" in text:  # finding none is much quicker than replacing none
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = first_forbidden(text)
    if found:
        char = found.group()
        raise YamlProblem(Problem(shown, text.count("\n", 0, found.start()) + 1,
                                  f"{refused_kind(char)} {char_name(char)} is not allowed",
                                  "delete it; it is invisible in most editors"))
    separator = None if text.isascii() else _LINE_SEPARATOR.search(text)
    if separator:
        raise YamlProblem(Problem(shown, text.count("\n", 0, separator.start()) + 1,
                                  f"{char_name(separator.group())} is not allowed",
                                  "YAML reads it as a line break your editor may not show: replace it with a space, "
                                  "or start a new line"))
    text = composed_accents(text)  # "ệ" typed as "e" and two marks: the letter a reader sees
    problem = disguised_text(_ESCAPE_LETTERS.sub(_blank, text) if "\\" in text else text)
    if problem:
        raise YamlProblem(Problem(shown, text.count("\n", 0, problem[0]) + 1, *problem[1:]))
    return text


# A double-quoted scalar's escapes: their letters are no word's. "\nМинистерство" was refused as a Cyrillic letter
# inside a Latin word ("nМ"), a character that is not there; the value, decoded, is checked again (load_yaml).
_ESCAPE_LETTERS = patterns.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0abtnvfreN_LP\\])")


def _blank(escape: re.Match) -> str:
    """Return spaces as long as an escape: offsets, and so lines, stay where they were."""
    return " " * len(escape.group())


def refused_kind(char: str) -> str:
    """Return what a character _FORBIDDEN refuses is, as messages name it."""
    return "noncharacter" if re.fullmatch(f"[{NONCHARACTERS}]", char) else "invisible control character"


def first_forbidden(text: str) -> re.Match | None:
    """Return the match of the first character _FORBIDDEN refuses, or None."""
    # Content is usually all ASCII, which Python knows without looking (isascii() is free).
    # Then bytes.translate, deleting every allowed byte, says whether anything is left to
    # refuse ten times faster than the regular expression can scan the text.
    if text.isascii() and not text.encode("ascii").translate(None, _ASCII_ALLOWED):
        return None
    return _FORBIDDEN.search(text)


def _decoded_forbidden(text: str) -> bool:
    """Say whether a double-quoted scalar's text holds a character _FORBIDDEN_DECODED refuses: in ASCII text (no
    surrogate is) those first_forbidden finds, eight times faster than the pattern (0.2 s of 20,000 claims' text)."""
    return (first_forbidden(text) if text.isascii() else _FORBIDDEN_DECODED.search(text)) is not None


def load_yaml(path: Path, shown: str, root: Path | None = None):
    """Return the file's single document as YamlMap/YamlList/scalars, or raise YamlProblem.

    `root` is the folder a link may not lead out of; by default the file's own folder.
    """
    return parse_yaml(read_text(path, shown, root=root), shown)


def parse_yaml(text: str, shown: str):
    """Return the single document of `text` (from read_text) as YamlMap/YamlList/scalars, or raise YamlProblem."""
    try:
        # The parser's own get_event, rather than yaml.parse's generator around it: one call per event.
        return _build(_Loader(text).get_event, shown, text)
    except yaml.MarkedYAMLError as error:
        raise YamlProblem(_syntax_problem(error, shown, text)) from None
    except yaml.YAMLError as error:
        raise YamlProblem(Problem(shown, 0, f"YAML error: {error}", "check the file's syntax")) from None


_KEY_MAX = 1024  # the characters YAML reads a key in, before its ':'
_RESERVED = ("%", "@", "`")  # YAML's reserved indicators: a plain value never starts with one
# What the parser says when a line is indented more or less than its list or mapping.
_INDENTATION_PROBLEMS = ("did not find expected '-' indicator", "did not find expected key", "expected <block end>")
INDENTATION_HINT = ("check the indentation of this line against the lines above: "
                    "the items of one list or mapping line up")


def _syntax_problem(error: yaml.MarkedYAMLError, shown: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    lines = text.split("\n")
    line = min(mark.line + 1, len(lines)) if mark else 0  # an error at the end of the stream is on the last line
    column = mark.column + 1 if mark else 0
    what = " ".join(part for part in (error.context, error.problem) if part)
    hint = "fix the YAML syntax at that line"
    line_text = lines[mark.line] if mark and mark.line < len(lines) else ""
    if _tab_indented(line_text, column, what):
        what, hint = "a tab character is used for indentation", "indent with spaces, not tabs"
    elif "cannot start any token" in what and mark and line_text[mark.column:mark.column + 1] in _RESERVED:
        # "unit: %" or "by: @court": characters YAML keeps for itself, which no plain value may start with
        reserved = line_text[mark.column]
        what = f"a value starts with '{reserved}', which YAML reserves"
        hint = f"put the value in quotes: \"{line_text[mark.column:].split(',')[0].split('}')[0].strip()}\""
    elif "escape" in (error.problem or "") or "hexdecimal" in (error.problem or ""):
        what, hint = _escape_problem(error.problem, line_text, column)
    elif "quoted scalar" in what and error.context_mark and "unexpected end of stream" in what:
        # Point at where the quote was opened, not at the end of the file it ran into.
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        hint = "the quoted value that starts here is missing its closing quote"
    elif "could not find expected ':'" in what and (length := _long_key(line_text)):
        # YAML reads a key only within 1,024 characters of its start: a longer one was "expected ':'", the ':' there
        what = f"a key is {length:,} characters long, past the {_KEY_MAX:,} YAML reads"
        hint = "shorten the key; a long text belongs after the ':', as a value"
    elif "mapping values are not allowed" in what:
        hint = f"{INDENTATION_HINT}; or quote a value that contains ': '"
    elif mark and (opened := open_quote_line(lines, mark.line)):
        hint = f"line {opened} may have an unclosed quote"
    elif any(words in what for words in _INDENTATION_PROBLEMS):
        hint = INDENTATION_HINT
    return Problem(shown, line, f"YAML syntax error: {what}", hint, column)


def _long_key(line_text: str) -> int:
    """Return the length of the key before the line's ':' if it is longer than YAML reads one, else 0."""
    key, colon, _ = line_text.partition(":")
    return len(key.strip()) if colon and len(key.strip()) > _KEY_MAX else 0


def _tab_indented(line_text: str, column: int, what: str) -> bool:
    """Say whether a syntax error comes from a tab indenting its line.

    The parser names it in two ways: a tab that "cannot start any token" before a key, and one
    that "violates indentation" where a value runs on (a tab-indented key under a mapping).
    """
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    return ("\t" in line_text[:column] and "cannot start any token" in what) or (
        "\t" in indent and "tab character that violates indentation" in what)


def _escape_problem(problem: str, line_text: str, column: int) -> tuple[str, str]:
    """Return the message and hint for a bad escape sequence in a double-quoted value."""
    written = [match.group() for match in _ESCAPE.finditer(line_text, 0, column + 8) if match.start() < column]
    escape = f"'{written[-1]}' " if written else ""
    if "hexdecimal" in problem:
        return (f"escape sequence {escape}needs hexadecimal digits",
                "write \\x with 2 hex digits, \\u with 4 or \\U with 8; or put the value in single quotes")
    if "Unicode" in problem:
        return (f"escape sequence {escape}does not write a character",
                "\\uD800 to \\uDFFF are halves of surrogate pairs and nothing is above \\U0010FFFF; "
                "write the character itself")
    return (f"unknown escape sequence {escape}in a double-quoted value",
            "write a backslash as \\\\, or put the value in single quotes")


def _doubled_quote_line(event, source_lines: list[str]) -> int:
    """Return the line of a text value's doubled quotation mark as written: a block's or a folded text's marks stand
    lines below its key (the value's first line when the marks are written otherwise, as a single-quoted text's)."""
    first, last = event.start_mark.line, event.end_mark.line
    for number in range(first, min(last, len(source_lines) - 1) + 1):
        written = source_lines[number][event.start_mark.column:] if number == first else source_lines[number]
        if DOUBLED_QUOTE.search(written):
            return number + 1
    return first + 2 if event.style in _BLOCK_STYLES else first + 1


def _build(next_event, shown: str, source: str):
    """Assemble the parser's events into a tree, enforcing our limits.

    `next_event()` returns the next event, or None after the last. This loop runs once per
    event (hundreds of thousands for a large project), so the innermost open container and
    its line records are kept in local variables; the enclosing ones wait on `stack`.
    """
    plain_values: dict[str, object] = {}  # plain scalar text -> its value, resolved once per file
    stack: list[tuple] = []  # one saved frame per open container: len(stack) is the nesting depth
    root = None
    container = None  # the innermost open YamlMap or YamlList; None at the top level
    in_list = False
    key = None  # in a mapping: the key whose value comes next
    key_lines = value_lines = item_lines = None  # the line records of `container`
    documents = 0
    source_lines = None  # the file's lines, split only if a text value is folded over several
    values = 0
    while True:
        event = next_event()
        if event is None:
            return root
        kind = type(event)  # cheaper than event.__class__: Python 3.11 specialises type(x)
        if kind is ScalarEvent:
            line = event.start_mark.line + 1
            values += 1
            if values > MAX_VALUES:
                raise YamlProblem(_too_many_values(shown, line))
            text = event.value
            style = event.style  # plain: None, or "" from the C parser
            if style == '"' and event.tag is not None:  # `!!str "\e"`: a tag makes no escape less an escape
                _check_decoded(event, source, shown, key is None and not in_list and container is not None, line)
            if event.tag is not None:
                _check_tag(event, shown, line)
                value = _tagged_scalar(event, shown, line)
            elif not style and (not text or text[0] in _IMPLICIT_FIRST):
                # Plain text that may be a number, boolean or null. Resolved once per distinct
                # text; keys too, so that a key that fails to resolve fails as it always did.
                value = plain_values.get(text, _UNRESOLVED)
                if value is _UNRESOLVED:
                    value = plain_values[text] = _scalar(event)
            else:
                value = text  # quoted, a block, or plain text no number or boolean starts with
                if style == '"':
                    _check_decoded(event, source, shown, key is None and not in_list and container is not None, line)
            if type(value) is str and ("''" in value or "``" in value) and DOUBLED_QUOTE.search(value):
                # the value's own marks, not the '' that writes one ' in a single-quoted scalar
                if source_lines is None:
                    source_lines = source.split("\n")
                raise YamlProblem(Problem(shown, _doubled_quote_line(event, source_lines),
                                          "two apostrophes or backticks used as a quotation mark are "
                                          "not allowed", "quote with \" or \u201c \u201d: the checks read no "
                                          "quotation between doubled marks"))
            if key is not None:  # the value of a mapping's key
                container[key] = value
                value_lines[key] = line + 1 if style in _BLOCK_STYLES else line
                if style != "|" and event.end_mark.line >= line and type(value) is str:  # folded over lines
                    if source_lines is None:
                        source_lines = source.split("\n")
                    folds = fold_map(text, source_lines, event.start_mark, event.end_mark, style)
                    if folds is not None:
                        if container.folds is None:
                            container.folds = {}
                        container.folds[key] = folds
                key = None
            elif in_list:
                container.append(value)
                item_lines.append(line)
            elif container is not None:  # a mapping's next key
                if text == "<<" and not style:  # YAML 1.1's merge key: `- <<: {id: beta}` was an unknown field
                    raise YamlProblem(Problem(shown, line, "YAML merge keys ('<<') are not read in content",
                                              "write the fields out in full in this mapping"))
                if text in key_lines:
                    raise YamlProblem(Problem(shown, line, f"key '{text}' appears twice "
                                              f"(lines {key_lines[text]} and {line})",
                                              "keep one of them; YAML would silently drop the first"))
                key_lines[text] = line
                key = text
            else:
                root = value
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            line = event.start_mark.line + 1
            _check_tag(event, shown, line)
            values += 1
            if values > MAX_VALUES:
                raise YamlProblem(_too_many_values(shown, line))
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(Problem(shown, line, f"nesting is deeper than {MAX_DEPTH} levels",
                                          "flatten the structure"))
            opened = YamlMap(line) if kind is MappingStartEvent else YamlList(line)
            if container is None:
                root = opened
            elif in_list:
                container.append(opened)
                item_lines.append(line)
            elif key is not None:
                container[key] = opened
                value_lines[key] = line
                key = None
            else:
                raise YamlProblem(Problem(shown, line, "a mapping key must be a plain name, not a list or mapping",
                                          "write the key as text"))
            stack.append((container, in_list, key_lines, value_lines, item_lines))
            container, in_list, key = opened, kind is SequenceStartEvent, None
            if in_list:
                item_lines = opened.item_lines
            else:
                key_lines, value_lines = opened.key_lines, opened.value_lines
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            # A closed container's key is always consumed, so the parent resumes with none pending.
            container, in_list, key_lines, value_lines, item_lines = stack.pop()
        elif kind is AliasEvent:
            raise YamlProblem(Problem(shown, event.start_mark.line + 1,
                                      f"alias '*{event.anchor}' is not allowed in content",
                                      "write the value out in full instead of using anchors"))
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlProblem(Problem(shown, event.start_mark.line + 1, "file holds more than one YAML document",
                                          "remove the '---' separator and merge the documents"))


def _too_many_values(shown: str, line: int) -> Problem:
    """Return the problem of a file found holding more than MAX_VALUES at `line`."""
    return Problem(shown, line, f"the file holds more than {MAX_VALUES:,} keys, texts, lists and mappings; "
                   "the rest was not read",
                   "no briefing or library needs so many: look for a list that a script or a paste repeated")


def _check_decoded(event: yaml.ScalarEvent, source: str, shown: str, is_key: bool, line: int) -> None:
    """Refuse a double-quoted scalar whose escapes write what the file's own text may not hold."""
    text = event.value
    if _decoded_forbidden(text):  # only escapes can make them
        raise YamlProblem(_escaped_control(event, source, shown, is_key))
    if not text.isascii() and (problem := disguised_text(text)):  # "8\u200b00"
        raise YamlProblem(Problem(shown, line, *problem[1:]))


def _escaped_control(event: yaml.ScalarEvent, source: str, shown: str, is_key: bool) -> Problem:
    """Return the Problem of a double-quoted scalar whose escapes write a control character."""
    char = _FORBIDDEN_DECODED.search(event.value).group()
    start, end = event.start_mark.index, event.end_mark.index
    line = event.start_mark.line + 1
    for escape in _ESCAPE.finditer(source, start, end):  # the line of the escape itself, when it can be found
        if _FORBIDDEN_DECODED.search(_decoded(escape.group(1))):
            line += source.count("\n", start, escape.start())
            break
    what = "key" if is_key else "value"
    half = " (half of a surrogate pair, not a character)" if "\ud800" <= char <= "\udfff" else ""
    kind = "noncharacter" if refused_kind(char) == "noncharacter" else "control character"
    return Problem(shown, line, f"{kind} {char_name(char)}{half} in a quoted {what} is not allowed",
                   "remove the escape sequence that writes it; write the text itself")


def _decoded(escape: str) -> str:
    """Return what one escape (without its backslash) writes, or '' for one that writes nothing we refuse."""
    if escape[0] in "xuU" and len(escape) > 1:
        return chr(min(int(escape[1:], 16), 0x10FFFF))
    return {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "v": "\v", "f": "\f", "r": "\r", "N": "\x85"}.get(escape, "")


def _check_tag(event, shown: str, line: int) -> None:
    """Refuse any tag but the standard plain-data ones."""
    if event.tag not in _ALLOWED_TAGS:
        raise YamlProblem(Problem(shown, line, f"YAML tag '{event.tag}' is not allowed in content",
                                  "remove the tag; content is plain text, numbers, lists and mappings"))


def _tagged_scalar(event: yaml.ScalarEvent, shown: str, line: int):
    """Return the value of a scalar with an explicit tag such as `!!int`, or raise YamlProblem if it can't be one."""
    try:
        return _scalar(event)
    except _CONSTRUCTOR_ERRORS:
        kind = event.tag.rsplit(":", 1)[-1]
        raise YamlProblem(Problem(shown, line, f"'{_clip(event.value)}' is not a valid {kind}",
                                  f"remove the '!!{kind}' tag, or write a value of that type")) from None


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _scalar(event: yaml.ScalarEvent):
    """Return the plain Python value of a scalar; dates stay text."""
    value = event.value
    explicit = bool(event.tag) and event.tag != "!"
    if explicit:
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
    if tag == _STANDARD + "int" and len(value) > _LONGEST_INTEGER:
        if explicit:
            raise ValueError("too long to be read as an integer")
        return value
    if explicit:  # a tag the text cannot honour is the editor's to fix: _tagged_scalar reports it
        return maker(yaml.ScalarNode(tag, event.value))
    if tag == _STANDARD + "float" and _DOT_GROUPED.fullmatch(value):
        return DotGroupedFloat(value)
    if tag == _STANDARD + "float" and _TRAILING_ZERO.fullmatch(value):
        return WrittenFloat(value)
    try:
        return maker(yaml.ScalarNode(tag, event.value))
    except _CONSTRUCTOR_ERRORS:
        return event.value  # text like "0b_" only looks like a number to the resolver: it stays text
