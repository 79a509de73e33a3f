"""Findings a court did not make: what a ruling says it does not find or decide may not be told as its finding.

"The court found that the contamination caused illness" citing "The Court makes no finding that the contamination
caused illness in any resident" keeps every word but the ruling's refusal; so do "eight of the 14 wells were
contaminated, the court found" for "The Court does not find that the remaining eight wells were contaminated", "the
court decided the claim for medical monitoring" for "The Court does not decide the plaintiffs' claim for the medical
monitoring", and "Corvane acted with malice" for "The Court is not satisfied that Corvane acted with malice". A
passage's unfound clause follows "no finding that", "does not find (that)", "did not decide", "is not satisfied that",
"declines to find that", or a point left for later, "has not yet decided whether", "has yet to decide", up to its
clause's end. A sentence restating it (two of its words of four letters or
more) is refused where it tells it as a court's finding ("the court found", "the judge ruled") and holds no negation
of its own, or, where the clause is a "that" clause, states it as fact, saying no one's word; unless a cited passage
states the same words plainly, outside any such clause. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, says_who_reports
from .clauses import clause_end, content_words, restated_unplainly
from .sentences import markers_blanked
from .wordset import may_hold

_UNFOUND = patterns.compile(
    r"(?<!\w)(?:(?:makes?|made|making)\s+no\s+(?:such\s+)?finding|(?:does|did|do)\s+not\s+(?:find|decide|determine)"
    # a point left for later: "The Panel has not yet decided whether", "has yet to decide" (newuser_38)
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:decided|determined)|(?:has|have|is|are)\s+yet\s+to\s+(?:decide|determine)"
    r"|(?:is|was|were|are)\s+not\s+satisfied|declines?\s+to\s+find|declined\s+to\s+find)(?P<that>\s+that)?(?!\w)",
    re.IGNORECASE)
# one of them in every match
_UNFOUND_WORDS = frozenset({"finding", "find", "decide", "determine", "satisfied", "decided", "determined"})
# A court's finding in the sentence: a court named, and a verb of finding or deciding
_COURT = patterns.compile(r"(?<!\w)(?:court|judge|justices?|tribunal|panel)(?!\w)", re.IGNORECASE)
_FINDS = patterns.compile(r"(?<!\w)(?:found|finds|held|holds|ruled|rules|concluded|concludes|decided|decides"
                          r"|determined|determines)(?!\w)", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<!\w)(?:not|no|never|neither|nor|without)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)|(?<!\w)(?:but|while|whereas|although|when)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "will", "court", "judge", "found", "finds",
                          "finding", "ruled", "held", "decided", "such", "before"})
_RESTATES = 2


def told_as_found(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells as a court's finding, or as fact, what its cited passages say the
    court does not find or decide."""
    if not in_english(language):
        return []
    unfound = [found for passage in passages for found in _unfound(passage.text)]
    if not unfound:
        return []  # most passages refuse no finding (read once each): found without reading the sentence's words
    spoken = markers_blanked(text)
    if _NEGATION.search(spoken):
        return []  # "the court made no finding that ...", "did not find": the refusal kept
    as_court = _COURT.search(spoken) is not None and _FINDS.search(spoken) is not None
    if not as_court and says_who_reports(spoken):
        return []  # "the city says the contamination caused illness": someone's word, as such
    marked = [(shown, clause, words) for shown, clause, words, that in unfound if as_court or that]
    found = restated_unplainly(content_words(spoken, _NOT_CONTENT), marked, passages, _plain_clauses, _RESTATES)
    if found is None:
        return []
    shown, clause = found
    told = "as the court's finding" if as_court else "as fact"
    return [Finding(offset, f"this sentence tells {told} what its cited passages say the court does not find "
                            f"('{shown}': '{clause}'): {clipped(text)}",
                    "say that the court did not find or decide it, as the source does, or cite a passage that "
                    "states it")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _unfound(text: str) -> tuple[tuple[str, str, frozenset[str], bool], ...]:
    """Return each refusal to find of a passage, the clause it refuses (what follows it), that clause's content
    words, and whether it is a "that" clause (a proposition, which a plain sentence can state as fact)."""
    found = []
    for match in _UNFOUND.finditer(text) if may_hold(text, _UNFOUND_WORDS) else ():
        clause = text[match.end():clause_end(text, match.end(), _CLAUSE_BREAK)]
        found.append((" ".join(match.group().split()), " ".join(clause.split()), content_words(clause, _NOT_CONTENT),
                      match["that"] is not None))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _plain_clauses(text: str) -> tuple[frozenset[str], ...]:
    """Return the content words of each clause of a passage that refuses no finding and negates nothing."""
    return tuple(content_words(clause, _NOT_CONTENT) for clause in _CLAUSE_BREAK.split(text)
                 if clause.strip() and not _UNFOUND.search(clause) and not _NEGATION.search(clause))
