"""How often is not turned round: "Legal experts said such petitions usually succeed" may not cite "Legal experts said
such petitions rarely succeed".

A passage's word of how often something happens before its verb ("rarely succeed", "seldom win", "often fail") is
its claim; a sentence giving the same verb the opposite word ("usually succeed", "rarely fail" of "often fail") turns
it round, and is refused where no cited passage gives that verb the sentence's word of frequency or one of its kind.
frequencies.py refuses "always" of a lesser frequency; this reads the two opposite kinds. Only the same verb is compared (by its first five letters), so "usually fail" of "rarely succeed", which says the same
thing, builds. English text is read; a sentence's words in quotation marks are not (a passage's are: the sentence may tell
what a speaker said, test_newuser_118).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_SELDOM = ("rarely", "seldom", "infrequently", "hardly ever", "almost never", "scarcely ever", "occasionally")
_OFTEN = ("often", "usually", "frequently", "generally", "commonly", "mostly", "typically", "normally", "regularly",
          "always", "routinely", "almost always", "tend to", "tends to")
_KINDS = {word: "seldom" for word in _SELDOM} | {word: "often" for word in _OFTEN}
_WORDS = "|".join(sorted((re.escape(word).replace(r"\ ", r"\s+") for word in _KINDS), key=len, reverse=True))
# a word of how often, then the verb it qualifies (an adverb between: "rarely ever succeed", "usually quickly win")
_HOW_OFTEN = patterns.compile(rf"(?<![\w-])(?P<often>{_WORDS})\s+(?:\w+ly\s+)?(?P<verb>[a-z]{{3,}})(?!\w)",
                              re.IGNORECASE)
_STEM = 5


def frequency_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a verb the opposite word of how often its cited passages give it."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    told = list(_HOW_OFTEN.finditer(spoken))
    if not told:
        return []  # most sentences say nothing of how often: one search
    # a passage's quoted words too: "Priya Nair said the Authority often blocks" of her "rarely blocks" (newuser_118)
    given = [found for passage in passages for found in _HOW_OFTEN.finditer(passage.text)]
    for mine in told:
        kind, verb = _kind(mine), _stem(mine["verb"])
        same_verb = [found for found in given if _stem(found["verb"]) == verb]
        if same_verb and all(_kind(found) != kind for found in same_verb):
            theirs = " ".join(same_verb[0].group().split())
            return [Finding(offset + mine.start(), f"this sentence says '{' '.join(mine.group().split())}' where its "
                                                   f"cited passages say '{theirs}': {clipped(text)}",
                            "keep how often the source says it happens, or cite the words that say what this says")]
    return []


def _kind(found: re.Match) -> str:
    return _KINDS[" ".join(found["often"].casefold().split())]


def _stem(verb: str) -> str:
    return verb.casefold()[:_STEM]
