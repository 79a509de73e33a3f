"""A report's absence not told as a fact: "no casualties were reported" is no "killed no one".

"The drones killed no one" citing "air defense systems intercepted them and no casualties were reported" tells as
known what the source gives only as unreported. A passage gives an absence only as unreported by "no casualties
(deaths, injuries, fatalities, victims, damage) were (was, have been, had been) reported" or "there were no reports
of casualties"; a sentence tells it as fact by "killed no one" (nobody), "no one (nobody) was killed (hurt, injured)",
"no one died", "caused no casualties", "without casualties" (loss of life), "no lives were lost", "no casualties"
unless it says "report" itself ("no casualties were reported", "without reported casualties"). A passage that says
the absence as fact itself lets it build. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .wordset import may_hold

_HARM = r"(?:casualties|deaths|injuries|fatalities|victims|damage|dead|injured)"
_NONE_REPORTED = patterns.compile(
    rf"(?<!\w)no\s+(?:\w+\s+){{0,2}}?{_HARM}\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:immediately\s+)?"
    rf"reported(?!\w)|(?<!\w)(?:there\s+(?:were|was|have\s+been)\s+)?no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?"
    rf"{_HARM}(?!\w)", re.IGNORECASE)
_NONE_AS_FACT = patterns.compile(
    r"(?<!\w)(?:(?:killed|injured|hurt|wounded)\s+(?:no\s+one|nobody|no-one)"
    r"|(?:no\s+one|nobody|no-one)\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|hurt|injured|wounded|harmed)"
    r"|(?:no\s+one|nobody|no-one)\s+died|no\s+lives\s+were\s+lost"
    rf"|(?:caused|causing|left|with)\s+no\s+{_HARM}|without\s+(?:any\s+)?(?:{_HARM}|loss\s+of\s+life)"
    rf"|no\s+{_HARM})(?!\w)", re.IGNORECASE)
_NONE_WORDS = frozenset({"no", "nobody", "without"})  # one of which every match of _NONE_AS_FACT holds
_REPORT = patterns.compile(r"(?<!\w)report", re.IGNORECASE)


def unreported_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as fact an absence of harm its passages give only as not reported."""
    if not in_english(language) or not may_hold(text, _NONE_WORDS) or _REPORT.search(text):
        return []  # most sentences tell no absence of harm: found by their words
    stated = _NONE_AS_FACT.search(text)
    if not stated or any(start <= stated.start() < end for start, end in quoted_parts(text)):
        return []
    given = [match for passage in passages for match in _NONE_REPORTED.finditer(passage.text)]
    if not given or any(_NONE_AS_FACT.search(_NONE_REPORTED.sub(" ", passage.text)) for passage in passages):
        return []  # no absence given as unreported, or one a passage says as fact
    return [Finding(offset, f"this sentence tells as fact ('{' '.join(stated.group().split())}') what its cited "
                            f"passages give only as not reported ('{' '.join(given[0].group().split())}'): "
                            f"{clipped(text)}",
                    "say that none were reported, as the source does, or cite a passage that says there were none")]
