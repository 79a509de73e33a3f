"""A main one not made the only one: "equipment from its only defense partner, China" may not cite "equipment from
its main defense partner China".

A sentence calls something the only one by "only" or "sole" after "the", "its", "their" or a possessive ("its only
defense partner"). It is refused where a cited passage gives the same thing (its first word after, in the same first
five letters) as "main", "chief", "principal", "primary", "key", "major", "leading", "largest" or "biggest", and no
cited passage says "only", "sole", "single" or "exclusive" of it. English text is read; words in quotation marks are
not.
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
    """Return a finding when text calls the only one what its cited passages call the main one."""
    if not in_english(language) or not may_hold(text, _MAY):
        return []  # most sentences call nothing the only one: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
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
