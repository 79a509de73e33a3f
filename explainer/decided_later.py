"""A question left to a later hearing told as decided: "The question of legal costs has been decided" may not cite
"The question of legal costs will be decided at a later hearing."

A passage giving a question as still to be decided ("will be decided", "is to be determined", "will be settled",
"would be ruled on", "remains to be decided", "is yet to be decided") does not back a sentence telling it decided:
a passive ("was decided", "have been determined", "were settled") or "has decided who ...", "decided how ...", and
who pays the costs told as settled ("The Daily Courier will pay the costs", "was ordered to pay the costs"). It is
refused where the sentence shares a word of four letters or more (its verbs aside) with the passage's sentence, no
cited passage gives a decision taken itself, and the sentence's decision is not negated ("has not been decided",
"has yet to be decided", "is still to be decided", "nothing has been decided"), nor in a clause of time or
condition ("Once legal costs have been decided, ..."). English text is read; words in quotation marks are not
(tests/test_newuser_134.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

_VERB = r"(?:decided|determined|settled|resolved|ruled\s+on|assessed)"
# still to be decided: "will be decided at a later hearing", "is to be determined", "remains to be settled"
_PENDING = patterns.compile(rf"(?<!\w)(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:still\s+|yet\s+)to"
                            rf"|remains?\s+to|has\s+yet\s+to|have\s+yet\s+to)\s+be\s+{_VERB}(?!\w)", re.IGNORECASE)
# told as decided: "was decided", "has been determined", "have now been settled", "has decided who", "decided how"
_TOLD = patterns.compile(rf"(?<!\w)(?:(?:was|were|(?:has|have|had)\s+(?:now\s+|already\s+|finally\s+)?been)\s+"
                         rf"(?:now\s+|already\s+|finally\s+)?"
                         rf"{_VERB}|(?:has|have|had)\s+(?:now\s+|already\s+)?decided\s+(?:who|how|which|what|whether)"
                         rf"|decided\s+(?:who|how|which)\s)", re.IGNORECASE)
# who pays the costs told as settled: "The Daily Courier will pay the costs", "was ordered to pay the legal costs";
# not where it may ("could have to pay"), nor asked ("who must pay the costs"), read by _NEGATED_BEFORE and _WHEN
_PAYER_TOLD = patterns.compile(r"(?<!\w)(?<!could\s)(?<!might\s)(?<!may\s)(?<!would\s)"
                               r"(?:will|must|(?:has|have|had)\s+to|(?:is|are)\s+to"
                               r"|(?:was|were|(?:has|have)\s+been)\s+ordered\s+to)\s+pay\s+"
                               r"(?:all\s+)?(?:the\s+|its\s+|their\s+|his\s+|both\s+sides['’]\s+)?(?:legal\s+)?costs"
                               r"(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?:(?<!\w)(?:not|never|yet|no|nothing|none|neither)|n['’]t)\W*(?:\w+\W+)?$",
                                   re.IGNORECASE)
# a decision to come named in a clause of time or condition: "Once legal costs have been decided, ..."
_WHEN = patterns.compile(r"(?<!\w)(?:once|when|after|until|till|before|if|unless|whenever|who|whether|which)"
                         r"\s[^,;:.]*$", re.IGNORECASE)
# a sentence opening on a condition or a time to come: "If it loses the costs hearing, the paper will pay the costs"
_OPENING_CONDITION = patterns.compile(r"\s*(?:if|unless|should|once|when|after)\s", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "will", "would", "decided", "determined", "settled", "resolved",
                          "ruled", "assessed", "later", "still", "remains", "shall", "already", "finally"})


def decided_before_its_hearing(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as decided what its cited passages give as still to be decided."""
    if not in_english(language) or not any(word in text for word in ("decided", "determined", "settled", "resolved",
                                                                      "ruled on", "assessed", "pay")):
        return []
    pending = [found for passage in passages for found in _pending(passage.text)]
    if not pending:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in [*_TOLD.finditer(spoken), *_PAYER_TOLD.finditer(spoken)]:
        if (inside(quoted, told.start()) or _NEGATED_BEFORE.search(spoken, max(0, told.start() - 16), told.start())
                or _WHEN.search(spoken, 0, told.start())
                or _OPENING_CONDITION.match(sentence_of(spoken, told.start()))):
            continue
        own = content_words(_clause(spoken, told.start()), _NOT_CONTENT)  # "The case was decided; costs will be ..."
        shown = next((shown for shown, words in pending if own & words), "")
        if not shown or any(_TOLD.search(passage.text) for passage in passages):
            continue  # of another question, or a passage gives a decision taken itself
        return [Finding(offset, f"this sentence tells as decided ('{' '.join(told.group().split())}') what its cited "
                                f"passages give as still to be decided ('{shown}'): {clipped(text)}",
                        f"keep the source's words ('{shown}'), or cite a passage that says it was decided")]
    return []


def _clause(text: str, at: int) -> str:
    """Return the clause of text around `at`: its sentence, cut at semicolons and at ", but" or ", and" either side."""
    sentence = sentence_of(text, at)
    start = text.find(sentence)
    cuts = [0, *(cut.end() for cut in _CLAUSE_CUT.finditer(sentence)), len(sentence)]
    where = at - start
    return next((sentence[begin:end] for begin, end in zip(cuts, cuts[1:]) if begin <= where < end), sentence)


_CLAUSE_CUT = patterns.compile(r",\s+(?:and|but|while|whereas)(?!\w)|\s(?:but|while|whereas)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _pending(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return what a passage gives as still to be decided: its words as written, its sentence's content words."""
    return tuple((" ".join(match.group().split()), content_words(sentence_of(text, match.start()), _NOT_CONTENT))
                 for match in _PENDING.finditer(text))
