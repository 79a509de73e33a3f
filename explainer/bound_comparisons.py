"""A side's figure held against a bound the right way: "Only the committee's offer meets the IMF's minimum" may not cite
offers of a cut of 45 and of 20 percent and the fund's "a cut of at least 35 percent".

A sentence compares a side's thing ("the committee's offer", "proposal", "bid", "terms") with a bound ("meets",
"exceeds", "falls short of", "is below", "is closer to", "is further from" the minimum, maximum, threshold, target,
floor, ceiling, limit or cap). Where the cited passages (or the source's sentences holding them) give one bound
plainly ("a cut of at least 35 percent": at least, no less than or a minimum of; at most, no more than, up to or a
maximum of) and each side one plain figure of the same thing (a sentence naming the side as its subject, "The
finance ministry has proposed ... a cut of 45 percent"), the comparison is worked out: 20 does not meet a minimum of
35, and 45 (10 away) is closer to it than 20 (15 away). "Only" says no other side's figure does. A sentence the
figures do not bear out is refused; where a figure is not plain (two for one side, "about 20 percent") nothing is
read. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .claimant_party import subject_of
from .neutral_backing import named_parties
from .sentences import inside, markers_blanked, split_sentences

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"\s*(?P<unit>%|per\s*cent|percent|years?|months?|weeks?|days?|billion|million)(?!\w)"
_THING = (r"offers?|proposals?|bids?|plans?|terms|(?:proposed\s+|offered\s+)?cut|haircut|figures?|demands?"
          r"|positions?|estimates?|forecasts?|projections?")
_RELATIONS = {
    "meets": r"meets|met|satisfies|satisfied|clears|cleared|reaches|reached|matches|matched|(?:is|was|stays)\s+within",
    "above": r"exceeds|exceeded|surpasses|surpassed|tops|topped|goes\s+beyond|went\s+beyond"
             r"|(?:is|was|lies|sits|remains|stays)\s+(?:well\s+|just\s+|far\s+)?(?:above|over|higher\s+than)",
    "below": r"falls\s+short\s+of|fell\s+short\s+of|misses|missed|fail(?:s|ed)\s+to\s+(?:meet|reach)"
             r"|(?:does|did)\s+not\s+(?:meet|reach)|(?:doesn|didn)['’]t\s+(?:meet|reach)"
             r"|(?:is|was|lies|sits|remains|stays)\s+(?:well\s+|just\s+|far\s+)?(?:below|under|short\s+of|lower\s+than"
             r"|beneath)",
    "closer": r"(?:is|was|comes|came|lies|sits)\s+(?:much\s+|far\s+)?(?:closer|nearer)\s+to",
    "further": r"(?:is|was|lies|sits)\s+(?:much\s+|far\s+)?(?:further|farther)\s+(?:away\s+)?from",
}
_RELATION = "|".join(f"(?P<{name}>{words})" for name, words in _RELATIONS.items())
_OWNER = r"(?:[\w-]+\s+){0,2}?[\w-]+['’]s?"
_BOUND_NOUN = r"minimum|maximum|threshold|target|floor|ceiling|limit|cap|benchmark"
_SAID = patterns.compile(
    rf"(?<![\w'’-])(?P<only>only\s+)?(?:the\s+)?(?P<owner>{_OWNER})\s+(?P<thing>{_THING})(?:\s+[^\s,;.]+){{0,5}}?\s+"
    rf"(?:{_RELATION})\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:{_OWNER}\s+)?(?:(?P<figure>{_NUMBER}){_UNIT}[\s-]+)?"
    rf"(?:[a-z]+\s+)?(?P<bound>{_BOUND_NOUN})s?(?!\w)"
    rf"(?:\s+than\s+(?:that\s+of\s+)?(?:the\s+)?(?P<other>{_OWNER}))?", re.IGNORECASE)
_MINIMUM = r"at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of"
_MAXIMUM = r"at\s+most|no\s+more\s+than|not\s+more\s+than|up\s+to|a\s+maximum\s+of"
_BOUND = patterns.compile(rf"(?<!\w)(?P<noun>[a-z]+)\s+of\s+(?:(?P<min>{_MINIMUM})|(?P<max>{_MAXIMUM}))\s+"
                          rf"(?P<value>{_NUMBER}){_UNIT}", re.IGNORECASE)
_PLAIN = patterns.compile(rf"(?<!\w)(?P<noun>[a-z]+)\s+of\s+(?P<value>{_NUMBER}){_UNIT}", re.IGNORECASE)
_KIND = {"minimum": "min", "threshold": "min", "floor": "min", "maximum": "max", "ceiling": "max", "limit": "max",
         "cap": "max", "target": "", "benchmark": ""}  # "" either: the passage's bound says which


def misjudged_bounds(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                     parties: tuple = ()) -> list[Finding]:
    """Return a finding when text holds a side's figure against a bound otherwise than the figures its passages give
    each side and the bound bear out."""
    if not parties or not in_english(language) or not any(noun in text.casefold() for noun in _KIND):
        return []  # most sentences name no bound
    spoken = markers_blanked(text)
    said = _SAID.search(spoken)
    if said is None or inside(quoted_parts(spoken), said.start()):
        return []
    owner = named_parties(said["owner"], parties)
    if len(owner) != 1:
        return []
    bound = _one_bound(passages, _KIND[said["bound"].casefold()], said["figure"])
    if bound is None:
        return []
    noun, kind, limit, unit = bound
    figures = _side_figures(passages, noun, unit, parties)
    (party,) = owner
    if party not in figures:
        return []
    if not _misjudged(said, party, figures, kind, limit, named_parties(said["other"] or "", parties)):
        return []
    given = ", ".join(f"{figure} ({one})" for one, figure in sorted(figures.items()))
    return [Finding(offset + said.start(), f"this sentence says '{' '.join(said.group().split())}', which the figures "
                                           f"its cited passages give do not bear out: a {noun} of {_KINDS[kind]} "
                                           f"{limit}, and of {given}: {clipped(text)}",
                    "compare the figures the source gives each side the right way round, or cite the passages that "
                    "bear this comparison out")]


_KINDS = {"min": "at least", "max": "at most"}


def _misjudged(said: re.Match, party: str, figures: dict[str, Decimal], kind: str, limit: Decimal,
               other: dict[str, str]) -> bool:
    """Say whether the sentence's comparison of the party's figure with the bound is one the figures do not bear out:
    of its figure alone, of the others' it is closer to or further from, or of any other's that "only" leaves out."""
    mine = figures[party]
    others = [figure for one, figure in figures.items() if one != party and (not other or one in other)]
    if said["closer"] or said["further"]:
        distances = [abs(figure - limit) for figure in others]
        if said["closer"]:
            return bool(others) and not all(abs(mine - limit) < distance for distance in distances)
        return bool(others) and not all(abs(mine - limit) > distance for distance in distances)
    holds = _holds(said, kind)
    return not holds(mine, limit) or bool(said["only"] and any(holds(figure, limit) for figure in others))


def _holds(said: re.Match, kind: str):
    """Return the test a figure and the bound must pass for the sentence's relation to hold."""
    if said["above"]:
        return lambda figure, limit: figure > limit
    if said["below"]:
        return lambda figure, limit: figure < limit
    return (lambda figure, limit: figure >= limit) if kind == "min" else (lambda figure, limit: figure <= limit)


def _one_bound(passages: list[Cited], kind: str, figure: str | None) -> tuple[str, str, Decimal, str] | None:
    """Return (what it bounds, "min" or "max", its value, its unit) of the one bound the passages give of the
    sentence's kind (and figure, where it gives one); or None where they give none or several."""
    found = {(match["noun"].casefold(), "min" if match["min"] else "max", Decimal(match["value"]), _unit(match))
             for passage in passages for text in _texts(passage) for match in _BOUND.finditer(text)}
    found = {bound for bound in found if (not kind or bound[1] == kind)
             and (figure is None or bound[2] == Decimal(figure))}
    return next(iter(found)) if len(found) == 1 else None


def _side_figures(passages: list[Cited], noun: str, unit: str, parties: tuple) -> dict[str, Decimal]:
    """Return {party: its figure} of the sides the passages give one plain figure of `noun` in `unit`, each in a
    sentence naming the side as its subject."""
    found: dict[str, set[Decimal]] = {}
    for passage in passages:
        for text in _texts(passage):
            for sentence in split_sentences(text):
                plain = {Decimal(match["value"]) for match in _PLAIN.finditer(sentence.text)
                         if match["noun"].casefold() == noun and _unit(match) == unit}
                subject = subject_of(sentence.text, parties) if plain else {}
                for party in subject:
                    found.setdefault(party, set()).update(plain)
    return {party: next(iter(values)) for party, values in found.items() if len(values) == 1}


def _unit(match: re.Match) -> str:
    """Return a figure's unit as one spelling: "%" of "percent" and "per cent", "year" of "years"."""
    unit = " ".join(match["unit"].casefold().split())
    return "%" if unit in ("%", "percent", "per cent") else unit.removesuffix("s")


def _texts(passage: Cited) -> tuple[str, ...]:
    """Return the texts a passage's figures are read in: its sentence in the source, else its words."""
    return (passage.holding,) if passage.holding and passage.text in passage.holding else (passage.text,)
