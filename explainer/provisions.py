"""Provisions kept: a section, clause or rule cited with its sub-parts must be the one the passages name.

"The exclusion in § 3(c)" citing "the exclusion in § 3(b)" keeps every figure (the 3 is a label, which numbers.py
reads) and names another provision. A provision's number with its bracketed sub-parts ("3(b)", "12(b)(6)",
"6(1)(a)") after a label ("§", "section", "clause", "Article", "Rule", "paragraph", "¶") must stand in a cited
passage, after any label or none, its letters in either case: "section 3(b)" may cite "§ 3(b)", and "§ 3(b)"
may cite "§ 3(b)(ii)", a part of it.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, quoted_parts
from .sentences import inside

_LABEL = (r"(?:§§?|¶¶?|(?i:sections?|subsections?|sec\.|clauses?|articles?|art\.|rules?|paragraphs?|para\.|regulations?"
          r"|schedules?))")
_PARTS = r"(?:[ \u00a0]?\([0-9A-Za-z]{1,5}\))+"
_PROVISION = patterns.compile(rf"(?<![\w.]){_LABEL}[ \u00a0]*(?P<number>\d+[A-Za-z]?)(?P<parts>{_PARTS})")
_NUMBERED = patterns.compile(rf"(?<![\w.])(?P<number>\d+[A-Za-z]?)(?P<parts>{_PARTS})")


def unnamed_provisions(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for the first provision with sub-parts text names ("§ 3(c)") outside quotation marks that
    no cited passage names."""
    if "(" not in text:
        return []  # most sentences name no provision: found by one search
    quoted = quoted_parts(text)
    for provision in _PROVISION.finditer(text):
        if inside(quoted, provision.start()):
            continue  # quoted words are checked verbatim
        key = _key(provision)
        if not any(named.startswith(key) for passage in passages for named in _named_in(passage.text)):
            return [Finding(offset + provision.start(),
                            f'provision "{provision.group()}" is not named in the passages cited here',
                            "cite the passage that names it, or correct it to the source's")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _named_in(passage: str) -> frozenset[str]:
    """Return the numbers with sub-parts a passage names ("3(b)"), with or without a label."""
    return frozenset(_key(numbered) for numbered in _NUMBERED.finditer(passage))


def _key(match: re.Match) -> str:
    """Return a provision's number and sub-parts as compared: no spaces, letters folded."""
    return (match["number"] + re.sub(r"\s", "", match["parts"])).casefold()
