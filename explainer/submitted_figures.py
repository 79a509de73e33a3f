"""Figures a party gave a court are its word: "according to figures the company gave the court" is the company's
voice, as "according to the company's own figures" is.

party_word.py reads "according to" a side named by its common noun ("the company") as that side's word only where it
is its own version ("the council's own figures") or charges another, since "according to the city's finance
department, water rates went up" tells what the city does. Figures a party submits to a court, tribunal or inquiry
are its case, not a finding: "Open repair complaints fell from 410 to 265" citing "The number of open repair
complaints ... fell from 410 in October to 265 in February, according to figures the company gave the court" told
the landlord's figures as fact, and built (tests/test_newuser142.py). Read here: figures, data, numbers, statistics
or estimates that a few words ("the company", "Acme") gave, provided, submitted, presented, filed or supplied (to a
court, a tribunal, an inquiry: the words read stop six words after "according to").
"""

from __future__ import annotations

import re

from . import patterns

_SUBMITTED = patterns.compile(
    r"^(?:the\s+)?(?:figures|data|numbers|statistics|estimates)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:gave|provided|submitted|presented|filed|supplied|put\s+before)(?![\w-])", re.IGNORECASE)


def submitted_to_a_body(words: str) -> bool:
    """Say whether the words after "according to" are figures someone gave or submitted (a court, an inquiry)."""
    return bool(("gave" in words or "ed" in words or "put " in words) and _SUBMITTED.search(words))
