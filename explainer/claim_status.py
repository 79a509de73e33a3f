"""A claim's status kept to its passages: a claim marked `reported` (the source reports it as fact) or `acknowledged`
(a party admits it) may not cite only passages that give it as someone's claim.

"status: reported" citing "The Taliban claimed that 55 Pakistani soldiers were killed" (or "alleged", "allegedly",
"purportedly") tells the reader the source vouches for what it only passes on. It is refused where every cited
passage gives its words so and none gives them as the status says ("acknowledged", "admitted", "conceded",
"confirmed" for `acknowledged`); "claims" as a thing ("the insurance claims", "its claims") is not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, locale_word_pattern

_CLAIMED = patterns.compile(r"(?<!\w)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ba\s)"
                            r"(?<!\ban\s)(?<!\binsurance\s)(?:claim(?:s|ed)|alleg(?:es|ed|edly)|purported(?:ly)?)(?!\w)",
                            re.IGNORECASE)
_ADMITTED = patterns.compile(r"(?<!\w)(?:acknowledg\w*|admit\w*|conced\w*|confirm\w*)", re.IGNORECASE)
MEANING = {"reported": "the source reports it as fact", "acknowledged": "a party admits it"}


def claimed_in_passages(status: str, passages: list[Cited]) -> str:
    """Return the word by which every cited passage gives a `reported` or `acknowledged` claim as someone's claim
    ("claimed"), or "" where one does not."""
    if status not in MEANING or not passages:
        return ""
    if status == "acknowledged" and any(_ADMITTED.search(passage.text) for passage in passages):
        return ""
    # or by a hedge its language's locale lists ("Аргения якобы готовит ..."): unread, `reported` cited it and built
    found = [_CLAIMED.search(passage.text) or _hedged(passage) for passage in passages]
    return found[0].group() if all(found) else ""


def _hedged(passage: Cited) -> re.Match | None:
    """Return the first hedge of the passage's language's locale in it ("якобы", "angeblich"), or None."""
    return locale_word_pattern("hedges", passage.language).search(passage.text) if passage.language else None
