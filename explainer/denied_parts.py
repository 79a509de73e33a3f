"""A part denied, told as held: "The Panel is part of the Agency" citing "an expert panel that advises the Agency but
is not part of it", a negation dropped.

A clause denying a part with its subject left out ("but is not part of it", "mas não é parte na ação", "pero no forma
parte de") says it of the clause before, and its "part" is too short for polarity.py's words of five letters: "The
Panel is part of the Agency" (tests/fixtures/newuser_119) and "O Ministério Público do Trabalho é parte na ação"
(tests/fixtures/newuser_120) built (tests/test_factcheck_199.py). Refused where the sentence says, with no negation
before it, that something is (or makes) part or a member of something, and all its words of five letters or more are
the passage sentence's before the denial or after it; "The Panel advises the Agency" and "O Ministério Público do
Trabalho acompanha o caso" build, as does any sentence keeping a negation.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns

_PART = r"(?:part|parte|member|membro|miembro|membre)"
_OF = r"(?:of|d[oae]s?|na|nas|no|nos|em|de|del|della|du)"
_DENIED_PART = patterns.compile(
    rf"(?<!\w)(?:but|and|yet|mas|e|pero|y|ma|mais|et)\s+(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t"
    rf"|weren['’]t|não\s+(?:é|são|era|foi|faz|fazem|fazia)|no\s+(?:es|son|era|fue|forma|forman)"
    rf"|non\s+(?:è|sono|fa|fanno)|n['’](?:est|fait)\s+pas)\s+(?:(?:a|an|um|uma|una|un|une)\s+)?{_PART}(?!\w)"
    rf"(?:\s+{_OF}(?!\w))?\s*(?P<whole>[^.;,]*)", re.IGNORECASE)
_TOLD_PART = patterns.compile(
    rf"(?<!\w)(?:is|are|was|were|é|são|era|foi|faz|fazem|fazia|es|son|era|fue|forma|forman|è|sono|fa|fanno|est"
    rf"|fait)\s+(?:(?:a|an|um|uma|una|un|une)\s+)?{_PART}\s+{_OF}(?!\w)", re.IGNORECASE)
_ANY_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|no|não|nunca|non|ne|n['’]|nem|ni)(?!\w)|n['’]t(?!\w)",
                                 re.IGNORECASE)
_PART_WORDS = frozenset({"part", "parte", "member", "membr", "miemb"})
_SENTENCE = patterns.compile(r"[^.;!?]+")


def denied_part_told(text: str, passages: list[str],
                     words_of: Callable[[str], frozenset[str]]) -> tuple[int, str] | None:
    """Return where a sentence tells as held a part its passages deny with the subject left out, and the passage
    sentence denying it; None where it tells none so."""
    if not any(("part" in passage or "membr" in passage or "member" in passage) for passage in passages):
        return None  # a str search: most passages deny no part
    told = _TOLD_PART.search(text)
    if not told or _ANY_NEGATION.search(text, 0, told.start()):
        return None
    subject, whole = words_of(text[:told.start()]), words_of(text[told.end():])
    if not subject | whole:
        return None
    for passage in passages:
        for sentence in _SENTENCE.finditer(passage):
            for denied in _DENIED_PART.finditer(sentence.group()):
                if _same_part(subject, whole, sentence.group()[:denied.start()], denied["whole"], words_of):
                    return told.start(), " ".join(sentence.group().split())
    return None


# what a denied part's "of it" stands for is the clause before's: "advises the Agency but is not part of it"
_PRONOUN = patterns.compile(r"^\s*(?:it|them|this|that|dele|dela|deles|delas|nele|nela|él|ella|ello|ellos|lui|elle)?"
                            r"\s*$", re.IGNORECASE)


def _same_part(subject: frozenset[str], whole: frozenset[str], before: str, denied_whole: str, words_of) -> bool:
    """Say whether a sentence's subject and whole (its long words) are the passage's: the subject named before the
    denial, the whole after it ("part of the European Union"), or before it where a pronoun stands for it."""
    named = words_of(before)
    return subject <= named and whole <= (named if _PRONOUN.match(denied_whole) else words_of(denied_whole))


_NEGATED_PART = patterns.compile(
    rf"(?<!\w)(?:not|não|no|non|n['’]t|never|nunca)\s+(?:[^\W\d_]+\s+)?(?:(?:a|an|um|uma|una|un|une)\s+)?{_PART}(?!\w)",
    re.IGNORECASE)


def denied_part_restated(text: str, passages: list[str], words_of: Callable[[str], frozenset[str]]) -> bool:
    """Say whether a negative clause denies a part ("The Panel is not part of the Agency") a passage denies with the
    subject left out ("an expert panel that advises the Agency but is not part of it"), all its long words the passage
    sentence's: read as no negation added to the passage's clause before the denial (tests/test_factcheck_199.py)."""
    if not _NEGATED_PART.search(text):
        return False
    negated = _NEGATED_PART.search(text)
    subject, whole = words_of(text[:negated.start()]), words_of(text[negated.end():])
    return any(_same_part(subject, whole, sentence.group()[:denied.start()], denied["whole"], words_of)
               for passage in passages for sentence in _SENTENCE.finditer(passage)
               for denied in _DENIED_PART.finditer(sentence.group()))
