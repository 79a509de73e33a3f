"""Time between two dated events reckoned right: "Kestria answered a year later" may not cite "raised ... in March
2025" and "Kestria answered in June 2025".

A span said without a figure ("a year later", "a month after", "weeks later", "a few months later", "the following
year") holds no figure the figure check reads, and no time word a passage must give; the passages give the two
events' dates, and the span is the reader's to reckon from them. A sentence's span before "later", "after",
"afterwards" or "on" (French "plus tard", Spanish "después", "más tarde", German "später", "danach") is read as the days it may
stand for, roughly ("a year" 300 to 450, "a month" 20 to 45, "weeks" 10 to 91, "months" 45 to 730), and its
cited passages' (and its own) dates as the days they span ("March 2025" its first to its last day, "2025" the year; a
month without a year dates nothing); "the following year" is the calendar's next.
It is refused where they give two dates or more (or, giving one, the paragraph holding a passage gives more: the
other event's date) and no two of them lie apart by a length the span may be, and no cited passage says the span
itself. Words in quotation marks are not read (tests/test_factcheck_134.py). A counted span ("three months later",
"trois mois plus tard") is the figure check's, which passes it where two such dates lie apart by about that many
(a month's twenty days either way, a year's sixty: tests/test_factcheck_142.py).
"""

from __future__ import annotations

import datetime
import re

from . import patterns
from .act_spans import act_span_told_otherwise
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

# the days a span may stand for, read roughly: a reader says "a year later" of eleven months or fourteen
_SPANS = {
    "a day": (0.5, 1.5), "a week": (5, 10), "a fortnight": (11, 17), "a month": (20, 45), "a year": (300, 450),
    "a decade": (8 * 365, 12 * 366), "days": (2, 14), "a few days": (2, 7), "several days": (2, 10),
    "weeks": (10, 91), "a few weeks": (10, 45), "several weeks": (14, 75), "months": (45, 730),
    "a few months": (45, 200), "several months": (60, 365), "years": (600, 40 * 366), "a few years": (600, 6 * 366),
    "several years": (700, 10 * 366), "decades": (15 * 365, 100 * 366), "the following year": (1, 731),
    "the next year": (1, 731), "the following month": (1, 62), "the next month": (1, 62),
}
_SAID = {
    "en": r"(?P<span>an?\s+(?:day|week|fortnight|month|year|decade)|(?:a\s+few\s+|several\s+)?(?:days|weeks|months"
          r"|years|decades))\s+(?:later|after(?:wards)?|on)(?![\w-])|(?P<next>the\s+(?:following|next)\s+(?:year|month))"
          r"(?![\w-])",
    "fr": r"(?P<span>une?\s+(?:jour|semaine|mois|an|année|décennie)|(?:quelques\s+)?(?:jours|semaines|mois|ans|années)"
          r")\s+(?:plus\s+tard|après)(?![\w-])|(?P<next>l['’]\s*année\s+suivante|le\s+mois\s+suivant)(?![\w-])",
    "es": r"(?P<span>una?\s+(?:día|semana|mes|año|década)|(?:unos\s+|unas\s+|varios\s+|varias\s+)?(?:días|semanas"
          r"|meses|años))\s+(?:después|más\s+tarde)(?![\w-])|(?P<next>al\s+año\s+siguiente|el\s+año\s+siguiente"
          r"|al\s+mes\s+siguiente)(?![\w-])",
    "de": r"(?P<span>(?:einen|ein|eine)\s+(?:Tag|Woche|Monat|Jahr|Jahrzehnt)|(?:einige\s+|wenige\s+)?(?:Tage|Wochen"
          r"|Monate|Jahre))\s+(?:später|danach)(?![\w-])|(?P<next>im\s+(?:folgenden|nächsten)\s+(?:Jahr|Monat))(?![\w-])",
}
# each language's words for a span, as the English key of _SPANS reads them
_UNITS = {"day": "day", "jour": "day", "día": "day", "tag": "day", "week": "week", "semaine": "week", "semana": "week",
          "woche": "week", "fortnight": "fortnight", "month": "month", "mois": "month", "mes": "month",
          "monat": "month", "year": "year", "an": "year", "année": "year", "año": "year", "jahr": "year",
          "decade": "decade", "décennie": "decade", "década": "decade", "jahrzehnt": "decade",
          "days": "days", "jours": "days", "días": "days", "tage": "days", "weeks": "weeks", "semaines": "weeks",
          "semanas": "weeks", "wochen": "weeks", "months": "months", "meses": "months", "monate": "months",
          "years": "years", "ans": "years", "années": "years", "años": "years", "jahre": "years",
          "decades": "decades"}
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
}
_READ = {
    language: (patterns.compile(rf"(?<![\w-])(?:{_SAID[language]})", re.IGNORECASE),
               patterns.compile(rf"(?<![\w-])(?:(?P<day>\d{{1,2}})\.?\s+)?(?:de\s+)?(?P<month>{'|'.join(_MONTHS[language].split())})"
                                rf"(?:\s+(?P<day2>\d{{1,2}}),?)?(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?(?![\w-])"
                                rf"|(?<![\w-])(?<!\d[.,])(?P<alone>(?:19|20)\d\d)(?![\w%-]|[.,]\d)", re.IGNORECASE))
    for language in _SAID}
_MOST_DATES = 24  # a passage of more dates is a chronology: its pairs are not reckoned, so nothing is refused


def misreckoned_intervals(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a span between two events ("a year later") that no two dates its cited
    passages give lie apart by; or an act's span without a figure ("in a week") that its passage counts otherwise
    (act_spans.py)."""
    otherwise = act_span_told_otherwise(text, passages, offset, language)
    if otherwise:
        return otherwise
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    if read is None or not passages:
        return []
    said, dated = read
    spoken = unquoted(markers_blanked(text))
    span = next(said.finditer(spoken), None)
    if span is None:
        return []  # most sentences reckon no span: found by one search
    shown = " ".join(span.group().split())
    low, high = _SPANS[_key(span)]
    if any(said.search(passage.text) for passage in passages):
        return []  # a passage says a span itself: the time-word checks hold the sentence to it
    dates = _dates(spoken, dated)
    for passage in passages:
        dates += _dates(passage.text, dated)
    if len(set(dates)) < 2:  # the other event's date may stand beside the passage: "raised ... in March 2025. Kestria
        for passage in passages:  # answered in June 2025" cited for its second sentence alone
            dates += _dates(passage.paragraph, dated)
    spans = sorted(set(dates))
    if len(spans) < 2 or len(spans) > _MOST_DATES:
        return []
    apart = _next_apart if span["next"] else _apart
    if any(apart(first, second, low, high) for i, first in enumerate(spans) for second in spans[i + 1:]):
        return []
    return [Finding(offset, f"this sentence says '{shown}' where the dates its cited passages give lie apart by "
                            f"no such span: {clipped(text)}",
                    "give the dates as the source does, or a span they lie apart by")]


# a counted span after its figure ("three months later"): the figure check's to pass where two dates bear it out
_COUNTED = patterns.compile(r"\s+(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|années?|días?|semanas?"
                            r"|mes(?:es)?|años?|Tage?n?|Wochen?|Monate?n?|Jahre?n?)\s+(?:later|after(?:wards)?"
                            r"|plus\s+tard|après|después|más\s+tarde|später|danach)(?![\w-])", re.IGNORECASE)
_COUNTED_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
    "years": "year", "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
    "ans": "year", "année": "year", "années": "year", "día": "day", "días": "day", "semana": "week", "semanas": "week",
    "mes": "month", "meses": "month", "año": "year", "años": "year", "tag": "day", "tage": "day", "tagen": "day",
    "woche": "week", "wochen": "week", "monat": "month", "monate": "month", "monaten": "month", "jahr": "year",
    "jahre": "year", "jahren": "year"}
_UNIT_DAYS = {"day": (1, 1), "week": (7, 3), "month": (30.4, 20), "year": (365.25, 60)}


def span_figure_reckoned(quantities, sentence: str, at: int, to: int, passages: list[Cited]) -> bool:
    """Say whether a counted span a sentence gives from `at` to `to` ("three months later") lies between two dates its
    cited passages (or the paragraphs holding them) give: a figure no passage writes, reckoned from theirs."""
    named = tuple(quantities)
    counted = _COUNTED.match(sentence, to)
    if len(named) != 1 or named[0].unit or named[0].value % 1 or not 1 <= named[0].value <= 99 or counted is None:
        return False
    unit = _COUNTED_UNITS.get(counted["unit"].casefold())
    if unit is None:
        return False
    days, slack = _UNIT_DAYS[unit]
    count = int(named[0].value)
    low, high = count * days - slack, count * days + slack
    dates = [date for passage in passages for text in (passage.text, passage.paragraph)
             for date in _dates(text, _READ.get(base_language(passage.language or "en"), _READ["en"])[1])]
    spans = sorted(set(dates))
    return 2 <= len(spans) <= _MOST_DATES and any(_apart(first, second, low, high)
                                                  for i, first in enumerate(spans) for second in spans[i + 1:])


def _key(span: re.Match) -> str:
    """Return the key of _SPANS a span as written stands for."""
    if span["next"]:
        words = span["next"].casefold().split()
        unit = next((_UNITS[word] for word in words if word in _UNITS), "year")
        return f"the following {unit if unit in ('year', 'month') else 'year'}"
    words = span["span"].casefold().split()
    unit = _UNITS.get(words[-1], "days")
    if unit in ("days", "weeks", "months", "years", "decades"):
        few = words[0] in ("few", "quelques", "unos", "unas", "wenige")
        several = words[0] in ("several", "varios", "varias", "einige")
        return f"a few {unit}" if few and f"a few {unit}" in _SPANS else (
            f"several {unit}" if several and f"several {unit}" in _SPANS else unit)
    return f"a {unit}"


def _apart(first, second, low: float, high: float) -> bool:
    """Say whether two dated spans (first and last days, the earlier first) may lie apart by between `low` and `high`
    days."""
    shortest = max(0, (second[0] - first[1]).days)
    longest = (max(first[1], second[1]) - first[0]).days
    return shortest <= high and low <= longest


def _next_apart(first, second, low: float, high: float) -> bool:
    """Say whether two dated spans may fall in a year (or month, as `high` says) and the next."""
    unit = (lambda date: date.year) if high > 100 else (lambda date: date.year * 12 + date.month)
    earliest, latest = unit(second[0]) - unit(first[1]), unit(second[1]) - unit(first[0])
    return earliest <= 1 <= latest


def _dates(text: str, dated: re.Pattern) -> list[tuple[datetime.date, datetime.date]]:
    """Return the days each date of text spans, first and last: a month without a year dates nothing ("may" is no
    month, and "in August" of which year is not said)."""
    found = []
    for match in dated.finditer(text):
        if match["alone"]:
            number = int(match["alone"])
            found.append((datetime.date(number, 1, 1), datetime.date(number, 12, 31)))
            continue
        if not match["year"]:
            continue
        written_year = int(match["year"])
        month = _month(match["month"])
        day = match["day"] or match["day2"]
        first = datetime.date(written_year, month, 1)
        last = (datetime.date(written_year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1))
        if day and 1 <= int(day) <= last.day:
            first = last = datetime.date(written_year, month, int(day))
        found.append((first, last))
    return found


def _month(name: str) -> int:
    """Return the number of a month named in any of the languages read."""
    name = name.casefold()
    return next(names.split().index(name) + 1 for names in _MONTHS.values() if name in names.split())
