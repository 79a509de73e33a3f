"""Swahili figures, read as spelled_languages.py reads other languages' number words: "milioni 86", "asilimia 61.4",
"elfu kumi na mbili", "milioni moja na laki tano", "siku tano", "vituo vitatu".

Swahili writes a scale before its figure ("shilingi bilioni 9.2" is 9.2 billion shillings, "milioni 86" 86 million),
a per cent as a word before it ("asilimia 61.4" is 61.4%), and its number words the larger first, a scale before what
it multiplies and "na" (and) before what is added ("elfu kumi na mbili" 12,000, "mia tatu na hamsini" 350, "milioni
moja na laki tano" 1,500,000, "laki" 100,000). One to five and eight agree with the noun they count ("watu wawili",
"vituo vitatu", "mashahidi wanane"). Unread, "shilingi milioni 9.2" cited "shilingi bilioni 9.2" and "asilimia 20"
backed a table's 20 of no unit, while "milioni 1.5" or "siku 5" restating the source's words were refused
(tests/test_newuser_54.py). "moja" ("one", as often "a" or "the same") is no count alone, nor a scale alone
("maelfu", "elfu"), nor "both" ("pande zote mbili": all two sides).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns


def _any(words) -> str:
    return "(?:" + "|".join(patterns.longest_first(words)) + ")"


# A unit in each noun class's agreement: "mbili", "wawili" (people), "mawili", "viwili", "miwili".
_AGREEING = {"wili": 2, "tatu": 3, "nne": 4, "tano": 5, "nane": 8}
UNITS = {"moja": 1, "mmoja": 1, "kimoja": 1, "mbili": 2, "sita": 6, "saba": 7, "tisa": 9,
         **{f"{prefix}{stem}": n for stem, n in _AGREEING.items() for prefix in ("wa", "ma", "vi", "mi")},
         **{stem: n for stem, n in _AGREEING.items() if stem != "wili"}}
TENS = {"kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70,
        "themanini": 80, "tisini": 90}
SCALES = {"elfu": 10**3, "laki": 10**5, "milioni": 10**6, "bilioni": 10**9, "trilioni": 10**12}
_ONE = frozenset({"moja", "mmoja", "kimoja"})
_UNIT = rf"{_any(UNITS)}(?![\w-])"
_BELOW_100 = rf"(?:{_any(TENS)}(?![\w-])(?:\s+na\s+{_UNIT})?|{_UNIT})"
_BELOW_1000 = rf"(?:mia(?![\w-])\s+{_UNIT}(?:\s+na\s+{_BELOW_100})?|{_BELOW_100})"
_TERM = rf"(?:{_any(SCALES)}(?![\w-])\s+{_BELOW_1000}|{_BELOW_1000})"
# Digits as Swahili writes them, a comma between thousands and a decimal point: "612,480", "61.4".
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|[,.]\d)"
# "Both" is "all two": "pande zote mbili", "wote wawili" (both sides, both of them) count nothing the source need say.
_NOT_BOTH = rf"(?!(?<=ote\s)(?:mbili|{_any(f'{prefix}wili' for prefix in ('wa', 'ma', 'vi', 'mi'))})(?![\w-]))"
# A figure in digits after a scale or "asilimia" ("milioni 86", "asilimia 61.4"); digits alone are numbers.py's.
SWAHILI = (rf"(?P<sw>(?!\d){_NOT_BOTH}(?P<swpct>asilimia\s+)?(?:(?:(?P<swscale>{_any(SCALES)})\s+)?(?P<swdigits>{_DIGITS})"
           rf"|{_TERM}(?:\s+na\s+{_TERM})*))")
STARTS = _any([*UNITS, *TENS, *SCALES, "mia", "asilimia"])
_PART = patterns.compile(rf"(?<![\w-]){_any([*UNITS, *TENS, *SCALES, 'mia'])}(?![\w-])")


def value(match) -> Decimal | None:
    """Return the value Swahili number words (or a scale before digits) state: "milioni 86" 86,000,000, "elfu kumi na
    mbili" 12,000; None for "moja" alone."""
    if match["swdigits"]:
        scale = SCALES[match["swscale"].casefold()] if match["swscale"] else 1
        return Decimal(match["swdigits"].replace(",", "")) * scale
    words = _PART.findall(match["sw"].casefold())
    if len(words) == 1 and words[0] in _ONE:
        return None
    total, at = 0, 0
    while at < len(words):
        scale = SCALES.get(words[at], 1)
        count, at = _below_1000(words, at + (scale > 1))
        total += count * scale
    return Decimal(total)


def _below_1000(words: list[str], at: int) -> tuple[int, int]:
    """Return the count below a thousand the words from `at` state ("mia tatu na hamsini" 350), and where it ends."""
    if words[at] != "mia":
        return _below_100(words, at)
    hundreds, at = UNITS[words[at + 1]] * 100, at + 2
    if at < len(words) and (words[at] in TENS or words[at] in UNITS):
        rest, at = _below_100(words, at)
        return hundreds + rest, at
    return hundreds, at


def _below_100(words: list[str], at: int) -> tuple[int, int]:
    """Return the count below a hundred the words from `at` state ("kumi na mbili" 12), and where it ends."""
    if words[at] in TENS:
        tens = TENS[words[at]]
        if at + 1 < len(words) and words[at + 1] in UNITS and words[at + 1] not in SCALES:
            return tens + UNITS[words[at + 1]], at + 2
        return tens, at + 1
    return UNITS[words[at]], at + 1


# A range's or a change's second figure after a first with "asilimia" before it: "kutoka asilimia 66.8 hadi 71.2" (from
# 66.8% to 71.2%), "asilimia 40 au 45". Swahili writes the per cent once, before the first (tests/test_newuser_59.py).
_JOINED = patterns.compile(r"\s+(?:hadi|mpaka|na|au)\s+|\s*[-–]\s*", re.IGNORECASE)
_BARE = patterns.compile(r"\d[\d,]*(?:\.\d+)?")


def per_cent_carried(text: str, mentions: list, made) -> list:
    """Return mentions with each bare figure joined to one after "asilimia" given its per cent, by `made(mention,
    quantity)`."""
    if "asilimia" not in text.casefold():
        return mentions  # the common case: one substring search
    found = list(mentions)
    for at in range(len(found) - 1):
        low, high = found[at], found[at + 1]
        if (low.text.casefold().startswith("asilimia") and len(high.quantities) == 1 and not high.quantities[0].unit
                and _BARE.fullmatch(high.text) and _JOINED.fullmatch(text, low.end, high.start)):
            found[at + 1] = made(high, high.quantities[0].value)
    return found


# A currency's noun stands before its figure, between the figure and a qualifier of it: "takriban shilingi milioni
# 300" is about 300 million shillings, as "takriban milioni 300" is about 300 million (tests/test_swahili_money.py).
_CURRENCY_BEFORE = patterns.compile(r"(?<![\w-])(?:shilingi|dola|dollar[is]?|euro|pauni|yuro|randi)\s+$", re.IGNORECASE)


def currency_noun_start(text: str, start: int) -> int | None:
    """Return where a currency's noun right before the figure at `start` begins ("shilingi milioni 300"), or None."""
    found = _CURRENCY_BEFORE.search(text, max(0, start - 16), start)
    return found.start() if found else None


# Any counted noun stands there too: "takriban madereva 1,200" is about 1,200 drivers, "zaidi ya watu 300" more than
# 300 people (tests/test_newuser_62.py). One lowercase word: a name or a second word is no counted noun of the figure.
_NOUN_BEFORE = patterns.compile(r"(?<![\w-])[a-z]{3,}\s+$")


def counted_noun_start(text: str, start: int) -> int | None:
    """Return where a currency's or a counted noun right before the figure at `start` begins ("shilingi milioni
    300", "madereva 1,200"), or None."""
    found = currency_noun_start(text, start)
    if found is None and (noun := _NOUN_BEFORE.search(text, max(0, start - 24), start)):
        found = noun.start()
    return found
