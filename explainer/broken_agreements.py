"""An agreement made not told as broken: "The ceasefire was broken" (or "A ceasefire is broken", "Valdoria broke the
truce", "the deal has collapsed") may not cite "both sides signed a ceasefire" alone (tests/test_factcheck250.py).

No check read an agreement's end: the sentence shares the passage's noun and adds no figure, name or negation. A
sentence telling an agreement ("ceasefire", "truce", "armistice", "deal", "agreement", "accord", "pact") broken
("broken", "violated", "breached", "collapsed", "broke down", "fell apart", "torn up", "scrapped", "abandoned") is
refused where a cited passage names that agreement, or one of its kind ("truce" for "ceasefire", "accord" for
"deal"), and none tells any breach, collapse or end at all ("broke", "breach", "violation", "collapse", "ended",
"accused ... of violating"). A sentence that denies the break ("was not broken", "has held"), weighs it ("could be
broken", "risks collapse") or gives it as someone's word ("accuses", "says", "claims") tells no break as done, and is
left to the checks of such words. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

# an agreement, and the kind it is of: a truce is a ceasefire, an accord a deal
_KINDS = {"ceasefire": "truce", "cease-fire": "truce", "truce": "truce", "armistice": "truce",
          "deal": "deal", "agreement": "deal", "accord": "deal", "pact": "deal", "treaty": "deal"}
_NOUN = r"(?P<noun>ceasefire|cease-fire|truce|armistice|deal|agreement|accord|pact|treaty)s?"
_BROKEN = (r"(?:broken|violated|breached|collapsed|abandoned|scrapped|torn\s+up|broken\s+down|ended|over"
           r"|in\s+tatters)")
_TOLD_BROKEN = (
    # "the ceasefire was broken", "a truce is violated", "the deal has collapsed", "the pact broke down"
    patterns.compile(rf"(?<![\w'’-]){_NOUN}\s+(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|has|had|have)"
                     rf"\s+)?(?:(?:already|now|since|then|quickly|soon)\s+)?(?:{_BROKEN}|broke\s+down|fell\s+apart"
                     r"|crumbled)(?![\w'’-])"
                     # "the ceasefire ended the fighting" ends another thing
                     r"(?!\s+(?:the|a|an|its|their|his|her|all)(?![\w'’-]))", re.IGNORECASE),
    # "Valdoria broke the ceasefire", "tore up the deal", "violated the truce"
    patterns.compile(rf"(?<![\w'’-])(?:broke|violated|breached|tore\s+up|scrapped|abandoned|ended)\s+"
                     rf"(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+)?{_NOUN}(?![\w'’-])", re.IGNORECASE))
# a sentence denying, weighing or attributing the break tells none as done
_NOT_DONE = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|no|could|may|might|would|risks?|threat\w*|if|whether"
                             r"|accus\w*|says?|said|claims?|claimed|alleg\w*|den(?:y|ies|ied)|warn\w*|fears?"
                             r"|held|holds|holding)(?![\w'’-])", re.IGNORECASE)
# any word of a break in a passage: "broke", "breach", "violations", "collapse", "ended", "breakdown"
_ANY_BREAK = patterns.compile(r"(?<![\w'’-])(?:br[eo]k\w*|breach\w*|violat\w*|collaps\w*|ended|abandon\w*"
                              r"|scrap\w*|tor[en]\s+up|tear\w*\s+up|fell\s+apart|falls?\s+apart|crumbl\w*|tatters"
                              # "held until March" tells when it ended
                              r"|(?:held|lasted|survived)\s+(?:only\s+)?(?:until|till|to)"
                              r"|(?:is|was|are|were)\s+over|renege\w*|pull\w*\s+out|withdr[ae]w\w*|quit|exit\w*)"
                              r"(?![\w'’-])",
                              re.IGNORECASE)
_AGREEMENT = patterns.compile(rf"(?<![\w'’-]){_NOUN}(?![\w'’-])", re.IGNORECASE)
_CUES = ("broke", "violat", "breach", "collaps", "abandon", "scrap", "torn", "tore", "ended", "apart", "crumbl",
         "tatters", " over")


def broken_agreements(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells an agreement broken that its cited passages name only as made."""
    if not in_english(language) or not passages:
        return []
    folded = text.casefold()
    if not any(cue in folded for cue in _CUES) or not any(noun in folded for noun in _KINDS):
        return []  # most sentences tell no agreement broken: two str searches
    spoken = markers_blanked(text)
    told = next((match for pattern in _TOLD_BROKEN if (match := pattern.search(spoken))), None)
    if told is None or _NOT_DONE.search(spoken):
        return []
    kind = _KINDS[told["noun"].casefold()]
    named = [passage for passage in passages
             if any(_KINDS[match["noun"].casefold()] == kind for match in _AGREEMENT.finditer(passage.text))]
    if not named or any(_ANY_BREAK.search(passage.text) for passage in passages):
        return []
    said = " ".join(told.group().split())
    return [Finding(offset + told.start(), f"this sentence tells the {told['noun'].casefold()} as broken ('{said}') "
                                           f"where its cited passages tell of no breach or end of it: {clipped(text)}",
                    "tell the agreement as the source does (signed, agreed), or cite a passage that tells it broken")]
