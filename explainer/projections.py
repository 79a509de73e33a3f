"""Projections kept as projections: "The Greens won 28 seats" may not cite "Projections ... give ... the Greens 28".

On an election night the seats are projected and the shares polled; a sentence saying a party "won" a figure the
source gives only as a projection or a poll's reports a result nobody has counted. A passage gives a figure as a
projection where a projection word ("projections", "projected", "forecast", "poll", "estimate") stands before it in
its sentence, with no word of a result ("won", "took", "secured") between. A sentence giving the figure as a result
(one of those words at most three words before it) is refused where every occurrence of the figure in its passages is
a projection, unless it keeps a projection word of its own, or a conditional ("would", "could"). English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import split_sentences
from .wordset import may_hold

# not "polled", "polling": "the Greens polled 12.6 per cent" is their result, "a polling station" a place
_PROJECTION = r"projections?|projected|forecasts?|forecasted|polls?|estimates?|estimated|exit-poll"
_RESULT = r"won|wins|took|takes|secured|secures|gained|gains|captured|captures|obtained|received|got"
_HEDGE = patterns.compile(rf"(?<![\w-])(?:{_PROJECTION}|would|could|might|may|expected|expects|likely|set\s+to|on\s+course)(?![\w-])",
                          re.IGNORECASE)
_A_PROJECTION = patterns.compile(rf"(?<![\w-])(?:{_PROJECTION})(?![\w-])", re.IGNORECASE)
_A_RESULT = patterns.compile(rf"(?<![\w-])(?:{_RESULT})(?![\w-])", re.IGNORECASE)
_RESULT_WORDS = frozenset(_RESULT.split("|"))  # looked up in the text's words before _A_RESULT searches it
_FIGURE = patterns.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\w])")
_STATED = patterns.compile(rf"(?<![\w-])(?:{_RESULT})(?:\s+[^\W\d]+){{0,3}}\s+(\d+(?:,\d{{3}})*(?:\.\d+)?)(?![\w])",
                           re.IGNORECASE)
_ENGLISH = frozenset({"", "en"})


def told_as_result(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives as a result ("won 28 seats") a figure its passages give only projected."""
    if (language not in _ENGLISH or not may_hold(text, _RESULT_WORDS) or not _A_RESULT.search(text)
            or _HEDGE.search(text)):
        return []
    # a quote's sentence says what projects it: "Projections ... give the Social Democrats 70, ..., the Greens 28"
    read = [_in_sentence(passage) for passage in passages if passage.language in _ENGLISH]
    if not any(_A_PROJECTION.search(holding) for holding, _, _ in read):
        return []  # most passages project nothing: found without reading the sentence's figures
    for match in _STATED.finditer(text):
        figure = match.group(1).replace(",", "")
        kinds = [projected for holding, start, end in read
                 for at, projected in _occurrences(holding).get(figure, ()) if start <= at < end]
        if kinds and all(kinds):
            return [Finding(offset + match.start(),
                            f"the source gives {match.group(1)} only as a projection or a poll's figure, but this "
                            f"sentence states it as a result: {clipped(text)}",
                            "keep it a projection ('is projected to win', 'projections give'), or cite the result")]
    return []


def _in_sentence(passage: Cited) -> tuple[str, int, int]:
    """Return the source's words holding a passage (its own where not known), and where the passage is in them."""
    start = passage.holding.find(passage.text) if passage.holding else -1
    if start < 0:
        return passage.text, 0, len(passage.text)
    return passage.holding, start, start + len(passage.text)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _occurrences(passage: str) -> dict[str, tuple[tuple[int, bool], ...]]:
    """Return each figure of a passage (digits, no grouping commas) with, for each occurrence, where it is and whether
    it is projected: a projection word before it in its sentence, no result word between."""
    found: dict[str, list[tuple[int, bool]]] = {}
    for sentence in split_sentences(passage, "en"):
        for match in _FIGURE.finditer(sentence.text):
            before = sentence.text[:match.start()]
            projection = list(_A_PROJECTION.finditer(before))
            projected = bool(projection) and not _A_RESULT.search(before, projection[-1].end())
            found.setdefault(match.group().replace(",", ""), []).append((sentence.start + match.start(), projected))
    return {figure: tuple(kinds) for figure, kinds in found.items()}
