"""A quote's speaker named by role before the name: '"You are not a minority in this city," said Daniel Frost' may
not cite '"You are not a minority in this city," said our chair, Priya Shah.'

The speaker checks read '"...," said NAME' and 'NAME, our chair, said'; a statement's own '"...," said our chair,
Priya Shah.' (said, then "our", "its", "their", "the", "his" or "her" and a role of up to five words, a comma, then a
name of two or more capitalised words) was read as no one's, and any name built. Here the name after the role speaks
the quotation just before it and one that opens right after the attribution's sentence. A sentence giving some of
those quoted words (five words or more in a row) to a named speaker ('said FIRST LAST', 'FIRST LAST said'), the
speaker's last name nowhere in it outside quotation marks, is refused. English text is read
(tests/test_factcheck_177.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts, unquoted

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"
_TITLED = patterns.compile(rf"said\s+(?:our|its|their|the|his|her)\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+,\s+"
                           rf"(?P<name>{_NAME})(?P<end>[.,;]?)")
_GIVEN = patterns.compile(rf"(?:said|says|told|added)[:,]?\s+(?P<after>{_NAME})|(?P<before>{_NAME}),?\s+"
                          rf"(?:said|says|told|added)(?![\w-])")
_WORD = patterns.compile(r"[\w'’-]+")
_MARKS = " ,\"“”'‘’"  # what stands between a quotation and its attribution
_RUN = 5  # words in a row that make a quotation one's own


def quote_given_past_titled_speaker(text: str, passages: list[Cited], offset: int = 0,
                                    language: str = "") -> list[Finding]:
    """Return a finding when text gives words a passage's titled speaker said to another named speaker."""
    if not in_english(language) or not passages or "said" not in text and "says" not in text:
        return []
    spoken = [(name, words) for passage in passages if "said" in passage.text for name, words in _titled(passage.text)]
    if not spoken:
        return []  # most passages name no speaker after a role: found by a search of their text
    told = [_words(text[start:end]) for start, end in quoted_parts(text)]
    named = [match["after"] or match["before"] for match in _GIVEN.finditer(text)]
    for name, words in spoken:
        if not any(_shares_a_run(own, words) for own in told):
            continue
        other = next((given for given in named if _last(given) != _last(name) and not _owner(given)), None)
        if other is not None and not re.search(rf"(?<![\w-]){re.escape(_last(name))}(?![\w-])", unquoted(text)):
            return [Finding(offset, f"this sentence gives the quoted words to {other}, but its cited passages give "
                                    f"them to {name}: {clipped(text)}",
                            "name the speaker the source names, or cite a passage where this one says them")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _titled(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return each (name, quoted words) a passage gives a speaker named after a role."""
    parts = quoted_parts(text)
    found = []
    for match in _TITLED.finditer(text):
        before = [span for span in parts if span[1] <= match.start() and not text[span[1]:match.start()].strip(_MARKS)]
        after = [span for span in parts if span[0] >= match.end() and not text[match.end():span[0]].strip(_MARKS)]
        for start, end in before + (after if match["end"] == "." else []):
            found.append((match["name"], _words(text[start:end])))
    return tuple(found)


def _words(text: str) -> tuple[str, ...]:
    """Return text's words, lowered."""
    return tuple(word.lower() for word in _WORD.findall(text))


def _shares_a_run(own: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Say whether two quotations share words enough in a row to be one's."""
    runs = {theirs[at:at + _RUN] for at in range(len(theirs) - _RUN + 1)}
    return any(own[at:at + _RUN] in runs for at in range(len(own) - _RUN + 1))


def _last(name: str) -> str:
    """Return a name's last word, its possessive cut."""
    return re.sub(r"[’']s$", "", name.split()[-1])


def _owner(name: str) -> bool:
    """Say whether a name is an owner's ("Keep Harwick Moving's chair"), not the speaker's own."""
    return name.endswith(("'s", "’s"))
