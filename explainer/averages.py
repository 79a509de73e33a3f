"""An average kept an average: a figure its passages give only as an average may not be told as the one rate.

"Northland applies a 12% tariff on farm goods" citing "Northland applies an average tariff of 12% on farm goods from
all countries" built: the figure stands, and an average of many rates becomes a flat one that every good pays. A
figure a cited passage gives a few words after an average's word ("an average of 12%", "the average tariff of 12%",
"averaged 12%"; French "un taux moyen de"; Spanish "un promedio de"; German "Durchschnittszoll von") is refused
where no cited passage gives it otherwise and the sentence keeps no average of its own ("average", "on average",
"mean", "typical"; "moyenne", "promedio", "Durchschnitt"). An adverb's "on average" ("beds were occupied on average
71 per cent of the time", French "en moyenne") is not read, nor an average per period ("an average of £400m a
year"): they average over time, and "occupied 71% of the time" or "£400m a year" says as much
(tests/test_newuser_46.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import is_year, mentions_in
from .sentences import markers_blanked

_MAY_AVERAGE = ("averag", "moyen", "promedi", "durchschnitt")  # as text, before any pattern
# an average's word a few words before its figure: "an average tariff of 12%", "averaged 12%"; not "on average"
_AVERAGE_BEFORE = patterns.compile(
    r"(?<!\w)(?<!on\s)(?<!en\s)(?:averag\w*|moyen(?:ne)?s?|promedio|Durchschnitt\w*)"
    r"(?:[\s-]+[^\W\d][\w'’-]*){0,7}?[\s,:-]+(?:[$€£¥]\s*)?$", re.IGNORECASE)
# a figure after "the" (or "these", "all") counts what the average is taken over, and is no average: "average fares
# on the seven routes could rise by up to 18%" (factcheck_195)
_COUNTED = patterns.compile(r"(?<!\w)(?:the|these|those|all|both|its|their|les|los|las|die|der|den)\s+$",
                            re.IGNORECASE)
# an average over time, said per period after its figure: "an average of £400m a year", which "£400m a year" restates
_PER_PERIOD = patterns.compile(r"\s*(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|hour|session)|annually"
                               r"|monthly|weekly|daily|of\s+the\s+time|par\s+an|al\s+año|pro\s+Jahr)(?!\w)",
                               re.IGNORECASE)
# a sentence keeping the average
_KEPT = patterns.compile(r"(?<!\w)(?:averag\w*|mean|median|typical\w*|moyen(?:ne)?s?|promedio|media|durchschnitt\w*"
                         r"|im\s+Schnitt)(?!\w)", re.IGNORECASE)


def average_as_rate(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a figure of text that its passages give only as an average, where text keeps none."""
    if not any(word in passage.text.casefold() for passage in passages for word in _MAY_AVERAGE):
        return []  # most passages give no average: one search of their text
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    averaged, plain = {}, set()
    for passage in passages:
        for mention in mentions_in(passage.text, passage.language):
            if mention.kind != "figure" or is_year(mention.text):
                continue
            before = _AVERAGE_BEFORE.search(passage.text, max(0, mention.start - 50), mention.start)
            if (before and not _PER_PERIOD.match(passage.text, mention.end)
                    and not _COUNTED.search(passage.text, before.start(), mention.start)):
                averaged.update(dict.fromkeys(mention.quantities, " ".join(passage.text[before.start():mention.end]
                                                                          .split())))
            else:
                plain.update(mention.quantities)
    if not averaged:
        return []
    for mention in mentions_in(spoken, language):
        given = next((averaged[q] for q in mention.quantities if q in averaged and q not in plain), None)
        if mention.kind == "figure" and given:
            return [Finding(offset + mention.start,
                            f"this sentence gives \"{mention.text}\" as the rate where its cited passages give it only "
                            f"as an average ('{given}'): {clipped(text)}",
                            "keep the average, as the source does (\"an average of\", \"on average\"), or cite a "
                            "passage that gives the figure itself")]
    return []
