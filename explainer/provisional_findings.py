"""A provisional finding kept provisional: a sentence may not tell as found, or as a final decision, what its cited
passages give as a regulator's provisional finding.

"The Grocery Markets Authority has found that the merger will substantially lessen competition in 84 local areas" and
"The Authority's final decision is that the merger may harm competition in 84 local areas", citing "The Grocery
Markets Authority has provisionally found that ... may be expected to result in a substantial lessening of competition
in 84 local areas. These findings are provisional. They are not the Authority's final decision", built. preliminary.py
reads a preliminary report told as a ruling ("ruled"); this reads a finding's verb ("has found", "concluded",
"decided", "determined") and a decision called final ("final decision is", "final finding"). A sentence is refused
where a cited passage sharing a content word with it gives the finding as provisional ("provisionally found",
"provisional findings", "findings are provisional"), the sentence keeps no word of its own saying so ("provisional",
"preliminary", "interim", "draft", "initial", "not final", "not yet"), and no cited passage tells a final finding
itself. English text is read (tests/test_newuser_115.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .final_to_come import final_told_as_come
from .sentences import inside, markers_blanked

_PROVISIONAL = patterns.compile(r"(?<!\w)(?:provisionally\s+(?:found|finds|concluded|decided|considers|determined)"
                                r"|provisional\s+(?:findings?|view|conclusions?)|(?:findings?|conclusions?|view)\s+"
                                r"(?:is|are)\s+(?:only\s+)?provisional)(?!\w)", re.IGNORECASE)
# a finding told as made for good: "has found that", "concluded that", "the final decision is"
# ... a set-off phrase before its "that" too ("found, in its final report, that") or a clause without one ("has found
# the merger will": factcheck_181)
_TOLD_FINAL = patterns.compile(r"(?<!\w)(?:(?:has|have|had)\s+)?(?:found|concluded|determined|decided)"
                               r"(?:,\s+[^,.;:!?]{2,48},)?\s+(?:that|(?:the|its|their|this|these)\s+"
                               r"(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:will|would|may|might|could|must|should)\s)"
                               r"|final\s+(?:decision|finding|findings|ruling|verdict|view|conclusion)\s+(?:is|was|are"
                               r"|were|found|says|said|concluded)(?!\w)", re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:provisional(?:ly)?|preliminary|interim|draft|initial(?:ly)?|not\s+(?:yet\s+)?final"
                         r"|not\s+yet|so\s+far|for\s+now)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|yet\s+to|n['’]t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_FINAL_IN_PASSAGE = patterns.compile(r"(?<!\w)(?:final\s+(?:decision|findings?|report)\s+(?:found|concluded|is\s+that)"
                                     r"|finally\s+(?:found|concluded|decided))(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"found", "finds", "that", "this", "these", "their", "there", "with", "from", "have", "been",
                          "final", "decision", "provisionally", "provisional", "findings", "finding", "concluded",
                          "decided", "determined", "would", "could", "which", "they", "said", "says", "also"})


def provisional_told_final(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as found for good what its cited passages give only as provisionally found,
    or a measure final already that they give as becoming final later (final_to_come.py)."""
    return (_finding_told_final(text, passages, offset, language)
            or final_told_as_come(text, passages, offset, language))


def _finding_told_final(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding when text tells as found for good what its cited passages give only as provisionally found."""
    if (language or "en").split("-")[0].lower() != "en":
        return []
    held = [(" ".join(match.group().split()), passage.text) for passage in passages if "rovisional" in passage.text
            for match in _PROVISIONAL.finditer(passage.text)]
    if not held:
        return []  # most passages find nothing provisionally: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken) or any(_FINAL_IN_PASSAGE.search(passage.text) for passage in passages):
        return []
    quoted = quoted_parts(spoken)
    told = next((match for match in _TOLD_FINAL.finditer(spoken) if not inside(quoted, match.start())
                 and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 20), match.start())), None)
    if told is None:
        return []
    words = content_words(spoken, _NOT_CONTENT)
    shown = next((shown for shown, passage in held if words & content_words(passage, _NOT_CONTENT)), "")
    if not shown:
        return []
    return [Finding(offset, f"this sentence tells as found for good ('{' '.join(told.group().split())}') what its "
                            f"cited passages give only as provisional ('{shown}'): {clipped(text)}",
                    f"keep the source's word ('{shown}'), or cite a passage that gives the final finding")]
