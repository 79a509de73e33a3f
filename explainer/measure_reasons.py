"""A measure's reason kept: "The licence was suspended as a punishment" may not cite "We have suspended this licence
as a precaution", nor a passage saying "This is not a punishment".

A passage gives a measure as a precaution ("as a precaution", "is a precaution", "a precautionary measure"); a
sentence that gives it as a punishment instead ("as a punishment", "as a penalty", "as a sanction", "was a
punishment", "to punish", "punitive") is refused where no cited passage gives that reason unnegated. A reason the
sentence negates ("a precaution, not a punishment", "no punishment", "rather than a penalty") and words in quotation
marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_PRECAUTION = patterns.compile(r"(?<!\w)(?:(?:as|is|was|be|been|a)\s+(?:a\s+)?precaution|precautionary)(?!\w)",
                               re.IGNORECASE)
_PUNISHMENT = patterns.compile(r"(?<!\w)(?:(?:as|is|was|be|been|a|an)\s+(?:a\s+)?(?:punishment|penalty|sanction)"
                               r"|to\s+punish|punitive)(?!\w)", re.IGNORECASE)
# a reason negated or set aside before it: "not as a punishment", "no punishment", "rather than a penalty"
_NEGATED = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t|rather\s+than|instead\s+of|nor)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)


def precaution_told_as_punishment(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding where text gives as a punishment a measure its cited passages give as a precaution."""
    if not in_english(language) or not passages or not any(word in text.lower() for word in ("punish", "penal",
                                                                                              "sanction")):
        return []
    own = unquoted(markers_blanked(text))
    told = next((match for match in _PUNISHMENT.finditer(own) if not _negated(own, match)), None)
    if not told or not any(_PRECAUTION.search(passage.text) for passage in passages):
        return []
    if any(not _negated(passage.text, given) for passage in passages for given in _PUNISHMENT.finditer(passage.text)):
        return []  # a passage gives it as a punishment too
    return [Finding(offset + told.start(), f"this sentence gives as a punishment ('{told.group().strip()}') what its "
                                           f"cited passages give as a precaution: {clipped(text)}",
                    "give the reason the source gives ('as a precaution'), or cite the words that give this one")]


def _negated(text: str, match: re.Match) -> bool:
    """Say whether a reason is negated or set aside by the words just before it ("not", "rather than")."""
    return bool(_NEGATED.search(text[max(0, match.start() - 40):match.start()]))
