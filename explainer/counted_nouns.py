"""Two figures' nouns kept: a sentence may not give two figures each the noun its passages give the other.

"The agency collected 612 samples from 2,140 athletes" citing "the Agency collected 2,140 samples from 612 athletes"
keeps every word and figure, and swaps what each figure counts (tests/test_newuser_38.py). A figure counts the word
right after it ("2,140 samples"), read singular ("sample"); a word no noun ("of", "in", "per", "more") is no count. A
sentence is refused where two of its figures count two words that a cited passage gives the other way round, and no
passage gives either figure the sentence's own word. A figure may be written in words ("twelve samples"), read as
explainer/numbers.py reads them. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import itertools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_COUNTED = patterns.compile(r"(?<![\w.,])(?P<figure>\d{1,3}(?:,\d{3})+|\d+|" + numbers.COUNT_IN_WORDS
                            + r")(?![\d,]\d)\s+(?P<noun>[a-z][a-z-]+)")
_NOT_NOUNS = frozenset({"of", "in", "on", "at", "to", "per", "and", "or", "more", "less", "fewer", "than", "the", "a",
                        "an", "from", "for", "by", "with", "times", "was", "were", "is", "are", "has", "had", "have",
                        "percent", "per", "cent", "million", "billion", "thousand", "hundred", "trillion", "new",
                        "other", "further", "years", "year", "days", "day", "months", "month"})


def swapped_nouns(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives two figures each the word its cited passages give the other."""
    if not in_english(language) or not numbers.may_count(text):
        return []
    quoted = quoted_parts(text)
    counted = [item for item in _counted(markers_blanked(text)) if not inside(quoted, item[3])]
    written = {(figure, noun): shown for figure, noun, shown, _ in counted}
    own = [(figure, noun) for figure, noun, _, _ in counted]
    if len(own) < 2:
        return []
    theirs = {(figure, noun) for passage in passages if in_english(passage.language or language)
              for figure, noun, _, _ in _counted(passage.text)}
    for (one, counts), (other, other_counts) in itertools.combinations(own, 2):
        if one == other or counts == other_counts:
            continue
        if ((one, other_counts) in theirs and (other, counts) in theirs
                and (one, counts) not in theirs and (other, other_counts) not in theirs):
            one_shown, other_shown = _shown(one), _shown(other)
            return [Finding(offset, f"this sentence gives {one_shown} '{written[one, counts]}' and {other_shown} "
                                    f"'{written[other, other_counts]}' where its cited passages give {one_shown} "
                                    f"'{written[other, other_counts]}' and {other_shown} '{written[one, counts]}': "
                                    f"{clipped(text)}",
                            "give each figure what the source counts by it, or cite the passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _counted(text: str) -> tuple[tuple[str, str, str, int], ...]:
    """Return each figure of text with the word it counts, read singular and as written, and where it stands."""
    found = []
    for match in _COUNTED.finditer(text):
        noun = match["noun"].casefold()
        figure = numbers.count_written(match["figure"])
        if noun in _NOT_NOUNS or not figure:
            continue
        found.append((figure, re.sub(r"(?<=[^s])s$", "", noun), match["noun"], match.start()))
    return tuple(found)


def _shown(figure: str) -> str:
    """Return a figure with its thousands grouped, as a reader writes it."""
    return f"{int(figure):,}"
