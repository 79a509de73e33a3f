"""A fragment that only names a topic tells nothing as fact: a quote's `context` "Of Arvena's wine tariff." (or "On the
talks in Vienna.", "About the offer.") citing "Ms Okafor also rejected Arvena's claim that the wine tariff was a fair
response, calling it "pure retaliation"" was refused as Arvena's claim told as fact, as it shares "Arvena" and
"tariff" with the claim, while "About the wine tariff." built (tests/test_newuser143.py).

Read narrowly: the text opens with a preposition of topic ("On", "Of", "About", "Over", "Regarding", "Concerning",
"Asked about", "In response to", "Speaking of"), is one clause (no comma, semicolon or colon), and holds no verb a
claim is told with: no auxiliary or copula ("was", "is", "has", "will") and no word ending "-ed" ("On the deal signed
in June" tells the deal signed). A word ending "-s" is read as no verb, as "talks" is a noun as often. English text is
read.
"""

from __future__ import annotations

import re

from . import patterns

_TOPIC_OPENING = patterns.compile(r"\W*(?:on|of|about|over|regarding|concerning|asked\s+about|in\s+response\s+to"
                                  r"|responding\s+to|speaking\s+(?:of|about)|when\s+asked\s+about)\s", re.IGNORECASE)
_TOLD = patterns.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can"
                         r"|could|may|might|must|do|does|did|[a-z]+ed)(?![\w'’-])|[,;:]", re.IGNORECASE)
_LONGEST = 120  # characters: a context's note, no paragraph


def names_a_topic_only(text: str) -> bool:
    """Say whether text is a fragment that only names what something was said of ("Of Arvena's wine tariff.")."""
    return len(text) <= _LONGEST and bool(_TOPIC_OPENING.match(text)) and not _TOLD.search(text.rstrip(" .!?"))
