"""A year kept with its preposition: "It was the country's second default in 2009." may not cite "It was the
country's second default since 2009.".

The year stands in the passage, so the figure check passes; but "since 2009" counts from it, "in 2009" dates the
default to it, "before 2009" and "after 2009" put it either side, "by 2030" sets a deadline and "until 2030" a span.
A sentence's year right after one of these words (a month and a day may stand between: "since March 2009"), after an
ordinal and what it counts ("second default", within four words), is refused where every occurrence of that year in
its cited passages after the same ordinal and word stands after such a word too, and none of them means the same.
Elsewhere the words differ honestly: "banned since 2014" of "banned in 2014", "the first strike since 2011" of "the
last strike was in 2011", "will not be held before 2027" of "until 2027". A year with no such word before it in a
passage ("the 2009 default", "from 2009") may be read either way, and is not refused. English, French, German and Spanish are read ("depuis 2009" for "en 2009", "seit 2009" for "im Jahr
2009", "desde 2009" for "en 2009"); German "bis" is read as "by" and "until" both. Words in quotation marks are not
read (tests/test_newuser_94.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# what each word says of its year
_MEANS = {
    "since": "since", "depuis": "since", "seit": "since", "desde": "since",
    "in": "in", "en": "in", "im": "in", "durante": "in",
    "before": "before", "avant": "before", "vor": "before", "antes": "before",
    "after": "after", "après": "after", "nach": "after", "después": "after", "tras": "after",
    "by": "by", "d'ici": "by", "d’ici": "by", "para": "by",
    "until": "until", "till": "until", "jusqu'en": "until", "jusqu’en": "until", "hasta": "until",
    "bis": "by until",
}
_WORDS = "|".join(sorted(map(re.escape, _MEANS), key=len, reverse=True))
_MONTHS = (r"jan\w*|feb\w*|f[ée]v\w*|mar\w*|m[äa]rz|apr\w*|avr\w*|abr\w*|ma[iyo]|mai|juin|jun\w*|juil\w*|jul\w*"
           r"|aug\w*|ao[uû]t|ago\w*|sep\w*|oct\w*|okt\w*|nov\w*|d[ée][cz]\w*|dic\w*|ene\w*")
# "since March 2009", "in 12 March 2009", "im Jahr 2009", "antes de 2009", "en el año 2009", "depuis le 3 mars 2009"
_BETWEEN = rf"(?:(?:de|del|des|le|el|the\s+year|year|jahr|jahre|año|de\s+l'année|l'année|\d{{1,2}}(?:st|nd|rd|th|er)?\.?|{_MONTHS})\s+){{0,3}}?"
_DATED = patterns.compile(rf"(?<![\w'’])(?P<word>{_WORDS})\s+{_BETWEEN}(?P<year>(?:1[89]|20)\d\d)(?![\w,.]\d)",
                          re.IGNORECASE)
# an ordinal's first letters, in English, French, German and Spanish: "second", "deuxième", "zweite", "segundo"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "premi",
             "deuxi", "troisi", "quatri", "cinqui", "erste", "zweit", "dritt", "viert", "fünft", "primer", "segund",
             "tercer", "cuart", "quint")
_BEFORE = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_REACH = 4  # words before the year's word: "second default", "segundo impago del país"
_YEAR = patterns.compile(r"(?<![\w.,])(?:1[89]|20)\d\d(?![\w]|[.,]\d)")
_READ = frozenset({"", "en", "fr", "de", "es"})


def moved_year_words(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text dates a year by a word ("in 2009") that its passages never give it, while they
    give it another ("since 2009") wherever it stands."""
    if language.split("-")[0].lower() not in _READ or not _YEAR.search(text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _DATED.finditer(spoken):
        counted = _counted_before(spoken, match.start())
        if inside(quoted, match.start()) or not counted:
            continue
        theirs = [words for passage in passages if passage.language.split("-")[0].lower() in _READ
                  for counting, words in _year_words(passage.text).get(match["year"], ()) if counted in counting]
        mine = set(_MEANS[match["word"].casefold()].split())
        if theirs and None not in theirs and not any(mine & set(_MEANS[word].split()) for word, _ in theirs):
            said, given = " ".join(match.group().split()), theirs[0][1]
            return [Finding(offset, f"this sentence says '{said}' where its cited passages say '{given}': "
                                    f"{clipped(text)}",
                            f"keep the year's word as the source has it ('{given}'), or cite a passage that says "
                            f"'{said}'")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _year_words(text: str) -> dict[str, tuple[tuple[frozenset, tuple[str, str] | None], ...]]:
    """Return each year of a passage, at each occurrence, with the ordinals and words counted before it, and the word
    dating it (folded) with the words as written, None where no word dates it."""
    dated = {match.start("year"): (match["word"].casefold(), " ".join(match.group().split()), match.start())
             for match in _DATED.finditer(text)}
    found: dict[str, tuple] = {}
    for year in _YEAR.finditer(text):
        word = dated.get(year.start())
        counting = _all_counted_before(text, word[2] if word else year.start())
        found[year.group()] = (*found.get(year.group(), ()), (counting, word[:2] if word else None))
    return found


def _counted_before(text: str, at: int) -> tuple[str, str] | None:
    """Return the first ordinal among the few words before `at` with the word after it ("second", "default")."""
    return next(iter(sorted(_all_counted_before(text, at))), None)


def _all_counted_before(text: str, at: int) -> frozenset[tuple[str, str]]:
    """Return each ordinal among the few words before `at` with the word after it, folded."""
    words = [word.casefold() for word in _BEFORE.findall(text[max(0, at - 80):at])][-_REACH:]
    return frozenset((word, following) for word, following in zip(words, words[1:]) if word.startswith(_ORDINALS))
