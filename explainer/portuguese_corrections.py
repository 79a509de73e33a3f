"""A Portuguese correction note's wrong figure not told as current: "A sentença beneficia 1.420 trabalhadores" may not
cite "Correção: Uma versão anterior desta reportagem informou que a sentença beneficia 1.420 trabalhadores. O número
correto é 1.240 trabalhadores."

A note (a paragraph holding "versão anterior", "Correção" or "erroneamente"/"incorretamente") takes back each figure
and date of what it says the report "informou que" (or "dizia que", "publicou que") up to that sentence's end or a
semicolon: "A reportagem também informou que o recurso foi apresentado em 19 de outubro; ele foi apresentado em 20 de
outubro" takes back 19. A sentence stating such a figure, where the cited passages give it nowhere else, is refused,
unless it tells it as the earlier version's ("uma versão anterior", "informou", "inicialmente", "antes") or sets it
aside ("e não 1.420", "em vez de 1.420", "não 19"). Text in Portuguese only (`pt`, revised.py reads English); words in
quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .portuguese_rulings import in_portuguese
from .sentences import markers_blanked

_NOTE = patterns.compile(r"(?<!\w)(?:versão\s+anterior|correção|erroneamente|incorretamente)(?!\w)", re.IGNORECASE)
# What the wrong version said: after "informou que", to the end of its sentence or a semicolon (a figure's own dots
# and commas, "1.420", are followed by a digit and end nothing).
_SAID = patterns.compile(r"(?<!\w)(?:informou|informava|dizia|disse|publicou|afirmou)(?:\s+(?:erroneamente|"
                         r"incorretamente))?\s+que\s+(?P<said>.+?)(?=[.;!?](?!\d)|$)", re.IGNORECASE | re.DOTALL)
_FIGURE = patterns.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])\d+(?:,\d+)?(?![\w]|[.,]\d)")
# A sentence's words that tell a figure as the earlier version's, or set it aside.
_AS_EARLIER = patterns.compile(r"(?<!\w)(?:versão\s+anterior|informou|informara|inicialmente|antes|anteriormente"
                               r"|erroneamente|incorretamente|corrig\w*|errad[oa]s?)(?!\w)", re.IGNORECASE)
_SET_ASIDE_BEFORE = patterns.compile(r"(?<!\w)(?:não|e\s+não|em\s+vez\s+de|ao\s+invés\s+de|no\s+lugar\s+de)\s+"
                                     r"(?:d[eoa]s?\s+|em\s+|no\s+dia\s+)?$", re.IGNORECASE)  # "não no dia 19"


def corrected_figure_as_current(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence states a figure a cited correction note takes back."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    if not _FIGURE.search(spoken) or _AS_EARLIER.search(spoken):
        return []
    taken_back, kept = _taken_back(passages)
    for found in _FIGURE.finditer(spoken):
        figure = found.group()
        if figure in taken_back and figure not in kept and not _SET_ASIDE_BEFORE.search(spoken[:found.start()]):
            return [Finding(offset + found.start(), f"this sentence states {figure} as current, but its cited "
                                                    f"passages name it as what an earlier version wrongly said: "
                                                    f"{clipped(text)}",
                            "give the corrected figure, or say it was the earlier version's ('uma versão anterior "
                            "informou ...')")]
    return []


def _taken_back(passages: list[Cited]) -> tuple[set[str], set[str]]:
    """Return the figures cited correction notes take back, and the figures the passages give outside them."""
    taken_back: set[str] = set()
    kept: set[str] = set()
    for passage in passages:
        rest = passage.text
        if _NOTE.search(passage.text):
            for said in _SAID.finditer(passage.text):
                taken_back.update(found.group() for found in _FIGURE.finditer(said["said"]))
                rest = rest.replace(said["said"], " ")
        kept.update(found.group() for found in _FIGURE.finditer(rest))
    return taken_back, kept
