"""Rates kept: a figure given per period ("£1.2bn a year", "20 millions d'euros par jour") may not cite passages
that give it only per another period.

"The deal would save £1.2bn a month" citing "save £1.2bn a year in costs" keeps the figure and multiplies the news by
twelve; so does "20 millions d'euros par semaine" citing "20 millions d'euros par jour". A figure's period is read in
the few words after it, to its clause's end ("a year", "per month", "each week", "daily", "annual", "in annual
savings"; French "par an", "par jour", "chaque mois", "annuels"; German "pro Jahr", "im Monat", "täglich"; Spanish
"al año", "por día", "a la semana", "mensuales"), or right before it ("an annual £1.2bn", "täglich 3 Millionen",
"chaque jour 3 millions", "cada año un 6,1 %", "daily losses of 3 million"; not "within a year", a span
figure_periods.py reads), or else opening its sentence, one clause and no figure between ("Each day the strike costs it
3 million", "Jeden Tag kostet der Streik 3 Millionen": tests/test_factcheck_164.py). A
sentence is refused only where every passage it cites giving that figure gives it with a period, and none with the
sentence's: a passage giving the figure plainly lets any period pass, as what it counts is a reviewer's to see.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding
from .numbers import Mention, Quantity, find_mentions, is_year, mentions_in
from .sentences import MARKER, markers_blanked
from .wordset import ascii_words

# Italian's periods ("41.500 veicoli al giorno", "2 milioni al mese", "3 milioni l'anno", "ogni settimana"), but a
# period they are compared with or named by ("rispetto al mese precedente", "l'anno scorso", "al giorno d'oggi",
# "all'ora di punta"): unread, "41.500 veicoli al mese" cited "al giorno" (tests/test_factcheck_170.py).
_NOT_IT_RATE = (r"(?!\s+(?:precedente|precedenti|scorso|prossimo|passato|successivo|seguente|prima|dopo|in\s+corso"
                r"|di|d['’]|del|della|dei|stess[oa]|stabilita|prevista|indicata)(?!\w))")
# The periods, by the words that name them, each a group of the pattern below.
_PERIOD_WORDS = {
    "year": r"(?:a|an|per|each|every|a\s+single)\s+year|annual(?:ly)?|yearly|per\s+annum|a\s+yr|p\.a\."
            r"|year[\s-]+on[\s-]+year"
            r"|par\s+an|chaque\s+année|annuel(?:le)?s?|pro\s+Jahr|jedes\s+Jahr|jährlich\w*|al\s+año|por\s+año"
            r"|cada\s+año|anual(?:es)?"
            # "im Jahr 2025" names a year, no rate: "6,1 Prozent pro Jahr" of it told one year's rise as every year's
            r"|im\s+Jahr(?!\s+(?:19|20)\d\d)"
            rf"|(?:all['’]anno|l['’]anno|ogni\s+anno|annu[oaie]){_NOT_IT_RATE}",
    # a change over several years is no yearly one: "7% over two years" backs no "7% a year"
    "years": r"over\s+(?:the\s+)?(?:(?:next|past|last|coming|following)\s+)?(?:two|three|four|five|six|seven|eight|nine"
             r"|ten|\d{1,2})\s+years",
    # a span a passage named before: "offered 4% over the same period" (two years) backs no "4% a year" (factcheck_94)
    "same_period": r"over\s+the\s+same\s+(?:period|span|time|timeframe|stretch)",
    # one year named, as a rise or a cut in it is given: "7 per cent this year" backs no "7 per cent over two years",
    # nor "4 per cent next year" a passage's "4 per cent this year"
    "this_year": r"this\s+year",
    "next_year": r"next\s+year",
    "last_year": r"last\s+year",
    "quarter": r"(?:a|per|each|every)\s+quarter|quarterly|in\s+the\s+(?:(?:first|second|third|fourth|final|last|latest)"
               r"\s+)?quarter"
               r"|(?:in|for)\s+Q[1-4]",
    # "5% in the third quarter" citing "5% in the first half" built
    "half": r"(?:in\s+the\s+(?:first|second|last|latest)\s+half|half[\s-]+yearly|(?:in|for)\s+H[12])"
            r"(?:\s+of\s+(?:the\s+year|(?:19|20)\d\d))?",
    "month": r"(?:a|per|each|every)\s+month|monthly|par\s+mois|chaque\s+mois|mensuel(?:le)?s?|pro\s+Monat"
             r"|im\s+Monat|jeden\s+Monat|monatlich\w*|al\s+mes|por\s+mes|cada\s+mes|mensual(?:es)?"
             rf"|(?:al\s+mese|ogni\s+mese|mensil[ei]){_NOT_IT_RATE}",
    "week": r"(?:a|per|each|every)\s+week|weekly|par\s+semaine|chaque\s+semaine|hebdomadaires?|pro\s+Woche"
            r"|jede\s+Woche|wöchentlich\w*|a\s+la\s+semana|por\s+semana|cada\s+semana|semanal(?:es)?"
            rf"|(?:alla\s+settimana|ogni\s+settimana|settimanal[ei]){_NOT_IT_RATE}",
    "day": r"(?:a|per|each|every)\s+day|daily|par\s+jour|chaque\s+jour|tous\s+les\s+jours|quotidien(?:ne)?s?"
           r"|pro\s+Tag|jeden\s+Tag|täglich\w*|al\s+día|por\s+día|cada\s+día|diari[oa]s?"
           rf"|(?:al\s+giorno|ogni\s+giorno|tutti\s+i\s+giorni|giornalier[oaie]){_NOT_IT_RATE}",
    "hour": r"(?:an|per|each|every)\s+hour|hourly|par\s+heure|pro\s+Stunde|por\s+hora|a\s+la\s+hora"
            rf"|(?:all['’]ora|ogni\s+ora){_NOT_IT_RATE}",
    # a total, no rate: "640 million euros in all" of "640 million euros a year" turns a year's worth into the whole
    # (newuser_101); not "in all regions", "in total costs", whose noun it qualifies
    "total": r"(?:in\s+(?:all|total)|all\s+told|altogether|au\s+total|en\s+tout|insgesamt|en\s+total)"
             r"(?!\s+(?!(?:over|since|from|for|in|to|across|during|until|through|so)\b)[^\W\d_])",
}
# Each period's words bounded once, around them all: the search tried every bound at every letter, and took 21 µs
# a sentence where this takes 13.
_PERIOD = patterns.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _PERIOD_WORDS.items())
                           + r")(?!\w)", re.IGNORECASE)
# The words a period may follow its figure by: "£1.2bn a year", "save £1.2bn a year in costs", "20 millions d'euros
# par jour", "450 million euros in annual savings": up to four words, never past the clause's end, after the currency
# sign French writes after a figure ("15 M€ par mois", "450 € par an": unread, "15 M€ par an" cited "par mois").
_WORDS_BETWEEN = patterns.compile(r"(?:\s*[€$£¥])?(?:\s*[^\W\d][\w'’-]*){0,4}\s*")
_CLAUSE_END = patterns.compile(r"[,;:.!?()]|\s[-–—]\s|(?<!\w)(?:and|but|while|et|mais|und|aber|y|pero)(?!\w)",
                               re.IGNORECASE)
# A word of period right before its figure: "an annual £1.2bn", "a daily 20 million"; a rate's adverb or words before
# it, "täglich 3 Millionen", "jährlich um 6,1 Prozent", "chaque jour 3 millions", "cada día 3 millones", "each year,
# 40,000"; and its adjective before the figure's noun and "of", "daily losses of 3 million", "des pertes quotidiennes
# de 3 millions", "pérdidas diarias de 3 millones", "tägliche Verluste von 3 Millionen" (not "an annual rate of 4%":
# figure_periods.py's annualised rate). Read after the figure only, "täglich 3 Millionen" of "an diesem Tag" told one
# day's loss as every day's (tests/test_factcheck_160.py).
_BEFORE = patterns.compile(
    r"(?<!\w)(?:(?:annual|yearly|quarterly|monthly|weekly|daily|hourly|(?:each|every|per)\s+(?:day|week|month|year)"
    r"|chaque\s+(?:jour|semaine|mois|année)|tous\s+les\s+jours|cada\s+(?:día|semana|mes|año)"
    r"|(?:täglich|wöchentlich|monatlich|jährlich)\w*|jeden\s+(?:Tag|Monat)|jede\s+Woche|jedes\s+Jahr"
    r"|pro\s+(?:Tag|Woche|Monat|Jahr)|al\s+(?:día|mes|año)|por\s+(?:día|semana|mes|año)"
    r"|ogni\s+(?:giorno|settimana|mese|anno))"
    # the article or preposition a verb puts before its figure: "suben cada año un 6,1 %", "augmentent chaque année
    # de 6,1 %", "steigen jährlich um 6,1 Prozent"
    r"(?:,|\s+(?:um|by|un|una|el|del?|d['’]))?"
    # or a qualifier: "perde ogni mese quasi 8 milioni" (unread, "ogni anno quasi 8 milioni" of it built:
    # tests/test_newuser_129.py)
    r"(?:\s+(?:quasi|circa|oltre|almeno|più\s+di|meno\s+di|fino\s+a|about|around|nearly|almost|roughly|some"
    r"|more\s+than|less\s+than|at\s+least|up\s+to|environ|presque|près\s+de|plus\s+de|moins\s+de|au\s+moins"
    r"|casi|unos|unas|cerca\s+de|más\s+de|menos\s+de|al\s+menos|etwa|rund|fast|knapp|mehr\s+als|weniger\s+als"
    r"|mindestens|bis\s+zu))?"
    r"|(?:annual|yearly|quarterly|monthly|weekly|daily|hourly|(?:täglich|wöchentlich|monatlich|jährlich)e[nmrs]?)"
    r"(?!\s+(?:rate|pace)(?!\w))(?:\s+[^\W\d_]+){1,3}\s+(?:of|worth|von|über)"
    r"|(?:quotidien(?:ne)?s?|annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?)\s+(?:de|d['’])"
    r"|(?:diari[oa]s?|anual(?:es)?|mensual(?:es)?|semanal(?:es)?)\s+del?)\s*$", re.IGNORECASE)
# A span's preposition before "a year", "a day": "4.5% within a year", "3 million in a single day" give the figure
# for one span, no rate; figure_periods.py and one_day_rates.py read them (each was named twice, factcheck_160)
_SPAN_LEAD = patterns.compile(r"(?<!\w)(?:in|within|across|during|over|throughout)\s+$", re.IGNORECASE)
_BEFORE_REACH = 50  # characters before a figure its rate's words are read in
# A rate's words opening the figure's sentence, far from it: "Each day the strike costs it 3 million euros", "Chaque
# jour, la grève coûte 3 millions", "Cada año los precios suben un 6,1 %", "Jeden Tag kostet der Streik 3 Millionen".
# Unread, one day's loss told so built (tests/test_factcheck_164.py). Adverbs only: "Annual inflation hit 6.1%" and
# "Daily losses reached 3 million" name what the figure is, as the words right before it are read.
_FRONTED = patterns.compile(
    r"(?:(?:each|every|per)\s+(?:day|week|month|year)|chaque\s+(?:jour|semaine|mois|année)|tous\s+les\s+jours"
    r"|cada\s+(?:día|semana|mes|año)|(?:täglich|wöchentlich|monatlich|jährlich)|jeden\s+(?:Tag|Monat)|jede\s+Woche"
    r"|jedes\s+Jahr|pro\s+(?:Tag|Woche|Monat|Jahr)|ogni\s+(?:giorno|settimana|mese|anno))(?!\w),?", re.IGNORECASE)
# What may stand between a fronted rate and its figure: words of one clause, no figure, stop, comma or second clause
# ("Every day counts, the minister said, as the strike cost 3 million on Monday" gives no rate)
_FRONTED_BETWEEN = patterns.compile(r"[^\d.,;:!?()\"“”«»]*")
_FRONTED_STOP = patterns.compile(r"(?<!\w)(?:and|but|while|whereas|when|as|if|after|before|since|until|et|mais|quand"
                                 r"|lorsque|y|pero|cuando|und|aber|als|wenn|nachdem|ma|mentre|quando|e)(?!\w)",
                                 re.IGNORECASE)
_SENTENCE_START = patterns.compile(r"(?:[.!?]\s|[;:])\s*")
_FRONTED_REACH = 100  # characters at most from a sentence's start to its figure


# What every period's words hold, as ASCII text writes them (one of them is in each alternative of _PERIOD but those
# with letters beyond ASCII, which ASCII text cannot hold): "par" for "par an", "sema" for "semaine" and "semana".
_PERIOD_HOLDS = ("total", "all", "together", "insgesamt", "tout", "year", "same", "quarter", "half", "h1", "h2", "q1", "q2", "q3", "q4", "annu", "anual", "yr", "p.a.", "par",
                 "jahr", "month", "mois", "mensu", "monat", "mes", "week", "sema", "hebdo", "woche", "day", "dail", "jour", "quotid", "tag", "diari", "hour", "heure", "stunde",
                 "hora", "giorn", "mese", "mensil", "anno", "settiman", "ora")


def may_give_a_period(text: str) -> bool:
    """Say whether text may name a period (_PERIOD): False only where it surely names none. The pattern, its words
    each bounded, cost 35 µs a sentence; this, for ASCII text, 5 (any other is left to the pattern, as re matches
    letters beyond ASCII in case more loosely than a lowercase copy of the text shows them: "İ" is an "i")."""
    if not text.isascii():
        return True
    lowered = text.lower()  # its words, found once for every check, first: most sentences fail there at one lookup
    return _may_hold_period_words(ascii_words(text), lowered) and any(word in lowered for word in _PERIOD_HOLDS)


# The whole words of each period's words, as ASCII text holds them: a period said in one word ("daily", "p.a."), or
# a period's noun and a word before it ("a day", "par an", "a la semana"). A sentence "on the first day" holds a
# period's letters but not its words, and was searched for one (22 µs a sentence, these lookups 1).
_PERIOD_ALONE = frozenset({"annual", "annually", "yearly", "annum", "annuel", "annuelle", "annuels", "annuelles",
                           "anual", "anuales", "monthly", "mensuel", "mensuelle", "mensuels", "mensuelles", "mensual",
                           "mensuales", "weekly", "hebdomadaire", "hebdomadaires", "semanal", "semanales", "daily",
                           "quotidien", "quotidienne", "quotidiens", "quotidiennes", "diario", "diaria", "diarios",
                           "diarias", "hourly", "quarterly", "p", "annuo", "annua", "annui", "annue", "mensile",
                           "mensili", "settimanale", "settimanali", "giornaliero", "giornaliera", "giornalieri",
                           "giornaliere"})
_PERIOD_NOUNS = frozenset({"year", "yr", "month", "week", "day", "hour", "an", "mois", "semaine", "jour", "jours",
                           "heure", "jahr", "monat", "woche", "tag", "stunde", "mes", "semana", "hora", "giorno",
                           "giorni", "mese", "anno", "settimana", "ora"})
_PERIOD_BEFORE = frozenset({"a", "an", "per", "each", "every", "par", "chaque", "pro", "im", "al", "por", "la", "les",
                            "cada", "jeden", "jede", "jedes", "all", "alla", "l", "ogni", "i"})
_TOTAL_WORDS = frozenset({"total", "all", "altogether", "insgesamt", "tout"})
_ONE_YEAR_BEFORE = frozenset({"this", "next", "last"})  # "this year": not "this week", which names no period here


def _may_hold_period_words(words: frozenset[str], lowered: str) -> bool:
    """Say whether ASCII text, of these words (wordset.ascii_words), may hold one of _PERIOD's."""
    return bool(not words.isdisjoint(_PERIOD_ALONE) or "monatlich" in lowered or "quarter" in words
                or not words.isdisjoint(_TOTAL_WORDS)
                or "half" in words or "h" in words or "q" in words  # "in H1", "in Q3"
                or ("years" in words and "over" in words) or ("same" in words and "over" in words) or ("year" in words and "on" in words)
                or ("year" in words and not words.isdisjoint(_ONE_YEAR_BEFORE))
                or (not words.isdisjoint(_PERIOD_NOUNS) and not words.isdisjoint(_PERIOD_BEFORE)))


def changed_rates(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure text gives per period that every passage it cites giving it gives only per
    another period: "£1.2bn a month" citing "£1.2bn a year"."""
    if not may_give_a_period(text) or not _PERIOD.search(text):
        return []  # most sentences give no rate: found by one search
    spoken = markers_blanked(text)
    theirs: dict[Quantity, set] = {}
    for passage in passages:
        for quantity, period, words in _rates(passage.text, passage.language or language):
            theirs.setdefault(quantity, set()).add((period, words))
    findings = []
    for mention in find_mentions(spoken, language, prose=True):
        period = _period_of(spoken, mention)
        if period is None or period.endswith("years"):
            continue  # a span of years, "4.5% over three years", is figure_periods.py's to name: one finding a figure
        for quantity in mention.quantities:
            given = theirs.get(quantity, set())
            periods = {other for other, _ in given}
            if given and None not in periods and not any(_same_period(period, other) for other in periods):
                words = sorted(words for _, words in given)[0]
                findings.append(_finding(text, offset + mention.start, _shown(spoken, mention), period, words))
                break
    return findings


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _rates(text: str, language: str) -> tuple[tuple[Quantity, str | None, str], ...]:
    """Return each quantity text states with its period (None where it gives none) and its words as written."""
    found = []
    for mention in mentions_in(text, language):
        period = _period_of(text, mention)
        words = _written(text, mention)
        found += [(quantity, period, words) for quantity in mention.quantities]
    return tuple(found)


def _period_of(text: str, mention: Mention) -> str | None:
    """Return the period a figure is given per ("year", "month", ...), or None: read after it, to its clause's
    end, or right before it."""
    if mention.kind != "figure" or is_year(mention.text):
        return None
    before = _BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
    period = _PERIOD.search(before.group()) if before else None
    if period:
        return period.lastgroup
    window = text[mention.end:mention.end + 60]
    end = _CLAUSE_END.search(window)
    window = window[:end.start()] if end else window
    found = _PERIOD.search(window)
    if (found is None or not _WORDS_BETWEEN.fullmatch(window[:found.start()])
            or _SPAN_LEAD.search(window, 0, found.start())):
        return _fronted(text, mention.start)
    return _named(found)


def _fronted(text: str, at: int) -> str | None:
    """Return the period of a rate's words opening the sentence of the figure at `at` ("Each day the strike costs it
    3 million"), one clause and no other figure between them; None where there is none."""
    start = max((found.end() for found in _SENTENCE_START.finditer(text, max(0, at - _FRONTED_REACH), at)),
                default=0 if at <= _FRONTED_REACH else -1)
    if start < 0:
        return None
    opening = _FRONTED.match(text, start + len(text[start:at]) - len(text[start:at].lstrip()), at)
    if (opening is None or not _FRONTED_BETWEEN.fullmatch(text, opening.end(), at)
            or _FRONTED_STOP.search(text, opening.end(), at) or _PERIOD.search(text, opening.end(), at)):
        return None
    period = _PERIOD.search(opening.group())
    return period.lastgroup if period else None


def _same_period(period: str, other: str) -> bool:
    """Say whether a sentence's period is a passage's: the same, or a year named and a year's rate ("5% this year"
    and "5% a year")."""
    if "total" in (period, other):  # a total is no rate, but may be a span's: "in total over two years", "this year"
        return all(one in _SPANS or one.endswith("years") or one == "total" for one in (period, other))
    if "same_period" in (period, other):  # a span named before: any but a rate's
        return all(one in _SPANS or one.endswith("years") for one in (period, other))
    return period == other or {period, other} <= {"year", "this_year", "next_year", "last_year"} and "year" in (
        period, other)


# What "over the same period" may restate: another span, or a year named ("this year", "in 2025")
_SPANS = frozenset({"same_period", "this_year", "next_year", "last_year"})


_DIGIT_YEARS = {str(count): word for count, word in enumerate(
    ("", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}


def _named(found: re.Match) -> str:
    """Return a period's name: its group's, or for several years their count in words ("three years", as "over 3
    years" and "over three years" are one period)."""
    if found.lastgroup != "years":
        return found.lastgroup
    count = found.group().split()[-2].casefold()
    return f"{_DIGIT_YEARS.get(count, count)} years"


_SIGN_AFTER = patterns.compile(r"[ \u00a0\u202f]?[€$£¥](?!\w)")


def _shown(text: str, mention: Mention) -> str:
    """Return a figure as the reader sees it, with the currency sign written after it: "15 M€", not "15 M"."""
    sign = _SIGN_AFTER.match(text, mention.end)
    return text[mention.start:sign.end()] if sign else mention.text


def _written(text: str, mention: Mention) -> str:
    """Return a figure with the words that give its period, as written: "£1.2bn a year"."""
    before = _BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
    if before and _PERIOD.search(before.group()):
        return " ".join(text[before.start():mention.end].split())  # "daily losses of 3 million"
    window = text[mention.end:mention.end + 60]
    found = _PERIOD.search(window)
    end = mention.end + found.end() if found else mention.end
    return " ".join(text[mention.start:end].split())


@functools.lru_cache(maxsize=4)
def _sentence_shown(text: str) -> str:
    """Return the sentence as a finding quotes it: made once per sentence, not once per finding (a sentence of 6,000
    figures given per month, where its passage gives them per year, took 8 s of CPU to check, growing with the square
    of its length)."""
    flat = " ".join(MARKER.sub("", text).split())
    return flat if len(flat) <= 160 else flat[:159] + "…"


def _finding(text: str, offset: int, figure: str, period: str, words: str) -> Finding:
    shown = _sentence_shown(text)
    given = (f"over {period}" if period.endswith("years") else "per half-year" if period == "half"
             else "as a total" if period == "total"
             else f"for {period.replace('_', ' ')}" if period.endswith("_year") else f"per {period}")
    return Finding(offset, f'figure "{figure}" is given {given}, but the passages this sentence cites give it '
                           f'per another period ("{words}"): "{shown}"',
                   "give the rate as the source does, or cite the passage that gives it per that period")
