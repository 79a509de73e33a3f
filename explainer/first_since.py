"""A first kept to its span: "It is the first time Northland has struck the capital" may not cite "It is the first
time since 2019 that Northland has struck the capital".

A passage's "the first time" (or "the first ... ") bounded by a span ("since 2019", "in a decade", "in 30 years")
says it happened before; a sentence that says "the first time" with no span of its own makes it the first ever. It
is refused where a cited passage bounds its "first time" so, in a sentence sharing two words of four letters or more
with it, and no cited passage says "the first time" unbounded of it. Quoted words are not read. English text is read
(tests/test_factcheck_84.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

_SPAN = (r"(?:since\s+(?:\d{4}|the\s+\w+|\w+\s+\d{4})|in\s+(?:recent\s+)?(?:years|decades|months)|in\s+living\s+memory"
         r"|in\s+(?:a\s+long\s+time|ages)|in\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?"
         r"(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several|many)\s+"
         r"(?:years?|decades?|months?|weeks?|generations?|centur(?:y|ies)))")
_FIRST = patterns.compile(rf"(?<![\w-])(?:the\s+)?first\s+time(?P<span>\s+{_SPAN})?(?![\w-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "first", "time", "since", "years", "decade", "decades"})


def unbounded_firsts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "the first time" of what a cited passage says is the first only within a
    span ("since 2019")."""
    if not passages or "first time" not in text.casefold() or not in_english(language):
        return []  # most sentences say no first time: one substring search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = next((match for match in _FIRST.finditer(spoken) if not inside(quoted, match.start())), None)
    if own is None or own["span"] or re.search(_SPAN, spoken[own.end():], re.IGNORECASE):
        return []  # kept to a span ("the first time in years", "the first time Acme has ... since 2019")
    words = content_words(spoken, _NOT_CONTENT)
    bounded = unbounded = None
    for passage in passages:
        for match in _FIRST.finditer(passage.text):
            if len(content_words(sentence_of(passage.text, match.start()), _NOT_CONTENT) & words) < 2:
                continue
            if match["span"]:
                bounded = bounded or " ".join(match.group().split())
            else:
                unbounded = match
    if not bounded or unbounded:
        return []
    return [Finding(offset + own.start(), f"this sentence says '{' '.join(own.group().split())}' where its cited "
                                          f"passages say '{bounded}': {clipped(text)}",
                    "keep the source's span (\"since ...\"), or cite a passage that says it is the first ever")]
