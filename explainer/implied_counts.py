"""Counts a passage gives without a figure: "the third year running" is three years in a row, "both governments" two.

An editor counts what a source ranks or pairs: "The stock has been below a safe level for three years in a row" citing
"the spawning stock had fallen below the safe level for the third year running" (or "the third consecutive year") was
refused, the passage's "third" read as a rank only; and "The two governments signed the agreement" citing "both
governments signed the 2019 agreement", in a briefing of more than two sides, was refused as a figure 2 no passage
gives. A count of a run ("N years in a row", "N consecutive years", "N straight years", "N years running") stands where
a cited passage ranks the same run's last period N ("the Nth year running", "the Nth consecutive year"), of the same
period word; "the two N" (not a bare "two N", a count) where a cited passage says "both N" ("both the N", "both of the
N") of the same word, or names two of them together ("the licence cut and the herring cut" backs "the two cuts").
Another count ("four years in a row" of "the third year running", "the three countries" of "both countries") is
refused as before, and so is "the two tonnes" of "both vessels".
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, spelled_ranks

_PERIOD = r"(?:day|night|week|fortnight|month|quarter|year|season|decade|term|session|round|election|game|match|time)"
# A run told after the count: "three years in a row", "three years running", "three consecutive years".
_RUN_AFTER_COUNT = patterns.compile(
    rf"\s+(?:(?P<before>consecutive|straight|successive)\s+(?P<period>{_PERIOD})s?(?!\w)"
    rf"|(?P<period2>{_PERIOD})s?\s+(?:in\s+a\s+row|running|on\s+end)(?!\w))", re.IGNORECASE)
# A run's last period ranked: "the third year running", "the 3rd consecutive year", "a fourth straight season".
_RANKED_RUN = patterns.compile(
    r"(?<![\w-])(?P<rank>(?:(?:twenty|thirty|forty|fifty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)"
    r"|\d{1,3}(?:st|nd|rd|th))\s+"
    rf"(?:(?:consecutive|straight|successive)\s+(?P<period>{_PERIOD})(?!\w)"
    rf"|(?P<period2>{_PERIOD})\s+(?:in\s+a\s+row|running|on\s+end)(?!\w))", re.IGNORECASE)
_RUN_WORDS = ("row", "running", "consecutive", "straight", "successive", "on end")
_NOUN_AFTER = patterns.compile(r"\s+(?P<noun>[^\W\d_][\w'’-]*)")
_BOTH = patterns.compile(r"(?<!\w)both\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?P<noun>[^\W\d_][\w'’-]*)",
                         re.IGNORECASE)
# Two things of one noun named together: "the licence cut and the herring cut", "its cod quota and its herring quota".
_PAIR = patterns.compile(r"(?<![\w'’-])(?P<first>[^\W\d_][\w'’-]*)\s+and\s+(?:the|its|their|his|her)\s+"
                         r"(?P<second>(?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)
_TWO = Decimal(2)
# "the two governments" points back at a pair; "two governments" counts them (tests/test_factcheck_11.py)
_THE_BEFORE = patterns.compile(r"(?<!\w)the\s+$", re.IGNORECASE)


def implied_count(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether a plain count at sentence[start:end] is a run's length a cited passage ranks ("three years in a
    row" of "the third year running") or a pair a cited passage says "both" of ("the two governments")."""
    if len(quantities) != 1 or quantities[0].unit:
        return False
    value = quantities[0].value
    return _run_ranked(value, sentence, end, passages) or (
        value == _TWO and bool(_THE_BEFORE.search(sentence, max(0, start - 5), start))
        and _both_said(sentence, end, passages))


def _run_ranked(value: Decimal, sentence: str, end: int, passages) -> bool:
    """Say whether the count is of a run ("in a row", "consecutive") whose last period a passage ranks by it."""
    run = _RUN_AFTER_COUNT.match(sentence, end)
    if run is None:
        return False
    period = (run["period"] or run["period2"]).casefold()
    for passage in passages:
        folded = passage.text.casefold()
        if not any(map(folded.__contains__, _RUN_WORDS)):
            continue  # most passages tell no run: no pattern read
        for ranked in _RANKED_RUN.finditer(passage.text):
            if (ranked["period"] or ranked["period2"]).casefold() == period and _rank_of(ranked["rank"]) == value:
                return True
    return False


def _rank_of(rank: str) -> Decimal | None:
    """Return the value of an ordinal, spelled ("third") or in digits ("3rd")."""
    if rank[0].isdigit():
        return Decimal(rank[:-2])
    ranks = spelled_ranks(rank)
    return next(iter(ranks)).value if len(ranks) == 1 else None


def _both_said(sentence: str, end: int, passages) -> bool:
    """Say whether the "two" of "two N" is a passage's "both N", of the same word."""
    after = _NOUN_AFTER.match(sentence, end)
    if after is None:
        return False
    noun = after["noun"].casefold()
    one = noun[:-1] if noun.endswith("s") else noun
    return any(both["noun"].casefold() == noun for passage in passages if "both" in passage.text.casefold()
               for both in _BOTH.finditer(passage.text)) \
        or any(pair["first"].casefold() == one and one in pair["second"].casefold().split()
               for passage in passages if " and " in passage.text for pair in _PAIR.finditer(passage.text))
