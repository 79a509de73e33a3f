"""Hindi number words before what they count: "छह बैराजों", "आठ जिलों", "तीन लाख" (tests/test_newuser_55.py).

Unread, "छत्तीसगढ़ ने आठ बैराजों से पानी रोका" cited "... छह बैराजों ..." (six barrages) and built, and "6 बैराजों"
citing it was refused. A unit word or a ten is read as a count where a Devanagari word follows it (the noun it
counts), and a scale after it multiplies it ("दो लाख" 200,000); "एक" alone is an article, as English "a" is, and "सौ"
alone is as often "wholly" ("सौ फ़ीसदी"), as urdu_numbers.py leaves it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import devanagari, patterns

_UNITS = {"दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10,
          "ग्यारह": 11, "बारह": 12, "पंद्रह": 15, "पन्द्रह": 15, "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40,
          "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90}
_SCALES = {form: value for word, value in (("सौ", 100), ("हज़ार", 10**3), ("हजार", 10**3), ("लाख", 10**5),
                                            ("करोड़", 10**7), ("करोड", 10**7), ("अरब", 10**9))
           for form in devanagari.forms(word)}
STARTS = "(?:" + "|".join(patterns.longest_first(_UNITS)) + ")"
_SCALE = "(?:" + "|".join(patterns.longest_first(_SCALES)) + ")"
_END = rf"(?![\w{devanagari.MARKS}-])"
# A count stands before the noun it counts, a Devanagari word; not inside a word: a vowel sign before it is no \w,
# and "समाचार" (news) ends in "चार" (four).
HINDI = rf"(?<![\w{devanagari.MARKS}])(?P<hi>{STARTS}{_END}(?:\s+{_SCALE}{_END})*)(?=\s+[\u0904-\u0939\u0958-\u0961])"

_NEXT_WORD = patterns.compile(rf"\s+([^\W\d_][\w{devanagari.MARKS}]*)")
_ADJECTIVE_ENDINGS = ("ीय", "ीया")  # "सदस्यीय" (-member), "दिवसीय" (-day), "वर्षीय" (-year-old)


def value(match: re.Match) -> Decimal | None:
    """Return the count Hindi number words state: "छह" 6, "दो लाख" 200000, "तीन सौ" 300; None before an adjective
    they make ("तीन सदस्यीय समिति", a three-member committee, as English "three-member" is no count)."""
    after = _NEXT_WORD.match(match.string, match.end())
    if after and after.group(1).endswith(_ADJECTIVE_ENDINGS):
        return None
    words = match["hi"].split()
    total = Decimal(_UNITS[words[0]])
    for scale in words[1:]:
        total *= _SCALES[scale]
    return total
