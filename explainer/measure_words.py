"""What a table's row counts: a `measure` naming what another row of its table measures.

A row's `measure` heads its cells, its chart's bar and its CSV's column, and was read for figures only: "Cut in
interest rate" over cells citing "a cut of 45 percent in the face value of their bonds" built, though the next row's
passage gives the interest rate (tests/test_newuser_97.py). A word of the measure (four letters or more, not one any
measure may add: "number", "total", "annual") that none of the passages its own cells cite holds, while a passage of
another row of the table gives it beside that row's figure and in its measure, names that row's measure: refused,
but for the word two rows open with (rows of one measure told apart by a date or a place, "Seguimiento el 3 de
marzo" and "Seguimiento en 2012"). A word no other row's passage holds is the editors'
paraphrase or the source's context ("Reduction in face value", "Share of the grocery market" of "a 10.1% share" after
"a 14.6% share of the grocery market"), and is not read.
"""

from __future__ import annotations

import re

from . import patterns

_WORD = patterns.compile(r"[^\W\d_]+")
_REACH = 50  # characters: "at an interest rate of 3.5 percent" gives the word beside its row's figure
# words a measure adds to say how it counts, which no passage need hold
_ANY_MEASURE = frozenset({
    "number", "numbers", "total", "totals", "amount", "share", "figure", "figures", "count", "level", "levels",
    "annual", "yearly", "monthly", "weekly", "daily", "average", "mean", "median", "estimate", "estimated", "change",
    "percent", "percentage", "cent", "with", "from", "into", "over", "under", "since", "than", "each", "year", "years",
    "month", "months", "week", "weeks", "days", "people", "size", "rate", "value", "values", "as", "given", "source",
    "sources", "reported", "stated", "nombre", "taux", "montant", "anzahl", "zahl", "betrag", "anteil", "número",
    "cantidad", "tasa", "monto", "pour", "dans", "para", "pro", "jahr", "jahre", "année", "años", "mois",
})


def _opening(measure: str) -> str:
    """Return a measure's first word, folded."""
    words = _WORD.findall(measure)
    return words[0].casefold() if words else ""


def _stem(word: str) -> str:
    """Return a word without a plural's or a verb form's ending, as its kin in a passage start with it."""
    word = word.casefold()
    for ending in ("ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def measure_named_elsewhere(measure: str, quotes: list[str],
                             others: list[tuple[str, list[str], tuple[str, ...]]]) -> tuple[str, str, str]:
    """Return (a word of the measure, the other row's measure, its passage holding it) where the row's own cited
    passages hold no word the measure's word starts, while another row's passage gives it beside a figure of that
    row (`others`: each row's measure, quoted passages and figures as written); or ("", "", "")."""
    held = {word.casefold() for quote in quotes for word in _WORD.findall(quote)}
    for word in _WORD.findall(measure):
        stem = _stem(word)
        if len(word) < 4 or word.casefold() in _ANY_MEASURE or any(other.startswith(stem) for other in held):
            continue
        for other, passages, figures in others:
            if stem not in other.casefold() or _opening(other) == _opening(measure) == word.casefold():
                continue  # rows of one measure told apart by a date or a place: "Seguimiento el 3 de marzo", "... en 2012"
            beside = rf"(?<![\d.,]){'|'.join(re.escape(figure) for figure in figures)}(?!\d)" if figures else ""
            for quote in passages:
                if beside and any(re.search(beside, quote[max(0, match.start() - _REACH):match.end() + _REACH])
                                  for match in re.finditer(rf"(?<!\w){re.escape(stem)}", quote, re.IGNORECASE)):
                    return word, other, quote
    return "", "", ""
