"""A figure a passage gives for one day told as a rate: "The strike cost the operator 3 million a day" may not cite
"the operator lost 3 million on Monday alone" (tests/test_factcheck_151.py).

rates.py holds a figure given per period to the period its passages give it per, and lets a figure a passage gives
plainly pass with any. A figure a passage gives for one day, week or month named ("on Monday alone", "that day", "on
13 April", "in a single day"; "that week", "last week"; "in March alone", "that month"; French "lundi", "ce jour-là",
"en une seule journée"; Spanish "solo el lunes", "ese día"; German "allein am Montag", "an diesem Tag") is no plain
figure: told as that unit's rate ("a day", "per day", "each day", "daily", "par jour", "al día", "pro Tag",
"täglich") it makes one day's figure every day's. A sentence is refused where every passage giving its figure gives
it so, with no rate; a passage's "losing 3 million a day" backs it. The one day is read in the figure's sentence, at
most 80 characters from it, with no verb of saying between or right before it ("the company said on Monday that
the strike costs it 3 million" dates the saying, not the figure). Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .numbers import ENGLISH_MONTHS, find_mentions, mentions_in
from .rates import _period_of, may_give_a_period
from .sentences import inside, markers_blanked

_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
            r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|Montag|Dienstag|Mittwoch|Donnerstag"
            r"|Freitag|Samstag|Sonntag)")
_MONTH = "(?:" + "|".join(ENGLISH_MONTHS) + ")"
# One day, week or month named, each a group: what a figure given for it is of, not a rate
_ONE = patterns.compile(
    r"(?<![\w-])(?:(?P<day>(?:on\s+|that\s+|(?:solo|sólo|sóla?mente)\s+el\s+|el\s+|(?:allein\s+)?am\s+"
    r"|la\s+seule\s+journée\s+de\s+)" + _WEEKDAY + r"(?!\w)(?:\s+alone)?|(?:on\s+)?that\s+(?:same\s+)?day"
    r"|on\s+the\s+(?:first|second|third|last|final|opening)\s+day|in\s+(?:a\s+single|one)\s+day|yesterday"
    rf"|on\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?!\d)(?:\s+alone)?|ce\s+jour-là|en\s+une\s+seule\s+journée"
    r"|en\s+un\s+seul\s+jour|ese\s+(?:mismo\s+)?día|en\s+un\s+solo\s+día|an\s+diesem\s+Tag|an\s+einem\s+einzigen\s+Tag"
    r"|(?<!le\s)(?<!ce\s)(?<!les\s)(?<!chaque\s)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w))"
    r"|(?P<week>that\s+(?:same\s+)?week|last\s+week|in\s+(?:a\s+single|one)\s+week|cette\s+semaine-là"
    r"|esa\s+semana|in\s+dieser\s+Woche)"
    rf"|(?P<month>that\s+(?:same\s+)?month|last\s+month|in\s+{_MONTH}\s+alone|in\s+(?:a\s+single|one)\s+month"
    r"|ce\s+mois-là|ese\s+mes|in\s+diesem\s+Monat))(?![\w-])", re.IGNORECASE)
# The saying, not the figure, is what a day named after these is of: "said on Monday", "announced that day"
_SAYING = patterns.compile(r"(?<!\w)(?:said|says|say|told|announced|reported|stated|a\s+déclaré|a\s+dit|a\s+annoncé"
                           r"|dijo|declaró|anunció|sagte|erklärte|teilte)(?!\w)", re.IGNORECASE)
_REACH = 80
_RATES = frozenset({"day", "week", "month"})
_STOPS = patterns.compile(r"[.;!?](?=\s|$)")


def one_day_as_rate(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure per day (week, month) that every passage giving it gives for one
    day (week, month) named, with no rate."""
    if not may_give_a_period(text):
        return []  # most sentences give no rate: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for mention in find_mentions(spoken, language, prose=True):
        period = _period_of(spoken, mention) if not inside(quoted, mention.start) else None
        if period not in _RATES:
            continue
        for quantity in mention.quantities:
            given = [one for passage in passages for one in _given(passage.text, passage.language or language)
                     if one[0] == quantity]
            if given and all(unit == period for _, unit, _ in given):
                return [Finding(offset + mention.start,
                                f'figure "{mention.text}" is given per {period}, but the passages this sentence cites '
                                f'give it for one {period} ("{given[0][2]}"): {clipped(text)}',
                                f"give the figure for the {period} the source names, or cite a passage that gives it "
                                f"per {period}")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _given(text: str, language: str) -> tuple[tuple, ...]:
    """Return each quantity a passage states with the unit of the one day, week or month it is given for ("day"), or
    None (a rate, or no such day), and the words naming it."""
    if not any(mention.kind == "figure" for mention in mentions_in(text, language)):
        return ()
    found = []
    for mention in mentions_in(text, language):
        one = None if _period_of(text, mention) else _one_named(text, mention.start, mention.end)
        found += [(quantity, one.lastgroup if one else None, one.group() if one else "")
                  for quantity in mention.quantities]
    return tuple(found)


def _one_named(text: str, start: int, end: int) -> re.Match | None:
    """Return the day (week, month) named in the figure's sentence near it, with no verb of saying between them or
    right before it, or None."""
    low = max([stop.end() for stop in _STOPS.finditer(text, max(0, start - _REACH), start)], default=max(0, start - _REACH))
    after = _STOPS.search(text, end, end + _REACH)
    high = after.start() if after else min(len(text), end + _REACH)
    for one in _ONE.finditer(text, low, high):
        between = text[one.end():start] if one.end() <= start else text[end:one.start()]
        if not _SAYING.search(between) and not _SAYING.search(text, max(0, one.start() - 12), one.start()):
            return one
    return None
