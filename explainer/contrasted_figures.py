"""A figure set against kept apart: "Its members landed 27,800 tonnes" may not cite "Its members landed 25,900 tonnes
in 2025, it says, not the 27,800 tonnes Norland cites".

A passage may give a figure only to set it against its own: "not the 27,800 tonnes Norland cites", "fewer than the
150 the association had announced", "instead of the 30 percent the ministry proposed". Such a figure is another's
(the giver the phrase names before its verb of giving) and is denied or outdone where it stands: a sentence stating
it as the count of what the passage counts, naming neither that giver nor any contrast, turns the figure the source
rejects into the one it gives. A sentence is refused where every figure of the passages equal to one it states
stands in such a phrase ("not", "than", "instead of", "rather than", then "the", the figure, its giver and a verb of
giving: "cites", "announced", "gave", "claimed", ...), and it holds no word of the giver's (four letters or more),
nor the verb, nor a word of contrast or of another's figure ("not", "than", "instead", "disputes", "revised",
"from", "announced", ...). English is read (tests/test_newuser_110.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in
from .sentences import markers_blanked

_BEFORE = patterns.compile(r"(?<!\w)(?:not|than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_GIVING = (r"cites|cited|announced|announces|gave|gives|claimed|claims|reported|reports|forecast|predicted"
           r"|expected|proposed|proposes|estimated|estimates|put|puts|promised|demanded|sought|quoted|counted")
# the giver after the figure, past the noun a plain count counts ("27,800 tonnes Norland cites"); a figure with its
# unit ("8 percent analysts had expected") has none
_GIVER = (r"\s+(?P<giver>(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?)(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
          r"(?P<verb>" + _GIVING + r")(?!\w)")
_AFTER_COUNT = patterns.compile(r"(?:\s+(?!the\b|its\b|their\b)[a-z]+)?" + _GIVER)
_AFTER_UNIT = patterns.compile(_GIVER)
# what keeps a figure another's, or set against the one given: a sentence holding one tells it as the source does
_CONTRAST = frozenset({"not", "than", "instead", "rather", "compared", "against", "unlike", "versus", "whereas",
                       "while", "dispute", "disputes", "disputed", "contest", "contests", "contested", "reject",
                       "rejects", "rejected", "revised", "revises", "from", "earlier", "previous", "previously",
                       "initially", "originally", "cites", "cited", "announced", "claimed", "claims", "expected",
                       "forecast", "predicted", "proposed", "estimated", "promised"})
_WORD = patterns.compile(r"[\w'’-]+")
_SMALL = frozenset({"the", "its", "their", "had", "has", "have", "was", "were"})
# no giver: "not 1,250 as first reported" sets a report's figure aside, set_aside_figures.py's to read
_NO_GIVER = frozenset({"first", "previously", "initially", "originally", "earlier", "wrongly", "mistakenly", "widely",
                       "officially", "last", "also", "then"})


def _values(mention) -> frozenset:
    return frozenset(q.value for q in mention.quantities)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _set_against(text: str, language: str) -> tuple[tuple[frozenset, frozenset, bool], ...]:
    """Return each figure of a passage: its values, the words naming another's giving of it where it stands in a
    contrast ("Norland", "cites"), and whether it does."""
    found = []
    for mention in mentions_in(text, language):
        if mention.kind != "figure":
            continue
        plain = all(not q.unit for q in mention.quantities)
        after = (_AFTER_COUNT if plain else _AFTER_UNIT).match(text, mention.end)
        contrasted = bool(_BEFORE.search(text, max(0, mention.start - 20), mention.start)) and after is not None
        giver = frozenset(word.casefold() for word in _WORD.findall(after["giver"])
                          if len(word) >= 4 and word.casefold() not in _SMALL) - _NO_GIVER if contrasted else frozenset()
        # "more than the 300 it reported a year earlier" sets a figure against its own giver's earlier one: no other's
        contrasted = contrasted and bool(giver)
        words = giver | {after["verb"].casefold()} if contrasted else frozenset()
        found.append((_values(mention), words, contrasted))
    return tuple(found)


def contrasted_figure_told_as_given(text: str, passages: list[Cited], offset: int = 0,
                                    language: str = "") -> list[Finding]:
    """Return a finding when English text states a figure its passages give only as another's, set against theirs."""
    if not in_english(language) or not any(" not " in p.text or " than " in p.text or "instead of" in p.text
                                           for p in passages):
        return []
    spoken = markers_blanked(text)
    said = frozenset(word.casefold() for word in _WORD.findall(spoken))
    if said & _CONTRAST:
        return []
    for mention in mentions_in(spoken, language):
        if mention.kind != "figure":
            continue
        mine = _values(mention)
        standing = [(words, contrasted) for p in passages for values, words, contrasted
                    in _set_against(p.text, p.language or language) if values & mine]
        if standing and all(contrasted for _, contrasted in standing) and not any(
                words & said for words, _ in standing):
            giver = " ".join(sorted(standing[0][0]))
            return [Finding(offset, f"this sentence states {mention.text.strip()} as given, but its cited passages give "
                                    f"it only as another's figure they set against their own ('{giver}'): "
                                    f"{clipped(text)}",
                            "say whose figure it is and that the source sets it against another, or state the "
                            "source's own figure")]
    return []
