"""A direction with no figure beside it, told the other way: "Turnout rose." and "Turnout was higher than in 2020."
may not cite "Turnout was 62%, down from 68% in 2020."; "Inflation eased in March." may not cite "Prices rose 2.1% in
March, slightly faster than February's 1.9%".

direction.py and level_directions.py read a direction beside a figure ("rose 2%", "to 62%, from 68%"); a sentence
giving none named no figure to turn and built. Read here, in English:
- a way: a sentence with words of only one direction (direction.py's, and "eased", "higher", "lower", "up", "down"
  after "was"), and no figure but years, is refused where a cited passage's clause (split at ";", "while", "but",
  "whereas") holds the word before the sentence's direction (its subject: "turnout") before a direction of its own,
  gives only the other way ("fell", "down from", "higher than"), and no clause holding it gives the sentence's; a year
  the sentence names must be in that clause;
- a pace: a sentence telling a rate slowed ("slowed", "eased", "cooled", "moderated", "decelerated", of inflation,
  growth, a pace or a rate) or quickened ("accelerated", "quickened", "picked up", "sped up") is refused where a
  cited passage's clause of the same subject (inflation's is prices') gives the other pace ("faster than",
  "slower than", "accelerated", "slowed") and none gives the sentence's.
Words in quotation marks and negated directions ("did not rise") are not read (tests/test_factcheck_100.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .direction import FALL_WORDS, RISE_WORDS
from .opposites import turned_opposites
from .sentences import markers_blanked, split_sentences
from .wordset import first_runs, may_hold

_RISE = frozenset(word for word in RISE_WORDS if word.isascii()) - {"growth"}
_FALL = frozenset(word for word in FALL_WORDS if word.isascii()) | {"eased", "eases", "easing"}
_UP_DOWN = patterns.compile(r"(?<!\w)(?:was|were|is|are)\s+(?P<way>up|down)(?=\s*(?:[,.;]|$|\s+(?:in|on|from|since|than"
                            r"|last|this|again|sharply|slightly)(?!\w)))", re.IGNORECASE)
_WAY_FROM = patterns.compile(r"(?<!\w)(?P<way>up|down)\s+from(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
# a passage's direction beside its figure, no year: "fell 3%", "down from 68%", "rose to 4.1%"; "fell in 2024" gives
# a change in words alone, which direction.py leaves unread, and so does this
_FIGURE_AFTER = patterns.compile(r"(?:\s+[^\W\d]+){0,3}?\s+[$€£]?(?!(?:1[89]|20)\d\d(?![\d%.,]))\d")
# "higher" and "lower" tell a change only against a time ("higher than in 2020", "lower than a year ago"), not
# against another thing ("higher than the ministry's")
_THAN_ANOTHER = patterns.compile(r"\s+than\s+(?!in\s|at\s|on\s|during\s|last\s|before|previously|a\s+year|the\s+"
                                 r"(?:previous|last|year|month|week|day)|(?:1[89]|20)\d\d)", re.IGNORECASE)
_COMPARATIVES = frozenset({"higher", "lower"})
_NUMBER = patterns.compile(r"\d[\d,.]*")
_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")
_CLAUSE_BREAK = patterns.compile(r";|(?<!\w)(?:while|whereas|but)(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "these", "those", "with", "have", "been", "from", "they", "their", "were",
                          "than", "also", "last", "year", "years", "month", "months", "week", "weeks", "said", "says",
                          "slightly", "sharply", "again", "still", "over", "more", "much", "less"})
# a pace: a rate's change sped up or slowed ("inflation eased", "faster than February's 1.9%")
_SLOWED = (r"slow(?:ed|s|ing)|eas(?:ed|es|ing)|cool(?:ed|s|ing)|moderat(?:ed|es|ing)|decelerat(?:ed|es|ing)")
_QUICKENED = (r"accelerat(?:ed|es|ing)|quicken(?:ed|s|ing)|pick(?:ed|s|ing)\s+up|sped\s+up|speed(?:s|ing)\s+up"
              r"|heat(?:ed|s|ing)\s+up")
# a passage's pace against a time, before its figure: "faster than February's 1.9%", "slower than a year earlier";
# not "faster than food prices", a comparison of two things (comparatives.py's)
_THAN_A_TIME = (r"\s+than\s+(?:(?:in|at|on|during|last|a|the|previous|preceding)\s+)*(?:(?:[A-Z][a-z]+['’]s?\s+)?"
                r"\d(?:[\d.,]*\d)?%?"
                r"|year|month|quarter|week|before|previously|january|february|march|april|may|june|july|august"
                r"|september|october|november|december)")
_SLOWER = patterns.compile(rf"(?<!\w)(?:{_SLOWED})(?!\w)", re.IGNORECASE)
_FASTER = patterns.compile(rf"(?<!\w)(?:{_QUICKENED})(?!\w)", re.IGNORECASE)
_SLOWER_IN_PASSAGE = patterns.compile(rf"(?<!\w)(?:{_SLOWED}|(?:slower|more\s+slowly){_THAN_A_TIME})", re.IGNORECASE)
_FASTER_IN_PASSAGE = patterns.compile(rf"(?<!\w)(?:{_QUICKENED}|(?:faster|more\s+quickly){_THAN_A_TIME})",
                                      re.IGNORECASE)
# what a pace is told of, as a rate: "inflation eased" is a rise slowed, "tensions eased" a fall
_RATES = frozenset({"inflation", "growth", "pace", "rate", "rates", "expansion", "increase", "increases", "rise",
                    "rises"})
_SAME_RATE = {"inflation": frozenset({"inflation", "prices", "price"})}  # a passage's prices rose: inflation
_GATE = first_runs(_RISE | _FALL | {"up", "down", "slowed", "slows", "slowing", "cooled", "cools", "cooling",
                                    "moderated", "moderates", "moderating", "decelerated", "decelerates",
                                    "decelerating", "slower", "accelerated", "accelerates", "accelerating",
                                    "quickened", "quickens", "quickening", "picked", "picks", "picking", "sped",
                                    "speeds", "speeding", "faster", "heated", "heats", "heating", "slowly", "quickly"})


def bare_directions_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells, with no figure beside it, a rise or fall, or a pace, that its cited
    passages give of the same subject only the other way."""
    if not in_english(language) or not may_hold(text, _GATE):
        return []  # most sentences tell no direction: found by their words
    spoken = unquoted(markers_blanked(text))
    if any(not _YEAR.fullmatch(number.group().rstrip(".,")) for number in _NUMBER.finditer(spoken)):
        return []  # a figure's direction is direction.py's
    clauses = [clause for passage in passages if in_english(passage.language or language)
               for clause in _clauses(passage.text)]
    way = _way_turned(spoken, text, clauses, offset)
    if way and turned_opposites(text, passages, offset, language):
        return []  # "Prices fell" of "Prices rose 2.1%": opposites.py names the word turned, once
    return way or _pace_turned(spoken, text, clauses, offset)


def _way_turned(spoken: str, text: str, clauses: list[str], offset: int) -> list[Finding]:
    """Return a finding when the sentence's one direction is the other way from every passage clause of its
    subject."""
    said = _ways(spoken)
    if len({way for way, _, _ in said}) != 1:
        return []  # none, or both ("fell in May and rose in June")
    way, at, end = said[0]
    subject = content_words(spoken[:at], _NOT_CONTENT)
    years = frozenset(_YEAR.findall(spoken))
    theirs = [(clause, ways) for clause in clauses if years <= frozenset(_YEAR.findall(clause))
              and (ways := _ways_of(subject, clause))]
    if not subject or not theirs or any(way in ways for _, ways in theirs) or any(
            way in _ways_of(subject, clause, figured=False) for clause in clauses
            if years <= frozenset(_YEAR.findall(clause))):
        return []  # a clause of the subject gives the sentence's way, even with no figure: "profits would fall"
    clause = theirs[0][0]
    told, given = ("a rise", "a fall") if way == "rise" else ("a fall", "a rise")
    return [Finding(offset, f"this sentence tells {told} ('{' '.join(spoken[at:end].split())}') where its cited "
                            f"passages give {given} ('{clause}'): "
                            f"{clipped(text)}",
                    "give the direction the source gives, or cite the passage that gives this one")]


def _ways_of(subject: frozenset[str], clause: str, figured: bool = True) -> set[str]:
    """Return the directions a passage's clause gives of `subject` beside a figure ("fell 3%", "down from 68%"), or
    (not `figured`) in words alone ("profits would fall"): each whose words since the direction before ("Unemployment
    fell ..., and wages rose": wages') hold a word of it."""
    ways, since = set(), 0
    for way, there, end in _ways(clause):
        if subject & content_words(clause[since:there], _NOT_CONTENT) and (
                not figured or _FIGURE_AFTER.match(clause, end)):
            ways.add(way)
        since = there
    return ways


def _pace_turned(spoken: str, text: str, clauses: list[str], offset: int) -> list[Finding]:
    """Return a finding when the sentence tells a rate slowed (or quickened) that every passage clause of its subject
    gives the other pace."""
    slower, faster = _SLOWER.search(spoken), _FASTER.search(spoken)
    said = slower or faster
    if said is None or (slower and faster) or _NEGATED.search(spoken[:said.start()]):
        return []
    subject = content_words(spoken[:said.start()], _NOT_CONTENT)
    if slower and said.group().casefold().startswith(("eas", "cool", "moderat")) and not subject & _RATES:
        return []  # "tensions eased": a fall, read as a way
    rate = frozenset().union(subject, *(_SAME_RATE.get(word, ()) for word in subject))
    theirs = [(clause, bool(_SLOWER_IN_PASSAGE.search(clause)), bool(_FASTER_IN_PASSAGE.search(clause)))
              for clause in clauses if rate & content_words(clause, _NOT_CONTENT)]
    if any(slowed if slower else quicker for _, slowed, quicker in theirs):
        return []
    other = next(((clause, (_FASTER_IN_PASSAGE if slower else _SLOWER_IN_PASSAGE).search(clause))
                  for clause, slowed, quicker in theirs
                  if (quicker if slower else slowed)), None)
    if other is None:
        return []
    return [Finding(offset, f"this sentence tells {'a slowing' if slower else 'a quickening'} ('{said.group()}') where "
                            f"its cited passages give {'a quickening' if slower else 'a slowing'} "
                            f"('{other[1].group()}'): {clipped(text)}",
                    "give the pace the source gives, or cite the passage that gives this one")]


def _ways(text: str) -> list[tuple[str, int, int]]:
    """Return each direction text tells, "rise" or "fall", with where its words start and end; not negated ones."""
    found = []
    for word in _WORD.finditer(text):
        folded = word.group().casefold()
        way = "rise" if folded in _RISE else "fall" if folded in _FALL else ""
        if way and not _NEGATED.search(text[:word.start()]) and not (
                folded in _COMPARATIVES and _THAN_ANOTHER.match(text, word.end())):
            found.append((way, word.start(), word.end()))
    for match in (*_UP_DOWN.finditer(text), *_WAY_FROM.finditer(text)):
        found.append(("rise" if match["way"].casefold() == "up" else "fall", match.start(), match.end()))
    return sorted(found, key=lambda pair: pair[1])


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _clauses(text: str) -> tuple[str, ...]:
    """Return a passage's clauses, split at sentences, ";", "while", "but" and "whereas", without quoted words."""
    return tuple(" ".join(part.split()) for sentence in split_sentences(unquoted(text))
                 for part in _CLAUSE_BREAK.split(sentence.text) if part.strip())
