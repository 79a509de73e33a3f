"""One place paired with itself: "relations between Pakistan and Pakistan" citing "relations between Afghanistan and
Pakistan" names one side where the source names two (factcheck_212).

A sentence is refused where "between" (French and Spanish "entre", German "zwischen") joins a run of capitalised
words to the same run by "and" ("et", "y", "und"), and no cited passage writes that pair so. Runs that differ in a
word are two places ("between East Germany and West Germany", "between Sudan and South Sudan"), and a name before
"'s" names no place of its own ("between Labour and Labour's left").
"""

from __future__ import annotations


from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_PAIRED = patterns.compile(rf"(?<![\w-])(?:between|entre|zwischen)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+)?"
                           rf"(?P<first>{_NAME})\s+(?:and|et|y|und)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+)?"
                           rf"(?P<second>{_NAME})(?![\w'’-])")


def one_party_paired(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text pairs a name with itself after "between" and no cited passage does."""
    if "between" not in text and "entre" not in text and "zwischen" not in text:
        return []  # most sentences pair nothing: found without a pattern
    spoken = markers_blanked(text)
    for match in _PAIRED.finditer(spoken):
        first, second = " ".join(match["first"].split()), " ".join(match["second"].split())
        if first != second or any(_pairs_itself(passage.text, first) for passage in passages):
            continue
        return [Finding(offset + match.start("second"), f"this sentence pairs {first} with itself "
                                                        f"('{' '.join(match.group().split())}'): {clipped(text)}",
                        "name both sides as the source does")]
    return []


def _pairs_itself(passage: str, name: str) -> bool:
    """Say whether a passage pairs `name` with itself too, as a quotation might."""
    return any(" ".join(match["first"].split()) == name == " ".join(match["second"].split())
               for match in _PAIRED.finditer(passage))
