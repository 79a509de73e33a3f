"""A premium kept to its prices: "Castellane's offer of 412 pence is a 31% premium to Norwave's share price of 405
pence" is refused, as 412 pence is 1.7% above 405 pence, not 31%.

Every figure of that sentence may stand in its cited passages (the 31% premium to another day's closing price of 314.5
pence, the 405 pence the shares traded at since), so no figure is missing: the sentence reckons its own premium
wrongly. A premium (or a discount) is read where a percentage is said of it ("a 31% premium", "a premium of 31%", "a
discount of about 10%"), between the price it is said of, the nearest before it (within 160 characters), and the one
it is reckoned on, the first after its "to", "over" or "on" in its clause ("412 pence", "412p", "£4.12", "$5.20 a
share", "20 euros"; pence read as pounds, cents as dollars; not an amount with a scale, "£4.1 billion"), both in one
currency. The higher must stand the stated percentage above the lower (below it, for a discount), to the
percentage's last digit; a hedged one ("about", "around", "nearly", "more than") within a point or a twentieth of it,
on the side its hedge says. Prices further apart than three times are no price and its base, and are not read; nor is
a price in another clause ("Castellane offered 412 pence, a 31% premium, and the shares now trade at 405 pence"). A
relative clause telling the base's price is its clause: "a premium of 31% to Norwave's shares, which now trade at 405
pence" is refused (tests/test_factcheck_110.py), unless it tells of another time ("which have since risen to").
English text is read (tests/test_factcheck_107.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_HEDGES = r"about|around|roughly|some|nearly|almost|close\s+to|just\s+under|more\s+than|over|just\s+over"
_PERCENT = r"(?P<figure>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
_PREMIUM = patterns.compile(rf"(?<![\w.])(?:(?P<hedge>{_HEDGES})\s+)?{_PERCENT}\s+(?P<kind>premium|discount)"
                            rf"|(?P<kind2>premium|discount)\s+of\s+(?:(?P<hedge2>{_HEDGES})\s+)?"
                            rf"(?P<figure2>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_SCALE = r"(?!\s*(?:bn|billion|mn|million|m\b|k\b|thousand|tn|trillion))"
_PRICE = patterns.compile(rf"(?P<sign>[£$€])\s?(?P<signed>\d[\d,]*(?:\.\d+)?)(?![\d.]){_SCALE}"
                          rf"|(?<![\w.,])(?P<plain>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>pence|p|cents?|euros?|dollars?|pounds?)"
                          r"(?!\w)", re.IGNORECASE)
# Each currency's price in its larger unit: pence are pounds, cents dollars
_CURRENCIES = {"£": ("pound", 1), "pound": ("pound", 1), "pounds": ("pound", 1), "pence": ("pound", 100),
               "p": ("pound", 100), "$": ("dollar", 1), "dollar": ("dollar", 1), "dollars": ("dollar", 1),
               "cent": ("dollar", 100), "cents": ("dollar", 100), "€": ("euro", 1), "euro": ("euro", 1),
               "euros": ("euro", 1)}
_REACH = 160  # characters either side of a premium that its prices stand in
# What a premium is reckoned on follows it in its clause: "a 31% premium to Norwave's closing price of 314.5 pence"
_BASE = patterns.compile(r"(?<!\w)(?:to|over|on|above|below|against)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:]\s|\s(?:and|but|while)\s|\.\s*$")
_BELOW = ("nearly", "almost", "close to", "just under")
_ABOVE = ("more than", "over", "just over")


def misreckoned_premiums(text: str, passages: list[Cited], offset: int = 0,
                         language: str = "") -> list[Finding]:
    """Return a finding where text says a premium or a discount that its own two prices are not apart by."""
    if not in_english(language) or "premium" not in text.casefold() and "discount" not in text.casefold():
        return []  # most sentences name neither: found without a pattern
    for said in _PREMIUM.finditer(text):
        prices = _prices(text, said)
        if not prices or max(prices) > 3 * min(prices):
            continue
        figure = Decimal(said["figure"] or said["figure2"])
        hedge = " ".join((said["hedge"] or said["hedge2"] or "").casefold().split())
        kind = (said["kind"] or said["kind2"]).casefold()
        apart = _apart(max(prices), min(prices), kind)
        if not _fits(apart, figure, hedge):
            return [Finding(offset, f"this sentence gives a {kind} of {figure}% between two prices it names that are "
                                    f"{apart:.1f}% apart: {clipped(text)}",
                            "give the premium the source gives with the prices it reckons it on")]
    return []


def _prices(text: str, said: re.Match) -> tuple[Decimal, Decimal] | None:
    """Return the price a premium is said of (the nearest before it) and the one it is reckoned on (the first after
    its "to", "over" or "on" in its clause), in one currency's larger unit, or None."""
    before = [_price(price) for price in _PRICE.finditer(text, max(0, said.start() - _REACH), said.start())]
    clause = _reckoned_clause(text[said.end():said.end() + _REACH])
    base = _BASE.search(clause)
    after = _PRICE.search(clause, base.end()) if base else None
    if not before or not after or before[-1][0] != _price(after)[0]:
        return None  # no price said before it, none reckoned on, or two currencies
    return before[-1][1], _price(after)[1]


# A relative clause after the base tells its price: "a premium of 31% to Norwave's shares, which now trade at 405
# pence" (factcheck_110); not one of another time ("which have since risen to 405 pence")
_RELATIVE = patterns.compile(r",\s+(?:which|that)\s")
_ANOTHER_TIME = patterns.compile(r"(?<!\w)(?:since|later|then|after|before|previously|earlier)(?!\w)", re.IGNORECASE)


def _reckoned_clause(after: str) -> str:
    """Return the clause after a premium that tells what it is reckoned on: its own, and the relative clause after it
    where its own gives no price."""
    end = _CLAUSE_END.search(after)
    if not end:
        return after
    own = after[:end.start()]
    if _PRICE.search(own) or not _RELATIVE.match(after, end.start()):
        return own
    relative = _CLAUSE_END.split(after[end.end():], 1)[0]
    return own if _ANOTHER_TIME.search(relative) else f"{own} {relative}"


def _price(price: re.Match) -> tuple[str, Decimal]:
    """Return a price's currency and its amount in the currency's larger unit (412 pence: 4.12 pounds)."""
    currency, parts = _CURRENCIES[(price["sign"] or price["unit"]).casefold()]
    return currency, Decimal((price["signed"] or price["plain"]).replace(",", "")) / parts


def _apart(high: Decimal, low: Decimal, kind: str) -> Decimal:
    """Return how far apart two prices are in per cent: of the lower for a premium, of the higher for a discount."""
    return (high / low - 1) * 100 if kind == "premium" else (1 - low / high) * 100


def _fits(apart: Decimal, figure: Decimal, hedge: str) -> bool:
    """Say whether prices `apart` per cent apart bear out a percentage said, to its last digit or within its hedge."""
    exponent = figure.as_tuple().exponent
    rounding = Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal("0.5")
    if not hedge:
        return abs(apart - figure) <= rounding
    near = abs(apart - figure) <= max(Decimal(1), figure / 20)
    if hedge in _BELOW:
        return near and apart <= figure + rounding
    if hedge in _ABOVE:
        return apart >= figure - rounding
    return near
