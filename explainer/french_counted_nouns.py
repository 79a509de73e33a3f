"""A French count moved from one noun to another of its passage: "Le groupe spécial a entendu les parties lors de trois
audiences" citing "Le groupe spécial a entendu les parties lors de deux audiences, ... Trois membres tiers, dont la
Norlande, ont présenté des observations écrites." built, "trois" being in the passage (tests/test_factcheck_192.py).

Read narrowly: a small count (two to twenty, in digits or words) right before a plural noun of five letters or more
("trois audiences", "3 audiences"); a sentence giving a noun a count is refused where a cited passage gives the same
noun (its first five letters) another count right before it, and no cited passage gives this count in a sentence
naming that noun ("trois des quatre audiences", "sur les 12 exploitations, cinq ont renoncé" give it three and five).
"Trois ministres ont démissionné" citing "Deux ministres ont démissionné, et trois secrétaires d'État ont suivi" is still missed."""

from __future__ import annotations

import re
import unicodedata

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts

_WORDS = ("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
          "dix-neuf vingt").split()
_VALUES = {word: value for value, word in enumerate(_WORDS, 2)} | {str(value): value for value in range(2, 21)}
_COUNT = "|".join(sorted(_VALUES, key=len, reverse=True))
# a count right before its plural noun ("trois audiences"), not a figure of a unit ("3 millions", "5 %")
_COUNTED = patterns.compile(rf"(?<![\w,.%-])(?P<count>{_COUNT})\s+(?P<noun>[^\W\d_]{{4,}}[sx])(?![\w'’-])",
                            re.IGNORECASE)
# nouns a count before which is a measure or a time, not things counted
_NOT_COUNTED = frozenset({"millions", "milliards", "milliers", "centaines", "points", "heures", "jours", "semaines",
                          "années", "siècles", "minutes", "secondes", "euros", "dollars", "livres", "francs", "fois",
                          "reprises", "tonnes", "mètres", "kilomètres", "litres", "degrés", "ans", "mois"})
_SENTENCE_END = patterns.compile(r"[;!?]|\.(?!\d)")


def counts_moved_between_nouns(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence gives a noun a count a cited passage gives only other nouns, the
    passage giving that noun another count."""
    if not language.startswith("fr"):
        return []
    quoted = quoted_parts(text)
    for told in _COUNTED.finditer(text):
        if any(start <= told.start() < end for start, end in quoted) or _measure(told["noun"]):
            continue
        count, noun = _VALUES[told["count"].casefold()], _stem(told["noun"])
        theirs = [found for passage in passages if (passage.language or language).startswith("fr")
                  for found in _COUNTED.finditer(passage.text) if _stem(found["noun"]) == noun]
        if (theirs and all(_VALUES[found["count"].casefold()] != count for found in theirs)
                and not any(_counts_near(passage.text, count, noun) for passage in passages)):
            given = " ".join(theirs[0].group().split())
            return [Finding(offset, f"this sentence gives '{' '.join(told.group().split())}' where its cited passage "
                                    f"gives '{given}', its count of {count} being of other things: {clipped(text)}",
                            f"write the passage's count ('{given}'), or cite a passage that gives this one")]
    return []


def _counts_near(text: str, count: int, noun: str) -> bool:
    """Say whether text gives `count` in a sentence holding a noun of stem `noun`, before it ("trois des quatre
    audiences") or after it ("sur les 12 exploitations, cinq ont renoncé")."""
    for sentence in _SENTENCE_END.split(text):
        words = re.findall(r"[\w-]+", sentence)
        if any(_stem(word) == noun for word in words) and any(_VALUES.get(word.casefold()) == count for word in words):
            return True
    return False


def _measure(noun: str) -> bool:
    return noun.casefold() in _NOT_COUNTED


def _stem(word: str) -> str:
    """Return a word's first five letters, folded and unaccented."""
    return "".join(letter for letter in unicodedata.normalize("NFD", word.casefold()[:5])
                   if not unicodedata.combining(letter))
