"""How often kept: "Northland always rejects the talks" may not cite "Northland often rejects the talks".

A sentence saying something happens "always" (or "invariably", "every time", "each time", "without fail") is refused
where a cited passage gives it a lesser frequency ("often", "usually", "sometimes", "frequently", "mostly",
"generally", "typically", "regularly", "repeatedly", "occasionally", "rarely", "seldom") in a sentence sharing two
words of four letters or more with it (its clause, cut at commas), and no cited passage says "always" or its like itself. Negated ("not always")
and quoted words are not read. English text is read (tests/test_factcheck_84.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_ALWAYS = patterns.compile(r"(?<![\w-])(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!almost\s)(?<!nearly\s)"
                           r"(?:always|invariably|every\s+time|each\s+time|without\s+fail)(?![\w-])", re.IGNORECASE)
_LESS_OFTEN = patterns.compile(r"(?<![\w-])(?:often|usually|sometimes|frequently|mostly|generally|typically|regularly"
                               r"|repeatedly|occasionally|rarely|seldom|at\s+times|almost\s+always|nearly\s+always"
                               r"|not\s+always)(?![\w-])", re.IGNORECASE)
_GATE = frozenset({"always", "invariably", "every", "each", "without"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "always", "invariably", "every", "time", "each", "without",
                          "fail", "often", "usually", "sometimes", "frequently", "mostly", "generally", "typically",
                          "regularly", "repeatedly", "occasionally", "rarely", "seldom", "times", "almost", "nearly"})


def widened_frequencies(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "always" of what a cited passage restating it says happens less often."""
    if not passages or not in_english(language) or not may_hold(text, _GATE):
        return []  # most sentences say no "always": found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    said = next((match for match in _ALWAYS.finditer(spoken) if not inside(quoted, match.start())), None)
    if said is None or any(_ALWAYS.search(passage.text) for passage in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for match in _LESS_OFTEN.finditer(passage.text):
            if len(content_words(_clause_of(passage.text, match.start()), _NOT_CONTENT) & words) >= 2:
                return [Finding(offset + said.start(),
                                f"this sentence says '{' '.join(said.group().split())}' where its cited passages say "
                                f"'{' '.join(match.group().split())}': {clipped(text)}",
                                "keep the source's word for how often, or cite a passage that says it always happens")]
    return []


def _clause_of(text: str, at: int) -> str:
    """Return the clause of a passage around `at`, cut at its commas and stops: "and usually early" says how often of
    what follows it only."""
    start = max(text.rfind(stop, 0, at) for stop in ",;.!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ",;.!?") if end >= 0]
    return text[start:min(ends, default=len(text))]
