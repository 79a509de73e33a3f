"""Whose words, in Urdu and Hindi: the speaker stands before its verb of saying, marked by "نے" or "ने" ("جام خان شورو
نے کہا", "रमेश साहू ने कहा", Shoro said), or before "کے مطابق" / "کے بقول" / "के अनुसार" / "के मुताबिक" (according to) and
"کا کہنا" / "का कहना" (the saying of).

Read with Arabic's rules (arabic_speakers.py), whose speaker follows the verb, no Urdu speaker was read, and
"پنجاب کے وزیر ... نے کہا کہ صوبے کو ..." citing "سندھ کے وزیر ... نے کہا کہ صوبے کو ..." built (and in Hindi "ओडिशा के
वकील ने दावा किया" citing "छत्तीसगढ़ के वकील ने ..."). Here the speaker is the words before the marker back to the
clause's start (a stop, a comma, a colon or a quotation mark), eight at most; arabic_speakers.py reads it, as an
Arabic one, by the parties of the briefing it names.
"""

from __future__ import annotations

import bisect
import re

from . import devanagari, patterns

# The marker after a space: "\s+" before it was tried from each space of a run, and 50 KB of spaces took 13 seconds
# (tests/test_attack_20.py). Where the run of spaces before it starts is found once a marker is.
_SAYING = patterns.compile(r"(?<=\s)(?:نے\s+(?:کہا|بتایا|دعویٰ|دعوی|الزام|اعلان|واضح)|کے\s+(?:مطابق|بقول)|کا\s+کہنا"
                           r"|کی\s+جانب\s+سے)(?!\w)"
                           # Hindi's verb may stand a few words after "ने": "ने रायपुर में कहा", "ने रिपोर्ट को 'एकतरफा' बताया"
                           r"|(?<=\s)(?:ने(?:\s+[^\s।,:“”\"]+){0,4}?\s+(?:कहा|बताया|दावा|आरोप|घोषणा|स्पष्ट)"
                           r"|के\s+(?:अनुसार|मुताबिक)|का\s+कहना)"
                           rf"(?![\w{devanagari.MARKS}])")
_CLAUSE_START = patterns.compile(r"[۔،؛:”“\"«».!?؟\n।]")
_WORD = patterns.compile(rf"[^\W\d_][\w{devanagari.MARKS}]*")  # a Hindi word whole, with its vowel signs
_MOST_WORDS = 8


def urdu_speakers(text: str, saying: re.Pattern = _SAYING) -> list[tuple[int, list[str]]]:
    """Return where each speaker starts and its words, for each verb of saying or "according to" in text that stands
    after its speaker: Urdu's, or those of another language's `saying` (persian_speakers.py)."""
    sayings = [_spaces_before(text, found.start()) for found in saying.finditer(text)]
    if not sayings:
        return []
    # The text's clause starts and words are found once, not again before each marker: 50 KB of "علی نے کہا" took
    # 12 seconds. No word spans a marker's start (a space) or a clause's (a stop or a quotation mark).
    clause_starts = [mark.end() for mark in _CLAUSE_START.finditer(text, 0, sayings[-1])]
    opened = bisect.bisect_right(clause_starts, sayings[0])
    words = list(_WORD.finditer(text, clause_starts[opened - 1] if opened else 0, sayings[-1]))
    word_starts = [word.start() for word in words]
    found = []
    for at in sayings:
        opened = bisect.bisect_right(clause_starts, at)
        start = clause_starts[opened - 1] if opened else 0
        first, end = bisect.bisect_left(word_starts, start), bisect.bisect_left(word_starts, at)
        named = words[max(first, end - _MOST_WORDS):end]
        if named:
            found.append((named[0].start(), [word.group() for word in named]))
    return found


def may_name_a_speaker(text: str) -> bool:
    """Say whether text may hold an Urdu speaker: one search for its markers."""
    return _SAYING.search(text) is not None


def _spaces_before(text: str, end: int) -> int:
    """Return where the run of spaces ending at `end` starts."""
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return start
