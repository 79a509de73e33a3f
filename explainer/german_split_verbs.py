"""A German separable verb's past standing apart from its prefix, read as its participle: "Das Landgericht wies die
Klage ab" holds "abgewiesen" as polarity.py reads a clause's words.

"Das Gericht hat die Klage nicht abgewiesen" citing "Das Landgericht wies die Klage ab" built: the negation's
predicate, "abgewiesen", stood nowhere in the passage's clause, whose "wies ... ab" shares no five letters with it, so
the clauses were not read as restating each other. A clause ending in a separable prefix ("ab", "zurück", "vor")
after a strong past of german_verbs.py's table ("wies", "brach", "legte" is weak and its own stem) gives the verb's
participle among its words too (tests/test_newuser_74.py).
"""

from __future__ import annotations

from . import patterns
from .german_verbs import SEPARABLE, past_infinitives, strong_forms

_WORD = patterns.compile(r"[^\W\d_]+")


def split_participles(clause: str) -> frozenset[str]:
    """Return the participles ("abgewiesen") of the separable strong verbs whose past stands apart from their prefix
    at the clause's end ("wies die Klage ab"), lowercased."""
    words = _WORD.findall(clause)
    if len(words) < 2 or words[-1].lower() not in SEPARABLE:
        return frozenset()  # the common case: one lookup
    prefix = words[-1].lower()
    found = set()
    for word in words[:-1]:
        for infinitive in past_infinitives(word.lower()):
            forms = strong_forms(prefix + infinitive)
            if forms is not None and forms.prefix == prefix:
                found.add(forms.participle)
    return frozenset(found)


# A date set off by commas, "am Mittwoch, 11. März 2026,": no clause of its own. Cut there (at its commas and its
# day's stop), "hat den Antrag ... am Mittwoch, 11. März 2026, abgewiesen" lost its participle to a clause of one
# word, and "weist den Antrag ab" citing it was read as adding a negation.
_DATE_ASIDE = patterns.compile(
    r",\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|Januar"
    r"|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s*\d{4})?\s*,")


# A day's stop before its month's name, "am 25. Februar" (German, Danish and Norwegian write the day as an ordinal),
# ends no clause either: "Die Stadt hat das Angebot am 25. Februar abgelehnt" lost its participle, and was read as
# dropping the negation of "Am 25. Februar lehnte die Stadt das Angebot ab"
_DAY_STOP = patterns.compile(r"(?<![\d.])\d{1,2}(?P<stop>\.)(?=\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli"
                             r"|August|September|Oktober|November|Dezember|januar|februar|marts|april|maj|juni|juli"
                             r"|august|september|oktober|november|december|desember|mars|mai)(?!\w))")


def day_stops(text: str) -> frozenset[int]:
    """Return where text's stops closing a day before its month's name stand ("am 25. Februar")."""
    return frozenset(match.start("stop") for match in _DAY_STOP.finditer(text)) if ". " in text else frozenset()


def joined_over_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends `spans` (each a separator's start and end, in order) but those within a German date set
    off by commas ("am Mittwoch, 11. März 2026,") and a day's stop ("am 25. Februar"): the clause goes on across it."""
    if not any(character.isdigit() for character in text):
        return spans  # the common case: no date to set off
    stops = day_stops(text)
    asides = [match.span() for match in _DATE_ASIDE.finditer(text)] if ", " in text else []
    if not asides and not stops:
        return spans
    return [(end, after) for end, after in spans
            if end not in stops and not any(start <= end < stop for start, stop in asides)]
