"""A decision told as not unanimous, where its passages give the split: "The decision was not unanimous" citing "In
a 2-1 decision".

unbacked_deeds.py reads "unanimous" as a deed a passage must tell ("by 12 votes to 3" backs no "unanimous"): told
negated ("was not unanimous", "wasn't unanimous", "far from unanimous"), it says the opposite, that someone voted or
ruled against, which a split with a vote against ("2-1", "6–3", "by seven votes to two") or a dissent ("dissented",
"in dissent") tells. Such a sentence was refused as telling a unanimity no passage gives (tests/test_newuser_69.py).
A negated unanimity its passages give no split for stays refused there. English text is read.
"""

from __future__ import annotations

import re

from . import patterns

UNANIMOUS = frozenset({"unanimous", "unanimously"})
# the words before the deed, as unbacked_deeds._words_before gives them: lowercased, each after a space ("n't" is "t")
_NEGATED = patterns.compile(r" (?:not|never|t|far from|short of|less than)(?: (?:quite|entirely|fully|wholly))?$")
_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPLIT = patterns.compile(rf"(?<![\w.,-])(?P<for>{_COUNT})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)"
                          rf"(?P<against>{_COUNT})"
                          r"(?![\w%-]|[.,]\d)", re.IGNORECASE)
_DECIDED = ("decision", "ruling", "vote", "voted", "verdict", "split", "panel", "majority", "judges", "bench")
_NEAR = 40
_DISSENT = patterns.compile(r"(?<!\w)dissent(?:ed|ing|s)?(?!\w)", re.IGNORECASE)


def negated(before: str) -> bool:
    """Say whether the words before "unanimous" (as unbacked_deeds reads them) negate it: "was not unanimous"."""
    return bool(_NEGATED.search(before))


def split_told(passages: list[str]) -> bool:
    """Say whether a passage tells a decision with a vote against it: a split of two counts, the second not nought,
    named as a decision's, or a dissent."""
    for text in passages:
        if "dissent" in text.lower() and _DISSENT.search(text):
            return True
        for match in _SPLIT.finditer(text):
            near = text[max(0, match.start() - _NEAR):match.end() + _NEAR].lower()
            if match["against"].lower() not in ("0", "zero") and any(word in near for word in _DECIDED):
                return True
    return False
