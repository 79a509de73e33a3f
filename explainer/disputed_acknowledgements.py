"""A claim marked `acknowledged` (a party admits it) may not cite a passage that gives it as disputed or denied.

claim_status.py refuses `acknowledged` only where every cited passage hedges the words ("claimed", "alleged"): a
claim of the utility's marked `acknowledged` citing "The utility disputes the company's account." built
(newuser_138), telling readers the party admits what the source says it contests. A claim marked so is refused where
a cited passage disputes or denies ("disputes", "denies", "rejects", "contests", "challenges", in any tense; not after
"not" or "never": "did not dispute" is near an admission) and none admits, acknowledges, concedes, confirms, accepts
or agrees. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

# after an article or a possessive it names a thing, no one disputing it: "the disputed harvest", "its challenge"
_DISPUTED = patterns.compile(r"(?<!\w)(?<!\bnot\s)(?<!\bnever\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)"
                             r"(?<!\btheir\s)(?<!\bthis\s)(?<!\bthat\s)(?:disput|den(?:y|ies|ied|ying)(?!\w)|reject|contest"
                             r"|challeng|refut|rebut)\w*", re.IGNORECASE)
_ADMITTED = patterns.compile(r"(?<!\w)(?:acknowledg|admit|conced|confirm|accept|agree)\w*", re.IGNORECASE)


def disputed_in_passages(status: str, passages: list[Cited]) -> str:
    """Return the word by which a cited passage disputes what a claim marked `acknowledged` says a party admits,
    where no cited passage admits it, or ""."""
    if status != "acknowledged" or not passages or any(_ADMITTED.search(passage.text) for passage in passages):
        return ""
    found = next(filter(None, (_DISPUTED.search(passage.text) for passage in passages)), None)
    return found.group() if found else ""
