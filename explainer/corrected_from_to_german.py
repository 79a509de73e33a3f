"""A German correction told the wrong way round: the figure corrected to given as the one corrected from
(tests/test_factcheck_219.py).

"Die Nordbahn korrigierte die Zahl von 1,1 auf 1,4 Milliarden Euro" may not cite "Am Mittwoch hatte die Nordbahn
noch mitgeteilt, die Forderungen ... würden jährlich 1,4 Milliarden Euro kosten. Am Donnerstag korrigierte das
Unternehmen diese Zahl auf 1,1 Milliarden Euro": both figures stand in the passage, and the sentence swaps them. A
passage's correction ("korrigierte", "korrigiert", "berichtigte", "revidierte", their participles) gives the figure
after its "auf" as the one corrected to; a sentence's correction "von A auf B" (the verb before, or its participle
after) is refused where A is a figure its passages correct to, B is none, and no passage corrects from A itself.
Words in quotation marks are not read; a sentence giving both figures their places builds (tests/test_newuser_123.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_FIGURE = r"\d[\d.]*(?:,\d+)?"
_CORRECTING = r"(?:korrigier|berichtig|revidier)(?:te|ten|t|en|e)?"
# a clause's word: none that ends a clause, save a figure's own comma ("1,1")
_WORDS = r"(?:\s+(?:[^\s.!?;,]|(?<=\d),(?=\d))+){0,8}?"
# corrected to, in a passage: "korrigierte das Unternehmen diese Zahl (nach unten) auf 1,1"
_CORRECTED_TO = patterns.compile(rf"(?<!\w){_CORRECTING}{_WORDS}\s+auf\s+(?P<to>{_FIGURE})(?!\d)", re.IGNORECASE)
# from and to, in a sentence: "korrigierte die Zahl von 1,1 auf 1,4", "von 1,1 auf 1,4 Milliarden Euro korrigiert"
_FROM_TO = rf"von\s+(?P<from>{_FIGURE})(?:\s+[^\W\d_]+){{0,2}}\s+auf\s+(?P<to>{_FIGURE})(?!\d)"
_TOLD = (patterns.compile(rf"(?<!\w){_CORRECTING}{_WORDS}\s+{_FROM_TO}", re.IGNORECASE),
         patterns.compile(rf"(?<!\w){_FROM_TO}(?:\s+[^\W\d_]+){{0,3}}\s+{_CORRECTING}(?!\w)", re.IGNORECASE))


def correction_reversed_in_german(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding when a German sentence corrects from the figure its passages correct to."""
    if (language or "").split("-")[0].lower() != "de" or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    told = next(_corrections(spoken), None)
    if told is None:
        return []
    said = [unquoted(passage.text) for passage in passages]
    corrected_to = {found["to"] for passage in said for found in _CORRECTED_TO.finditer(passage)}
    corrected_from = {found["from"] for passage in said for found in _corrections(passage)}
    if told["from"] in corrected_to and told["to"] not in corrected_to and told["from"] not in corrected_from:
        return [Finding(offset, f"this sentence corrects from {told['from']} where its cited passages correct to "
                                f"{told['from']}: {clipped(text)}",
                        f"give the correction the way the source does, to {told['from']}, or cite the words that "
                        f"correct from it")]
    return []


def _corrections(text: str):
    """Yield text's corrections "von A auf B", the verb before them or after."""
    for pattern in _TOLD:
        yield from pattern.finditer(text)
