"""Figures computed in plain sight: a sum, a difference, a share apart or a multiple of two figures the cited passages
give, said to be one.

"Pakistan's army and air force have 630,000 personnel combined" may cite "560,000 are in the army, 70,000 are in the
air force", and "Pakistan has 488,000 more active personnel than the Taliban" may cite "Pakistan has 660,000 ...
with only 172,000": the figure is the passages' own arithmetic, and the sentence says which ("combined", "together",
"in all", "in total", "between them"; "more", "fewer", "larger", "outnumber", "gap", "difference", "differ by", "leads by", "trails by",
"apart", ...; Portuguese "juntos", "somaram", "ao todo"; "a mais", "diferença", "vantagem", "à frente"), a
difference of percentages in "percentage points" ("1.6 percentage points ahead" of "31.4 per cent" and "29.8 per
cent"; "1,8 ponto percentual").
A figure with no such word, a year, or one of another unit is not read so: it must stand in a passage as written. So is a
multiple of two figures the sentence names ("660,000, nearly four times the Taliban's 172,000": "more than", "about",
"almost" say on which side of the ratio it is, and a bare one is within 0.2 of it), or of the two counts of one noun
the passages give ("almost four times as many active personnel" of "660,000 active personnel" and "172,000 active
personnel"), or, written with decimals, of two
the passages give, one it names among them where it names one, rounded to them ("nearly 1.4 times the threshold" of
1,380 and 1,000), or of a percentage it names and another of the passages ("twice the 2% target" of "Inflation was
4%, against a 2% target"); a multiple said is no sum or difference ("more than three times" is not 5 - 2). A percentage said above or below ("38% above the threshold", "25% more patients") may be how far
apart two plain figures of the passages are, as a share of the lower, or of the higher for "below", "less"; a level
named after "above" or "below", or after "over" or "under" by a level's noun ("380 ng/mL over the limit"), compares
as "more" does; "beyond the market" or "over the weekend" compares nothing (tests/test_newuser_38.py).
A rate said to be a multiple of another ("about three times as common on the drug as on placebo" of "9.8%" and
"3.1%", "nearly three times as likely") is the ratio of two percentages the passages give, whole or not, on the side
its bound says: a health reporter's comparison of two groups' rates, which a passage's "more than three times the
upper limit" beside them does not qualify. A percentage said of a count's whole ("about 9% of the participants")
may be the share one count is of another where the passages give both of one noun ("8,412 participants", "760
participants"), rounded to its decimals; and a price said with a discount ("with the discount, a dose would cost
1,715 euros") may be a figure of the passages less one of their percentages of it ("a discount of 30% on the list
price of 2,450 euros") (tests/test_newuser_42.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from decimal import Decimal

from . import patterns
from .arithmetic_words import DIFFERENCE, POINTS, SUM
from .numbers import PERCENTAGE_POINT, Quantity, mentions_in

# Portuguese too: "Juntos, os dois somaram 118.552.353 votos", "2.139.645 votos a mais", "1,8 ponto percentual à frente"
_SUM = patterns.compile(r"(?<!\w)(?:combined|together|in\s+all|in\s+total|a\s+total\s+of|altogether|between\s+them"
                        r"|all\s+told|total(?:led|ing)?|juntos|juntas|somados|somadas|somaram|somam|ao\s+todo"
                        r"|no\s+total"
                        rf"|{SUM})(?!\w)", re.IGNORECASE)  # Spanish, French, German: arithmetic_words.py
_DIFFERENCE = patterns.compile(r"(?<!\w)(?:more|fewer|less|larger|smaller|bigger|higher|lower|outnumber\w*|gap"
                               r"|difference|differ|differs|differed|apart(?!\s+from)|exceed\w*|short\s+of|ahead"
                               r"|behind|lead|leads|leading|trail|trails|trailed|trailing|margin|mais|menos|maior|menor"
                               # a forecast missed by the gap: "missed analysts' forecasts by $300 million"
                               r"|missed|misses"
                               r"|diferença|vantagem|à\s+frente|atrás|superou|supera"
                               rf"|{DIFFERENCE}"  # Spanish, French, German: arithmetic_words.py
                               # a level named after it: "38% above the threshold", "380 ng/mL over the limit"; "over",
                               # "under" only before a level's noun ("beyond the market", "over the weekend" name none)
                               r"|(?:above|below)\s+(?:the|a|an|its|his|her|their|that)"
                               # a price's premium over another, or a level above a name's: "a 30% premium to Brisk's
                               # Friday close", "30% above Brisk's close"
                               r"|premium|(?:above|below)\s+[A-Z][\w-]*['’]s"
                               r"|(?:over|under)\s+(?:the|a|an|its|his|her|their|that)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:limit|threshold|cap|ceiling|level|target|maximum|minimum|average|mark|forecast"
                               r"|estimate|budget|benchmark|quota)s?"
                               r")(?!\w)", re.IGNORECASE)
# A multiple said as one: "nearly four times the Taliban's 172,000" of "660,000"; its bound says how near
# or as a ratio to one: "outnumber them by almost four to one", "a 4-to-1 margin", "3:1"
_TIMES = patterns.compile(r"(?<!\w)(?:(?P<bound>nearly|almost|about|roughly|around|some|close\s+to|more\s+than|over"
                          r"|less\s+than|under)\s+)?(?:(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
                          r"(?:\s+times|(?P<to_one>\s+to\s+|-to-|\s?:\s?)(?:one|1))|(?P<twice>twice))(?![\w:])",
                          re.IGNORECASE)
_TO_ONE = patterns.compile(r"(?<!\w)(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+to\s+|-to-|\s?:\s?)"
                           r"(?:one|1)(?![\w:])", re.IGNORECASE)
_WRITTEN = patterns.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
# which of two levels a share apart is of: the lower one's "above", the higher one's "below"
_UP = patterns.compile(r"(?<!\w)(?:above|over|more|higher|larger|bigger|exceed\w*|ahead|premium)(?!\w)", re.IGNORECASE)
_DOWN = patterns.compile(r"(?<!\w)(?:below|under|less|fewer|lower|smaller|short\s+of|behind)(?!\w)", re.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_POINTS = patterns.compile(r"(?<!\w)(?:(?:percentage\s+)?points?|pontos?(?:\s+percentua(?:l|is))?" rf"|{POINTS})(?!\w)",
                           re.IGNORECASE)
_PLAIN_UNITS = ("", "%")
# rates compared as a multiple: "three times as common", "twice as likely", "three times more frequent"
_RATES_COMPARED = patterns.compile(r"(?<!\w)times\s+(?:as|more|less)\s+(?:common|likely|frequent|often|prevalent"
                                   r"|frequently|commonly)(?!\w)", re.IGNORECASE)
_DISCOUNT = patterns.compile(r"(?<!\w)(?:discount(?:s|ed)?|off)(?!\w)", re.IGNORECASE)
_SHARE_OF = patterns.compile(r"(?<![\w.,])(?P<share>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of(?!\w)",
                             re.IGNORECASE)
_MOST_READ = 40  # figures of the passages paired: enough for any passage an editor cites


def computed_figure(quantities: tuple[Quantity, ...], sentence: str, known: frozenset[Quantity],
                    shares: frozenset[Decimal] = frozenset(),
                    pairs: frozenset[tuple[Decimal, Decimal]] = frozenset(),
                    levels: frozenset[Decimal] = frozenset()) -> bool:
    """Say whether a figure is the sum (where the sentence says so) or the difference (where it compares) of two
    figures of the same unit its passages give, a multiple of two of their rates or of the two counts of one noun
    they give (`pairs`), or one of their `shares` (the percentage one count of theirs is of another); two of their
    percentage `levels` differ in points, never in per cent."""
    # a figure in percentage points is also read as its plain number (numbers._with_points): that number is computed
    quantities = tuple(q for q in quantities if q.unit != PERCENTAGE_POINT)
    if len(quantities) == 2 and quantities[1].value * 100 == quantities[0].value:
        quantities = quantities[:1]  # a figure in pence, read in pounds too (numbers._with_pence_in_pounds)
    if len(quantities) != 1 or quantities[0].unit not in _PLAIN_UNITS or _year(quantities[0].value):
        return False
    wanted = quantities[0]
    if _multiple_of(wanted, sentence, known, pairs) or multiple_of_rates(quantities, sentence, known):
        return True
    if wanted.unit == "" and _said_as_multiple(wanted, sentence):
        return False  # "more than three times as many" is no difference: 5 - 2 of "from 2 km to 5 km" (factcheck_129)
    if wanted.value == 1 and wanted.unit == "" and _to_one_said(sentence):
        return True  # the "1" of "4 to 1": the ratio's other term, checked as the multiple it says
    if wanted.unit == "%" and shares and _share_of_counts(wanted, sentence, shares):
        return True
    if wanted.unit == "" and _discount_said(sentence) and _discounted(wanted, known):
        return True
    summed, compared, in_points = _arithmetic_said(sentence)
    if not summed and not compared:
        return False
    if compared and wanted.unit == "%" and not in_points and _share_apart(wanted, sentence, known):
        return True
    # percentage points are a difference of percentages: "1.6 percentage points ahead" of "31.4%" and "29.8%"
    units = {wanted.unit, "%"} if compared and wanted.unit == "" and in_points else {wanted.unit}
    values = sorted({q.value for q in known if q.unit in units and not _year(q.value) and q.value > 0})
    # two levels in per cent are apart by points: "2% higher" of "from 40 percent to 42 percent" is 5 per cent higher,
    # which _share_apart reads, and built as their difference (tests/test_factcheck_131.py); two rises' sizes ("rose
    # 7%", "rose 5%") are told apart by "2% more" (tests/test_factcheck_50.py)
    in_levels = wanted.unit == "%" and not in_points
    for low, high in itertools.combinations(values[:_MOST_READ], 2):
        if (summed and low + high == wanted.value) or (compared and high - low == wanted.value
                                                       and not (in_levels and low in levels and high in levels)):
            return True
    return False


_CHANGE_BEFORE = patterns.compile(r"(?<!\w)(?:r[io]se|rises|risen|rising|grew|grow|grows|grown|f[ae]ll|falls|fallen|dropped"
                                  r"|drops?|up|down|by|increased?|increases|decreased?|decreases|declined?|declines"
                                  r"|jumped|climbed|gained|lost|slipped|slid|cut|shrank)\s+(?:about\s+|some\s+"
                                  r"|nearly\s+|almost\s+|roughly\s+|around\s+)?$", re.IGNORECASE)


def percentage_levels(passages) -> frozenset[Decimal]:
    """Return the percentages the passages give only as levels ("from 40 percent to 42 percent", "at 6 percent"), never
    as a change's size ("rose 7%", "by 5%")."""
    levels, sizes = set(), set()
    for passage in passages:
        for value, size in _percentages_read(passage.text, passage.language):
            (sizes if size else levels).add(value)
    return frozenset(levels - sizes)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _percentages_read(text: str, language: str) -> tuple[tuple[Decimal, bool], ...]:
    """Return each percentage of text with whether a word of change stands right before it."""
    return tuple((q.value, _CHANGE_BEFORE.search(text, max(0, m.start - 24), m.start) is not None)
                 for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities if q.unit == "%")


def difference_of_named(quantities: tuple[Quantity, ...], sentence: str, at: int, end: int,
                        named: frozenset[Quantity]) -> bool:
    """Say whether a figure is the difference of two figures of its unit the sentence names itself, said right beside
    it to be one ("9 seats, two short of the 11 he needs"): its own arithmetic, not a passage's "at least two" with
    its qualifier left out (tests/test_newuser_80.py)."""
    if len(quantities) != 1 or not _DIFFERENCE.search(sentence, max(0, at - _NEAR), min(len(sentence), end + _NEAR)):
        return False
    wanted = quantities[0]
    values = frozenset(q.value for q in named if q.unit == wanted.unit and q != wanted and not _year(q.value))
    return any(value + wanted.value in values for value in sorted(values)[:_MOST_READ])


_NEAR = 24  # characters either side of a figure that its word of difference stands in: "two short of the"


def _multiple_of(wanted: Quantity, sentence: str, known: frozenset[Quantity],
                 pairs: frozenset[tuple[Decimal, Decimal]] = frozenset()) -> bool:
    """Say whether a figure is a multiple "N times" the sentence says, of two plain figures its passages give and it
    names: within 0.2 of their ratio, or on the side its bound says ("nearly four times" for 3.84). Where it names
    fewer than two ("nearly 1.4 times the threshold"), any two of the passages' figures, one it names among them,
    whose ratio its decimals round to, on the side its bound says; or the two counts of one noun the passages give
    (`pairs`: "almost four times as many active personnel" of "660,000 active personnel" and "172,000 active
    personnel"), as for two it names."""
    multiples, written = _multiples_said(sentence)
    bounds = [bound for number, bound in multiples if number == float(wanted.value)]
    if not bounds:
        return False  # most figures are no multiple: found without pairing the passages' figures
    plain = sorted({q.value for q in known if q.unit == "" and not _year(q.value) and q.value > 0})
    named = [value for value in plain if float(value) in written and value != wanted.value]
    if _of_a_named_percentage(wanted, bounds, sentence, known):
        return True
    if len(named) < 2:
        return (_multiple_rounded(wanted, bounds, plain[:_MOST_READ], named)
                or any(near_ratio(wanted, bound, low, high) for bound in bounds for low, high in pairs))
    return any(near_ratio(wanted, bound, low, high)
               for bound in bounds for low, high in itertools.combinations(named[:_MOST_READ], 2))


def _of_a_named_percentage(wanted: Quantity, bounds: list[str], sentence: str, known: frozenset[Quantity]) -> bool:
    """Say whether a multiple is said of a percentage the sentence names ("twice the 2% target") that, with another
    percentage of the passages ("Inflation was 4%, against a 2% target"), makes it: a level as a multiple of its
    target, a rate of another rate, both in the passages (factcheck_129)."""
    rates = sorted({q.value for q in known if q.unit == "%" and q.value > 0})[:_MOST_READ]
    named = [rate for rate in rates if rate in _percentages_said(sentence)]
    return any(near_ratio(wanted, bound, base, other) for bound in bounds for base in named
               for other in rates if other > base)


@functools.lru_cache(maxsize=64)
def _percentages_said(sentence: str) -> frozenset[Decimal]:
    """Return the percentages a sentence names ("the 2% target"): once per sentence."""
    return frozenset(Decimal(match["rate"]) for match in _PERCENTAGE.finditer(sentence))


_PERCENTAGE = patterns.compile(r"(?<![\w.,])(?P<rate>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)(?!\w)", re.IGNORECASE)


def near_ratio(wanted: Quantity, bound: str, low: Decimal, high: Decimal) -> bool:
    """Say whether a multiple said with `bound` ("nearly", "more than", none) says the ratio of `high` to `low`:
    within 0.2 of it, or 0.5 (and less than 1) on the side the bound says."""
    ratio, value = float(high / low), float(wanted.value)
    if bound in ("more than", "over"):
        near = ratio > value
    elif bound in ("less than", "under"):
        near = ratio < value
    elif bound in ("nearly", "almost", "close to"):
        # under it: "nearly twice as many" of 11,000 and 4,500 (2.44) built, read within 0.5 either side
        # (tests/test_factcheck_131.py)
        near = value - 0.5 <= ratio <= value
    elif not bound and wanted.value != int(wanted.value):
        # a bare multiple with decimals is as precise as they are: "2.6 times" is no 6,100 / 2,500 (2.44), "2.4 times"
        # is (tests/test_factcheck_141.py)
        near = abs(ratio - value) <= float(_half_step(wanted.value))
    else:
        near = abs(ratio - value) <= (0.5 if bound else 0.2)
    return near and abs(ratio - float(wanted.value)) < 1


def multiple_of_rates(quantities: tuple[Quantity, ...], sentence: str, known: frozenset[Quantity]) -> bool | None:
    """Say whether a figure is a multiple of rates the sentence compares ("nearly three times as common") that two
    percentages of the passages are: within 0.2 of their ratio, or 0.5 on the side its bound says; None where the
    figure is no such multiple or the passages give fewer than two rates."""
    if len(quantities) != 1 or quantities[0].unit != "" or not _rates_compared(sentence):
        return None
    wanted = quantities[0]
    bounds = [bound for number, bound in _multiples_said(sentence)[0] if number == float(wanted.value)]
    rates = sorted({q.value for q in known if q.unit == "%" and q.value > 0})[:_MOST_READ]
    if not bounds or len(rates) < 2:
        return None
    for bound in bounds:
        for low, high in itertools.combinations(rates, 2):
            ratio = float(high / low)
            off = ratio - float(wanted.value)
            if (off > 0 if bound in ("more than", "over") else off < 0 if bound in ("less than", "under", "nearly",
                                                                                     "almost", "close to")
                    else True) and abs(off) <= (0.5 if bound else 0.2):
                return True
    return False


def _share_of_counts(wanted: Quantity, sentence: str, shares: frozenset[Decimal]) -> bool:
    """Say whether a percentage said of something ("9% of the participants") is, rounded to its decimals, one of the
    shares one count of the passages is of another."""
    if wanted.value not in _shares_said(sentence):
        return False
    half = _half_step(wanted.value)
    return any(abs(share - wanted.value) <= half for share in shares)


def _discounted(wanted: Quantity, known: frozenset[Quantity]) -> bool:
    """Say whether a figure is a plain figure of the passages less one of their percentages of it ("1,715 euros" of
    "a discount of 30% on the list price of 2,450 euros"), rounded to its decimals."""
    half = _half_step(wanted.value)
    plain = sorted({q.value for q in known if q.unit == "" and not _year(q.value) and q.value > wanted.value})
    cuts = sorted({q.value for q in known if q.unit == "%" and 0 < q.value < 100})
    return any(abs(value * (100 - cut) / 100 - wanted.value) <= half
               for value in plain[:_MOST_READ] for cut in cuts[:_MOST_READ])


def _multiple_rounded(wanted: Quantity, bounds: list[str], values: list, named: list) -> bool:
    """Say whether two of `values` (one of `named`, where it names one) have a ratio that `wanted` gives rounded to
    its decimals ("1.4 times" for 1.38), on the side its bound says ("nearly 1.4 times": no more)."""
    if wanted.value == int(wanted.value):
        return False  # a whole multiple with no figures named is too loose a reading: "four times" of any two
    half = _half_step(wanted.value)
    for bound in bounds:
        for low, high in itertools.combinations(values, 2):
            if named and low not in named and high not in named:
                continue
            ratio = high / low
            side = (ratio <= wanted.value if bound in ("nearly", "almost", "close to") else ratio > wanted.value
                    if bound in ("more than", "over") else ratio < wanted.value if bound in ("less than", "under")
                    else True)
            if side and abs(ratio - wanted.value) <= half:
                return True
    return False


def _share_apart(wanted: Quantity, sentence: str, known: frozenset[Quantity]) -> bool:
    """Say whether a percentage is how far apart two plain figures of the passages are, rounded to its decimals: as a
    share of the lower where the sentence says above ("38% above the threshold" of 1,380 and 1,000), of the higher
    where it says below ("27.5% below"), of either where it says neither."""
    half = _half_step(wanted.value)
    up, down = _UP.search(sentence) is not None, _DOWN.search(sentence) is not None
    values = sorted({q.value for q in known if q.unit == "" and not _year(q.value) and q.value > 0})[:_MOST_READ]
    return any(abs((high - low) * 100 / base - wanted.value) <= half
               for low, high in itertools.combinations(values, 2)
               for base in ((low,) if up and not down else (high,) if down and not up else (low, high)))


def _half_step(value) -> Decimal:
    """Return half of the last decimal place a figure is written to: 0.5 for 38, 0.05 for 1.4."""
    return Decimal(5).scaleb(value.as_tuple().exponent - 1)


@functools.lru_cache(maxsize=64)
def _multiples_said(sentence: str) -> tuple[tuple[tuple[float, str], ...], frozenset[float]]:
    """Return the multiples a sentence says ("nearly four times": (4.0, "nearly")) and the figures it names: once per
    sentence, not per figure."""
    folded = sentence.casefold()
    if "times" not in folded and "twice" not in folded and not _to_one_said(sentence):
        return (), frozenset()
    multiples = tuple((2.0 if said["twice"] else float(_NUMBER_WORDS.get(said["n"].casefold(), 0) or said["n"]),
                       " ".join((said["bound"] or "").casefold().split())) for said in _TIMES.finditer(sentence))
    return multiples, frozenset(float(figure.replace(",", "")) for figure in _WRITTEN.findall(sentence))


def _said_as_multiple(wanted: Quantity, sentence: str) -> bool:
    """Say whether the sentence says a multiple of the figure's value ("three times", "twice") and names no plain figure
    of that value besides."""
    multiples, written = _multiples_said(sentence)
    return any(number == float(wanted.value) for number, _ in multiples) and float(wanted.value) not in written


@functools.lru_cache(maxsize=64)
def _to_one_said(sentence: str) -> bool:
    """Say whether a sentence says a ratio to one ("four to one", "4-to-1"): once per sentence, not per figure (each
    "1" of a sentence of 30,000 searched the whole of it again, tests/test_attack_5.py)."""
    return _TO_ONE.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _rates_compared(sentence: str) -> bool:
    """Say whether a sentence compares rates as a multiple ("three times as common"): once per sentence, not per
    figure (a sentence of 30,000 figures was searched whole for each, tests/test_attack_5.py)."""
    return _RATES_COMPARED.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _discount_said(sentence: str) -> bool:
    """Say whether a sentence speaks of a discount ("with the discount", "30% off"): once per sentence."""
    return _DISCOUNT.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _shares_said(sentence: str) -> frozenset[Decimal]:
    """Return the percentages a sentence says of something ("9% of the participants"): once per sentence."""
    return frozenset(Decimal(match["share"]) for match in _SHARE_OF.finditer(sentence))


@functools.lru_cache(maxsize=64)
def _arithmetic_said(sentence: str) -> tuple[bool, bool, bool]:
    """Say whether the sentence says a sum, compares, and speaks of points: once per sentence, not per figure (each
    figure of a sentence of 30,000 figures searched the whole of it again)."""
    return (_SUM.search(sentence) is not None, _DIFFERENCE.search(sentence) is not None,
            _POINTS.search(sentence) is not None)


def _year(value) -> bool:
    """Say whether a value may be a year (1800 to 2099): no operand of a sum."""
    return value == int(value) and 1800 <= value <= 2099
