"""Fractions said of percentages: a business reporter writes "a fifth of shoppers" for a source's "20.3% of
shoppers", "three-fifths of the savings" for "60%", "nearly a third" for "31%".

A fraction in words ("a quarter of", "a fifth of", "two-thirds", "half of") stands for the percentage
it names; where the passages a sentence cites give percentages, one of them must fit it: written plainly, within a
point and a half or a tenth of it ("a fifth" for 20.3%, never "a quarter" for 14.6%); "about" or "roughly" within two
points or an eighth of it; "nearly" or "almost" at most that far below it; "more than" above it, "less than" below it. Passages
that give no percentage are not read here: the figure checks hold a fraction written in digits to them. English
and Spanish text is read ("más de dos tercios", "la mitad de", "un tercio de"), and Dutch ("meer dan de helft van",
"een kwart van", "twee derde").

A ratio said of people ("nine in ten", "one out of five", "seven in every ten", "nueve de cada diez", German "sieben
von zehn" in fractions_german.py, French "sept membres sur dix" in fractions_french.py) stands for its share too, read
as "about" is: a reporter rounds 92% to nine in ten, never 60%. So does a fraction a change is "by" ("fell by half", "cut
by a third", "rose by nearly a quarter"): "Exports fell by half" may not cite "Exports fell by 33%". Where the
passages give no percentage but fractions in words, one of those must fit it alike: "Exports fell by half" may not
cite "Exports fell by a third".
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from . import fractions_french, fractions_german, patterns
from .attribution import Cited, Finding, clipped
from .change_sizes import relative_changes_given
from .level_ratios import fits_a_ratio, level_ratios
from .numbers import is_year, mentions_in, names_unit, quantities_in, unit_family
from .percent_changes_told import levels_left
from .qualifiers import qualifier_of
from .relative_changes import fits as fits_change, shown
from .sentences import markers_blanked

# Spanish words sit beside the English ones: neither language writes the other's ("dos tercios", "two thirds"). A
# Spanish share smaller than a fifth is "una décima parte", no "un décimo", which a lottery ticket is.
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "tercio": 3, "cuarto": 4, "quinto": 5,
                 # Dutch: "een derde van", "twee derde", "een kwart van" (tests/test_newuser_43.py)
                 "derde": 3, "kwart": 4, "vijfde": 5}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
               "een": 1, "twee": 2, "drie": 3, "vier": 4}
_QUALIFIERS = {"about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
               "nearly": "nearly", "almost": "nearly", "just under": "nearly", "more than": "more", "over": "more",
               "just over": "more", "less than": "less", "under": "less", "fewer than": "less",
               "alrededor de": "about", "aproximadamente": "about", "unos": "about", "unas": "about", "casi": "nearly",
               "más de": "more", "menos de": "less",
               "ongeveer": "about", "zo'n": "about", "circa": "about", "bijna": "nearly", "ruim": "more",
               "meer dan": "more", "minder dan": "less"}
# "nine in ten", "one out of five", "nueve de cada diez": how many of how many, a share said of people
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "hundred": 100, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "cien": 100}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,3}"
_RATIO = patterns.compile(
    r"(?<![\w.,-])(?:(?P<qualifier>" + "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s+)?(?P<part>" + _COUNT + r")\s+(?:in(?:\s+every)?|out\s+of(?:\s+every)?|of\s+every|de\s+cada)\s+(?:a\s+)?(?P<whole>" + _COUNT
    + r")(?![\w.,%-])", re.IGNORECASE)
# what every ratio holds, searched in the casefolded sentence first: from a space, as no pattern that ignores case
# can be, it costs a tenth of _RATIO on the sentences (most) that say none
_RATIO_HINT = patterns.compile(r" (?:in|of|every|cada) (?:a )?(?:" + _COUNT + r")\b")
# "the first half of the year" is a period, no fraction: "rose 5% in the first half of the year" was refused for
# saying "half" (50%) where its passage gave 5%.
_FRACTION = patterns.compile(
    r"(?<![\w-])(?:(?P<qualifier>" + "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s+)?(?:(?P<half>(?<!first\s)(?<!second\s)(?<!last\s)half(?=\s+(?:of|the|its|their)\b)|la\s+mitad(?=\s+de\b)"
    # Dutch "de helft van": unread, "Meer dan de helft" cited "Bijna de helft ..., 48 procent" and built
    r"|de\s+helft(?=\s+van\b))"
    # "fell by half": a change's share, read where "by" stands before it (_BY)
    r"|(?P<byhalf>half(?![\w-])(?!\s+an?\b))"
    r"|(?P<numerator>" + "|".join(_NUMERATORS)
    + r")[\s-](?P<denominator>" + "|".join(d for d in _DENOMINATORS) + r")s?(?![\w-])"
    # "a quarter point", "three quarters of a percentage point": a fraction of a point, the figure checks' to read
    # (point_fractions.py), no share: read as 25%, "by a quarter point" citing "25 basis points to 5.5%" was refused
    r"(?![\s-]+(?:of\s+an?\s+)?(?:percentage[\s-]+)?points?(?![\w-])))", re.IGNORECASE)
_OF = patterns.compile(r"\s+(?:of|de|van)(?!\w)", re.IGNORECASE)
_BY = patterns.compile(r"(?<![\w-])by\s+$", re.IGNORECASE)  # "fell by half", "cut by a third": a change's share
# a fraction before a comparative is a change's share as "by" makes it: "a third fewer applications", "a quarter
# lower", of "from 90 to 60" (tests/test_factcheck_136.py)
_COMPARED_AFTER = patterns.compile(r"[\s-]+(?:fewer|less|lower|smaller|more|higher|larger|bigger|greater)(?!\w)",
                                   re.IGNORECASE)
_PLAIN_WITHIN, _HEDGED_WITHIN = Decimal("1.5"), Decimal(2)
# A fraction "as many" is a multiple of a level, no share: "half as many applications" of "fell from 100 to 80" says
# 0.5 times where the passage gives 0.8; Spanish "se redujeron a la mitad" is "halved" (tests/test_factcheck_141.py)
_AS_MANY_AFTER = patterns.compile(r"\s+as\s+(?:many|much|large|high|big|great|long|strong|fast)(?!\w)", re.IGNORECASE)
_LEVEL_FRACTION = patterns.compile(
    r"(?<![\w-])(?:(?P<qualifier>" + "|".join(q.replace(" ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r")\s+)?(?:(?P<half>half)|(?P<numerator>a|one|two|three)[\s-](?P<denominator>third|quarter|fifth|tenth)s?)"
    r"\s+as\s+(?:many|much|large|high|big|great|long|strong|fast)(?!\w)", re.IGNORECASE)
_HALVED_ES = patterns.compile(r"(?<!\w)(?:reduc|reduj|baj|cay|ca[eí]|dismin|recort|desplom|cort)\w*\s+"
                              r"(?:(?P<qualifier>casi|más\s+de)\s+)?a\s+(?:(?P<inner>casi|más\s+de|menos\s+de)\s+)?"
                              r"la\s+mitad(?!\s+de\b)(?!\w)", re.IGNORECASE)
_RATIO_QUALIFIERS = {"": None, "about": "about", "nearly": "nearly", "more": "more than"}
_SAME = Decimal("0.000001")  # "two-thirds" read as 0.666...7


class Fraction(NamedTuple):
    """A fraction said in text: where it starts and ends, as written, the percentage it names, and its qualifier."""

    start: int
    end: int
    written: str
    percent: Decimal
    qualifier: str  # "", "about", "nearly", "more" or "less"


@lru_cache(maxsize=64)  # the figure check asks of each figure of a sentence in turn: read each sentence once
def fractions_in(text: str) -> tuple[Fraction, ...]:
    """Return every fraction in words text says ("a fifth of", "two-thirds", "nearly half the"), with its percentage."""
    folded = text.casefold()
    ratios = tuple(_ratios_in(text)) if _RATIO_HINT.search(folded) else ()
    ratios += tuple(Fraction(*said) for said in fractions_german.fractions_in(text))  # "vier von fünf", "zwei Drittel"
    ratios += tuple(Fraction(*said) for said in fractions_french.fractions_in(text))  # "sept membres sur dix"
    if not any(word in folded for word in ("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
                                           "tenth", "mitad", "tercio", "cuarto", "quinto", "helft", "derde", "kwart",
                                           "vijfde")):
        return ratios  # most sentences: found by plain searches
    found = list(ratios)
    for match in _FRACTION.finditer(text):
        by = _BY.search(text[max(0, match.start() - 8):match.start()])
        if match["half"] or match["byhalf"]:
            numerator, denominator = 1, 2
            if match["byhalf"] and not by:
                continue  # "the first half", "half a day": no share of a change
        else:
            numerator = _NUMERATORS[patterns.lookup_key(match["numerator"])]
            denominator = _DENOMINATORS[patterns.lookup_key(match["denominator"])]
            if _AS_MANY_AFTER.match(text, match.end()):
                continue  # "two-thirds as many": a multiple of a level, read by level_multiples
            if numerator == 1 and (match["denominator"][-1:] in "sS" or not (_OF.match(text, match.end()) or by
                                                                              or _COMPARED_AFTER.match(text, match.end()))):
                continue  # "a third party", "a quarter century", "a fifth term": no share of anything
        qualifier = _QUALIFIERS[" ".join(patterns.lookup_key(match["qualifier"]).split())] if match["qualifier"] else ""
        percent = Decimal(100 * numerator) / Decimal(denominator)
        start = match.start() - len(by.group()) if by else match.start()
        found.append(Fraction(start, match.end(), text[start:match.end()], percent, qualifier))
    return tuple(sorted(found))


def _ratios_in(text: str):
    """Yield each ratio of text ("nine in ten", "1 in 5", "nueve de cada diez") as the fraction it says, read as
    "about" where nothing qualifies it: a share told as a ratio is rounded."""
    for match in _RATIO.finditer(text):
        part, whole = (_COUNTS.get(patterns.lookup_key(match[name])) or int(match[name]) for name in ("part", "whole"))
        if not 0 < part < whole:
            continue  # "one in 2020", "five in five": no share
        qualifier = _QUALIFIERS[" ".join(patterns.lookup_key(match["qualifier"]).split())] if match["qualifier"] \
            else "about"
        yield Fraction(match.start(), match.end(), match.group(), Decimal(100 * part) / Decimal(whole), qualifier)


def fits(fraction: Fraction, percent: Decimal) -> bool:
    """Say whether a percentage a passage gives is what the fraction, as qualified, says."""
    near = max(fraction.percent / 8, _HEDGED_WITHIN)
    if fraction.qualifier == "about":
        return abs(percent - fraction.percent) <= near
    if fraction.qualifier == "nearly":
        return fraction.percent - near <= percent < fraction.percent
    if fraction.qualifier == "more":
        return fraction.percent < percent
    if fraction.qualifier == "less":
        return percent < fraction.percent
    return abs(percent - fraction.percent) <= max(fraction.percent / 10, _PLAIN_WITHIN)


# What a percentage may be qualified as in prose ("roughly 20%"), by the qualifier of the passage's fraction in words
# it stands for ("about a fifth"): a plain fraction is rounded already, so "about" may be said of it or nothing.
_PERCENT_QUALIFIED = {"": {None, "about"}, "about": {"about"}, "nearly": {"nearly", "about"},
                      "more": {"more than", "at least"}, "less": {"fewer than", "up to"}}


def percentage_of_fraction(quantities: tuple, qualifier, passages: list[Cited]) -> bool:
    """Say whether a percentage of prose, qualified as `qualifier` (a Qualifier or None), is a fraction in words one
    of the passages gives ("20%" or "roughly 20%" of "about a fifth"; "33%" or "33.3%" of "a third"): within half a
    point of it, its qualifier saying no more than the fraction's."""
    percent = next((q.value for q in quantities if q.unit == "%"), None)
    if percent is None or len(quantities) != 1:
        return False
    kind = qualifier.kind if qualifier is not None else None
    return any(abs(fraction.percent - percent) <= Decimal("0.5") and kind in _PERCENT_QUALIFIED[fraction.qualifier]
               for p in passages for fraction in fractions_in(p.text))


def percentages_given(passages: list[Cited]) -> list[Decimal]:
    """Return the percentages the passages give, in order."""
    return sorted({q.value for p in passages for q in quantities_in(p.text, p.language) if q.unit == "%"})


def shares_given(passages: list[Cited]) -> list[Decimal]:
    """Return the percentages the passages give, and the shares their counts of a whole are ("301 of the 418", "301
    de las 418": 72%, which "half of them" is not), in order."""
    return sorted(set(percentages_given(passages)) | {share for p in passages
                                                      for share in _shares_of_wholes(p.text, p.language)})


def counted_shares(passages: list[Cited]) -> frozenset[Decimal]:
    """Return the shares the passages' counts of a whole are: "301 of the 418", or two counts of one noun ("enrolled
    8,412 participants ... Only 760 participants were enrolled in Norland": 9.0%). They back a share said, and
    refuse none: a passage's other counts ("4,206 received Velomira") may be parts of the same whole."""
    return frozenset(share for p in passages
                     for share in _shares_of_wholes(p.text, p.language) | _shares_of_one_noun(p.text, p.language))


def counted_pairs(passages: list[Cited], sentence: str = "") -> frozenset[tuple[Decimal, Decimal]]:
    """Return the two counts, lower first, of each noun that exactly two counts of the passages name between them
    ("660,000 active personnel" and "172,000 active personnel"): what a multiple said of them is a ratio of. Two
    figures of a unit ("2 kilometres", "5 kilometres"; "12 years", "20 years") only where `sentence` names it: they
    made "nearly three times as many as on Monday" and "nearly twice the committee's" cut (factcheck_131)."""
    counts: dict[str, set[Decimal]] = {}
    for p in passages:
        for noun, values in _counts_by_noun(p.text, p.language):
            family = unit_family(noun)
            if family and not names_unit(sentence, family):
                continue
            counts.setdefault(noun, set()).update(values)
    return frozenset((min(values), max(values)) for values in counts.values() if len(values) == 2)


# between a part and its whole: "301 of the 418", "301 de las 418", German "4.200 von 6.100" (newuser_123: "mehr als
# zwei Drittel der geplanten Züge" of it was refused, "zwei" in no passage)
_TENTH = Decimal("0.1")  # a share as a message shows it: "72.0%"
_PART_OF = patterns.compile(r"\s+(?:of(?:\s+(?:the|its|their))?|de\s+(?:las|los)|de|von(?:\s+(?:den|insgesamt))?)\s+",
                            re.IGNORECASE)


@lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shares_of_wholes(text: str, language: str) -> frozenset[Decimal]:
    """Return the share each count of a whole in text is, in per cent ("301 of the 418": 72.0...)."""
    if " of " not in text and " de " not in text and " von " not in text:
        return frozenset()
    figures = [m for m in mentions_in(text, language) if m.kind == "figure" and len(m.quantities) == 1
               and not m.quantities[0].unit]
    return frozenset((100 * part.quantities[0].value / whole.quantities[0].value).quantize(_TENTH)
                     for part, whole in zip(figures, figures[1:]) if 0 < part.quantities[0].value < whole.quantities[0].value
                     and _PART_OF.fullmatch(text, part.end, whole.start))


_COUNTED = patterns.compile(r"\s+(?P<noun>[a-z][a-z-]{3,})(?!\w)")  # the noun a count counts: "760 participants"


@lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shares_of_one_noun(text: str, language: str) -> frozenset[Decimal]:
    """Return the share each count in text is of a larger count of the same noun ("760 participants" of "8,412
    participants": 9.0...), where exactly two counts name it: more say no part and whole apart."""
    return frozenset((100 * min(values) / max(values)).quantize(_TENTH) for _, values in _counts_by_noun(text, language)
                     if len(set(values)) == 2 and len(values) == 2)


# A count whose noun is left out after another count's counts the same: "about 40,000 protesters in May and 27,000 on
# Saturday" counts protesters twice, as "1,200 applications in 2024 and 900 in 2025" counts applications (a fraction
# "as many" of them was read as a figure of its own, tests/test_factcheck_147.py). Only within a clause, after "and",
# "but", a comma or "against", and only where the later count names no noun of its own ("27,000 last year" names none).
_ELIDED_BETWEEN = patterns.compile(r"[^.;:!?]{0,40}?(?:,|(?<!\w)(?:and|but|against|versus|while|compared\s+with))\s+"
                                   r"(?:(?:about|around|roughly|some|nearly|almost|only|just|over|under)\s+)?",
                                   re.IGNORECASE)
_NO_NOUN = frozenset({"last", "this", "next", "each", "earlier", "later", "before", "after", "that", "were", "year",
                      "years", "days", "weeks", "months", "ago"})


@lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _counts_by_noun(text: str, language: str) -> tuple[tuple[str, tuple[Decimal, ...]], ...]:
    """Return each noun a count in text counts, with its counts in order ("760 participants": "participants"), a
    count whose noun is left out after another's counted with it ("40,000 protesters in May and 27,000 on Saturday")."""
    counts: dict[str, list[Decimal]] = {}
    before = None  # the noun of the count before, and where it ends
    for mention in mentions_in(text, language):
        plain = mention.kind == "figure" and len(mention.quantities) == 1 and not mention.quantities[0].unit
        if mention.kind != "figure" or (plain and is_year(mention.text)):
            continue  # "in May 2024 and 900 in 2025": when, no count
        counted = _COUNTED.match(text, mention.end) if plain else None
        noun = counted["noun"].casefold() if counted is not None else None
        if plain and (noun is None or noun in _NO_NOUN) and before \
                and _ELIDED_BETWEEN.fullmatch(text, before[1], mention.start):
            noun, counted = before[0], None
        if noun is not None and mention.quantities[0].value > 0:
            counts.setdefault(noun, []).append(mention.quantities[0].value)
        before = (noun, counted.end() if counted is not None else mention.end) if noun is not None else None
    return tuple((noun, tuple(values)) for noun, values in counts.items())


def backed_fraction(text: str, start: int, passages: list[Cited]) -> bool | None:
    """Say whether the fraction at `start` of text is backed by a percentage of the passages, or, where they give
    none, by a share their counts are of a whole; None where text says no fraction there or the passages give
    neither (the figure checks read it then)."""
    fraction = next((f for f in fractions_in(text) if f.start <= start < f.end), None)
    if fraction is None and " as " in text.casefold() and _held_as_a_level(text, start, passages):
        return True  # "two-thirds as many" of two levels: misstated_level_multiples holds it to them
    if fraction and _counts_in_digits(fraction) and not percentages_given(passages):
        return None  # "51 von 70 Mitgliedern" of "41 von 70": two counts, each a figure the passages must give
    given = (percentages_given(passages) or sorted(counted_shares(passages))) if fraction else []
    if not given:
        return True if fraction and _in_their_words(fraction, passages) else None
    return any(fits(fraction, percent) for percent in given)


# a German ratio written in digits over a whole no reporter rounds to ("41 von 70"): counts, no share rounded; "9 von
# 10", "3 von 100" stay shares, and so does a risk, "1 von 790" or "1 in 790" (tests/test_factcheck_248.py)
_DIGIT_RATIO = patterns.compile(r"(?<![\w.,])(?!0|1\s)\d{1,3}\s+von\s+(?:je\s+)?(?P<whole>\d{1,3})$",
                                re.IGNORECASE)
_ROUNDED_WHOLES = frozenset(range(2, 11)) | {20, 100}


def _counts_in_digits(fraction: Fraction) -> bool:
    """Say whether a German ratio is written as two counts in digits over a whole no share is rounded to ("41 von
    70")."""
    match = _DIGIT_RATIO.search(fraction.written)
    return bool(match) and int(match["whole"]) not in _ROUNDED_WHOLES


def _held_as_a_level(text: str, start: int, passages: list[Cited]) -> bool:
    """Say whether the figure at `start` of text is a fraction "as many" that misstated_level_multiples holds to two
    levels of the passages: they give two."""
    if not any(m.start() <= start < m.end() for m in _LEVEL_FRACTION.finditer(text)):
        return False
    return bool(_ratios_besides(text, passages)) or any(level_ratios(p.text, p.language) for p in passages)


def _in_their_words(fraction: Fraction, passages: list[Cited]) -> bool:
    """Say whether a passage gives the same share as a fraction in words: "one in four" is "a quarter", "three in
    four" "three-quarters", "one in two" "half" (tests/test_factcheck_75.py); "one in five" is no quarter, left to
    the figure check."""
    return any(abs(their.percent - fraction.percent) < _SAME and (their.qualifier == fraction.qualifier
                                                                or (fraction.qualifier == "about" and not their.qualifier))
               for passage in passages for their in fractions_in(passage.text))


def misstated_fractions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each fraction of text that no percentage of its passages fits (see the module)."""
    if language.split("-")[0].lower() not in ("", "en", "es", "nl", "de", "fr"):
        return []
    multiples = misstated_level_multiples(text, passages, offset) if language[:2].lower() in ("", "en", "es") else []
    return multiples + _misstated_shares(text, passages, offset, language)


def _misstated_shares(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding for each fraction of text said as a share that no percentage of its passages fits."""
    spoken = markers_blanked(text)
    said = fractions_in(spoken)
    by_change = [fraction for fraction in said
                 if fraction.written[:2].lower() == "by" or _COMPARED_AFTER.match(spoken, fraction.end)]
    if by_change:  # "cut the risk by a third" of "from 6% to 4%": the share of a change's start (relative_changes.py)
        changes = relative_changes_given(passages)
        if changes:
            fitting = {fraction for fraction in by_change
                       if any(fits_change(fraction.percent, fraction.qualifier, change.percent, False)
                              for change in changes)}
            said = tuple(fraction for fraction in said if fraction not in fitting)
            unfit = [fraction for fraction in by_change if fraction not in fitting]
            if unfit and not percentages_given(passages):
                return [_unfit_change(text, fraction, changes, offset) for fraction in unfit]
    # a plain fraction is held to a count of a whole too; a hedged one ("nearly half" of "41,000 of the 94,000") is a
    # reporter's rounding of it, held to percentages alone as before
    plain = [fraction for fraction in said if not fraction.qualifier]
    given = (shares_given(passages) if plain else percentages_given(passages)) if said else []
    if said and not given:
        return _against_words(text, said, passages, offset)
    findings = []
    # a fraction the passages give in words themselves ("two-thirds of members") stands as their figure
    theirs = {q.value for p in passages for q in quantities_in(p.text, p.language) if not q.unit and q.value < 1} \
        if given else set()
    for fraction in said if given else ():
        held = given if not fraction.qualifier else percentages_given(passages)
        # a hedged fraction that fits a count of a whole ("mehr als zwei Drittel" of "4.200 von 6.100") is backed by
        # it, whatever other percentage the passage gives ("etwa jeder fünfte" of another train service: newuser_123)
        if held and not any(fits(fraction, percent) for percent in held) \
                and not (fraction.qualifier and any(fits(fraction, share) for share in counted_shares(passages))) \
                and not any(abs(value * 100 - fraction.percent) < _SAME for value in theirs) \
                and not _said_alike(fraction, passages) \
                and not _a_part_of_another(fraction, given) and not _bounded_alike(fraction, passages):
            written = " ".join(fraction.written.split())
            listed = ", ".join(f"{percent.normalize():f}%" for percent in held[:4])  # not `theirs`, read again below
            findings.append(Finding(offset + fraction.start,
                                    f'this sentence says "{written}" (about {fraction.percent:.0f}%) where its cited '
                                    f"passages give {listed}: {clipped(text)}",
                                    "give the source's percentage, or a fraction that stands within a point or two "
                                    "of it (\"about\", \"nearly\" and \"more than\" say which side)"))
    return findings


def misstated_level_multiples(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for each fraction "as many" ("half as many", "a third as many") or Spanish halving ("se
    redujeron a la mitad") of text that no two levels its passages give fit, where they give two (level_ratios.py)."""
    folded = text.casefold()
    if " as " not in folded and "mitad" not in folded:
        return []
    # the sentence's fractions read first: most sentences with an " as " hold none, and the passages' levels (a
    # third of this check's time on the synthetic microsite) are then not read (tests/test_speed_5.py)
    spoken = markers_blanked(text)
    levels, halved = list(_LEVEL_FRACTION.finditer(spoken)), list(_HALVED_ES.finditer(spoken))
    if not levels and not halved:
        return []
    passages_text = tuple((p.text, p.language) for p in passages)
    ratios = [ratio for text_, language in passages_text for ratio in level_ratios(text_, language)]
    besides = _ratios_besides(text, passages)
    ratios += besides
    if not ratios:
        return []  # no two levels given: the checks of figures and fractions read it
    findings = []
    # a fraction "as many" a passage says itself stands as its own ("Half as many women as men applied")
    theirs = {_level_fraction(match) for p in passages if " as " in p.text for match in _LEVEL_FRACTION.finditer(p.text)}
    for match in levels:
        factor, qualifier = _level_fraction(match)
        if (factor, qualifier) not in theirs and qualifier in _RATIO_QUALIFIERS and not fits_a_ratio(factor, _RATIO_QUALIFIERS[qualifier], passages_text,
                                                                as_level=True, also=besides):
            findings.append(_unfit_multiple(text, match, factor, ratios, offset))
    for match in halved:
        qualifier = {"casi": "nearly", "más de": "more than"}.get(
            " ".join((match["qualifier"] or match["inner"] or "").casefold().split()))
        if (match["inner"] or "").casefold() == "menos de":
            continue  # "a menos de la mitad": a bound, settled by no two levels
        if not fits_a_ratio(Decimal("0.5"), qualifier, passages_text, also=besides):
            findings.append(_unfit_multiple(text, match, Decimal("0.5"), ratios, offset))
    return findings


def _level_fraction(match: re.Match) -> tuple[Decimal, str]:
    """Return the factor and the qualifier of a fraction "as many" _LEVEL_FRACTION found ("nearly half": 0.5, "nearly")."""
    factor = Decimal("0.5") if match["half"] else (Decimal(_NUMERATORS[match["numerator"].casefold()])
                                                   / _DENOMINATORS[match["denominator"].casefold()])
    return factor, _QUALIFIERS.get(" ".join((match["qualifier"] or "").casefold().split()), "")


def _ratios_besides(text: str, passages: list[Cited]) -> tuple[Decimal, ...]:
    """Return the lower of two counts of one noun the sentence names over the higher ("two-thirds as many protesters"
    of "40,000 protesters in May and 27,000 on Saturday"), and the level a change in per cent leaves ("half as many
    jobs" of "Job losses fell 20 percent": 0.8): what a fraction "as many" is of, where no change's two ends give it."""
    folded = text.casefold()
    pairs = tuple(min(values) / max(values) for p in passages for noun, values in _counts_by_noun(p.text, p.language)
                  if len(values) == 2 and len(set(values)) == 2
                  and (noun in folded or (noun.endswith("s") and noun[:-1] in folded)))
    return pairs + tuple(level for p in passages for level in levels_left(p.text, p.language))


def _unfit_multiple(text: str, match: re.Match, factor: Decimal, ratios: list[Decimal], offset: int) -> Finding:
    """Return the finding of a multiple of a level that the two levels its passages give do not make."""
    written = " ".join(match.group().split())
    return Finding(offset + match.start(),
                   f'this sentence says "{written}" ({factor.quantize(Decimal("0.01")).normalize():f} times the earlier '
                   f"level) where its cited passages give a level {ratios[0].quantize(Decimal('0.01')).normalize():f} "
                   f"times the earlier one: {clipped(text)}",
                   "give the source's two figures, or a multiple that fits them (\"about\", \"nearly\" and \"more "
                   "than\" say which side)")


def _unfit_change(text: str, fraction: Fraction, changes: list, offset: int) -> Finding:
    """Return the finding of a fraction a change is "by" that is no share of a change its passages give by its ends."""
    written = " ".join(fraction.written.split())
    return Finding(offset + fraction.start, f'this sentence says "{written}" (about {fraction.percent:.0f}%) where its '
                                            f"cited passages give a change of {shown(changes[0])}: {clipped(text)}",
                   "give the change as the source's two figures, or a share of it that fits "
                   "(\"about\", \"nearly\" and \"more than\" say which side)")


def _against_words(text: str, said: tuple[Fraction, ...], passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding for each fraction of text that no fraction in words of its passages fits, where they give
    fractions in words and no percentage: "Exports fell by half" citing "Exports fell by a third"."""
    theirs = [fraction for passage in passages for fraction in fractions_in(passage.text)]
    # a fraction numbers.py reads as a figure ("three-fifths") is the figure check's to name
    figures = [mention for mention in mentions_in(markers_blanked(text), "en")
               if mention.kind == "figure"] if theirs else []
    findings = []
    for fraction in said if theirs else ():
        if any(figure.start < fraction.end and fraction.start < figure.end for figure in figures):
            continue
        # the same fraction hedged otherwise ("nearly half" for "about half") is the hedge checks' to read
        if not any(fits(fraction, their.percent) or abs(their.percent - fraction.percent) < _SAME for their in theirs) \
                and not any(fits(fraction, share) for share in counted_shares(passages)):  # of "4.200 von 6.100"
            written = " ".join(fraction.written.split())
            findings.append(Finding(offset + fraction.start,
                                    f'this sentence says "{written}" where its cited passages say '
                                    f'"{" ".join(theirs[0].written.split())}": {clipped(text)}',
                                    "give the source's fraction, or cite a passage that gives this one"))
    return findings


def _said_alike(fraction: Fraction, passages: list[Cited]) -> bool:
    """Say whether a passage says the fraction in words itself: "fell by about a third" citing "fell by about a third"
    (numbers.py reads no "a third", so the fraction is no quantity of the passage)."""
    return any(said.percent == fraction.percent and said.qualifier == fraction.qualifier
               for passage in passages for said in fractions_in(passage.text))


def _a_part_of_another(fraction: Fraction, given: list[Decimal]) -> bool:
    """Say whether the fraction is what one of the passages' percentages is of another: "half the full rate" citing
    "the duty will be 20% rather than 40%" (a rate's part, not a share of 50%)."""
    return any(fits(fraction, part / whole * 100) for part in given for whole in given if 0 < part < whole)


_BOUNDS = {"more": "more than", "less": "fewer than"}


def _bounded_alike(fraction: Fraction, passages: list[Cited]) -> bool:
    """Say whether a bounded fraction is a passage's percentage bounded the same way: "more than half the votes"
    citing "more than 50% of the votes" (a threshold, which no percentage above 50 fits)."""
    bound = _BOUNDS.get(fraction.qualifier)
    return bound is not None and any(
        abs(quantity.value - fraction.percent) < _SAME and (found := qualifier_of(p.text, m.start, m.end, p.language))
        and found.kind == bound
        for p in passages for m in mentions_in(p.text, p.language) for quantity in m.quantities if quantity.unit == "%")
