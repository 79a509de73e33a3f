"""A provisional fine kept provisional: a fine a regulator has only proposed may not be told as imposed or final.

"Brambletons was fined £18m by the Information Standards Office" (or "The regulator has fined Brambletons £18m", "The
ISO imposed an £18m fine", "The £18m fine is final") citing "Brambletons faces a provisional fine of £18m ... The
Information Standards Office said the fine was provisional and that it may reduce it" tells a decision the regulator
has not made (provisional_findings.py reads a finding's verbs, not a fine's). A sentence is refused where a cited
passage gives the fine as provisional or proposed ("a provisional fine", "a proposed fine", "the fine was
provisional", "intends to fine", "notice of intent"), none tells a fine imposed itself ("it fined the travel firm
£20m"), and the sentence tells one imposed ("was fined", "has fined", "imposed a fine") or final ("the fine is final",
"a final fine") with no word keeping it provisional ("provisional", "proposed", "faces", "could", "not yet final").
Words in quotation marks are not read. English text is read (tests/test_newuser_130.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_PROVISIONAL_FINE = patterns.compile(
    r"(?<![\w-])(?:(?:provisional|proposed|preliminary|draft|intended)\s+(?:[\w£$€.,'’-]+\s+){0,2}?(?:fines?|penalty"
    r"|penalties)|(?:fines?|penalty)\s+(?:is|was|are|were|remains?)\s+(?:only\s+)?(?:provisional|proposed)"
    r"|(?:intends?|proposes?|plans?)\s+to\s+fine|notice\s+of\s+intent)(?![\w-])", re.IGNORECASE)
# a fine told as imposed: "was fined", "has fined Brambletons £18m", "imposed an £18m fine", "the fine is final"
_IMPOSED = patterns.compile(
    r"(?<![\w-])(?:fined|imposed\s+(?:a|an|the|its)\s+(?:[\w£$€.,'’-]+\s+){0,3}?(?:fine|penalty)"
    r"|(?:fine|penalty)\s+(?:was|has\s+been|had\s+been|were|have\s+been)\s+imposed"
    r"|final\s+(?:[\w£$€.,'’-]+\s+){0,2}?(?:fine|penalty)|(?:fine|penalty)\s+(?:is|was)\s+(?:now\s+)?final)(?![\w-])",
    re.IGNORECASE)
# a word before it keeping it to come or undone: "could be fined", "has not been fined", "if fined", "faces being fined"
_UNDONE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:not|never|no|n['’]t|yet|will|would|could|may|might|can|shall|should|if|unless|once|whether|be"
    r"|being|to|faces?|facing|risks?|until|before)\W+(?:[\w'’-]+\W+){0,2}$", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<![\w-])(?:provisional(?:ly)?|proposed?|proposes|preliminary|draft|intends?|not\s+(?:yet\s+)?"
                         r"final|notice\s+of\s+intent)(?![\w-])", re.IGNORECASE)


def provisional_fine_told_imposed(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding when text tells a fine imposed or final that its cited passages give only as provisional."""
    if not in_english(language) or not any("fine" in passage.text.casefold() for passage in passages):
        return []  # most passages fine no one: found without reading the sentence
    return _told_imposed_finding(text, passages, offset) or _provisional_dropped(text, passages, offset)


def _told_imposed_finding(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text tells a fine imposed or final that a cited passage gives as provisional."""
    held = next((match for passage in passages for match in [_PROVISIONAL_FINE.search(passage.text)] if match), None)
    if held is None or any(_tells_imposed(passage.text) for passage in passages):
        return []
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken):
        return []
    told = _told_imposed(spoken)
    if told is None:
        return []
    return [Finding(offset, f"this sentence tells a fine as imposed ('{' '.join(told.group().split())}') where its "
                            f"cited passages give it only as provisional ('{' '.join(held.group().split())}'): "
                            f"{clipped(text)}",
                    "keep the source's word (a provisional or proposed fine), or cite the passage that tells the "
                    "fine imposed")]


def _told_imposed(text: str) -> re.Match | None:
    """Return the first fine text tells as imposed or final, with no word before it keeping it to come."""
    return next((match for match in _IMPOSED.finditer(text) if not _UNDONE_BEFORE.search(text[:match.start()])),
                None)


def _tells_imposed(passage: str) -> bool:
    """Say whether a passage itself tells a fine imposed ("In 2023 it fined the travel firm £20m")."""
    return _told_imposed(passage) is not None


# A fine's figure, named with its fine: "a fine of £18m", "an £18m fine", "a provisional fine of £18m", "£18m
# provisional fine"; the word before the fine ("provisional", "proposed") read as its qualifier
_QUALIFIER = r"provisional|proposed|preliminary|draft|intended"
_MONEY = r"[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion))?(?![\w])"
_FINE_FIGURE = patterns.compile(
    rf"(?<![\w-])(?:(?:(?P<q1>{_QUALIFIER})\s+)?(?:fine|penalty)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|almost\s+"
    rf"|nearly\s+)?(?P<f1>{_MONEY})|(?:(?P<q2>{_QUALIFIER})\s+)?(?P<f2>{_MONEY})\s+(?:(?P<q3>{_QUALIFIER})\s+)?"
    r"(?:fine|penalty))", re.IGNORECASE)
# words that keep a fine open beside its figure: "could be reduced", "if confirmed", "a final decision is due"
_KEPT_OPEN = patterns.compile(r"(?<![\w-])(?:reduc\w*|cut|lower\w*|confirm\w*|if|once|unless|until|final\s+decision"
                              r"|could|may|might|would|up\s+to|maximum|possible|potential|faces?\s+(?:a\s+)?(?:[\w'’-]+"
                              r"\s+)?(?:fine|penalty)\s+of\s+up)(?![\w-])", re.IGNORECASE)


def _provisional_dropped(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text names a fine by a figure ("faces a fine of £18m") that its cited passages name only
    as a provisional or proposed fine ("faces a provisional fine of £18m"), with no word keeping it open."""
    spoken = unquoted(markers_blanked(text))
    told = [match for match in _FINE_FIGURE.finditer(spoken) if not _qualified(match)]
    if not told or _KEPT.search(spoken) or _KEPT_OPEN.search(spoken):
        return []
    cited = [match for passage in passages for match in _FINE_FIGURE.finditer(passage.text)]
    for match in told:
        figure = _figure(match)
        same = [other for other in cited if _figure(other) == figure]
        if same and all(_qualified(other) for other in same):
            kept = next(other for other in same)
            return [Finding(offset, f"this sentence drops the word its cited passages give the fine ('"
                                    f"{' '.join(kept.group().split())}'): '{' '.join(match.group().split())}': "
                                    f"{clipped(text)}",
                            "keep the source's word (a provisional or proposed fine), or cite the passage that tells "
                            "the fine as it stands")]
    return []


def _qualified(match: re.Match) -> bool:
    """Say whether a fine named with its figure carries a word before it ("provisional", "proposed")."""
    return bool(match["q1"] or match["q2"] or match["q3"])


def _figure(match: re.Match) -> str:
    """Return a fine's figure, its spaces dropped and "million" written "m" ("£18 million" is "£18m")."""
    figure = "".join((match["f1"] or match["f2"]).casefold().split())
    return figure.replace("million", "m").replace("billion", "bn")
