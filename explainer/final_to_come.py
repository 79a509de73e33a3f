"""A measure still to become final told as final: "The duties are now final" may not cite "They become final by
November unless a deal is reached between the two governments".

provisional_findings.py reads a regulator's finding told as made for good, and a sentence's "final duties" of
"provisional duties" is read as an opposite word; a sentence saying the measure already "is final", "has become
final" or "became final" kept every word of a passage that gives its becoming final as to come. Refused where the
sentence says so (not negated, nor after a modal, "if", "once", "until" or "before": "will become final", "not yet
final"), a cited passage gives it to come ("become final by November", "will become final", "is due to become
final", "would be made final"), no cited passage tells it final already, and the words before the sentence's
"final" share one of four letters or more with that passage ("duties"). English text is read
(tests/test_newuser_135.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked

# the sentence's measure final already: "are final", "are now final", "have become final", "became final", "was made
# final"
_FINAL_NOW = patterns.compile(
    r"(?<![\w-])(?:(?:is|are|was|were)\s+(?:now\s+|already\s+)?(?:made\s+)?final|(?:has|have|had)\s+(?:now\s+"
    r"|already\s+)?(?:become|been\s+made)\s+final|became\s+final|(?:has|have|had)\s+been\s+finali[sz]ed"
    r"|(?:was|were)\s+finali[sz]ed)(?![\w-])(?!\s+(?:on|about|as\s+to|in\s+(?:its|their|his|her)))", re.IGNORECASE)
_UNDONE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:not|never|n['’]t|no|yet|will|would|could|may|might|can|shall|should|must|if|unless|once|until"
    r"|before|whether|when|due|expected|likely|set)\W+(?:[\w'’-]+\W+){0,3}$", re.IGNORECASE)
# the passage's measure final only later: "become final by November", "will become final", "is due to become final"
_FINAL_TO_COME = patterns.compile(
    r"(?<![\w-])(?:(?:will|would|could|may|might|to|shall)\s+(?:only\s+)?(?:become|be\s+made|be)\s+final"
    r"|(?:become|becomes|made)\s+final\s+(?:by|in|from|on|after|at|within|only)"
    r"|(?:is|are)\s+not\s+(?:yet\s+)?final|provisional)(?![\w-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "these", "their", "there", "they", "them", "with", "from", "have", "been",
                          "final", "made", "said", "says", "also", "which", "would", "could", "were", "already",
                          "become", "became"})


def final_told_as_come(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a measure final already that its cited passages give as becoming final
    only later."""
    if not in_english(language) or not passages or not any("final" in p.text.lower() or "rovisional" in p.text
                                                            for p in passages):
        return []  # most passages make nothing final: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    told = next((m for m in _FINAL_NOW.finditer(spoken) if not _UNDONE_BEFORE.search(spoken[:m.start()])), None)
    if told is None or any(_already_final(p.text) for p in passages):
        return []
    subject = content_words(spoken[:told.start()], _NOT_CONTENT)
    for passage in passages:
        to_come = _FINAL_TO_COME.search(passage.text)
        # the measure named in its sentence or paragraph: a quote may say "They become final by November"
        if to_come and subject & content_words(" ".join((passage.text, passage.holding, passage.paragraph)),
                                               _NOT_CONTENT):
            shown = " ".join(to_come.group().split())
            return [Finding(offset, f"this sentence tells as final already ('{' '.join(told.group().split())}') what "
                                    f"its cited passages give as becoming final only later ('{shown}'): "
                                    f"{clipped(text)}",
                            f"keep the source's words ('{shown}'), or cite a passage that says it is final")]
    return []


def _already_final(passage: str) -> bool:
    """Say whether a passage itself tells a measure final already ("the duties became final on Friday")."""
    return any(not _UNDONE_BEFORE.search(passage[:m.start()]) for m in _FINAL_NOW.finditer(passage))
