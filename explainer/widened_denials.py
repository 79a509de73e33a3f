"""A denial not widened: "Corran says there will be no redundancies at all" may not cite "There will be no compulsory
redundancies among pilots or cabin crew".

A passage's "no" before a word that narrows what it denies ("no compulsory redundancies", "no forced job cuts", "no
new flights", "no major changes") denies only that kind; a sentence's "no" right before the same noun, with none of
those words ("no redundancies", "no job cuts at all"), denies every kind, and is refused where no cited passage
denies the noun so plainly. The narrowing words read are a short list of kinds (compulsory, forced, mandatory, new,
further, major, significant, large-scale, immediate, permanent, direct, formal); a noun is compared by its first five
letters. A denial "immediate" narrows is kept by a sentence saying "for now", "at present", "yet" or "soon" anywhere.
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NARROWING = ("compulsory", "forced", "mandatory", "involuntary", "new", "further", "major", "significant",
              "large-scale", "immediate", "permanent", "direct", "formal")
_NARROWED = patterns.compile(rf"(?<![\w-])no\s+(?P<kind>{'|'.join(_NARROWING)})\s+(?:(?:job|staff|pilot|[a-z]+-)\s+)?"
                             r"(?P<noun>[a-z]{4,})(?![\w-])", re.IGNORECASE)
_PLAIN = patterns.compile(r"(?<![\w-])no\s+(?:(?:job|staff)\s+)?(?P<noun>[a-z]{4,})(?![\w-])", re.IGNORECASE)
_STEM = 5
# A denial for now kept in other words than "immediate": "no plans to raise tariffs for now" of "no immediate plans"
# (tests/test_factcheck_114.py)
_FOR_NOW = patterns.compile(r"(?<![\w-])(?:for\s+now|for\s+the\s+(?:time\s+being|moment|present)|at\s+(?:present|the"
                            r"\s+moment|this\s+stage)|currently|yet|(?:right\s+)?now|immediately|in\s+the\s+(?:near|short)"
                            r"\s+term|any\s+time\s+soon|soon)(?![\w-])", re.IGNORECASE)


def denial_widened(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text denies plainly what its cited passages deny only of a narrower kind."""
    if not in_english(language) or not passages or "no " not in text.casefold():
        return []
    spoken = unquoted(markers_blanked(text))
    plain = [found for found in _PLAIN.finditer(spoken) if found["noun"].casefold() not in _NARROWING]
    if not plain:
        return []
    narrowed = [found for passage in passages for found in _NARROWED.finditer(passage.text)]
    for mine in plain:
        noun = _stem(mine["noun"])
        theirs = [found for found in narrowed if _stem(found["noun"]) == noun]
        if all(found["kind"].casefold() == "immediate" for found in theirs) and _FOR_NOW.search(spoken):
            continue
        if theirs and not any(_stem(found["noun"]) == noun for passage in passages
                              for found in _PLAIN.finditer(passage.text) if found["noun"].casefold() not in _NARROWING):
            given = " ".join(theirs[0].group().split())
            return [Finding(offset + mine.start(), f"this sentence says '{' '.join(mine.group().split())}' where its "
                                                   f"cited passages say only '{given}': {clipped(text)}",
                            f"keep the word that narrows the denial ('{theirs[0]['kind']}'), or cite the words that "
                            "say what this says")]
    return []


def _stem(noun: str) -> str:
    return noun.casefold()[:_STEM]
