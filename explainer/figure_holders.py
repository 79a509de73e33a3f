"""A figure kept to the party whose figure it is: "The government's figure of 3.4 tonnes" may not cite "Velmar
Chemicals revised its figure for the chlorine ... from 1.2 tonnes to 3.4 tonnes" beside "The regional government
still puts it at 8 tonnes".

A text holds a figure for a party where a figure follows, in the same sentence, a holder's word: a possessive before
"figure", "estimate", "count" or "tally" ("the company's figure of", "Eastmarch's own estimate"), or "its figure",
"its estimate" or "puts it at" ("puts the figure at") after the party its sentence names last. A party is named by a
word of it (capitalised, or lowercase after "the": "the region's"), by an alias of a few lowercase words whole ("the
regional government"), or by the last word of such an alias where one party alone has it ("the government"). A
sentence is refused where it holds a figure for a party that its cited passages hold only for others: the figure is
another's. English text is read; words in quotation marks are not (tests/test_factcheck_126.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .numbers import mentions_in
from .owners import named_in_lowercase
from .party_figures import party_of
from .sentences import folded_word, markers_blanked, split_sentences

_HOLDER = patterns.compile(
    r"(?<![\w'’-])(?:(?P<owner>[A-Za-z][\w-]*)['’]s?|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:figure|estimate|count|tally)s?"
    r"(?![\w-])|(?<!\w)puts?\s+(?:it|them|the\s+(?:figure|number|total|toll))\s+at(?!\w)")
# a holder's figures end at another's: "the region's 8 tonnes, while the company's ..."
_OTHERS = patterns.compile(r";|\s(?:while|whereas|than|but)\s")
_WORD = patterns.compile(r"(?<![\w'’-])[A-Za-z][\w-]*")
_LOOK_BACK = 160  # how far before "its figure" its party is sought: a bound keeps a long sentence's reading linear
_HOLDING_WORDS = ("figure", "estimate", "count", "tally", "put")

Holding = tuple[frozenset[str], frozenset[Decimal], str]  # who, which values, the words as written


def figure_of_another_holder(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                             parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text holds a figure for a party its passages hold it for others only."""
    if len(parties) < 2 or not in_english(language) or not any(word in text for word in _HOLDING_WORDS):
        return []
    for who, values, shown in _holdings(unquoted(markers_blanked(text)), language, parties):
        for value in sorted(values):
            theirs = [held for passage in passages if in_english(passage.language)
                      for held in _holdings(passage.text, passage.language, parties) if value in held[1]]
            if theirs and not any(held[0] & who for held in theirs):
                return [Finding(offset, f"this sentence gives '{shown}' where its cited passages give the figure to "
                                        f"another ('{theirs[0][2]}'): {clipped(text)}",
                                "give the figure to the party the source gives it to")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _holdings(text: str, language: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Holding, ...]:
    """Return each party text holds figures for, with the figures' values and the holder's words."""
    if not any(word in text for word in _HOLDING_WORDS):
        return ()
    figures = [m for m in mentions_in(text, language) if m.kind == "figure"]
    found = []
    for sentence in split_sentences(text, language):
        matches = list(_HOLDER.finditer(text, sentence.start, sentence.end))
        for index, holder in enumerate(matches):
            stop = matches[index + 1].start() if index + 1 < len(matches) else sentence.end
            other = _OTHERS.search(text, holder.end(), stop)
            stop = other.start() if other else stop
            held = [m for m in figures if holder.end() <= m.start < stop]
            values = frozenset(q.value for m in held for q in m.quantities)
            who = (_owner(text, holder, parties) if holder["owner"]
                   else _last_named(text[max(sentence.start, holder.start() - _LOOK_BACK):holder.start()], parties))
            if values and who:
                found.append((who, values, " ".join(text[holder.start():held[-1].end].split())))
    return tuple(found)


def _owner(text: str, holder: re.Match, parties) -> frozenset[str]:
    """Return the parties a possessive holder names: "the company's", "Velmar's", "the government's"."""
    word = holder["owner"]
    if word[0].isupper() and word.casefold() not in ("the", "its", "their"):
        named = party_of(word, parties)
        if named:
            return named
    written = " ".join(text[max(0, holder.start() - 40):holder.start()].split() + [word]).casefold()
    whole = frozenset(party for party, words in parties for phrase in words
                      if phrase.startswith("the_") and written.endswith(phrase.replace("_", " ")))
    before = written.split()[-2:-1]
    if whole or (before and before[0] != "the"):
        return whole  # "the regional government's": an alias whole; "a government's" names no one
    return named_in_lowercase("the", word.lower(), parties) or _by_alias_end(folded_word(word), parties)


def _last_named(text: str, parties) -> frozenset[str]:
    """Return the parties text names last: by a word of theirs, an alias whole, or an alias's last word after "the"."""
    last, named = -1, frozenset()
    folded = text.casefold()
    for party, words in parties:
        for phrase in words:
            if phrase.startswith("the_"):  # an alias of lowercase words whole (owners.alias_phrase)
                at = folded.rfind(phrase.replace("_", " "))
                if at > last:
                    last, named = at, frozenset({party})
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words):
        if word.start() <= last:
            continue
        before = words[index - 1].group() if index else ""
        found = (party_of(word.group(), parties) if word.group()[0].isupper()
                 else named_in_lowercase(before, word.group(), parties)
                 or (_by_alias_end(folded_word(word.group()), parties) if before.casefold() == "the" else frozenset()))
        if found:
            last, named = word.start(), found
    return named


def _by_alias_end(word: str, parties) -> frozenset[str]:
    """Return the one party an alias of which ends with `word` ("the regional government": "government"), or none."""
    found = frozenset(party for party, words in parties
                      if any(phrase.startswith("the_") and phrase.endswith("_" + word) for phrase in words))
    return found if len(found) == 1 else frozenset()
