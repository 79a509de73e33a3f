"""Who a claimant is, as the whole source names them: its other mention of the person a cited passage names alone.

A report names a speaker with a post once ("Its chair, Daniel Okafor, said ...") and later by the name alone ("Mr
Okafor said the committee would consider suing ..."). A claim citing the later sentence was read against it alone, so
a claimant "Daniel Okafor, the IMF's chair" under the IMF's column built (tests/test_newuser_97.py), though the
reader of the whole report knows him as the committee's chair. Where no cited passage gives the claimant's full
name, the sentences of the cited sources that do are read beside them, each with its paragraph (whose sentence before
says what "Its" stands for), by the claimant's party and role checks.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .places import paragraph_around
from .speakers import sentence_around

_NAME = patterns.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
_MENTIONS = 3  # a source naming the person more often than this gives the posts it needs in the first ones


def other_mentions(claimant: str, passages: list[Cited], sources: list[str]) -> list[Cited]:
    """Return the sentences of `sources` giving the claimant's full name (its words before a comma: "Daniel Okafor"),
    each as a Cited with its paragraph, where no passage gives it; or []."""
    named = _NAME.match(claimant.partition(",")[0].strip())
    if not named or not named.group().count(" ") or named.end() != len(claimant.partition(",")[0].strip()):
        return []
    name = named.group()
    if any(name in passage.text or name in passage.holding for passage in passages):
        return []
    language = passages[0].language if passages else ""
    found = []
    for source in sources:
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", source):
            holding = sentence_around(source, match.start(), match.end())
            found.append(Cited(holding, language, holding, paragraph_around(source, match.start(), match.end())))
            if len(found) >= _MENTIONS:
                return found
    return found
