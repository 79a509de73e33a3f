"""Ranks in English, French, Spanish or Turkish words changed: "the fourth round of talks" citing "the third round of
talks", "le deuxième transformateur laitier" citing "le troisième transformateur laitier".

A spelled ordinal before what it counts ("the first day", "its second year") is read only where a cited passage
ranks the same thing ("round", "rounds") with another ordinal, spelled or in digits ("the 3rd round"), and no cited
passage with this one: "the first day" says nothing a passage of dates must state, but a passage's "third round"
makes "fourth round" a rank the source does not give. A place told by its verb alone ("Northland ranks second",
"came third", "finished 4th") is read against a passage's place told so. Ranks the figure check reads ("the second time", "third
straight year", "fourth consecutive quarter", "second year in a row") are its own and not read here; a superlative
ranked ("the third largest" citing "the second largest") is read here. English, French, German (german_ordinals.py:
"der zweite Ausstand" citing "der dritte Ausstand"), Spanish (spanish_ranks.py:
"será la tercera desde enero" citing "Será la cuarta reunión desde enero") and Turkish text are read
(French's "la deuxième fois" and "troisième trimestre consécutif" are the figure check's, and "1er avril" a date;
Turkish "ilçenin ikinci kadın belediye başkanı" citing "ilk kadın belediye başkanı" built).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .apposed_ranks import apposed_ranks
from .german_ordinals import GERMAN_ORDINAL, NOT_RANKED_GERMAN, german_rank
from .spanish_ranks import (NOT_RANKED, SPANISH_ORDINAL, SPANISH_ORDINAL_OR_DIGITS, SPANISH_ORDINALS, bare_ranks,
                            named_ranked)
from .attribution import Cited, Finding, clipped, in_english
from .numbers import (ENGLISH_ORDINAL, FRENCH_ORDINAL, as_labels, mentions_in, passage_labels, quantities_in,
                      spelled_ranks)
from .wordset import may_hold

_WHAT = r"(?:\s+|-)(?P<what>[^\W\d_]+)(?![\w-])"  # "third largest", "third-largest"
# By language: an ordinal in words before what it ranks, and one in words or digits ("3rd", French "3e", "1re").
_SPELLED = {"en": patterns.compile(rf"(?<![\w-])(?P<nth>{ENGLISH_ORDINAL}){_WHAT}", re.IGNORECASE),
            "fr": patterns.compile(rf"(?<![\w-])(?P<nth>{FRENCH_ORDINAL}){_WHAT}", re.IGNORECASE)}
# Turkish: "ilk" and "birinci" are first; a digit's ordinal is its dot ("3. tur") or an apostrophe's ending ("3'üncü").
TURKISH_ORDINALS = {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "altıncı": 6,
                    "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10}
_TURKISH_ORDINAL = "|".join(patterns.longest_first(TURKISH_ORDINALS))
_SPELLED["tr"] = patterns.compile(rf"(?<![\w-])(?P<nth>{_TURKISH_ORDINAL}){_WHAT}", re.IGNORECASE)
# German: "der dritte Ausstand" (german_ordinals.py; its digits' "3." are dates too often)
_SPELLED["de"] = patterns.compile(rf"(?<![\w-])(?P<nth>{GERMAN_ORDINAL}){_WHAT}", re.IGNORECASE)
_SPELLED["es"] = patterns.compile(rf"(?<![\w-])(?P<nth>{SPANISH_ORDINAL}s?){_WHAT}", re.IGNORECASE)
_RANKED = {"es": patterns.compile(rf"(?<![\w-])(?P<nth>{SPANISH_ORDINAL_OR_DIGITS}){_WHAT}", re.IGNORECASE),
           "tr": patterns.compile(rf"(?<![\w-])(?P<nth>{_TURKISH_ORDINAL}|\d+(?:\.|['’](?:inci|ıncı|uncu|üncü|nci|ncı"
                                  rf"|ncu|ncü))){_WHAT}", re.IGNORECASE),
           "en": patterns.compile(rf"(?<![\w-])(?P<nth>{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th))[\s-]+(?P<what>[^\W\d_]+)"
                                  r"(?![\w-])", re.IGNORECASE),
           "fr": patterns.compile(rf"(?<![\w-])(?P<nth>{FRENCH_ORDINAL}|\d+(?:e|ème|eme|er|re|ère)){_WHAT}",
                                  re.IGNORECASE),
           "de": _SPELLED["de"]}
# What the figure check ranks ("the second time", "third straight year", "la deuxième fois"), words after an ordinal
# that it ranks nothing by ("second only to", "first and foremost"), and a French date's month ("1er avril").
# The word every English ordinal of _SPELLED ends on ("twenty-first" on "first"): most sentences hold none (wordset.py).
_ENGLISH_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split())
_NOT_COUNTED = frozenset({"time", "times", "consecutive", "successive", "straight", "only", "and", "or", "to", "of",
                          "fois", "et", "ou", "de", "du", "des", "à", "au", "janvier", "février", "mars", "avril", "mai",
                          "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}) | NOT_RANKED \
    | NOT_RANKED_GERMAN
# A place reached, told by its verb and no noun: "Northland ranks second", "came third", "finished 4th". Read as the
# rank of one thing, a placing, against a passage's placing.
_PLACED = patterns.compile(rf"(?<![\w-])(?:ranks?|ranked|ranking|came|comes|coming|finished|finishes|finishing|placed"
                           rf"|places|placing)\s+(?P<nth>{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th))(?![\w-])", re.IGNORECASE)
_PLACING = " placing"  # what _PLACED ranks: no word of text, so no noun ranked is taken for it
# An English ordinal with nothing ranked after it ("will be the third since January", "was its fourth."): it ranks a
# noun its sentence names that a cited passage ranks, as spanish_ranks.py reads "será la tercera desde enero"
_EN_BARE = patterns.compile(rf"(?<![\w-])(?:the|its|their|his|her)\s+(?P<nth>{ENGLISH_ORDINAL})"
                            r"(?=\s*(?:[.;:)]|$)|\s+(?:since|this|in|so|for)(?!\w))", re.IGNORECASE)
_IN_A_ROW = patterns.compile(r"\s+(?:in\s+a\s+row|consécuti(?:f|fs|ve|ves)|d['’]affilée)(?!\w)", re.IGNORECASE)


def changed_ranks(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each spelled rank of English text, at `offset`, whose cited passages rank the same thing
    with another ordinal and never with this one."""
    read = _read_as(language)
    if read not in _SPELLED or (read == "en" and not may_hold(text, _ENGLISH_ORDINALS)) or not (
            _SPELLED[read].search(text) or (read == "en" and (_PLACED.search(text) or _apposed_in(text)))
            or (read == "es" and next(bare_ranks(text), None)) or (read == "en" and _EN_BARE.search(text))):
        return []  # most sentences spell no rank: found without reading their passages
    given: dict[str, dict[int, str]] = {}
    for passage in passages:
        if _read_as(passage.language or language) == read:
            for what, ranks in _ranks_of(passage.text, read).items():
                given.setdefault(what, {}).update(ranks)
    findings = []
    placings = [(match, _PLACING) for match in _PLACED.finditer(text)] if read == "en" else []
    placings += [(match, _counted(match)) for match in apposed_ranks(text)] if read == "en" else []
    # "será la tercera desde enero": what the sentence named before it, as a passage ranks it
    placings += [(match, what) for match in bare_ranks(text) for what in named_ranked(text, set(given))] \
        if read == "es" else []
    placings += [(match, what) for match in _EN_BARE.finditer(text) for what in named_ranked(text, set(given))] \
        if read == "en" else []
    for match, what in [(match, _counted(match)) for match in _SPELLED[read].finditer(text)] + placings:
        rank = _rank(match["nth"])
        others = given.get(what, {}) if what else {}
        if others and rank not in others and rank not in _ranked_as_one(what, given) and not (
                read == "es" and _refused_as_figure(text, match, passages, language)):
            shown = " ".join((match.groupdict().get("shown") or match.group()).split())  # "the union's second"
            findings.append(Finding(offset + match.start(), f"this sentence says '{shown}' where its cited passages "
                                    f"say '{next(iter(sorted(others.values())))}': {clipped(text)}",
                                    "give the rank the source gives, or cite the passage that gives this one"))
    return findings


def english_ranks(text: str) -> dict[str, dict[int, str]]:
    """Return what English text ranks by an ordinal ("round" of "the third round"), each with its ranks and words."""
    return _ranks_of(text, "en")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ranks_of(text: str, read: str) -> dict[str, dict[int, str]]:
    """Return what a passage ranks by an ordinal (folded, singular), each with its ranks and their words."""
    found: dict[str, dict[int, str]] = {}
    for match in _RANKED[read].finditer(text):
        what = _counted(match)
        if what:
            found.setdefault(what, {})[_rank(match["nth"])] = " ".join(match.group().split())
    for match in _JOINED_RANKS.finditer(text) if read == "en" else ():  # "the second and fourth largest": both ranked
        what = _counted(_RANKED[read].match(text, match.start("last")))
        if what:
            found.setdefault(what, {})[_rank(match["nth"])] = " ".join(match.group().split())
    for match in _PLACED.finditer(text) if read == "en" else ():
        found.setdefault(_PLACING, {})[_rank(match["nth"])] = " ".join(match.group().split())
    for match in apposed_ranks(text) if read == "en" else ():  # "The strike, the first in ...": the strike's rank
        if what := _counted(match):
            found.setdefault(what, {})[_rank(match["nth"])] = " ".join(match["shown"].split())
    for match in _GERMAN_BARE.finditer(text) if read == "de" else ():  # "Der erste Streik ..., ein zweiter am 4."
        for ranks in found.values():
            ranks.setdefault(_rank(match["nth"]), " ".join(match.group().split()))
    for match in bare_ranks(text) if read == "es" else ():  # "del 68 % el primer día al 72 % el segundo": a day
        for what in named_ranked(text, set(found)):
            found[what][_rank(match["nth"])] = " ".join(match.group().split())
    return found


# A German ordinal standing for the noun ranked before it, no noun after it: "Der erste Streik fand am 12. Oktober
# statt, ein zweiter am 4. und 5. November" ranks a second strike (newuser_123)
_GERMAN_BARE = patterns.compile(rf"(?<![\w-])(?P<nth>{GERMAN_ORDINAL})(?![\w-])(?!\s+[A-ZÄÖÜ])")


# Ordinals joined before what they rank: "the second and fourth largest grocery retailers" ranks the second largest too
_JOINED_RANKS = patterns.compile(rf"(?<![\w-])(?P<nth>{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th)),?\s+(?:and|or)\s+"
                                 rf"(?P<last>(?:{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th))[\s-]+[^\W\d_]+)(?![\w-])",
                                 re.IGNORECASE)


# Nouns a language ranks one thing by: an election's "primera vuelta" is its "primera ronda" ("Primera vuelta:
# Ibáñez obtiene el 41,3 %" citing "en la primera ronda, ... Ibáñez obtuvo el 41,3 %", newuser_132). Read only to let
# a rank stand, never to refuse one: "la tercera ronda de negociaciones" is read against "ronda" alone.
_SAME_RANKED = ({"vuelta", "ronda"}, {"round", "ballot"}, {"tour", "manche"})


def _ranked_as_one(what: str, given: dict[str, dict[int, str]]) -> set[int]:
    """Return the ranks the passages give a noun ranking the same thing as `what` ("ronda" of "vuelta")."""
    return {rank for same in _SAME_RANKED if what in same for other in same - {what} for rank in given.get(other, {})}


def _refused_as_figure(text: str, match: re.Match, passages: list[Cited], language: str) -> bool:
    """Say whether the figure check reads an ordinal as a figure ("el primer semestre", after an article before what
    it counts) that no passage gives: its message names the rank, and this one would name it twice (factcheck_127)."""
    mention = next((found for found in mentions_in(text, language) if found.start == match.start("nth")), None)
    if mention is None or not mention.quantities:
        return False
    known = as_labels(frozenset().union(*(quantities_in(p.text, p.language or language)
                                          | passage_labels(p.text, p.language or language) for p in passages)))
    return not set(mention.quantities) <= known


def _apposed_in(text: str) -> bool:
    """Say whether text holds an ordinal ranking the noun before it ("The strike, the union's second")."""
    return next(apposed_ranks(text), None) is not None


def _read_as(language: str) -> str:
    """Return the language whose ordinals text in `language` is read with ("en" for "", the site's default)."""
    return "en" if in_english(language) else language.split("-")[0].lower()


def _counted(match: re.Match) -> str:
    """Return what an ordinal ranks, folded and singular ("round" of "rounds"); "" where another check reads it."""
    what = match["what"].casefold()
    if what in _NOT_COUNTED or _IN_A_ROW.match(match.string, match.end()):
        return ""
    return what[:-1] if what.endswith("s") and not what.endswith("ss") else what


def _rank(ordinal: str) -> int:
    """Return the rank an ordinal gives: 4 of "fourth" or "4th"."""
    digits = re.match(r"\d+", ordinal)
    if digits:
        return int(digits.group())
    if (german := german_rank(ordinal)) is not None:
        return german
    if ordinal.casefold() in TURKISH_ORDINALS:
        return TURKISH_ORDINALS[ordinal.casefold()]
    if ordinal.casefold().removesuffix("s") in SPANISH_ORDINALS:
        return SPANISH_ORDINALS[ordinal.casefold().removesuffix("s")]
    return int(next(iter(spelled_ranks(ordinal))).value)
