"""A part told as all: "Its forces have taken out all tanks and armored vehicles" may not cite "Pakistan has said its
forces have taken out a number of tanks and armored vehicles".

all_for_some.py refuses "all <noun>" where a passage says the others are left out ("Other batches are not
affected"); a passage giving only a part ("a number of tanks") built (benchmarks/mutations.py, factcheck214). Here a
sentence's "all (the, its, their) <plural noun>" is refused where a cited passage gives that noun (the same word,
one word between at most: "a few older tanks") after a word of a part proportions.py does not read ("a number of",
"a few", "dozens of", "a handful of", "numerous", "various", "certain"; it reads "most", "many", "some", "several"),
and no cited passage says "all", "every", "each" or "entire" of it. Not read: "not all", "of all", "all of them",
"all other <noun>", a sentence telling some apart itself ("only", "except"), and words in quotation marks. English
text is read.

One thing told as every one: "Labour wants a recount in every ward" citing "Labour has asked for a recount in the
ward" built. A sentence's "every <noun>" or "each <noun>" is refused where a cited passage names that noun only in
the singular, after "the", "one", "a", "a single", "that" or "this", never in the plural nor after "all", "every",
"each" or "entire"; a time's noun ("every day", "each year") is not read (tests/test_factcheck_238.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .per_unit_amounts import per_unit_of
from .sentences import inside, markers_blanked

_ALL = patterns.compile(r"(?<![\w'’-])all\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z][\w-]*s)(?![\w'’-])",
                        re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?:(?<![\w'’-])(?:not|nor|never|of|among|from|above|at|after)|n['’]t)\s+$",
                               re.IGNORECASE)
_SOME_TOLD = patterns.compile(
    r"(?<![\w'’-])(?:only|except|excluding|other\s+than|apart\s+from|but\s+not)(?![\w'’-])", re.IGNORECASE)
_NOT_NOUNS = frozenset("other others those these this that sides parties times ways kinds sorts".split())
# proportions.py reads "most", "many", "some", "several", "half" of a thing; these it does not
_PART = (r"(?<![\w'’-])(?:a\s+number\s+of|a\s+few|dozens\s+of|hundreds\s+of|scores\s+of|a\s+handful\s+of|"
         r"numerous|various|certain)\s+(?:[\w'’-]+\s+)?")
_WHOLE = r"(?<![\w'’-])(?:all|every|each|entire)\s+(?:[\w'’-]+\s+){0,2}"


_EVERY = patterns.compile(r"(?<![\w'’-])(?:every|each)\s+(?P<noun>[a-z][\w-]*[a-rt-z])(?![\w'’-])", re.IGNORECASE)
_ONE = r"(?<![\w'’-])(?:the|one|a|an|a\s+single|that|this)\s+"
_TIMES = frozenset("day week month year time hour minute morning evening night weekend season term quarter decade "
                   "other one".split())


def part_told_as_all(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "all" of a noun a cited passage gives only a part of."""
    if not passages or not in_english(language):
        return []
    return _one_told_as_every(text, passages, offset) or _part_told_as_all(text, passages, offset)


def _one_told_as_every(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says "every" or "each" of a noun a cited passage names only as one."""
    folded = text.casefold()
    if "every" not in folded and "each" not in folded:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = " ".join(passage.text for passage in passages)
    for match in _EVERY.finditer(spoken):
        noun = match.group("noun")
        if noun.casefold() in _TIMES or inside(quoted, match.start()) or _SOME_TOLD.search(spoken):
            continue
        # "310p a share" names no single share: an amount per one (per_unit_amounts.py)
        one = next((found for found in patterns.compile(_ONE + re.escape(noun) + r"(?![\w'’-])", re.IGNORECASE)
                    .finditer(theirs) if not per_unit_of(theirs, found.start(), spoken)), None)
        more = patterns.compile(rf"(?<![\w'’-]){re.escape(noun)}(?:s|es)(?![\w'’-])|" + _WHOLE + re.escape(noun)
                                + r"(?![\w'’-])", re.IGNORECASE).search(theirs)
        if one and not more:
            return [Finding(offset + match.start(), f"this sentence says '{match.group()}' where its cited passages "
                                                    f"name only one ('{one.group()}'): {clipped(text)}",
                            f"keep the one the source names ('{one.group()}'), or cite a passage that says "
                            f"'{match.group()}'")]
    return []


def _part_told_as_all(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says "all" of a noun a cited passage gives only a part of."""
    spoken = markers_blanked(text)
    if "all" not in spoken.casefold() or _SOME_TOLD.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    theirs = " ".join(passage.text for passage in passages)
    for match in _ALL.finditer(spoken):
        noun = match.group("noun")
        if (noun.casefold() in _NOT_NOUNS or inside(quoted, match.start())
                or _NOT_BEFORE.search(spoken, max(0, match.start() - 12), match.start())):
            continue
        stem = re.escape(noun[:-1])
        of_noun = stem + r"(?:s|es)?(?![\w'’-])"
        part = patterns.compile(_PART + of_noun, re.IGNORECASE).search(theirs)
        if part and not patterns.compile(_WHOLE + of_noun, re.IGNORECASE).search(theirs):
            return [Finding(offset + match.start(), f"this sentence says '{match.group()}' where its cited passages "
                                                    f"give only '{part.group()}': {clipped(text)}",
                            "keep the part the source gives ('a number of', 'some'), or cite a passage that says all")]
    return []
