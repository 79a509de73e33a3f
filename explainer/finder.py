"""Find an editor's words in a source: forgiving matches, the nearest passages, what differs.

Differences are marked word by word on one line, git word-diff style: words only in the
quote as `[-word-]`, words only in the source as `{+word+}`, equal runs of more than
eight words shortened to `first three … last three` (a run on one side only of more than 26 words to its first
and last twelve, a word of over 60 characters to its first and last thirty). Characters that do not show
(zero-width, direction marks, controls) are spelled `<U+200B>` so that two passages that
look the same never come without an explanation.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

from . import greek, patterns
from .anchor import SOFT_HYPHEN, fold_with_offsets, matchable, normalise, soft_pattern
from .cjk import SPACELESS_LETTERS, splits_words, writes_without_spaces

# \w splits words at combining marks (Arabic vowel signs, decomposed accents): add the usual ones.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a" \
         "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0903" \
         "\u093a-\u094f\u0951-\u0957\u0962\u0963\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# A letter of a script written without spaces is a word of its own ("接受这一建议" is six): as one run, a quote of it
# shared no word with the passage that differs from it by one letter, and `cite` found no nearest passage at all.
WORD = patterns.compile(rf"[{SPACELESS_LETTERS}]|(?:(?![{SPACELESS_LETTERS}])[\w{_MARKS}])+")
WORD_CHAR = patterns.compile(rf"[\w{_MARKS}]")
HIDDEN = patterns.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                     "\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")

MAX_ANCHORWORDS = 24  # rare words of the quote looked up in the source
MAX_HITS = 2000  # a word found more often than this says little about where a passage is
CANDIDATES_PER_RESULT = 3  # candidate places refined with difflib for every passage returned
REFINE_BUDGET = 30_000  # words given to difflib in one search, after the first place (~0.3 s)
EQUAL_RUN_SHOWN = 3  # words kept at each end of a long equal run in a marked difference
CHANGED_RUN_SHOWN = 12  # words kept at each end of a long run only one side holds
LONG_WORD_SHOWN = 60  # characters of a longer word shown, half from each end


class Nearest(NamedTuple):
    """A stretch of a source most like some wanted words: whole words, its own characters."""

    start: int
    end: int
    text: str
    score: float  # difflib's ratio over words (case ignored): 1.0 means the same words


def nearest_passages(text: str, wanted: str, limit: int = 3) -> list[Nearest]:
    """Return up to `limit` non-overlapping stretches of `text` most like `wanted`, best first."""
    words = [(match.start(), _lower(match.group())) for match in WORD.finditer(wanted)]
    if not words or limit < 1:
        return []
    folded = _lower(text)
    width = max(64, min(len(wanted) // 8, 1024))
    places = _likely_starts(folded, words, width, 1 + len(wanted) // width)[: limit * CANDIDATES_PER_RESULT]
    keys = [word for _, word in words]
    found, spent = [], 0
    for place in places:
        if found and spent > REFINE_BUDGET:
            break  # a long quote: its best places are refined, the rest would cost seconds
        passage, cost = _refine(text, folded, place * width, width + len(wanted), keys)
        found += [passage] if passage is not None else []
        spent += cost
    return [_with_closing(text, passage, wanted) for passage in _apart(found, limit)]


_CLOSING = patterns.compile(r"[.,;:!?\"'”’»)\]]+$")


def _with_closing(text: str, passage: Nearest, wanted: str) -> Nearest:
    """Return the passage with the punctuation after it that the wanted words also end with ("metres.").

    A stretch ends on a word; without this, a quote ending "metres." would be shown as differing
    from a source that has "metres." too.
    """
    closing = _CLOSING.search(wanted.rstrip())
    if closing is None:
        return passage
    extra = 0
    while (extra < len(closing.group()) and passage.end + extra < len(text)
           and text[passage.end + extra] == closing.group()[extra]):
        extra += 1
    if not extra:
        return passage
    return passage._replace(end=passage.end + extra, text=text[passage.start:passage.end + extra])


def _lower(text: str) -> str:
    """Return text in lower case with the same length (only U+0130 grows under str.lower), Russian "ё" as the
    "е" most keyboards and editors type for it (`cite` of "не введет" finds the source's "не введёт"), and Turkish
    dotless "ı" as "i": "I" lowers to "i" whatever the language, so "IŞIK" typed found no "Işık" ("işik", "işık"); and
    Greek letters without their accents, which capitals leave out ("στα άκρα" of "ΣΤΑ ΑΚΡΑ") and many keyboards
    too ("κηρυξε" of "κήρυξε"): greek.fold_accents."""
    return greek.fold_accents(text.replace("\u0130", "i").lower().replace("ё", "е").replace("ı", "i"))


def _likely_starts(folded: str, words: list[tuple[int, str]], width: int, apart: int) -> list[int]:
    """Return bins of `width` characters where the passage may start, most likely first.

    Every whole-word hit of one of the quote's longest (so probably rarest) words votes for
    the start it implies, weighted by how rare the word is in the source. Bins within
    `apart` of a likelier one are left out (difflib would find the same passage there), and
    so are bins with under a tenth of the best one's votes: refining them is what costs.
    """
    offsets: dict[str, list[int]] = {}
    for offset, word in words:
        offsets.setdefault(word, []).append(offset)
    votes: dict[int, dict[str, float]] = {}
    for word in sorted(offsets, key=lambda word: (-len(word), word))[:MAX_ANCHORWORDS]:
        hits = _whole_word_hits(folded, word)
        for hit in hits:
            for offset in offsets[word]:
                votes.setdefault(max(0, hit - offset) // width, {})[word] = 1 / len(hits)

    def score(place: int) -> float:
        near = {**votes.get(place - 1, {}), **votes.get(place + 1, {}), **votes[place]}
        return sum(near.values())

    scores = {place: score(place) for place in votes}
    chosen: list[int] = []
    for place in sorted(scores, key=lambda place: (-scores[place], place)):
        if chosen and scores[place] < scores[chosen[0]] / 10:
            break
        if all(abs(place - other) > apart for other in chosen):
            chosen.append(place)
    return chosen


def _whole_word_hits(folded: str, word: str) -> list[int]:
    """Return where `word` stands as a whole word in `folded` (at most MAX_HITS places)."""
    found, looked, at = [], 0, folded.find(word)
    while at != -1 and len(found) < MAX_HITS and looked < 4 * MAX_HITS:
        if _starts_word(folded, at) and _ends_word(folded, at + len(word)):
            found.append(at)
        looked += 1
        at = folded.find(word, at + 1)
    return found


def _starts_word(text: str, at: int) -> bool:
    """Say whether a word cannot go on before `at` (no word character, or soft hyphen, on both sides)."""
    return (at == 0 or at == len(text) or not (_joins(text[at - 1]) and _joins(text[at]))
            or splits_words(text[at - 1], text[at]))


def _joins(char: str) -> bool:
    """Say whether a character belongs to a word (a soft hyphen joins a word split at a line end)."""
    return char == SOFT_HYPHEN or WORD_CHAR.match(char) is not None


_ends_word = _starts_word  # the same boundary, seen from the other side


def _refine(text: str, folded: str, start: int, length: int, keys: list[str]) -> tuple[Nearest | None, int]:
    """Return the passage around text[start:start+length] best matching the quote's words, and the words compared."""
    import difflib  # only a failed citation or `cite` pays for it

    margin = min(length // 2, 500) + 40  # room for the words a quote leaves out
    low, high = max(0, start - margin), min(len(text), start + length + margin)
    tokens = [match.span() for match in WORD.finditer(folded, low, high)]
    if tokens and not _starts_word(folded, tokens[0][0]):
        tokens.pop(0)  # a word cut in two by the region's edge
    if tokens and not _ends_word(folded, tokens[-1][1]):
        tokens.pop()
    matcher = difflib.SequenceMatcher(None, keys, [folded[a:b] for a, b in tokens])
    blocks = matcher.get_matching_blocks()[:-1]
    cost = len(keys) + len(tokens)
    if not blocks:
        return None, cost
    first, last, score = _best_run(blocks, len(keys), len(tokens))
    begin, end = tokens[first][0], tokens[last - 1][1]
    return Nearest(begin, end, text[begin:end], round(score, 4)), cost


def _best_run(blocks, wanted: int, available: int) -> tuple[int, int, float]:
    """Return the token range and ratio of the run of matching blocks that scores best.

    Stray one-word matches at the edges of the searched region are dropped while that
    raises the ratio; the run is widened by the quote's unmatched words at either end,
    so that a changed first or last word still shows in the passage.
    """
    matched = [0]
    for block in blocks:
        matched.append(matched[-1] + block.size)

    def measure(i: int, j: int) -> tuple[float, int, int]:
        first = max(0, blocks[i].b - blocks[i].a)
        last = min(available, blocks[j].b + blocks[j].size + wanted - blocks[j].a - blocks[j].size)
        return 2 * (matched[j + 1] - matched[i]) / (wanted + last - first), first, last

    i, j = 0, len(blocks) - 1
    while i < j:
        best = max((measure(i + 1, j), i + 1, j), (measure(i, j - 1), i, j - 1))
        if best[0][0] <= measure(i, j)[0]:
            break
        i, j = best[1], best[2]
    score, first, last = measure(i, j)
    return first, last, score


def _apart(found: list[Nearest], limit: int) -> list[Nearest]:
    """Return the best passages, none overlapping a better one."""
    kept: list[Nearest] = []
    for passage in sorted(set(found), key=lambda passage: (-passage.score, passage.start)):
        if all(passage.end <= other.start or other.end <= passage.start for other in kept):
            kept.append(passage)
    return kept[:limit]


def find_words(text: str, wanted: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every whole-word occurrence of `wanted` in `text`.

    Forgives whitespace, letter case, straight/curly quotes and apostrophes, ligatures and line-end
    hyphens, as anchoring does; overlapping occurrences are all returned, as anchoring counts them.
    """
    pattern = _forgiving_pattern(wanted)
    if pattern is None:
        return []
    folded, original = _folded(text)
    found = []
    match = pattern.search(folded)
    while match:
        if _starts_word(folded, match.start()) and _ends_word(folded, match.end()):
            found.append((original(match.start()), original(match.end() - 1) + 1))
        match = pattern.search(folded, match.start() + 1)
    return found


def words_inside_words(text: str, wanted: str) -> tuple[int, int, str] | None:
    """Return the first place where `wanted` occurs only as part of longer words, and those whole words.

    Matched as `find_words` matches; None when the words occur nowhere, or stand as whole words.
    """
    pattern = _forgiving_pattern(wanted)
    folded, original = _folded(text)
    match = pattern.search(folded) if pattern is not None else None
    if match is None:
        return None
    start, end = match.span()
    while not _starts_word(folded, start):
        start -= 1
    while not _ends_word(folded, end):
        end += 1
    whole = text[original(start):original(end - 1) + 1]
    return original(match.start()), original(match.end() - 1) + 1, _LINE_END_HYPHEN.sub("-", whole)


_LINE_END_HYPHEN = patterns.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=\w)")  # "Author-\nity" shown as "Author-ity", as anchor joins it


def _folded(text: str):
    """Return text as anchoring normalises it, in lower case, and a function from its offsets to text's."""
    folded, starts, shifts = fold_with_offsets(text)
    return _lower(folded), lambda offset: offset + shifts[bisect.bisect_right(starts, offset) - 1]


# What a keyboard types for what a source typesets: "-" (or "--") for a dash of any kind ("COMMUNIQUÉ - Rennes" for
# "COMMUNIQUÉ – Rennes", "Pakistan-Afghanistan" for "Pakistan–Afghanistan"), and "1250" for a number grouped by
# spaces ("1 250", "1 250 000", a French narrow no-break space among them), dots or commas ("60.345.999", "1,250").
# `cite` prints the source's characters.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TYPED = patterns.compile(rf"[{_DASHES}]+|(?<![\d.,])\d{{4,}}(?![\d.,]\d)")


def _forgiving_pattern(wanted: str) -> re.Pattern | None:
    """Return a pattern for normalised, lower-cased text matching `wanted` as anchoring matches it, and a typed
    dash or ungrouped number as the source may typeset it (`_TYPED`)."""
    flat = _lower(matchable(wanted).strip())
    if not flat:
        return None
    parts, cursor = [], 0
    for typed in _TYPED.finditer(flat):
        parts += [soft_pattern(flat[cursor:typed.start()]).pattern, _typeset(flat, typed)]
        cursor = typed.end()
    return re.compile("".join(parts + [soft_pattern(flat[cursor:]).pattern]))


def _typeset(flat: str, typed: re.Match) -> str:
    """Return the pattern of one typed dash run or ungrouped number, as `_TYPED` says a source may write it."""
    found = typed.group()
    if found[0].isdigit():  # "1250000": "1[ .,]?250[ .,]?000", a space (or a language's dot or comma: "60.345.999",
        head = len(found) % 3 or 3  # "1,250") allowed before each group of three from the right
        return found[:head] + "".join(f"[ .,]?{found[at:at + 3]}" for at in range(head, len(found), 3))
    start, end = typed.span()
    between = 0 < start and end < len(flat) and flat[start - 1].isalpha() and flat[end].isalpha()
    return f"[{_DASHES}{SOFT_HYPHEN if between else ''}]{{1,2}}"  # between letters, a line end's hyphen too


def mark_differences(wanted: str, found: str) -> str:
    """Return one line saying how `found` differs from `wanted` (see the module's notation)."""
    if wanted == found:
        return "no differences"
    quote, source = unicodedata.normalize("NFC", wanted), unicodedata.normalize("NFC", found)
    if _seen(quote) != _seen(source):
        if writes_without_spaces(quote + source):
            return _letter_diff(normalise(wanted, keep_invisible=True), normalise(found, keep_invisible=True))
        return _word_diff(normalise(wanted, keep_invisible=True).split(), normalise(found, keep_invisible=True).split())
    reasons = []
    hidden = _hidden_changes(normalise(quote, keep_invisible=True), normalise(source, keep_invisible=True))
    if hidden:
        reasons.append("invisible characters: " + "; ".join(hidden))
    if _seen(wanted) != _seen(found):
        reasons.append("Unicode normalisation (NFC): " + _normalisation_change(wanted, found))
    return "differs only in " + " and in ".join(reasons) if reasons else "differs only in spacing or quote marks"


def _seen(text: str) -> list[str]:
    """Return the words a reader sees: invisible characters removed, spacing and quote marks folded."""
    return normalise(HIDDEN.sub("", text)).split()


def _shown(word: str) -> str:
    """Return a word with every invisible character spelled out as <U+XXXX>, a very long one cut in its middle."""
    if len(word) > LONG_WORD_SHOWN:  # a word of 200 KB typed or pasted was echoed whole, a line no terminal shows
        half = LONG_WORD_SHOWN // 2
        word = f"{word[:half]}…{word[-half:]}"
    return HIDDEN.sub(lambda match: f"<U+{ord(match.group()):04X}>", word)


def _run_shown(words: list[str], ends: int, joiner: str = " ") -> str:
    """Return a run of words as shown, one longer than both its ends and a word between cut to its ends."""
    shown = [_shown(word) for word in words]
    if len(shown) > 2 * ends + 2:
        shown = shown[:ends] + ["…"] + shown[-ends:]
    return joiner.join(shown)


def _word_diff(quote: list[str], source: list[str], joiner: str = " ") -> str:
    """Return the two word lists as one line: equal words plain, [-quote only-], {+source only+} (`joiner` between
    them: none where the lists hold their own spaces)."""
    import difflib  # only messages about differing quotes pay for it

    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, quote, source).get_opcodes():
        if tag == "equal":
            parts.append(_run_shown(quote[i1:i2], EQUAL_RUN_SHOWN, joiner))
            continue
        marked = ""
        if i2 > i1:
            marked += "[-" + _run_shown(quote[i1:i2], CHANGED_RUN_SHOWN, joiner) + "-]"
        if j2 > j1:
            marked += "{+" + _run_shown(source[j1:j2], CHANGED_RUN_SHOWN, joiner) + "+}"
        parts.append(marked)
    return joiner.join(parts)


# Text written without spaces, cut into its letters, the words between them and its spaces ("接受这一提议" is six).
_LETTERS_AND_WORDS = patterns.compile(rf"[{SPACELESS_LETTERS}]|[^\s{SPACELESS_LETTERS}]+|\s+")


def _letter_diff(quote: str, source: str) -> str:
    """Return the two texts as one line, compared letter by letter where they are written without spaces:
    "这一[-建-]{+提+}议", never the whole run of letters marked as one word."""
    return _word_diff(_LETTERS_AND_WORDS.findall(quote), _LETTERS_AND_WORDS.findall(source), joiner="")


def _hidden_changes(quote: str, source: str, shown: int = 5) -> list[str]:
    """Return where invisible characters stand in one text and not the other (same visible text)."""
    notes, more, i, j = [], 0, 0, 0
    while i < len(quote) or j < len(source):
        if i < len(quote) and j < len(source) and quote[i] == source[j]:
            i, j = i + 1, j + 1
            continue
        side, text, at = ("quote", quote, i) if i < len(quote) and (HIDDEN.match(quote[i]) or quote[i] == " ") \
            else ("source", source, j)
        if at >= len(text):
            break  # visible text differs after all: nothing more to say about invisible characters
        if HIDDEN.match(text[at]):
            if len(notes) < shown:
                notes.append(f"{_name(text[at])} {_place(text, at)} in the {side}")
            else:
                more += 1
        i, j = (i + 1, j) if side == "quote" else (i, j + 1)
    return notes + ([f"and {more} more"] if more else [])


def _name(char: str) -> str:
    """Return a character as U+XXXX with its Unicode name."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}".rstrip()


def _place(text: str, at: int) -> str:
    """Return where text[at] stands, by the visible word before it (or after it, at the start)."""
    before = HIDDEN.sub("", text[max(0, at - 200):at]).split()
    if before:
        return f'after "{before[-1]}"'
    after = HIDDEN.sub("", text[at:at + 200]).split()
    return f'before "{after[0]}"' if after else "alone"


def _normalisation_change(quote: str, source: str) -> str:
    """Return the first word whose characters differ only in Unicode normalisation, with both spellings."""
    changed = [(a, b) for a, b in zip(_seen(quote), _seen(source)) if a != b]
    a, b = changed[0]
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    tail = 0
    while tail < min(len(a), len(b)) - same and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    others = f" (and {len(changed) - 1} more words)" if len(changed) > 1 else ""
    return (f'"{unicodedata.normalize("NFC", a)}" is {_code_points(a[same:len(a) - tail])} in the quote, '
            f'{_code_points(b[same:len(b) - tail])} in the source{others}')


def _code_points(text: str) -> str:
    """Return text as its code points, U+XXXX each."""
    return " ".join(f"U+{ord(char):04X}" for char in text)
