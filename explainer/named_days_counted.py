"""Days a passage names one by one, counted or ranked by a sentence: "für drei Tage" of "für Mittwoch, Donnerstag und
Freitag", "der erste Tag" of the same list.

"Die GSV rief ihre Mitglieder für drei Tage zum Streik auf" citing "Die GSV hatte ihre Mitglieder ... für Mittwoch,
Donnerstag und Freitag zum Streik aufgerufen" was refused, "drei" in no passage; so was "Der erste Tag des dritten
Ausstands war ein Mittwoch", "erste" read as a figure (newuser_123). A count of days ("drei Tage", "tres días", "three
days", "trois jours") stands where a cited passage names exactly that many weekdays in one list ("Mittwoch, Donnerstag
und Freitag"); a first day ("der erste Tag", "el primer día", "the first day", "le premier jour") where a passage's
list names two weekdays or more, and the sentence names no weekday but the list's first. Another count ("vier Tage"
of three named days) is refused as before. German, Spanish, English and French are read.
"""

from __future__ import annotations

import re

from . import patterns

_WEEKDAYS = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "es": "lunes martes miércoles miercoles jueves viernes sábado sabado domingo",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche"}
_DAY = "|".join(word for words in _WEEKDAYS.values() for word in words.split())
# one list of weekdays: "Mittwoch, Donnerstag und Freitag", "lunes, martes y miércoles", "Monday and Tuesday"
_LIST = patterns.compile(rf"(?<![^\W\d_])(?:{_DAY})(?:\s*,\s*(?:{_DAY})(?![^\W\d_]))*\s*(?:,\s*)?(?:und|y|e|and|et|sowie)"
                         rf"\s+(?:{_DAY})(?![^\W\d_])", re.IGNORECASE)
_ONE_DAY = patterns.compile(rf"(?<![^\W\d_])(?:{_DAY})(?![^\W\d_])", re.IGNORECASE)
# the noun right after the count or rank: "drei Tage", "tres días", "three days", "trois jours", "drei Streiktage"
_DAYS_AFTER = patterns.compile(r"\s+(?:[^\W\d_]*tage|[^\W\d_]*tagen|tag|días|dias|día|dia|days?|jours?|jornadas?)"
                               r"(?![^\W\d_])", re.IGNORECASE)
_FIRST = frozenset({"erste", "ersten", "erster", "erstes", "primer", "primera", "first", "premier", "première"})


def days_named_counted(quantities: tuple, sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the count or rank at sentence[start:end] is of days a cited passage names one by one: "drei Tage"
    of "Mittwoch, Donnerstag und Freitag", "der erste Tag" of the same list."""
    if len(quantities) != 1 or not _DAYS_AFTER.match(sentence, end):
        return False
    lists = [_days_of(match.group()) for passage in passages for match in _LIST.finditer(passage.text)]
    if not lists:
        return False
    if sentence[start:end].casefold() in _FIRST:
        named = {day.group().casefold() for day in _ONE_DAY.finditer(sentence)}
        return any(len(days) >= 2 and named <= {days[0]} for days in lists)
    value = quantities[0].value
    return any(len(set(days)) == value for days in lists)


def _days_of(listed: str) -> list[str]:
    """Return the weekdays of one list, in order, folded."""
    return [day.group().casefold() for day in _ONE_DAY.finditer(listed)]
