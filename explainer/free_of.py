"""What a thing is said to be without: "duty-free", "free of duty", "exempt from tax", "VAT-exempt".

Each negates as "no duty" does, with a plain scope: the thing named is what the clause says is lacking. A compound
ending in "-free" or "-exempt" names it before the hyphen; "free of", "free from", "exempt from" or "exempted from"
name it in the words after, up to where the clause goes on ("free of sales tax, but", "exempt from duty until
2027"); "exempt" alone after a verb of being ("small firms are exempt") names nothing. What is named is read
whole, each word singular and however short ("tax", "VAT", "fee"): polarity.py compares words of five letters or
more, and "tax-free" would otherwise share nothing with "free of sales tax".
English text is read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns

_COMPOUND = patterns.compile(r"(?<![\w-])(?P<what>[^\W\d_]+)-(?:free|exempt)(?![\w-])", re.IGNORECASE)
# the words named after "free of", up to three, ending where punctuation or a word that goes on with the clause comes
_PHRASE = patterns.compile(
    r"(?<![\w-])(?:free|exempt(?:ed)?)\s+(?:of|from)\s+(?:(?:the|any|all)\s+)?"
    r"(?P<what>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}?)"
    r"(?=\s*(?:[^\w\s-]|$)|\s+(?:and|or|but|for|on|in|at|until|under|if|when|which|because|as|to|by|from|since"
    r"|after|before|with|while|unless)(?!\w))", re.IGNORECASE)
# "exempt" alone after a verb of being: "small firms are exempt" is "are not subject to it", of a thing said before
_BARE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed)\s+"
                         r"(?:also\s+|still\s+|now\s+)?(?P<exempt>exempt(?:ed)?)(?![\w-])(?!\s+from(?!\w))",
                         re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")


class Lacked(NamedTuple):
    """Words that say a thing is without another: where they stand, and what is lacked, each word folded."""

    start: int
    end: int
    what: tuple[str, ...]  # singular, in order: its last is the head ("sales", "tax"); none for a bare "exempt"


def may_lack(text: str) -> bool:
    """Say whether text may say a thing is without another: False only where it surely does not (a few searches, no
    lowered copy: every passage is asked)."""
    return "free" in text or "xempt" in text or "Free" in text or "FREE" in text or "XEMPT" in text


def lacking(clause: str) -> list[Lacked]:
    """Return what a clause says is lacked, in order."""
    if not may_lack(clause):
        return []
    found = [Lacked(match.start(), match.end(), tuple(_singular(word) for word in _WORD.findall(match["what"])))
             for pattern in (_COMPOUND, _PHRASE) for match in pattern.finditer(clause)]
    found += [Lacked(match.start("exempt"), match.end("exempt"), ()) for match in _BARE.finditer(clause)]
    return sorted(found)


def _singular(word: str) -> str:
    """Return a noun folded and singular, as near as its ending says: "duties" is "duty", "taxes" "tax"."""
    word = word.casefold()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word
