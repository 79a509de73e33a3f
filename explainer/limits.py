"""Limits kept to their figures: a sentence may not give as the threshold or limit a figure its passages give as what
was measured against it, where they give the limit as another figure.

"The threshold for salbutamol is 1,380 ng/mL", or "1,000 ng/mL of salbutamol, against a threshold of 1,380 ng/mL",
citing "a concentration of salbutamol of 1,380 ng/mL ... The threshold for salbutamol ... is 1,000 ng/mL" swaps a
reading and the limit it broke (tests/test_newuser_38.py). A figure is given as a limit where a limit's noun
("threshold", "limit", "cap", "ceiling", "maximum") comes before it in its clause (no figure, comma or stop between,
at most eight words) and the word right before the figure ties it to the noun ("a threshold of 1,000", "the limit for
salbutamol is 1,000", "a cap set at 1,000", "raised the limit to 1,200"), or where the noun follows it with no more than
its unit between ("the 1,000 ng/mL threshold"). A figure may be written in words ("a limit of thirty thousand tonnes"),
read as explainer/numbers.py reads a count in words. "Above the threshold by 380", "over the limit in 31 tests" give no
limit. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_LIMIT = r"thresholds?|limits?|caps?|ceilings?|maximum"
# in digits or in words ("a limit of forty thousand tonnes"), as numbers.py reads a count in words
_FIGURE = (r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\d,]\d)|"
           + numbers.COUNT_IN_WORDS)
# the noun, then words of its clause, then a word tying the figure to it, a bound aside ("of about 1,000")
_NOUN_FIRST = patterns.compile(
    rf"(?<!\w)(?:{_LIMIT})(?:\s+[A-Za-z'’-]+){{0,7}}?\s+(?:of|is|was|are|were|at|to|as)"
    rf"(?:\s+(?:about|around|roughly|some|just))?\s+(?P<figure>{_FIGURE})", re.IGNORECASE)
# the figure, its unit (a word that is no preposition or article), then the noun: "the 1,000 ng/mL threshold"; a
# modal or "to" between, or an article after, makes "cap" or "limit" a verb: "the two companies must cap the prices"
# counts the parties, no limit (factcheck_139)
_FIGURE_FIRST = patterns.compile(
    rf"(?P<figure>{_FIGURE})(?:\s*(?!(?:above|over|below|under|the|a|of|than|in|on|at|by|must|will|would|shall|should"
    rf"|can|could|may|might|to|did|do|does|agreed|agree|agrees)\b)[^\s\d,.;:]+){{0,2}}?"
    rf"\s+(?:{_LIMIT})(?!\w)(?!\s+(?:the|a|an|their|its|his|her|our|prices?|rises?|increases?)\b)", re.IGNORECASE)
_ANY_FIGURE = patterns.compile(_FIGURE)
_NOUN = patterns.compile(rf"(?<!\w)(?:{_LIMIT})(?!\w)", re.IGNORECASE)


def swapped_limits(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as a limit a figure its cited passages give only as something else, beside
    another figure they give as the limit."""
    if not in_english(language) or not _NOUN.search(text):
        return []
    quoted = quoted_parts(text)
    own = [(figure, at) for figure, (at, as_limit) in _figures(markers_blanked(text)).items() if as_limit]
    read = [_figures(passage.text) for passage in passages if in_english(passage.language or language)]
    for figure, at in own:
        if inside(quoted, at):
            continue
        given = [figures for figures in read if figure in figures]
        limits = sorted({other for figures in read for other, (_, as_limit) in figures.items()
                         if as_limit and other != figure})
        if given and limits and not any(figures[figure][1] for figures in given):
            return [Finding(offset, f"this sentence gives {_shown(figure)} as the limit where its cited passages "
                                    f"give the limit as {_shown(limits[0])} and {_shown(figure)} as what was "
                                    f"measured against it: {clipped(text)}",
                            "keep the limit and the figure measured against it where the source puts them, or cite "
                            "the passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _figures(text: str) -> dict[str, tuple[int, bool]]:
    """Return each figure of text, where it first stands and whether it is given as a limit anywhere."""
    if not _NOUN.search(text):
        return {figure: (at, False) for figure, at in _all_figures(text)}
    limits = {match.start("figure") for finder in (_NOUN_FIRST, _FIGURE_FIRST) for match in finder.finditer(text)}
    found: dict[str, tuple[int, bool]] = {}
    for figure, at in _all_figures(text):
        first, as_limit = found.get(figure, (at, False))
        found[figure] = (first, as_limit or at in limits)
    return found


def _all_figures(text: str) -> list[tuple[str, int]]:
    """Return the figures of text as compared (no thousands separators, words as digits), each with where it
    stands."""
    return [(figure, match.start()) for match in _ANY_FIGURE.finditer(text)
            if (figure := numbers.count_written(match.group()))]


def _shown(figure: str) -> str:
    """Return a figure as a reader writes it: its thousands grouped."""
    whole, _, decimals = figure.partition(".")
    return f"{int(whole):,}" + (f".{decimals}" if decimals else "")
