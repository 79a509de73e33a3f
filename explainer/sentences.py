"""Sentences: markdown prose cut into the sentences the checks read, each with its citation markers.

A sentence ends at . ! ? or …, Urdu ۔, Arabic ؟ and Devanagari's danda । and ॥ (with any closing quotes, brackets or emphasis, and the [^key]
markers right after them) followed by a space and a capital, a digit or an opening quote or
bracket, and at Japanese and Chinese 。！？ with or without a space after them. It does not end after an abbreviation ("Mr.", "Feb.", "e.g.", "U.S.", "Mrd.", a single
capital initial), after an ordinal's dot in a language whose locale writes one ("3. März 2026",
"zum 2. Mal", "Anselm II."), inside a decimal ("1.9"), or inside a double-quoted phrase ("... on
camera. Now it says ..."), so a marker after a multi-sentence quotation belongs to it. A blank line, a list item and a
heading always end sentences; list and heading markers are not part of any sentence. "U.S." at
the very end of a sentence does not split either: two sentences read as one can only make a check
more lenient, never raise a false finding.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import hebrew, patterns
from .numbers import read_by_language, writes_ordinal_dot
from .records import record

# Capitalised as written: "No. 10" is an abbreviation, "said no." ends a sentence.
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof St Sr Jr Gen Col Lt Sgt Capt Maj Adm Sen Rep Gov Pres Rev Hon No Nos Fig Vol "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd Co Corp Dept Mt Ft Mme Mlle "
    # a dateline's days ("Fri. 12 March"), not "Sat." or "Sun.", which end sentences ("told the Sun.")
    "Mon Tue Tues Wed Weds Thu Thur Thurs Fri "
    "vs v approx ca cf al fig vol pp Art Arts art arts Sec Secs sec secs Para Paras para paras Ch ch "
    # German: scales and numbering, which a capitalised noun follows ("2,4 Mrd. Euro", "Nr. 5")
    "Mio Mrd Tsd Nr Abs bzw vgl usw "
    # Spanish: titles, "EE. UU." and numbering ("la Sra. Sáez", "decreto núm. 5", "pág. 3")
    "Sra Sras Srta Sres Dña Lic Ing Avda Excmo Excma Ud Uds EE UU núm Núm pág págs aprox "
    # Hindi, whose sentences end at "।": rupees, titles and eras ("950 करोड़ रु.", "डॉ. मिश्रा", "ई.पू.")
    "रु डॉ प्रो श्री स्व ई पू सं "
    # Greek: "Mr"/"Mrs", titles, scales and "e.g." ("είπε η κ. Σταυροπούλου", "ο Δρ. Αλεξίου", "4,82 δισ. Ευρώ")
    "κ κα Δρ Καθ δηλ εκατ δισ χιλ τρισ αρ π.χ π.Χ μ.Χ "
    # Swahili: "Mr", "Ms", "Dr", "Hon." before a name ("Bw. Mwangi alipata kura", "Bi. Wanjiru", "Dkt.", "Mhe.")
    "Bw Bi Dkt Mhe".split())
_ROMAN = patterns.compile(r"[IVXLC]{2,}")
_LETTER_DOTS = patterns.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A marker's key runs to its closing bracket but never over the start of another marker: scanning
# from each "[^" of "[^[^[^..." to the end of the text made 16 KB of it take half a minute.
KEY_IN_MARKER = r"(?:[^\]\s\[]|\[(?!\^))"
MARKER = patterns.compile(rf"\[\^({KEY_IN_MARKER}+)\]")
# Urdu ends a sentence with "۔" (U+06D4), Arabic script asks with "؟", Hindi ends one with the danda "।" (a verse
# with "॥"). Markers after the stop are its sentence's, also on the block's next line (a soft break: "offer.[^a]\n
# [^b]" cites b for the offer, not for a sentence of no words).
_STOP = patterns.compile(rf"""[.!?…。！？۔؟।॥]+(?:[ \u00a0\u202f]?»)?["'”’“«‘‹›)*_」』）]*(?:[ \t]*(?:\r?\n[ \t]*)?\[\^{KEY_IN_MARKER}+\])*""")
# Greek asks with ";" (its question mark, U+037E, which Unicode normalises to ";"), and parts clauses with "·".
_GREEK_STOP = patterns.compile(_STOP.pattern.replace("[.!?…", "[.!?;\u037e…", 1))
# Japanese and Chinese end a sentence with a full-width stop and start the next without a space.
_SPACELESS_STOP = frozenset("。！？")
# A letter, but not a lowercase one; German single marks (‚ › ‹) and corner brackets (「 『) open one too.
_OPENS_SENTENCE = patterns.compile(r"""[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f"“‘'«»„‚›‹(\[*_「『（]|[^\W\d_]""")
_BLOCK_MARKER = patterns.compile(r"[ \t]*(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})[.)]|(?P<heading>#{1,6}))(?:[ \t]+|$)")
# Urdu papers quote ”…“, the marks reversed, as right-to-left text typed with a left-to-right keyboard's pair.
# A straight quote between Hebrew letters is an acronym's gershayim ("ש\"ח"), inside a quotation or out of one.
_MARK = rf'(?:(?!{hebrew.GERSHAYIM})")'
_INSIDE = rf'(?:[^"“”]|{hebrew.GERSHAYIM})*'
DOUBLE_QUOTE = patterns.compile(rf"(?:[“”]|{_MARK}){_INSIDE}(?:”|{_MARK})|”{_INSIDE}“|«[^«»]*»|„(?:[^„“”\"]|{hebrew.GERSHAYIM})*[“”]"
                                r"|»[^«»]*[«»]|「[^「」]*」|『[^『』]*』")
_DOUBLE_QUOTE_OPENS = '"“”«„»「『'  # what each match of DOUBLE_QUOTE starts with


@record
class Sentence:
    """One sentence of prose: its span in the text, its words, and the citation keys marked in it."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]


def split_sentences(text: str, language: str = "") -> tuple[Sentence, ...]:
    """Return the sentences of markdown prose in `language` in order, each with the [^key] markers it carries.

    An item's text is split by each check reading it (five, some of them): each text up to a long paragraph's length
    is split once and remembered; a longer one (a source's paragraph runs to megabytes) is split afresh, not kept."""
    return (_split_remembered if len(text) <= _REMEMBERED_LENGTH else _split)(text, language)


def _split(text: str, language: str) -> tuple[Sentence, ...]:
    sentences = []
    ordinal_dot = writes_ordinal_dot(language)
    stops = _GREEK_STOP if language[:2].lower() == "el" else _STOP
    for block_start, block_end in blocks(text):
        cursor = block_start
        for end in _sentence_ends(text, block_start, block_end, ordinal_dot, stops):
            sentences.append(_sentence(text, cursor, end))
            cursor = skip_space(text, end, block_end)
        if text[cursor:block_end].strip():
            sentences.append(_sentence(text, cursor, len(text[:block_end].rstrip())))
    return tuple(sentences)


# Emptied when a locale changes how its language reads: its ordinal dot ("3. März") ends no sentence.
_split_remembered = read_by_language(functools.lru_cache(maxsize=1 << 12)(_split))
_REMEMBERED_LENGTH = 20_000


def as_written(text: str) -> str:
    """Return plain text (a `when`, a title, a claimant) as the checks must read it: as the page shows it, where a
    line opening "19. Juni 2026" is a date, not a numbered list starting at 19 whose number no sentence holds (a
    German `when` dated any day of June built). The space after such a number becomes a no-break one, the same
    length, so every offset still names its line."""
    return _PLAIN_NUMBER.sub(lambda m: m.group(1) + "\u00a0", text)


# A line's opening number and its dot or bracket, and the space markdown would read as a list marker's.
_PLAIN_NUMBER = patterns.compile(r"(?m)^([ \t]*\d{1,9}[.)])[ \t]")


def blocks(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each paragraph, list item and heading, markers left out."""
    found, start, end, in_list, offset = [], None, 0, False, 0
    for line in text.splitlines(keepends=True):
        body_end = offset + len(line.rstrip("\r\n"))
        marker = _BLOCK_MARKER.match(text, offset, body_end)
        if marker and not (start is not None and not in_list and marker["number"] not in (None, "1")):
            if start is not None:
                found.append((start, end))
            start, end, in_list = marker.end(), body_end, not marker["heading"]
            if marker["heading"]:
                found.append((start, end))
                start = None
        elif not line.strip():
            if start is not None:
                found.append((start, end))
            start, in_list = None, False
        else:
            start, end = (offset if start is None else start), body_end
        offset += len(line)
    if start is not None:
        found.append((start, end))
    return [(skip_space(text, a, b), b) for a, b in found if text[a:b].strip()]


def _sentence_ends(text: str, start: int, end: int, ordinal_dot: bool = False, stops: re.Pattern | None = None
                   ) -> list[int]:
    """Return where sentences end inside one block, the last one excluded; `ordinal_dot`: a number's dot may
    make it an ordinal; `stops`, the language's marks that end a sentence (Greek's ";" too)."""
    quoted = [(start + a, start + b) for a, b in double_quoted(text[start:end])]
    ends = []
    for stop in (stops or _STOP).finditer(text, start, end):
        after = stop.end()
        following = skip_space(text, after, end)
        spaced = following > after or stop.group()[0] in _SPACELESS_STOP
        if (after == end or not spaced or following == end
                or not _OPENS_SENTENCE.match(text, following) or text[following].islower()):
            continue
        if stop.group()[0] == "." and not stop.group().startswith("..") and _abbreviation(text, start, stop.start()):
            continue
        if ordinal_dot and stop.group() == "." and ordinal(text, start, stop.start()):
            continue
        if inside(quoted, after):
            continue
        ends.append(after)
    return ends


def sentence_of(text: str, at: int) -> str:
    """Return a passage's sentence around `at`, cut at its stops and semicolons either side (cheaper than
    split_sentences, and blind to abbreviations: for the words a check compares, not for what it shows)."""
    start = max(max(text.rfind(stop, 0, at) for stop in ";!?"), _last_full_stop(text, at)) + 1
    ends = [end for end in (*(text.find(stop, at) for stop in ";!?"), _next_full_stop(text, at)) if end >= 0]
    return text[start:min(ends, default=len(text))]


def _last_full_stop(text: str, at: int) -> int:
    """Return where the last full stop before `at` is, or -1: not a decimal point ("£4.2 million" is one sentence)."""
    stop = text.rfind(".", 0, at)
    while stop >= 0 and text[stop + 1:stop + 2].isdigit():
        stop = text.rfind(".", 0, stop)
    return stop


def _next_full_stop(text: str, at: int) -> int:
    """Return where the first full stop from `at` is, or -1: not a decimal point."""
    stop = text.find(".", at)
    while stop >= 0 and text[stop + 1:stop + 2].isdigit():
        stop = text.find(".", stop + 1)
    return stop


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Return whether position falls in one of sorted, non-overlapping half-open spans."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _abbreviation(text: str, block_start: int, stop: int) -> bool:
    first = stop
    while first > block_start and (text[first - 1].isalnum() or text[first - 1] in "._"
                                   or "\u0900" <= text[first - 1] <= "\u094f"):  # Devanagari's vowel signs too
        first -= 1
    word = text[first:stop]
    return word in _ABBREVIATIONS or bool(_LETTER_DOTS.fullmatch(word)) or (len(word) == 1 and word.isupper())


# Titles before a name: a source's "Dr. Katrin Albers" is one sentence (its "Katrin Albers, hat in" was the opening
# `new` quoted, tests/test_newuser_116.py)
_TITLES = frozenset("Mr Mrs Ms Dr Prof Sen Gov Capt Adm Mme Mlle Sra Srta Dña Bw Dkt Mhe".split())


def ends_a_title(text: str, block_start: int, stop: int) -> bool:
    """Say whether the dot at `stop` ends a title before a name ("Dr.", "Prof.", "Mme"), which ends no sentence."""
    first = stop
    while first > block_start and text[first - 1].isalpha():
        first -= 1
    return text[first:stop] in _TITLES and (first == block_start or not text[first - 1].isalnum())


def ordinal(text: str, block_start: int, stop: int) -> bool:
    """Say whether the dot at `stop` makes an ordinal of the number before it ("am 3. März", "Anselm II.").

    Where a language writes ordinals so, a sentence ending in a bare number and no citation marker
    is read with the next one: more lenient, never a false finding.
    """
    first = stop
    while first > block_start and text[first - 1].isalnum():
        first -= 1
    word = text[first:stop]
    alone = first == block_start or text[first - 1] not in ".,"  # not the end of "1.5." or "3,5."
    return alone and (word.isdigit() and len(word) <= 3 or bool(_ROMAN.fullmatch(word)))


def _sentence(text: str, start: int, end: int) -> Sentence:
    words = text[start:end]
    return Sentence(start, end, words, tuple(dict.fromkeys(MARKER.findall(words))))


def skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def double_quoted(text: str) -> list[tuple[int, int]]:
    """Return the spans of double-quoted phrases, quote marks included; never across a blank line."""
    if not any(mark in text for mark in _DOUBLE_QUOTE_OPENS):
        return []  # most texts quote nothing: eight scans for a mark cost a tenth of the pattern's one
    return [m.span() for m in DOUBLE_QUOTE.finditer(text) if not re.search(r"\n\s*\n", m.group())]


def folded_word(word: str) -> str:
    """Return a word as the checks compare words: casefolded, a typographic apostrophe as a straight one."""
    return word.casefold().replace("’", "'")


def opening_sentences(text: str, language: str, limit: int) -> str:
    """Return the whole sentences text opens with that fit in `limit` characters, or its first sentence alone.

    A description cut inside a sentence can say what its text does not: "... the claim that 9,000 civilians were
    killed is false" cut before "is false" asserts the claim."""
    if len(text) <= limit:
        return text
    end = 0
    for sentence in split_sentences(text, language):
        if sentence.end > limit and end:
            break
        end = sentence.end
        if end > limit:
            break
    return text[:end] if end else text


@functools.lru_cache(maxsize=1 << 12)  # a sentence is read by some twenty checks in turn
def markers_blanked(text: str) -> str:
    """Return text with each citation marker ("[^key]") made spaces of its length: the words a sentence says, at the
    offsets they have in it."""
    return MARKER.sub(lambda marker: " " * len(marker.group()), text)
