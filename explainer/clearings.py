"""A clearing is a finding of none: "Investigators cleared the driver of any fault" may cite "investigators found no
fault with the driver", and "The inquiry cleared the minister of wrongdoing" cite "The inquiry found no wrongdoing by
the minister" (tests/test_factcheck250.py).

polarity.py read the clearing as a clause restating the passage's with its "no" dropped, and refused the honest
paraphrase. A positive clause that clears someone ("cleared", "exonerated", "absolved", "acquitted") "of" a thing says
what a negative clause finding "no" such thing says, where it names that thing among the few words after "of" and
names whom it clears by words the negative clause holds. "found the driver at fault" stays refused: it clears no one.
A clearing is refused where a cited passage names whom it clears, finds the thing ("found fault with the driver") and
negates nothing (`cleared_of_what_was_found`, run from cite.py). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked

_WORD = r"[^\W\d_][\w'’-]*"
_CLEARED = patterns.compile(
    rf"(?<![\w'’-])(?:cleared|clears|exonerated|exonerates|absolved|absolves|acquitted)\s+"
    rf"(?P<whom>(?:{_WORD}\s+){{1,4}}?)of\s+(?P<what>{_WORD}(?:\s+{_WORD}){{0,2}})", re.IGNORECASE)
# the thing found none of: "found no fault", "no evidence of wrongdoing", "did not find any fault"
_NONE_FOUND = patterns.compile(rf"(?<![\w'’-])(?:no|any)\s+(?P<what>{_WORD}(?:\s+{_WORD}){{0,2}})", re.IGNORECASE)
_CUES = ("clear", "exonerat", "absol", "acquit")
_NO_THING = frozenset({"any", "all", "the", "a", "an", "of", "with", "by", "in", "on", "for", "to", "and", "or",
                       "his", "her", "its", "their", "wrong"})
_SHORTEST_NAME = 4  # a word naming whom: "driver", "minister"


def cleared_of_none_found(positive: str, negative: str) -> bool:
    """Say whether a positive clause clearing someone of a thing says what a negative clause finding none says."""
    folded = positive.casefold()
    if not any(cue in folded for cue in _CUES):
        return False  # most clauses clear no one
    cleared = _CLEARED.search(positive)
    if cleared is None:
        return False
    theirs = _words(negative)
    whom = {word for word in _words(cleared["whom"]) if len(word) >= _SHORTEST_NAME} - _NO_THING
    what = _words(cleared["what"]) - _NO_THING
    found = set().union(*(_words(match["what"]) for match in _NONE_FOUND.finditer(negative))) - _NO_THING
    return bool(whom) and whom <= theirs and bool(what & found)


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(_WORD, text)}


# a finding of the thing itself: "found fault with the driver", "found wrongdoing by the minister"
_FOUND = patterns.compile(rf"(?<![\w'’-])(?:found|finds|find|concluded|ruled)\s+"
                          rf"(?P<what>{_WORD}(?:\s+{_WORD}){{0,2}})", re.IGNORECASE)
_NEGATES = patterns.compile(r"(?<![\w'’-])(?:no|not|n['’]t|never|none|without|any|clear\w*|exonerat\w*|absol\w*"
                            r"|acquit\w*)(?![\w'’-])", re.IGNORECASE)


def cleared_of_what_was_found(text: str, passages: list[Cited], offset: int = 0,
                              language: str = "") -> list[Finding]:
    """Return a finding where text clears someone of a thing its cited passages find in them, negating nothing."""
    if not in_english(language) or not any(cue in text.casefold() for cue in _CUES):
        return []  # most sentences clear no one
    cleared = _CLEARED.search(markers_blanked(text))
    if cleared is None:
        return []
    whom = {word for word in _words(cleared["whom"]) if len(word) >= _SHORTEST_NAME} - _NO_THING
    what = _words(cleared["what"]) - _NO_THING
    for passage in passages:
        if not whom or not whom <= _words(passage.text) or _NEGATES.search(passage.text):
            continue
        found = next((match for match in _FOUND.finditer(passage.text) if _words(match["what"]) & what), None)
        if found is not None:
            told, theirs = " ".join(cleared.group().split()), " ".join(found.group().split())
            return [Finding(offset + cleared.start(), f"this sentence clears of a thing ('{told}') what its cited "
                                                      f"passage finds ('{theirs}'): {clipped(text)}",
                            "tell the finding as the source does, or cite a passage that clears them")]
    return []
