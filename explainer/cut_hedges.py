"""A quotation cut past its hedge: the source's "at least" left outside the quotation marks, and out of the sentence.

'The ministry said the toll was "40 dead and many more missing"' citing 'the toll was "at least 40 dead and many
more missing"' quotes every word as written and drops the bound that changes what they say; so does « jusqu'au 10
mars » of « au moins jusqu'au 10 mars ». A quotation whose first words follow, in a passage it cites (or the
source's sentence holding it), a bound of a figure or date ("at least", "no fewer than", "more than", "nearly",
"almost"; French "au moins", "plus de", "près de", "presque"; German "mindestens", "wenigstens", "mehr als",
"beinahe"; Spanish "al menos", "por lo menos", "más de", "casi") must keep one, inside the quotation or in the
words just before it. A passage that also gives the words without a bound lets it pass.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import WORD

_BOUNDS = ("at least", "no fewer than", "no less than", "more than", "nearly", "almost", "au moins", "au minimum",
           "plus de", "près de", "presque", "mindestens", "wenigstens", "mehr als", "beinahe", "al menos",
           "por lo menos", "como mínimo", "más de", "casi")
_BOUND = "(?:" + "|".join(bound.replace(" ", r"\s+") for bound in _BOUNDS) + ")"
_MAY_BOUND = patterns.compile(r"(?<!\w)" + _BOUND + r"(?!\w)", re.IGNORECASE)
# A bound right before where the quoted words start, past an opening quotation mark the source may give there
_BOUND_BEFORE = patterns.compile(r"(?<!\w)(" + _BOUND + r")\s*[\"“”„«»‘’‚‹›']?\s*$", re.IGNORECASE)
_QUOTE_MARK = patterns.compile(r"[\"“”„«»‘’‚‹›「『]")
_KEPT_BEFORE = 48  # characters before a quotation where the sentence may keep the bound ('at least "40 dead"')
_READ_BEFORE = 24  # characters before the quoted words in a passage that may hold its bound
_FIRST_WORDS = 4  # words of a quotation found in its passage: enough to single out where it starts
_MOST = 16  # quotations a sentence is read for


def cut_hedges(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text quotes words that every cited passage giving them gives right after a bound ("at
    least") and the sentence keeps none."""
    if not _QUOTE_MARK.search(text) or not any(_bounds(p.text) or _bounds(p.holding) for p in passages):
        return []  # most sentences quote nothing, and most passages bound nothing: found without reading either
    for start, end in quoted_parts(text)[:_MOST]:
        words = WORD.findall(text, start, end)[:_FIRST_WORDS]
        if not words or _MAY_BOUND.search(text, max(0, start - _KEPT_BEFORE), end):
            continue
        first = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE)
        given = [bound for bound in map(lambda p: _bound_of(p, first), passages) if bound is not None]
        if given and all(given):
            return [Finding(offset + start, f"this quotation leaves out the '{given[0]}' its cited passages give before it "
                                    f"('{given[0]} {text[start:end].strip()}'): {clipped(text)}",
                            f"keep the source's '{given[0]}', inside the quotation marks or just before them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _bounds(text: str) -> bool:
    return bool(_MAY_BOUND.search(text))


def _bound_of(passage: Cited, first: re.Pattern) -> str | None:
    """Return _bound_before of the source's sentence holding the passage, or, where that does not give the quoted
    words, of the passage: a passage itself cut past the bound ("40 dead ...") still has it before it."""
    found = _bound_before(passage.holding, first) if passage.holding else None
    return found if found is not None else _bound_before(passage.text, first)


def _bound_before(text: str, first: re.Pattern) -> str | None:
    """Return "" when text gives the quoted words with no bound before them somewhere, the bound (as written) where
    it gives them only after one, or None where it does not give them."""
    bound = None
    for found in first.finditer(text):
        before = _BOUND_BEFORE.search(text, max(0, found.start() - _READ_BEFORE), found.start())
        if before is None:
            return ""
        bound = " ".join(before.group(1).split())
    return bound
