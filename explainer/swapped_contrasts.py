"""A contrast not turned round: "Kestrel sent food, not weapons" may not cite "Kestrel sent weapons, not food", nor
"Harbour is paying shares, not cash" cite "Harbour is paying cash, not shares" (tests/test_factcheck250.py).

An elliptical contrast keeps one thing and denies another: "X, not Y", "X and not Y", "X rather than Y", "X instead
of Y", "not Y but X". polarity.py reads "not Y" as a clause of its own, whose words of four letters or fewer
("food", "cash", "Monday") it cannot match: "Doctors walked out on Tuesday, not Monday" of "on Monday, not Tuesday"
built. A sentence is refused where a contrast of its keeps what a cited passage's contrast denies and denies what that
one keeps. The kept thing is the word right before the contrast; the denied, the words after it up to three, their
articles and prepositions aside. English text is read; words in quotation marks too (a contrast quoted is still one).

A sentence keeping the passage's contrast, with a denial of its own ("Harbour is paying cash, not shares" citing
"Harbour is not paying in shares; it is paying cash"), says what the passage says: `denied_by_own_contrast` tells
polarity.py so, where it was refused as a negation dropped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_WORD = r"[^\W\d_][\w'’-]*"
# "X, not Y" / "X and not Y" / "X rather than Y" / "X instead of Y": the kept word, then up to three words denied
_KEPT_FIRST = patterns.compile(
    rf"(?P<kept>{_WORD})\s*(?:,\s*(?:and\s+|but\s+)?not|\s+and\s+not|,?\s+rather\s+than|,?\s+instead\s+of)\s+"
    rf"(?P<denied>{_WORD}(?:\s+{_WORD}){{0,2}})", re.IGNORECASE)
# "not Y but X": up to three words denied, then the kept thing's words
_DENIED_FIRST = patterns.compile(
    rf"(?<![\w'’-])not\s+(?P<denied>{_WORD}(?:\s+{_WORD}){{0,2}}?),?\s+but\s+(?P<kept>{_WORD}(?:\s+{_WORD}){{0,2}})",
    re.IGNORECASE)
_CHEAP = ("not ", "rather than", "instead of")
# words that say no thing of a contrast: "on Monday, not on Tuesday", "a pay rise, not a bonus"
_NO_THING = frozenset({"a", "an", "the", "on", "in", "at", "for", "over", "with", "to", "of", "by", "from", "its",
                       "their", "his", "her", "our", "is", "are", "was", "were", "be", "it", "they", "as"})


class Contrast(NamedTuple):
    kept: frozenset[str]
    denied: frozenset[str]
    shown: str


def swapped_contrasts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a contrast of text keeps what a cited passage's contrast denies, and denies what it
    keeps."""
    if not in_english(language) or not passages or not any(cue in text for cue in _CHEAP):
        return []  # most sentences draw no contrast
    own = _contrasts(markers_blanked(text))
    if not own:
        return []
    for passage in passages:
        for theirs in _contrasts(passage.text):
            for mine in own:
                if (mine.kept & theirs.denied and mine.denied & theirs.kept
                        and not mine.kept & theirs.kept and not mine.denied & theirs.denied):
                    return [Finding(offset, f"this sentence turns round the contrast of its cited passage "
                                            f"('{theirs.shown}' told as '{mine.shown}'): {clipped(text)}",
                                    "keep what the source keeps and deny what it denies, or cite the words that say "
                                    "what this says")]
    return []


def denied_by_own_contrast(after: str, clause: str, negative: str) -> bool:
    """Say whether a clause keeping a thing (`clause`), followed in its sentence by a contrast denying another
    (`after`: ", not shares"), says what a passage's negative clause (`negative`: "is not paying in shares") denies:
    the passage denies the sentence's denied thing, and does not deny the kept one."""
    match = _KEPT_FIRST.match(_last_word(clause) + after)
    if match is None:
        return False
    denied = _things(match["denied"])
    theirs = {word.casefold() for word in re.findall(_WORD, negative)}
    return bool(denied) and denied <= theirs and _stem(match["kept"]) not in {_stem(word) for word in theirs}


def _last_word(clause: str) -> str:
    words = re.findall(_WORD, clause)
    return words[-1] if words else ""


def _contrasts(text: str) -> list[Contrast]:
    found = []
    for match in _KEPT_FIRST.finditer(text):
        kept = frozenset({_stem(match["kept"])}) - _NO_THING
        found.append(Contrast(kept, _stems(match["denied"]), " ".join(match.group().split())))
    for match in _DENIED_FIRST.finditer(text):
        found.append(Contrast(_stems(match["kept"]), _stems(match["denied"]), " ".join(match.group().split())))
    return [contrast for contrast in found if contrast.kept and contrast.denied]


def _things(words: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in words.split() if word.casefold() not in _NO_THING)


def _stems(words: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _things(words))


def _stem(word: str) -> str:
    """A word's stem as far as a contrast needs: "shares" of "share", "weapons" of "weapon"."""
    folded = word.casefold().rstrip("'’")
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") and not folded.endswith("ss") else folded
