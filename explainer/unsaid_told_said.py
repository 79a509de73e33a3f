"""What a passage says was not said, told as said: "Castlemere said by how much its rents fall below the local
average" citing "The company did not say by how much" built (newuser142): the two share no clause for polarity.py to
compare, only the question left open.

A passage's negated verb of telling ("did not say", "declined to disclose", "would not specify", "has not explained")
before a question's word ("by how much", "how many", "when", "why", "whether", "where", "who", "which") leaves that
question open; a sentence telling it answered by a verb of telling before the same words ("said by how much",
"disclosed when"), not negated itself, is refused unless a cited passage tells it answered too.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

# "said when asked" tells no answer to when: a time of saying, not a question
_QUESTION = (r"(?P<question>by\s+how\s+much|how\s+much|how\s+many|when(?!\s+(?:asked|questioned|pressed|contacted))"
             r"|why|whether|where|who|which)")
_TELLING = r"(?:say|said|says|disclose[sd]?|reveal(?:s|ed)?|specif(?:y|ies|ied)|explain(?:s|ed)?|state[sd]?|tell|told)"
_UNSAID = patterns.compile(
    r"(?<![\w-])(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t|has\s+not"
    r"|hasn['’]t|have\s+not|haven['’]t|had\s+not|declined\s+to|refused\s+to|failed\s+to|without)\s+(?:yet\s+)?"
    + _TELLING + r"\s+(?:\w+\s+){0,1}?" + _QUESTION + r"(?![\w-])", re.IGNORECASE)
_SAID = patterns.compile(r"(?<![\w-])" + _TELLING + r"\s+(?:\w+\s+){0,1}?" + _QUESTION + r"(?![\w-])", re.IGNORECASE)
# the sentence's own negation or refusal before its verb of telling: it keeps the question open
_OWN_UNSAID = patterns.compile(r"(?<![\w-])(?:not|n['’]t|never|declined|refused|failed|without|no)\s+(?:\w+\s+){0,2}$",
                               re.IGNORECASE)
_MAY_ASK = ("how", "when", "why", "whether", "where", "who", "which")


def unsaid_told_said(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells answered a question its cited passages say was left unanswered."""
    if not in_english(language) or not passages:
        return []
    lowered = text.casefold()
    if not any(word in lowered for word in _MAY_ASK):
        return []  # most sentences ask nothing: found by a substring
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    said = next((found for found in _SAID.finditer(spoken) if not inside(quoted, found.start())
                 and not _OWN_UNSAID.search(spoken, max(0, found.start() - 30), found.start())), None)
    if said is None:
        return []
    question = " ".join(said["question"].casefold().split())
    unsaid = next((found for passage in passages for found in _UNSAID.finditer(passage.text)
                   if " ".join(found["question"].casefold().split()) == question), None)
    if unsaid is None or any(_answered(passage.text, question) for passage in passages):
        return []
    return [Finding(offset + said.start(), f"this sentence tells '{' '.join(said.group().split())}' where its cited "
                                           f"passages say it was not told ('{' '.join(unsaid.group().split())}'): "
                                           f"{clipped(text)}",
                    "say it was not told, as the source does, or cite the passage that tells it")]


def _answered(text: str, question: str) -> bool:
    """Say whether a passage tells the question answered: its verb of telling not negated."""
    return any(" ".join(found["question"].casefold().split()) == question
               and not _OWN_UNSAID.search(text, max(0, found.start() - 30), found.start())
               for found in _SAID.finditer(text))
