"""What was ended: "The class action was settled" may not cite a passage where only the commission's own investigation
was settled.

case_endings.py backs a case told settled (dropped, withdrawn, dismissed) by any word of that ending in a cited
passage; "The commission settled its own investigation of Chirpline" then backed "The class action was settled",
another proceeding. A passage's ending is read with the thing it ends: the first of a case's or an inquiry's words up to
four words after it ("settled its own investigation"), or before "was"/"were"/"been" and it ("the probe was
dropped"), or after "settlement of (over, in, with)". An ending naming no such thing ("the two sides settled",
"agreed to pay $10 million") backs any case, as before; one naming a thing backs a sentence's case where it is the
same thing, or both are suits (a case, lawsuit, suit, action, class action, claim, complaint, litigation). English
text is read (tests/test_factcheck_103.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns

# A court's proceedings, one thing however named: "the case was settled" is the class action's settlement
_SUITS = frozenset({"case", "lawsuit", "suit", "action", "class action", "claim", "complaint", "litigation"})
_THINGS = (r"class[\s-]+action|cases?|lawsuits?|suits?|actions?|claims?|charges?|complaints?|litigation|appeals?"
           r"|disputes?|allegations?|prosecutions?|proceedings|petitions?|investigations?|probes?|inquir(?:y|ies)"
           r"|enquir(?:y|ies)|audits?|reviews?")
_AFTER = patterns.compile(rf"^(?:\s+(?:of|over|in|with|for)\b)?(?:\s+[\w'’-]+){{0,4}}?\s+(?P<thing>{_THINGS})"
                          r"(?![\w-])", re.IGNORECASE)
_BEFORE = patterns.compile(rf"(?<![\w-])(?P<thing>{_THINGS})(?:\s+[\w'’,-]+){{0,6}}?\s+(?:was|were|is|are|has\s+been"
                           r"|have\s+been|had\s+been|been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_STEM = patterns.compile(r"(?<![\w-])(?:settl|dropp|drop\b|drops\b|abandon|withdr|discontinu|dismiss|resolv)\w*",
                         re.IGNORECASE)


def other_thing_ended(case: str, stems: tuple[str, ...], passages: list) -> str:
    """Return the thing the cited passages end (by a word beginning with one of `stems`) where none of their endings
    ends `case` or names no thing (""), else ""."""
    case = _thing(case)
    others = []
    for passage in passages:
        for thing in _ended(passage.text, stems):
            if not thing or thing == case or (thing in _SUITS and case in _SUITS):
                return ""
            others.append(thing)
    return others[0] if others else ""


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ended(text: str, stems: tuple[str, ...]) -> tuple[str, ...]:
    """Return the thing each ending of a passage (a word beginning with one of `stems`) ends, "" where it names none."""
    words = tuple(stem.strip() for stem in stems if " " not in stem.strip())
    # an ending told in a phrase ("agreed to pay", "reached a deal") names no thing it ends
    found = ["" for stem in stems if " " in stem.strip() and stem in text.lower()]
    for match in _STEM.finditer(text):
        if not match.group().lower().startswith(words):
            continue
        after = _AFTER.match(text[match.end():match.end() + 60])
        before = None if after else _BEFORE.search(text[max(0, match.start() - 80):match.start()])
        found.append(_thing((after or before)["thing"]) if after or before else "")
    return tuple(found)


def _thing(written: str) -> str:
    """Return a thing's word folded, a plural as its singular ("investigations" as "investigation")."""
    word = " ".join(re.split(r"[\s-]+", written.casefold()))
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "proceedings")) else word
