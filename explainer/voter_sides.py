"""A voter's side kept: "Calder Investors said it would vote against the deal" may not cite "the pension fund Calder
Investors, which holds 11% of the shares, said it would vote in favour".

Every figure stands and no negation is added, so a vote told on the other side built (tally_sides.py reads counts of a
tally, named_voters.py members named after a group's vote). A sentence's vote with a side ("vote for", "voted in
favour of", "votes to approve"; "vote against", "voted to reject") is refused where a cited passage gives a vote of
the same voter (a capitalised word of three letters or more, before the vote and after any vote before it in its
sentence, that both name: "Calder") the other side only. Votes whose voter the passages do not name, negated votes
("will not vote against") and words in quotation marks are not read; "vote for" of "vote against" is polarity.py's
(its "against" a negation). English text is read (tests/test_newuser146.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted

# "vote in favour", "voted for", "votes to approve"; "vote against", "voting to reject"
_VOTE = patterns.compile(r"(?<!\w)vot(?:e|es|ed|ing)\s+(?:(?P<for>in\s+favou?r|for"
                         r"|to\s+(?:approve|back|support|accept))|(?P<against>against|to\s+(?:reject|block|oppose)))"
                         r"(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w-]{2,}")  # "Brightmart's" names Brightmart
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "Its", "Their", "They", "She", "Her", "His", "Our",
                        "But", "And", "While", "Under", "After", "Before", "When", "Shareholders", "Investors"})


def voter_side_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a voter the other side of a vote than its cited passages give it."""
    if not in_english(language) or "vot" not in text.casefold():
        return []  # most sentences tell of no vote: found without a pattern
    said = _votes(unquoted(text))
    if not said:
        return []
    given = [vote for passage in passages for vote in _votes(passage.holding or passage.text)]
    for names, side, words in said:
        matched = [(other, given_words) for voters, other, given_words in given if names & voters]
        shared = {name for voters, _, _ in given for name in names & voters}
        sides = {other for other, _ in matched}
        if side == "for" and all("against" in given_words.casefold() for _, given_words in matched):
            continue  # "vote for" of "vote against" is polarity.py's, its "against" a negation: named once
        if sides and side not in sides:
            return [Finding(offset, f"this sentence gives {', '.join(sorted(shared))} a vote {side} ({words!r}), where "
                                    f"its cited passages give a vote {sides.pop()}: {clipped(text)}",
                            "keep the side of the vote the source gives")]
    return []


def _votes(text: str) -> list[tuple[frozenset[str], str, str]]:
    """Return each vote text gives a side, with the names before it (after any vote before it) and its words."""
    if "vot" not in text.casefold():
        return []
    found, start = [], 0
    for match in _VOTE.finditer(text):
        before = text[start:match.start()]
        start = match.end()
        if _NEGATED.search(before[-24:]):
            continue
        names = frozenset(name for name in _NAME.findall(before) if name not in _NOT_NAMES)
        if names:
            found.append((names, "for" if match["for"] else "against", match.group(0)))
    return found
