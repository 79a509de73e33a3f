"""Days widened: a sentence's "every day" (or "daily", "seven days a week", "every day of the week"; German "täglich",
"jeden Tag"; French "tous les jours", "chaque jour"; Spanish "a diario", "todos los días") may not cite a passage that
gives the same thing on weekdays only.

"The charge applies every day between 7am and 7pm" citing "the charge will be £8.50 a day ... between 7am and 7pm on
weekdays" built: every figure stands, and the weekend is charged. Refused where a sentence of the passages that
shares a content word with the sentence's clause gives weekdays ("on weekdays", "Monday to Friday", "five days a
week", "working days") and no passage gives every day, a weekend, Saturday or Sunday. A rate's "a day" or "each day"
("£8.50 a day") is no span of days, and "every day of the strike" names a span of its own: neither is read. English
text is read; words in quotation marks are not (tests/test_factcheck_175.py). "daily" (and "täglich", "a diario", "tous
les jours", ...) of "on weekdays" ("werktags", "en semaine", "entre semana", "de lunes a viernes") built, English
"every day" alone read: now each language's words are, an adjective's "daily" ("a daily charge", "tägliche") and one
beside a figure ("£8.50 daily", "12 flights daily", "täglich 8,50 Euro") being rates, not spans, and the words of the days themselves
("jours", "semaine") no content shared (tests/test_factcheck_180.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .locale import base_language
from .sentences import markers_blanked

# a span of every day, by language; "daily" only as an adverb: not before a noun ("a daily charge") nor a figure
_EVERY_DAY = {
    "en": patterns.compile(
        r"(?<!\w)(?:every\s+(?:single\s+)?day(?!\s+(?:of|since|until|after|before|for)\s+(?!the\s+week(?!\w)))"
        r"(?:\s+of\s+the\s+week)?|(?:seven|7)\s+days\s+a\s+week|all\s+week(?:\s+long)?"
        r"|(?<![\d£$€]\s)(?<![\d£$€])daily(?=\s*(?:[,.;:!?)]|$|(?:from|between|until|till|except|at|in|on|and|or)\s)))"
        r"(?!\w)", re.IGNORECASE),
    "de": patterns.compile(
        r"(?<!\w)(?:täglich(?!\w)(?!\s*\d)|jeden\s+(?:einzelnen\s+)?Tag(?!\w)|an\s+allen\s+(?:sieben\s+)?Tagen"
        r"|(?:sieben|7)\s+Tage\s+(?:die|pro|in\s+der)\s+Woche)(?!\w)", re.IGNORECASE),
    "fr": patterns.compile(
        r"(?<!\w)(?:tous\s+les\s+jours(?:\s+de\s+la\s+semaine)?(?!\s+(?:de|du|des|où|ouvr)\w*)|chaque\s+jour(?!\s+(?:de|du|où|ouvr)\w*)"
        r"|quotidiennement(?!\s*\d)|(?:sept|7)\s+jours\s+sur\s+(?:sept|7))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?:a\s+diario(?!\s*\d)|diariamente(?!\s*\d)|todos\s+los\s+días(?!\s+(?:de|del|h[áa]biles|laborables)"
        r"(?!\w))|cada\s+día(?!\s+(?:de|del|h[áa]bil|laborable)(?!\w))|(?:los\s+)?(?:siete|7)\s+días\s+de\s+la\s+semana)"
        r"(?!\w)", re.IGNORECASE),
}
_WEEKDAYS = {
    "en": patterns.compile(
        r"(?<!\w)(?:(?:on\s+)?week\s*days|(?:from\s+)?mondays?\s+(?:to|through|until|-|–)\s+fridays?|(?:five|5)\s+days\s+a"
        r"\s+week|(?:on\s+)?(?:working|business|work)\s*days)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(
        r"(?<!\w)(?:werktags|wochentags|an\s+(?:Werk|Wochen|Arbeits)tagen|(?:von\s+)?montags?\s+bis\s+freitags?"
        r"|(?:fünf|5)\s+Tage\s+(?:die|pro|in\s+der)\s+Woche)(?!\w)", re.IGNORECASE),
    "fr": patterns.compile(
        r"(?<!\w)(?:en\s+semaine|(?:du\s+)?lundi\s+au\s+vendredi|(?:les\s+)?jours\s+(?:ouvrables|ouvrés|de\s+semaine)"
        r"|(?:cinq|5)\s+jours\s+(?:par|sur)\s+(?:semaine|sept|7))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<!\w)(?:entre\s+semana|(?:de\s+)?lunes\s+a\s+viernes|(?:los\s+)?días\s+(?:laborables|hábiles|de\s+diario)"
        r"|(?:cinco|5)\s+días\s+(?:a|por)\s+la\s+semana)(?!\w)", re.IGNORECASE),
}
_ALL_DAYS = patterns.compile(
    r"(?<!\w)(?:every\s+(?:single\s+)?day|daily|(?:seven|7)\s+days|all\s+week|week\s*ends?|saturdays?|sundays?"
    r"|including\s+weekends?|täglich\w*|jeden\s+Tag|allen\s+Tagen|Wochenend\w*|samstags?|sonntags?|sonnabends?"
    r"|Feiertag\w*|tous\s+les\s+jours|chaque\s+jour|quotidien\w*|sept\s+jours|week-ends?|samedis?|dimanches?"
    r"|fériés?|a\s+diario|diari\w*|todos\s+los\s+días|cada\s+día|siete\s+días|fin(?:es)?\s+de\s+semana|sábados?"
    r"|domingos?|festivos?)(?!\w)", re.IGNORECASE)
# a figure and its noun before a one-word "daily": "12 flights daily" is a rate, as "12 flights a day" is
_RATE_BEFORE = patterns.compile(r"\d[\d.,]*\s*(?:[^\W\d_]+\s+){0,2}$")
_ADVERB = patterns.compile(r"daily|täglich|quotidiennement|diariamente|a\s+diario", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+")
_CLAUSE_END = patterns.compile(r"[;:.!?()]|,\s*(?:and|but|while|whereas)\s", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{5,}")
_NO_CONTENT = frozenset({"every", "seven", "which", "their", "there", "these", "those", "would", "could", "should",
                         "about", "between", "after", "before", "during", "weekdays", "applies", "apply",
                         "werden", "wurde", "wurden", "zwischen", "nicht", "während", "seit", "desde", "hasta",
                         "entre", "durante", "todos", "serán", "estará", "pendant", "depuis", "seront", "chaque",
                         "jours", "semaine", "semana"})


def widened_to_every_day(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "every day" of what its passages give on weekdays only."""
    every_day = _EVERY_DAY.get("en" if in_english(language) else base_language(language))
    if every_day is None or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in every_day.finditer(spoken)
                 if not (_ADVERB.fullmatch(match.group()) and _RATE_BEFORE.search(spoken, 0, match.start()))), None)
    if said is None or any(_ALL_DAYS.search(passage.text) for passage in passages):
        return []
    weekdays_of = _WEEKDAYS["en" if in_english(language) else base_language(language)]
    clause = _clause_around(spoken, said)
    words = _content(every_day.sub(" ", clause))  # "jours" of "tous les jours" is no content
    for passage in passages:
        for sentence in _SENTENCE_END.split(passage.text):
            weekdays = weekdays_of.search(sentence)
            if weekdays and words & _content(weekdays_of.sub(" ", sentence)):
                return [Finding(offset, f"this sentence says '{' '.join(said.group().split())}' where its cited "
                                        f"passages say '{' '.join(weekdays.group().split())}' "
                                        f"('{' '.join(sentence.split())}'): {clipped(text)}",
                                "give the days the source gives, or cite a passage that gives every day")]
    return []


def _clause_around(text: str, match: re.Match) -> str:
    """Return the clause of text holding match."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    end_match = _CLAUSE_END.search(text, match.end())
    return text[start:end_match.start() if end_match else len(text)]


def _content(text: str) -> frozenset[str]:
    """Return text's words of five letters or more, by their first five letters ("charge" and "charging" alike)."""
    return frozenset(word.lower()[:5] for word in _WORD.findall(text) if word.lower() not in _NO_CONTENT)
