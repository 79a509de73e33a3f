"""A vote's count kept with its side: "Six members voted to keep the rate at 4.75%" may not cite "voted 6-3 for the
increase. Three members voted to keep the rate at 4.75%".

vote_splits.py refuses a split turned round ("voted 3-6"); a count of one side given to the other built, every figure
of the source kept (the split's "6" is in it), and the minority told as the majority. A side is a count before "voted",
"preferred", "backed", "favoured", "supported", "opposed" or "dissented" ("Three members voted to keep ...", "six of
them backed ..."), its act the first three words after; a split's own act is the words after it ("voted 6-3 for the
increase": six for the increase). A sentence's count is refused where a cited passage gives the same act to the other
count of a split it gives, and none gives it to the sentence's count. English text is read; words in quotation marks
are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .vote_splits import _COUNT, _count, _splits

_SIDE = patterns.compile(rf"(?<![\w.,-])(?P<count>{_COUNT})\s+(?:(?:of\s+(?:them|the\s+[\w-]+)|[\w-]+)\s+){{0,2}}?"
                         r"(?:voted|vote|preferred|prefer|backed|back|favou?red|supported|opposed|dissented|wanted)"
                         r"\s+(?P<act>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.IGNORECASE)
_SPLIT_ACT = patterns.compile(r"\s+(?P<act>(?:for|to|against|in\s+favou?r\s+of)(?:\s+[\w'’-]+){1,2})", re.IGNORECASE)
_VOTE = ("vot", "prefer", "back", "favo", "support", "oppos", "dissent")


def count_on_other_side(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a count a sentence gives to one side of a vote its passages give to the other side."""
    lowered = text.lower()
    if not any(word in lowered for word in _VOTE) or not in_english(language):
        return []  # most sentences name no vote
    spoken = markers_blanked(text)
    said = [match for match in _SIDE.finditer(spoken) if not inside(quoted_parts(spoken), match.start())]
    if not said:
        return []
    acts: dict[str, set[int]] = {}
    splits: set[frozenset[int]] = set()
    for passage in passages:
        if not in_english(passage.language or language):
            continue
        for (votes_for, against), match in _splits(passage.text):
            splits.add(frozenset((votes_for, against)))
            if act := _SPLIT_ACT.match(passage.text, match.end()):
                acts.setdefault(_act(act["act"]), set()).add(votes_for)
        for match in _SIDE.finditer(passage.text):
            acts.setdefault(_act(match["act"]), set()).add(_count(match["count"]))
    for match in said:
        count, theirs = _count(match["count"]), acts.get(_act(match["act"]), set())
        others = {other for other in theirs if frozenset((count, other)) in splits and other != count}
        if others and count not in theirs:
            return [Finding(offset + match.start(),
                            f"this sentence gives {match['count']} as voting '{' '.join(match['act'].split())}' where "
                            f"its cited passages give {min(others)} so, the other side of the vote: {clipped(text)}",
                            "give each side's count as the source does")]
    return []


def _act(words: str) -> str:
    return " ".join(words.lower().split()[:3])
