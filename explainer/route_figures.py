"""A route's figure kept to its route: "On the Eastport to Lisle route, Corran Airways carried 46% of passengers" may
not cite "On the route between Eastport and Hallam, Corran Airways carried 46% of passengers ... On the route between
Eastport and Lisle, Brisa Air carried 52% of passengers and Corran Airways 29%."

A route is two places named with the word "route" (or "flights", "passengers", "fares") in the same sentence: "between Eastport and Hallam", "the Eastport
to Hallam route", "the Eastport–Lisle route", "from Eastport to Lisle". A sentence naming one route and a figure is
refused where every cited passage's sentence giving that figure names another route only, and a cited passage names
the sentence's route elsewhere (so the passages tell the two routes apart), and the sentence names no place of the
other route ("46% on the Hallam route and 29% on the Lisle one" gives figures of both). Years are not read as figures. English
text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences
from .wordset import has_digit

_PLACE = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_ROUTE_WORD = patterns.compile(r"(?<!\w)(?:routes?|flights?|passengers|fares?)(?!\w)", re.IGNORECASE)
_ROUTES = (patterns.compile(rf"(?<!\w)between\s+(?:the\s+)?(?P<a>{_PLACE})\s+and\s+(?P<b>{_PLACE})"),
           patterns.compile(rf"(?<!\w)from\s+(?P<a>{_PLACE})\s+to\s+(?P<b>{_PLACE})"),
           patterns.compile(rf"(?P<a>{_PLACE})(?:\s+to\s+|\s*[–—-]\s*)(?P<b>{_PLACE})\s+routes?(?!\w)"))
_FIGURE = patterns.compile(r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>\s?(?:%|per\s?cent|percent))?(?![\w,]*\d)")
_NOT_PLACES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An".split())


def figure_moved_to_route(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure to a route its cited passages give that figure on another route."""
    if not in_english(language) or not has_digit(text) or not passages or not _ROUTE_WORD.search(text):
        return []
    spoken = unquoted(markers_blanked(text))
    mine = _routes(spoken)
    if len(mine) != 1:
        return []
    route = next(iter(mine))
    sentences = [sentence.text for passage in passages for sentence in split_sentences(passage.text)]
    if not any(route in _routes(sentence) for sentence in sentences):
        return []  # the passages never name this route: another check's to judge
    for figure in _FIGURE.finditer(spoken):
        key = _figure(figure)
        if key is None:
            continue
        holding = [sentence for sentence in sentences if key in {_figure(found) for found in _FIGURE.finditer(sentence)}]
        others = [_routes(sentence) for sentence in holding]
        if holding and all(routes and route not in routes for routes in others) and not any(
                _named_apart(place, spoken) for routes in others for other in routes for place in other - route):
            there = " and ".join(sorted(next(iter(others[0]))))
            return [Finding(offset + figure.start(), f"this sentence gives {figure.group().strip()} on the route "
                                                     f"{' and '.join(sorted(route))}, but its cited passages give it "
                                                     f"on the route {there}: {clipped(text)}",
                            "keep the figure on the route the source gives it, or cite the words that give it so")]
    return []


def _named_apart(place: str, sentence: str) -> bool:
    """Say whether a sentence names a place of the passage's route too ("and 29% on the Lisle one"): its figures may
    be of both routes."""
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", sentence) is not None


def _routes(sentence: str) -> set[frozenset[str]]:
    """Return the routes a sentence names, each as the set of its two places."""
    if not _ROUTE_WORD.search(sentence):
        return set()
    return {frozenset((found["a"], found["b"])) for pattern in _ROUTES for found in pattern.finditer(sentence)
            if found["a"] != found["b"] and not {found["a"].split()[0], found["b"].split()[0]} & _NOT_PLACES}


def _figure(found: re.Match) -> tuple[str, bool] | None:
    """Return a figure as compared (its digits, whether a per cent), or None for a year."""
    number = found["number"].replace(",", "")
    if not found["unit"] and len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100:
        return None
    return number, bool(found["unit"])
