"""A correction's withdrawn words denied: "The recall covers six batches, not eight" citing "An earlier version of this
article said that the recall covered eight batches", no negation added.

A correction gives what was wrongly said before ("An earlier version of this article said ...", "we wrongly reported
...", "incorrectly stated"): denying it is what the correction does. polarity.py read that clause as the passage's own
word and refused the sentence's "not eight" (tests/test_factcheck_199.py, tests/fixtures/newuser_119). Read so where the
passage's positive clause is such words; a sentence that restates them as fact is not this module's.
"""

from __future__ import annotations

import re

from . import patterns

_WITHDRAWN = patterns.compile(
    r"(?<!\w)(?:(?:an?\s+|the\s+)?(?:earlier|previous|original|first)\s+(?:version|edition|report|draft)s?\b[^.;:]{0,60}?"
    r"(?:said|stated|reported|gave|wrote|claimed|misstated)"
    r"|(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|wrote|described|named|identified)"
    r"|(?:versão|versión|version)\s+(?:anterior|original|précédente)\b[^.;:]{0,60}?(?:dizia|disse|informou|decía|dijo"
    r"|indicaba|indiquait|disait)"
    r"|(?:informou|disse|dijo|informó|a\s+indiqué)\s+(?:erroneamente|incorretamente|erróneamente|par\s+erreur))(?!\w)",
    re.IGNORECASE)


def withdrawn_by_correction(positive: str) -> bool:
    """Say whether a passage's positive clause gives words a correction withdraws ("An earlier version of this article
    said that the recall covered eight batches")."""
    return bool(_WITHDRAWN.search(positive))
