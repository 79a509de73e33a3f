"""Shares and multiples of two amounts kept to their arithmetic: "The club's loss was about a third of its turnover"
may not cite "a loss of £2.3 million on turnover of £14.8 million" (15.5%, about a sixth).

fractions_said.py holds a fraction in words to the percentages a passage gives; a passage that gives two amounts of
money and no percentage let any fraction of them pass. A fraction said of a measure of accounts ("a third of its
turnover", "half its revenue", "more than a quarter of its debt") is now held to what the passages' amounts give: the
whole is their amount of that measure (money_measures.py reads which amount measures what), the part the amount the
sentence names, or else their amount of the measure the sentence names before the fraction ("The club's loss was");
one of those shares must fit the fraction as fractions_said.fits reads its
qualifier ("about a third" 29-37%, "more than half" above 50%). A multiple in words said of a measure ("nearly double
its loss", "twice its loss", "three times its debt") is held alike to the ratio of the subject's amount to it: plainly
within a tenth, "nearly" or "almost" up to 15% below, "about" within 15%, "more than" above. English text is read;
figures in quotation marks are not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .fractions_said import fits, fractions_in, shares_given
from .money_measures import AMOUNT, _KINDS, _measured, amount_key
from .sentences import inside, markers_blanked

_SCALE_VALUES = {"": 1, "thousand": 10**3, "k": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_KIND_WORD = patterns.compile("|".join(rf"(?P<{kind}>{words})" for kind, words in _KINDS.items()), re.IGNORECASE)
# what the fraction is of: "of its turnover", "of the club's revenue", "its turnover" after "half"
_OF_MEASURE = patterns.compile(r"\s*(?:of\s+)?(?:(?:its|their|his|her|the|this|that|last\s+year's|annual)\s+|"
                               r"(?:the\s+)?[\w-]+['’]s\s+){0,2}(?:(?:annual|yearly|total|net|operating|pre-tax)\s+)?"
                               rf"(?:{_KIND_WORD.pattern})(?![\w-])", re.IGNORECASE)
# a multiple in words said of a measure: "nearly double its loss", "twice its loss", "three times its debt"
_MULTIPLES = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "thrice": 3, "quadruple": 4, "two": 2, "three": 3,
              "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MULTIPLE = patterns.compile(
    r"(?<![\w-])(?:(?P<qualifier>nearly|almost|about|around|roughly|some|more\s+than|over|less\s+than|under)\s+)?"
    r"(?P<multiple>double|twice|triple|treble|thrice|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+times)(?=\s+(?:its|their|the|his|her)\s)", re.IGNORECASE)
_QUALIFIED = {"about": "about", "around": "about", "roughly": "about", "some": "about", "nearly": "nearly",
              "almost": "nearly", "more than": "more", "over": "more", "less than": "less", "under": "less"}
_CLAUSE_START = patterns.compile(r"[;:.!?()]|,\s|(?<!\w)(?:and|but|while|whereas)(?!\w)", re.IGNORECASE)


def misstated_amount_shares(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a share or multiple in words of a measure's amount that the passages' amounts do not
    give (see the module)."""
    if not in_english(language) or not any(kind in text.casefold() for kind in ("turnover", "revenue", "sales",
                                                                                  "profit", "earnings", "income",
                                                                                  "surplus", "loss", "deficit",
                                                                                  "assets", "debt", "liabilities",
                                                                                  "borrowings")):
        return []  # most sentences name no measure of accounts
    english = [passage for passage in passages if in_english(passage.language or language)]
    if shares_given(english):
        return []  # percentages or counts of a whole: fractions_said.py holds the fraction to them
    amounts = _amounts(english)
    if len(amounts) < 2:
        return []  # one amount or none: no share to reckon
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for fraction in fractions_in(spoken):
        whole = _OF_MEASURE.match(spoken, fraction.end)
        if whole is None or fraction.written[:2].casefold() == "by" or inside(quoted, fraction.start):
            continue
        shares = [100 * part / base for part, base in _pairs(spoken, fraction.start, whole.lastgroup, amounts)]
        if shares and not any(fits(fraction, share) for share in shares):
            return [_finding(text, fraction.written, f"about {fraction.percent:.0f}%", shares[0], "%", offset,
                             fraction.start)]
    for match in _MULTIPLE.finditer(spoken):
        whole = _OF_MEASURE.match(spoken, match.end())
        if whole is None or inside(quoted, match.start()):
            continue
        factor = _factor(match["multiple"])
        ratios = [part / base for part, base in _pairs(spoken, match.start(), whole.lastgroup, amounts)
                  if part > base]
        qualifier = _QUALIFIED.get(" ".join((match["qualifier"] or "").casefold().split()), "")
        if ratios and not any(_fits_multiple(factor, qualifier, ratio) for ratio in ratios):
            return [_finding(text, match.group(), f"{factor:f} times", ratios[0], " times", offset, match.start())]
    return []


def amount_pairs(passages: list[Cited]) -> frozenset[tuple[Decimal, Decimal]]:
    """Return each two amounts, lower first, that the passages give as two measures of accounts ("a loss of £2.3
    million on turnover of £14.8 million"): what a multiple or share said of the two measures is a ratio of."""
    measured = [(value, kind) for value, kind in _amounts([p for p in passages if in_english(p.language)]) if kind]
    return frozenset((low, high) for low, low_kind in measured for high, high_kind in measured
                     if low < high and low_kind != high_kind)


def amount_shares(passages: list[Cited]) -> frozenset[Decimal]:
    """Return the share, in per cent to a tenth, each amount of amount_pairs is of the other: "about 16% of its
    turnover" of a loss of £2.3 million on £14.8 million."""
    return frozenset((100 * low / high).quantize(Decimal("0.1")) for low, high in amount_pairs(passages))


def _amounts(passages: list[Cited]) -> list[tuple[Decimal, str]]:
    """Return each amount the passages give, with the kind of measure it gives ("" for none)."""
    found = {}
    for passage in passages:
        for (figure, scale), (kind, _, _) in _measured(passage.text).items():
            found.setdefault(Decimal(figure) * _SCALE_VALUES.get(scale, 1), set()).add(kind)
    return sorted((value, kinds.pop() if len(kinds) == 1 else "") for value, kinds in found.items() if value > 0)


def _pairs(text: str, at: int, whole_kind: str, amounts: list[tuple[Decimal, str]]) -> list[tuple[Decimal, Decimal]]:
    """Return each (part, whole) the passages' amounts may be for a share said at `at` of the measure `whole_kind`:
    the whole their amount of that measure, the part the sentence's own amount before it, or else their amount of
    the measure the sentence's clause names before it."""
    wholes = [value for value, kind in amounts if kind == whole_kind]
    if not wholes:
        return []
    clause = max([0] + [start.end() for start in _CLAUSE_START.finditer(text, 0, at)])
    own = [Decimal(key[0]) * _SCALE_VALUES.get(key[1], 1) for key in map(amount_key, AMOUNT.finditer(text, 0, at))]
    if own:
        return [(part, whole) for part in own for whole in wholes]
    before = [found.lastgroup for found in _KIND_WORD.finditer(text, clause, at) if found.lastgroup != whole_kind]
    # none else: "Half of its revenue came from ticket sales" names no part the passages' other amounts may be
    parts = [value for value, kind in amounts if before and kind == before[-1]]
    return [(part, whole) for part in parts for whole in wholes]


def _factor(written: str) -> Decimal:
    """Return the factor a multiple in words says: 2 for "double" and "twice", 3 for "three times"."""
    word = written.split()[0].casefold()
    return Decimal(word) if word.isdigit() else Decimal(_MULTIPLES[word])


def _fits_multiple(factor: Decimal, qualifier: str, ratio: Decimal) -> bool:
    """Say whether a ratio of two amounts is the multiple said, as qualified."""
    if qualifier == "nearly":
        return factor * Decimal("0.85") <= ratio < factor
    if qualifier == "more":
        return ratio > factor
    if qualifier == "less":
        return ratio < factor
    return abs(ratio - factor) <= factor * (Decimal("0.15") if qualifier == "about" else Decimal("0.1"))


def _finding(text: str, written: str, said: str, given: Decimal, unit: str, offset: int, at: int) -> Finding:
    """Return the finding of a share or multiple the passages' amounts do not give."""
    shown = f"{given.quantize(Decimal('0.1')).normalize():f}{unit}"
    return Finding(offset + at, f'this sentence says "{" ".join(written.split())}" ({said}) where its cited passages\' '
                                f"amounts give {shown}: {clipped(text)}",
                   "give the source's two amounts, or a share or multiple that fits them (\"about\", \"nearly\" and "
                   "\"more than\" say which side)")
