"""A German change's way given after its figure and unit: "2,1 Prozentpunkte weniger als 2021" is a fall, "1,1
Prozentpunkte mehr als 2021" and "3,6 Prozentpunkte hinzugewonnen" rises, "2,1 Prozentpunkte verloren" a fall.

German puts a perfect tense's participle, a separable verb's particle and a comparison's "mehr als"/"weniger als"
after the figure and its unit, where direction.py looked only before the figure or right after it: a party's loss in
points kept as negative in a table ("-2.1" of "Das sind 2,1 Prozentpunkte weniger als bei der Landtagswahl 2021") was
refused as a plain amount, and "Die UNM hat 2,1 Prozentpunkte hinzugewonnen" of it was not read as turned
(tests/test_newuser_116.py). Only the word right after one unit word is read; "mehr" and "weniger" only before "als"
(a comparison), never "mehr als 30 Prozent", a bound before its figure; and so the figure after such a comparison is
its base, no bound: the "2021" of "2,1 Prozentpunkte weniger als 2021" (qualifiers.py reads `compared_before`). A
span's start between the figure and its participle is read past: "um 31 Prozent seit 2019 gestiegen" is a rise, which
"seit 2019 um 31 Prozent gesunken" turned and built (tests/test_factcheck_248.py).
"""

from __future__ import annotations

from typing import Callable

from . import patterns

# the units a change in a result is counted in, as German writes them after the figure
_UNITS = frozenset("""prozentpunkte prozentpunkten prozentpunkt punkte punkten prozent sitze sitzen mandate mandaten
stimmen""".split())
# a comparison's way, read only before "als": "2,1 Prozentpunkte weniger als 2021"
_COMPARED = {"mehr": "rise", "weniger": "fall"}
# a separable verb's particle or its participle that gives a gain: "gewinnen 3,6 Prozentpunkte hinzu"
_GAINED = frozenset({"hinzu", "dazu", "hinzugewonnen", "dazugewonnen", "hinzugewinnen", "dazugewinnen"})
# a span's start put between the unit and the participle: "um 31 Prozent seit 2019 gestiegen" (unread, "gesunken"
# of it built: tests/test_factcheck_248.py)
_SINCE = frozenset({"seit", "gegenüber"})
_YEAR = patterns.compile(r"(?:19|20)\d\d")
WORDS = frozenset(_COMPARED) | _GAINED  # words that may give a way (direction._may_give_a_way reads them)


def way_after(after: list[str], direction_of: Callable[[str], str | None]) -> str | None:
    """Return the way German words after a figure give it past its unit ("Prozentpunkte weniger als", "Prozentpunkte
    hinzu", "Prozentpunkte verloren"), or None; `direction_of` reads a word of rise or fall."""
    if len(after) > 2 and after[0].casefold() in _SINCE and _YEAR.fullmatch(after[1]):
        return direction_of(after[2])  # "um 31 Prozent seit 2019 gestiegen": the span read past, to its participle
    if len(after) < 2 or after[0].casefold() not in _UNITS:
        return None
    if len(after) > 3 and after[1].casefold() in _SINCE and _YEAR.fullmatch(after[2]):
        after = after[:1] + after[3:]  # "um 3 Prozentpunkte seit 2021 gesunken"
    word = after[1].casefold()
    if word in _COMPARED:
        return _COMPARED[word] if len(after) > 2 and after[2].casefold() == "als" else None
    if word in _GAINED:
        return "rise"
    return direction_of(after[1])


# a figure and its unit right before a place: "2,1 Prozentpunkte " before "weniger als 2021"
_FIGURE_AND_UNIT = patterns.compile(r"\d(?:[\d.,]*\d)?\s+(?P<unit>\w+)\s+$")


def compared_before(text: str, at: int) -> bool:
    """Say whether the "mehr als" or "weniger als" at `at` follows a figure and its unit ("2,1 Prozentpunkte weniger
    als 2021"): a comparison whose figure after it is its base, not a bound of it."""
    found = _FIGURE_AND_UNIT.search(text, max(0, at - 40), at)
    return bool(found) and found["unit"].casefold() in _UNITS and text[at:at + 7].casefold().startswith(("mehr", "wenig"))
