"""A German lead kept the way round its passage gives it: "Im Wahlkreis 14 liegt die Bewerberin der NSD mit 37 Stimmen
vor dem Bewerber der UNM" may not cite "liegt ... der Bewerber der UNM, Jonas Reinholdt, mit 37 Stimmen vor der
Bewerberin der NSD" (tests/fixtures/newuser_116): every word stands in the passage, the two sides turned round.

A clause of leading ("liegt", "lag", "liegen", "lagen", "Vorsprung") gives the one ahead before "vor" and the one
behind right after it ("vor der Bewerberin der NSD, Lea Brandstätter"), or the one behind before "hinter" and the one
ahead after it. Each side is read as the stems of its capitalised words (a hyphenated compound's parts apart: "NSD",
"Bewerberin"), so words both sides share ("Bewerber") name neither. A German sentence is refused where it sets ahead
a word a passage sets only behind, and behind a word that passage sets only ahead, and no passage gives its way round
(tests/test_factcheck_193.py).
"""

from __future__ import annotations

from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_LEADING = patterns.compile(r"(?<![\w-])(?:liegt|lag|liegen|lagen|liege|läge|Vorsprung)(?![\w-])")
# the side right after "vor" or "hinter": articles, capitalised words and the commas of an apposition
_SIDE_AFTER = patterns.compile(r"(?<![\w-])(?P<way>vor|hinter)\s+(?P<side>(?:(?:der|dem|den|des|von|vom)\s+"
                               r"|[A-ZÄÖÜ][\w'’-]*(?:\s*,\s*|\s+)?)+)")
_CLAUSE_END = patterns.compile(r"[.;:!?]\s|\n\s*\n")  # a line broken inside a sentence goes on
_PART = patterns.compile(r"[^\W\d_]+")
_STEM = 5


class Lead(NamedTuple):
    """The stems naming the one ahead and the one behind, and the words as written."""

    ahead: frozenset[str]
    behind: frozenset[str]
    written: str


def lead_turned_round(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence sets ahead the one its cited passages set behind, and the reverse."""
    if (language or "").split("-")[0].lower() != "de" or " vor " not in text and " hinter " not in text:
        return []
    theirs = [lead for passage in passages for lead in _leads(passage.text)]
    if not theirs:
        return []  # most passages give no lead: found without reading the sentence
    for mine in _leads(unquoted(markers_blanked(text))):
        kept = any(mine.ahead & (lead.ahead - lead.behind) and mine.behind & (lead.behind - lead.ahead)
                   for lead in theirs)
        turned = next((lead for lead in theirs if mine.ahead & (lead.behind - lead.ahead)
                       and mine.behind & (lead.ahead - lead.behind)), None)
        if turned is not None and not kept:
            return [Finding(offset + max(text.find(mine.written), 0),
                            f"this sentence sets ahead the one its cited passages set behind ('{turned.written}'): "
                            f"{clipped(text)}",
                            "give the lead the way round the source gives it, or cite the passage that gives it so")]
    return []


def _leads(text: str) -> list[Lead]:
    """Return the leads a German text gives: each clause of leading's sides before and after "vor" or "hinter"."""
    leads = []
    for side in _SIDE_AFTER.finditer(text):
        start = max((end.end() for end in _CLAUSE_END.finditer(text, 0, side.start())), default=0)
        before = text[start:side.start()]
        if not _LEADING.search(before + side.group("side")):
            continue
        first, second = _stems(before), _stems(side.group("side"))
        ahead, behind = (first, second) if side.group("way") == "vor" else (second, first)
        leads.append(Lead(ahead, behind, " ".join(text[start:side.end()].split()).rstrip(", ")))
    return leads


def _stems(words: str) -> frozenset[str]:
    """Return the stems of a side's capitalised words, a compound's parts apart: "der NSD-Bewerberin" -> {"nsd",
    "bewer"}."""
    return frozenset(part.casefold()[:_STEM] for part in _PART.findall(words) if part[0].isupper())
