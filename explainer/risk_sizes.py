"""A risk's size kept: "The absolute risk is large: about 1 in 790 vaccinated participants" may not cite "The absolute
risk remains small: about 1 in 790 vaccinated participants".

A sentence's "<kind> risk is (was, remains, ...) <size>" (kind: absolute, relative, overall, individual, excess;
size: small, low, tiny, slight, modest, or large, high, big, substantial, considerable) is refused where no cited
passage gives the same kind of risk that size's side and a passage gives it the other side ("the absolute risk was
small" of "remains small" builds; "the relative risk is high" of "the absolute risk remains small" is not read, another
kind). A size negated ("is not small") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_SMALL = frozenset({"small", "low", "tiny", "slight", "modest", "very small", "very low"})
_LARGE = frozenset({"large", "high", "big", "substantial", "considerable", "very large", "very high"})
_SIZE = patterns.compile(r"(?<![\w-])(?P<kind>absolute|relative|overall|individual|excess)\s+risks?\s+"
                         r"(?:(?:is|was|are|were|remains|remained|stays|stayed|seems|appears)\s+)(?:still\s+)?"
                         r"(?P<not>not\s+|n['’]t\s+)?(?P<size>(?:very\s+)?(?:small|low|tiny|slight|modest|large|high|"
                         r"big|substantial|considerable))(?![\w-])", re.IGNORECASE)


def risk_size_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a kind of risk the size opposite to the one its cited passages give it."""
    if not in_english(language) or not passages or "risk" not in text.lower():
        return []
    for told in _SIZE.finditer(unquoted(markers_blanked(text))):
        if told["not"]:
            continue
        kind, side = told["kind"].lower(), _side(told["size"])
        given = {(found["kind"].lower(), _side(found["size"]) if not found["not"] else "negated")
                 for passage in passages for found in _SIZE.finditer(passage.text)}
        if (kind, side) in given or (kind, "negated") in given:
            continue
        if (kind, _OTHER[side]) in given:
            return [Finding(offset + told.start(), f"this sentence says the {kind} risk is '{told['size']}' where its "
                                                   f"cited passages give it as {_OTHER[side]}: {clipped(text)}",
                            "give the risk's size as the source does, or cite the words that give it so")]
    return []


_OTHER = {"small": "large", "large": "small"}


def _side(size: str) -> str:
    """Return which side a size word is on: "small" or "large"."""
    return "small" if " ".join(size.lower().split()) in _SMALL else "large"
