"""A speaker of one side of "both sides": "Norlandia's industry groups said the quota was too low" may cite "Industry
groups on both sides said the quota was too low".

What a passage gives to a kind of speaker on both sides ("on both sides", "from both countries", "of the two
parties", "beider Seiten") it gives to that kind of speaker on each side (one_side.py reads a party as a subject so),
and the speaker check read "Norlandia's industry groups" as another speaker than "Industry groups". A sentence's
speaker is one of them where it is the passage's speaker's own words, the "both" phrase taken off, with a name of its
own before them ("Norlandia's", "Norlandian") or after them ("in Norlandia", German's genitive "Norlandias", "aus
Norlandia"). "Only" or "just" before it narrows nothing of who spoke: alone_for_both.py names it. Another kind of
speaker ("Norlandia's environmental groups") stays another (tests/test_factcheck_120.py).
"""

from __future__ import annotations

import re

from . import patterns

_KINDS = (r"sides?|countries|parties|nations|camps|governments|states|neighbou?rs|communities|delegations"
          r"|Seiten|Länder|Staaten|Lager|Parteien|Regierungen")
# the passage's "both" phrase after its speaker's words
_BOTH_AFTER = patterns.compile(rf"\s+(?:(?:on|from|of|in|across)\s+(?:both\s+(?:the\s+)?|the\s+two\s+|each\s+|all\s+)"
                               rf"|(?:beider|aus\s+beiden|in\s+beiden|der\s+beiden)\s+)(?:{_KINDS})$", re.IGNORECASE)
_ARTICLE = patterns.compile(r"^(?:the|die|der|den|des)\s+", re.IGNORECASE)
_NARROWED = patterns.compile(r"^(?:only|just|solely|nur|allein|lediglich)\s+", re.IGNORECASE)  # alone_for_both.py's
_NAME = r"[A-Z][\w'’-]*"
# one side's name before the speaker's words (a possessive or an adjective) or after them
_NAMED_BEFORE = patterns.compile(rf"^(?:{_NAME}\s+)*{_NAME}\s+(?P<kind>.+)$")
_NAMED_AFTER = patterns.compile(rf"^(?P<kind>.+?)\s+(?:(?:in|from|of|aus)\s+(?:the\s+)?{_NAME}(?:\s+{_NAME})*"
                                rf"|{_NAME}s)$")


def one_of_both_sides(words: str, theirs: str) -> bool:
    """Say whether a sentence's speaker (`words`) is the passage's speaker (`theirs`) on both sides, named on one."""
    both = _BOTH_AFTER.search(theirs)
    if both is None:
        return False  # most passages' speakers are no "both sides"
    kind = _folded(_ARTICLE.sub("", theirs[:both.start()].strip()))
    own = _NARROWED.sub("", _ARTICLE.sub("", _NARROWED.sub("", words.strip())))
    return bool(kind) and any(match is not None and _folded(match["kind"]) == kind
                              for match in (_NAMED_BEFORE.match(own), _NAMED_AFTER.match(own)))


def _folded(words: str) -> str:
    """Return words casefolded, one space between them, without an article before them."""
    return " ".join(_ARTICLE.sub("", words).casefold().split())
