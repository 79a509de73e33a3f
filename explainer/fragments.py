"""Text fragment links (`#:~:text=...`) that take a reader to exactly the cited passage.

A directive is only offered when `first_match`, our reading of the WICG URL Fragment Text
Directives find algorithm, resolves it to the passage itself. That reading is made for a
page that shows the source's plain text, and is simplified so that it finds at least every
match a browser finds (an extra match only makes us give up, never point elsewhere):

- Text is whitespace-collapsed, and compared as the spec's primary-strength comparison does:
  case folded, compatibility forms and accents dropped (casefold, NFKD, no combining marks),
  invisible format characters ignored. Block boundaries are not modelled; instead no term
  we write crosses a blank line.
- Word boundaries: the browser breaks words by UAX #29 (and dictionaries for scripts written
  without spaces). When searching, any position not between two word characters (`\\w`) is a
  boundary, as is every position beside such a script: at least the browser's boundaries.
  The passage itself must start and end where the browser surely sees a boundary: beside
  whitespace, the text's edge, or punctuation that never joins two words.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from urllib.parse import quote, unquote

from . import patterns

LONG_PASSAGE = 300  # characters: beyond this a link names only the first and last words
END_WORDS = range(3, 9)  # words in textStart and textEnd of a long passage
MAX_CONTEXT_WORDS = 6  # words of prefix plus suffix
# The spec's text-directive-explicit-char set: everything else is percent-encoded. quote()
# never encodes "-", which separates prefix and suffix, so that one is replaced by hand.
_SAFE = "!$'()*+./:;=?@_~"
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff" \
            "\uf900-\ufaff\U00020000-\U0003134f"  # Thai, Lao, Myanmar, Khmer, CJK: no spaces between words
_PERHAPS_JOINED = patterns.compile(rf"[^\W{_UNSPACED}]")
_JOINS_WORDS = "'.:,;’‘·\u02bc\u2024\ufe52\uff07\uff0e\uff1a"  # UAX #29 MidLetter, MidNum, MidNumLet
_BLANK_LINE = patterns.compile(r"\n[^\S\n]*\n")


class FoldedText:
    """A text folded for matching, with maps between its offsets and the original's."""

    def __init__(self, text: str):
        table = {ord(char): folded for char in set(text) if (folded := _fold(char)) != char}
        odd = "".join(sorted(chr(code) for code, folded in table.items() if len(folded) != 1))
        special = re.compile(r"\s{2,}" + (f"|[{re.escape(odd)}]" if odd else ""))
        pieces, cursor, length = [], 0, 0
        self._original_at, self._folded_at, self._shift = [0], [0], [0]
        for match in special.finditer(text):
            pieces.append(text[cursor:match.start()].translate(table))
            pieces.append(" " if match.group()[0].isspace() else table[ord(match.group())])
            length += match.start() - cursor + len(pieces[-1])
            cursor = match.end()
            self._original_at.append(cursor)
            self._folded_at.append(length)
            self._shift.append(cursor - length)
        pieces.append(text[cursor:].translate(table))
        self.text = "".join(pieces)

    def folded(self, offset: int) -> int:
        """Return the folded offset of an original offset."""
        return offset - self._shift[bisect.bisect_right(self._original_at, offset) - 1]

    def original(self, offset: int) -> int:
        """Return the original offset of a folded offset."""
        return offset + self._shift[bisect.bisect_right(self._folded_at, offset) - 1]


@functools.cache  # a text has few distinct characters, and every term and text asks again
def _fold(char: str) -> str:
    """Return what one character becomes for matching ("" for accents and invisible characters)."""
    if char.isspace():
        return " "
    if unicodedata.category(char) == "Cf":
        return ""
    return "".join(part for part in unicodedata.normalize("NFKD", char.casefold()) if not unicodedata.combining(part))


def _fold_term(term: str) -> str:
    """Return a directive term folded like the text it is matched against.

    Its spacing is already single spaces, so FoldedText's work reduces to folding each
    character: done directly, without the offset maps a term never needs.
    """
    spaced = " ".join(term.split())
    return spaced.translate({ord(char): _fold(char) for char in set(spaced)}).strip()


def first_match(text: str, directive: str) -> tuple[int, int] | None:
    """Return the (start, end) in `text` a browser would highlight for a text directive, or None."""
    terms = _parse(directive)
    if terms is None:
        return None
    folded = FoldedText(text)
    found = _find_range(folded.text, *(_fold_term(term) for term in terms))
    return None if found is None else (folded.original(found[0]), folded.original(found[1]))


def _parse(directive: str) -> tuple[str, str, str, str] | None:
    """Return (prefix, textStart, textEnd, suffix) of `#:~:text=...` ("" for parts left out), or None."""
    body = directive.removeprefix("#").removeprefix(":~:")
    if not body.startswith("text=") or "&" in body:
        return None
    parts = body.removeprefix("text=").split(",")
    prefix = parts.pop(0)[:-1] if len(parts) > 1 and parts[0].endswith("-") else None
    suffix = parts.pop()[1:] if len(parts) > 1 and parts[-1].startswith("-") else None
    if len(parts) not in (1, 2) or "" in parts or prefix == "" or suffix == "":
        return None
    terms = (prefix or "", parts[0], parts[1] if len(parts) == 2 else "", suffix or "")
    return tuple(unquote(term) for term in terms)


def _find_range(text: str, prefix: str, start: str, end: str, suffix: str) -> tuple[int, int] | None:
    """Return the first range the spec's "find a range from a text directive" gives, in folded text."""
    if not start:
        return None
    search = 0
    while search < len(text):
        if prefix:
            before = _find(text, prefix, search, True, False)
            if before is None:
                return None
            search = before[0] + 1
            at = _skip_spaces(text, before[1])
            match = _find(text, start, at, False, not end and not suffix) if at < len(text) else None
            if match is None:
                return None
            if match[0] != at:
                continue
        else:
            match = _find(text, start, search, True, not end and not suffix)
            if match is None:
                return None
            search = match[0] + 1
        found = _complete(text, match, end, suffix)
        if found != "next":
            return found
    return None


def _complete(text: str, match: tuple[int, int], end: str, suffix: str):
    """Return the range from a textStart match with textEnd and suffix, None to stop, or "next" to go on."""
    after = match[1]
    while after < len(text):  # the spec's "while rangeEndSearchRange is not collapsed"
        if end:
            last = _find(text, end, after, True, not suffix)
            if last is None:
                return None
            match = (match[0], last[1])
        if not suffix:
            return match
        at = _skip_spaces(text, match[1])
        following = _find(text, suffix, at, False, True)
        if following is None:
            return None
        if following[0] == at:
            return match
        if not end:
            break
        after = match[1]
    return "next"


def _find(text: str, term: str, start: int, start_bounded: bool, end_bounded: bool) -> tuple[int, int] | None:
    """Return the first place of `term` from `start` with the word boundaries asked for."""
    at = text.find(term, start)
    while at != -1:
        if (not start_bounded or _perhaps_boundary(text, at)) and \
                (not end_bounded or _perhaps_boundary(text, at + len(term))):
            return at, at + len(term)
        at = text.find(term, at + 1)
    return None


def _skip_spaces(text: str, at: int) -> int:
    """Return the first offset from `at` that is not a space."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _perhaps_boundary(text: str, at: int) -> bool:
    """Say whether a browser may see a word boundary at `at` (generous: see the module docstring)."""
    return at in (0, len(text)) or not (_PERHAPS_JOINED.match(text, at - 1) and _PERHAPS_JOINED.match(text, at))


def _surely_boundary(text: str, at: int) -> bool:
    """Say whether every browser sees a word boundary at `at` of the original text (strict)."""
    if at in (0, len(text)):
        return True
    before, after = text[at - 1], text[at]
    if _wordish(before) and _wordish(after):
        return False
    if _wordish(before) and after in _JOINS_WORDS:  # "war." ends a word; "3.5" or "e.g" may not
        return at + 1 == len(text) or not _wordish(text[at + 1])
    if _wordish(after) and before in _JOINS_WORDS:  # "don't" has no boundary before "t"
        return at == 1 or not _wordish(text[at - 2])
    return True


def _wordish(char: str) -> bool:
    """Say whether a character may belong to a word: letters, digits, "_", marks and format characters."""
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M" or unicodedata.category(char) == "Cf"


def text_fragment(text: str, start: int, end: int, folded: FoldedText | None = None) -> str | None:
    """Return `#:~:text=...` whose first match is exactly text[start:end], or None when there is none.

    `folded` is FoldedText(text), when the caller keeps it for many passages of one text.
    """
    if not text[start:end].strip() or not (_surely_boundary(text, start) and _surely_boundary(text, end)):
        return None
    folded = folded or FoldedText(text)
    wanted = (folded.folded(start), folded.folded(end))
    for terms in _candidates(text, start, end):
        found = _find_range(folded.text, *(_fold_term(term) for term in terms))
        if found == wanted:
            return "#:~:text=" + _directive(*terms)
    return None


def _directive(prefix: str, start: str, end: str, suffix: str) -> str:
    """Return the terms as a directive's value: [prefix-,]textStart[,textEnd][,-suffix]."""
    parts = [_encode(prefix) + "-"] if prefix else []
    parts += [_encode(start)] + ([_encode(end)] if end else [])
    return ",".join(parts + (["-" + _encode(suffix)] if suffix else []))


def _encode(term: str) -> str:
    """Return a term percent-encoded (UTF-8) except for the spec's explicitly allowed characters."""
    return quote(term, safe=_SAFE).replace("-", "%2D")


def _candidates(text: str, start: int, end: int):
    """Yield (prefix, textStart, textEnd, suffix) to try: fewest context words first, prefix before suffix."""
    bodies = list(_bodies(text, start, end))
    for body in bodies:  # most passages need no context: look for it only when they do
        yield ("", *body, "")
    before, after = _context_before(text, start), _context_after(text, end)
    for total in range(1, MAX_CONTEXT_WORDS + 1):
        splits = [(total, 0), (0, total)] + [(p, total - p) for p in range(total - 1, 0, -1)]
        for body in bodies:
            for p, s in splits:
                if p <= len(before) and s <= len(after):
                    yield (before[p - 1] if p else "", *body, after[s - 1] if s else "")


def _bodies(text: str, start: int, end: int):
    """Yield (textStart, textEnd) for a passage: all of it when short, else its first and last few words.

    No term may cross a blank line: a browser does not match across paragraphs.
    """
    spans = [match.span() for match in re.finditer(r"\S+", text[start:end])]
    words = [text[start + a:start + b] for a, b in spans]
    crosses = _BLANK_LINE.search(text, start, end) is not None
    if not crosses and (len(" ".join(words)) <= LONG_PASSAGE or len(words) < 2):
        yield " ".join(words), ""
        return
    for k in (END_WORDS if not crosses else range(1, END_WORDS.stop)):
        if 2 * k <= len(words) and not _BLANK_LINE.search(text, start, start + spans[k - 1][1]) \
                and not _BLANK_LINE.search(text, start + spans[-k][0], end):
            yield " ".join(words[:k]), " ".join(words[-k:])


def _context_before(text: str, start: int) -> list[str]:
    """Return the prefixes of 1, 2, ... whole words before `start` within its paragraph (collapsed)."""
    low = max(0, start - 40 * MAX_CONTEXT_WORDS)
    paragraph = _BLANK_LINE.split(text[low:start])[-1]
    tokens = paragraph.split()
    if low > 0 and len(paragraph) == start - low and tokens and not paragraph[0].isspace():
        tokens = tokens[1:]  # perhaps the end of a word cut in two
    prefixes, taken = [], []
    for token in reversed(tokens):
        taken.insert(0, token)
        if _PERHAPS_JOINED.search(token):
            prefixes.append(" ".join(taken))
    return prefixes[:MAX_CONTEXT_WORDS]


def _context_after(text: str, end: int) -> list[str]:
    """Return the suffixes of 1, 2, ... whole words after `end` within its paragraph (collapsed)."""
    high = min(len(text), end + 40 * MAX_CONTEXT_WORDS)
    paragraph = _BLANK_LINE.split(text[end:high])[0]
    tokens = paragraph.split()
    if high < len(text) and len(paragraph) == high - end and tokens and not paragraph[-1].isspace():
        tokens = tokens[:-1]
    suffixes, taken = [], []
    for token in tokens:
        taken.append(token)
        if _PERHAPS_JOINED.search(token):
            suffixes.append(" ".join(taken))
    return suffixes[:MAX_CONTEXT_WORDS]
