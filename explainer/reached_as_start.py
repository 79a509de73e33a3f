"""A level reached kept as the level reached: "The bank raised its policy rate from 5.25%" may not cite "raised its
main policy rate by 50 basis points to 5.25%".

start_levels.py refuses a starting level told as the level reached ("fell to 12%" citing "fell from 12% to 9%"); the
other way round, the level a change reached told as where it started, built: every figure and the change's way kept,
and the rate the bank set told as the one it left. A sentence gives X as a start by "from X" after a word of change
("raised its rate from X", "fell sharply from X") or by "up from X" / "down from X"; it is refused where a cited
passage gives X as a level reached ("to X", "reached X") and none gives it as a start. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import re

from . import change_sizes_german, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .change_sizes import change_ends_of
from .direction import levels_reached, levels_started
from .numbers import mentions_in
from .start_levels import _CHANGE, _FIGURE, _UNIT

# "raised its policy rate from 5.25%", "fell sharply from 12%", "is 4.75%, up from 5.25%"; not "from 5% to 6%"; and
# after the change's size and time, set off by a comma: "fell 18 percent last year, from 4.2 billion" (newuser_101)
_STARTED = patterns.compile(rf"(?<!\w)(?:(?:{_CHANGE})\s+(?:[\w'.%]+,?\s+){{0,5}}?|(?:up|down)\s+)from\s+"
                            rf"(?P<start>{_FIGURE})(?![\d,.]\d)(?P<unit>{_UNIT})(?![^.;]{{0,40}}?\s+to\s+[$€£]?\d)",
                            re.IGNORECASE)


# The level a change of a size reached, its size and time before it: "fell 18 percent last year, to 4.2 billion euros",
# "rose by 3% in May to 210,000" (direction.levels_reached reads a size after "by" alone, a percent change's level not)
_SIZE_THEN_LEVEL = patterns.compile(rf"(?<!\w)(?:{_CHANGE})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?"
                                    rf"{_FIGURE}{_UNIT}(?:\s+(?:[^\W\d][\w']*|(?:19|20)\d\d)){{0,3}},?\s+to\s+(?P<level>{_FIGURE})",
                                    re.IGNORECASE)


def _sized_levels(text: str, language: str) -> dict:
    """Return each quantity a passage gives as the level a change of a size reached, with its words."""
    figures = {mention.start: mention for mention in mentions_in(text, language)}
    return {quantity: " ".join(text[match.start("level") - 3:figures[match.start("level")].end].split())
            for match in _SIZE_THEN_LEVEL.finditer(text) if match.start("level") in figures
            for quantity in figures[match.start("level")].quantities}


# German's start: "stieg von 61,8 Prozent auf ...", "sank auf 58,9 Prozent, nach 61,8 Prozent" (factcheck_145)
_STARTED_GERMAN = patterns.compile(rf"(?<!\w)(?:von\s+(?P<start>{_FIGURE})(?=[^.;:]{{0,24}}?\s+auf\s+\d)"
                                   rf"|auf\s+{_FIGURE}[^\d.;:]{{0,24}}?,\s+nach\s+(?:zuvor\s+)?(?P<after>{_FIGURE}))",
                                   re.IGNORECASE)


def reached_as_start(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as where a change started a figure its passages give only as a level
    reached."""
    if language.split("-")[0] == "de":
        return _reached_as_start_german(text, passages, offset, language)
    if " from " not in text or not in_english(language):
        return []  # most sentences give no start
    spoken = markers_blanked(text)
    said = [match for match in _STARTED.finditer(spoken) if not inside(quoted_parts(spoken), match.start())]
    if not said:
        return []
    english = [passage for passage in passages if in_english(passage.language or language)]
    reached = {quantity: words for passage in english
               for quantity, words in (*_sized_levels(passage.text, passage.language or language).items(),
                                       *levels_reached(passage.text, passage.language or language).items())}
    if not reached:
        return []
    starts = {quantity for passage in english
              for quantity in levels_started(passage.text, passage.language or language)}
    starts.update(start for passage in english for start, _ in change_ends_of(passage.text, passage.language))
    figures = {mention.start: mention for mention in mentions_in(spoken, language)}
    for match in said:
        mention = figures.get(match.start("start"))
        if mention is None:
            continue
        levels = [reached[quantity] for quantity in mention.quantities if quantity in reached]
        if levels and not any(quantity in starts for quantity in mention.quantities):
            return [Finding(offset + match.start(),
                            f"this sentence gives {mention.text} as the starting level "
                            f"('{' '.join(match.group().split())}') where its cited passages give it as the level "
                            f"reached ('{levels[0]}'): {clipped(text)}",
                            "give where the change started as the source does, or say it reached this level "
                            "(\"to ...\")")]
    return []


def _reached_as_start_german(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding when a German sentence gives as a change's start ("von 61,8 Prozent auf", ", nach 61,8
    Prozent") a figure its passages give only as a level reached ("stieg ... auf 61,8 Prozent"): the two levels of a
    change swapped ("Die Wahlbeteiligung sank auf 58,9 Prozent, nach 61,8 Prozent"), unread, built
    (tests/test_factcheck_145.py)."""
    if " von " not in text and " nach " not in text:
        return []
    spoken = markers_blanked(text)
    said = [match for match in _STARTED_GERMAN.finditer(spoken) if not inside(quoted_parts(spoken), match.start())]
    german = [passage for passage in passages if (passage.language or language).split("-")[0] == "de"]
    if not said or not german:
        return []
    reached = {quantity for passage in german
               for quantity in change_sizes_german.levels_reached(passage.text, passage.language or language)}
    starts = {quantity for passage in german
              for quantity in change_sizes_german.levels_started(passage.text, passage.language or language)}
    figures = {mention.start: mention for mention in mentions_in(spoken, language)}
    for match in said:
        mention = figures.get(match.start("start") if match["start"] else match.start("after"))
        if mention and any(q in reached for q in mention.quantities) and not any(q in starts for q in mention.quantities):
            return [Finding(offset + match.start(),
                            f"this sentence gives {mention.text} as the starting level "
                            f"('{' '.join(match.group().split())}') where its cited passages give it as the level "
                            f"reached: {clipped(text)}",
                            "give where the change started as the source does, or say it reached this level "
                            "(\"auf ...\")")]
    return []
