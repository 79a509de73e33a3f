"""A claim a passage says is not a finding, told as said: "Dr Ingrid Sovik said the vaccine is unsafe" citing "This is
not a finding that the vaccine is unsafe", a negation dropped.

"not a finding that", "no evidence that", "not a sign that", "não é uma constatação de que" deny the claim after them
as a finding, which polarity.py read as a negation of "finding" alone: a sentence giving the claim ("the vaccine is
unsafe") built (tests/test_factcheck_199.py, tests/fixtures/newuser_119). Refused where a sentence holds every word of
five letters or more of the claim, with no negation and none of the frame's words, and no cited passage gives the
claim outside such a frame. "Dr Sovik said the suspension is not a finding that the vaccine is unsafe" and "Dr Sovik
said the vaccine has not been found unsafe" build.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns

_FRAME = (r"(?:finding|conclusion|judg(?:e)?ment|sign|signal|proof|evidence|indication|verdict|determination"
          r"|constatação|conclusão|prova|indício|sinal|evidência|conclusión|prueba|indicio|señal|evidencia)")
_DENIED_CLAIM = patterns.compile(
    # (not a body's "makes no finding that": told as found, court_findings' to name, tests/test_newuser_35.py)
    rf"(?<!\w)(?<!makes\s)(?<!made\s)(?<!make\s)(?:(?:is|was|are|were)\s+not|isn['’]t|wasn['’]t|no|não\s+(?:é|há|foi)|no\s+(?:es|hay|fue))\s+"
    rf"(?:(?:a|an|any|uma|um|una|un|nenhuma|nenhum|ninguna|ningún)\s+)?{_FRAME}\s+(?:that|de\s+que|que)\s+"
    r"(?P<claim>[^.;\"“”«»]+)", re.IGNORECASE)
_FRAME_WORDS = patterns.compile(rf"(?<!\w){_FRAME}(?!\w)", re.IGNORECASE)
_ANY_NEGATION = patterns.compile(r"(?<!\w)(?:not|never|no|não|nunca|non|nem|ni|neither)(?!\w)|n['’]t(?!\w)",
                                 re.IGNORECASE)
_SENTENCE = patterns.compile(r"[^.;!?]+")
# a claim asked, feared or possible, not told: "The review looked at whether the drug causes cancer"
_ASKED = patterns.compile(r"(?<!\w)(?:whether|if|may|might|could|possibly|perhaps|claim\w*|alleg\w*|question\w*"
                          r"|suspect\w*|fear\w*|concern\w*|se|si|pode|podem|puede|pueden|talvez|quizás)(?!\w)",
                          re.IGNORECASE)


def denied_finding_told(text: str, passages: list[str],
                        words_of: Callable[[str], frozenset[str]]) -> tuple[int, str] | None:
    """Return where a sentence gives a claim its passages deny as a finding, and the passage sentence denying it;
    None where it gives none so."""
    if _ANY_NEGATION.search(text) or _FRAME_WORDS.search(text) or _ASKED.search(text):
        return None
    mine = words_of(text)
    denials = [(denied, " ".join(sentence.group().split())) for passage in passages
               for sentence in _SENTENCE.finditer(passage) for denied in _DENIED_CLAIM.finditer(sentence.group())]
    for denied, said in denials:
        claim = words_of(denied["claim"])
        if claim and claim <= mine and not _given_elsewhere(claim, passages, words_of):
            return 0, said
    return None


def _given_elsewhere(claim: frozenset[str], passages: list[str], words_of) -> bool:
    """Say whether a passage sentence gives the claim's words outside a denial's frame and with no negation."""
    return any(claim <= words_of(sentence.group()) and not _DENIED_CLAIM.search(sentence.group())
               and not _ANY_NEGATION.search(sentence.group())
               for passage in passages for sentence in _SENTENCE.finditer(passage))
