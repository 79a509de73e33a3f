"""Beliefs kept: a clause a passage gives as someone's belief ("We believe the agency's method overstates the
impurity") may not be stated as fact.

"The agency's method overstates the impurity" citing the company's "We believe the agency's method overstates the
impurity" tells its view as a finding. Read clause by clause, as likelihood.py reads doubts: a sentence restating
the clause that follows "believe", "believes" or "believed" (sharing two of its words of four letters or more) is
refused where it says no one's word ("says", "according to", "believes", ... : attribution.says_who_reports, or a
belief or doubt of its own) and no cited passage states the same clause plainly. Only that clause is read: "tests
confirmed traces of fuel" may cite "Officials believe the fire was arson; tests confirmed traces of fuel".
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_who_reports
from .clauses import clause_end, content_words, restated_unplainly
from .sentences import markers_blanked
from .wordset import may_hold

_BELIEF = patterns.compile(r"(?<!\w)(?:believe|believes|believed)(?!\w)", re.IGNORECASE)
_BELIEF_WORDS = frozenset({"believe", "believes", "believed"})  # looked up in a passage's words before _BELIEF
_KEPT = patterns.compile(r"(?<!\w)(?:believ\w*|think\w*|thought|view|opinion|probabl[ey]|possibl[ey]|likely|may|might"
                         r"|could|suspect\w*|suggest\w*|unclear|appears?|seem\w*)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)|(?<!\w)(?:but|while|whereas|although)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "believe", "believes", "believed", "will"})
_RESTATES = 2


def told_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text states plainly a clause its cited passages give only as someone's belief."""
    if not in_english(language):
        return []
    believed = [found for passage in passages for found in _believed(passage.text)]
    if not believed:
        return []  # most passages believe nothing (read once each): found without reading the sentence's words
    spoken = markers_blanked(text)
    if _KEPT.search(spoken) or says_who_reports(spoken):
        return []
    found = restated_unplainly(content_words(spoken, _NOT_CONTENT), believed, passages, _plain_clauses, _RESTATES)
    if found is None:
        return []
    shown, clause = found
    return [Finding(offset, f"the source gives this as someone's belief ('{shown}': '{clause}'), but it is worded as "
                            f"fact: {clipped(text)}",
                    "say whose belief it is, as the source does ('... believes', '... says'), or cite a passage that "
                    "states it plainly")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _believed(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each belief word of a passage, the clause it holds (what follows it), and that clause's content words."""
    found = []
    for match in _BELIEF.finditer(text) if may_hold(text, _BELIEF_WORDS) else ():
        clause = text[match.end():clause_end(text, match.end(), _CLAUSE_BREAK)]
        found.append((match.group(), " ".join(clause.split()), content_words(clause, _NOT_CONTENT)))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _plain_clauses(text: str) -> tuple[frozenset[str], ...]:
    """Return the content words of each clause of a passage that holds no belief or doubt."""
    return tuple(content_words(clause, _NOT_CONTENT) for clause in _CLAUSE_BREAK.split(text)
                 if clause.strip() and not _KEPT.search(clause))
