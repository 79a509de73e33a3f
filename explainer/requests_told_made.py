"""A request the source gives only as a right or a possibility may not be told as made.

"Ostrava has asked for an interpretation" citing "The ruling is final and there is no appeal, though either side may
ask for an interpretation of its terms" (or "either side has 90 days to ask for an interpretation of the ruling")
built (tests/test_factcheck_231.py): the passage's "may ask" backs no request made, and a sentence of so few words
shares too little with it for the checks of deeds told done.

A sentence telling a request made ("has asked for", "asked the tribunal for", "requested", "has sought", "applied for",
"filed a request for") of a thing (its first word of four letters or more after, "interpretation") is refused where a
cited passage gives asking for that thing only as possible or a right ("may ask for", "can ask for", "could seek",
"has 90 days to ask for", "is entitled to request", "the right to ask for") and no cited passage tells it asked. A
negated request ("has not asked for"), one to come ("will ask for") and words in quotation marks are not read.
English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_ASK = r"(?:ask|request|seek|apply|call)"
_MADE = patterns.compile(
    r"(?<![\w'’-])(?P<told>(?:(?:has|have|had)\s+(?:now\s+|already\s+|formally\s+)?)?(?:asked|requested|sought|applied"
    r"|called)(?:(?:\s+[\w'’-]+){0,3}?\s+for\s+|\s+)|(?:filed|lodged|submitted|made)\s+an?\s+(?:formal\s+)?"
    r"request\s+for\s+)(?:an?\s+|the\s+|its\s+|their\s+)?(?P<thing>[^\W\d_]{4,})", re.IGNORECASE)
_POSSIBLE = patterns.compile(
    rf"(?<![\w'’-])(?:(?:may|might|can|could)\s+(?:still\s+|also\s+|yet\s+)?|(?:days|weeks|months|time|right|entitled"
    rf"|free|able)\s+to\s+){_ASK}\s+(?:(?:[\w'’-]+\s+){{0,3}}?for\s+)?(?:an?\s+|the\s+|its\s+)?"
    r"(?P<thing>[^\W\d_]{4,})", re.IGNORECASE)
_UNDONE_BEFORE = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|no|nor|yet\s+to|will|would|may|might|can|could"
                                  r"|if|whether|unless)\W+(?:[\w'’-]+\W+){0,3}$", re.IGNORECASE)
_PREFIX = 5


def _same(word: str, other: str) -> bool:
    """Say whether two words are one in any form: their first five letters."""
    return word.casefold()[:_PREFIX] == other.casefold()[:_PREFIX]


def request_told_made(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a request made that its cited passages give only as possible or a right."""
    if not in_english(language) or not any(" ask" in passage.text or "request" in passage.text
                                           or "seek" in passage.text for passage in passages):
        return []  # a str search: most passages give no request
    own = unquoted(markers_blanked(text))
    for made in _MADE.finditer(own):
        if _UNDONE_BEFORE.search(own[:made.start()]):
            continue
        possible = next((match for passage in passages for match in _POSSIBLE.finditer(passage.text)
                         if _same(match["thing"], made["thing"])), None)
        if possible is None or any(_same(told["thing"], made["thing"])
                                   and not _UNDONE_BEFORE.search(passage.text[:told.start()])
                                   for passage in passages for told in _MADE.finditer(passage.text)):
            continue
        return [Finding(offset, f"this sentence tells as made a request ('{' '.join(made.group().split())}') its cited "
                                f"passages give only as possible ('{' '.join(possible.group().split())}'): "
                                f"{clipped(text)}",
                        "say that it may be asked for, as the source does, or cite the words that tell it asked")]
    return []
