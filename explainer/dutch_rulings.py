"""Dutch rulings not yet given told as given: "De rechtbank in Arnhem heeft LTO-Noord in het gelijk gesteld" citing
"De rechtbank in Arnhem ... heeft nog geen uitspraak gedaan" (tests/test_factcheck_246.py). A passage's sentence
saying a court ("rechtbank", "rechter", "hof", "Raad van State") has given no ruling yet ("nog geen uitspraak",
"nog geen vonnis", "nog niet beslist"), and a sentence naming that court and telling a ruling ("in het gelijk
gesteld", "oordeelde", "vonniste", "verwierp", "wees ... af", "veroordeelde", "sprak ... vrij") with no "nog", "niet",
"geen" or future of its own, and no cited passage telling a ruling in those words, tells it given.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import split_sentences

_COURT = r"(?:rechtbank|rechter|rechters|(?:gerechts)?hof|raad\s+van\s+state)"
_NONE_YET = patterns.compile(r"\bnog\s+(?:geen\s+(?:uitspraak|vonnis|oordeel|beslissing|arrest)|niet\s+"
                             r"(?:beslist|geoordeeld|uitgesproken|besloten))\b", re.IGNORECASE)
_RULED = patterns.compile(r"\b(?:in\s+het\s+gelijk\s+gesteld|in\s+het\s+ongelijk\s+gesteld|(?:stelde|stelt)\s+\S+"
                          r"(?:\s+\S+)?\s+in\s+het\s+(?:on)?gelijk|gaf\s+\S+(?:\s+\S+)?\s+gelijk|gelijk\s+gegeven|"
                          r"oordeelde|oordeelt|geoordeeld|vonniste|gevonnist|verwierp|verworpen|wees\s.*\baf\b|"
                          r"afgewezen|veroordeelde|veroordeeld|sprak\s.*\bvrij\b|vrijgesproken|besliste|beslist|"
                          r"bepaalde|heeft\s+bepaald|uitspraak\s+gedaan|deed\s+uitspraak|"
                          r"(?:wonnen|won|gewonnen|verloor|verloren)\s.*\bzaak\b|zaak\s.*\b(?:gewonnen|verloren))\b",
                          re.IGNORECASE)
_KEPT = patterns.compile(r"\b(?:nog|niet|geen|nooit|zal|zullen|zou|zouden|kan|kunnen|verwacht\w*|moet|moeten|"
                         r"eist|eisen|vraagt|vragen|wil|willen|hoopt|hopen)\b", re.IGNORECASE)


def ruling_told_as_given(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells a court's ruling that its cited passage says is not given yet."""
    if not language.startswith("nl") or _KEPT.search(text) or not (ruled := _RULED.search(text)):
        return []
    if any(_RULED.search(_NONE_YET.sub(" ", passage.text)) for passage in passages):
        return []  # a passage telling a ruling in these words: what it says is read by the other checks
    if not re.search(rf"\b{_COURT}\b", text, re.IGNORECASE):
        return []
    for passage in passages:
        for sentence in split_sentences(passage.text, "nl"):
            # a court said not to have ruled, and the sentence names a court ("de rechter" of "de rechtbank")
            if (none := _NONE_YET.search(sentence.text)) and re.search(rf"\b{_COURT}\b", sentence.text, re.I):
                return [Finding(offset, f"this sentence tells a ruling ('{ruled.group()}') where its cited passage "
                                        f"says none is given yet ('{none.group()}'): {clipped(text)}",
                                "say that the court has not ruled yet, as the source does, or cite the passage that "
                                "gives the ruling")]
    return []
