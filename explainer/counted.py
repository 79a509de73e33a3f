"""Figures kept to whom they count: "13 Taliban fighters injured" may not cite "13 civilians injured", nor "killed 40
soldiers" a passage's "40 militants".

A figure counts the people named right after it, at most two words between ("274 Taliban fighters", "55 Pakistani
soldiers", "13 civilians"), and people are of a kind: civilians; soldiers ("troops", "servicemen", "personnel");
fighters ("militants", "insurgents", "rebels", "combatants", "gunmen", "jihadists"); police ("policemen", "police
officers"); children; women; journalists; protesters ("demonstrators"); prisoners ("detainees"); or people at large
("people", "persons", "others", "individuals"). A sentence is refused where it gives a figure a kind and every cited
passage giving that figure gives it another kind (people at large say nothing of soldiers or civilians), and none
gives it unnamed. A figure may be written in words ("Forty soldiers", "twelve children"), read as explainer/numbers.py
reads them, so "Forty soldiers" citing "40 civilians" is refused as "40 soldiers" is. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_KINDS = {"civilians": "civilian|civilians|non-combatants", "soldiers": "soldiers?|troops|servicem[ae]n|personnel",
          "fighters": "fighters?|militants?|insurgents?|rebels?|combatants?|gunm[ae]n|jihadists?",
          "police": "police|policem[ae]n|police\\s+officers", "children": "children|child|minors",
          "women": "women", "journalists": "journalists?|reporters", "protesters": "protest[eo]rs?|demonstrators?",
          "prisoners": "prisoners?|detainees?", "people": "people|persons|others|individuals"}
_FIGURE = (r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?![\d,.]\d)|" + numbers.COUNT_IN_WORDS)
_STOPS = ("and|or|but|of|in|on|at|by|to|from|the|who|which|that|were|was|are|is|have|has|had|been|be|more|than|per"
          "|percent|killed|injured|wounded|dead")
# a possessive between counts its owners, not the people after it: "the two sides' soldiers"
_BETWEEN = rf"\s+(?!(?:{_STOPS})\b)(?![A-Za-z-]+['’]s?(?!\w))[A-Za-z'’-]+"
# a figure quoted without the people after it counts them still: 'had killed "more than 30" Valdorian fighters'
_COUNTED = patterns.compile(rf"(?P<figure>{_FIGURE})[\"”]?(?:{_BETWEEN}){{0,2}}?\s+(?:"
                            + "|".join(rf"(?P<{kind}>{words})" for kind, words in _KINDS.items()) + r")(?![\w-])",
                            re.IGNORECASE)
_ANY_FIGURE = patterns.compile(_FIGURE)


def swapped_counted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure as counting people of one kind where every cited passage giving the
    figure counts another kind by it."""
    found = counted_otherwise(text, passages, language)
    if found is None:
        return []
    figure, shown, their, at = found
    return [Finding(offset + at, f"this sentence gives {figure} as '{shown}' where its cited passages count "
                                 f"'{their}' by it: {clipped(text)}",
                    "give each figure whom the source counts by it, or cite the passage that says this")]


def counted_otherwise(text: str, passages: list[Cited], language: str = "") -> tuple[str, str, str, int] | None:
    """Return (figure as written, the people text counts by it, those the passages count, where) for the first figure
    text gives as counting people of one kind where every cited passage giving it counts another kind; else None."""
    if not in_english(language) or not passages or not numbers.may_count(text):
        return None
    own = _counted(markers_blanked(text))
    if not any(kind for kind, _, _ in own.values()):
        return None
    theirs = [_counted(passage.text) for passage in passages if in_english(passage.language or language)]
    found = relabelled(own, theirs, quoted_parts(text), skipped="people")
    if found is None:
        return None
    figure, shown, their, at = found
    written = _ANY_FIGURE.match(markers_blanked(text), at).group()
    return (figure if written[:1].isdigit() else written), shown, their, at  # words as written: "Forty"


def relabelled(own: dict, theirs: list[dict], quoted, skipped: str = "") -> tuple | None:
    """Return (figure, as text labels it, as the passages do, where) for the first figure text labels as one kind
    (each dict: figure -> (kind, label as written, where)) that every cited passage giving it labels as another;
    None where there is none. A quoted figure is the source's words; `skipped` is a kind never compared."""
    for figure, (kind, shown, at) in sorted(own.items()):
        if not kind or kind == skipped or inside(quoted, at):
            continue
        given = [labels[figure] for labels in theirs if figure in labels]
        if given and all(other and other != kind for other, _, _ in given):
            return figure, shown, given[0][1], at
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _counted(text: str) -> dict[str, tuple[str, str, int]]:
    """Return each figure of text with the kind of people it counts ("" for none, or for two kinds), those people as
    written and where the figure stands."""
    paired = {}
    for match in _COUNTED.finditer(text):
        if not _ANY_FIGURE.search(text, match.end("figure"), match.start(match.lastgroup)):
            paired[match.start("figure")] = (match.lastgroup, match[match.lastgroup])
    found: dict[str, tuple[str, str, int]] = {}
    for figure_match in _ANY_FIGURE.finditer(text):
        figure = numbers.count_written(figure_match.group())
        if not figure:
            continue
        kind, shown = paired.get(figure_match.start(), ("", ""))
        if figure in found and found[figure][0] != kind:
            kind = ""  # given twice, otherwise: not read
        found[figure] = (kind, shown, figure_match.start())
    return found
