"""One clause of a sentence, as the wording checks compare it with a passage's: where it starts and ends around a
word, and the words that carry its content (conditions.py and outcomes.py read clauses alike)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from . import patterns
from .sentences import folded_word

WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
# Characters a clause is read over, either side of the word it is read for: a sentence of thousands of words without
# a break is read near that word, not from its start each time.
WINDOW = 300


def clause_start(text: str, at: int, breaks: re.Pattern) -> int:
    """Return where the clause holding `at` starts: after the last of `breaks` before it, within WINDOW."""
    start = max(0, at - WINDOW)
    return max((match.end() for match in breaks.finditer(text, start, at)), default=start)


def clause_end(text: str, at: int, breaks: re.Pattern) -> int:
    """Return where the clause going on at `at` ends: at the next of `breaks`, within WINDOW."""
    end = breaks.search(text, at, at + WINDOW)
    return end.start() if end else min(len(text), at + WINDOW)


def content_words(text: str, not_content: frozenset[str], names_of_three: bool = False) -> frozenset[str]:
    """Return the words of text of four letters or more that are not in `not_content`, and its figures, folded;
    with `names_of_three`, names of three letters too ("Eli", "Kay")."""
    return frozenset(folded for written in WORD.findall(text)
                     if (written[0].isdigit() or len(written) >= 4
                         or (names_of_three and len(written) == 3 and written[0].isupper()))
                     for folded in (folded_word(written),) if folded not in not_content)  # each word folded once


def restated_unplainly(words: frozenset[str], marked: Iterable[tuple[str, str, frozenset[str]]], passages: Iterable,
                       plain_clauses: Callable[[str], tuple[frozenset[str], ...]], least: int = 2,
                       closer: bool = False) -> tuple[str, str] | None:
    """Return the word and clause of the first of `marked` (a passage's clause given as a belief, a doubt, ...) that
    a sentence's content `words` restate, `least` words in common, where no passage's plain clause, by
    `plain_clauses(passage.text)`, states those words too (with `closer`, all of them but one); None if there is
    none."""
    for shown, clause, clause_words in marked:
        shared = words & clause_words
        if len(shared) < least:
            continue
        # `closer`: "full payment card numbers were accessed" restates "no evidence that full payment card numbers ...
        # were accessed" (5 words), not the plain "partial payment card details" (2) beside it (newuser_108)
        enough = max(least, len(shared) - 1) if closer else least
        if any(len(shared & plain) >= enough for passage in passages for plain in plain_clauses(passage.text)):
            continue  # a passage states the same plainly too
        return shown, clause
    return None
