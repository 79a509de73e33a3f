"""Orders, decisions and retaliation kept to the source: "Khawaja Asif ordered an all-out war" may not cite "Asif
declared an all-out war", nor "the cabinet decided to strike" a passage saying only that strikes were launched, nor
"Pakistan retaliated with airstrikes" one that gives the airstrikes alone.

A sentence gives an order by "ordered" ("orders", "on the orders of"; not "in order to"), a decision by "decided"
("decision"), a permission by "authorised" ("approved"), and retaliation by "retaliated" ("retaliatory", "hit back",
"in revenge", "avenged"; "in retaliation for" is causes.py's). It is refused where none of its cited passages gives
one in any words of the kind (an order by "command", "instructed", "directed", "decree", "required"; a decision by
"chose", "opted", "resolved", "voted", "agreed", "ruled", or a refusal, "rejected"; a permission by those, an order,
"sanctioned", "cleared", "passed", "adopted", "ratified"; retaliation by "reprisal", "in response", "responded",
"counter-attack"). English text is read; words in quotation marks and negated words ("did not order") are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_SAID = {"order": r"(?<!in\s)(?<!and\s)order(?:s|ed|ing)?(?!\s+of\s+magnitude)",
         "decision": r"decid(?:e|es|ed|ing)|decisions?",
         "authorisation": r"authori[sz](?:e|es|ed|ing|ation)|approv(?:e|es|ed|ing|al)(?!\s+ratings?)",
         "retaliation": r"(?<!in\s)retaliat\w*|hit\s+back|hits\s+back|in\s+revenge|aveng(?:e|es|ed|ing)"}
# A refusal decides too: "approved" for "rejected" turns an outcome (polarity.py's, outcomes.py's), invents none
_REFUSED = r"reject\w*|refus\w*|veto\w*|block\w*|den(?:y|ies|ied)|turn\w*\s+down|overturn\w*"
_GIVEN = {"order": r"order\w*|command\w*|instruct\w*|direct(?:ed|ive|ives)|decree\w*|mandate\w*|requir\w*",
          "decision": r"decid\w*|decision\w*|cho(?:se|ose|oses|osen|osing)|opt(?:s|ed|ing)|resolved?|vot(?:e|es|ed|ing)"
                      rf"|agree\w*|determined|rul(?:ed|es|ing)|{_REFUSED}",
          "authorisation": r"authori[sz]\w*|approv\w*|sanction\w*|permi\w+|order\w*|allow\w*|clear(?:s|ed|ing)?"
                           r"|pass(?:es|ed)|adopt\w*|ratif\w*|endors\w*|sign\w*\s+off|green[\s-]?light\w*|go-ahead"
                           rf"|{_REFUSED}",
          "retaliation": r"retaliat\w*|revenge\w*|aveng\w*|reprisal\w*|respon\w*|hit\w*\s+back|counter-?attack\w*"
                         r"|tit-for-tat"}
_SAYS = patterns.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{words})(?![\w-]))" for kind, words in _SAID.items()),
                         re.IGNORECASE)
_GIVES = {kind: patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) for kind, words in _GIVEN.items()}
_HOLDS = frozenset({"order", "orders", "ordered", "ordering", "decide", "decides", "decided", "deciding", "decision",
                    "decisions", "authorise", "authorises", "authorised", "authorising", "authorisation", "authorize",
                    "authorizes", "authorized", "authorizing", "authorization", "approve", "approves", "approved",
                    "approving", "approval", "retaliate", "retaliates", "retaliated", "retaliating", "retaliation",
                    "retaliatory", "hit", "hits", "revenge", "avenge", "avenges", "avenged", "avenging"})
_ARTICLES = {"order": "an ", "decision": "a ", "authorisation": "an ", "retaliation": ""}
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def invented_decisions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives an order, a decision, a permission or retaliation that no cited passage
    gives in any words of its kind."""
    if not in_english(language) or not passages or not may_hold(text, _HOLDS):
        return []  # most sentences give none: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _SAYS.finditer(spoken):
        if inside(quoted, match.start()) or _NEGATED.search(spoken, max(0, match.start() - 16), match.start()):
            continue
        kind = match.lastgroup
        if any(_gives(passage.text, kind) for passage in passages):
            continue
        shown = " ".join(match.group().split())
        return [Finding(offset + match.start(), f"this sentence gives {_ARTICLES[kind]}{kind} ('{shown}') where its "
                                                f"cited passages give none: {clipped(text)}",
                        f"say what was done, as the source does, or cite a passage that gives the {kind}")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _gives(text: str, kind: str) -> bool:
    """Say whether a passage gives an order, a decision, a permission or retaliation in any words of the kind."""
    return _GIVES[kind].search(text) is not None
