"""A French count moved from one noun to another of its passage: "Le groupe spécial a entendu les parties lors de trois
audiences" citing "Le groupe spécial a entendu les parties lors de deux audiences, ... Trois membres tiers, dont la
Norlande, ont présenté des observations écrites." built, "trois" being in the passage (tests/test_factcheck_192.py).

Read narrowly: a small count (two to twenty, in digits or words) right before a plural noun of five letters or more
("trois audiences", "3 audiences"); a sentence giving a noun a count is refused where a cited passage gives the same
noun (its first five letters) another count right before it, and no cited passage gives this count in a sentence
naming that noun ("trois des quatre audiences", "sur les 12 exploitations, cinq ont renoncé" give it three and five).
"Trois ministres ont démissionné" citing "Deux ministres ont démissionné, et trois secrétaires d'État ont suivi" is
still missed.

A measure told as a count: "Le projet prévoit 180 éoliennes" citing "huit éoliennes de 180 mètres" built, 180 being in
the passage. A figure in digits right before a counted noun is refused where a cited passage gives that noun another
count ("huit éoliennes") and gives this figure only right before a unit of measure ("180 mètres", "28,8 mégawatts",
"250 000 euros"): tests/test_newuser_125.py. Two figures swapped across a list, "35 éoliennes en service et 142 autres
en cours d'instruction" of "142 ... et 35 autres", are read by french_paired_lists.py."""

from __future__ import annotations

import re
import unicodedata

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .french_paired_lists import swapped_in_french_lists

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
    # and a figure kept to what it is of across a two-part list (french_paired_lists.py)
    return (_measure_as_count(text, passages, offset, language, quoted)
            or swapped_in_french_lists(text, passages, offset))


# a figure in digits (grouped by spaces, with a decimal comma) right before its noun: "180 éoliennes", "142 éoliennes",
# "28,8 mégawatts"
_FIGURE_NOUN = patterns.compile(r"(?<![\w,.%-])(?P<figure>\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})*(?:,\d+)?)\s+"
                                r"(?P<noun>[^\W\d_]{2,}|%)(?![\w'’-])", re.IGNORECASE)
# units of measure a figure before which measures, and counts nothing
_UNITS = _NOT_COUNTED | frozenset({"mégawatts", "megawatts", "mw", "kilowatts", "kw", "gigawatts", "gw", "mwh", "gwh",
                                   "kwh", "km", "m", "cm", "hectares", "ha", "%", "kilos", "kg", "mètre", "euro",
                                   "kilomètre", "tonne", "litre", "degré", "heure", "jour", "an", "décibels", "db"})


def _measure_as_count(text: str, passages: list[Cited], offset: int, language: str, quoted) -> list[Finding]:
    """Return a finding where a French sentence gives a counted noun a figure ("180 éoliennes") that its cited
    passages give only as a measure ("180 mètres"), they giving that noun another count ("huit éoliennes")."""
    french = [passage.text for passage in passages if (passage.language or language).startswith("fr")]
    for told in _FIGURE_NOUN.finditer(text):
        noun = told["noun"]
        if any(start <= told.start() < end for start, end in quoted) or noun.casefold() in _UNITS or len(noun) < 5:
            continue
        figure = _digits(told["figure"])
        measured = [found for passage in french for found in _FIGURE_NOUN.finditer(passage)
                    if _digits(found["figure"]) == figure]
        if not measured or not all(found["noun"].casefold() in _UNITS for found in measured):
            continue
        other = next((found.group() for passage in french for found in (*_COUNTED.finditer(passage),
                                                                         *_FIGURE_NOUN.finditer(passage))
                      if _stem(found["noun"]) == _stem(noun)), "")
        if other:
            given, unit = " ".join(other.split()), " ".join(measured[0].group().split())
            return [Finding(offset, f"this sentence gives '{' '.join(told.group().split())}' where its cited passage "
                                    f"gives '{given}', its figure being a measure ('{unit}'): {clipped(text)}",
                            f"write the passage's count ('{given}'), or cite a passage that gives this one")]
    return []


def _digits(figure: str) -> str:
    """Return a figure's digits and decimal comma, its grouping spaces left out."""
    return re.sub(r"\s", "", figure)


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
