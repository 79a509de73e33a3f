"""A closure kept to come: a closure the source gives only as to come ("would close no earlier than April 2027",
"faces closure", "plans to close") may not be told as done.

"The Elmsford unit has closed" (or "was closed", "has been shut", "closed its doors", "is now closed") citing "The
trust said the unit would close no earlier than April 2027" tells as done what the source says may come. Refused
where the sentence tells a place that serves (a unit, ward, hospital, school, ...) closed or shut in the past
or perfect, and the cited passages use "close",
"closure" or "shut" only as to come (after "would", "will", "could", "may", "to", or as the noun) and never as done
("closed", "shut down"). A negated closure ("has not closed", "was never closed"), one told as to come ("will be
closed", "would have to be closed"), and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .business_steps import option_as_done
from .sentences import markers_blanked

# the sentence's closure told as done: "has closed", "was closed", "closed its doors", "is now closed", "shut down"
_CLOSED = patterns.compile(
    r"(?<![\w-])(?P<aux>(?:has|have|had|was|were|is|are)\s+(?:now\s+|already\s+|since\s+|been\s+|now\s+been\s+)*)?"
    r"(?P<word>closed(?:\s+down)?|shut(?:\s+down)?)(?![\w-])", re.IGNORECASE)
# a simple past needs its owner before it ("The trust closed the unit"): a bare "closed" after a noun
_TO_COME_BEFORE = patterns.compile(
    r"(?<![\w-])(?:will|would|could|may|might|can|shall|should|must|to|be|being|if|unless|once|until|when|before"
    r"|not|never|n['’]t|no|nor|yet)\W+(?:\w+\W+){0,1}$", re.IGNORECASE)
# a passage's closure as to come, and any as done
_CLOSURE_WORD = patterns.compile(r"(?<![\w-])(?:clos(?:e|es|ing|ure|ures)|shut(?:s|ting)?)(?![\w-])", re.IGNORECASE)
_DONE_IN_PASSAGE = patterns.compile(r"(?<![\w-])(?:closed|shut\s+down|shut\s+its|shut\s+the)(?![\w-])", re.IGNORECASE)
# what a closure told as done must be of: a place that serves ("the unit", "the ward", "the hospital"), not a
# consultation, a road or a deal, which close without any plan ("the consultation closed on 26 August")
_FACILITY = patterns.compile(r"(?<![\w-])(?:units?|wards?|hospitals?|maternity|clinics?|schools?|stations?|plants?"
                             r"|factor(?:y|ies)|mines?|branch(?:es)?|librar(?:y|ies)|centres?|centers?|surgery"
                             r"|surgeries|practices?|departments?|services?)(?![\w-])", re.IGNORECASE)
_ADJECTIVES = patterns.compile(r"(?<![\w-])closed\s+(?:session|meeting|door|doors|shop|list)(?![\w-])", re.IGNORECASE)


def closure_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a closure done that its cited passages give only as to come."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    cited = " ".join(passage.text for passage in passages)
    to_come = _CLOSURE_WORD.search(cited)
    if to_come is None or _DONE_IN_PASSAGE.search(cited) or option_as_done(text, passages, offset):
        return []  # a closure one option of a list gives is named once, as the option told as done (business_steps.py)
    for match in _CLOSED.finditer(own):
        if _ADJECTIVES.match(own, match.start("word")) and not match.group("aux"):
            continue
        if _TO_COME_BEFORE.search(own[:match.start()]):
            continue
        if not (_FACILITY.search(own[max(0, match.start() - 60):match.start()])
                or _FACILITY.search(own[match.end():match.end() + 30])):
            continue
        if match.group("word").lower() == "shut" and not match.group("aux"):
            continue  # "shut" alone may be a present ("they shut the unit in April") or an order
        return [Finding(offset, f"this sentence tells a closure as done ('{match.group().strip()}') where its cited "
                                f"passages give it only as to come ('{to_come.group()}'): {clipped(text)}",
                        "say what the source says (it would close, or may), or cite the passage that says it closed")]
    return []
