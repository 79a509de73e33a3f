"""A figure's period kept: a figure a passage gives for part of a year, since a year or as an annualised rate may not
be told for the whole year, in that year, or plainly as the change.

rates.py reads a figure's period where it is a rate's ("a year", "per month", "in the quarter", "this year"). These are
the periods it left unread, which a fact-checker reads against the source as closely: a year named ("grew 5% in
2025", "for 2025", "in the full year"), a month named ("rose 7% in March"), a span counted to a month ("in the three
months to September" a quarter, "in the six months to June" a half, "in the year to March" a year), a span since a
year or month ("has risen 40% since 2019": all of it since then, not in that year) and an annualised rate ("grew at
an annualised rate of 4%", "a 4% annualized pace", which is about a quarter of it in the quarter). "The economy grew
5% in 2025" citing "grew 5% in the first quarter of 2025" tells a quarter's figure as the year's, and "grew 5% in the
first quarter" citing "grew 5% in 2025" the year's as a quarter's; "Prices rose 40% in 2019" citing "have risen 40%
since 2019" puts six years in one. A figure's period is read as rates.py reads one, in the few words after it to its
clause's end, or right before it ("an annualised 4%", "an annualised rate of 4%"), or else at the start of its
sentence, no other figure between ("In 2025, the economy grew 5%", "Since 2019, prices have risen 40%"). A sentence is refused where every
passage giving its figure gives it for a period, none for the sentence's or one it restates ("in 2025" restates
"this year", "last year" or "a year"; "since 2019" "over six years"), and one of the two periods is read here, not by
rates.py, which names the others (a figure both would name is named once, by rates.py where the sentence gives a
rate). One year's figure ("6.1% in 2025 alone", "that year", or right before it, "allein im Jahr 2025 um 6,1
Prozent") is no year's rate ("6.1% a year"), and a span may be
written before its figure ("a two-year deal worth 9%": tests/test_factcheck_160.py). A figure a passage gives only as an annualised rate is refused given plainly too
("grew 4%"), where the sentence says nothing of a year's rate ("annual", "annualised", "a year"). Words in quotation
marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .numbers import ENGLISH_MONTHS, Mention, Quantity, find_mentions, is_year, mentions_in
from .rates import _BEFORE as _RATE_BEFORE
from .rates import _BEFORE_REACH, _CLAUSE_END, _PERIOD_WORDS, _WORDS_BETWEEN, _named, changed_rates, may_give_a_period
from .sentences import inside, markers_blanked
from .wordset import has_digit

_MONTH = "(?-i:" + "|".join(ENGLISH_MONTHS) + ")"
_YEAR = r"(?:19|20)\d\d(?![\d/–-]|['’]s)"
_COUNTED_TO = r"(?:to|ending|ended|through|until)"
# A span's count and unit, in English, French, Spanish and German: "two years", "24 months", "deux ans", "dos años",
# "zwei Jahre"; each count read as its number (_COUNT_WORDS), each unit as its months (_UNIT_MONTHS)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twelve": 12, "eighteen": 18, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
                "cinq": 5, "dix": 10, "douze": 12, "dix-huit": 18, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
                "cinco": 5, "seis": 6, "diez": 10, "doce": 12, "dieciocho": 18, "ein": 1, "zwei": 2, "drei": 3,
                "vier": 4, "fünf": 5, "sechs": 6, "zehn": 10, "zwölf": 12, "achtzehn": 18}
_UNIT_MONTHS = {"year": 12, "years": 12, "ans": 12, "années": 12, "años": 12, "jahre": 12, "jahren": 12, "months": 1,
                "mois": 1, "meses": 1, "monate": 1, "monaten": 1}
_SPAN_COUNT = r"\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
_SPAN_UNIT = "|".join(sorted(_UNIT_MONTHS, key=len, reverse=True))
# a passage's "two-year deal" is a span of two years too, as its sentence's "over 24 months" restates (factcheck_160)
_SPAN_WORD_MONTHS = {**_UNIT_MONTHS, "month": 1}
_SPAN_WORDS = patterns.compile(rf"(?<![\w-])(?P<count>{_SPAN_COUNT})(?:\s+|-)(?:(?:derni[eè]res|prochaines)\s+)?"
                               rf"(?P<unit>{'|'.join(sorted(_SPAN_WORD_MONTHS, key=len, reverse=True))})(?!\w)",
                               re.IGNORECASE)
# The periods read here, each a group; rates.py's follow them in one pattern, so that the first period after a figure
# is found whichever module names it. A year named is not the start of a quarter's name ("in 2025's first quarter").
_OWN_WORDS = {
    # one year's figure, told as no rate: "6.1% in 2025 alone", "that year", "in a single year"; French "pour la
    # seule année 2025", "cette année-là"; Spanish "solo en 2025", "ese año"; German "allein im Jahr 2025", "in
    # jenem Jahr". Read as "in 2025", "6.1% a year" of it told a year's rise as every year's (factcheck_160)
    "year_alone": rf"(?:(?:in|during|for)\s+(?:fiscal\s+)?{_YEAR}\s+alone|alone\s+in\s+{_YEAR}"
                  r"|(?:in\s+|during\s+)?(?:that|the\s+same)\s+year(?:\s+alone)?"
                  r"|(?:in|within|during)\s+a\s+single\s+year"
                  rf"|(?:en|pour|sur)\s+la\s+seule\s+année(?:\s+{_YEAR})?|cette\s+année[\s-]là"
                  rf"|en\s+{_YEAR}\s+seulement|en\s+une\s+seule\s+année"
                  rf"|(?:s[oó]lo|solamente|únicamente)\s+en\s+{_YEAR}|en\s+{_YEAR}\s+s[oó]lo"
                  rf"|ese\s+(?:mismo\s+)?año|en\s+un\s+solo\s+año|allein\s+(?:im\s+Jahr\s+)?{_YEAR}"
                  rf"|(?:im\s+Jahr\s+)?{_YEAR}\s+allein|in\s+jenem\s+Jahr|im\s+selben\s+Jahr"
                  r"|in\s+einem\s+einzigen\s+Jahr)",
    "since": rf"since\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH}(?:\s+{_YEAR})?|{_YEAR})",
    "named_year": rf"(?:in|for|during|over|throughout)\s+(?:the\s+(?:(?:full|whole|calendar|fiscal|financial)\s+)?year\s+"
                  rf"(?:of\s+)?)?(?:fiscal\s+|FY\s*)?{_YEAR}(?!\s+(?:Q[1-4]|H[12]|first|second|third|fourth)\b)"
                  r"|(?:in|for|over)\s+the\s+(?:full|whole)\s+year|full[\s-]+year",
    "named_month": rf"in\s+(?:(?:early|mid|late)[\s-]+)?{_MONTH}(?:\s+{_YEAR})?",
    "counted_quarter": rf"in\s+the\s+(?:three|3)\s+months\s+{_COUNTED_TO}|in\s+the\s+(?:first|last|latest|final)\s+three"
                       r"\s+months|quarter[\s-]+on[\s-]+quarter",
    "counted_half": rf"in\s+the\s+(?:six|6)\s+months\s+{_COUNTED_TO}|in\s+the\s+(?:first|last|latest|final)\s+six\s+months",
    "counted_year": rf"in\s+the\s+(?:(?:12|twelve)\s+months|year)\s+{_COUNTED_TO}",
    "annualised": r"(?:at\s+an?\s+)?(?:seasonally[\s-]+adjusted\s+)?annuali[sz]ed(?:\s+(?:rate|pace|basis))?|saar",
    # a span of one year, or of years or months counted, in other words than rates.py's "over two years": "in one
    # year" of "over two years" told two years' rise as one's, and "over 24 months" is "over two years"
    # (tests/test_factcheck_151.py)
    "one_year": r"(?:in|within|across|during)\s+(?:one|a|a\s+single)\s+year|en\s+(?:un|une\s+seule)\s+ann?(?:ée)?"
                r"|sur\s+un\s+an|en\s+un\s+(?:solo\s+)?año|in\s+einem\s+(?:einzigen\s+)?Jahr"
                r"|(?:innerhalb|binnen)\s+eines\s+Jahres",
    "counted_span": r"(?:in|within|across|during|over|spread\s+over|over\s+the\s+course\s+of|en|sur|durant|pendant"
                    r"|a\s+lo\s+largo\s+de|durante|über|innerhalb\s+von|binnen)\s+(?:the\s+|les\s+|los\s+|die\s+)?"
                    r"(?:(?:next|past|last|coming|following|prochaines|derni[eè]res|próximos|últimos|nächsten|letzten)"
                    rf"\s+)?(?:{_SPAN_COUNT})\s+(?:(?:derni[eè]res|prochaines)\s+)?(?:{_SPAN_UNIT})",
}
_PERIOD = patterns.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{words})" for name, words in (
    *_OWN_WORDS.items(), *_PERIOD_WORDS.items())) + r")(?!\w)", re.IGNORECASE)
# A span counted to a month is the rate's own period: "in the three months to September" is "in the quarter"
_AS_RATES = {"counted_quarter": "quarter", "counted_half": "half", "counted_year": "year"}
# An annualised rate named right before its figure: "an annualised 4%", "an annualised rate of 4%", "at an annual
# rate of 4%" (rates.py reads "an annual 4%" as a year's).
_BEFORE = patterns.compile(r"(?<!\w)(?:annuali[sz]ed(?:\s+(?:rate|pace)\s+of)?|annual\s+(?:rate|pace)\s+of)\s+$",
                           re.IGNORECASE)
# A span written before its figure: "a one-year rise of 9%", "a two-year deal worth 9%", "un aumento de dos años del
# 9%", "une hausse sur deux ans de 9 %", "eine zweijährige Erhöhung von 9 Prozent": the figure's span, as "9% over two
# years" is; unread, "9% over two years" of "a one-year rise of 9%" was refused only for its "two", and "9% in a single
# year" of "a two-year deal worth 9%" built (tests/test_factcheck_160.py). English writes it singular ("two-year");
# "two years of 5% growth" is a rate's years.
_SPAN_BEFORE = patterns.compile(
    rf"(?<![\w-])(?:(?P<count>{_SPAN_COUNT})[\s-]+(?P<unit>year|month)(?![\w-])(?:[\s-]+long)?(?:\s+[^\W\d_]+){{0,2}}"
    r"\s+(?:of|worth)"
    rf"|(?:de|sur)\s+(?P<count_fr>{_SPAN_COUNT})\s+(?P<unit_fr>ans?|mois)\s+(?:de|d['’])"
    rf"|de\s+(?P<count_es>{_SPAN_COUNT})\s+(?P<unit_es>años?|mes(?:es)?)\s+(?:del?|por\s+valor\s+del?)"
    rf"|(?P<count_de>{_SPAN_COUNT})[\s-]?(?P<unit_de>jährig|monatig)e[nmrs]?(?:\s+[^\W\d_]+){{0,2}}"
    r"\s+(?:von|über|in\s+Höhe\s+von))\s*$", re.IGNORECASE)
# One year's figure named right before the figure, but for the preposition or article its verb puts there
_ALONE_BEFORE = patterns.compile(rf"(?<!\w)(?P<words>{_OWN_WORDS['year_alone']}),?\s+(?:(?:um|by|un|una|del?|d['’])\s*)?$",
                                 re.IGNORECASE)
# The article a Spanish or French verb puts before its figure, not shown as the period's words ("cada año un")
_ARTICLE_AFTER = patterns.compile(r"\s+(?:un|una|el|del?|d['’])$", re.IGNORECASE)
_BEFORE_UNIT_MONTHS = {"year": 12, "month": 1, "an": 12, "ans": 12, "mois": 1, "año": 12, "años": 12, "mes": 1,
                       "meses": 1, "jährig": 12, "monatig": 1}
_SPAN_BEFORE_REACH = 50  # characters before a figure its span is read in


def _span_before(text: str, at: int) -> tuple[str, str, bool] | None:
    """Return the span written right before the figure at `at` ("a one-year rise of 9%": "12 months"), its words and
    True (a period read here), or None."""
    found = _SPAN_BEFORE.search(text, max(0, at - _SPAN_BEFORE_REACH), at)
    if found is None:
        return None
    key = next(name for name in ("", "_fr", "_es", "_de") if found["count" + name])
    count = found["count" + key].casefold()
    months = (int(count) if count.isdigit() else _COUNT_WORDS[count]) * _BEFORE_UNIT_MONTHS[
        found["unit" + key].casefold()]
    return f"{months} months", " ".join(found.group().split()), True


_ONE_YEAR = frozenset({"named_year", "year", "this_year", "last_year", "next_year", "one_year", "year_alone"})
_SINCE_SAME = frozenset({"since", "this_year"})
# What every period read here holds, looked for before any pattern runs
_HOLDS = ("since", "annuali", "saar", " in 1", " in 2", "for 2", "for 1", "year", "months", "quarter", *(
    f"in {month.casefold()}" for month in ENGLISH_MONTHS), "early ", "mid", "late ", " an", "jahr", "mois", "meses", "monat")
_ANNUAL_WORDS = patterns.compile(r"(?<!\w)(?:annual\w*|a\s+year|per\s+(?:year|annum)|yearly|year[\s-]+on[\s-]+year)"
                                 r"(?!\w)", re.IGNORECASE)


def changed_periods(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for the first figure text gives for a period (or plainly, where its passages give it only as
    an annualised rate) that every passage giving it gives only for another period, and rates.py does not name."""
    named = None
    for finding in _changed_periods(text, passages, offset, language):
        # one finding a figure: "4.5% a year" of "4.5% over two years" is rates.py's, and was named by both
        named = {one.offset for one in changed_rates(text, passages, offset, language)} if named is None else named
        if finding.offset not in named:
            return [finding]
    return []


def _changed_periods(text: str, passages: list[Cited], offset: int, language: str):
    """Yield a finding for each figure changed_periods names, first to last (rates.py's among them)."""
    lowered = " " + text.lower()  # a period may open the sentence: "In 2025, ..."
    if not has_digit(text) or not any(word in lowered for word in _HOLDS) and not (
            may_give_a_period(text)) and not any(_annualised(passage.text) for passage in passages):
        return  # most sentences name no period, and cite no annualised rate
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs: dict[Quantity, set] = {}
    for passage in passages:
        for quantity, period, words, own in _periods(passage.text, passage.language or language):
            theirs.setdefault(quantity, set()).add((period, words, own))
    for mention in find_mentions(spoken, language, prose=True):
        if inside(quoted, mention.start):
            continue
        found = _period_of(spoken, mention)
        for quantity in mention.quantities:
            given = theirs.get(quantity, set())
            periods = {period for period, _, _ in given}
            if not given or None in periods:
                continue
            if found is None:
                if periods == {"annualised"} and not _ANNUAL_WORDS.search(spoken):
                    yield _finding(text, offset + mention.start, mention.text, "", given)
                continue
            period, words, own = found
            if period == "named_month" and quantity.unit == "%" and _in_other_months(words, given, passages):
                yield _finding(text, offset + mention.start, mention.text, words, given)
                continue
            if any(_same(period, other) for other in periods) or not (own or any(theirs for *_, theirs in given)):
                continue  # a rate's period against a rate's is rates.py's to name
            if period == "named_month" and _level_at_span_end(spoken, mention.start, words, given, passages):
                continue  # "inflation was 3.8% in February" restates "3.8% in the year to February"
            yield _finding(text, offset + mention.start, mention.text, words, given)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _periods(text: str, language: str) -> tuple[tuple[Quantity, str | None, str, bool], ...]:
    """Return each quantity text states with its period (None where it gives none), the figure's words as written
    with its period's, and whether the period is one read here."""
    found = []
    for mention in mentions_in(text, language):
        name, words, own = _period_of(text, mention) or (None, "", False)
        found += [(quantity, name, _written(text, mention, words), own) for quantity in mention.quantities]
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _annualised(text: str) -> bool:
    """Say whether a passage may give an annualised rate."""
    lowered = text.lower()
    return "annuali" in lowered or "saar" in lowered


def _period_of(text: str, mention: Mention) -> tuple[str, str, bool] | None:
    """Return the period a figure is given for, by name ("named_year", "quarter", ...), with its words as written and
    whether it is one read here (not rates.py); None where it gives none."""
    if mention.kind != "figure" or is_year(mention.text):
        return None
    before = _BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before:
        return "annualised", " ".join(before.group().split()), True
    if (span := _span_before(text, mention.start)) is not None:
        return span
    # a rate's words before it, as rates.py reads them: "jährlich um 6,1 Prozent", "daily losses of 3 million"
    rate = _RATE_BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
    if rate and (named := _PERIOD.search(rate.group())):
        return named.lastgroup, _ARTICLE_AFTER.sub("", " ".join(rate.group().split())), False
    # one year's figure named right before it: "stiegen allein im Jahr 2025 um 6,1 Prozent", "subieron solo en 2025
    # un 6,1 %" (read after the figure only, "6,1 Prozent pro Jahr" of it built: tests/test_factcheck_164.py)
    alone = _ALONE_BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
    if alone:
        return "year_alone", " ".join(alone["words"].split()), True
    window = text[mention.end:mention.end + 60]
    end = _CLAUSE_END.search(window)
    window = window[:end.start()] if end else window
    found = next((match for match in _PERIOD.finditer(window) if not _compared_with(window, match)), None)
    if found is None or not _WORDS_BETWEEN.fullmatch(window[:found.start()]):
        found = _fronted(text, mention.start)
        if found is None:
            return None
        words = " ".join(found.group().split())
        return _AS_RATES.get(found.lastgroup, _name(found)), words[:1].lower() + words[1:], found.lastgroup in _OWN_WORDS
    return _AS_RATES.get(found.lastgroup, _name(found)), " ".join(found.group().split()), found.lastgroup in _OWN_WORDS


def _name(found: re.Match) -> str:
    """Return a period's name: rates.py's, or for a span counted its months ("24 months" of "over two years")."""
    if found.lastgroup not in ("counted_span", "years"):
        return _named(found)
    return f"{_span_months(_SPAN_WORDS.search(found.group()))} months"


def _months(period: str) -> int | None:
    """Return the months a period of one span says ("24 months", a year named), or None for any other."""
    if period.endswith(" months"):
        return int(period.split()[0])
    return 12 if period in _ONE_YEAR else None


# Where a sentence starts, for a period fronted before its figures: after a stop and a space, or a semicolon
_SENTENCE_START = patterns.compile(r"(?:[.!?]\s|[;:])\s*")
# What may stand between a fronted period and its figure: words and commas, and years ("of 2025"), no other figure
_FRONT_BETWEEN = patterns.compile(r"(?:[^\d.;:!?]|(?<!\d)(?:19|20)\d\d(?!\d))*")
_FRONT_REACH = 120  # characters at most from the sentence's start to its figure


def _fronted(text: str, at: int) -> re.Match | None:
    """Return the period a sentence opens with ("In 2025, the economy grew 5%", "Since 2019, prices have risen 40%"),
    where no other figure stands between it and the figure at `at`; None where it opens with none."""
    start = max((found.end() for found in _SENTENCE_START.finditer(text, max(0, at - _FRONT_REACH), at)),
                default=0 if at <= _FRONT_REACH else -1)
    if start < 0:
        return None
    opening = _PERIOD.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()), at)
    if opening is None or not _FRONT_BETWEEN.fullmatch(text, opening.end(), at):
        return None
    return opening


# What a change is measured against, not the period it is of: "7% year on year in March", "7% from a year earlier"
_COMPARED = patterns.compile(r"year[\s-]+on[\s-]+year|(?:from|than|on)\s+$", re.IGNORECASE)
_AGO = patterns.compile(r"\s+(?:earlier|ago|before|previously)(?!\w)", re.IGNORECASE)


def _compared_with(window: str, match: re.Match) -> bool:
    """Say whether a period found after a figure is what its change is measured against ("year on year", "from a
    year earlier"), not the period it is of."""
    return bool(_COMPARED.fullmatch(match.group()) or (
        _COMPARED.search(window, max(0, match.start() - 6), match.start()) and _AGO.match(window, match.end())))


def _same(period: str, other: str) -> bool:
    """Say whether a sentence's period restates a passage's: the same, one year named each way ("in 2025", "this
    year", "a year"), an annualised rate and a year's, or a span since a year and one of years."""
    if other == "year_alone" and period == "year":
        return False  # "6.1% a year" of "6.1% in 2025 alone": one year's rise told as every year's
    if period == other or {period, other} <= _ONE_YEAR:
        return True
    if _months(period) is not None and _months(other) is not None:
        return _months(period) == _months(other)  # "over 24 months" is "over two years", "in one year" none
    if "same_period" in (period, other):
        return True  # "over the same period" restates a span named before: rates.py's to read (factcheck_94)
    if "total" in (period, other):
        return True  # a total against a rate is rates.py's to name; "in total in 2025" is that year's

    if "annualised" in (period, other):
        return {period, other} <= {"annualised", "year"}
    if "since" in (period, other):
        rest = other if period == "since" else period
        return rest in _SINCE_SAME or rest.endswith(("years", " months"))
    return False


# A rate's level, not a change: "was 3.8%", "fell to 3.8%", "stood at 3.8%", "a rate of 3.8%"
_LEVEL_BEFORE = patterns.compile(r"(?<!\w)(?:was|is|were|are|to|at|of|hit|reached)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _level_at_span_end(text: str, at: int, words: str, given: set, passages: list[Cited]) -> bool:
    """Say whether a rate's level given in a month ("was 3.8% in February") restates a passage's level over a span
    counted to that month ("3.8% in the year to February"), as a rate of inflation or unemployment is reported."""
    month = _MONTH_NAMED.search(words)
    if month is None or not _LEVEL_BEFORE.search(text, max(0, at - 30), at):
        return False
    spans = [written for period, written, _ in given if period in _AS_RATES.values() and written.endswith(_COUNTED)]
    return any(f"{written} {month.group()}" in " ".join(passage.text.split()) for written in spans for passage in passages)


def _in_other_months(words: str, given: set, passages: list[Cited]) -> bool:
    """Say whether every passage giving a rate gives it in a month named, none the month a sentence names ("4.6% in
    February" of "3.8% in February, down from 4.6% in January": the month before's rate told as this month's; a count
    in a month may be of another event of the clause, "agreed to buy 40 drones in May and bought them in June")."""
    month = _MONTH_NAMED.search(words)  # a month no passage names is dated_acts' to name
    return bool(month) and any(month.group() in passage.text for passage in passages) and all(period == "named_month" and month.group() not in _MONTH_NAMED.findall(written)
                               for period, written, _ in given)


_COUNTED = (" to", " ending", " ended", " through", " until")
_MONTH_NAMED = patterns.compile(_MONTH)


def _written(text: str, mention: Mention, words: str) -> str:
    """Return a figure with the words of its period as written ("5% in the first quarter"), or the figure alone."""
    if not words:
        return mention.text
    window = " ".join(text[mention.start:mention.end + 80].split())
    at = window.find(words)
    if at >= 0:
        return window[:at + len(words)]
    if " ".join(text[max(0, mention.start - 40):mention.start].split()).casefold().endswith(words.casefold()):
        return f"{words} {mention.text}"  # right before it: "annualised rate of 4%"
    return f"{mention.text} ({words})"  # at the sentence's start: "5% (in the first quarter)"


def _finding(text: str, offset: int, figure: str, words: str, given: set) -> Finding:
    theirs = sorted(written for period, written, _ in given if period)[0]
    if not words:
        return Finding(offset, f'figure "{figure}" is given as the change itself, but the passages this sentence cites '
                               f'give it only as an annualised rate ("{theirs}"): {clipped(text)}',
                       "say it is an annualised rate, as the source does, or cite a passage that gives the change")
    told = f'as "{words} {figure}"' if _SPAN_BEFORE.search(words + " ") else words  # "a two-year rise of 9%"
    return Finding(offset, f'figure "{figure}" is given {told}, but the passages this sentence cites give it for '
                           f'another period ("{theirs}"): {clipped(text)}',
                   "give the figure for the period the source gives it (a part of a year, since a year, an "
                   "annualised rate), or cite a passage that gives it for this one")


def span_in_other_units(quantities, sentence: str, at: int, to: int, passages) -> bool:
    """Say whether a figure a sentence gives from `at` to `to` counts a span ("over 24 months") that a cited passage
    gives in another unit ("over two years"): the same span, which the figure check finds no figure of."""
    named = tuple(quantities)
    said = _SPAN_WORDS.match(sentence, at)
    if len(named) != 1 or named[0].unit or named[0].value % 1 or said is None or said.end("count") != to:
        return False
    unit = _SPAN_WORD_MONTHS[said["unit"].casefold()]
    months = int(named[0].value) * unit
    return any(_SPAN_WORD_MONTHS[given["unit"].casefold()] != unit and _span_months(given) == months
               for passage in passages for given in _SPAN_WORDS.finditer(passage.text)) or (
        months == 12 and unit == 1 and _year_in_months(sentence, at, passages))


def _year_in_months(sentence: str, at: int, passages) -> bool:
    """Say whether the "12 months" at `at` is the span of a figure before it that a cited passage gives for one year
    ("Pay rose 4.5% in 12 months" of "4.5% in 2025", "in 2025 alone", "a year"), where "12" is in no passage."""
    for passage in passages:
        theirs = {quantity for quantity, period, _, _ in _periods(passage.text, passage.language or "")
                  if period in _ONE_YEAR}
        if theirs and any(mention.end < at and not theirs.isdisjoint(mention.quantities)
                          and (_period_of(sentence, mention) or ("",))[0] == "12 months"
                          for mention in find_mentions(sentence, passage.language or "", prose=True)):
            return True
    return False


def _span_months(given: re.Match) -> int:
    """Return the months a span's count and unit say ("two years" 24)."""
    count = given["count"].casefold()
    return (int(count) if count.isdigit() else _COUNT_WORDS[count]) * _SPAN_WORD_MONTHS[given["unit"].casefold()]
