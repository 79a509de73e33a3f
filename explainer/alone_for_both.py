"""One side not told as the only one where the passages say both: "Industry groups in Norlandia alone said the quota
was too low" (or "Only Norlandia's industry groups said") may not cite "Industry groups on both sides said the quota
was too low".

A party as a subject of what "both sides" did is true of it (one_side.py: "Pakistan claimed victory" of "both sides
claimed victory"), and that built with a word making it the only one. A sentence narrows its subject to one where it
opens on "Only" or "Just" ("Only the union said"), where "alone" follows a noun before a verb ("Norlandia alone
said"; not "acted alone", "alone in the room"; "alone in saying" is read), or where it says "the only one (side,
country, group) to" or "that". It is refused where a cited passage says "both sides" ("the two countries", "all
parties": one_side.py's words), shares two more words of four letters or more with it and uses no such word of its own
("only", "alone"), and where the sentence says neither "both" nor "each". English text is read; words in quotation
marks are not (tests/test_factcheck_117.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .one_side import _BOTH, _BOTH_SIDES, _NOT_CONTENT, _OWN_BOTH, _RESTATES
from .sentences import inside, markers_blanked
from .wordset import may_hold

_NARROWED = patterns.compile(
    r"^\W*(?:only|just|solely)\s+(?=[\w'’])"
    r"|(?<=[\w'’])\s+alone\s+(?:in\s+[a-z]+ing|(?!(?:in|at|on|with|for|to|by|from|of|and|or|as|but|is|was)(?!\w))"
    r"[a-z]+)(?!\w)"
    r"|(?<!\w)the\s+only\s+(?:[\w'’-]+\s+){0,2}?(?:ones?|sides?|party|parties|country|countries|groups?|camps?"
    r"|nations?|governments?)\s+(?:to|that|who|which)(?!\w)", re.IGNORECASE)
_OWN_NARROWING = patterns.compile(r"(?<!\w)(?:only|alone|solely|sole)(?!\w)", re.IGNORECASE)
_MAY_NARROW = ("only", "Only", "alone", "Just", "Solely")


def alone_for_both(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text makes one side the only one to do what a passage restating it says both did."""
    if not in_english(language) or not any(word in text for word in _MAY_NARROW):
        return []  # most sentences narrow nothing: found by a plain search
    spoken = markers_blanked(text)
    narrowed = next((match for match in _NARROWED.finditer(spoken)
                     if not inside(quoted_parts(spoken), match.start())), None)
    if narrowed is None or _OWN_BOTH.search(spoken):
        return []
    own = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        if not may_hold(passage.text, _BOTH_SIDES) or _OWN_NARROWING.search(passage.text):
            continue
        both = _BOTH.search(passage.text)
        if both and len(own & content_words(passage.text, _NOT_CONTENT)) >= _RESTATES:
            return [Finding(offset, f"this sentence gives to one side alone ('{' '.join(narrowed.group().split())}') "
                                    f"what its cited passages say of '{' '.join(both.group().split())}': "
                                    f"{clipped(text)}",
                            "name both sides, as the source does, or drop the word that makes this one the only "
                            "one")]
    return []
