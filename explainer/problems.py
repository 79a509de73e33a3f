"""Problems are values: every stage collects them, the command line prints them."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from .records import record

# What must never reach a terminal as itself: C0 and C1 controls (tab and newline included,
# so one problem stays one line), DEL, direction marks, overrides and isolates, line and
# paragraph separators, the byte-order mark and lone surrogates (from undecodable file names).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
# Past this, one mistake repeated all over a file (8 MiB of `[1,1,1...]` gave four million lines, two
# minutes and 4 GB to print them): the rest are counted, not listed.
MAX_LISTED = 1000
# Past this, a line is cut in its middle, where a value quoted whole stands: a 200 KB key or file name made a 200 KB
# line (and a library of 4,000 ids one of 60 KB) that pushed every other problem out of the terminal's sight; what
# the line is about and what to do stand at its start and its end.
MAX_LINE = 1000
_KEPT_START, _KEPT_END = 600, 300


@record(order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    line: int
    message: str
    hint: str = ""
    column: int = 0

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return cut_middle(printable(f"{text} ({self.hint})" if self.hint else text))


def cut_middle(line: str) -> str:
    """Return `line`, or its start and end with what stands between them counted, when it is longer than MAX_LINE."""
    if len(line) <= MAX_LINE:
        return line
    left_out = len(line) - _KEPT_START - _KEPT_END
    return f"{line[:_KEPT_START]}…({left_out:,} characters not shown)…{line[-_KEPT_END:]}"


class ContentError(Exception):
    """Raised once by the pipeline with every problem found."""

    def __init__(self, problems: list[Problem], count: int | None = None):
        """With `count`, `problems` are already as this class keeps them (unpickled), of `count` found."""
        if count is None:
            problems, count = _listed(problems)
        self.problems, self.count = problems, count
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):  # raised in a build's worker process, it crosses back pickled
        return ContentError, (self.problems, self.count)


def _listed(problems: list[Problem]) -> tuple[list[Problem], int]:
    """Return the first MAX_LISTED problems in reading order, then one counting the rest; and how many were found."""
    found = sorted(set(problems), key=_reading_order)
    if len(found) <= MAX_LISTED:
        return found, len(found)
    rest = found[MAX_LISTED:]
    more = Problem(rest[0].file, 0, f"and {len(rest):,} more problems, not listed", "fix the ones above and build again")
    return found[:MAX_LISTED] + [more], len(found)


def _reading_order(problem: Problem) -> tuple:
    return (problem.file, problem.line, problem.column, problem.message, problem.hint)


def printable(text: str) -> str:
    """Return `text` with every control, direction and surrogate character written as a visible escape."""
    if text.isascii() and text.isprintable():  # the usual case, decided without the expression
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED_ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def display_path(path: Path, root: Path) -> str:
    """Return `path` relative to the project root, as editors see it."""
    if isinstance(path, PurePosixPath) and isinstance(root, PurePosixPath):
        # What relative_to gives, as a string: both are normalised, and a build shows thousands of paths.
        name, top = str(path), str(root)
        if name.startswith(top) and name[len(top):len(top) + 1] == "/" and top != "/":
            return name[len(top) + 1:]
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def counted(count: int, noun: str) -> str:
    """Return "1 passage", "3 passages": a count with its noun (a regular plural)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
