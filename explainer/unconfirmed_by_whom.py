"""Who has not confirmed a thing is kept: "Arvena has not confirmed that a fourth round of talks will take place in
January" citing "A fourth round is planned for January, according to Arvena's trade ministry. Dunmore has not confirmed
the date." gives the other side's silence to the side that announced it, and built (tests/test_newuser143.py).

Read narrowly: a negated verb of confirming ("has not confirmed", "did not confirm", "declined to confirm", "has not
verified") whose subject, the words before it in its clause, names a party of the briefing, where the passages hold
such a verb whose subject names a party, and none names this one. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .speakers import naming_words, parties_of
from .unconfirmed_clauses import NEGATION

_UNCONFIRMED = patterns.compile(rf"(?<!\w){NEGATION}(?:confirm(?:ed)?|verif(?:y|ied))(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r".*(?:[.;:!?,]\s|\b(?:but|and|while|which|that)\s)", re.DOTALL)
_NEAR = 80  # the subject read back before the negation


def unconfirmed_by_another(text: str, passages: list[Cited], offset: int, language: str,
                           parties: tuple) -> list[Finding]:
    """Return a finding where text says a party has not confirmed something its passages say another party has not
    confirmed, and none says this one has not."""
    if not parties or not in_english(language) or "onfirm" not in text and "erif" not in text:
        return []  # most sentences confirm nothing: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for found in _UNCONFIRMED.finditer(spoken):
        subject, named = _subject(spoken, found, parties)
        if not named or inside(quoted, found.start()):
            continue
        theirs = [_subject(passage.text, other, parties) for passage in passages
                  for other in _UNCONFIRMED.finditer(passage.text)]
        if any(others for _, others in theirs) and not any(named & others for _, others in theirs):
            said = next(words for words, others in theirs if others)
            return [Finding(offset + found.start(), f"this sentence says '{subject}' where its cited passages say "
                                                    f"'{said}': {clipped(text, 160)}",
                            "keep who has not confirmed it, as the source does, or cite the words that say this")]
    return []


def _subject(text: str, found: re.Match, parties: tuple) -> tuple[str, frozenset[str]]:
    """Return a negated verb of confirming with the words before it back to its clause's start, and the parties they
    name."""
    before = text[max(0, found.start() - _NEAR):found.start()]
    start = _CLAUSE_START.match(before)
    subject = before[start.end() if start else 0:]
    return " ".join((subject + found.group()).split()), parties_of(naming_words(subject), parties)
