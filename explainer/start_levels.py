"""A starting level kept as the start: "fell to 12%" may not cite "fell from 12% to 9%".

A passage gives a starting level by "from X to Y", "to Y from X" or "Y, up from X" (X a figure); a sentence gives X as a level
reached by "to X" after a word of change ("fell to X", "rose sharply to X", "cut the award by $315 million, to X") or
"from Y" ("fell from 40% to 10%" citing "a 40% duty, up from 10%"), "X instead of Y" ("rather than"), "reached X", or
as a level that stands ("must pay X", "owes X", "upheld the X award": tests/test_newuser_69.py). It is refused where a
passage gives X as a start and none gives it as a level reached so. English text is read; words in quotation marks
are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import Mention, find_mentions

_FIGURE = r"[$€£]?\d+(?:[.,]\d+)*"
_UNIT = r"(?:\s*%|\s*per\s*cent|\s+percent|\s+(?:thousand|million|billion|trillion))?"
_FROM_TO = patterns.compile(rf"(?<!\w)from\s+(?P<start>{_FIGURE}){_UNIT}[^.;]{{0,40}}?\s+to\s+{_FIGURE}{_UNIT}",
                            re.IGNORECASE)
# a level reached after a change: "fell to 12%", "rose sharply to 12%", "reached 12%"; not "stood at 12%" (a level then)
_CHANGE = (r"rose|risen|rises|fell|fallen|falls|dropped|drops|climbed|climbs|increased|increases|decreased|decreases"
           r"|declined|declines|grew|grown|grows|jumped|jumps|slipped|slips|cut|raised|lowered|reduced|went\s+up"
           r"|went\s+down|rising|falling|dropping|climbing|increasing|decreasing|declining|growing|jumping|slipping"
           # a change to come: "the duty will rise to 10%" citing "will raise the duty from 10% to 25%"
           r"|rise|fall|drop|climb|increase|decrease|decline|grow|jump|slip|go\s+up|go\s+down"
           # a level changed in extent: "was widened to 2 kilometres" citing "widened the zone from 2 kilometres to 5
           # kilometres" built (tests/test_factcheck_124.py)
           r"|widened|widens|widen|narrowed|narrows|narrow|extended|extends|expanded|expands|expand|enlarged"
           r"|broadened|shrank|shrunk|shrinks|shortened|lengthened")
# "a 40% duty, up from 10%" gives 10% as the start as "from 10% to 40%" does
_UP_FROM = patterns.compile(rf"(?<!\w)(?:up|down)\s+from\s+(?P<start>{_FIGURE}){_UNIT}", re.IGNORECASE)
# "cut the award by $315 million, to $725 million": a change's size between, its comma (newuser_69); "must pay $725
# million", "upheld the $725 million award", "owes $725 million": a level that stands (a starting one no longer does)
_REACHED = patterns.compile(rf"(?<!\w)(?:(?:{_CHANGE})\s+(?:[a-z]+\s+){{0,2}}?(?:by\s+{_FIGURE}{_UNIT},?\s+)?to"
                            # a unit of one or two words between, "from 5 kilometres to 2 kilometres" citing "from 2
                            # kilometres to 5 kilometres" (factcheck_122), as a passage's _FROM_TO reads it
                            rf"|from\s+{_FIGURE}(?:{_UNIT}|(?:\s+[^\W\d_][\w/-]*){{1,2}})\s+to|reached|reaching"
                            r"|(?:must|has\s+to|have\s+to|will|was\s+ordered\s+to|ordered\s+\w+\s+to)\s+pay"
                            r"|owes|(?:upheld|affirmed)\s+(?:the|a|an|its)(?:\s+(?:full|whole|entire))?)\s+"
                            rf"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?P<level>{_FIGURE})(?![\d,.]\d)"
                            rf"(?P<unit>{_UNIT})",
                            re.IGNORECASE)

# "fell to 9% from 12%" gives 12% as the start as "from 12% to 9%" does
# and "widened the zone to 5 kilometres from 2", a unit of a word or two between (tests/test_factcheck_124.py)
_TO_FROM = patterns.compile(rf"(?<!\w)to\s+{_FIGURE}(?:{_UNIT}|(?:\s+[^\W\d_][\w/-]*){{1,2}}),?\s+from\s+"
                            rf"(?P<start>{_FIGURE}){_UNIT}", re.IGNORECASE)

# a level given in place of another: "pay 5% instead of 15%" gives 5% as the level now
_INSTEAD = patterns.compile(rf"(?<![\w.,])(?P<level>{_FIGURE})(?![\d,.]\d)(?P<unit>{_UNIT})"
                            rf"\s+(?:instead\s+of|rather\s+than)\s+{_FIGURE}{_UNIT}", re.IGNORECASE)


def start_as_reached(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as a level reached the figure its passages give only as a starting level, or
    as where a rise started ("up from") one they give as where a fall started ("down from"), or the other way."""
    if not in_english(language) or not any(" from " in passage.text for passage in passages):
        return []
    return _reached(text, passages, offset) or _turned_start(text, passages, offset, language)


def _reached(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    starts = {match["start"]: match for passage in passages
              for match in (*_FROM_TO.finditer(passage.text), *_UP_FROM.finditer(passage.text),
                            *_TO_FROM.finditer(passage.text))}
    if not starts:
        return []
    quoted = quoted_parts(text)
    for reached in (*_REACHED.finditer(text), *_INSTEAD.finditer(text)):
        start = starts.get(reached["level"])
        if start is None or any(begin <= reached.start() < end for begin, end in quoted):
            continue
        if any(other["level"] == reached["level"] and not _WOULD_HAVE.search(passage.text, max(0, other.start() - 20),
                                                                             other.start())
               for passage in passages
               for other in (*_REACHED.finditer(passage.text), *_INSTEAD.finditer(passage.text))):
            continue  # a passage gives it as a level reached too (not one a dissent "would have upheld")
        if _WOULD_HAVE.search(text, max(0, reached.start() - 20), reached.start()):
            continue  # "Ellison would have upheld the $725 million award" tells no level reached
        if _ORDERED_BEFORE.match(reached.group()) and _EARLIER.search(text, 0, reached.start()):
            continue  # "The jury ordered Chirpline to pay $725 million": the start, told as what was first ordered
        level, shown = reached["level"] + reached["unit"], " ".join(reached.group().split())
        return [Finding(offset, f"this sentence gives {level} as a level reached ('{shown}') "
                                f"where its cited passages give it as the starting level "
                                f"('{' '.join(start.group().split())}'): {clipped(text)}",
                        "give the level it reached, or say it started there (\"from ...\"), as the source does")]
    return []


# A past order told of the first decider, or as first made, is the starting level: "The jury ordered Chirpline to pay
# $725 million", "had ordered", "was originally ordered to pay" of "cut the damages ... from $725 million to $410
# million" (factcheck_208); "must pay", "owes" and "will pay" stand now, and stay refused
_ORDERED_BEFORE = patterns.compile(r"(?:was\s+ordered|ordered\s+\w+)\s+to\s+pay", re.IGNORECASE)
_EARLIER = patterns.compile(r"(?<!\w)(?:jury|jurors|trial\s+(?:court|judge)|lower\s+court|originally|initially"
                            r"|at\s+first|at\s+trial|had(?:\s+been)?(?=\s+ordered))(?!\w)", re.IGNORECASE)
_WOULD_HAVE = patterns.compile(r"(?<!\w)(?:would|could|might|should)\s+(?:not\s+)?have\s+$", re.IGNORECASE)
_WAY_FROM = patterns.compile(r"(?<!\w)(?P<way>up|down)\s+from\s+$", re.IGNORECASE)
_OTHER_WAY = {"up": "down", "down": "up"}


def _turned_start(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text says "up from X" and every passage giving X after "up" or "down from" says "down
    from X" (or the other way): "capped at 2m tonnes, up from 3.5m" citing "2,000,000 tonnes, down from 3,500,000"."""
    if " from " not in text:
        return []
    theirs: dict = {}
    for passage in passages:
        for way, mention in _starts(passage.text, passage.language or language, False):
            for quantity in mention.quantities:
                theirs.setdefault(quantity.value, {})[way] = mention.text
    for way, mention in _starts(text, language, True) if theirs else ():
        given = {given: shown for quantity in mention.quantities
                 for given, shown in theirs.get(quantity.value, {}).items()}
        other = _OTHER_WAY[way]
        if set(given) == {other}:
            return [Finding(offset, f"this sentence gives {mention.text} as where a {_CHANGE_OF[way]} started ('{way} "
                                    f"from {mention.text}') where its cited passages give it as where a "
                                    f"{_CHANGE_OF[other]} started ('{other} from {given[other]}'): {clipped(text)}",
                            "give the change the way the source does, or cite the passage that gives it this way")]
    return []


_CHANGE_OF = {"up": "rise", "down": "fall"}


def _starts(text: str, language: str, prose: bool) -> list[tuple[str, Mention]]:
    """Return each figure text gives after "up from" or "down from", with "up" or "down"."""
    found = []
    for mention in find_mentions(text, language, prose=prose):
        way = _WAY_FROM.search(text, max(0, mention.start - 12), mention.start)
        if way is not None:
            found.append((way["way"].casefold(), mention))
    return found
