"""A count given to its counter by a passive: "les 3,5 millions de manifestants comptés par la CGT", "the 3.5 million
protesters counted by the union", "los 80.000 manifestantes contabilizados por la policía".

Such a participle names whose count the figure is, as "selon la CGT" does: the sentence says whose word it states
(party_word.py), and a figure it gives to one counter so may not be one a cited passage gives to another
(according_to.py: "comptés par la préfecture" citing "3,5 millions selon la CGT" is refused).
"""

from __future__ import annotations

import re

from . import patterns

# a cheap test before the pattern: every match holds one of these
GATE = ("par ", "by ", "por ")
COUNTED_BY = patterns.compile(
    r"(?<!\w)(?:(?:compt|recens|dénombr|chiffr)(?:é|ée|és|ées)\s+par|(?:counted|tallied|estimated|recorded)\s+by"
    r"|(?:contad|contabilizad|registrad|estimad)(?:o|a|os|as)\s+por)(?!\w)", re.IGNORECASE)


def counted_by(text: str) -> bool:
    """Say whether text gives a count to its counter by a passive participle ("comptés par", "counted by")."""
    return any(gate in text for gate in GATE) and COUNTED_BY.search(text) is not None
