"""A name not swapped for another: "bolstered by equipment from its main defense partner India" may not cite "... its
main defense partner China".

A country, a company or a person the sentence names, and no cited passage does, built wherever its words around it
stood: the figures, quotations and parties checks read none of it. A capitalised word of a sentence (not its first) that
no cited passage holds is refused where the two words before it, lowercase and each of four letters or more, stand in a
cited passage before another capitalised word the sentence does not hold ("partner India" for "partner China"). A
party's words (its name, short name and aliases: swapped.py reads parties swapped), a name beginning as the passage's
does ("Chinese" for "China", "March" for "Mar"), a month or a day (the date checks'), a name the passages give elsewhere
and words in quotation marks are not read. English text is read.

A name no cited source names anywhere is refused too (`names_unbacked`): "Talks between Norvania and Germany broke
off" citing "Talks between the two governments broke off", of a report that never names Germany, built. A
capitalised word (not the sentence's first, nor after a colon, a dash or an opening quotation mark) is backed by any
word of the cited sources, or of their titles, publishers and authors in sources.yaml, that begins with the same five
letters ("Norvanian" by "Norvania"), and by a party's words (tests/test_newuser_100.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import folded_word
from .sentences import inside, markers_blanked

_TOKEN = patterns.compile(r"[A-Za-z][a-z]*(?:['’][a-z]+)?|[^\w\s]|\d[\d,.]*")
_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w-])")
# Two words before a name that place nothing: the words of saying and of time
_NOT_PLACING = frozenset({"said", "says", "told", "from", "with", "that", "according", "when", "where", "which",
                          "while", "also", "both", "between", "including", "like", "such", "than", "then", "said,"})
_SAME_START = 4
# Months and days are the date checks' ("in May" for "in March")
_DATES = frozenset("January February March April May June July August September October November December Monday "
                   "Tuesday Wednesday Thursday Friday Saturday Sunday Sept Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec "
                   "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())  # a date's words are the date checks' to read


def swapped_names(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                  parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names, after two words a cited passage has, a name where the passage names
    another and no passage names the sentence's."""
    if not in_english(language) or not text.isascii():
        return []
    spoken = markers_blanked(text)
    names = [match for match in _NAME.finditer(spoken) if match.start() > 0 and match.group() not in _DATES]
    if not names:
        return []
    held = " ".join(passage.text for passage in passages).casefold()
    party = frozenset().union(*(words for _, words in parties))
    unheld = [match for match in names if match.group().casefold() not in held
              and folded_word(match.group()) not in party]
    if not unheld:
        return []  # most sentences' names are their passages'
    quoted = quoted_parts(spoken)
    own = {match.group().casefold() for match in names}
    for match in unheld:
        before = _two_before(spoken, match.start())
        if before is None or inside(quoted, match.start()):
            continue
        for passage in passages:
            other = _named_after(passage.text, before, own)
            start = min(_SAME_START, len(other), len(match.group()))
            if other and other[:start].casefold() != match.group()[:start].casefold():
                return [Finding(offset, f"this sentence names '{match.group()}' where its cited passages name "
                                        f"'{other}' ('{' '.join(before)} {other}'): {clipped(text)}",
                                "keep the source's name, or cite a passage that names this one")]
    return []


# where a sentence starts again within the text: after a colon, a dash or an opening quotation mark, a capital is no
# name's ("Two reasons: Cheap imports ...")
_OPENS = patterns.compile(r"(?:[.:;!?][\[\]\d)\"”’]*|[—–]|[\"“‘(])\s*$")  # ".[1] Talks began": a note's number between
_WORD = patterns.compile(r"[^\W\d_]+")
_BACKED_START = 5  # a name is backed by a word beginning with its first five letters ("Norvanian" by "Norvania's")


@functools.lru_cache(maxsize=256)  # a source is read once, however many sentences cite it
def source_words(*texts: str) -> str:
    """Return the words a source and its description name, each by its first five letters folded, sorted, one space
    apart: what a sentence's names are looked up in (a short key for the checks' kept findings)."""
    return " ".join(sorted({word[:_BACKED_START] for text in texts for word in _WORD.findall(text.casefold())}))


@functools.lru_cache(maxsize=64)  # one set a source, however many sentences cite it
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def names_unbacked(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                   parties: tuple[tuple[str, frozenset[str]], ...] = (), words: str = "") -> list[Finding]:
    """Return a finding for the first name text gives that no cited source names anywhere (`words`, made by
    source_words), where swapped_names.py names no swap."""
    if not words or not in_english(language) or not text.isascii():
        return []
    spoken = markers_blanked(text)
    party = frozenset().union(*(party_words for _, party_words in parties))
    known = None
    quoted = None
    for match in _NAME.finditer(spoken):
        name = match.group()
        if match.start() == 0 or name in _DATES or folded_word(name) in party:
            continue  # most sentences' names are their passages'
        if known is None:
            known, quoted = _word_set(words), quoted_parts(spoken)
        start = name.casefold()[:_BACKED_START]
        if (start in known or any(word.startswith(start) for word in party) or inside(quoted, match.start())
                or _OPENS.search(spoken, max(0, match.start() - 12), match.start())):
            continue
        if swapped_names(text, passages, offset, language, parties):
            return []  # named once, as the name swapped
        return [Finding(offset, f"this sentence names '{name}', which no source it cites names: {clipped(text)}",
                        "leave the name out, or cite a source that names it")]
    return []


def _two_before(text: str, at: int) -> tuple[str, str] | None:
    """Return the two lowercase words right before `at`, where one of them places the name; else None."""
    tokens = _TOKEN.findall(text[max(0, at - 60):at])
    if len(tokens) < 2:
        return None
    first, second = tokens[-2], tokens[-1]
    if not (first.isalpha() and second.isalpha() and first.islower() and second.islower()):
        return None
    if not all(len(word) >= 4 and word not in _NOT_PLACING for word in (first, second)):
        return None  # "of the vote in Valdoria's" for "in Sunday's": a place word and a time word
    return first, second


def _named_after(text: str, before: tuple[str, str], own: set[str]) -> str:
    """Return the capitalised word a passage writes right after the two words, not one the sentence names; or ""."""
    found = re.search(rf"(?<![\w-]){before[0]}\s+{before[1]}\s+([A-Z][a-z]{{2,}})(?![\w-])", text)
    if found is None or found.group(1).casefold() in own or found.group(1) in _DATES:
        return ""
    return found.group(1)
