"""A suspension kept a suspension: "The authority has revoked the permit" may not cite "The authority has suspended the
permit ... for 30 days".

A permit, licence or ruling suspended stands and may come back; one revoked is gone. suspended_as_reversed.py reads
"annul", "overturn", "quash" (and Spanish "revocar"); English "revoke", "revocation" and French "révoquer",
"révocation" were not read, and "has revoked the Corrow mine's discharge permit" of "has suspended the discharge
permit ... for 30 days" built (tests/test_factcheck_216.py). A sentence revoking is refused where a cited passage
suspends ("suspended", "suspension"; "suspendu") in a sentence sharing a word of five letters or more with it, and no
cited passage revokes anything itself ("suspended, not revoked" revokes nothing). A revoking negated or hedged just
before ("has not revoked", "rather than revoked", "stopped short of revoking", "could revoke", "threatened to revoke")
and words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_REVOKED = {"en": patterns.compile(r"(?<![\w-])(?:revok(?:e|es|ed|ing)|revocation)(?![\w-])", re.IGNORECASE),
            "fr": patterns.compile(r"(?<![\w-])(?:révoqu\w*|révocation)(?![\w-])", re.IGNORECASE)}
_SUSPENDED = {"en": patterns.compile(r"(?<![\w-])(?:suspend(?:s|ed|ing)?|suspension)(?![\w-])", re.IGNORECASE),
              "fr": patterns.compile(r"(?<![\w-])(?:suspen(?:d|du|due|dus|dues|dre|dait|dent|sion))(?![\w-])",
                                     re.IGNORECASE)}
# negated, contrasted or only possible, in the few words before: "has not (yet) revoked", "suspended rather than
# revoked", "stopped short of revoking", "could revoke", "threatened to revoke", "n'a pas révoqué", "pourrait révoquer"
_NOT_DONE = patterns.compile(
    r"(?<![\w'’])(?:not|never|no|n['’]t|without|than|instead|short\s+of|could|would|might|may|can|will|shall|to"
    r"|threat\w*|consider\w*|whether|if|ne|n['’]|pas|jamais|sans|plutôt|pourrait|pourraient|pourra|menac\w*|envisag\w*"
    r"|si|de)(?:\W+\w+){0,3}\W*$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"would", "could", "should", "their", "there", "which", "about", "after", "before"})


def suspension_told_as_revoked(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text revokes what its cited passages only suspend."""
    language = base_language(language) if language else "en"
    revoked = _REVOKED.get(language)
    if revoked is None or not passages or "vo" not in text:
        return []  # most sentences revoke nothing: found without reading their passages
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in revoked.finditer(spoken)
                 if not _NOT_DONE.search(spoken, max(0, match.start() - 40), match.start())), None)
    if said is None or any(_revokes(passage.text, language) for passage in passages):
        return []
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5}
    for passage in passages:
        for sentence in split_sentences(passage.text, language):
            suspended = _SUSPENDED[language].search(sentence.text)
            if suspended and words & {word[:5] for word in content_words(sentence.text, _NOT_CONTENT)
                                      if len(word) >= 5}:
                return [Finding(offset, f"this sentence revokes ('{said.group()}') what its cited passages only "
                                        f"suspend ('{suspended.group()}'): {clipped(text)}",
                                f"keep the source's words ('{suspended.group()}'), or cite a passage that says it "
                                f"was revoked")]
    return []


def _revokes(text: str, language: str) -> bool:
    """Say whether a passage revokes anything itself, not negated ("suspended, not revoked" revokes nothing)."""
    return any(not _NOT_DONE.search(text, max(0, match.start() - 40), match.start())
               for match in _REVOKED[language].finditer(text))
