"""A French act ruled out or refused, told as done or to come: "La métropole va verser une subvention
supplémentaire" citing "Il a exclu de verser une subvention supplémentaire" built (newuser145). polarity.py does not
read "exclure de" as a negation (listed there, it refused honest "n'exclut pas" of "n'a pas exclu"), and
unestablished.py reads the English "ruled out paying", "refused to pay" only.

A passage's "exclu(t) de", "refusé de" (any tense) and the infinitive after it, not itself negated ("n'a pas exclu
de"), is the act; a sentence giving that verb (a word opening on its stem: "verse", "versera", "va verser") with a
word of five letters or more of the passage's next eight words ("subvention") is refused, unless the sentence
negates, rules out or refuses it itself, or a cited passage gives the verb outside a ruling out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_RULED_OUT = patterns.compile(
    r"(?<![\w'’-])(?P<marker>(?:exclu(?:t|ent|ait|aient|ra|re)?|refus(?:é|e|ent|ait|aient|era|er))"
    r"\s+d(?:e\s+|['’]))"
    r"(?P<verb>[^\W\d_]{3,}(?:er|ir|re))(?![\w'’-])", re.IGNORECASE)
# a ruling out negated: "n'a pas exclu de", "n'exclut pas de" (the latter never matches "exclut de")
_NEGATED_BEFORE = patterns.compile(r"(?<![\w-])(?:ne|n['’])\s*(?:[\w'’-]+\s+){0,2}(?:pas|jamais|plus)?\s*$",
                                   re.IGNORECASE)
# the sentence's own negation, ruling out or refusal before its verb: it tells the act undone
_OWN_UNDONE = patterns.compile(r"(?<![\w'’-])(?:ne|n['’]|pas|jamais|plus|sans|aucun\w*|exclu\w*|refus\w*|écart\w*"
                               r"|rejet\w*|rejett\w*)(?![\w-])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_REACH = 8
_LONG = 5


class _Act(NamedTuple):
    """An act a passage rules out: its words as written, the verb's stem, the longer words after it."""

    shown: str
    stem: str
    objects: frozenset[str]


def french_ruled_out_told_done(text: str, passages: list[Cited], offset: int = 0,
                               language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells as done or to come an act its passages rule out or refuse."""
    if language.split("-")[0].lower() != "fr" or not passages:
        return []
    if not any("exclu" in passage.text or "refus" in passage.text for passage in passages):
        return []  # most passages rule nothing out: found by a substring
    spoken = markers_blanked(text)
    if _OWN_UNDONE.search(spoken):
        return []  # the sentence negates or rules out something itself: polarity.py's to compare
    acts = [act for passage in passages for act in _acts(passage.text)]
    words = [(found.start(), found.group().casefold()) for found in _WORD.finditer(spoken)]
    quoted = quoted_parts(spoken)
    for act in acts:
        for index, (start, word) in enumerate(words):
            # a longer word on the stem: "versera", not the preposition "vers"
            if len(word) <= len(act.stem) or not word.startswith(act.stem) or inside(quoted, start):
                continue
            after = {_key(later) for _, later in words[index + 1:index + 1 + _REACH] if len(later) >= _LONG}
            if not after & act.objects or _told_elsewhere(act, passages):
                continue
            return [Finding(offset + start,
                            f"this sentence tells as done or to come ('{text[start:start + len(word)]}') what its "
                            f"cited passages give as ruled out or refused ('{act.shown}'): {clipped(text)}",
                            "say it was ruled out or refused, as the source does, or cite the passage that tells it "
                            "done")]
    return []


def _key(word: str) -> str:
    """Return a word by its first five letters: "subventions" is "subvention"."""
    return word.casefold()[:_LONG]


def _acts(text: str) -> list[_Act]:
    """Return the acts a passage rules out or refuses, not negated."""
    found_acts = []
    for found in _RULED_OUT.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, found.start() - 24), found.start()):
            continue
        verb = found.group("verb").casefold()
        after = [word.casefold() for word in _WORD.findall(text[found.end():found.end() + 160])][:_REACH]
        found_acts.append(_Act(" ".join(found.group().split()), verb[:-2],
                               frozenset(_key(word) for word in after if len(word) >= _LONG)))
    return found_acts


def _told_elsewhere(act: _Act, passages: list[Cited]) -> bool:
    """Say whether a cited passage gives the act's verb outside a ruling out: that passage backs the sentence."""
    stem = patterns.compile(rf"(?<![\w'’-]){re.escape(act.stem)}\w*", re.IGNORECASE)
    for passage in passages:
        ruled = [(found.start("verb"), found.end("verb")) for found in _RULED_OUT.finditer(passage.text)]
        if any(not inside(ruled, found.start()) for found in stem.finditer(passage.text)):
            return True
    return False
