"""A figure counted with its people left out, after another figure of the same clause: "274 Taliban fighters have
been killed and more than 400 injured" counts 400 fighters, "Taliban fighters killed, 11 wounded" 11.

counted.py reads the people named right after a figure, and a figure named by none stands for anyone: a claim's
`measure: Taliban civilians wounded, value: 11` citing "Kabul have acknowledged Taliban fighters killed, 11 wounded,
and 13 civilians injured" built (factcheck_220). A figure right before an act ("11 wounded", "more than 400 injured",
"18 dead") counts the people of the last kind its clause (up to a ".", ";" or ":") names before it, with no verb of
being between them ("... were killed. 20 were injured" is another clause). English only; people at large ("people",
"others") say nothing of a kind.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .counted import _KINDS

_KIND = patterns.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{words})(?![\w-]))" for kind, words in _KINDS.items()),
                         re.IGNORECASE)
_ACTS = r"killed|wounded|injured|hurt|dead"
_CLAUSE_END = patterns.compile(r"[.;:](?!\d)")
_BEING = patterns.compile(r"(?<![\w-])(?:were|was|are|is)(?![\w-])")


def kind_of(words: str) -> tuple[str, str]:
    """Return (kind, as written) of the last people words name ("Taliban fighters": fighters), or ("", "")."""
    found = list(_KIND.finditer(words))
    return (found[-1].lastgroup, found[-1].group()) if found else ("", "")


def kinds_named(words: str) -> frozenset[str]:
    """Return the kinds of people words name: "Soldiers and civilians wounded" names two."""
    return frozenset(found.lastgroup for found in _KIND.finditer(words))


def elided_kind(figure: str, passages: list[Cited]) -> tuple[str, str]:
    """Return (kind, as written) of the people every cited passage giving `figure` ("11", "1,200") bare before an act
    counts by it, from the clause before; ("", "") where a passage gives it otherwise or none gives it so."""
    bare = re.compile(rf"(?<![\w.,]){re.escape(figure)}(?![\d,.]\d)(?=\s+(?:{_ACTS})(?![\w-]))")
    kinds = set()
    for passage in passages:
        found = bare.search(passage.text)
        if not found:
            if re.search(rf"(?<![\w.,]){re.escape(figure)}(?![\d,.]\d)", passage.text):
                return "", ""  # given otherwise: counted.py's
            continue
        before = passage.text[:found.start()]
        ends = list(_CLAUSE_END.finditer(before))
        clause = before[ends[-1].end():] if ends else before
        kind = kind_of(clause)
        if not kind[0] or kind[0] == "people" or _BEING.search(clause, clause.lower().rfind(kind[1].lower())):
            return "", ""
        kinds.add(kind)
    return next(iter(kinds)) if len({kind for kind, _ in kinds}) == 1 else ("", "")
