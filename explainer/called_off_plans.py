"""A plan called off is no plan standing: "talks are scheduled for Monday" may not cite "talks were scheduled for
Monday but were postponed".

A sentence telling an event as still to come ("is scheduled for", "are set to", "is due on", "is planned for", "will
take place", "will be held", "will resume") is refused where a passage's sentence restating it (two of its words or
figures of four letters or more, all of a shorter sentence's) says it was postponed, cancelled, called off, put off,
pushed back, delayed or scrapped, and no cited passage gives it a plan standing itself. Negated words and words in
quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_STANDING = patterns.compile(
    r"(?<![\w-])(?:(?:is|are|remains?|still)\s+(?:still\s+)?(?:scheduled|set|due|planned|slated|expected)"
    r"\s+(?:for|to|on|at|in)|will\s+(?:still\s+)?(?:take\s+place|be\s+held|go\s+ahead|resume|open|begin|start|meet"
    r"|convene))(?![\w-])", re.IGNORECASE)
_STANDING_WORDS = frozenset({"scheduled", "set", "due", "planned", "slated", "expected", "will"})
_CALLED_OFF = patterns.compile(
    r"(?<![\w-])(?:(?:was|were|has\s+been|have\s+been|had\s+been|been)\s+(?:since\s+|later\s+|now\s+)?"
    r"(?:postponed|cancell?ed|canceled|called\s+off|put\s+off|pushed\s+back|delayed|scrapped|shelved|suspended)"
    r"|(?:postponed|cancell?ed|called\s+off|put\s+off|pushed\s+back|scrapped|shelved)\s+(?:the|it|them))(?![\w-])",
    re.IGNORECASE)
_CALLED_OFF_WORDS = frozenset({"postponed", "cancelled", "canceled", "called", "put", "pushed", "delayed", "scrapped",
                               "shelved", "suspended"})
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|no\s+longer)\W+(?:\w+\W+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "scheduled", "planned", "slated", "expected", "will", "still",
                          "remains", "remain", "postponed", "cancelled", "canceled", "called", "pushed", "back",
                          "delayed", "scrapped", "shelved", "suspended", "since", "later", "take", "place", "held",
                          "ahead", "resume", "open", "begin", "start", "meet", "convene"})


def plan_called_off_as_standing(text: str, passages: list[Cited], offset: int = 0,
                                language: str = "") -> list[Finding]:
    """Return a finding when text tells as still to come an event a passage restating it calls off."""
    if not in_english(language) or not may_hold(text, _STANDING_WORDS):
        return []  # most sentences tell no plan
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    standing = next((match for match in _STANDING.finditer(spoken) if not inside(quoted, match.start())
                     and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 24), match.start())), None)
    if standing is None or _CALLED_OFF.search(spoken) or any(_stands(passage.text) for passage in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for shown, theirs in _called_off(passage.text):
            if words and len(words & theirs) >= min(2, len(words)):
                return [Finding(offset, f"this sentence tells as still to come ('{' '.join(standing.group().split())}')"
                                        f" what its cited passages say {shown}: {clipped(text)}",
                                f"say what became of it ('{shown}'), as the source does, or cite a passage that "
                                "says it stands")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _stands(text: str) -> bool:
    """Say whether a passage tells a plan standing itself."""
    return any(not _NEGATED_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in _STANDING.finditer(text))


@functools.lru_cache(maxsize=1 << 12)
def _called_off(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each place a passage calls an event off, as written, with its sentence's content words."""
    if not may_hold(text, _CALLED_OFF_WORDS):
        return ()
    return tuple((" ".join(match.group().split()), content_words(sentence.text, _NOT_CONTENT))
                 for sentence in split_sentences(text, "en") for match in _CALLED_OFF.finditer(sentence.text)
                 if not _NEGATED_BEFORE.search(sentence.text, max(0, match.start() - 24), match.start()))
