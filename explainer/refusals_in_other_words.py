"""A refusal told in other words than a negation: read as a negation added or dropped, these honest sentences were refused.

polarity.py reads "rejected" and "stayed away from" as negations, and a passage's "said the proposal was
unacceptable" or a sentence's "boycotted the meeting" as none. Two such pairs restate each other (factcheck_208):

- a thing rejected and the same thing judged unacceptable by the same subject: "Kabul rejected the proposal" of "A
  spokesman for Kabul said the proposal was unacceptable" (or "unworkable", "out of the question", "a non-starter");
  the thing is named a few words before the judgement, with a verb of being or "called" between ("called the
  proposal unacceptable");
- a meeting (or talks, a vote, a ceremony, parliament, ...) boycotted and the same one stayed away from ("Union
  members stayed away from the meeting in protest", "Opposition members stayed away from parliament"), or refused or
  declined to attend: a boycott is staying away, and a passage telling the absence with no protest named backs it as
  "boycotted" (factcheck213; factcheck_208 had refused it).

Each is read only where the negative clause's one negation is such a word ("rejected"; "stayed away", "refused"), not
a "not" ("did not reject", "did not boycott" stay turned), and the positive clause holds the other side's words.
"""

from __future__ import annotations

import re

from . import patterns

# A judgement that refuses the thing before it: "the proposal was unacceptable", "called the plan a non-starter",
# or an insult to those it is made to ("described the offer as an insult" of "rejected the offer, which she called
# an insult": the sentence's judgement was read as the rejection dropped, factcheck215)
_UNACCEPTABLE = (r"(?:[\"“']\s*)?(?:unacceptable|unworkable|inacceptable|out\s+of\s+the\s+question"
                 r"|(?:a\s+)?non[\s-]?starter|(?:a\s+)?dead\s+end|(?:an\s+)?insult(?:ing)?)")
_JUDGED = patterns.compile(rf"(?<!\w)(?P<thing>[^\W\d_]+)\s+(?:(?:is|was|were|are|would\s+be|will\s+be|remains"
                           rf"|remained|as)\s+)?(?:(?:simply|totally|completely|wholly|entirely|clearly|still"
                           rf"|utterly)\s+)?{_UNACCEPTABLE}(?!\w)", re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PASSIVE_SUBJECT = patterns.compile(r"(?<!\w)(?P<thing>[^\W\d_]{4,})\s+(?:has\s+been|have\s+been|had\s+been|is|was|were"
                                    r"|are)\s+(?:\w+ly\s+)?(?:rejected|refused)(?!\w)", re.IGNORECASE)
_REJECTING = frozenset({"reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "refusing"})

# A boycott, in any form, and what is refused to attend
_BOYCOTT = patterns.compile(r"(?<!\w)boycott(?:s|ed|ing)?(?!\w)", re.IGNORECASE)
_ATTEND = patterns.compile(r"(?<!\w)(?:refus|declin)\w*\s+to\s+(?:attend|join|take\s+part\s+in|participate\s+in"
                           r"|go\s+to|turn\s+up\s+(?:at|to|for)|show\s+up\s+(?:at|to|for))(?!\w)", re.IGNORECASE)
_STAYED_AWAY = frozenset({"stay", "stays", "stayed", "staying", "kept", "keep", "keeps", "keeping"})
_PREFIX = 5


def judged_unacceptable(negations: set[str], predicate: str, positive: str, negative: str = "") -> bool:
    """Say whether a clause negated only by a verb of rejecting (`negations`, folded) whose predicate is `predicate`
    ("proposal") is restated by a positive clause judging that thing unacceptable ("the proposal was unacceptable");
    in the passive ("The proposal was rejected by Kabul"), the thing is the subject before the verb."""
    if not negations or not negations <= _REJECTING:
        return False
    passive = _PASSIVE_SUBJECT.search(negative)
    if passive:
        predicate = passive["thing"]
    if len(predicate) < 4:
        return False
    return any(match["thing"].casefold().startswith(predicate.casefold()[:_PREFIX])
               and not _NOT_BEFORE.search(positive, max(0, match.start("thing") - 30), match.start("thing"))
               for match in _JUDGED.finditer(positive))


def boycott_as_staying_away(negations: set[str], negative: str, predicate: str, positive: str) -> bool:
    """Say whether a positive clause telling a boycott of a thing ("boycotted the meeting") and a negative one telling
    that thing stayed away from (in protest or not) or refused to attend restate each other."""
    boycott = _BOYCOTT.search(positive)
    if boycott is None or not predicate or _NOT_BEFORE.search(positive, max(0, boycott.start() - 30), boycott.start()):
        return False
    if not any(word.casefold().startswith(predicate.casefold()[:_PREFIX])
               for word in re.findall(r"[^\W\d_]+", positive[boycott.end():])[:4]):
        return False  # another thing boycotted: "boycotted the vote" of "stayed away from the meeting"
    if negations and all(span.split()[0] in _STAYED_AWAY for span in negations):
        return True  # "stayed away from parliament", with or without "in protest" (factcheck213)
    return bool(negations <= _REJECTING | {"declined", "declines", "decline"} and _ATTEND.search(negative))
