"""Counts kept with whoever gives them: "Plus de 3 000 manifestants ont défilé selon la préfecture" may not cite "plus
de 3 000 manifestants selon les organisateurs, 1 800 selon la préfecture".

A report of a march, a strike or a toll often sets two counts side by side, each with its giver after it ("selon",
"d'après", "according to"). Every figure and every giver's name of the swapped sentence stands in the passage, and the
speaker check finds the préfecture named there: it built. A passage that gives two or more givers a figure each, the
figure right before its giver (no other giver between), now backs a sentence giving one giver a figure only where it is
that giver's; giving it to another the passage names refuses it. A passage giving the figure to the sentence's giver
as well backs it (tests/test_newuser_63.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import mentions_in

# The giver after "selon", "d'après" or "according to": its words up to a stop, a comma or a figure
_GIVER = patterns.compile(r"(?<!\w)(?:selon|d['’]\s*après|according\s+to)\s+(?P<who>[^\W\d_][^,;.:!?()«»\"“”\d]{0,60}"
                          r"?)(?=\s*(?:[,;.:!?()«»\"“”]|\d|$|\s+(?:et|and|contre|against|ont|a|have|has|had)\s))",
                          re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_GATE = ("selon", "Selon", "après", "ccording")


def counts_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure to one giver ("selon la préfecture") that a cited passage sets beside
    another giver, while giving that one another figure."""
    if not any(word in text for word in _GATE):
        return []
    givers = list(_GIVER.finditer(text))
    if len(givers) != 1:
        return []
    own = _words(givers[0]["who"])
    figures = {q.value for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities}
    if not own or not figures:
        return []
    for passage in passages:
        if not any(word in passage.text for word in _GATE):
            continue
        pairs = _pairs(passage.text, passage.language or language)
        if len({who for _, who, _ in pairs}) < 2:
            continue
        for value in sorted(figures):
            theirs = [(who, shown) for given, who, shown in pairs if given == value]
            if not theirs or any(own & who for who, _ in theirs):
                continue
            other = next((shown for given, who, shown in pairs if own & who and given != value), None)
            if other is not None:
                return [Finding(offset, f"this sentence gives {_shown(value, text, language)} to "
                                        f"'{givers[0]['who'].strip()}', where its cited passages give it to "
                                        f"'{theirs[0][1]}' ({clipped(passage.text, 120)}): {clipped(text)}",
                                "give each count to whoever the source gives it to")]
    return []


def _pairs(text: str, language: str) -> list[tuple[object, frozenset[str], str]]:
    """Return each figure a passage gives a giver right after it ("3 000 ... selon les organisateurs"), with the
    giver's words and name as written."""
    figures = [m for m in mentions_in(text, language) if m.kind == "figure"]
    found, start = [], 0
    for giver in _GIVER.finditer(text):
        before = [m for m in figures if start <= m.start and m.end <= giver.start()]
        if before:
            found.extend((q.value, _words(giver["who"]), giver["who"].strip()) for q in before[-1].quantities)
        start = giver.end()
    return found


def _words(who: str) -> frozenset[str]:
    """Return the words of four letters or more that name a giver, folded."""
    return frozenset(word.casefold() for word in _WORD.findall(who))


def _shown(value, text: str, language: str) -> str:
    """Return the figure as the sentence writes it."""
    return next((m.text for m in mentions_in(text, language) if m.kind == "figure"
                 and any(q.value == value for q in m.quantities)), str(value))
