"""An application not told as granted: "One in five has taken jobs abroad" may not cite "one in five has applied for
jobs abroad", nor "Two in three households have received grants" cite "two in three households have applied for
grants" (tests/test_factcheck250.py).

weighed_acts.py reads an act weighed ("would consider suing"), possible_done.py a modal's; applying for a thing is
neither, and a sentence telling the thing got shared every word but the verb. A sentence is refused where it tells a
thing taken, got or given ("taken", "got", "found", "landed", "secured", "won", "obtained", "received", "been
granted", "been given", "been offered", "started") that a cited passage gives only as applied for ("applied for",
"applying for", "apply for", "applications for"), and no cited passage tells it got. A sentence that tells the
application itself ("applied", "application") or denies the thing got ("not", "no", "yet") tells no more. English
text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_WORD = r"[^\W\d_][\w'’-]*"
_GOT = (r"(?:taken|took|takes|take|got|gotten|gets|found|finds|landed|lands|secured|secures|won|wins|obtained"
        r"|obtains|received|receives|(?:been|were|was|be)\s+(?:granted|given|offered|awarded)|started|starts"
        r"|accepted|begun|began)")
# "applied for jobs abroad", "applications for grants": the thing applied for, its article aside
_APPLIED = patterns.compile(rf"(?<![\w'’-])(?:appl(?:y|ies|ied|ying)|applications?)\s+for\s+"
                            rf"(?:(?:a|an|the|new|their|its|his|her)\s+)?(?P<thing>{_WORD}(?:\s+{_WORD})?)",
                            re.IGNORECASE)
_TOLD_GOT = patterns.compile(rf"(?<![\w'’-]){_GOT}\s+(?:(?:a|an|the|new|their|its|his|her|up)\s+)?"
                             rf"(?P<thing>{_WORD}(?:\s+{_WORD})?)", re.IGNORECASE)
_NOT_GOT = patterns.compile(r"(?<![\w'’-])(?:appl\w*|not|no|never|none|n['’]t|yet|hop\w*|seek\w*|sought"
                            r"|tr(?:y|ies|ied)|want\w*)(?![\w'’-])", re.IGNORECASE)


def application_told_granted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells got a thing its cited passages give only as applied for."""
    if not in_english(language) or not any("appl" in passage.text for passage in passages):
        return []  # most passages tell no application: a str search each
    spoken = markers_blanked(text)
    if _NOT_GOT.search(spoken):
        return []
    applied = {_stem(match["thing"]): match for passage in passages for match in _APPLIED.finditer(passage.text)}
    if not applied:
        return []
    for told in _TOLD_GOT.finditer(spoken):
        stem = _stem(told["thing"])
        if stem in applied and not any(_stem(other["thing"]) == stem for passage in passages
                                       for other in _TOLD_GOT.finditer(passage.text)):
            said = " ".join(applied[stem].group().split())
            return [Finding(offset + told.start(), f"this sentence tells as got ('{' '.join(told.group().split())}') "
                                                   f"what its cited passages give only as applied for ('{said}'): "
                                                   f"{clipped(text)}",
                            "say that it was applied for, as the source does, or cite a passage that tells it got")]
    return []


def _stem(thing: str) -> str:
    """The first word of the thing, its plural's "s" off: "jobs abroad" and "a job" are one thing."""
    word = thing.split()[0].casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
