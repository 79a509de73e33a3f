"""An agreement told reached where the sources say there was none: "Both sides said an agreement had been reached"
may not cite "... ended a third round of talks ... without agreement on how to restructure the bonds, both sides
said." (tests/test_newuser_93.py: it shared one word of five letters with the negated clause, too few for
polarity.py).

A sentence tells an agreement reached by "reached", "struck", "sealed", "signed", "concluded" or "clinched" an agreement
(deal, accord, settlement), by talks "ended with" one, "produced", "yielded" or "secured" one, or "an
agreement was (had been, has been) reached" (struck, sealed, ...), outside quotation marks, not negated ("no", "not",
"never", "failed to", "without"; "Nobody reached agreement", a subject naming no one: no_one_subjects.py) and not made a
condition or a prospect ("if", "once", "until", "unless", "when", "before", "whether", "could", "would", "may", "might",
"hope to", "expected to", ...). It is refused where a cited passage says there was none ("without agreement", "with no
deal", "no agreement was reached", "failed to reach a deal", "did not reach an accord", "failed to agree", "could not
agree") and no cited passage tells one reached as the sentence does. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .no_one_subjects import verb_of_no_one
from .sentences import inside, markers_blanked
from .wordset import may_hold

_DEAL = r"(?:agreement|deal|accord|settlement|compromise)s?"
_DONE = r"(?:reached|struck|sealed|signed|concluded|clinched|agreed)"
# talks that ended with one: "a third round ends with an agreement" of "no agreement was reached" built
# (tests/test_newuser143.py); "produced", "yielded", "secured" a deal too
# ("ended in agreement" is opposites.py's "in"/"without" pair, named once there)
_ENDED = r"(?:(?:ended|ends|end|ending|concluded|closed)\s+with|produced|yielded|secured|brokered)"
_REACHED = patterns.compile(
    rf"(?<![\w-])(?:(?:{_DONE}|{_ENDED})\s+(?!(?:no|without)\s)(?:(?:an?|the|their|its|any)\s+)?"
    # "ended in Geneva without agreement" tells none
    rf"(?:(?!(?:no|not|without)\s)[\w-]+\s+){{0,2}}?{_DEAL}"
    rf"|{_DEAL}\s+(?:(?:was|were|is|are|had|has|have)\s+)?(?:been\s+)?(?:finally\s+)?{_DONE})(?![\w-])",
    re.IGNORECASE)
# Before a reaching: a negation, or a condition or prospect, within a few words ("only once a deal is reached", "hope
# to reach", "failed to strike a deal")
_NOT_DONE = patterns.compile(
    r"(?<![\w-])(?:no|not|never|n['’]t|without|failed\s+to|fail\s+to|if|once|until|unless|when|whenever|before|whether"
    r"|could|would|should|may|might|can|will|shall|must|hopes?\s+to|hoped\s+to|expects?\s+to|expected\s+to|aims?\s+to"
    r"|seeks?\s+to|sought\s+to|try\s+to|tries\s+to|tried\s+to|wants?\s+to|plans?\s+to)"
    r"(?:\s+[\w'’-]+){0,4}\s*$", re.IGNORECASE)
_NONE = patterns.compile(
    rf"(?<![\w-])(?:(?:without|with\s+no|no)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?{_DEAL}"
    rf"|(?:failed|fail|did\s+not|didn['’]t|could\s+not|couldn['’]t|were\s+unable|was\s+unable)\s+(?:to\s+)?"
    rf"(?:reach|strike|agree|conclude|seal)(?:\s+(?:an?|any|the)?\s*{_DEAL})?)(?![\w-])", re.IGNORECASE)
# A sentence holding none of these words tells no agreement reached: found by a lookup of its words
_MAY = frozenset({"reached", "struck", "sealed", "signed", "concluded", "clinched", "agreed", "ended", "ends", "end",
                  "ending", "closed", "produced", "yielded", "secured", "brokered"})


def agreement_told_reached(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells an agreement reached where a cited passage says there was none and none
    tells one reached."""
    if not in_english(language) or not passages or not may_hold(text, _MAY):
        return []
    spoken = markers_blanked(text)
    reached = _told_reached(spoken)
    if reached is None:
        return []
    none = next((found for passage in passages if (found := _NONE.search(passage.text))), None)
    if none is None or any(_told_reached(passage.text) for passage in passages):
        return []
    return [Finding(offset, f"this sentence tells an agreement reached ('{' '.join(reached.split())}') where its "
                            f"cited passages say there was none ('{' '.join(none.group().split())}'): {clipped(text)}",
                    "say what the source says (no agreement), or cite a passage that tells one reached")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _told_reached(text: str) -> str | None:
    """Return the words telling an agreement reached in text, outside quotation marks, neither negated nor made a
    condition or a prospect; or None."""
    quoted = quoted_parts(text)
    for match in _REACHED.finditer(text):
        if inside(quoted, match.start()):
            continue
        before = text[max(0, match.start() - 60):match.start()]
        kept = _NOT_DONE.search(before)
        if kept and not _CLAUSE_END.search(before, kept.start()):
            continue  # "failed to strike a deal", "only once a deal is reached"
        if verb_of_no_one(text, match.start()):
            continue  # "Nobody reached agreement in the talks": none reached (no_one_subjects.py)
        return match.group()
    return None


_CLAUSE_END = patterns.compile(r"[.;:!?]")
