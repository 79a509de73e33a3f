"""A speaker's judgement of a risk kept: "Dr Berg said the relative risk was small" may not cite "Dr Berg said the
relative risk of 4.5 was striking but that the absolute risk was small".

risk_sizes.py reads a risk's size where it follows the risk straight away ("the absolute risk remains small"); a
passage may set the risk's figure between ("the relative risk of 4.5 was striking") and judge its size by a word no
size names ("striking", "alarming", "worrying", "notable", "marked"). Such a judgement is on the large side. A
sentence's "<kind> risk (of <figure>) is (was, remains, ...) <size>", or "called (described, judged, ...) the <kind>
risk (as) <size>", is refused where no cited passage gives that kind of risk a size on the same side and one gives it
the other side. A size negated ("was not small") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_SMALL = frozenset({"small", "low", "tiny", "slight", "modest", "negligible", "minimal"})
_LARGE = frozenset({"large", "high", "big", "substantial", "considerable", "striking", "alarming", "worrying",
                    "notable", "marked", "sizeable", "sizable", "serious"})
_SIZE = patterns.compile(
    r"(?<![\w-])(?P<kind>absolute|relative|overall|individual|excess)\s+risks?\s+(?:of\s+[^\s,;:.]+(?:\.\d+)?\s+)?"
    r"(?:is|was|are|were|remains|remained|stays|stayed|seems|seemed|appears|appeared)\s+(?:still\s+)?"
    r"(?P<not>not\s+|n['’]t\s+)?(?:very\s+|quite\s+|rather\s+)?(?P<size>" + "|".join(sorted(_SMALL | _LARGE)) +
    r")(?![\w-])", re.IGNORECASE)

# a judgement told by its verb: "called the relative risk striking", "described the absolute risk as small"
_CALLED = patterns.compile(
    r"(?<![\w-])(?:called|calls|described|describes|judged|judges|considered|considers|found|finds)\s+the\s+"
    r"(?P<kind>absolute|relative|overall|individual|excess)\s+risks?\s+(?:of\s+[^\s,;:.]+(?:\.\d+)?\s+)?(?:as\s+)?"
    r"(?P<not>not\s+)?(?:very\s+|quite\s+|rather\s+)?(?P<size>" + "|".join(sorted(_SMALL | _LARGE)) + r")(?![\w-])",
    re.IGNORECASE)


def _judged(text: str) -> list[re.Match]:
    """Return where text gives a kind of risk a size: "the relative risk was small", "called the relative risk
    striking"."""
    return [*_SIZE.finditer(text), *_CALLED.finditer(text)]


def risk_judgement_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a kind of risk a size on the side opposite to the judgement its cited
    passages give it."""
    if not in_english(language) or not passages or "risk" not in text.lower():
        return []
    given = {(found["kind"].lower(), "negated" if found["not"] else _side(found["size"]))
             for passage in passages for found in _judged(passage.text)}
    for told in _judged(unquoted(markers_blanked(text))):
        if told["not"]:
            continue
        kind, side = told["kind"].lower(), _side(told["size"])
        if (kind, side) in given or (kind, "negated") in given or (kind, _OTHER[side]) not in given:
            continue
        return [Finding(offset + told.start(), f"this sentence says the {kind} risk is '{told['size']}' where its "
                                               f"cited passages judge it {_OTHER[side]}: {clipped(text)}",
                        "give the risk's size as the source judges it, or cite the words that give it so")]
    return []


_OTHER = {"small": "large", "large": "small"}


def _side(size: str) -> str:
    """Return which side a size word is on: "small" or "large"."""
    return "small" if size.lower() in _SMALL else "large"
