"""An appeal kept to what the source says of it: none where there is none, and no rejection told as one filed.

"Either side may appeal the ruling" (or "The ruling can be appealed", "Either side has 90 days to appeal the ruling")
citing "The ruling is final and there is no appeal, though either side may ask for an interpretation of its terms"
built: the sentence's appeal stands nowhere in the passage, but no check reads an appeal told possible where the
passage rules one out. And "Ostrava has filed an appeal against the ruling" citing "Ostrava's government said ... that
it rejects the ruling" built: a rejection is no appeal (tests/test_newuser_131.py).

A sentence telling an appeal possible, pending or made ("may appeal", "can be appealed", "90 days to appeal", "is open
to appeal", "has appealed", "filed an appeal") is refused where a cited passage rules one out ("there is no appeal",
"cannot be appealed", "not subject to appeal", "without appeal") and none tells one possible or made; one telling an
appeal made is refused, too, where a cited passage tells the ruling rejected and no cited passage names an appeal at
all. A negated appeal ("cannot appeal", "no appeal is possible", "neither side may appeal"), words in quotation marks
and an appeal a passage tells itself are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_MADE = (r"(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+)?appealed|appealed\s+(?:against\s+)?(?:the|its|a|an)\s"
         r"|(?:filed|lodged|launched|lodges|files|launches|submitted|brought)\s+(?:an?\s+|its\s+|their\s+|formal\s+)*"
         r"appeal"
         r"|an\s+appeal\s+(?:has|had)\s+been\s+(?:filed|lodged|launched|submitted|brought)"
         r"|appeal\s+is\s+(?:pending|under\s+way)")
_POSSIBLE = (r"(?:can|could|may|might|will|would|(?:is|are)\s+(?:able|free|entitled)\s+to|(?:has|have)\s+the\s+right"
             r"\s+to|plans?\s+to|intends?\s+to|(?:days|weeks|months|time)\s+to)\s+(?:still\s+)?appeal(?![\w-])"
             r"|(?:can|could|may|might)\s+(?:still\s+)?be\s+appealed|(?:open|subject)\s+to\s+(?:an?\s+)?appeal"
             r"|(?:right|possibility)\s+(?:of|to)\s+(?:an?\s+)?appeal|an\s+appeal\s+is\s+(?:possible|available)")
_TOLD = patterns.compile(rf"(?<![\w-])(?P<made>{_MADE})|(?<![\w-])(?P<possible>{_POSSIBLE})", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|no|never|n['’]t|cannot|neither|nor|without|nothing)\W+(?:[\w'’-]+\W+)"
                            r"{0,4}$", re.IGNORECASE)
_NONE = patterns.compile(
    r"(?<![\w-])(?:(?:there\s+is|with|allows?|gives?|has)\s+no\s+(?:(?:right|possibility)\s+(?:of|to)\s+|further\s+"
    r"|possible\s+)?appeal|no\s+appeal\s+(?:is|was)\s+possible|cannot\s+be\s+appealed|can\s*not\s+appeal"
    r"|(?:is|are)\s+not\s+(?:open|subject)\s+to\s+(?:an?\s+)?appeal|without\s+(?:(?:a|any|the)\s+)?(?:(?:right|"
    r"possibility)\s+of\s+)?appeal|unappealable|beyond\s+appeal)(?![\w-])", re.IGNORECASE)
_APPEAL = patterns.compile(r"(?<![\w-])appeal", re.IGNORECASE)
_REJECTED = patterns.compile(r"(?<![\w-])(?:rejects?|rejected|rejecting|refuses?\s+to\s+(?:accept|recognise|recognize)"
                             r"|(?:will|would)\s+not\s+be\s+bound)(?![\w-])", re.IGNORECASE)


def appeal_told_against_source(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells an appeal possible or made that its cited passages rule out, or an appeal
    made of a ruling they tell only rejected."""
    if not in_english(language) or not passages or "appeal" not in text.lower():
        return []
    own = unquoted(markers_blanked(text))
    told = next((m for m in _TOLD.finditer(own) if not _NEGATED.search(own[:m.start()])), None)
    if told is None or any(_tells_appeal(p.text) for p in passages):
        return []
    none = next((m for p in passages for m in [_NONE.search(p.text)] if m), None)
    shown = " ".join(told.group().split())
    if none is not None:
        return [Finding(offset, f"this sentence tells an appeal ('{shown}') where its cited passages say "
                                f"'{' '.join(none.group().split())}': {clipped(text)}",
                        "say what the source says (no appeal), or cite the passage that tells one")]
    rejected = next((m for p in passages for m in [_REJECTED.search(p.text)] if m), None)
    if told["made"] and rejected is not None and not any(_APPEAL.search(p.text) for p in passages):
        return [Finding(offset, f"this sentence tells an appeal as made ('{shown}') where its cited passages tell "
                                f"only a rejection ('{' '.join(rejected.group().split())}'): {clipped(text)}",
                        "say what the source says (the ruling rejected), or cite the passage that tells an appeal")]
    return []


def _tells_appeal(passage: str) -> bool:
    """Say whether a passage itself tells an appeal possible or made ("the firm may appeal", "it appealed the fine")."""
    return any(not _NEGATED.search(passage[:m.start()]) for m in _TOLD.finditer(passage))
