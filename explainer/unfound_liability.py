"""A finding of fault no cited passage gives: "A judge found Castlemere at fault and ordered damp surveys" may not
cite "In an interim ruling on Tuesday, Judge Hale ordered Castlemere to carry out independent damp surveys".

An interim order is no verdict, and the source often says so ("does not amount to any finding of fault"); a sentence
citing only the order told a finding of liability that no passage gives, every name and figure kept, and built
(tests/test_newuser142.py). A sentence telling one ("found X at fault", "ruled that X was liable", "X was found
negligent", "held X responsible for", "found X in breach of", "to blame") is refused where no cited passage holds a word
of fault or liability at all ("fault", "liable", "liability", "negligence", "breach", "responsible", "to blame",
"guilty", "ruled against", "found for"): a passage that gives one, even negated, is the negation and verdict checks'
to read. Negated, conditional or asked-for findings ("was not found liable", "could be found liable", "asked the court
to find") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_FINDING = patterns.compile(
    r"(?<![\w-])(?:found|finds|find|finding|held|holds|ruled|rules|declared|judged)\s+(?:that\s+)?"
    r"(?:(?!not(?![\w-])|no(?![\w-])|never(?![\w-]))[\w'’-]+\s+){0,4}?"
    r"(?P<fault>at\s+fault|liable|negligent|to\s+blame|in\s+breach|responsible\s+for|culpable)(?![\w-])",
    re.IGNORECASE)
_NOT_FOUND = patterns.compile(
    r"(?<![\w-])(?:to|not|never|n['’]t|no|without|if|unless|would|could|might|may|will|shall|should|can|whether"
    r"|asked|asks|seeks|sought|wants|urged|denies|denied)(?:\s+[\w'’-]+){0,2}\s+$", re.IGNORECASE)
_BACKED = patterns.compile(r"fault|liab|neglig|breach|to\s+blame|responsib|culpab|guilty|ruled\s+against"
                           r"|found\s+(?:for|against)|in\s+(?:its|their|his|her)\s+favou?r", re.IGNORECASE)
_HOLDS = ("fault", "liable", "negligent", "blame", "breach", "responsible", "culpable")  # lowercase, as written
_REACH = 40  # characters before a finding that _NOT_FOUND reads


def finding_of_fault_unfound(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a finding of fault or liability that no cited passage gives any word of."""
    if not in_english(language) or not passages or not any(word in text for word in _HOLDS):
        return []  # most sentences tell no finding: a str search first
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _FINDING.finditer(spoken):
        if inside(quoted, match.start()) or _NOT_FOUND.search(spoken[max(0, match.start() - _REACH):match.start()]):
            continue
        if any(_BACKED.search(passage.text) for passage in passages):
            return []
        return [Finding(offset, f"this sentence tells a finding ('{' '.join(match.group().split())}') that no passage "
                                f"it cites gives: {clipped(text)}",
                        "tell what the court ordered or found in the source's words, or cite the passage that gives "
                        "the finding")]
    return []
