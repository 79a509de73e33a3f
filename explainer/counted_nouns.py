"""Two figures' nouns kept: a sentence may not give two figures each the noun its passages give the other.

"The agency collected 612 samples from 2,140 athletes" citing "the Agency collected 2,140 samples from 612 athletes"
keeps every word and figure, and swaps what each figure counts (tests/test_newuser_38.py). A figure counts the word
right after it ("2,140 samples"), read singular ("sample"); a word no noun ("of", "in", "per", "more") is no count. A
sentence is refused where two of its figures count two words that a cited passage gives the other way round, and no
passage gives either figure the sentence's own word. A figure may be written in words ("twelve samples"), read as
explainer/numbers.py reads them, or with a scale ("5.2 million customers"). English text is read; words in quotation
marks are not.

One figure is kept to its noun too: "Norwave employs about 5.2 million people" citing "Norwave ... has about 5.2
million customers and employs about 6,000 people" gives the figure the word the passage counts by its other figure
(recounted_figures). A sentence is refused where a cited passage gives its figure another word and another figure its
word, and no cited passage gives the figure its word (tests/test_factcheck_107.py); both words read as plural nouns
("customers", "people"; not "40 voted", "40 as initially reported", whose noun is left out), and the passage's is not
in the sentence ("40 deputies voted against" of "61 deputies voted for and 40 voted against").
"""

from __future__ import annotations

import functools
import itertools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .subset_figures import part_told_as_whole

_COUNTED = patterns.compile(r"(?<![\w.,])(?P<figure>\d+(?:\.\d+)?\s+(?:million|billion)|\d{1,3}(?:,\d{3})+|\d+|"
                            + numbers.COUNT_IN_WORDS
                            + r")(?![\d,]\d)\s+(?P<noun>[a-z][a-z-]+)")
_NOT_NOUNS = frozenset({"of", "in", "on", "at", "to", "per", "and", "or", "more", "less", "fewer", "than", "the", "a",
                        "an", "from", "for", "by", "with", "times", "was", "were", "is", "are", "has", "had", "have",
                        "percent", "per", "cent", "million", "billion", "thousand", "hundred", "trillion", "new",
                        "other", "further", "years", "year", "days", "day", "months", "month"})

# who casts a vote each: a count of them may be a passage's count of votes (read singular, as _counted reads a noun)
_VOTERS = frozenset({"judge", "justice", "arbitrator", "juror", "member", "senator", "deputy", "deputie", "mp",
                     "councillor", "councilor", "commissioner", "director", "shareholder", "delegate", "lawmaker",
                     "legislator", "voter", "panellist", "panelist"})

# plurals without an "s"
_PLURALS = frozenset({"people", "staff", "children", "men", "women", "personnel", "police", "cattle", "sheep"})


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


def recounted_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure the word a cited passage counts by another of its figures, that
    passage counting something else by this one."""
    if not in_english(language) or not numbers.may_count(text):
        return []
    quoted = quoted_parts(text)
    own = [(figure, noun, shown) for figure, noun, shown, at in _counted(markers_blanked(text)) if not inside(quoted, at)]
    readable = [passage for passage in passages if in_english(passage.language or language)]
    theirs = {(figure, noun) for passage in readable for figure, noun, _, _ in _counted(passage.text)}
    spoken = text.casefold()
    for figure, noun, shown in own:
        if (figure, noun) in theirs or not _plural(shown):
            continue
        for passage in readable:
            counted = _counted(passage.text)
            other = next((written for one, _, written, _ in counted if one == figure), None)
            # a passage's word the sentence says too is its verb after a noun left out ("61 deputies voted for it
            # and 40 voted against" of "40 deputies voted against")
            if (other and _plural(other) and other.casefold() not in spoken
                    and not _voters_of_votes(noun, other)
                    and any(one != figure and word == noun for one, word, _, _ in counted)):
                if part_told_as_whole(text, passages, offset, language):
                    return []  # "employs 3,000 people" of "8,000 people, including 3,000 engineers": named once, as
                    # a part told as the whole (subset_figures.py)
                return [Finding(offset, f"this sentence gives {_shown(figure)} '{shown}', which its cited passage "
                                        f"counts by another figure, where it gives {_shown(figure)} '{other}': "
                                        f"{clipped(text)}",
                                "give the figure what the source counts by it, or cite the passage that says this")]
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


def _voters_of_votes(noun: str, other: str) -> bool:
    """Say whether a sentence's voters ("judges") count a passage's votes: "Four judges backed the ruling" of "The five
    judges ... decided the case by 4 votes to 1" (tests/test_newuser_131.py), one vote each."""
    return other.casefold() in ("votes", "vote") and noun in _VOTERS


def _plural(word: str) -> bool:
    """Say whether a word after a count reads as the plural noun it counts ("customers", "people"), not a verb or
    function word after a noun left out ("40 voted", "40 as initially reported")."""
    folded = word.casefold()
    return folded in _PLURALS or len(folded) >= 4 and folded.endswith("s") and not folded.endswith("ss")


def _shown(figure: str) -> str:
    """Return a figure with its thousands grouped, as a reader writes it."""
    return f"{int(figure):,}" if figure.isdigit() else figure
