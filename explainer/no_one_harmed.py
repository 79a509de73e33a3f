"""A harm denied of everyone, backed by a passage that denies it: "Nobody was reported killed" citing "No casualties
were reported", "No one was killed in the attack" citing "The attack caused no casualties".

unbacked_deeds.py read "killed" as a killing told and found no word of killing in "No casualties were reported"
(tests/test_factcheck_197.py). A killing or a wounding told of a subject naming no one ("nobody", "no one", "none of
the ...", "no passengers" ..., an auxiliary, "reported", "said to have been" between, a second harm before "or"/"and":
"No one was reported killed or injured") denies the harm; it is backed where a passage denies the same harm or a wider
one: "no casualties", "no deaths", "no injuries", "without loss of life", "no one was hurt", "no reports of
casualties". Whether the passage gives the absence only as unreported is unreported.py's to name, once. A passage
telling people killed backs no denial here (polarity.py names the negation added). English text is read.
"""

from __future__ import annotations

import re

from . import patterns

# A subject naming no one and what may stand between it and the harm: "Nobody was", "No one has been reported",
# "None of the crew were said to have been", "No passengers were", "No one was killed or"
_DENIED_OF_ALL = patterns.compile(
    r"(?<!\w)(?:nobody|no[\s-]one|none(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?|no\s+[a-z]+)"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got)"
    r"(?:\s+(?:reported(?:ly)?|said|thought|believed|known|confirmed)(?:\s+to\s+have\s+been)?)?"
    r"(?:\s+(?:seriously|fatally|badly))?(?:\s+[a-z]+\s+(?:or|and))?\s+$", re.IGNORECASE)
_REACH = 90  # characters before the harm: the subject, its auxiliary, "reported", a first harm and "or"

# Each harm a sentence denies, and the words of a passage's denial that back it (a wider harm backs a narrower one:
# "no casualties" backs "nobody was killed" and "nobody was injured"; "no deaths" backs no "nobody was injured")
_KILLED = frozenset({"killed", "slain", "murdered"})
_HURT = frozenset({"injured", "wounded", "hurt", "harmed"})
_DEATHS = r"casualties|deaths|fatalities|victims|dead|killed|died|loss\s+of\s+life|lives\s+(?:were\s+)?lost"
_INJURIES = r"casualties|injuries|injured|wounded|hurt|harmed"
_PASSAGE_DENIES = {
    "killed": patterns.compile(
        rf"(?<!\w)(?:no|without(?:\s+any)?|nobody|no[\s-]one)\s+(?:[a-z]+\s+){{0,3}}?(?:{_DEATHS})(?!\w)", re.IGNORECASE),
    "hurt": patterns.compile(
        rf"(?<!\w)(?:no|without(?:\s+any)?|nobody|no[\s-]one)\s+(?:[a-z]+\s+){{0,3}}?(?:{_INJURIES})(?!\w)",
        re.IGNORECASE),
}


def harm_denied_and_backed(text: str, at: int, word: str, passages: list[str]) -> bool:
    """Say whether the harm `word` at `at` in text is denied of everyone ("Nobody was reported killed") and a passage
    denies that harm or a wider one ("No casualties were reported")."""
    kind = "killed" if word in _KILLED else "hurt" if word in _HURT else ""
    if not kind or not _DENIED_OF_ALL.search(text, max(0, at - _REACH), at):
        return False
    return any(_PASSAGE_DENIES[kind].search(passage) for passage in passages)
