"""Harm the source rules out, told as done: "The hospital said it treated 15 people, several seriously" (or "15 people
seriously", "all seriously") may not cite "Ashcombe General Hospital said it treated 15 people, none seriously"
(tests/test_newuser_138.py). Every figure and word stood in the passage, and no negation was dropped from a verb.

A passage rules a harm out where "none" (or "none of them", "no one", "nobody") comes within three words before a word
of degree ("seriously", "serious", "critically", "badly", "severely", "gravely", "fatally", "life-threatening"). A
sentence is refused where it tells that degree ("seriously", "serious" ...) with no word ruling it out in its own
clause ("none", "no", "not", "nobody", "neither", "without", "n't") and shares a content word with the passage's
sentence besides the degree. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

_DEGREE = (r"(?:serious(?:ly)?|critical(?:ly)?|bad(?:ly)?|severe(?:ly)?|grave(?:ly)?|fatal(?:ly)?"
           r"|life[-\s]threatening)")
_RULED_OUT = patterns.compile(rf"(?<!\w)(?:none(?:\s+of\s+(?:them|whom|those))?|no\s+one|nobody)"
                              rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_DEGREE}(?!\w)", re.IGNORECASE)
_TOLD = patterns.compile(rf"(?<![\w-]){_DEGREE}(?!\w)", re.IGNORECASE)
_DENIES = patterns.compile(r"(?<!\w)(?:none|no|not|nobody|neither|nor|without|never|n['’]t)(?!\w)", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[;.!?]|,\s*(?:but|and|while|though)(?!\w)")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "after", "before", "none", "nobody", "whom", "those",
                          "seriously", "serious", "critically", "critical", "badly", "severely", "severe", "gravely",
                          "fatally", "fatal", "life-threatening", "threatening"})


def ruled_out_harm_told(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a degree of harm ("seriously") its cited passages rule out ("none
    seriously")."""
    if not in_english(language) or not passages or not _TOLD.search(text):
        return []  # most sentences tell no degree of harm
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _TOLD.finditer(spoken) if not inside(quoted, match.start())), None)
    if told is None or _DENIES.search(_clause_of(spoken, told.start())):
        return []
    if any(_TOLD.search(_without_ruled_out(passage.text)) for passage in passages):
        return []  # a passage tells the degree itself, of someone
    mine = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for ruled in _RULED_OUT.finditer(passage.text):
            if mine & content_words(_sentence_of(passage.text, ruled.start()), _NOT_CONTENT):
                return [Finding(offset, f"this sentence tells a harm ('{told.group()}') its cited passages rule out "
                                        f"('{' '.join(ruled.group().split())}'): {clipped(text)}",
                                "keep the source's \"none\", or cite a passage that tells this harm")]
    return []


def _without_ruled_out(text: str) -> str:
    return _RULED_OUT.sub(" ", text)


def _clause_of(text: str, at: int) -> str:
    """Return the clause of text holding position `at`."""
    starts = [match.end() for match in _CLAUSE.finditer(text, 0, at)]
    end = _CLAUSE.search(text, at)
    return text[max(starts, default=0):end.start() if end else len(text)]


def _sentence_of(text: str, at: int) -> str:
    """Return the sentence of text holding position `at`."""
    start = max(text.rfind(stop, 0, at) for stop in ".!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".!?") if end >= 0]
    return text[start:min(ends, default=len(text))]
