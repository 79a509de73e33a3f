"""Suggestions for error messages ("did you mean ...?", "line 3 may have an unclosed quote").

difflib is imported only when an error needs a hint: it is not free at start-up.
"""

from __future__ import annotations

from . import patterns


def closest(word: str, choices, cutoff: float = 0.6) -> str | None:
    """Return the choice most like `word`, or None when none is close."""
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


# Ids a hint lists at most: a library of 4,000 sources named every id in one error line of 60 KB.
MAX_LISTED_IDS = 10
# Unknown ids given the closest known one: each is 17 ms among 4,000 ids, and a library whose ids were all renamed
# leaves thousands of citations naming ids it lacks.
MAX_SUGGESTED = 10


def one_of(word: str, ids, lead: str = "use one of", suggest: bool = True) -> str:
    """Return a hint naming the ids `word` may have meant: all of them when they are few, else (if `suggest`) the
    closest, and the first few and how many more."""
    ids = sorted(ids)
    if len(ids) <= MAX_LISTED_IDS:
        return f"{lead}: {', '.join(ids)}"
    close = closest(word[:200], ids) if suggest else None  # an id is short: a longer word is like none of them
    listed = f"{lead}: {', '.join(ids[:MAX_LISTED_IDS])} and {len(ids) - MAX_LISTED_IDS:,} more"
    return f"did you mean '{close}'? or {listed}" if close else listed


# A block scalar's indicator (`|`, `>-`, `|+2`...) where a value starts, up to the end of the line.
_BLOCK_INDICATOR = patterns.compile(r"[|>][-+0-9]*[ \t]*(#.*)?$")


def open_quote_line(lines: list[str], index: int) -> int:
    """Return the 1-based line where a quoted value still open at the start of line `index` began, or 0.

    A quote left open swallows the lines after it, so the parser complains further down.
    The lines are read the way YAML reads them, closely enough to tell a quoted value from
    quote marks inside plain text, block scalars (`|`, `>-`) and comments.
    """
    quote, opened, flow, block_indent = "", 0, 0, -1
    for number in range(index):
        line = lines[number]
        indent = len(line) - len(line.lstrip(" "))
        if block_indent >= 0 and (not line.strip() or indent > block_indent):
            continue  # inside a block scalar: quotes there are text
        block_indent = -1
        was_open = quote
        quote, flow, block = _scan_line(line, quote, flow)
        if block:
            block_indent = indent
        if quote and (not was_open or _closing(line, 0, was_open) >= 0):
            opened = number + 1  # opened here, not carried over from above
    return opened if quote else 0


def _scan_line(line: str, quote: str, flow: int) -> tuple[str, int, bool]:
    """Return (the quote still open at the line's end, the flow depth, whether a block scalar starts).

    `quote` is the quote character open at the line's start ('' for none).
    """
    i, at_value = 0, True
    if quote:
        i = _closing(line, 0, quote)
        if i < 0:
            return quote, flow, False
        quote, at_value = "", False
    while i < len(line):
        char = line[i]
        after = line[i + 1: i + 2]
        if char in " \t":
            i += 1
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            break  # a comment
        elif at_value and char in "\"'":
            i = _closing(line, i + 1, char)
            if i < 0:
                return char, flow, False
            at_value = False
        elif at_value and char in "|>" and _BLOCK_INDICATOR.match(line, i):
            return "", flow, not flow
        elif char in "-?" and at_value and after in ("", " ", "\t"):
            i += 1  # a list item or explicit key: a value may follow
        elif at_value and char in "!&":
            i = line.find(" ", i) if " " in line[i:] else len(line)  # a tag or anchor before the value
        elif char in "[{" and (at_value or flow):
            flow, at_value, i = flow + 1, True, i + 1
        elif char in "]}" and flow:
            flow, at_value, i = flow - 1, False, i + 1
        elif char == "," and flow:
            at_value, i = True, i + 1
        elif char == ":" and (after in ("", " ", "\t") or (flow and after in ",]}")):
            at_value, i = True, i + 1
        else:
            at_value, i = False, i + 1  # plain text: quote marks in it are text
    return "", flow, False


def _closing(line: str, start: int, quote: str) -> int:
    """Return the index after the quote closing a value opened before `start`, or -1 if it stays open."""
    i = start
    while i < len(line):
        char = line[i]
        if quote == '"' and char == "\\":
            i += 2
        elif char == quote and quote == "'" and line[i + 1: i + 2] == "'":
            i += 2  # '' is a quote mark inside a single-quoted value
        elif char == quote:
            return i + 1
        else:
            i += 1
    return -1
