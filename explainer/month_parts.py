"""A part of a month kept: "The ceasefire began in early March" may not cite "The ceasefire began on 28 March 2026".

A sentence's part of a month ("early", "mid-", "late March"; "at the start (beginning, end) of March", "in the middle
of March", "the first (second, third, last) week of March") names a run of days: early days 1 to 10, mid- 11 to 20,
late 21 to the end; a week its seven days, the last the month's last seven. Where its cited passages give days of
that month (and of its year, where the sentence gives one) and none of them falls in that run, the sentence says
when the source does not; a passage giving the month alone ("in March"), or a part of it that meets the sentence's,
leaves it standing. English text is read; words in quotation marks are not. A timeline's `when` ("Early June 2025"),
the time as the source words it, is held closer (`when_part_not_given`): a day or part of the month a passage gives
must meet it, and the month alone does not (tests/test_factcheck_148.py). French, Spanish and German parts are read
so, each in its text's language: "début juin", "mi-juin", "fin mai", "la première quinzaine de juin" (days 1 to 15);
"principios de junio", "mediados de junio", "finales de mayo", "la segunda quincena de junio"; "Anfang Juni", "Mitte
Juni", "Ende Mai" (unread, a `when` of "Début juin 2025" built of "en juin 2025": tests/test_factcheck_155.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import ENGLISH_MONTHS, mentions_in, months_named
from .seasons import unkept_seasons
from .italian_period_ends import unkept_period_ends
from .wordset import may_hold

_MONTH = "|".join(ENGLISH_MONTHS)
# The parts, each before its month: "early March", "mid-March", "at the end of March", "the first week of March".
_PART = (r"(?:(?P<early>early|the\s+(?:start|beginning)\s+of)|(?P<mid>mid-?|the\s+middle\s+of)"
         r"|(?P<late>late|the\s+end\s+of)|the\s+(?P<week>first|second|third|fourth|last|final)\s+week\s+of)")
_PART_OF_MONTH = patterns.compile(
    rf"(?<![\w-])(?P<part>{_PART})\s*(?P<month>(?-i:{_MONTH}))(?:,?\s+(?P<year>\d{{4}}))?(?![\w-])", re.IGNORECASE)
# A month alone, as a passage may give it ("in March 2026"): every day of it may be the sentence's.
_MONTH_ALONE = patterns.compile(rf"(?<![\w-])(?P<month>(?-i:{_MONTH}))(?:,?\s+(?P<year>\d{{4}}))?(?![\w-])")
# and in French, Spanish and German, any word that is a month ("en juin 2025", "junio de 2025", "im Juni 2025")
_ANY_WORD = patterns.compile(r"(?<![\w-])(?P<month>[^\W\d_]+)(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?(?![\w-])")
# A run of days ending at a date opens before it: "between 10 and 25 March", "from 18 to 25 March", "18-25 March".
_RUN_OPENING = patterns.compile(r"(?<![\w.,])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s*(?:[-–—]|to|and|until|till|through"
                                r"|au|et|al|y|bis|und)\s*$",
                                re.IGNORECASE)
_PART_WORDS = frozenset({"early", "mid", "late", "start", "beginning", "middle", "end", "week"})
_MONTH_WORDS = frozenset(name.casefold() for name in ENGLISH_MONTHS)
_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "première": 1, "premiere": 1, "deuxième": 2,
          "seconde": 2, "troisième": 3, "quatrième": 4, "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4}
# The parts in French, Spanish and German, each before its month (any case: "Mi-juin" opens a `when`), its year
# after it ("de 2025" in Spanish); "première quinzaine" is a half, days 1 to 15
_ORDINAL = r"première|premiere|deuxième|seconde|troisième|quatrième|dernière|derniere|primera|segunda|tercera|cuarta|última|ultima"
_PARTS_IN = {
    "fr": r"(?:(?P<early>(?:au\s+|en\s+|dès\s+(?:le\s+)?)?début(?:\s+du\s+mois)?(?:\s+de\s+|\s+d['’]|\s+))"
          r"|(?P<mid>(?:à\s+la\s+|vers\s+la\s+)?mi-\s*|(?:au\s+)?milieu\s+(?:du\s+mois\s+)?(?:de\s+|d['’]))"
          r"|(?P<late>(?:à\s+la\s+|en\s+|vers\s+la\s+|dès\s+la\s+)?fin(?:\s+du\s+mois)?(?:\s+de\s+|\s+d['’]|\s+))"
          rf"|la\s+(?P<week>{_ORDINAL})\s+semaine\s+(?:de\s+|d['’])"
          rf"|la\s+(?P<half>{_ORDINAL})\s+quinzaine\s+(?:de\s+|d['’]))",
    "es": r"(?:(?:a\s+)?(?:(?P<early>principios|comienzos|inicios)|(?P<mid>mediados)|(?P<late>finales|fines))"
          r"\s+de(?:l\s+mes\s+de)?\s+"
          rf"|la\s+(?P<week>{_ORDINAL})\s+semana\s+de\s+|la\s+(?P<half>{_ORDINAL})\s+quincena\s+de\s+)",
    "de": r"(?:(?P<early>Anfang)|(?P<mid>Mitte)|(?P<late>Ende))\s+",
}
_PART_IN = {language: patterns.compile(rf"(?<![\w-])(?P<part>{part})(?P<month>[^\W\d_]+)"
                                       r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?(?![\w-])", re.IGNORECASE)
            for language, part in _PARTS_IN.items()}
_PART_WORDS_IN = frozenset({"debut", "mi", "milieu", "fin", "semaine", "quinzaine", "principios", "comienzos",
                            "inicios", "mediados", "finales", "fines", "semana", "quincena", "anfang", "mitte",
                            "ende"})


def unkept_month_parts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a part of a month in text ("in early March") where its passages give only days of that
    month outside it ("28 March 2026")."""
    seasons = unkept_seasons(text, passages, offset, language)  # a season is a part of the year: seasons.py
    if seasons:
        return seasons
    if ends := unkept_period_ends(text, passages, offset, language):  # "fine anno" of "fine mese": italian_period_ends.py
        return ends
    if not _may_name_a_part(text, language):
        return []  # most sentences name no part of a month: found by their words
    parts = _parts_of(text, language)
    if not parts:
        return []
    quoted = quoted_parts(text)
    for part, month in parts:
        if any(start <= part.start() < end for start, end in quoted):
            continue
        year = part["year"]
        first, last = _days(part)
        given = [day for passage in passages for day in _days_given(passage.text, month, year,
                                                                    passage.language or language)]
        if given and not any(day is None or day[0] <= last and day[1] >= first for day in given):
            shown = " ".join(part.group().split())
            days = " and ".join(sorted({f"{low} {part['month']}" if low == high else f"{low}-{high} {part['month']}"
                                        for low, high in given}))
            return [Finding(offset, f"this sentence says '{shown}' where its cited passages give {days}: "
                                    f"{clipped(text)}",
                            "keep the day the source gives, or a part of the month that holds it")]
    return []


def _base(language: str) -> str:
    """Return the language whose parts of a month are read ("en", "fr", "es", "de"), or ""."""
    if in_english(language):
        return "en"
    base = language.split("-")[0].lower()
    return base if base in _PART_IN else ""


def _may_name_a_part(text: str, language: str) -> bool:
    base = _base(language)
    if base == "en":
        return may_hold(text, _PART_WORDS) and may_hold(text, _MONTH_WORDS)
    return bool(base) and may_hold(text, _PART_WORDS_IN)


def _parts_of(text: str, language: str) -> list[tuple[re.Match, int]]:
    """Return each part of a month text names, in its language, with the month's number."""
    base = _base(language)
    if base == "en":
        return [(part, ENGLISH_MONTHS.index(part["month"]) + 1) for part in _PART_OF_MONTH.finditer(text)]
    found = []
    for part in _PART_IN[base].finditer(text) if base else ():
        months = months_named(part["month"], language)
        if len(months) == 1:  # "fin des négociations": no month
            found.append((part, next(iter(months))))
    return found


def _days(part: re.Match) -> tuple[int, int]:
    """Return the first and last day of a month's part (the last of "late" and of the last week being 31: no day
    given past a month's end)."""
    named = part.groupdict()  # German names no week nor half
    if named.get("week"):
        week = _WEEKS.get(named["week"].casefold())
        return ((week - 1) * 7 + 1, week * 7) if week else (22, 31)  # the last week: 25-31, or 22-28 in February
    if named.get("half"):
        return (1, 15) if _WEEKS.get(named["half"].casefold()) == 1 else (16, 31)
    if part["early"]:
        return 1, 10
    return (11, 20) if part["mid"] else (21, 31)


def _days_given(text: str, month: int, year: str | None, language: str = "en"):
    """Yield each run of days of `month` (and `year`, where given) the passage gives: (day, day) for a date, (10, 25)
    for "between 10 and 25 March", a part's run for a part, None for the month alone (any day)."""
    english = _base(language) == "en"
    if english and not may_hold(text, frozenset({ENGLISH_MONTHS[month - 1].casefold()})):
        return
    covered = []
    for part, its_month in _parts_of(text, language):
        if its_month == month and not (year and part["year"] and part["year"] != year):
            yield _days(part)
        covered.append((part.start(), part.end()))
    for mention in mentions_in(text, language if not english else "en"):
        if mention.kind != "date" or any(start <= mention.start < end for start, end in covered):
            continue
        covered.append((mention.start, mention.end))
        months = [int(quantity.value) for quantity in mention.quantities if quantity.unit == "month"]
        plain = [int(quantity.value) for quantity in mention.quantities if not quantity.unit]
        years, days = [value for value in plain if value > 31], [value for value in plain if value <= 31]
        if months == [month] and not (year and years and str(years[0]) != year):
            first = days and _RUN_OPENING.search(text, max(0, mention.start - 30), mention.start)
            low = int(first["day"]) if first and 0 < int(first["day"]) <= days[0] else days[0] if days else 0
            yield (low, days[0]) if days else None
    for alone in (_MONTH_ALONE if english else _ANY_WORD).finditer(text):
        if ((ENGLISH_MONTHS.index(alone["month"]) + 1 if english else _one_month(alone["month"], language)) == month
                and not (year and alone["year"] and alone["year"] != year)
                and not any(start <= alone.start() < end for start, end in covered)):
            yield None  # "in March": any day of it


def _one_month(word: str, language: str) -> int:
    months = months_named(word, language)
    return next(iter(months)) if len(months) == 1 else 0


def when_part_not_given(when: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a timeline `when` ("Early June 2025") whose part of a month no cited passage gives: a day
    in that part ("on 3 June 2025"), or a part that meets it ("in early June"). `when` is the time as the source words
    it, so a passage giving the month alone ("in June 2025"), or another month ("in late May 2025"), backs no part of
    it, as a sentence's "in early June" may still rest on the month its passage gives."""
    if not _may_name_a_part(when, language):
        return []
    for part, month in _parts_of(when, language):
        year = part["year"]
        first, last = _days(part)
        given = [day for passage in passages for text in dict.fromkeys((passage.text, passage.holding)) if text
                 for day in _days_given(text, month, year, passage.language or language)]
        if any(day is not None and day[0] <= last and day[1] >= first for day in given):
            continue
        days = sorted({f"{low} {part['month']}" if low == high else f"{low}-{high} {part['month']}"
                       for low, high in filter(None, given)})
        told = (f"give {' and '.join(days)}" if days else f"give only the month ('{part['month']}')" if given
                else f"give no day of {part['month']}{' ' + year if year else ''}")
        return [Finding(offset, f"'{' '.join(part.group().split())}' names a part of the month that the passages "
                                f"the event cites do not give (they {told})",
                        "write the time as the source gives it (the month alone, or the day), or cite the passage "
                        "that gives this part of the month")]
    return []
