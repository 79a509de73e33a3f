"""A stock not told as an increase: "Northland sent 5,000 more troops" may not cite "Northland has 5,000 troops at the
border".

A figure with "more", "additional", "extra", "further" or "fresh" after it ("5,000 more troops"), or "another", "an
additional", "an extra", "a further" before it ("another 5,000 troops"), is an increase: that many added to what was
there. A passage giving the figure as a total, a stock or a count ("has 5,000 troops", "5,000 troops are deployed")
says nothing of how many were added. A sentence's increase is refused where every cited passage giving its figure
gives it with no word of an increase near it (in its clause: "more", "additional", "another", "further",
"reinforcements", "added", "increase", "extra", "boost", "raised", "gained", "rose", "hired", ...). "5,000 more" citing "sent another 5,000" builds;
a comparison's figure ("5,000 more troops than Southland", "2,000 fewer tanks than") is a difference, refused
where every cited passage giving it gives it with no word of comparing or of change in its sentence ("than",
"ahead", "gap", "outnumbers", or one of an increase). Words in quotation marks are not
read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_hold

_FIGURE = r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?![\d,]\d)|" + numbers.COUNT_IN_WORDS
# "5,000 more troops", "another 5,000 troops", "an additional 5,000"
_ADDED = patterns.compile(
    rf"(?:(?P<figure>{_FIGURE})\s+(?P<after>more|additional|extra|further|fresh)(?![\w-])"
    rf"|(?<![\w-])(?P<before>another|an\s+additional|an\s+extra|a\s+further|a\s+fresh)\s+(?P<figure2>{_FIGURE}))",
    re.IGNORECASE)
_ADDED_WORDS = frozenset({"more", "additional", "extra", "further", "fresh", "another", "fewer", "less"})
# a comparison, not an increase: "5,000 more troops than Southland"; its figure is a difference, which a passage
# gives beside a word of comparing or of change ("5,000 more than", "outnumbers ... by 5,000", "a gap of 5,000")
_THAN = patterns.compile(r"(?:\s+[\w'’-]+){0,4}\s+than(?!\w)", re.IGNORECASE)
_FEWER = patterns.compile(rf"(?P<figure>{_FIGURE})\s+(?:fewer|less)(?![\w-])", re.IGNORECASE)
_COMPARED = patterns.compile(
    r"(?<![\w-])(?:than|fewer|less|ahead|behind|outnumber\w*|exceed\w*|gap|difference|margin|lead|trail\w*"
    r"|larger|bigger|greater|smaller|higher|lower|compared|versus|vs)(?![\w-])", re.IGNORECASE)
# what tells a passage's figure as an increase, in its clause
_INCREASE = patterns.compile(
    r"(?<![\w-])(?:more|additional|extra|further|fresh|another|reinforc\w*|add|adds|added|adding|increas\w*|boost\w*"
    r"|rais\w*|new|surge\w*|top\s+up|topped\s+up|bolster\w*|up\s+by|gain\w*|rise|rises|rising|rose|risen|grow\w*"
    r"|grew|climb\w*|jump\w*|expand\w*|swell\w*|swollen|hire\w*|hiring|recruit\w*|picked\s+up)(?![\w-])",
    re.IGNORECASE)
_ANY_FIGURE = patterns.compile(_FIGURE)


def stock_as_increase(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as an increase ("5,000 more troops") a figure its passages give as a total."""
    if not in_english(language) or not passages or not may_hold(text, _ADDED_WORDS):
        return []  # most sentences add nothing: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for added in [*_ADDED.finditer(spoken), *_FEWER.finditer(spoken)]:
        if inside(quoted, added.start()):
            continue
        if _THAN.match(spoken, added.end()):
            found = _difference_unbacked(text, spoken, added, passages, offset)
            if found:
                return found
            continue
        if added.re == _FEWER:
            continue
        figure = numbers.count_written(added["figure"] or added["figure2"])
        if not figure:
            continue
        given = [increase for passage in passages for increase in _given(passage.text, figure)]
        if given and not any(given):
            shown = " ".join(added.group().split())
            return [Finding(offset, f"this sentence tells '{shown}' as an increase where its cited passages give "
                                    f"{added['figure'] or added['figure2']} as a total, none of it added: "
                                    f"{clipped(text)}",
                            "give the figure as the source does (how many there are), or cite a passage that says "
                            "this many were added")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _given(text: str, figure: str) -> tuple[bool, ...]:
    """Return, for each place a passage gives `figure`, whether its clause tells it as an increase."""
    return tuple(bool(_INCREASE.search(sentence_of(text, match.start())))
                 for match in _ANY_FIGURE.finditer(text) if numbers.count_written(match.group()) == figure)


def _difference_unbacked(text: str, spoken: str, compared: re.Match, passages: list[Cited],
                         offset: int) -> list[Finding]:
    """Return a finding when a comparison's figure ("5,000 more troops than Southland") is one every cited passage
    giving it gives as a total, with no word of comparing or of change in its clause."""
    written = compared["figure"] or compared["figure2"]
    figure = numbers.count_written(written) if written else ""
    if not figure:
        return []
    given = [found for passage in passages for found in _compared(passage.text, figure)]
    if not given or any(given):
        return []
    end = _THAN.match(spoken, compared.end()).end()
    shown = " ".join(spoken[compared.start():end].split())
    return [Finding(offset, f"this sentence gives {written} as a difference ('{shown}') where its cited passages give "
                            f"{written} as a total, compared with nothing: {clipped(text)}",
                    "give the figure as the source does, or cite a passage that gives the difference")]


@functools.lru_cache(maxsize=1 << 12)
def _compared(text: str, figure: str) -> tuple[bool, ...]:
    """Return, for each place a passage gives `figure`, whether its clause compares it or tells it as a change."""
    return tuple(bool(_COMPARED.search(clause) or _INCREASE.search(clause))
                 for match in _ANY_FIGURE.finditer(text) if numbers.count_written(match.group()) == figure
                 for clause in (sentence_of(text, match.start()),))
