"""A quotation not negated against its source: "The trust's offer is generous, not \"an insult to doctors ...\"" may
not cite "said the offer was \"an insult to doctors who kept this hospital running through the winter\"".

A sentence that puts "not" (or "isn't", "never", "rather than") just before a quotation says the quoted words do not
hold; negated_quotes.py reads such a negation only where a verb of saying reports the speaker ("He said the plan was
not \"workable\""), so a claim telling its own claimant's words as denied, with no such verb, built
(tests/test_factcheck_245.py). A sentence is refused where it negates a quotation that a cited passage gives with
no negation in the few words before it, and no cited passage gives negated, and negated_quotes.py names none; a
sentence that sets the quotation against another's word ("as the Guild claims", "rejects", "disputes", "denies",
"dismisses") says whose word it denies and is left to the checks of speakers. "Not only", "not just" keep the quoted
words. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .negated_quotes import negated_quotes

_OPENING = "\"“‘'"
_NEGATED_QUOTE = patterns.compile(
    r"(?<![\w-])(?:not|never|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|rather\s+than|instead\s+of|far\s+from)"
    # not "not only", "not just": those keep the quoted words and add to them
    r"(?!\s+(?:only|just|merely|simply|least)\b)(?:\s+(?:an?|the|at\s+all))?,?\s+"
    r"[\"“‘]([^\"”’]{3,}?)[\"”’]", re.IGNORECASE)
# the sentence says whose word it denies: left to the checks of speakers
_ANSWERS_ANOTHER = patterns.compile(
    r"(?<![\w-])(?:as\s+(?:\w+\s+){0,4}?(?:claims?|claimed|says?|said|puts?\s+it|alleges?|alleged|argues?|argued)"
    r"|rejects?|rejected|disputes?|disputed|denies|denied|dismiss\w*|contrary\s+to|counter\w*|rebut\w*)(?![\w-])",
    re.IGNORECASE)
_QUALIFIED = patterns.compile(r"[\s,]*(?:in\s+(?:any|every|all|each)\s+\w+|entirely|wholly|fully|quite|always)(?![\w-])",
                              re.IGNORECASE)
_NEGATION_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|no|n['’]t|nor|neither|rather\s+than|instead\s+of)"
                                    r"(?:\s+\S+){0,3}\s*[\"“‘]?$", re.IGNORECASE)


def quotation_negated(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text negates a quotation that a cited passage gives as said, never negated."""
    if not in_english(language) or not passages or not any(mark in text for mark in _OPENING):
        return []
    if _ANSWERS_ANOTHER.search(text) or negated_quotes(text, passages, offset, language):
        return []  # another's word denied, or a speaker's negation negated_quotes.py names already
    for match in _NEGATED_QUOTE.finditer(text):
        quoted = " ".join(match.group(1).split()).rstrip(".,;")
        if " " not in quoted or _QUALIFIED.match(text, match.end()):
            continue  # one word quoted, a term discussed ('not "all-out"'), or a denial qualified ("in every respect")
        said = [_negated_before(passage.text, quoted) for passage in passages]
        if any(found is False for found in said) and not any(found for found in said):
            return [Finding(offset + match.start(),
                            f"this sentence negates a quotation ('{' '.join(match.group().split())}') that its cited "
                            f"passages give as said: {clipped(text)}",
                            "keep the quotation as its speaker said it, or say whose word the sentence denies")]
    return []


def _negated_before(text: str, quoted: str) -> bool | None:
    """Say whether text negates `quoted` just before it (True), gives it un-negated (False), or lacks it (None)."""
    flat = " ".join(text.split())
    start = flat.casefold().find(quoted.casefold())
    if start < 0:
        return None
    return bool(_NEGATION_BEFORE.search(flat[max(0, start - 40):start]))
