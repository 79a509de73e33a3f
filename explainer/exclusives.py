"""A main one not made the only one: "equipment from its only defense partner, China" may not cite "equipment from
its main defense partner China".

A sentence calls something the only one by "only" or "sole" after "the", "its", "their" or a possessive ("its only
defense partner"). It is refused where a cited passage gives the same thing (its first word after, in the same first
five letters) as "main", "chief", "principal", "primary", "key", "major", "leading", "largest" or "biggest", and no
cited passage says "only", "sole", "single" or "exclusive" of it. English text is read; words in quotation marks are
not.

An "only" the passages lack is refused too before a name or a figure: "Only Northland has nuclear weapons" citing
"Northland has nuclear weapons" makes one party the only one, "only 40 soldiers" a few. It is read where a cited
passage holds the same name or figure and two more of the sentence's words of four letters or more, and no cited
passage says it otherwise ("only", "alone", "sole", "just", "mere", "no other", "no more than", "fewer than", ...);
"not only Northland" and an "only" before any other word ("only after", "only in March") are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_ONLY = patterns.compile(r"(?<!\w)(?:the|its|their|his|her|[\w-]+['’]s?)\s+(?P<only>(?:only|sole)\s+(?P<thing>[a-z][\w-]{2,})"
                         r"(?:\s+[a-z][\w-]+)?)")
_MAIN = r"main|chief|principal|primary|key|major|leading|largest|biggest"
_MAY = frozenset({"only", "sole"})


def made_the_only_one(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text calls the only one what its cited passages call the main one, or says "only" of a
    name or a figure that its cited passages give without one."""
    if not in_english(language) or not may_hold(text, _MAY):
        return []  # most sentences call nothing the only one: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    return (_main_as_only(text, spoken, quoted, passages, offset)
            or _only_added(text, spoken, quoted, passages, offset))


# "only" right before a name or a figure, not after "not" ("not only Northland but also Southland")
_ONLY_BEFORE = patterns.compile(r"(?<![\w-])(?<!not\s)(?<!Not\s)[Oo]nly\s+(?P<named>[A-Z][\w-]*|\d[\d,.]*)")
# what a passage says an "only" with: any of them anywhere in it lets the sentence's "only" stand
_SAID_ALONE = patterns.compile(r"(?<!\w)(?:only|alone|sole|solely|single|exclusive|exclusively|just|merely|mere"
                               r"|no\s+other|none\s+other|no\s+more\s+than|as\s+(?:few|little)\s+as|fewer\s+than"
                               r"|less\s+than|at\s+most)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[A-Za-z][\w'’-]{3,}")
_RESTATES = 2


def _only_added(text: str, spoken: str, quoted: list, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding for an "only" before a name or a figure ("Only Northland has") that a passage restating the
    sentence gives without any word of the kind."""
    for only in _ONLY_BEFORE.finditer(spoken):
        if inside(quoted, only.start()):
            continue
        named = only["named"].rstrip(".,")
        own = {word.casefold() for word in _WORD.findall(spoken)} - {"only", named.casefold()}
        holding = rf"(?<![\w.,]){re.escape(named)}(?![\w]|[.,]\d)"
        restating = next((passage for passage in passages if re.search(holding, passage.text) and len(
            own & {word.casefold() for word in _WORD.findall(passage.text)}) >= _RESTATES), None)
        if restating is None or any(_SAID_ALONE.search(passage.text) for passage in passages):
            continue
        return [Finding(offset, f"this sentence says 'only {named}' where its cited passages give {named} with no "
                                f"'only' ({clipped(restating.text, 80)}): {clipped(text)}",
                        "drop the 'only' the source does not say, or cite a passage that says it")]
    return []


def _main_as_only(text: str, spoken: str, quoted: list, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text calls the only one ("its only defense partner") what a passage calls the main one."""
    for only in _ONLY.finditer(spoken):
        if inside(quoted, only.start()):
            continue
        thing = re.escape(only["thing"].casefold()[:5])
        main = next((match for passage in passages for match in re.finditer(
            rf"(?<!\w)(?:{_MAIN})\s+{thing}[\w-]*(?:\s+[a-z][\w-]+)?", passage.text, re.IGNORECASE)), None)
        if main is None or any(re.search(rf"(?<!\w)(?:only|sole|single|exclusive)\s+{thing}", passage.text,
                                         re.IGNORECASE) for passage in passages):
            continue
        shown = " ".join(only["only"].split())
        return [Finding(offset, f"this sentence says '{shown}' where its cited passages say '{main.group()}': "
                                f"{clipped(text)}",
                        "keep the source's word (a main one is not the only one), or cite a passage that says only")]
    return []
