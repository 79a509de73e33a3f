"""A deed of one side of a "while" given to the other: "The Harwick Chamber of Commerce supports the No campaign's
legal challenge" may not cite "the Harwick Chamber of Commerce has said it will work with the council on the scheme,
while the Harwick Independent Traders' Association supports the No campaign's legal challenge".

A passage's "..., while (whereas) NAME VERB WORD WORD" sets one doer, named in capitalised words, against the one
before the comma. A sentence giving the verb (any of its endings: "supports", "support", "supported") and the two
words after it to a subject whose capitalised words name the first doer (a word of its name the second's lacks:
"Chamber") and none only the second's ("Traders") is refused, unless the first doer's clause has the verb too. A
subject in lower case ("the traders' association") or naming neither is not read. English text is read; words in
quotation marks are not (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’-]*)*"
_WHILE = patterns.compile(rf",\s+(?:while|whereas)\s+(?P<second>{_NAME})\s+(?P<verb>[a-z]{{3,}})\s+"
                          r"(?P<next>[\w'’-]+\s+[\w'’-]+)")
_CLAUSE_START = patterns.compile(r"[.;:!?]\s+|^")
_CAPITALS = patterns.compile(r"(?<![\w'’-])[A-Z][\w-]*")
_NOT_NAMING = frozenset({"The", "A", "An", "It", "Its", "He", "She", "They", "Their", "This", "That", "But", "And"})


def deed_given_across_while(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives the deed of a "while" clause's doer to the doer it is set against."""
    if not in_english(language) or not passages:
        return []
    contrasts = [contrast for passage in passages if "while" in passage.text or "whereas" in passage.text
                 for contrast in _contrasts(passage.text)]
    if not contrasts:
        return []  # most passages set no named doers against each other: found by a search of their text
    spoken = unquoted(markers_blanked(text))
    for first, second, verb, following, shown in contrasts:
        stem = re.sub(r"(?:es|s|ed)$", "", verb)
        told = re.search(rf"(?<![\w-]){re.escape(stem)}[a-z]{{0,3}}\s+{re.escape(following)}(?![\w-])", spoken,
                         re.IGNORECASE)
        if told is None:
            continue
        subject = _capitals(re.split(r",\s+(?:while|whereas|but|and)\s+|[,;:]", spoken[:told.start()])[-1])
        if subject & (first - second) and not subject & (second - first):
            return [Finding(offset, f"this sentence gives '{' '.join(told.group().split())}' to whom its cited "
                                    f"passages set against the one who does it ('{shown}'): {clipped(text)}",
                            "give the deed to the doer the source gives it, or cite a passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _contrasts(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str, str, str], ...]:
    """Return each (first doer's words, second doer's words, verb, two words after it, passage's words) of a
    passage's "..., while NAME VERB ..." clauses."""
    found = []
    for match in _WHILE.finditer(text):
        start = max(found_at.end() for found_at in _CLAUSE_START.finditer(text[:match.start()]))
        first = _capitals(text[start:match.start()])
        second = _capitals(match["second"])
        stem = re.sub(r"(?:es|s|ed)$", "", match["verb"].lower())
        both = re.search(rf"(?<![\w-]){re.escape(stem)}[a-z]{{0,3}}\s", text[start:match.start()], re.IGNORECASE)
        if first - second and second - first and not both:  # "X passed the bill, while Y passed it too": both do
            found.append((first, second, match["verb"].lower(), match["next"],
                          " ".join(match.group().lstrip(", ").split())))
    return tuple(found)


def _capitals(text: str) -> frozenset[str]:
    """Return the capitalised words of text that may name a doer, their possessive cut."""
    return frozenset(re.sub(r"[’']s?$", "", word) for word in _CAPITALS.findall(text) if word not in _NOT_NAMING)
