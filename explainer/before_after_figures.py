"""A figure kept to its side of an event: "The average one-way fare was £112 before Brisa Air's entry and £148 in the
year to March 2026" may not cite "The average one-way fare was £148 in the year before Brisa Air's entry and £112 in
the year to March 2026".

A figure followed within three words by "before" or "after" and what it is before or after ("£148 in the year before
Brisa Air's entry") is tied to that event. A sentence tying a figure to an event is refused where every cited passage
tying a figure to the same event ("before Brisa", its first word compared) ties another, and a passage gives the
sentence's figure elsewhere: the two figures swapped across it. A figure before the event's words only is read, in
English text; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import has_digit

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_TIED = patterns.compile(rf"(?<![\w.,])[£$€]?(?P<number>{_NUMBER})(?:\s?(?:%|per\s?cent|million|billion|bn|m))?"
                         r"(?P<between>(?:\s+(?!and\b|or\b|but\b)[a-z][\w-]*){0,3}?)\s+(?P<side>before|after)\s+"
                         r"(?:the\s+|its\s+|their\s+)?(?P<what>[\w'’-]+)", re.IGNORECASE)
_FIGURE = patterns.compile(rf"(?<![\w.,])[£$€]?(?P<number>{_NUMBER})")


def figure_moved_across_event(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text ties a figure to a side of an event its cited passages tie another figure to."""
    if not in_english(language) or not has_digit(text) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    if " before " not in spoken and " after " not in spoken:
        return []
    for mine in _TIED.finditer(spoken):
        number, event = _number(mine["number"]), _event(mine)
        theirs = [found for passage in passages for found in _TIED.finditer(passage.text) if _event(found) == event]
        given = {_number(found["number"]) for passage in passages for found in _FIGURE.finditer(passage.text)}
        if theirs and all(_number(found["number"]) != number for found in theirs) and number in given:
            other = theirs[0]
            return [Finding(offset + mine.start(), f"this sentence gives {mine['number']} {mine['side'].casefold()} "
                                                   f"{mine['what']}, where its cited passages give "
                                                   f"{other['number']} ('{' '.join(other.group().split())}'): "
                                                   f"{clipped(text)}",
                            "keep each figure on the side of the event the source gives it, or cite the words that "
                            "say what this says")]
    return []


def _event(found: re.Match) -> tuple[str, str]:
    """Return an event a figure is tied to as compared: its side and its first word, "'s" left off."""
    return found["side"].casefold(), re.sub(r"['’]s?$", "", found["what"].casefold())


def _number(written: str) -> str:
    return written.replace(",", "")
