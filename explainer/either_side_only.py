"""A right of either side told as one side's alone: "Under the panel's rules, only Norland may ask for a review" may not
cite "Under the panel's rules, either side may ask for a review of provisional measures".

A passage's "either (each, both, any) side (party, country, government, state) may (can, could) VERB" gives the right
to every side. A sentence's "only NAME may (can, could) VERB", the same verb, NAME one doer (not "the two sides",
"both parties", "the parties", "Norland and Estmark"), takes it from the others and is refused. "Estmark may ask for a
review" (one of either side) and "Either side may ask" build. English text is read; words in quotation marks are not
(tests/test_factcheck_177.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_EITHER = patterns.compile(r"(?<![\w-])(?:either|each|both|any)\s+(?:sides?|part(?:y|ies)|countr(?:y|ies)|"
                           r"governments?|states?|members?)\s+(?:may|can|could)\s+(?P<verb>[a-z]{3,})", re.IGNORECASE)
_ONLY = patterns.compile(r"(?<![\w-])only\s+(?P<doer>[^,;.]{1,60}?)\s+(?:may|can|could)\s+(?P<verb>[a-z]{3,})",
                         re.IGNORECASE)
_SEVERAL = patterns.compile(r"(?<![\w-])(?:sides|parties|both|either|each|two|and|governments|countries|states|"
                            r"members|they|them)(?![\w-])", re.IGNORECASE)


def either_side_told_as_only_one(text: str, passages: list[Cited], offset: int = 0,
                                 language: str = "") -> list[Finding]:
    """Return a finding when text gives one doer alone a right its passages give either side."""
    if not in_english(language) or not passages or "only" not in text.lower():
        return []
    rights = [match for passage in passages for match in _EITHER.finditer(passage.text)]
    if not rights:
        return []  # most passages give no right to either side: found by a search of their text
    for told in _ONLY.finditer(unquoted(markers_blanked(text))):
        if _SEVERAL.search(told["doer"]):
            continue
        given = next((right for right in rights if right["verb"].lower() == told["verb"].lower()), None)
        if given is not None:
            return [Finding(offset, f"this sentence says '{' '.join(told.group().split())}' where its cited passages "
                                    f"say '{' '.join(given.group().split())}': {clipped(text)}",
                            "give the right to every side, as the source does, or cite a passage that says this")]
    return []
