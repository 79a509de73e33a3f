"""English ordinals that rank the noun they stand beside, not one after them: "The strike, the union's second, lasted
three days", "The strike was its third", "The strike, the first in the union's 40-year history".

ranks.py reads an ordinal before what it ranks ("the second strike"); an ordinal in apposition ("X, the first in ...",
"X, its second,") or after "was" ("X was the union's second") ranks X, and is read here for ranks.py, in a sentence
and in its passages alike: "The strike, the union's second" citing "The strike, the first in the union's 40-year
history" turned a first into a second and built. The ordinal stands after "the", "its", "their", "his", "her" or a
possessive ("the union's"), and is followed by the clause's end or by "in", "of", "since", "for", "ever", "to",
"such", "this", "last", "so far" or "yet" (an ordinal before a noun is ranks.py's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import patterns
from .numbers import ENGLISH_ORDINAL

_WHOSE = r"(?:the|its|their|his|her|our|(?:the\s+)?[^\W\d_][\w-]*['’]s?)\s+"
_NTH = rf"(?P<nth>{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th))"
_ENDS = r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:in|of|since|for|ever|to|such|this|last|so\s+far|yet)(?!\w))"
_APPOSED = patterns.compile(rf"(?<![\w-])(?P<what>[^\W\d_]+)(?:,\s+|\s+(?:was|is|were|are|will\s+be|would\s+be|has\s+been"
                            rf"|had\s+been|became|becomes)\s+)(?P<shown>{_WHOSE}{_NTH}){_ENDS}", re.IGNORECASE)


# "It was the first", "This is its second": what a pronoun stands for is not read
_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "which", "who",
                       "there", "what", "one"})


def apposed_ranks(text: str) -> Iterator[re.Match]:
    """Yield each ordinal of text that ranks the noun before it, its groups `what` and `nth` (ranks.py gates it on an
    ordinal's word)."""
    return (match for match in _APPOSED.finditer(text) if match["what"].casefold() not in _PRONOUNS)
