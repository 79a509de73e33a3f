"""A voter's side kept: "Calder Investors said it would vote against the deal" may not cite "the pension fund Calder
Investors, which holds 11% of the shares, said it would vote in favour".

Every figure stands and no negation is added, so a vote told on the other side built (tally_sides.py reads counts of a
tally, named_voters.py members named after a group's vote). A sentence's vote with a side ("vote for", "voted in
favour of", "votes to approve"; "vote against", "voted to reject"), or advice on one ("urged investors to
reject it"), is refused where a cited passage gives a vote of
the same voter (a capitalised word of three letters or more, before the vote and after any vote before it in its
sentence, that both name: "Calder"; of several, those naming the most) the other side only. Votes whose voter the
passages do not name, negated votes ("will not vote against") and words in quotation marks are not read; "vote for" of "vote against" is polarity.py's
(its "against" a negation). English text is read (tests/test_newuser146.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted

# "vote in favour", "voted for", "votes to approve"; "vote against", "voting to reject"
# ... or urges others to: "urged investors to reject it", "urges members to vote for" (advice on a vote is a side)
_VOTE = patterns.compile(r"(?<!\w)(?:vot(?:e|es|ed|ing)\s+(?:to\s+)?|urg(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}?to\s+"
                         r"(?:vote\s+)?)(?:(?P<for>in\s+favou?r|for|approve|back|support|accept)"
                         r"|(?P<against>against|reject|block|oppose))(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w-]{2,}")  # "Brightmart's" names Brightmart
_LONG_WORD = patterns.compile(r"[^\W\d_]{5,}")
_NOT_NAMES = frozenset({"The", "This", "That", "These", "Those", "Its", "Their", "They", "She", "Her", "His", "Our",
                        "But", "And", "While", "Under", "After", "Before", "When", "Shareholders", "Investors"})


def voter_side_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a voter the other side of a vote than its cited passages give it."""
    if not in_english(language) or "vot" not in text.casefold() and "urg" not in text.casefold():
        return []  # most sentences tell of no vote: found without a pattern
    said = _votes(unquoted(text))
    if not said:
        return []
    votes = [vote for passage in passages for vote in _votes(passage.holding or passage.text)]
    for names, side, words, thing in said:
        # the votes naming the most of its names: "undervalues Brightmart" names no voter beside the Alliance
        most = max((len(names & voters) for voters, _, _, _ in votes), default=0)
        closest = [vote for vote in votes if most and len(names & vote[0]) == most]
        matched = [(other, given_words, then) for _, other, given_words, then in closest]
        shared = {name for voters, _, _, _ in closest for name in names & voters}
        sides = {other for other, _, _ in matched}
        if side == "for" and all("against" in given.casefold() or thing & then for _, given, then in matched):
            continue  # polarity.py's: "against", or "reject" before the same words ("the council's plan"), negates
        if sides and side not in sides:
            return [Finding(offset, f"this sentence puts {', '.join(sorted(shared))} {side} ({words!r}), where its "
                                    f"cited passages put them {sides.pop()}: {clipped(text)}",
                            "keep the side of the vote, or of the advice on it, that the source gives")]
    return []


def _votes(text: str) -> list[tuple[frozenset[str], str, str, frozenset[str]]]:
    """Return each vote text gives a side, with the names before it (after any vote before it), its words and the
    words of five letters or more right after it (what it is on)."""
    if "vot" not in text.casefold() and "urg" not in text.casefold():
        return []
    found, start = [], 0
    for match in _VOTE.finditer(text):
        before = text[start:match.start()]
        start = match.end()
        if _NEGATED.search(before[-24:]):
            continue
        names = frozenset(name for name in _NAME.findall(before) if name not in _NOT_NAMES)
        if names:
            thing = frozenset(word.casefold() for word in _LONG_WORD.findall(text, match.end(), match.end() + 40))
            found.append((names, "for" if match["for"] else "against", match.group(0), thing))
    return found
