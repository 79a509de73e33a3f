"""A cause kept to the source: "Asif declared an all-out war because of the drone strikes" may not cite passages that
give no cause at all ("airstrikes ..., soon after which ... Asif ... declared").

A sentence gives a cause by "because", "due to", "owing to", "as a result of", "in retaliation for", "in response
to", or "caused", "prompted", "triggered" or "sparked" by. It is refused where none of its cited passages gives a
cause or a reason in any words (those, "led to", "result", "reason", "why", "so", "blamed", "retaliat...",
"respon...", "over", "thanks to", ...): one thing after another ("soon after which") is an order, not a cause.
A negated cause ("not because") is no claim; words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

# "due to" before a verb schedules ("the ministers are due to meet on 3 March"): no cause
_SCHEDULED_VERBS = ("be|meet|begin|start|resume|end|arrive|leave|return|visit|travel|vote|hold|sign|open|close|expire"
                    "|take|appear|testify|report|announce|publish|deliver|rule|decide|hear|launch|complete|finish"
                    "|retire|step|come|go|make|give|receive|release|face|land|present|submit|enter|speak|address"
                    "|attend|host|join|pay|debate|consider|review|issue|run|last|remain|apply|lapse|stand|sit|convene"
                    "|conclude|continue|rise|fall|reach|become")
_CAUSE = patterns.compile(r"(?<!\w)(?:because|due\s+to(?!\s+(?:" + _SCHEDULED_VERBS + r")(?!\w))|owing\s+to"
                          r"|as\s+a\s+result\s+of|in\s+retaliation\s+(?:for|against)|in\s+response\s+to|(?:caused|prompted|triggered|sparked)\s+by)(?!\w)", re.IGNORECASE)
# Any words with which a passage gives a cause or a reason: what backs a sentence's cause, whichever it names
_ANY_CAUSE = patterns.compile(
    r"(?<!\w)(?:because|due|owing|result\w*|retaliat\w*|respon\w+|caus\w+|prompt\w*|trigger\w*|spark\w*|led\s+to"
    r"|lead\w*\s+to|reasons?|why|so|therefore|thus|hence|blam\w+|over|amid|thanks\s+to|fuel\w*|driven|drove"
    r"|forced|motivat\w+|provok\w+|protest\w*)(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:\w+\s+)?$", re.IGNORECASE)


def invented_causes(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a cause and none of its cited passages gives any."""
    if not in_english(language) or not _holds_cause(text):
        return []  # most sentences give no cause: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    cause = next((match for match in _CAUSE.finditer(spoken) if not inside(quoted, match.start())
                  and not _NEGATED.search(spoken, max(0, match.start() - 16), match.start())), None)
    if cause is None or not passages or any(_ANY_CAUSE.search(passage.text) for passage in passages):
        return []
    return [Finding(offset, f"this sentence gives a cause ('{' '.join(cause.group().split())}') where its cited "
                            f"passages give none: {clipped(text)}",
                    "say only what the source says (one thing after another is no cause), or cite a passage that "
                    "gives the cause")]


_HOLDS = frozenset({"because", "due", "owing", "result", "retaliation", "response", "caused", "prompted", "triggered",
                    "sparked"})


def _holds_cause(text: str) -> bool:
    """Say whether text may give a cause: False only where its words surely hold none of those a cause starts with."""
    return may_hold(text, _HOLDS)
