"""Each date kept with its own act: "The ceasefire was signed on Monday" may not cite "The ceasefire was agreed on
Monday and signed on Friday".

A passage dates an act where a verb's past ("agreed", "signed", "held") stands before a date in its clause, with at
most seven words between and no "and" or comma ("was signed by both sides on Friday", "rejected an earlier version of
the remedies in September"; a figure's grouping comma, "2,400", cuts nothing): a weekday ("on Monday"), a day of a
month ("on 3 March", "on March 3") or a month ("in March", "in March 2024"). An act to come is dated so too, and by
its deadline ("by", "until"): a verb after a modal ("will take a final decision by 15 January") or an "-ing" form
after "after", "before" ("after hearing comments until 10 December"). A sentence dating an act to a day is refused
where the cited passages sharing a word of four letters or more with it, read together, date that act only to other
days and write this one, dating another act to it or something else: "Castellane agreed the deal on 3 March" citing
"Castellane agreed on 4 March to pay 412 pence ..., a premium of 31% to Norwave's closing price of 314.5 pence on 3
March", and "raised its offer in September, after the board rejected it in October" citing "rejected ... in September"
and "raised ... in October" (tests/test_factcheck_107.py), and "The board will take its final decision by 10 December"
citing the board's deadline above (tests/test_factcheck_110.py). A month holds its days: "agreed in March" may cite
"agreed on 4 March". A sentence dating an act no passage dates, or to a day no passage writes, is not read here. A date opening its clause dates the first verb's past after it ("On
Monday the ministry counted 1,250 dead; on Tuesday it revised the toll to 980"), one clause and no saying between (a day
no passage gives is the time words' finding). Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .day_counts import count_given_another_day
from .sentences import inside, markers_blanked
from .wordset import may_hold

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE = patterns.compile(
    rf"(?<![\w-])(?:(?:on|by|until)\s+"
    rf"(?P<day>(?:{_DAYS})(?:,?\s+\d{{1,2}}\s+(?:{_MONTHS})|,?\s+(?:{_MONTHS})\s+\d{{1,2}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"|(?:in|by|until)\s+(?P<month>(?-i:{_MONTHS.title()})(?:\s+\d{{4}})?))(?:,?\s+\d{{4}})?(?![\w-])", re.IGNORECASE)
_DATE_HOLDS = frozenset(_DAYS.split("|")) | frozenset(_MONTHS.split("|"))
# Words ending "-ed" that are no act: what a date after them dates is not theirs
_NOT_ACTS = frozenset({"hundred", "red", "bed", "need", "seed", "feed", "speed", "armed", "united", "based", "related",
                       "shed", "wed", "bred", "sacred", "naked", "wicked", "aged", "scheduled",
                       "expected", "planned", "due", "set"})
_IRREGULAR_PASTS = frozenset({"held", "met", "began", "begun", "won", "lost", "took", "taken", "made", "gave", "given",
                              "struck", "fell", "rose", "sent", "left", "came", "went", "broke", "broken", "shot",
                              "hit", "paid", "sold", "bought", "told", "said", "found", "brought", "built", "kept",
                              "led", "fled", "spoke", "wrote", "written", "ran", "became", "froze", "chose", "sank"})
_WORD = patterns.compile(r"[A-Za-z]+|[,;](?!\d)")  # a comma before a digit groups a figure's ("to 2,400 in October")
_REACH = 8  # words back from a date that its act may stand in ("rejected an earlier version of the remedies in September")
_HINT = "give each act the date the source gives it, or cite a passage that dates it so"
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into"}) | _DATE_HOLDS


class Dated(NamedTuple):
    """An act a text dates: its verb, folded, and the date, folded and as written."""

    act: str
    date: str
    shown: str


def misdated_acts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text dates an act to a day its cited passages give another act, dating that one
    otherwise."""
    if not in_english(language) or not passages or not may_hold(text, _DATE_HOLDS):
        return []  # most sentences date nothing by a day's or a month's name: found without a pattern
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [dated for dated, at in _dated(spoken) if not inside(quoted, at)]
    if not own:  # a count's noun dated ("the count on Monday was 980"), no act: day_counts.py
        return [] if quoted else count_given_another_day(spoken, passages, offset, language)
    words = content_words(spoken, _NOT_CONTENT)
    theirs, days = _dated_together(passages, words)
    for dated in own:
        own_dates = [their for their in theirs if their.act == dated.act]
        if not own_dates or any(_within(dated.date, their.date) for their in own_dates):
            continue
        others = [their for their in theirs if their.date == dated.date]
        if others:
            return [Finding(offset, f"this sentence dates '{dated.act}' to '{dated.shown}', which its cited "
                                    f"passages give to '{others[0].act}' (they date '{dated.act}' to "
                                    f"'{own_dates[0].shown}'): {clipped(text)}", _HINT)]
        if dated.date in days:
            return [Finding(offset, f"this sentence dates '{dated.act}' to '{dated.shown}', a day its cited passages "
                                    f"give something else (they date '{dated.act}' to '{own_dates[0].shown}'): "
                                    f"{clipped(text)}", _HINT)]
    return []


def _dated_together(passages: list[Cited], words: set) -> tuple[list[Dated], set[str]]:
    """Return the acts the passages sharing a word with the sentence date, all of them together (a sentence may join
    two passages' acts: "raised it in September, after the board rejected it in October"), and every day they
    write."""
    theirs, days = [], set()
    for passage in passages:
        dated = [dated for dated, _ in _dated(passage.text)]
        if dated and content_words(passage.text, _NOT_CONTENT) & words - {one.act for one in dated}:
            theirs += dated
            days |= _days(passage.text)
    return theirs, days


def _within(date: str, other: str) -> bool:
    """Say whether a date is another or holds it: "March" holds "4 March"."""
    return date == other or date in other.split()


@functools.lru_cache(maxsize=1 << 12)
def _days(text: str) -> frozenset[str]:
    """Return every day or month text writes after "on" or "in", folded, dating an act or not ("a closing price of
    314.5 pence on 3 March")."""
    return frozenset(" ".join((date["day"] or date["month"]).split()).casefold() for date in _DATE.finditer(text))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _dated(text: str) -> tuple[tuple[Dated, int], ...]:
    """Return the acts text dates, each with where its date stands."""
    if not may_hold(text, _DATE_HOLDS):
        return ()
    found = []
    for date in _DATE.finditer(text):
        act = _act_before(text[max(0, date.start() - 120):date.start()]) or (
            _act_after(text[date.end():date.end() + 120]) if _OPENS_CLAUSE.search(text, 0, date.start()) else "")
        shown = " ".join((date["day"] or date["month"]).split())
        if act:
            found.append((Dated(act, shown.casefold(), shown), date.start()))
        apart = _SPAN_APART.match(text, date.end())
        if apart and apart["act"].casefold() not in _NOT_ACTS:
            # "detected on 26 September, a day before the company informed the authorities": informing was on
            # another day than 26 September, the day after it (factcheck_115)
            other = f"{' '.join(apart['span'].split())} {_TURNED[apart['side'].casefold()]} {shown}"
            found.append((Dated(apart["act"].casefold(), other.casefold(), other), apart.start("act")))
    return tuple(found)


# A span apart from the date before it, then an act: "on 26 September, a day before the company informed", "on 3
# March, two days after the board rejected"
_SPAN_APART = patterns.compile(
    r"\s*,?\s*(?P<span>(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?"
    r"|months?))\s+(?P<side>before|after)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<act>[a-z]{{3,}}ed|{'|'.join(sorted(_IRREGULAR_PASTS))})(?![\w-])", re.IGNORECASE)
_TURNED = {"before": "after", "after": "before"}


def _act_before(before: str) -> str:
    """Return the verb's past nearest before a date in its clause (within _REACH words, no "and" or comma between),
    folded, or ""."""
    words = _WORD.findall(before)[-_REACH - 1:]
    for at in range(len(words) - 1, 0 if len(words) > _REACH else -1, -1):
        word, folded = words[at], words[at].casefold()
        if folded in (",", ";", "and", "but", "while", "whereas", "then"):
            return ""
        if folded in _NOT_ACTS or word[:1].isupper():
            continue  # a name ("Mohammed"), or the sentence's first word
        if (len(folded) > 4 and folded.endswith("ed")) or folded in _IRREGULAR_PASTS or _to_come(words, at):
            return folded
    return ""


# Where a date opens its clause: at the text's start, or after a stop or a semicolon ("On Monday the ministry counted
# 1,250 dead; on Tuesday it revised the toll to 980")
_OPENS_CLAUSE = patterns.compile(r"(?:^|[.;:!?])\s*$")


def _act_after(after: str) -> str:
    """Return the verb's past nearest after a date opening its clause ("On Tuesday the ministry counted": "counted"),
    within _REACH words, no "and" or comma between but one right after the date, folded, or "". Unread, "On Tuesday
    the ministry counted 1,250 dead" of a passage counting them on Monday built (tests/test_factcheck_164.py)."""
    words = _WORD.findall(after)[:_REACH + 1]
    for at, word in enumerate(words):
        folded = word.casefold()
        if folded in (",", ";") and at == 0:
            continue  # "On Monday, the ministry counted"
        if folded in (",", ";", "and", "but", "while", "whereas", "then", "after", "before", "when", "as", "since",
                      "said", "says", "told", "announced", "reported"):
            return ""  # a second clause, or a saying whose date is not the act's
        if folded in _NOT_ACTS or word[:1].isupper():
            continue
        if (len(folded) > 4 and folded.endswith("ed")) or folded in _IRREGULAR_PASTS or _to_come(words, at):
            return folded
    return ""


# A verb an act to come is told with: "will take a final decision by 15 January", "after hearing comments until 10
# December" (factcheck_110)
_MODALS = frozenset({"will", "would", "shall", "must", "could", "may", "might", "should"})
_GERUND_AFTER = frozenset({"after", "before", "while", "by", "since"})


def _to_come(words: list[str], at: int) -> bool:
    """Say whether the word at `at` is a verb after a modal ("will take") or an "-ing" form after "after", "before"
    ("after hearing")."""
    before = words[at - 1].casefold() if at else ""
    folded = words[at].casefold()
    return before in _MODALS and folded.isalpha() or (before in _GERUND_AFTER and folded.endswith("ing")
                                                      and len(folded) > 5)

