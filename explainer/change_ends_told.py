"""A change's size of ends change_sizes.py did not read: a year between them, a second clause's, or the sentence's own.

"Veskland's herring landings fell by 12,000 tonnes" citing "landings dropped from 41,000 tonnes in 2019 to 29,000
tonnes in 2025" (a year after each end; or a unit of up to four words and a month or day, "fell from 410 cubic metres
per second in early October to 260": factcheck_129), "Ardania's herring quota is cut by 3,300 tonnes" citing "Veskland's share
falls to 25,500 tonnes from 30,000 tonnes, and Ardania's to 18,700 tonnes from 22,000 tonnes" (the second change's verb
left out), and "Ardania cut the licences by 60, from 240 to 180" citing "Ardania issued 240 such licences last year; for
2026 it has issued 180" (the ends the sentence gives itself, each in the passage) were refused. A change's size (after
change_sizes' word of rise or fall) is read here against "from A [unit] [in YEAR] to B" and "to B [unit] from A" in a
passage that tells a rise or fall before them, and against the sentence's own "from A to B" right after it where a
cited passage gives both A and B; the size must be their difference, the way (rise or fall) theirs.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, mentions_in

_NUMBER = r"(?P<{0}>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
# "tonnes", "licences", "cubic metres per second": a unit of up to four words after the number (factcheck_129)
_UNIT_WORD = r"(?:\s+[^\W\d_]+){0,4}"
# when the end was: "in 2019", "in early October", "on Monday", "at the end of June" (factcheck_129)
_IN_YEAR = (r"(?:\s+in\s+(?:19|20)\d\d|\s+(?:in|on|at|during)\s+(?:(?:early|mid|late|the|end|start|of)[\s-]+){0,4}"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter)(?:\s+(?:19|20)\d\d)?)?")
_FROM_TO = patterns.compile(rf"(?<!\w)from\s+{_NUMBER.format('a')}{_UNIT_WORD}{_IN_YEAR}\s+to\s+{_NUMBER.format('b')}"
                            r"(?![\d,.]\d)", re.IGNORECASE)
_TO_FROM = patterns.compile(rf"(?<!\w)to\s+{_NUMBER.format('b')}{_UNIT_WORD}{_IN_YEAR}\s+from\s+{_NUMBER.format('a')}"
                            r"(?![\d,.]\d)", re.IGNORECASE)
_CHANGE = patterns.compile(r"(?<!\w)(?:f[ae]ll\w*|drop\w*|declin\w*|decreas\w*|shrank|shrink\w*|slid|lower\w*|cuts?"
                           r"|reduc\w*|ris\w*|rose|grew|grow\w*|increas\w*|jump\w*|climb\w*|raise\w*|went)(?!\w)",
                           re.IGNORECASE)
_SENTENCE_FROM_TO = patterns.compile(rf"\s*(?:\w+\s+)?,?\s*from\s+{_NUMBER.format('a')}{_UNIT_WORD}\s+to\s+"
                                     rf"{_NUMBER.format('b')}(?![\d,.]\d)", re.IGNORECASE)


def told_change(quantities: tuple[Quantity, ...], sentence: str, end: int, way: bool | None, passages,
                others: frozenset[Decimal] = frozenset()) -> bool:
    """Say whether a change's size, ending at sentence[end], is the difference of two ends a passage tells ("from A in
    2019 to B", "..., and Y's to B from A") or the sentence tells right after it of two figures a passage gives, with
    the change's `way` (True a rise, False a fall, None either), neither end one of `others` (another's:
    change_owners.py)."""
    wanted = {q.value for q in quantities if not q.unit}
    if not wanted:
        return False
    fits = lambda a, b: abs(b - a) in wanted and way in (None, b > a) and a not in others and b not in others  # noqa: E731
    own = _SENTENCE_FROM_TO.match(sentence, end)
    if own and fits(_value(own["a"]), _value(own["b"])):
        given = {q.value for passage in passages for m in mentions_in(passage.text, passage.language)
                 if m.kind == "figure" for q in m.quantities if not q.unit}
        if {_value(own["a"]), _value(own["b"])} <= given:
            return True
    return any(fits(a, b) for passage in passages if "from" in passage.text.casefold()
               for a, b in _ends_in(passage.text))


def _ends_in(text: str) -> list[tuple[Decimal, Decimal]]:
    """Return each change's start and end a text tells after a word of rise or fall."""
    ends = []
    for pattern in (_FROM_TO, _TO_FROM):
        for match in pattern.finditer(text):
            if _CHANGE.search(text, max(0, match.start() - 160), match.start()):
                ends.append((_value(match["a"]), _value(match["b"])))
    return ends


def _value(number: str) -> Decimal:
    """Return a number written with grouping commas as its value."""
    return Decimal(number.replace(",", ""))
