"""A German estimate told as a fact (tests/test_factcheck_219.py): "Der Schaden für die Industrie beträgt bis zu 100
Millionen Euro pro Streiktag" citing "Der Verband der Güterverkehrskunden schätzt den Schaden für die Industrie auf
bis zu 100 Millionen Euro pro Streiktag" built, the figure and the damage both in the passage (french_estimates.py
reads French's "estime ses pertes à").

Read narrowly: a form of "schätzen", "beziffern" or "veranschlagen", then an article or possessive, a noun and "auf"
before a figure ("schätzt den Schaden ... auf bis zu 100 Millionen", "beziffert seine Kosten auf 3 Millionen"); a
sentence giving that figure and naming that noun (its first five letters) is refused where it keeps no estimate nor
anyone's word ("schätzt", "Schätzung", "geschätzt", "beziffert", "laut", "zufolge", "nach Angaben", "sagte", ...) and
no cited passage gives the figure outside the estimate.

Not read: an estimate without "auf" ("Der Schaden dürfte ... betragen"), one named by a noun ("nach Schätzungen").
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_FIGURE = r"\d[\d.]*(?:,\d+)?"
_ESTIMATED = patterns.compile(
    r"(?<!\w)(?:schätz|beziffer|veranschlag)\w*\s+(?:den|die|das|ihren|seinen|ihre|seine|deren|dessen)\s+"
    r"(?P<thing>[^\W\d_]{4,})(?:\s+[^\W\d_]+){0,5}?\s+auf\s+(?:(?:bis\s+zu|rund|etwa|mehr\s+als|über|mindestens"
    rf"|knapp|gut)\s+)?(?P<figure>{_FIGURE})", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:\w*schätz\w*|beziffer\w*|veranschlag\w*|laut|zufolge|\w*angaben|einschätzung"
                         r"|ansicht|auffassung|sagt\w*|sagen|erklär\w*|teilt\w*|berichtet\w*|meldet\w*|angeblich"
                         r"|vermutlich|dürfte\w*|könnte\w*|soll|sollen|wohl|spricht|sprach|geht\s+von|klagt\w*|beklagt\w*"
                         r"|warnt\w*|fürchtet\w*|befürchtet\w*|angegeben|nennt|nannte|genannt"
                         # "gibt ihre Ausgaben mit 29,8 Mio. Euro an": a giver's word, its prefix at the clause's end
                         r"|(?:gibt|gab|geben|gaben)\s[^;:]*?\san(?=\W*$))(?!\w)",
                         re.IGNORECASE)


def estimate_told_as_fact_in_german(text: str, passages: list[Cited], offset: int = 0,
                                    language: str = "") -> list[Finding]:
    """Return a finding where a German sentence gives as fact a figure its cited passages give only as estimated."""
    if (language or "").split("-")[0].lower() != "de" or _KEPT.search(text) or not re.search(r"\d", text):
        return []
    figures = set(re.findall(_FIGURE, text))
    words = {word.casefold()[:5] for word in re.findall(r"[^\W\d_]+", text)}
    for passage in passages:
        for found in _ESTIMATED.finditer(passage.text):
            if found["figure"] in figures and found["thing"].casefold()[:5] in words \
                    and not _given_otherwise(found["figure"], passages, found):
                return [Finding(offset, f"this sentence gives as fact what its cited passage gives only as estimated "
                                        f"('{' '.join(found.group().split())}'): {clipped(text)}",
                                "keep the estimate and who makes it (\"der Verband schätzt den Schaden auf ...\"), "
                                "or cite a passage that gives the figure as fact")]
    return []


def _given_otherwise(figure: str, passages: list[Cited], estimate: re.Match) -> bool:
    """Say whether a cited passage gives the figure outside the estimate found."""
    for passage in passages:
        for found in re.finditer(_FIGURE, passage.text):
            inside = passage.text is estimate.string and estimate.start() <= found.start() < estimate.end()
            if found.group() == figure and not inside:
                return True
    return False
