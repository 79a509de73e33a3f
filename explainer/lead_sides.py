"""A lead kept on its side: "Labour leads the Alliance by 2.3 points" may not cite "the National Alliance had won
41.2% of the vote, against 38.9% for the Labour Party".

computed.py lets a lead or a gap ("leads by", "ahead of", "trails by", "behind") be the difference of two figures
its passages give, whichever way round. Here, where the sentence names who leads whom ("A leads B by N", "A is N
points ahead of B", "A trails B by N", "A is N behind B") and a passage's sentence names both, each with its nearest
figure, and those two figures differ by N, the one said to lead must hold the larger. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in
from .sentences import markers_blanked, split_sentences
from .wordset import may_hold

_WAY = r"(?P<way>leads|led|is\s+leading|was\s+leading|trails|trailed|is\s+trailing|was\s+trailing)"
_NAME = r"(?:the\s+)?(?P<{}>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
# "A leads B by 2.3 points", "A trails B by 11 seats"
_BY = patterns.compile(_NAME.format("a") + r"\s+" + _WAY + r"\s+" + _NAME.format("b")
                       + r"\s+by\s+(?P<gap>[\d.,]+)")
# "A is 2.3 points ahead of B", "A is 11 seats behind B"
_APART = patterns.compile(_NAME.format("a") + r"\s+(?:is|was|are|were|stands|stood|finished|ended)\s+(?P<gap>[\d.,]+)"
                          r"\s+(?:percentage\s+)?(?:points?|seats?|votes?|per\s*cent|%)?\s*"
                          r"(?P<way>ahead\s+of|behind)\s+" + _NAME.format("b"))
_BEHIND = ("trail", "behind")
_WAY_WORDS = frozenset({"leads", "led", "leading", "trails", "trailed", "trailing", "ahead", "behind"})


def turned_leads(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says one side leads another by the gap between their figures, which a passage
    gives the other way round."""
    if not in_english(language) or not passages or not may_hold(text, _WAY_WORDS):
        return []  # most sentences say no lead: one lookup in the words found once for every check
    spoken = markers_blanked(text)
    for said in (*_BY.finditer(spoken), *_APART.finditer(spoken)):
        gap = _number(said["gap"])
        if gap is None:
            continue
        behind = said["way"].casefold().startswith(_BEHIND) or "trail" in said["way"].casefold()
        sides = _side(said["a"]), _side(said["b"])
        first, second = sides[::-1] if behind else sides  # the one said to lead first
        for passage in passages:
            given = _figures_of(passage.text, first, second, passage.language)
            if given and abs(abs(given[0] - given[1]) - gap) < 1e-9 and given[0] < given[1]:
                return [Finding(offset, f"this sentence has {first} lead {second} by {said['gap']}, but its cited "
                                        f"passage gives {second} the larger figure: {clipped(text)}",
                                "say who leads as the source's figures do, or cite a passage that says this")]
    return []


def _figures_of(text: str, first: str, second: str, language: str) -> tuple[float, float] | None:
    """Return the figures a passage's sentence naming both sides gives each, by the figure nearest each name."""
    for sentence in split_sentences(text, language or "en"):
        at_first, at_second = _named_at(sentence.text, first), _named_at(sentence.text, second)
        if at_first is None or at_second is None:
            continue
        figures = [(mention.start, float(mention.quantities[0].value)) for mention in mentions_in(sentence.text, language)
                   if mention.kind == "figure" and len(mention.quantities) == 1]
        if len(figures) < 2:
            continue
        nearest_first = min(figures, key=lambda figure: abs(figure[0] - at_first))
        nearest_second = min(figures, key=lambda figure: abs(figure[0] - at_second))
        if nearest_first[0] != nearest_second[0]:
            return nearest_first[1], nearest_second[1]
    return None


def _side(name: str) -> str:
    """Return a side as named, without a sentence's opening "The" and a full stop after it."""
    name = name.rstrip(".")
    return name[4:] if name.startswith("The ") else name


def _named_at(text: str, name: str) -> int | None:
    """Return where text names a side by its last word ("the National Alliance", "the Alliance"), or None."""
    last = name.split()[-1]
    found = re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text)
    return found.start() if found else None


def _number(written: str) -> float | None:
    try:
        return float(written.rstrip(".,").replace(",", ""))
    except ValueError:
        return None
