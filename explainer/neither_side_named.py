"""A "neither" told of one: "Henrik Dahl said Estmark lost outright" may not cite "Neither side lost outright".

A passage's "neither side (party, country, government, team, camp, of them) VERB ..." denies the verb of every side;
a sentence giving the same verb and the word after it ("lost outright") to someone, with no "neither", "nor", "no",
"none" or "not" in the words just before the verb, tells as done what the passage denies. English text is read; words
in quotation marks in the sentence are not, and the passage's quoted words are (a speaker's "Neither side lost
outright," is read as said) (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NEITHER = patterns.compile(
    r"(?<![\w-])neither\s+(?:side|party|country|government|team|camp|candidate|company|of\s+them|one)\s+"
    r"(?:has\s+|had\s+)?(?P<verb>[a-z]{3,})\s+(?P<next>[a-z]{3,})", re.IGNORECASE)
_DENYING = patterns.compile(r"(?<![\w-])(?:neither|nor|no|none|not|never|nobody|nothing)(?![\w-])|n[’']t(?!\w)",
                            re.IGNORECASE)
_BEFORE = 40  # characters before a verb that hold its subject ("neither Norland nor Estmark had lost")


def neither_told_of_one(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives someone a deed its passages deny of either side."""
    if not in_english(language) or not passages:
        return []
    denied = [match for passage in passages if "neither" in passage.text.lower()
              for match in _NEITHER.finditer(passage.text)]
    if not denied:
        return []  # most passages deny nothing of both sides: found by a search of their text
    spoken = unquoted(markers_blanked(text))
    for match in denied:
        told = re.search(rf"(?<![\w-]){match['verb']}\s+{match['next']}(?![\w-])", spoken, re.IGNORECASE)
        if told and not _DENYING.search(spoken[max(0, told.start() - _BEFORE):told.start()]):
            return [Finding(offset, f"this sentence tells '{told.group()}' of one side where its cited passages say "
                                    f"'{' '.join(match.group().split())}': {clipped(text)}",
                            "say neither side did, as the source does, or cite a passage that says this one did")]
    return []
