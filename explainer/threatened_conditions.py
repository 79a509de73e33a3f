"""A threat keeps its condition: "The union is threatening an indefinite strike" of "The union said it would strike
indefinitely if the offer was not improved" was refused as a condition dropped (factcheck_208).

A threat is a deed promised on a condition, a demand not met: told as a threat ("threatens", "is threatening",
"threatened", "a threat of"), the passage's condition "unless ..." or "if ... not ..." (or "if ... fails", "refuses",
"rejects", "rejected") is kept, as a pledge keeps its pledger's winning office (conditions.py). A condition that is no
demand unmet ("if inflation falls") is not kept by "threatened": "The bank threatened to cut rates" of "would cut rates
if inflation falls" stays refused, as does "warned it would strike", a forecast's verb as often as a threat's.
"""

from __future__ import annotations

from . import patterns

import re

_THREAT = patterns.compile(r"(?<!\w)threat(?:en|ens|ened|ening)?(?!\w)", re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A demand unmet: "unless the offer improves", "if the offer was not improved", "if talks fail"
_UNMET = patterns.compile(r"^\W*(?:unless(?!\w)|if\s+(?:.*?\s)?(?:not|n['’]t|no|never|fails?|failed|refus\w*"
                          r"|reject\w*|ignor\w*)(?!\w))", re.IGNORECASE)


def threat_keeps_condition(sentence: str, condition: str) -> bool:
    """Say whether a sentence tells as a threat what a passage gives on `condition`, a demand unmet."""
    told = _THREAT.search(sentence)
    return bool(told and not _NOT_BEFORE.search(sentence, max(0, told.start() - 20), told.start())
                and _UNMET.search(condition))
