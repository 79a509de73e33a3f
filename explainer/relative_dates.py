"""A relative date kept to the source: a sentence may not date by "last week" what its passages date by the calendar.

"The ceasefire began last week" citing "The ceasefire began on 3 March 2026" (or "recently", "earlier this year",
"this month", "in recent days") tells the reader a time counted from a day they cannot know: it cannot be checked
against the passage, and it goes stale as the page stays up. Such a word is refused where a cited passage gives a
date ("3 March 2026", "March 2026", "2026-03-03") and none says that word itself ("last week" citing "last week"
builds), unless the sentence gives a date itself ("announced on 12 February, the duties began next month"); "the last
week of March" counts from no day. "Yesterday" and a period a passage counts otherwise ("last month" citing "last week") are the time-word
check's (attribution.unbacked_time_words). Words in quotation marks are not read. English text is read.

A time within a period turned the other way is refused too: "in retaliation for Pakistani airstrikes later in the
week" citing "earlier in the week" (factcheck_201) built, as either way names no date. "Earlier" or "later" in the day,
week, month or year ("earlier this week") is refused where a cited passage says the other of that period and none
says the sentence's.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, find_mentions, in_english, mentions_in, quoted_parts
from .sentences import inside
from .wordset import ascii_words

_RELATIVE = patterns.compile(
    r"(?<![\w-])(?:(?P<recent>recently|lately|in\s+recent\s+(?:days|weeks|months))"
    r"|(?:(?:earlier|later)\s+)?(?<!\bthe\s)(?P<period>(?:last|this|next)\s+(?:weekend|week|month|year)))(?![\w-])",
    re.IGNORECASE)  # "the last week of March" is no week counted from today
# A period counted from the day a passage was written: where a passage counts one, the time-word check reads the
# sentence's against it.
_COUNTED = patterns.compile(r"(?<![\w-])(?:last|this|next)\s+(?:weekend|week|month|year)(?![\w-])", re.IGNORECASE)
_RECENT = patterns.compile(r"(?<![\w-])(?:recent|recently|lately)(?![\w-])", re.IGNORECASE)
# The words every relative date holds one of; a sentence holding none (most) is read no further.
_RELATIVE_WORDS = frozenset({"recently", "lately", "recent", "week", "weekend", "month", "year"})


def relative_for_a_date(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each relative date of text ("last week", "recently") where a cited passage gives a
    calendar date and none uses that relative date."""
    words = ascii_words(text)
    if not in_english(language):
        return []
    turned = turned_within(text, passages, offset) if words is None or not words.isdisjoint(_WITHIN_WORDS) else []
    return turned + _relative_not_dated(text, words, passages, offset, language)


def _relative_not_dated(text: str, words, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return relative_for_a_date's findings of a relative date where a passage gives a calendar date."""
    if words is not None and words.isdisjoint(_RELATIVE_WORDS):
        return []
    found = list(_RELATIVE.finditer(text))
    if not found:
        return []
    dates = [m.text for passage in passages for m in mentions_in(passage.text, passage.language) if m.kind == "date"]
    if not dates or any(m.kind == "date" for m in find_mentions(text, language, prose=True)):
        return []  # a sentence giving its date itself counts from it: "announced on 12 February, began next month"
    quoted = quoted_parts(text)
    findings = []
    for match in found:
        if inside(quoted, match.start()) or _backed(match, passages):
            continue
        findings.append(Finding(offset + match.start(), f'time "{match.group()}" is not in the passages it cites, '
                                                        f'which give the date "{dates[0]}": {clipped(text)}',
                                f'give the date the passage gives ("{dates[0]}"): "{match.group()}" cannot be checked '
                                "against it, and it goes stale"))
    return findings


_WITHIN = patterns.compile(r"(?<![\w-])(?P<way>earlier|later)\s+(?:in\s+the|this)\s+(?P<period>day|week|month|year)"
                           r"(?![\w-])", re.IGNORECASE)
_WITHIN_WORDS = frozenset({"earlier", "later"})
_OTHER_WAY = {"earlier": "later", "later": "earlier"}


def turned_within(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text says "later in the week" (day, month, year) and its passages say only "earlier in
    the week", or the other way round."""
    quoted = quoted_parts(text)
    for match in _WITHIN.finditer(text):
        if inside(quoted, match.start()):
            continue
        way, period = match["way"].casefold(), match["period"].casefold()
        theirs = {(found["way"].casefold(), found["period"].casefold())
                  for passage in passages for found in _WITHIN.finditer(passage.text)}
        if (_OTHER_WAY[way], period) in theirs and (way, period) not in theirs:
            return [Finding(offset + match.start(), f'time "{match.group()}" turns the cited passages\' '
                                                    f'"{_OTHER_WAY[way]}" the other way: {clipped(text)}',
                            "keep the source's word for when, or cite a passage that says this")]
    return []


def _backed(match: re.Match, passages: list[Cited]) -> bool:
    """Say whether a passage says the relative date itself, or counts a period the time-word check reads."""
    if match.group("recent"):
        return any(_RECENT.search(passage.text) for passage in passages)
    return any(_COUNTED.search(passage.text) for passage in passages)
