"""An instruction given, not a word passed on: "At least 340 households were told to boil water" says no one's word.

"At least 340 households were told to boil water" citing "The ... Association says at least 340 households were told
to boil water. ... it has not been independently verified" built: its "told" was read as a reporting word, so the
sentence seemed to say whose word it states, and the association's unverified figure was told as fact ("boiled water"
was refused). A passive "told" followed by "to" and a verb ("was told to", "were told to leave", "had been told not to
drink") gives an instruction someone received, not whose word the sentence states: it is blanked before the checks
look for a reporting word. "were told that", "were told the water was safe", "told reporters", "has told the court"
and an active "the utility told residents to boil water" still say whose word follows (tests/test_factcheck_249.py).
"""

from __future__ import annotations

import re

from . import patterns

# "were | told | to boil", "had been | told | not to drink", "are being | told | to stay"
_PASSIVE_TOLD_TO = patterns.compile(
    r"(?<![\w'’-])(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:(?:all|also|repeatedly|now|then|"
    r"later|already|reportedly|first|again)\s+)?(?P<told>told)\s+(?:not\s+|never\s+)?to\s+(?!the\b|a\b|an\b|"
    r"their\b|its\b|his\b|her\b|our\b|my\b|your\b|them\b|him\b|us\b|me\b)[a-z]+(?![\w'’-])", re.IGNORECASE)


def instructions_blanked(text: str) -> str:
    """Return text with each passive "told" of an instruction ("were told to boil water") blanked, offsets kept."""
    if "told" not in text.casefold():  # a str search: most sentences tell no one anything
        return text
    return _PASSIVE_TOLD_TO.sub(_blanked_told, text)


def _blanked_told(match: re.Match) -> str:
    start, end = match.span("told")
    return match.group()[:start - match.start()] + " " * (end - start) + match.group()[end - match.start():]
