"""A span in decades is the same span in years: "for more than three decades" may cite "for more than 30 years", and
"for over forty years" a passage's "for more than four decades".

An editor writes either as the sentence reads best; both state one length of time. The figure in one unit must stand
in a cited passage in the other (ten years a decade, and only a whole number of decades: "35 years" is no decade
count), given there in that unit, so "three decades" backs no "30 wells". The qualifier is then read as the
converted figure's, as for any figure: "three decades" citing "more than 30 years" still leaves it out.

So with the spans of a clock and a calendar whose ratio never varies: "two weeks' notice" may cite "14 days' notice",
"for three days" "for 72 hours", "an hour and a half" no more than "90 minutes" (a whole number of the larger unit
only: "45 minutes" backs no "0.75 hours"; months and years, of varying length, are not converted).

A figure hedged as near ("about three weeks", "nearly two weeks") is near a length in the smaller unit too: "about"
within a seventh of it either way (20 days for three weeks), "nearly" short of it by a fifth at most (12 days for two
weeks, not 9); the passage's figure is then read as the sentence's, as a plain one is.

A passage's span of one unit in words is that unit's figure: "closed for seven days" may cite "closed for a week",
"for 14 days" "for a fortnight", "for 24 hours" "for a day", "ten years" "a decade" ("eight days" is refused). It is
read only after a word of a span's length ("for", "lasted", "took", "within", "after", "in", "spent"), so "twice a
day" and "$5 a day", rates, state no length; a qualified one backs only a figure qualified alike: "for more than a
week" backs "for more than seven days", not "for seven days" nor "nearly seven days". "A month" in words is read as
30 days ("closed for 30 days" may cite "closed for a month"; 31 days, or four weeks, may not)
(tests/test_factcheck_81.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, unit_after, units_given
from .qualifiers import qualifier_of
from .wordset import may_hold

# Each larger span with the smaller one it holds a fixed number of.
_HOLDS = {"decade": ("year", Decimal(10)), "week": ("day", Decimal(7)), "day": ("hour", Decimal(24)),
          "hour": ("minute", Decimal(60))}
# A fraction's span after it: "three-quarters of an hour", "half of a day"
_PART_OF = patterns.compile(r"\s+of\s+(?:an?|one)\s+(?P<unit>hour|day|week|decade)(?!\w)", re.IGNORECASE)
_HELD_IN = {smaller: (larger, times) for larger, (smaller, times) in _HOLDS.items()}


def as_the_other_span(quantities: tuple[Quantity, ...], text: str, start: int, end: int,
                      passages: list[tuple[str, str]]) -> tuple[Quantity, ...]:
    """Return the figure text[start:end] as the passages give it in a span next to its own (years for decades, days
    for weeks, hours for days, minutes for hours, and back: a whole number of the larger), where one of the passages,
    each (text, language), gives it so; else ()."""
    if len(quantities) != 1 or quantities[0].unit:
        return ()
    unit, value = unit_after(text, start, end), quantities[0].value
    if unit is None and value < 1 and (part := _PART_OF.match(text, end)):
        unit = part["unit"].casefold()  # "three-quarters of an hour": 45 minutes, a whole number of the smaller
    wanted = []
    if unit in _HOLDS:
        smaller, times = _HOLDS[unit]
        wanted.append((Quantity(value * times, ""), smaller))
    if unit in _HELD_IN and value % _HELD_IN[unit][1] == 0:
        larger, times = _HELD_IN[unit]
        wanted.append((Quantity(value / times, ""), larger))
    if unit in _HOLDS or unit in _HELD_IN:
        wanted.append((Quantity(value, ""), unit))  # "two weeks" of a passage's "a fortnight"
    own = qualifier_of(text, start, end)
    kind = own.kind if own else None
    for span in wanted:
        if any(span in units_given(passage, language) or span in _spelled_spans(passage, kind)
               for passage, language in passages):
            return (span[0],)
    if unit in _HOLDS and value > 0 and (near := _NEAR.get(getattr(qualifier_of(text, start, end), "kind", ""))):
        smaller, times = _HOLDS[unit]
        low, high = near
        for passage, language in passages:
            for quantity, family in sorted(units_given(passage, language)):
                if family == smaller and not quantity.unit and low <= quantity.value / (value * times) < high:
                    return (quantity,)
    return ()


# A span of one unit in words, after a word of its length and no qualifier: "for a week", "lasted a day", "within a
# fortnight" (tests/test_factcheck_75.py)
_SPELLED = patterns.compile(r"(?<![\w-])(?:for|lasted|lasting|lasts|last|took|takes|take|within|after|in|spent)\s+"
                            r"(?:just\s+|only\s+)?(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|nearly\s+"
                            r"|almost\s+|about\s+|around\s+|at\s+least\s+|at\s+most\s+|up\s+to\s+)?"
                            r"(?P<one>an?|one)\s+(?P<unit>hour|day|week|decade|fortnight|month)(?![\w'’-])",
                            re.IGNORECASE)
# The same span named as the one just past ("over the previous decade", "in the past week"), and in French ("sur la
# décennie précédente", "au cours de la dernière décennie", "en une semaine", "pendant un mois"): a decade is ten years
# whichever way it is named (tests/test_newuser_63.py)
_SPELLED_PAST = patterns.compile(r"(?<![\w-])(?:over|during|in|for|across|within)\s+(?P<one>the)\s+(?:past|previous|last"
                                 r"|preceding)\s+(?P<unit>hour|day|week|decade)(?![\w'’-])", re.IGNORECASE)
_SPELLED_FR = patterns.compile(
    r"(?<![\w-])(?:pendant|durant|en|depuis|sur|après|dans|(?:au\s+cours|lors)\s+d(?:e\s+|u\s+|['’]\s*))\s*"
    r"(?:(?P<bound>plus|moins|près)\s+d['’]\s*|(?P<about>environ)\s+)?"
    r"(?:(?P<one>une?)\s+|(?P<the>la|le|cette|ce)\s+(?P<past>(?:dernière|dernier|précédente|précédent)\s+)?)"
    r"(?P<unit>décennie|semaine|journée|jour|heure|mois)(?P<after>\s+(?:précédente|précédent|écoulée|écoulé|passée"
    r"|passé|dernière|dernier))?(?![\w'’-])", re.IGNORECASE)
_FRENCH_UNITS = {"décennie": "decade", "semaine": "week", "journée": "day", "jour": "day", "heure": "hour",
                 "mois": "month"}
_SPELLED_WORDS = frozenset({"hour", "day", "week", "decade", "fortnight", "month", "semaine", "jour", "heure", "mois"})
# "a month" is read as the 30 days that ordinarily restate it (and no other count of days or weeks)
_ONE_OF = {"fortnight": (Decimal(2), "week"), "month": (Decimal(30), "day")}


def _spelled_spans(text: str, qualifier: str | None = None) -> frozenset[tuple[Quantity, str]]:
    """Return each (quantity, unit) text gives as a span of one unit in words ("for a week": (1, "week"); "for a
    fortnight": (2, "week")), qualified as a sentence's figure is (a qualifier's kind, "more than", or None)."""
    if not may_hold(text, _SPELLED_WORDS):
        return frozenset()
    found = set()
    for match in _spelled_matches(text):
        if (_french_bound(match) if "bound" in match.re.groupindex else _bound(text, match)) != qualifier:
            continue  # "more than a week" keeps "more than seven days", and backs no plain figure
        unit = _FRENCH_UNITS.get(match["unit"].casefold(), match["unit"].casefold())
        times, unit = _ONE_OF.get(unit, (Decimal(1), unit))
        found.add((Quantity(times, ""), unit))
    return frozenset(found)


def _bound(text: str, match: re.Match) -> str | None:
    """Return the kind of the qualifier of an English span of one unit in words ("more than a week": "more than")."""
    if match.re == _SPELLED_PAST:
        return None  # "over the past decade": "over" is where, no bound
    theirs = qualifier_of(text, match.start("one"), match.end("one"))
    return theirs.kind if theirs else None


def _french_bound(match: re.Match) -> str | None:
    """Return the kind of the qualifier of a French span of one unit in words ("plus d'une semaine": "more than")."""
    if match["about"]:
        return "about"
    return {"plus": "more than", "moins": "fewer than", "près": "nearly"}.get((match["bound"] or "").casefold())


def _spelled_matches(text: str):
    """Yield the matches of a span of one unit in words in text: "for a week", "over the past decade", "en une
    semaine", "sur la décennie précédente" (a French definite article only with a word saying the span just past)."""
    yield from _SPELLED.finditer(text)
    if text.isascii():
        yield from _SPELLED_PAST.finditer(text)
    for match in _SPELLED_FR.finditer(text):
        if match["one"] or match["past"] or match["after"]:
            yield match


# How far from a hedged span its smaller unit's figure may be, as a share of it: [low, high).
_NEAR = {"about": (Decimal(6) / 7, Decimal(8) / 7), "nearly": (Decimal("0.8"), Decimal(1))}
