"""A span of time kept: "in the week after the recall" is no "in the month after the recall".

A sentence's "in the (first) hours (days, week, weeks, month, months, year, years) after (following, before) X" is
refused where a passage it cites gives a span of another unit before the same word of order and the same next word
("after the recall"), and none of this unit; so is "spent years backing" (for, over, took, lasted) where a passage
gives "spent decades backing", and "lasted a month" or "closed for a week" where it gives "lasted a week" or "for a
day". English text is read; words in quotation marks are not.

A single span in words with a bound or a hedge ("more than a month", "over a year", "nearly a month", "less than a
week"), which no figure states, is held to the lengths its passages give in figures of days, weeks, months or
years, where they give no date to reckon one from: "lasted more than a month" citing "lasted 26 days" is refused, where no length given is longer than the
shortest month; "nearly" one is short of it by a quarter at most, "about" one a quarter either way.

A figure given to one year ("cut 1,200 jobs in 2025") where every sentence of its passages giving that figure gives it
to that year joined with another ("over 2024 and 2025", "in 2024-25") tells the two years' total as one's: refused.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import is_year, mentions_in, units_given
from .sentences import inside
from .vague_spans import vague_span_unit_changed
from .wordset import may_hold

_SPAN = patterns.compile(
    r"(?<!\w)(?:in|within|during|over)\s+the\s+(?:first\s+|following\s+|next\s+)?(?P<unit>hours?|days?|weeks?|months?"
    r"|years?)\s+(?P<order>after|following|before|since|preceding|leading\s+up\s+to)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<what>[\w'’-]+)", re.IGNORECASE)
# A word of each kind every span holds: looked up in the text's words (found once for every check) before the pattern.
_SPAN_WORDS = (frozenset({"in", "within", "during", "over"}),
               frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}),
               frozenset({"after", "following", "before", "since", "preceding", "leading"}))
# A length of time spent on something: "spent decades backing", "for years sheltering"
# "lasted a month" citing "lasted a week", "closed for a week" citing "for a day": a unit with its article, and no
# word after it, are read too (what it was spent on is then the sentence's own, unnamed)
_LENGTH = patterns.compile(
    r"(?<!\w)(?P<lead>spent|spends|spend|spending|for|over|took|lasted)\s+(?P<unit>hours|days|weeks|months|years"
    r"|decades|centuries|an?\s+(?:hour|day|week|month|year|decade|century))(?![\w'’-])"
    r"(?:\s+(?P<what>[^\W\d][\w'’-]*))?", re.IGNORECASE)
_LENGTH_WORDS = (frozenset({"spent", "spends", "spend", "spending", "for", "over", "took", "lasted"}),
                 frozenset({"hours", "days", "weeks", "months", "years", "decades", "centuries", "hour", "day", "week",
                            "month", "year", "decade", "century"}))
_ORDER = {"after": "after", "following": "after", "since": "after", "before": "before", "preceding": "before"}


def changed_spans(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a span of another unit than its passages give before the same event, or a
    span in words ("half an hour", "more than a month") its passages give as another length ("45 minutes", "26
    days")."""
    if not in_english(language):
        return []
    if vague := vague_span_unit_changed(text, passages, offset, language):  # "several years" of "several months"
        return vague
    one_span = may_hold(text, _ONE_UNITS) and may_hold(text, _BOUND_WORDS) and may_hold(text, _ONE_WORDS)
    if one_span and (bounded := _bounded_span_changed(text, passages, offset)):
        return bounded
    if may_hold(text, _PART_WORDS) and (spelled := _spelled_span_changed(text, passages, offset)):
        return spelled
    if ("19" in text or "20" in text or "18" in text) and (narrowed := _period_narrowed(text, passages, offset)):
        return narrowed
    # most sentences give no span nor length: found by their words
    spans = [*_SPAN.finditer(text)] if all(may_hold(text, words) for words in _SPAN_WORDS) else []
    if all(may_hold(text, words) for words in _LENGTH_WORDS):
        spans += _LENGTH.finditer(text)
    if not spans:
        return []
    quoted = quoted_parts(text)
    for span in spans:
        if any(start <= span.start() < end for start, end in quoted):
            continue
        theirs = [other for passage in passages for other in (*_SPAN.finditer(passage.text),
                                                              *_LENGTH.finditer(passage.text))
                  if _key(other) == _key(span)]
        if theirs and not any(_unit(other) == _unit(span) for other in theirs):
            return [Finding(offset, f"this sentence says '{_shown(span)}' where its cited passages "
                                    f"say '{_shown(theirs[0])}': {clipped(text)}",
                            "keep the span of time the source gives, or cite a passage that gives this one")]
    return []


def _key(span: re.Match) -> tuple[str, str]:
    """Return what a span is of: its order and the event it is told from ("after", "recall"), or what it was spent
    on ("spent", "backing")."""
    if span.re == _LENGTH:
        lead, what = span.group("lead").casefold(), span.group("what") or ""
        if _of_clause(span):
            return lead, _clause_deed(span)  # "for years they have argued", "have traded for years"
        return lead[:4], what.casefold()
    order = " ".join(span.group("order").casefold().split())
    return _ORDER.get(order, "before"), span.group("what").casefold()


# A length of time after "for" or "over" with no deed right after it is of its clause's deed, before the length or
# after it: "For decades the two countries have traded" is "have traded for decades" (tests/test_factcheck_76.py)
_SPAN_OF_CLAUSE = frozenset({"for", "over"})
_NO_DEED = frozenset({"the", "a", "an", "they", "it", "he", "she", "we", "you", "its", "their", "his", "her", "this",
                      "that", "these", "those", "both", "and", "but", "or", "now", "there", "with", "in", "on", "at",
                      "to", "of", "by", "from", "as", "since", "when", "while", "after", "before", "until"})
_CLAUSE_END = patterns.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas)\s", re.IGNORECASE)
_CLAUSE_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")


def _of_clause(span: re.Match) -> bool:
    """Say whether a length ("for years") is of its clause's deed: no deed follows it right after."""
    what = span.group("what") or ""
    return span.group("lead").casefold() in _SPAN_OF_CLAUSE and (not what or what[0].isupper()
                                                                 or what.casefold() in _NO_DEED)


def _shown(span: re.Match) -> str:
    """Return a span as a finding shows it: a length of its clause's deed without the word after it."""
    end = span.end("unit") if span.re == _LENGTH and _of_clause(span) else span.end()
    return " ".join(span.string[span.start():end].split())


def _clause_deed(span: re.Match) -> str:
    """Return the last word of a length's clause, its deed, stemmed: of the words before the length, or where it
    opens its clause, of those after it ("trad" of "have traded for years" and of "For years the two have traded")."""
    text = span.string
    starts = [0] + [found.end() for found in _CLAUSE_END.finditer(text, 0, span.start())]
    before = _CLAUSE_WORD.findall(text, starts[-1], span.start())
    if not before:
        end = _CLAUSE_END.search(text, span.end("unit"))
        before = _CLAUSE_WORD.findall(text, span.end("unit"), end.start() if end else len(text))
    return re.sub(r"(?:ing|ed|es|s|e)$", "", before[-1].casefold()) if before else ""


def _unit(span: re.Match) -> str:
    """Return a span's unit in the singular ("week" for "weeks")."""
    return span.group("unit").casefold().split()[-1].replace("centuries", "century").rstrip("s")


# A span in words, which no figure states: "half an hour", "a quarter of an hour", "a day and a half". Told for a
# passage's "45 minutes", it built unread.
_SPELLED_SPAN = patterns.compile(
    r"(?<!\w)(?:(?P<half>half)\s+(?:an?|one)\s+(?P<unit>hour|day|week|year)|(?P<quarter>(?:a\s+)?quarter)\s+of\s+"
    r"(?:an?|one)\s+(?P<unit2>hour|day|year)|(?:an?|one)\s+(?P<unit3>hour|day|week|year)\s+and\s+a\s+(?P<more>half))"
    r"(?!\w)", re.IGNORECASE)
_PART_WORDS = frozenset({"half", "quarter"})
# Each span's smaller one and how many of it it holds; a length given in either unit is one a passage may give.
_SMALLER = {"hour": ("minute", Decimal(60)), "day": ("hour", Decimal(24)), "week": ("day", Decimal(7)),
            "year": ("month", Decimal(12))}


def _spelled_span_changed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives a span in words that no cited passage gives, in its words or as a figure in
    its unit or the smaller one, where a passage gives a length in one of these units: "half an hour" citing "the
    talks lasted 45 minutes" (an honest "half an hour" cites "30 minutes")."""
    quoted = quoted_parts(text)
    for said in _SPELLED_SPAN.finditer(text):
        if any(start <= said.start() < end for start, end in quoted):
            continue
        unit = (said["unit"] or said["unit2"] or said["unit3"]).casefold()
        value = Decimal("0.5") if said["half"] else Decimal("0.25") if said["quarter"] else Decimal("1.5")
        smaller, times = _SMALLER[unit]
        backing = {(value, unit), (value * times, smaller)}
        shown = " ".join(said.group().split())
        for passage in passages:
            if shown.casefold() in " ".join(passage.text.split()).casefold():
                break  # the passage's own words
            given = [(quantity.value, family) for quantity, family in units_given(passage.text, passage.language)
                     if not quantity.unit and family in (unit, smaller)]
            if any(pair in backing for pair in given):
                break
        else:
            lengths = [(quantity.value, family) for passage in passages
                       for quantity, family in units_given(passage.text, passage.language)
                       if not quantity.unit and family in (unit, smaller)]
            if lengths:
                length, family = min(lengths, key=lambda pair: (pair[1] != smaller, pair[0]))
                return [Finding(offset, f"this sentence says '{shown}' where its cited passages give "
                                        f"{length.normalize():f} {family}{'' if length == 1 else 's'}: {clipped(text)}",
                                "keep the length of time the source gives, or cite a passage that gives this one")]
    return []


# A single span in words and its bound or hedge: "more than a month", "over a year", "nearly a week", "about a day".
_ONE_SPAN = patterns.compile(
    r"(?<![\w-])(?P<bound>(?P<more>more\s+than|over|upwards\s+of|in\s+excess\s+of|just\s+over)|(?P<least>at\s+least)"
    r"|(?P<less>less\s+than|under|fewer\s+than)|(?P<most>no\s+more\s+than|at\s+most)"
    r"|(?P<nearly>nearly|almost|close\s+to|just\s+under)|(?P<about>about|around|roughly|approximately|some))"
    r"\s+(?:an?|one)\s+(?P<unit>day|week|month|year)(?![\w-]|['’]s)", re.IGNORECASE)
_ONE_WORDS = frozenset({"a", "an", "one"})
_ONE_UNITS = frozenset({"day", "week", "month", "year"})
_BOUND_WORDS = frozenset({"more", "over", "least", "upwards", "excess", "less", "under", "fewer", "most", "nearly",
                          "almost", "close", "just", "about", "around", "roughly", "approximately", "some"})
# Each span's shortest and longest length in days; a passage's figure in it is read as that many days.
_DAYS = {"day": (Decimal(1), Decimal(1)), "week": (Decimal(7), Decimal(7)), "month": (Decimal(28), Decimal(31)),
         "year": (Decimal(365), Decimal(366))}


def _bounded_span_changed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text bounds or hedges a single span in words ("more than a month") where each length
    its passages give in figures of days, weeks, months or years ("26 days") falls outside what the words allow."""
    quoted = quoted_parts(text)
    for said in _ONE_SPAN.finditer(text):
        if any(start <= said.start() < end for start, end in quoted):
            continue
        shown = " ".join(said.group().split())
        if any(shown.casefold() in " ".join(passage.text.split()).casefold() for passage in passages):
            continue  # the passage's own words
        if any(mention.kind == "date" or is_year(mention.text) for passage in passages
               for mention in mentions_in(passage.text, passage.language)):
            return []  # a length the passages' dates give ("since January 2025") is not reckoned here
        if any(mention.kind == "date" or is_year(mention.text) for passage in passages
               for mention in mentions_in(passage.text, passage.language)):
            return []  # a length the passages' dates give ("since January 2025") is not reckoned here
        lengths = [(quantity.value, family) for passage in passages
                   for quantity, family in sorted(units_given(passage.text, passage.language))
                   if not quantity.unit and family in _DAYS]
        low, high = _DAYS[said["unit"].casefold()]
        if lengths and not any(_fits(said, value * _DAYS[family][0], value * _DAYS[family][1], low, high)
                               for value, family in lengths):
            value, family = lengths[0]
            return [Finding(offset, f"this sentence says '{shown}' where its cited passages give "
                                    f"{value.normalize():f} {family}{'' if value == 1 else 's'}: {clipped(text)}",
                            "keep the length of time the source gives, or cite a passage that gives this one")]
    return []


def _fits(said: re.Match, shortest: Decimal, longest: Decimal, low: Decimal, high: Decimal) -> bool:
    """Say whether a length of `shortest` to `longest` days may be what a bounded span of `low` to `high` days says."""
    if said["more"] or said["least"]:
        return longest > low or bool(said["least"]) and longest == low
    if said["less"] or said["most"]:
        return shortest < high or bool(said["most"]) and shortest == high
    if said["nearly"]:
        return shortest < high and longest >= low * Decimal("0.75")
    return low * Decimal("0.75") <= longest and shortest <= high * Decimal("1.25")


# The second of two years joined to a first: "and 2025", "to 2025", "-25" (two digits only after a dash or slash,
# "from 61,000 in 2022 to 52,000" joins no years).
_JOINED = (r"\s*(?:(?:and|to|through)\s*(?P<second>(?:18|19|20)\d\d)|[-–/]\s*(?P<short>(?:18|19|20)?\d\d))"
           r"(?![\w.,]?\d)(?!\w)")
# A year alone, as a period ("in 2025", "during 2025"), not one of two joined ("in 2024 and 2025", "in 2024-25").
_ONE_YEAR = patterns.compile(rf"(?<!\w)(?:in|during|throughout|for)\s+(?P<year>(?:18|19|20)\d\d)(?![\w.,]?\d)"
                             rf"(?!{_JOINED})", re.IGNORECASE)
# Two years told together: "over 2024 and 2025", "between 2022 and 2023", "from 2021 to 2024", "in 2024-25".
_JOINED_YEARS = patterns.compile(r"(?<!\w)(?:over|across|between|from|in|during|throughout|for)\s+(?:the\s+years\s+)?"
                                 rf"(?P<first>(?:18|19|20)\d\d){_JOINED}", re.IGNORECASE)


def _period_narrowed(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text gives a figure to one year ("cut 1,200 jobs in 2025") where every sentence of its
    passages giving that figure gives it to that year joined with another ("over 2024 and 2025"), none to the year
    alone: the two years' total told as one's."""
    years = [match for match in _ONE_YEAR.finditer(text) if not inside(quoted_parts(text), match.start())]
    if not years:
        return []  # most sentences: no year alone
    figures = {mention.quantities for mention in mentions_in(text, "en")
               if mention.kind == "figure" and not is_year(mention.text)}
    for year in years:
        for figure in figures:
            joined = [joined for passage in passages for sentence in _sentences_with(passage.text, figure)
                      for joined in [_joined_over(sentence, int(year["year"]))] if joined is not None]
            if joined and all(joined_span for joined_span in joined):
                return [Finding(offset, f"this sentence gives its figure to {year['year']} alone where its cited "
                                        f"passages give it over '{joined[0]}': {clipped(text)}",
                                "give the figure over the years the source gives, or cite a passage that gives it "
                                "to this year")]
    return []


def _sentences_with(text: str, figure: tuple) -> list[str]:
    """Return the sentences of a passage that give a figure of these quantities."""
    return [sentence for sentence in re.split(r"(?<=[.;!?])\s+", text)
            if any(mention.quantities == figure for mention in mentions_in(sentence, "en"))]


def _joined_over(sentence: str, year: int) -> str | None:
    """Return the two joined years of a passage's sentence of which `year` is one ("2024 and 2025"), "" where it
    gives that year alone, None where it gives neither."""
    if any(int(match["year"]) == year for match in _ONE_YEAR.finditer(sentence)):
        return ""
    for match in _JOINED_YEARS.finditer(sentence):
        first, second = int(match["first"]), match["second"] or match["short"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if year in (first, last):  # a year between is one no passage names: numbers.py names that figure
            return " ".join(sentence[match.start("first"):match.end()].split())
    return None
