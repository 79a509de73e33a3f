"""No evidence found of a thing told as none of it: "The commission says there were no irregularities in the count"
citing "the commission 'has not found any evidence so far of irregularities in the count'" built, and so did "There
was no fraud" citing "Auditors found no evidence of fraud" (tests/test_newuser148.py). framed_clauses.py reads "no
evidence that" before a clause; this reads "no evidence (sign, proof, indication) of" before a noun.

A sentence is refused where it says "no" (or "not any", "free of", "without") of a thing, a word of five letters or
more that a cited passage says no evidence was found of, and keeps none of the frame's words (evidence, sign, proof,
indication, found, seen, shown, so far). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_WORD = r"[^\W\d_][\w'’-]*"
# "has not found any evidence so far of irregularities", "found no evidence of fraud", "no sign of foul play"
_NO_EVIDENCE = patterns.compile(
    rf"(?<![\w'’-])(?:no|not\s+(?:\w+\s+){{0,2}}any)\s+(?:{_WORD}\s+)?(?:evidence|signs?|proof|indications?)\s+"
    rf"(?:(?:so\s+far|yet|whatsoever|at\s+all)\s+)?of\s+(?:any\s+|the\s+)?(?P<what>{_WORD})", re.IGNORECASE)
_FRAME = patterns.compile(r"(?<![\w'’-])(?:evidence|signs?|proof|indications?|found|finds?|seen|shown|so\s+far"
                          r"|yet|established|unproven|no\s+basis)(?![\w'’-])", re.IGNORECASE)
_SHORTEST = 5  # a thing's word: "fraud", "irregularities"; "any", "the" are none


def absence_told_from_no_evidence(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding where text says there was none of a thing its passages say only no evidence was found of."""
    if not in_english(language) or not passages:
        return []
    lowered = text.casefold()
    if not any(word in lowered for word in ("no ", "not ", "free of", "without")) or _FRAME.search(text):
        return []  # the cheap tests first: most sentences negate nothing, or keep the frame
    spoken = markers_blanked(text)
    for passage in passages:
        if not any(word in passage.text.casefold() for word in ("evidence", "sign", "proof", "indication")):
            continue
        for found in _NO_EVIDENCE.finditer(passage.text):
            stem = found["what"].casefold()[:_SHORTEST]
            if len(found["what"]) < _SHORTEST:
                continue
            told = re.search(rf"(?<![\w'’-])(?:no|not\s+(?:\w+\s+){{0,2}}any|free\s+of|without)\s+(?:{_WORD}\s+)?"
                             rf"{re.escape(stem)}\w*", spoken, re.IGNORECASE)
            if told:
                return [Finding(offset, f"this sentence says there was none ('{told.group()}') of what its cited "
                                        f"passages say only no evidence was found of ('{found.group()}'): "
                                        f"{clipped(text)}",
                                "keep the source's frame (\"found no evidence of ...\"), or cite a passage that "
                                "says there was none")]
    return []
