"""An "unless" told as "if": what a passage says happens unless something else does may not be told as happening if
it does.

"The duties become final by November if a deal is reached" citing "They become final by November unless a deal is
reached between the two governments" keeps every word and turns the condition round: conditions.py takes the
sentence's own "if" as the condition kept, and inverted_conditions.py reads "whether or not" and "even if" only. A
sentence is refused where its "if" clause shares a word of four letters or more with a cited passage's "unless"
clause (two, where it has two), the rest of the sentence holds every such word of the act the passage conditions but
its times and figures ("become final", not "by November": "Fares will stay the same in April if the council approves
the subsidy" of "Fares will rise by 5% in April unless ..." lacks "rise"), the passage does not deny the act ("will
not release the money unless reforms are passed" releases it if they are), and nothing in the
sentence turns it back: a negation ("if no deal is reached", "will not become final"), a failure ("if talks fail"),
a refusal ("if management refused to improve its offer", "kept its offer"), an end or a change of course ("the duties
will lapse", "be lifted", "instead of", "call off"), its own "unless", "whether" or "even if". English text is read (tests/test_newuser_135.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked

_UNLESS = patterns.compile(r"(?<![\w-])unless\s+(?P<condition>[^.;:!?,]{3,160})", re.IGNORECASE)
# the sentence's "if" clause: to its comma when it opens the sentence or a clause ("If a deal is reached, ..."), else
# to its clause's end; not "as if", "even if", "asked if", "what if", "if any", "if not"
_IF = patterns.compile(r"(?<![\w-])(?<!as\s)(?<!even\s)(?<!asked\s)(?<!what\s)(?<!wonder\s)if\s+(?!any\b|not\b)"
                       r"(?P<condition>[^.;:!?,]{3,160})", re.IGNORECASE)
# a word that turns the condition back, so the sentence may say the same with "if"
_TURNED_BACK = patterns.compile(
    r"(?<![\w-])(?:not|no|none|never|n['’]t|without|fail\w*|unless|whether|even|lapse[sd]?|lapsing|drop\w*|lift\w*"
    r"|scrap\w*|remov\w*|withdr\w*|cancel\w*|avert\w*|avoid\w*|prevent\w*|stop\w*|halt\w*|end|ends|ended|ending"
    r"|instead|rather|collaps\w*|break\w*\s+down|broke\s+down|abandon\w*|suspend\w*|waiv\w*|repeal\w*|revok\w*"
    r"|spar\w*|keep\w*\s+(?:\w+\s+){0,2}from|kept\s+(?:\w+\s+){0,2}from|otherwise|call\w*\s+(?:\w+\s+){0,2}off"
    r"|postpon\w*|delay\w*|back\w*\s+down|put\s+off|hold\w*\s+off|held\s+off|refus\w*|reject\w*|declin\w*|den(?:y|ies"
    r"|ied)|oppos\w*|block\w*|veto\w*|turn\w*\s+down|keep|keeps|kept|short)(?![\w-])", re.IGNORECASE)
# a passage's act it denies: "will not release the money unless reforms are passed" is "if" they are
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|no|never|n['’]t|none|nothing)(?![\w-])", re.IGNORECASE)
# when the act is: no word of what it is ("become final by November": "become final")
_TIMES = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "today", "tomorrow", "week", "month", "year", "next", "later", "soon", "first"})
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "will", "would", "have", "been", "there", "their", "they",
                          "them", "then", "when", "what", "which", "said", "says", "could", "should", "also"})


def unless_told_as_if(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as happening "if" a condition is met what its cited passages say happens
    "unless" it is."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    own = _IF.search(spoken)
    if own is None or _TURNED_BACK.search(spoken):
        return []  # most sentences set no condition, and one turned back says the same
    condition = content_words(own["condition"], _NOT_CONTENT)
    act = content_words(spoken[:own.start()] + " " + spoken[own.end():], _NOT_CONTENT)
    for passage in passages:
        for theirs, before, after in _unless_clauses(passage.text):
            if len(condition & after) >= min(2, len(after)) and before and before <= act:
                shown = " ".join(theirs.split())
                return [Finding(offset, f"this sentence says it happens '{' '.join(own.group().split())}', where its "
                                        f"cited passages say it happens '{shown}': {clipped(text)}",
                                f"keep the source's condition ('{shown}'), or cite a passage that says it happens if "
                                "that is done")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _unless_clauses(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Return each "unless" clause of a passage as written, with the content words of the act it conditions (its
    sentence before it) and of the condition."""
    found = []
    for match in _UNLESS.finditer(text):
        sentence_start = max(text.rfind(stop, 0, match.start()) for stop in ".;:!?") + 1
        act = text[sentence_start:match.start()]
        if _NEGATED.search(act):
            continue  # "will not release the money unless reforms are passed" releases it if they are
        found.append((match.group(), content_words(act, _NOT_CONTENT) - _TIMES - _figures(act),
                      content_words(match["condition"], _NOT_CONTENT)))
    return tuple(found)


def _figures(text: str) -> frozenset[str]:
    """Return the figures of text as content_words folds them, which say when or how much, not what."""
    return frozenset(word for word in content_words(text, frozenset()) if word[:1].isdigit())
