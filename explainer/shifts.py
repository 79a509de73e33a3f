"""A shift kept the way round: "relations have shifted from open hostility to cautious engagement" may not cite
"relations ... have shifted from cautious engagement to open hostility".

A sentence's "from A to B" (words, no figures: direction.py reads "from 12% to 9%") is refused where a cited
passage says "from B to A": the words of A after the passage's "to" and the words of B after its "from" (their words
of four letters or more, in the same first five letters). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_SHIFT = patterns.compile(r"(?<!\w)from\s+(?P<start>[^\W\d][^\d.,;:!?]{2,50}?)\s+to\s+(?P<end>[^\W\d][^\d.,;:!?]{2,50}?)"
                          r"(?=\s*[.,;:!?]|\s*$|\s+(?:and|but|since|after|before|in|over|as|while)(?!\w))",
                          re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]{3,}")
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "into", "their", "them", "they", "what", "more", "less"})


def reversed_shifts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text shifts from A to B where a cited passage shifts from B to A."""
    if not in_english(language) or "from" not in text.casefold():
        return []  # most sentences shift nothing: found by a plain search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for shift in _SHIFT.finditer(spoken):
        if inside(quoted, shift.start()):
            continue
        start, end = _words(shift["start"]), _words(shift["end"])
        if not start or not end or start == end:
            continue
        for passage in passages:
            for theirs, (their_start, their_end) in _shifts(passage.text):
                if start <= their_end and end <= their_start:
                    return [Finding(offset, f"this sentence says '{' '.join(shift.group().split())}' where its cited "
                                            f"passages say '{theirs}': {clipped(text)}",
                                    "keep the shift the way round the source gives it, or cite a passage that gives "
                                    "this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shifts(text: str) -> tuple[tuple[str, tuple[frozenset[str], frozenset[str]]], ...]:
    """Return a passage's shifts, each as written with the words it shifts from and to."""
    if "from" not in text.casefold():
        return ()
    return tuple((" ".join(found.group().split()), (_words(found["start"]), _words(found["end"])))
                 for found in _SHIFT.finditer(text))


def _words(words: str) -> frozenset[str]:
    """Return the first five letters of the words of four letters or more of one end of a shift."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(words) if word.casefold() not in _NOT_CONTENT)
