"""A multiple of a change's two ends: "four times as many cases as a year earlier" (or "quadrupled") of a passage's
"1,240 confirmed cases of measles in 2025, up from 310 a year earlier".

A health reporter says how much a count grew as a multiple of where it started. computed.py reads a multiple of two
figures the sentence names, or of two counts of one noun the passages give ("660,000 active personnel", "172,000
active personnel"); a change's two ends ("from A to B", "to B from A", "B, up from A": change_sizes.change_ends_of)
are two levels of one thing as well, and a multiple said of them ("four times as many", "more than twice as many")
is their ratio, on the side its bound says. Only a rise is read: the level reached is the larger, as "N times as
many" says of the later count (a fall's ends back no multiple, "a year earlier there were four times as many" is
not read). A sentence naming both figures is read by computed.py as before. A multiple a passage says in words
("more than double the 24,000", "tripled", "fourfold") backs the same multiple said with the same bound ("more than
twice as many"; tests/test_newuser_72.py). A multiple their ratio backs is not qualified by a bare figure of something
else the passage gives ("2 kilometres" for "more than twice": tests/test_factcheck_129.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .change_sizes import change_ends_of
from .computed import near_ratio
from .numbers import Quantity, units_given

_PLAIN_UNITS = ("", "%")


def rising_change_pairs(passages) -> frozenset[tuple[Decimal, Decimal]]:
    """Return the start and the level reached, lower first, of each rise the passages give by its two ends in a plain
    unit (a count or a percentage)."""
    return frozenset((start.value, reached.value) for passage in passages
                     if "from" in passage.text.casefold()  # every change's two ends are given with "from"
                     for start, reached in change_ends_of(passage.text, passage.language)
                     if start.unit == reached.unit and start.unit in _PLAIN_UNITS and 0 < start.value < reached.value
                     and not _measured(start, reached, passage))


def _measured(start: Quantity, reached: Quantity, passage) -> bool:
    """Say whether a change's ends are given in a unit of measure: a figure's unit is read apart from it, and "from 2
    kilometres to 5 kilometres" made "nearly three times as many as on Monday" (factcheck_131)."""
    measured = {quantity for quantity, _ in units_given(passage.text, passage.language)}
    return start in measured or reached in measured


# A multiple in words: "more than twice", "four times", and a passage's "more than double", "tripled", "threefold"
_BOUND = r"(?:(?P<bound>more\s+than|over|nearly|almost|about|roughly|around|some|less\s+than|under)\s+)?"
_SAID = patterns.compile(rf"(?<!\w){_BOUND}(?:(?P<twice>twice)|(?P<n>two|three|four|five|\d+)\s+times)(?!\w)",
                         re.IGNORECASE)
_GIVEN = patterns.compile(rf"(?<!\w){_BOUND}(?:(?P<twice>twice|doubl(?:e|ed|es|ing)|two-?fold)"
                          r"|(?P<triple>tripl(?:e|ed|es|ing)|three-?fold)|(?P<four>quadrupl(?:e|ed|es|ing)|four-?fold)"
                          r"|(?P<n>two|three|four|five|\d+)\s+times)(?!\w)", re.IGNORECASE)
_NEAR = 40  # characters either side of a figure that hold its bound and its "times"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_BOUNDS = {"more than": "more", "over": "more", "nearly": "nearly", "almost": "nearly", "about": "about",
           "roughly": "about", "around": "about", "some": "about", "less than": "less", "under": "less"}


def multiple_given(quantities: tuple[Quantity, ...], sentence: str, start: int, passages) -> bool:
    """Say whether the figure at `start` of sentence is a multiple it says ("more than twice as many") that a cited
    passage says in words of its own, with the same bound ("more than double")."""
    # read around the figure alone: the whole sentence once a figure grew with the square of its length
    # (test_attack_5: 30,000 figures "1 ")
    said = next((match for match in _SAID.finditer(sentence, max(0, start - _NEAR), start + _NEAR)
                 if match.start("twice") == start or match.start("n") == start), None)
    if said is None or not any(q.unit == "" for q in quantities):
        return False
    wanted = (_number(said), _bound(said))
    return any((_number(given), _bound(given)) == wanted
               for passage in passages for given in _GIVEN.finditer(passage.text))


# what a multiple compares with right after it: "twice as many", "five times more", "three times the size"; not "five
# times a week", a count of occasions
_COMPARES = patterns.compile(r"\s+(?:as|more|less|fewer|higher|larger|bigger|greater|lower|smaller|the|that|what|its"
                             r"|their|his|her)(?!\w)", re.IGNORECASE)


def multiple_unsaid(quantities: tuple[Quantity, ...], sentence: str, start: int, passages) -> bool:
    """Say whether the figure at `start` of sentence is a multiple it compares by ("nearly twice as many as on Monday")
    whose number no cited passage says as a multiple ("twice", "doubled", "five times"): a bare figure of something
    else ("2 kilometres") then does not give it, the two figures it compares must make it (factcheck_131)."""
    said = next((match for match in _SAID.finditer(sentence, max(0, start - _NEAR), start + _NEAR)
                 if match.start("twice") == start or match.start("n") == start), None)
    if said is None or not _COMPARES.match(sentence, said.end()) or not any(q.unit == "" for q in quantities):
        return False
    return not any(_number(said) in _multiples_in(passage.text) for passage in passages)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every multiple of every sentence citing it
def _multiples_in(text: str) -> frozenset[Decimal]:
    """Return the multiples text says in words ("twice", "doubled", "five times")."""
    return frozenset(_number(given) for given in _GIVEN.finditer(text))


def multiple_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, passages) -> bool:
    """Say whether the figure at `start` of sentence is a multiple it says ("more than twice as many") that the two
    ends of a rise a passage gives make, on the side its bound says: read before the bare figure a passage gives of
    something else ("2 kilometres") is taken to qualify it (factcheck_129)."""
    said = next((match for match in _SAID.finditer(sentence, max(0, start - _NEAR), start + _NEAR)
                 if match.start("twice") == start or match.start("n") == start), None)
    if said is None or not any(q.unit == "" for q in quantities):
        return False
    wanted = Quantity(_number(said), "")
    bound = " ".join((said["bound"] or "").casefold().split())
    return any(near_ratio(wanted, bound, low, high) for low, high in sorted(rising_change_pairs(passages)))


def _number(match: re.Match) -> Decimal:
    """Return the multiple a match says: 2 for "twice" or "double", 3 for "tripled", 4 for "fourfold"."""
    if match["twice"]:
        return Decimal(2)
    if match.groupdict().get("triple"):
        return Decimal(3)
    if match.groupdict().get("four"):
        return Decimal(4)
    return Decimal(_NUMBER_WORDS.get(match["n"].casefold(), 0) or match["n"])


def _bound(match: re.Match) -> str:
    """Return the side of the multiple its bound says ("more", "nearly", "about", "less"), or "" for none."""
    return _BOUNDS.get(" ".join((match["bound"] or "").casefold().split()), "")
