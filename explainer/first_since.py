"""A first kept to its span: "It is the first time Northland has struck the capital" may not cite "It is the first
time since 2019 that Northland has struck the capital".

A passage's "the first time" (or "the first ... ") bounded by a span ("since 2019", "in a decade", "in 30 years")
says it happened before; a sentence that says "the first time" with no span of its own makes it the first ever. It
is refused where a cited passage bounds its "first time" so, in a sentence sharing two words of four letters or more
with it, and no cited passage says "the first time" unbounded of it. A first told as ever ("the first in Lakeport's
history", "the first ever", "first-ever", "the first of its kind", "the first in Lakeport" with no span after it) is
refused alike where a passage bounds its first a few words on ("the first in Lakeport since 2011", "the first strike
in a decade": tests/test_factcheck_94.py). Quoted words are not read. English text is read
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
# A first told as ever: "the first in Lakeport's history", "the first ever", "its first-ever strike", "the first of
# its kind", "the first in Lakeport" (no span after it); a passage's "the first in Lakeport since 2011", "the first
# strike in a decade" bounds its first with a span a few words on (factcheck_94)
_EVER = patterns.compile(r"(?<![\w-])(?:the\s+)?first(?:[\s-]+ever|\s+of\s+its\s+kind"
                         r"|\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:[\w'’-]+\s+){0,3}?history|\s+in\s+(?-i:[A-Z])[\w'’-]*)(?![\w-])",
                         re.IGNORECASE)
_BOUNDED = patterns.compile(rf"(?<![\w-])(?:the\s+)?first(?:\s+(?!time\b)[\w'’-]+){{0,4}}?\s+(?P<span>{_SPAN})(?![\w-])",
                            re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "first", "time", "since", "years", "decade", "decades",
                          "history", "ever", "kind"})


def unbounded_firsts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "the first time" (or the first ever, "in its history") of what a cited
    passage says is the first only within a span ("since 2019")."""
    if not passages or "first" not in text.casefold() or not in_english(language):
        return []  # most sentences say no first: one substring search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = next((match for pattern in (_FIRST, _EVER) for match in pattern.finditer(spoken)
                if not inside(quoted, match.start())), None)
    if own is None or own.re == _FIRST and own["span"] or re.search(_SPAN, spoken[own.end():], re.IGNORECASE):
        return []  # kept to a span ("the first time in years", "the first time Acme has ... since 2019")
    words = _words(spoken)
    bounded = unbounded = None
    for passage in passages:
        if "first" not in passage.text.casefold():
            continue
        for pattern in (_FIRST, _EVER, _BOUNDED):
            for match in pattern.finditer(passage.text):
                if len(_words(sentence_of(passage.text, match.start())) & words) < 2:
                    continue
                if pattern is _BOUNDED or match.re == _FIRST and match["span"]:
                    bounded = bounded or " ".join(match.group().split())
                elif not re.search(_SPAN, passage.text[match.end():match.end() + 40].split(".")[0], re.IGNORECASE):
                    unbounded = match  # the first ever, said so
    if not bounded or unbounded:
        return []
    return [Finding(offset + own.start(), f"this sentence says '{' '.join(own.group().split())}' where its cited "
                                          f"passages say '{bounded}': {clipped(text)}",
                    "keep the source's span (\"since ...\"), or cite a passage that says it is the first ever")]


def _words(text: str) -> frozenset[str]:
    """Return text's content words, a possessive's mark off ("Lakeport's" is "lakeport")."""
    return frozenset(re.sub(r"['’]s$", "", word) for word in content_words(text, _NOT_CONTENT))
