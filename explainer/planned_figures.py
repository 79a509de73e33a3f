"""Planned figures kept as plans: a sentence may not state as reached a figure the passages it cites give only as
what someone plans, aims, agreed or promised to reach.

"The Taliban has 200,000 active personnel" citing "The group has, however, announced plans to expand its armed
forces to 200,000 personnel" (or "aims to (reach)", "intends to", "wants to", "hopes to", "agreed to", "promised
to", "pledged to" a level: "expand", "increase", "raise", "cut" ... "to"; "a target of") states the plan as done. A
passage gives a figure only as planned where every time it gives it, it is such a level; what an act counts ("agreed
to buy 40 drones") is the act's, read by `commitments.py`; the sentence states it where it shares two of the
passage's sentence's words of four letters or more and keeps no such word of its own ("plan", "aim", "target",
"will", "would", "expand", "increase", ...). A figure may be written in words ("to forty thousand"), read as
explainer/numbers.py reads a count in words. Figures in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

# in digits or in words ("plans to expand its forces to forty thousand"), as numbers.py reads a count in words
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + numbers.COUNT_IN_WORDS
_PLAN = (r"(?:plans?|planned|aims?|aimed|intends?|intended|wants?|hopes?|agreed|promised|pledged|vowed)\s+to"
         r"|plans\s+to|proposals?\s+to|(?:a|its|their)\s+(?:plan|bid|proposal)\s+to")
# a level planned: "plans to expand its armed forces to 200,000", "aims to reach 5,000", "a target of 5,000"; not
# what an act counts ("agreed to buy 40 drones": bought 40 is the act's, done or not)
_PLANNED = patterns.compile(
    rf"(?<!\w)(?:(?:{_PLAN})\s+(?:expand|increase|raise|grow|boost|lift|cut|reduce|lower|bring|double|take)\w*"
    rf"(?P<between>(?:\s+[\w'’-]+){{0,6}}?)\s+to|(?:{_PLAN})\s+(?:reach|hit)|(?:a|its|their)\s+(?:target|goal)\s+of)"
    rf"\s+(?P<figure>{_FIGURE})(?![\w.,]\d|\w)", re.IGNORECASE)
_ANY_FIGURE = patterns.compile(rf"(?<![\w.,])(?:{_FIGURE})(?![\w]|[.,]\d)")
_KEPT = patterns.compile(r"(?<!\w)(?:plan\w*|aim\w*|intend\w*|intention|want\w*|hope\w*|target\w*|goal\w*|agreed|"
                         r"promis\w*|pledg\w*|vow\w*|will|would|could|may|might|expand\w*|increas\w*|grow\w*|rais\w*|"
                         r"boost\w*|reach\w*)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "however", "announced", "plans", "only"})
_RESTATES = 2


def planned_as_reached(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states a figure its cited passages give only as planned."""
    if not in_english(language) or not numbers.may_count(text):
        return []
    planned = {figure: shown for passage in passages for figure, shown in _planned(passage.text).items()}
    if not planned:
        return []  # most passages plan no figure: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for match in _ANY_FIGURE.finditer(spoken):
        figure = numbers.count_written(match.group())
        if not figure or figure not in planned or inside(quoted, match.start()):
            continue
        shown, sentence = planned[figure]
        if any(_given_otherwise(passage.text, figure) for passage in passages):
            continue  # a passage gives the figure outside a plan too
        if len(words & content_words(sentence, _NOT_CONTENT)) >= _RESTATES:
            return [Finding(offset, f"this sentence states {match.group()} as reached, but its cited passages give it "
                                    f"only as planned ('{shown}'): {clipped(text)}",
                            "keep the plan as the source gives it ('plans to', 'aims to'), or cite a passage that "
                            "says it was reached")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _planned(text: str) -> dict[str, tuple[str, str]]:
    """Return the figures a passage gives after a plan's words, each with those words and the sentence holding them."""
    folded = text.casefold()
    if not any(word in folded for word in ("plan", "aim", "intend", "want", "hope", "agreed", "promised", "pledged",
                                             "vowed", "target", "goal")):
        return {}
    found = {}
    for match in _PLANNED.finditer(text):
        if not _ANY_FIGURE.search(match["between"] or ""):
            found[numbers.count_written(match["figure"])] = (" ".join(match.group().split()),
                                                       sentence_of(text, match.start()))
    return found


@functools.lru_cache(maxsize=1 << 12)
def _given_otherwise(text: str, figure: str) -> bool:
    """Say whether a passage gives a figure anywhere but after a plan's words."""
    within = {match.start("figure") for match in _PLANNED.finditer(text)}
    return any(numbers.count_written(match.group()) == figure and match.start() not in within
               for match in _ANY_FIGURE.finditer(text))
