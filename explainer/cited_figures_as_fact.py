"""A figure a party cited, told as fact: "Estmark's 2025 catch in the bay was 27,800 tonnes" may not cite "The
Council also revised Estmark's 2025 catch in the bay to 26,400 tonnes ... Norland had cited 27,800 tonnes, and the
Estmark Fishermen's Association 25,900 tonnes".

A passage's "PARTY (had) cited (cites, claimed, claims) FIGURE", and a gapped "and PARTY FIGURE" after it, gives the
figure as that party's. A sentence giving the figure is refused where no other words of the passages give it, and the
sentence names neither the party (by the last word of its name: "Norland", "association") nor any giver ("said",
"according to", "cited", "claimed", "figure", "estimate", "side"): "Norland had cited 27,800 tonnes", "the
association's 25,900 tonnes" and "the two sides' figures" build. English text is read; words in quotation marks are
not (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_CITED = patterns.compile(
    rf"(?P<party>{_NAME})\s+(?:had\s+|has\s+)?(?:cited|cites|claimed|claims)\s+(?:a\s+figure\s+of\s+)?"
    rf"(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<gapped>(?:[^.;]*?,?\s+and\s+{_NAME}\s+\d[\d,]*(?:\.\d+)?)*)")
_GAPPED = patterns.compile(rf",?\s+and\s+(?P<party>{_NAME})\s+(?P<figure>\d[\d,]*(?:\.\d+)?)")
_FIGURE = patterns.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w]|[.,]\d)")
_GIVER = patterns.compile(r"(?<![\w-])(?:said|says|say|according|cited|cites|citing|claim(?:s|ed)?|figures?|"
                          r"estimates?|estimated|put|puts|gave|gives|sides?|sides’|sides')(?![\w-])", re.IGNORECASE)


def cited_figures_told_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as fact a figure its passages give only as a party's citing."""
    if not in_english(language) or not passages:
        return []
    cited = {figure: party for passage in passages for figure, party in _cited(passage.text)}
    if not cited:
        return []  # most passages give no party's cited figure: found by a search of their text
    spoken = unquoted(markers_blanked(text))
    if _GIVER.search(spoken):
        return []
    for figure in _FIGURE.findall(spoken):
        party = cited.get(figure)
        if party is None or re.search(rf"(?<![\w-]){re.escape(_head(party))}", spoken, re.IGNORECASE):
            continue
        if sum(passage.text.count(figure) for passage in passages) > 1:
            continue  # the passages give it elsewhere too, maybe in their own voice
        return [Finding(offset, f"this sentence tells \"{figure}\" as fact, but its cited passages give it as the "
                                f"figure {party} cited: {clipped(text)}",
                        "say whose figure it is, as the source does, or cite a passage that gives it as fact")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _cited(text: str) -> tuple[tuple[str, str], ...]:
    """Return each (figure, party) a passage gives as a party's cited figure."""
    found = []
    for match in _CITED.finditer(text):
        found.append((match["figure"], _party(match["party"])))
        found += [(gapped["figure"], _party(gapped["party"])) for gapped in _GAPPED.finditer(match["gapped"])]
    return tuple(found)


def _party(name: str) -> str:
    """Return a party's name as written, without its article."""
    return re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE)


def _head(party: str) -> str:
    """Return the last word of a party's name, its possessive cut: what a sentence naming it holds."""
    return re.sub(r"[’']s?$", "", party.split()[-1])
