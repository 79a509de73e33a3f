"""A figure's kind kept: an average not told as a floor, a peak not told as an average, an average not told as a peak.

"Resident doctors at the trust earn at least £38,000 a year" citing "resident doctors at the trust earn on average
£38,000 a year" built (averages.py leaves an adverb's "on average" alone, and the sentence gives a bound the passage
lacks only as a word); so did "Levels at the intake averaged 48 micrograms per litre" citing "levels of toluene at
its intake peaked at 48 micrograms per litre" (tests/test_factcheck_245.py). A figure of a cited passage is an
average where "on average", "an average of", "a mean of", "averaged" or "average" comes a few words before it or "on
average" just after its unit ("£38,000 a year on average"); a peak where "peaked at", "a peak of", "a maximum of",
"a high of", "the highest" or "rose as high as" comes just before it. A sentence is refused where it gives a figure:
- as a floor ("at least", "no less than", "a minimum of", "more than", "upwards of") that every cited passage giving
  it gives as an average, and the sentence keeps no average word ("average", "mean", "median", "typical");
- as an average ("averaged", "an average of", "on average", "a mean of") that every cited passage giving it gives as
  a peak, and the sentence says no peak;
- as a peak that every cited passage giving it gives as an average, and the sentence keeps no average word.
A figure no passage gives with such a word is left to the other checks. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import is_year, mentions_in
from .sentences import markers_blanked

_MAY_KIND = ("averag", "mean", "peak", "maximum", "high", "at least", "minimum", "no less", "more than", "upwards")
# "the average level at its intake was", "the average price of a litre of diesel in the region was": up to nine words
# between, none joining another clause ("the average age is 12 and the top was 48" gives no average 48)
_AVERAGE = (r"(?:on\s+average|an?\s+average(?:\s+\w+)?\s+of"
            r"|the\s+average(?:\s+(?!(?:and|but|while|whereas|or)\b)\w+){0,9}?\s+(?:is|was|of)"
            r"|averag(?:ed|es|ing)|a\s+mean(?:\s+\w+)?\s+of|mean(?:\s+\w+)?\s+of)")
_PEAK = (r"(?:peak(?:ed|s|ing)?(?:\s+at)?|a\s+peak\s+of|a\s+maximum(?:\s+\w+)?\s+of|maximum\s+of|a\s+high\s+of"
         r"|the\s+highest(?:\s+\w+)?(?:\s+(?:was|of|at))?|(?:rose|climbed|reached)\s+as\s+high\s+as|topped\s+out\s+at)")
_FLOOR = r"(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of|more\s+than|upwards\s+of)"
_CURRENCY = r"(?:[$€£¥]\s*)?"
_AVERAGE_BEFORE = patterns.compile(rf"(?<!\w){_AVERAGE}\s+(?:about\s+|around\s+|some\s+)?{_CURRENCY}$", re.IGNORECASE)
_PEAK_BEFORE = patterns.compile(rf"(?<!\w){_PEAK}\s+(?:about\s+|around\s+|some\s+)?{_CURRENCY}$", re.IGNORECASE)
_FLOOR_BEFORE = patterns.compile(rf"(?<!\w){_FLOOR}\s+{_CURRENCY}$", re.IGNORECASE)
# "on average" just after the figure and its unit: "£38,000 a year on average"
_AVERAGE_AFTER = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,4}?,?\s+on\s+average(?!\w)", re.IGNORECASE)
# the sentence keeps an average, or a peak, somewhere
_KEEPS_AVERAGE = patterns.compile(r"(?<!\w)(?:averag\w*|mean|median|typical\w*)(?!\w)", re.IGNORECASE)
_KEEPS_PEAK = patterns.compile(r"(?<!\w)(?:peak\w*|maximum|highest|high\s+of|as\s+high\s+as|topped)(?!\w)",
                               re.IGNORECASE)
_REACH = 60  # characters before a figure read for its kind's words


def figure_kind_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure as a floor, an average or a peak that its cited passages give only
    as an average, a peak or an average."""
    if not in_english(language) or not passages or not any(
            word in passage.text.casefold() for passage in passages for word in _MAY_KIND[:4]):
        return []  # most passages give no average nor peak: one search of their text
    spoken = markers_blanked(text)
    if not any(word in spoken.casefold() for word in _MAY_KIND):
        return []
    kinds = _passage_kinds(passages)
    for mention in mentions_in(spoken, language):
        if mention.kind != "figure" or is_year(mention.text):
            continue
        told = _kind(spoken, mention)
        theirs = {kinds[q] for q in mention.quantities if q in kinds}
        if len(theirs) != 1 or told is None:
            continue  # a figure no passage gives with a kind, or gives with several
        (passage_kind, words), = theirs
        wrong = ((told == "floor" and passage_kind == "average" and not _KEEPS_AVERAGE.search(spoken))
                 or (told == "average" and passage_kind == "peak" and not _KEEPS_PEAK.search(spoken))
                 or (told == "peak" and passage_kind == "average" and not _KEEPS_AVERAGE.search(spoken)))
        if wrong:
            return [Finding(offset + mention.start,
                            f"this sentence gives \"{mention.text}\" as {_NAMES[told]} where its cited passages give "
                            f"it as {_NAMES[passage_kind]} ('{words}'): {clipped(text)}",
                            f"give the figure as the source does ({_NAMES[passage_kind]}), or cite a passage that "
                            f"gives it as {_NAMES[told]}")]
    return []


_NAMES = {"floor": "a floor", "average": "an average", "peak": "a peak", "plain": "a plain figure"}


def _kind(text: str, mention) -> str | None:
    """Return what kind a figure of text is given as: "floor", "average", "peak", or None (a plain figure)."""
    window = text[max(0, mention.start - _REACH):mention.start]
    if _FLOOR_BEFORE.search(window):
        return "floor"
    if _AVERAGE_BEFORE.search(window) or _AVERAGE_AFTER.match(text, mention.end):
        return "average"
    if _PEAK_BEFORE.search(window):
        return "peak"
    return None


def _passage_kinds(passages: list[Cited]) -> dict:
    """Return, for each quantity the passages give, its one kind and the passage's words for it; a quantity given
    as several kinds, or plainly anywhere, maps to a set of them that no sentence is refused against."""
    found: dict = {}
    plain: set = set()
    for passage in passages:
        for mention in mentions_in(passage.text, passage.language):
            if mention.kind != "figure" or is_year(mention.text):
                continue
            kind = _kind(passage.text, mention)
            if kind in ("average", "peak"):
                start = max(0, mention.start - 30)
                words = " ".join(passage.text[start:mention.end].split()[-6:])
                for quantity in mention.quantities:
                    found.setdefault(quantity, set()).add((kind, words))
            else:
                plain.update(mention.quantities)
    return {quantity: next(iter(kinds)) for quantity, kinds in found.items()
            if quantity not in plain and len({kind for kind, _ in kinds}) == 1}
