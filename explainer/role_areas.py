"""A role's area kept: "Tom Ashcroft, Rydo's general manager for Scotland, said" may not cite "Tom Ashcroft, Rydo's
general manager for the north of England, said".

A role given for an area ("general manager for the north of England", "minister for Europe", "director for Asia")
names where its holder answers for. A sentence's role of a title noun ("manager", "director", "head", "minister", ...)
and "for" an area ending in a capitalised word is refused where a cited passage gives that title noun for an area,
and no capitalised word of the sentence's area is anywhere in the passages: the area was changed. An area said another
way ("for northern England", "for the North of England") or named shorter ("the Metropolitan Police" of "the Met
Police") keeps a word of the passages' and builds, so "the south of England" of "the north of England" is missed; a
role the passages never give for an area is not read. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_TITLES = (r"manager|director|head|secretary|chief|officer|spokes(?:man|woman|person)|representative|commissioner"
           r"|minister|president|chair(?:man|woman)?|coordinator|correspondent|editor|envoy|ambassador")
_AREA_ROLE = patterns.compile(r"(?<![\w'’-])(?P<title>(?i:" + _TITLES + r"))\s+for\s+(?P<area>(?:the\s+)?"
                              r"(?:[\w'’-]+\s+){0,4}?[A-Z][\w'’-]+)(?=\s*[,.;:)]|\s+(?:said|says|told|added|warned)\b)")
_CAPITALISED = patterns.compile(r"(?<![\w'’-])[A-Z][\w-]*")


def changed_role_areas(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a role for an area where its cited passages give that role for another."""
    if not in_english(language) or not passages or " for " not in text:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _AREA_ROLE.finditer(spoken):
        if inside(quoted, match.start()):
            continue
        title = match["title"].casefold()
        theirs = [found for passage in passages for found in _AREA_ROLE.finditer(passage.text)
                  if found["title"].casefold() == title]
        unsaid = [word for word in _CAPITALISED.findall(match["area"])
                  if not any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", passage.text, re.IGNORECASE)
                             for passage in passages)]
        if theirs and unsaid and len(unsaid) == len(_CAPITALISED.findall(match['area'])):
            return [Finding(offset + match.start(), f"this sentence gives the {title} for "
                                                    f"'{' '.join(match['area'].split())}' where its cited passages "
                                                    f"give the {title} for '{' '.join(theirs[0]['area'].split())}': "
                                                    f"{clipped(text)}",
                            "keep the area the source gives the role, or cite the passage that gives this one")]
    return []
