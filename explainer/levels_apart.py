"""A change's two ends each given on its own, dated: "Coverage has dropped six points in a decade" citing "Coverage
was 93% in 2015." and "Coverage is now 87%."

A reporter sets two levels of one measure side by side, each told in a sentence of its own (or a passage of its own),
one in a year and the other in a later year or "now", and gives the change between them. Unread, such a size was
refused ("figure "six" is not in the passages"). A level is read as a measure's words (one to four, before "was",
"is", "stood at", "has been") and a figure, dated by "in YEAR" right after it (or after its unit's word: "40 ships in
2015") or "now" ("today", "currently") before or after it; two levels of one measure the sentence names, in one
unit, dated apart, give a change from the earlier to the later: change_sizes.py takes a size that is their
difference, the way they go ("risen six points" is refused, and so is a size of two measures' levels:
tests/test_newuser_74.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, is_year, mentions_in

_NOW = Decimal(10000)  # "now" is later than any year
# A level told with no date ("Turnout was 61.8%.") is the report's own: later than a year the same passage dates
# another level of its measure by (one before the year the report is published, where known), never "now"'s
_UNDATED = Decimal(9999)
_PRONOUNS = frozenset({"it", "this", "that"})
# "In 2021 it was 58.9%": a year before the measure dates it too (tests/test_factcheck_155.py)
_LEVEL_BEFORE = patterns.compile(
    r"(?<![\w'’-])(?:in\s+(?P<year>(?:19|20)\d\d)\s*,?\s+)?(?P<measure>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s+"
    r"(?P<now>now\s+|today\s+|currently\s+)?"
    r"(?:was|were|is|are|stood\s+at|stands\s+at|has\s+been|had\s+been)\s+(?P<now2>now\s+|today\s+|currently\s+)?"
    r"(?:at\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_DATE_AFTER = patterns.compile(r"\s*(?:%|\s+per\s*cent|\s+percent|\s+[^\W\d_][\w-]*)?\s+"
                               r"(?:in\s+(?P<year>(?:19|20)\d\d)(?!\d)"
                               r"|(?P<now>now|today|currently)(?!\w))", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_GATE = (" was ", " is ", " were ", " are ", " stood ", " stands ", " been ")


def _levels(text: str, language: str) -> list[tuple[frozenset[str], Decimal, Quantity]]:
    """Return each dated level of a measure text gives: its measure's words, its date (a year, or _NOW), its figure."""
    if not any(gate in text for gate in _GATE):
        return []
    found = []
    for mention in mentions_in(text, language):
        if mention.kind != "figure" or is_year(text[mention.start:mention.end]):
            continue
        before = _LEVEL_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if not before:
            continue
        after = _DATE_AFTER.match(text, mention.end)
        year = after["year"] if after and after["year"] else before["year"]
        now = before["now"] or before["now2"] or (after and after["now"])
        date = Decimal(year) if year else _NOW if now else _UNDATED
        measure = frozenset(word for word in before["measure"].casefold().split() if word not in _ARTICLES)
        if measure <= _PRONOUNS and found:
            measure = found[-1][0]  # "Turnout was 61.8%. In 2021 it was 58.9%.": the level before names what "it" is
        found.extend((measure, date, quantity) for quantity in mention.quantities)
    return found


def levels_apart(wanted: set, unit: str, sentence: str, way: bool | None, passages,
                 others: frozenset = frozenset()) -> bool:
    """Say whether a size in `wanted` (values, in `unit`) is the difference of two levels of one measure the sentence
    names, dated apart in the cited passages, going `way` (True a rise, False a fall, None either)."""
    levels = [(level, passage) for passage in passages for level in _levels(passage.text, passage.language)]
    if len(levels) < 2:
        return False
    words = {word.strip(".,;:!?'’\"") for word in sentence.casefold().split()}
    for (measure, date, start), passage in levels:
        for (other, later, reached), other_passage in levels:
            if (other == measure and _later(later, date, other_passage is passage, passage.published)
                    and start.unit == reached.unit == unit and measure <= words
                    and abs(reached.value - start.value) in wanted and way in (None, reached.value > start.value)
                    and start.value not in others and reached.value not in others):
                return True
    return False


def _later(later: Decimal, date: Decimal, same_passage: bool, published: str) -> bool:
    """Say whether a level's date is after another's: an undated level only after a year its own passage gives,
    before the year the passage is published in (where known)."""
    if _UNDATED not in (later, date):
        return later > date
    if later != _UNDATED or date in (_UNDATED, _NOW) or not same_passage:
        return False
    return not published[:4].isdigit() or date < int(published[:4])
