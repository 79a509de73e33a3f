"""Dutch disputes told as agreement: "Het ministerie onderschrijft dat cijfer" citing "Het ministerie betwist dat
cijfer" (tests/test_factcheck_246.py). A passage's clause disputing something ("betwist", "bestrijdt", "ontkent",
"weerspreekt", "verwerpt", "trekt ... in twijfel") and a sentence agreeing with it ("onderschrijft", "bevestigt",
"erkent", "accepteert", "deelt", "steunt", "is het eens met") with no negation of its own, sharing a word of five
letters or more with what is disputed ("cijfer"), and no cited passage agreeing in those words, tell the dispute as
agreement.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_DISPUTE = patterns.compile(r"\b(?P<verb>betwist|betwisten|betwistte|betwistten|bestrijdt|bestrijden|bestreed|"
                            r"ontkent|ontkennen|ontkende|weerspreekt|weerspreken|weersprak|verwerpt|verwerpen|verwierp|"
                            r"trekt|trekken|trok)\b(?P<what>[^,;:.!?]*)", re.IGNORECASE)
_AGREE = patterns.compile(r"\b(?:onderschrijft|onderschrijven|onderschreef|bevestigt|bevestigen|bevestigde|erkent|"
                          r"erkennen|erkende|accepteert|accepteren|accepteerde|aanvaardt|aanvaardde|deelt|delen|deelde|"
                          r"steunt|steunen|steunde|eens\s+met|het\s+eens|gaat\s+uit\s+van|onderstreept)\b",
                          re.IGNORECASE)
_NEGATED = patterns.compile(r"\b(?:niet|geen|nooit|betwist\w*|twijfel\w*|ontken\w*)\b", re.IGNORECASE)
_LONG_WORD = patterns.compile(r"\w{5,}")


def dispute_told_as_agreement(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells as agreed what its cited passage gives as disputed."""
    if not language.startswith("nl") or _NEGATED.search(text) or not (agreed := _AGREE.search(text)):
        return []
    if any(_AGREE.search(passage.text) for passage in passages):
        return []  # a passage agreeing in these words: what it agrees with is read by the other checks
    words = {word.casefold() for word in _LONG_WORD.findall(text[agreed.end():])}
    for passage in passages:
        for match in _DISPUTE.finditer(passage.text):
            if match["verb"].casefold() in ("trekt", "trekken", "trok") and "twijfel" not in match["what"]:
                continue  # "trekt ... in twijfel" only
            if words & {word.casefold() for word in _LONG_WORD.findall(match["what"])}:
                return [Finding(offset, f"this sentence tells as agreed ('{agreed.group()}') what its cited passage "
                                        f"gives as disputed ({clipped(match.group(), 80)}): {clipped(text)}",
                                "keep the dispute a dispute, as the source does ('betwist ...'), or cite the passage "
                                "that says it was agreed")]
    return []
