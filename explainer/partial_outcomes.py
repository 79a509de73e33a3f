"""A partial win told as whole: "The association won its case in full" citing "The Court awards the Association $1.3
million ... Claims for a further $6.2 million ... are dismissed".

A sentence saying a side won, or was granted, allowed or upheld, "in full" ("won its case in full", "granted the
petition in full", "fully upheld") is refused where a passage it cites refuses part of a case (a sentence of it
"dismissed", "denied", "rejected", "refused", "struck out" or "thrown out", not negated just before) of what the
sentence is about (the refusal's sentence shares a content word with it) or of a claim ("claims", "damages", "costs",
"request": the rest of a plaintiff's case), and no passage says "in full" itself. A passage refusing something else
("Corvane's counterclaim is dismissed" for "granted the city's motion in full") turns nothing.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .sentences import split_sentences

_IN_FULL = patterns.compile(
    r"(?<![\w-])(?:(?:won|wins|win|winning|granted|grants|allowed|upheld|succeeded)\s+(?:(?!in\s)[\w'’.-]+\s+){0,5}?"
    r"in\s+full|(?:fully|wholly)\s+(?:granted|allowed|upheld|won))(?![\w-])", re.IGNORECASE)
_BACKED = patterns.compile(r"(?<![\w-])(?:in\s+full|in\s+its\s+entirety|fully|wholly|every\s+claim|all\s+(?:of\s+)?"
                           r"(?:its|their|the)\s+claims)(?![\w-])", re.IGNORECASE)
_REFUSED = patterns.compile(r"(?<![\w-])(?:dismissed|dismisses|denied|denies|rejected|rejects|refused|refuses"
                            r"|struck\s+out|strikes\s+out|thrown\s+out|throws\s+out)(?![\w-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What a plaintiff's case is made of: its refused part is part of the case the sentence says was won in full.
_CASE_WORDS = frozenset({"claim", "claims", "damages", "costs", "request", "requests", "demand", "demands", "relief",
                         "petition", "application", "appeal", "grounds", "ground", "counts", "count"})
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "were", "have", "been", "full", "court", "judge", "which"})
_NEAR = 16  # characters before a refusal that may negate it ("is not dismissed")


def won_in_full(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text, at `offset`, says a case was won or granted in full where a passage it cites
    refuses part of it, and none says it was won in full."""
    if "full" not in text and "olly" not in text or not passages:
        return []  # most sentences say nothing "in full": found without a pattern
    claimed = _IN_FULL.search(text)
    if claimed is None or any(_BACKED.search(passage.text) for passage in passages):
        return []
    own = content_words(text, _NOT_CONTENT)
    for passage in passages:
        refused = _refused_part(passage.text, own, passage.language or language)
        if refused:
            return [Finding(offset, f"this sentence says '{' '.join(claimed.group().split())}' where its cited "
                                    f"passages refuse part of it ('{refused}'): {clipped(text)}",
                            "say what was granted and what refused, as the source does, or cite the passage that "
                            "says it was granted in full")]
    return []


def _refused_part(text: str, own: frozenset[str], language: str) -> str:
    """Return the first sentence of a passage refusing part of a case (its claims, or what `own` names), or ""."""
    if not _REFUSED.search(text):
        return ""
    for sentence in split_sentences(text, language):
        for refusal in _REFUSED.finditer(sentence.text):
            if _NEGATED_BEFORE.search(sentence.text, max(0, refusal.start() - _NEAR), refusal.start()):
                continue
            words = content_words(sentence.text, _NOT_CONTENT)
            if words & (own | _CASE_WORDS):
                return " ".join(sentence.text.split())
    return ""
