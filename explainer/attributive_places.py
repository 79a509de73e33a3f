"""A place named before a site's noun ("the Kabul mosque bombing") where the passages put that site in another place
("a Shia mosque on the outskirts of Islamabad").

places.py reads a place after a preposition ("in Kabul", "on the outskirts of Kabul"); a place written as the noun's
attribute ("The Kabul mosque bombing is dated only ...") was not read, and moved the bombing to the other capital
(factcheck_220). Read here: "the", "a" or "an", a capitalised name, then a site's noun (a mosque, a market, a
hospital, ...). It is refused where a cited passage names that site with a place within a few words after it ("a
mosque on the outskirts of Islamabad", "the market in Dorvik"), and neither the passages, the source's sentences
holding them nor their paragraphs name the name. A month, a weekday, a party's name and a word that reads as a
people's adjective ("the French mosque", "the Afghan market", "the Shiite mosque": "-an", "-ese", "-ish", "-i", ...)
are not read, as none says which town the site is in. English only.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# sites a town is named before; not a factory, plant, mine or hotel, which a company's name heads ("the Tesla factory")
_SITES = ("mosque|mosques|church|churches|synagogue|temple|shrine|cathedral|market|markets|bazaar|hospital|school"
          "|station|airport|embassy|stadium|prison")
_NAMED_SITE = patterns.compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<place>[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)*)\s+"
                               rf"(?P<site>{_SITES})(?![\w-])")
# a site put in a place by the passage: "mosque on the outskirts of Islamabad", "market in central Dorvik"
_PLACE_AFTER = r"(?:[\w'’-]+\s+){0,4}?(?i:in|at|near|outside|of|on)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][a-z]+"
# a people's adjective says not which town: "the French mosque", "the Pakistani market", "the Shiite shrine"
_PEOPLES = patterns.compile(r"(?:an|ese|ish|i|ic|ch|ite)$")
_NOT_PLACES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday new old main central grand great holy""".split())


def site_moved(text: str, passages: list[Cited], offset: int = 0, parties: tuple = ()) -> list[Finding]:
    """Return a finding where an English sentence names a place before a site's noun that its passages put
    elsewhere: "the Kabul mosque bombing" citing "a mosque on the outskirts of Islamabad"."""
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _NAMED_SITE.finditer(spoken):
        place, site = match["place"], match["site"]
        if inside(quoted, match.start()) or not _read_as_place(place, parties):
            continue
        elsewhere = _placed_elsewhere(site, passages)
        if elsewhere and not any(_names(known, word) for known in _known(passages) for word in place.split()):
            return [Finding(offset + match.start("place"), f"this sentence puts the {site} in '{place}' where its "
                                                           f"cited passages give '{elsewhere}': {clipped(text)}",
                            "keep to the place the source names, or cite a passage that names this one")]
    return []


def _read_as_place(place: str, parties: tuple) -> bool:
    """Say whether a name before a site's noun may be a town: no month, weekday, party or people's adjective."""
    words = place.replace("-", " ").split()
    return not any(word.casefold() in _NOT_PLACES or _PEOPLES.search(word)
                   or any(word.casefold() in naming for _, naming in parties) for word in words)


def _placed_elsewhere(site: str, passages: list[Cited]) -> str:
    """Return the words of the first passage putting `site` in a place ("mosque on the outskirts of Islamabad")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(site)}\s+{_PLACE_AFTER}(?![\w-])")
    for passage in passages:
        found = pattern.search(passage.text)
        if found:
            return " ".join(found.group().split())
    return ""


def _known(passages: list[Cited]) -> list[str]:
    """Return the passages, the source's sentences holding them and their paragraphs."""
    return [text for passage in passages for text in (passage.text, passage.holding, passage.paragraph) if text]


def _names(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None
