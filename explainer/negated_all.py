"""A deed denied of all, where a passage gives it of a part: "The Agency has not asked for all batches to be recalled"
citing "The Agency has asked Halden Biologics to recall batches CX-2209 to CX-2214 of the vaccine, six batches in all",
no negation added.

A "not" before "all" (a word to three after it: "has not asked for all batches", "did not close all the plants")
denies that the deed reached all of them, which a passage counting the ones it reached ("six batches", "two of the
plants", "some plants") says too; polarity.py read it as denying the deed (tests/test_factcheck_199.py,
tests/fixtures/newuser_119). Read so where the passage names the same thing (its first five letters) after a count or a
word of a part. "The Agency has not asked for any batches to be recalled" (no "all") stays refused.
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

_PREFIX = 5
_NOT_ALL_OF = patterns.compile(
    r"(?<!\w)(?:not|n['’]t|never)\s+(?:[^\W\d_]+\s+){1,4}?(?:all|every)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?"
    r"(?P<noun>[^\W\d_]+)", re.IGNORECASE)
_PART_OF = (r"(?<!\w)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|most"
            r"|many|few|a\s+few|only)\s+(?:[^\W\d_]+\s+){0,2}?(?:of\s+(?:the|its|their)\s+)?")


def not_all_of_a_part(negative: str, positive: str) -> bool:
    """Say whether a negative clause denies a deed of all of a thing ("has not asked for all batches to be recalled")
    that a positive clause gives of a counted part of it ("six batches in all")."""
    for match in _NOT_ALL_OF.finditer(negative):
        noun = folded_word(match["noun"])[:_PREFIX]
        if len(noun) >= 4 and re.search(_PART_OF + re.escape(noun), positive, re.IGNORECASE):
            return True
    return False
