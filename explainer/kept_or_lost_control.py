"""A majority or control kept, lost or won for the first time, not told as another of the three.

"Even if a recount reversed the Riverside result, the Greens would lose their majority" citing "a recount that
reversed the Riverside result would leave them with 23 seats, still a majority of one" built, and so did "The Greens
won 24 of the 45 seats, keeping control" citing "The Green Party has won control of Eastbury District Council for
the first time" (tests/test_factcheck_238.py): every word but the state stood in the passage. Three states of a
majority or of control are read in English:
- kept: "keep (its) majority", "retain control", "hold on to its majority", "still a majority", "still have a
  majority", "still leave it a majority", "still control", "remain in control";
- lost: "lose (its) majority", "lost control", "no longer has a majority";
- won for the first time: "won (taking, took, gained) control ... for the first time".
A sentence telling one of them, not negated ("would not lose its majority" is kept) nor in quotation marks, is refused
where no cited passage tells that state and a cited passage tells another (kept against lost, kept against won for
the first time). A passage telling both keeps whatever a sentence tells of either.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_HELD = r"(?:(?:its|their|his|her|the|a|an|overall|working|narrow|slim|absolute)\s+){0,3}(?:majority|control)"
_KEPT = patterns.compile(
    rf"(?<![\w-])(?:(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|maintain|maintains|maintained"
    rf"|maintaining)\s+{_HELD}|(?:hold|holds|held|holding|hang|hangs|hung|hanging|cling|clings|clung)\s+on(?:to|\s+to)"
    rf"\s+{_HELD}|still\s+(?:(?:have|has|had|hold|holds|with|be|being|leave|leaves|leaving)\s+)?"
    rf"(?:(?:it|them|him|her)\s+)?"
    rf"(?:a|an|its|their)\s+(?:\w+\s+)?majority"
    rf"|still\s+(?:control|controls|controlling|in\s+control)|(?:remain|remains|remained|stay|stays|stayed)\s+in"
    rf"\s+control)(?![\w-])", re.IGNORECASE)
_LOST = patterns.compile(
    rf"(?<![\w-])(?:(?:lose|loses|lost|losing)\s+{_HELD}|no\s+longer\s+(?:have|has|hold|holds|control|controls"
    rf"|in\s+control)(?:\s+{_HELD})?)(?![\w-])", re.IGNORECASE)
_WON_FIRST = patterns.compile(
    r"(?<![\w-])(?:won|wins|win|winning|taken|took|taking|takes|gained|gains|gaining|seized)\s+(?:overall\s+)?control"
    r"(?![\w-])[^.;!?]{0,80}?(?<![\w-])for\s+the\s+first\s+time(?![\w-])"
    r"|(?<![\w-])for\s+the\s+first\s+time[^.;!?]{0,40}?(?<![\w-])(?:won|wins|taken|took|taking|gained|seized)\s+"
    r"(?:overall\s+)?control(?![\w-])", re.IGNORECASE)
_STATES = (("kept", _KEPT), ("lost", _LOST), ("won for the first time", _WON_FIRST))
# which states another one gives the lie to: kept against lost or won anew
_OPPOSED = {"kept": ("lost", "won for the first time"), "lost": ("kept",), "won for the first time": ("kept",)}
_NEGATED_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|cannot|without|unlikely\s+to|failed\s+to"
                                   r"|fail\s+to)(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
_MAY_TELL = ("majority", "control")


def control_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a majority or control kept, lost or won for the first time, and its cited
    passages tell only another of those states."""
    folded = text.casefold()
    if not in_english(language) or not passages or not any(word in folded for word in _MAY_TELL):
        return []  # most sentences name no majority nor control
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for state, pattern in _STATES:
        told = next((match for match in pattern.finditer(spoken) if not inside(quoted, match.start())
                     and not _NEGATED_BEFORE.search(spoken, max(0, match.start() - 30), match.start())), None)
        if told is None or any(_tells(passage.text, pattern) for passage in passages):
            continue
        for other in _OPPOSED[state]:
            theirs = next((found for passage in passages for found in [_tells(passage.text, dict(_STATES)[other])]
                           if found), None)
            if theirs is not None:
                return [Finding(offset, f"this sentence tells a majority or control {state} "
                                        f"('{' '.join(told.group().split())}') where its cited passages tell it "
                                        f"{other} ('{' '.join(theirs.group().split())}'): {clipped(text)}",
                                "tell it as the source does, or cite a passage that says so")]
    return []


def _tells(text: str, pattern: re.Pattern) -> re.Match | None:
    """Return the first match of a state in a passage, not negated; or None."""
    return next((match for match in pattern.finditer(text)
                 if not _NEGATED_BEFORE.search(text, max(0, match.start() - 30), match.start())), None)
