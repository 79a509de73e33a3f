"""An event's period kept: "Fares rose last year" may not cite "fares rose over the last three years", nor "fares
rose in recent years" cite "fares rose last year" (tests/test_factcheck_151.py).

figure_periods.py holds a figure's period; an event told with no figure ("rose", "fell", "were cut") was read for its
period by no check, and a single year's change told for years (or years' for one) built. A sentence naming one year
("last year", "this year", "over the past year", "a year ago"; French "l'an dernier", "l'année dernière", "cette
année"; Spanish "el año pasado", "este año"; German "letztes Jahr", "im vergangenen Jahr", "dieses Jahr") is refused
where a cited passage's sentence sharing two words of four letters or more with it (all of them, where it has fewer)
tells it over several years ("over the last three years", "in recent years", "over the past decade"; "au cours des
trois dernières années", "ces dernières années"; "en los últimos tres años"; "in den letzten drei Jahren") and names
no single year; a sentence naming several years is refused where such a passage sentence names one year and no
cited passage names several. A sentence with a figure other than a year is left to the figure checks
(figure_periods.py, rates.py). Words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .sentences import markers_blanked

_ONE_YEAR = patterns.compile(
    r"(?<![\w-])(?:(?:last|this|past)\s+year|(?:in|over|during)\s+the\s+(?:past|last)\s+year|a\s+year\s+ago"
    r"|l['’]an\s+dernier|l['’]année\s+dernière|cette\s+année|el\s+año\s+pasado|este\s+año|letztes\s+Jahr"
    r"|(?:im\s+)?(?:letzten|vergangenen)\s+Jahr|dieses\s+Jahr|im\s+Vorjahr)(?![\w-])", re.IGNORECASE)
_YEARS = patterns.compile(
    r"(?<![\w-])(?:(?:over|in|during|across|for)\s+the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,2})\s+)?(?:years|decades?)|(?:in|over)\s+recent\s+years|(?:ces|les)\s+dernières"
    r"\s+années|au\s+cours\s+des\s+(?:\w+\s+)?dernières\s+années|en\s+los\s+últimos\s+(?:\w+\s+)?años"
    r"|en\s+años\s+recientes|durante\s+los\s+últimos\s+(?:\w+\s+)?años|in\s+den\s+(?:letzten|vergangenen)\s+(?:\w+\s+)?"
    r"Jahren)(?![\w-])", re.IGNORECASE)
# A figure other than a year: its period is the figure checks' to read
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_YEAR_ALONE = patterns.compile(r"(?:19|20)\d\d")
_HOLDS = ("year", "decade", "anné", "l'an", "l’an", "año", "jahr")
_NOT_CONTENT = frozenset({"last", "this", "past", "year", "years", "over", "during", "across", "recent", "decade",
                          "decades", "that", "with", "have", "been", "from", "they", "their", "said", "says", "also",
                          "dernier", "dernière", "dernières", "année", "années", "cette", "pasado", "este", "años",
                          "últimos", "letztes", "letzten", "vergangenen", "jahr", "jahren", "dieses", "vorjahr"})
_SHARED = 2
_STOPS = patterns.compile(r"(?<=[.;!?])\s+")


def changed_event_periods(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells an event in one year that its passages tell over several, or the reverse."""
    lowered = text.casefold()
    if not any(word in lowered for word in _HOLDS):
        return []  # most sentences name no year's span: found by a lookup of their letters
    spoken = unquoted(markers_blanked(text))
    if any(not _YEAR_ALONE.fullmatch(figure.group()) for figure in _FIGURE.finditer(spoken)):
        return []
    one, several = _ONE_YEAR.search(spoken), _YEARS.search(spoken)
    if bool(one) == bool(several):
        return []  # neither, or both: "this year, as in recent years"
    words = content_words(spoken, _NOT_CONTENT)
    least = min(_SHARED, len(words))
    if not least:
        return []
    if several and any(_YEARS.search(passage.text) for passage in passages):
        return []  # a passage tells something over several years
    for passage in passages:
        for sentence in _STOPS.split(unquoted(passage.text)):
            if len(words & content_words(sentence, _NOT_CONTENT)) < least:
                continue
            theirs_one, theirs_several = _ONE_YEAR.search(sentence), _YEARS.search(sentence)
            said, given = (one, theirs_several) if one else (several, theirs_one)
            if given and not (theirs_one if one else theirs_several):
                shown, kept = " ".join(said.group().split()), " ".join(given.group().split())
                return [Finding(offset, f"this sentence says '{shown}' where its cited passages say '{kept}': "
                                        f"{clipped(text)}",
                                "keep the span of time the source gives, or cite a passage that gives this one")]
    return []
