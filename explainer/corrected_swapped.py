"""A corrected figure swapped with the one it corrects: the figure a passage calls wrong told as the corrected one,
or the corrected one told as wrong.

"The corrected turnout is 44.8 percent" citing "the turnout figure it published on election night, 44.8 percent,
was wrong, ... The corrected turnout is 41.2 percent." built: both figures stand in the passage. English words only,
each right beside its figure: a figure called corrected ("the corrected turnout is 41.2", "corrected to 41.2", "the
correct figure is 41.2") and one called wrong ("44.8 percent, was wrong", "the wrong figure of 44.8", "wrongly
given as 44.8"). A sentence calling a figure corrected that its passages call wrong and never corrected, or the
other way round, is refused; a figure a passage calls neither is not read (tests/test_newuser_122.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .corrected_from_to_german import correction_reversed_in_german

_FIGURE = r"(\d[\d,]*(?:\.\d+)?)"
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?:\s*(?:%|per\s*cent|percent|votes|ballots|voters|people))?"
_NOUN = r"(?:[\w-]+\s+){0,3}?"
# "the corrected turnout is 41.2", "corrected to 41.2", "the correct figure is 41.2", "the corrected figure, 41.2"
_CORRECTED = patterns.compile(
    rf"(?<!\w)(?:(?:corrected|correct|revised|right|accurate)\s+{_NOUN}(?:is|was|of|stands\s+at|at|,)"
    rf"|corrected\s+(?:it\s+|the\s+\w+\s+)?to|revised\s+(?:it\s+|the\s+\w+\s+)?to)\s+{_FIGURE}", re.IGNORECASE)
# "44.8 percent, was wrong", "the wrong figure of 44.8", "wrongly given as 44.8", "an incorrect 44.8"
_WRONG = patterns.compile(
    rf"({_NUMBER}){_UNIT}\s*,?\s+(?:[\w-]+\s+){{0,2}}?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:wrong|incorrect|inaccurate"
    rf"|mistaken|in\s+error|an\s+error|a\s+mistake)(?!\w)"
    rf"|(?<!\w)(?:wrong|incorrect|inaccurate|erroneous|mistaken)\s+{_NOUN}(?:of|at|as|was|,)?\s*({_NUMBER})"
    rf"|(?<!\w)(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:\w+\s+){{0,3}}?(?:as|at)\s+({_NUMBER})",
    re.IGNORECASE)


# What a sentence itself calls wrong may stand further from its verb: "44.8 percent published on election night was
# wrong" (not across "that" or "which", whose clause tells of another thing).
_TOLD_WRONG = patterns.compile(
    rf"({_NUMBER}){_UNIT}\s*,?\s+(?:(?!that\s|which\s)[\w-]+\s+){{0,5}}?(?:was|were|is|are|had\s+been|has\s+been)\s+"
    rf"(?:wrong|incorrect|inaccurate|mistaken|in\s+error)(?!\w)", re.IGNORECASE)


def _figures(pattern: re.Pattern, text: str) -> set[str]:
    """Return the figures text calls so, digits only ("1,046" is 1046)."""
    return {next(filter(None, found.groups())).replace(",", "") for found in pattern.finditer(text)}


def wrong_and_corrected_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text calls corrected a figure its passages call only wrong, or wrong one they
    call only corrected; German text is read for a correction told the wrong way round (corrected_from_to_german.py)."""
    if (language or "").split("-")[0].lower() == "de":
        return correction_reversed_in_german(text, passages, offset, language)
    if not in_english(language) or not re.search(r"(?i)correct|revised|wrong|incorrect|mistak|error|right|accurate",
                                                 text):
        return []
    wrong = set().union(*(_figures(_WRONG, p.text) for p in passages))
    corrected = set().union(*(_figures(_CORRECTED, p.text) for p in passages))
    for figure in sorted(_figures(_CORRECTED, text)):
        if figure in wrong and figure not in corrected:
            return [_finding(offset, text, figure, "corrected", "wrong")]
    for figure in sorted(_figures(_WRONG, text)):
        if figure in corrected and figure not in wrong:
            return [_finding(offset, text, figure, "wrong", "corrected")]
    return []


def called_wrong(text: str) -> set[str]:
    """Return the figures English text itself calls wrong ("the figure of 44.8 percent was wrong"), digits only: such a
    sentence states none of them as current (revised.py)."""
    return _figures(_WRONG, text) | _figures(_TOLD_WRONG, text) if re.search(r"(?i)wrong|incorrect|inaccurate|mistak|error", text) else set()


def _finding(offset: int, text: str, figure: str, told: str, given: str) -> Finding:
    return Finding(offset, f"this sentence calls {figure} the {told} figure where its cited passages call it the "
                           f"{given} one: {clipped(text)}",
                   f"give the figure the source calls {told}, or cite the words that call {figure} so")
