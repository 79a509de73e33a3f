"""Dutch falls told as rises and rises as falls: "De depositie is sinds 2019 met 12 procent toegenomen" citing "is de
depositie sinds 2019 met 12 procent afgenomen" (tests/test_factcheck_246.py). A figure's direction is the verb of
change nearest it, within four words either side in its clause ("met 12 procent afgenomen", "steeg met 4 procent");
where the sentence gives a figure of a passage's sentence the opposite direction, and neither the sentence's clause nor
the passage's gives the figure both directions, the change is told the other way round.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import split_sentences

_RISE = r"(?:ge)?(?:stijg\w*|steeg|stegen|gestegen|toe\s*genomen|toegenomen|neemt\s+toe|nemen\s+toe|nam\s+toe|namen\s+toe|" \
        r"toenemen|verhoog\w*|verdubbel\w*|gegroeid|groei\w*)"
_FALL = r"(?:da(?:al|l)\w*|gedaald|afgenomen|neemt\s+af|nemen\s+af|nam\s+af|namen\s+af|afnemen|verminder\w*|" \
        r"verlaag\w*|gehalveerd|halveer\w*|gekrompen|krimp\w*|kromp)"
_DIRECTION = patterns.compile(rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b", re.IGNORECASE)
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*\s*(?:procent|%)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:!?]|,(?!\d)|\.(?!\d)|\s(?:maar|terwijl|en)\s", re.IGNORECASE)
_NEAR = 4  # words between a figure and its verb of change


def _directions(text: str) -> dict[str, set[str]]:
    """Return each percentage figure of a text with the directions of the verbs of change nearest it in its clause."""
    found: dict[str, set[str]] = {}
    for clause in _CLAUSE_END.split(text):
        for figure in _FIGURE.finditer(clause):
            value = re.sub(r"\s+", "", figure.group()).replace("procent", "%")
            for move in _DIRECTION.finditer(clause):
                gap = clause[min(move.end(), figure.end()):max(move.start(), figure.start())]
                if len(gap.split()) <= _NEAR:
                    found.setdefault(value, set()).add("rise" if move["rise"] else "fall")
    return found


def direction_told_reversed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence gives a passage's figure of a fall as a rise, or of a rise as a fall."""
    if not language.startswith("nl"):
        return []
    mine = _directions(text)
    for passage in passages:
        for sentence in split_sentences(passage.text, "nl"):
            for value, theirs in _directions(sentence.text).items():
                told = mine.get(value, set())
                if len(told) == 1 and len(theirs) == 1 and told != theirs:
                    said = "een daling" if "fall" in theirs else "een stijging"
                    return [Finding(offset, f"this sentence tells the change of {value} the other way round: its "
                                            f"cited passage gives {said} ({clipped(sentence.text, 90)}): "
                                            f"{clipped(text)}",
                                    "keep the direction of the change as the source gives it ('gedaald', "
                                    "'gestegen')")]
    return []
