"""An outcome kept in part: "Southland lost the case" may not cite "The court ruled partly in Southland's favour", nor
"The talks ended without agreement" "The talks ended with a partial agreement".

A passage gives an outcome in part where a clause of it says "partly", "partially", "in part", "partial" or "a mixed
(split) ruling" of an outcome (a ruling, a favour, a win or a loss, an appeal upheld or dismissed, an agreement, a
deal, a withdrawal). A sentence telling an outcome whole ("won", "lost", "prevailed", "upheld", "dismissed", "ended
without agreement", "reached an agreement", "ruled in Northland's favour") is refused where it keeps no part of its
own ("partly", "part of", "some of", "largely", ...), a passage's clause giving the outcome in part shares a word of
four letters or more with it, and no passage tells an outcome whole outside such a clause. Words in quotation marks
are not read. A verdict "reversed", "affirmed" or "vacated" is such an outcome too ("The ruling reversed the verdict"
citing "upheld the verdict in part and reversed it in part": tests/test_newuser_69.py). English text is read; a case
won "in full" where a passage refuses part of it is partial_outcomes.py's.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_PART = r"partly|partially|in\s+part|partial|(?:mixed|split)\s+(?:ruling|verdict|decision|result|outcome)"
_PARTIAL = patterns.compile(rf"(?<![\w-])(?:{_PART})(?![\w-])", re.IGNORECASE)
_OUTCOME = patterns.compile(r"(?<![\w-])(?:favou?r|upheld|upholds?|granted|grants?|allowed|won|wins?|lost|loses"
                            r"|agreements?|deals?|accords?|ruled|rulings?|verdicts?|decisions?|victory|defeat\w*"
                            r"|succe\w+|dismissed|rejected|overturned|reversed|affirmed|vacated|withdr\w+|settlements?"
                            r"|ceasefire|agreed)(?![\w-])",
                            re.IGNORECASE)
_WHOLE = patterns.compile(
    r"(?<![\w-])(?:won|wins|lost|loses|prevailed|defeated|upheld|overturned|reversed|affirmed|vacated|dismissed"
    r"|rejected|struck\s+down"
    r"|(?:ended|broke\s+up|closed|concluded|finished)\s+(?:without|with\s+no)\s+(?:an?\s+)?(?:agreement|deal|accord)"
    r"|(?:reached|struck|sealed|concluded)\s+(?:an?|the)\s+(?:agreement|deal|accord|settlement)"
    r"|ruled\s+(?:in\s+(?:\w+['’]s\s+)?favou?r|for|against))(?![\w-])", re.IGNORECASE)
# The words one of which each of _WHOLE holds, looked up in the sentence's words (read once for every check)
_WHOLE_HOLDS = frozenset({"won", "wins", "lost", "loses", "prevailed", "defeated", "upheld", "overturned", "dismissed",
                          "reversed", "affirmed", "vacated",
                          "rejected", "struck", "without", "no", "reached", "sealed", "concluded", "ruled"})
_KEPT = patterns.compile(rf"(?<![\w-])(?:{_PART}|part\s+of|parts\s+of|some\s+of|most\s+of|largely|mostly|mixed|split"
                         r"|narrow(?:ed)?|limited)(?![\w-])", re.IGNORECASE)
# A clause: to a stop or comma, or to "and", "but", "while" ("dismissed the claim and partially granted the
# counterclaim" tells the dismissal whole)
_CLAUSE = patterns.compile(r"(?:(?!\s(?:and|but|while|whereas|although)\s)[^.;:!?,])+", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "court", "partly", "partially", "partial", "part", "without"})


def made_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells an outcome whole that its cited passages give only in part."""
    if not in_english(language) or not passages or not may_hold(text, _WHOLE_HOLDS):
        return []  # most sentences tell no outcome: found without a pattern
    partial = [found for passage in passages for found in _partial_clauses(passage.text)]
    if not partial:
        return []
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []  # the sentence keeps a part of its own
    quoted = quoted_parts(spoken)
    whole = next((match for match in _WHOLE.finditer(spoken) if not inside(quoted, match.start())), None)
    if whole is None or any(_WHOLE.search(_without_partial(passage.text)) for passage in passages):
        return []
    words = _words(spoken)
    for part, clause_words in partial:
        if clause_words & words:
            return [Finding(offset, f"this sentence tells as whole ('{' '.join(whole.group().split())}') an outcome "
                                    f"its cited passages give only in part ('{part}'): {clipped(text)}",
                            "keep the source's part ('partly'; say what was won and what was not), or cite a passage "
                            "that gives the whole outcome")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _partial_clauses(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each clause of a passage giving an outcome in part, as written, with its words."""
    if not _PARTIAL.search(text):
        return ()
    return tuple((" ".join(clause.group().split()), _words(clause.group()))
                 for clause in _CLAUSE.finditer(text) if _PARTIAL.search(clause.group())
                 and _OUTCOME.search(clause.group()))


def _words(text: str) -> frozenset[str]:
    """Return text's content words, a name's possessive read as the name ("Southland's" as "southland")."""
    return frozenset(re.sub(r"['’]s$", "", word) for word in content_words(text, _NOT_CONTENT))


@functools.lru_cache(maxsize=1 << 12)
def _without_partial(text: str) -> str:
    """Return a passage with its clauses giving an outcome in part blanked: what it tells whole elsewhere."""
    return _CLAUSE.sub(lambda clause: " " * len(clause.group()) if _PARTIAL.search(clause.group()) else clause.group(),
                       text)
