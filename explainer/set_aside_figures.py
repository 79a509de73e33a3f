"""A figure the source sets aside, told as the figure: "The ministry counted 1,250 deaths." may not cite "The ministry
counted 980 deaths, not 1,250 as first reported".

A passage that gives one figure and rejects another beside it ("980, not 1,250", "not 1,250 but 980", French "980, et
non 1 250", German "980, nicht 1.250", Italian "980, e non 1.250", Spanish "980, y no 1.250", "rather than",
"instead of", before or after the figure kept) holds the rejected figure as written, so the check of figures found it there. A sentence stating it is
refused, unless the passages give it elsewhere as a figure of their own or the sentence itself tells it as set aside
or as what was first said ("not 1,250", "first reported 1,250", "had said 1,250", "revised from 1,250",
"initialement 1 250")
(tests/test_factcheck_136.py). A sentence telling the set-aside figure as whose the passage says it was ("Analysts
expected inflation of 4%" of "5%, not the 4% analysts expected") drops no negation: the "not" sets the figure aside
(told_as_set_aside; tests/test_factcheck_141.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .numbers import Quantity, mentions_in

# between a kept figure (with up to three words of what it counts) and the one set aside after it
_THEN_NOT = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s*(?:and\s+not|not|rather\s+than|instead\s+of|et\s+non"
                             r"|et\s+pas|non|plutôt\s+que|au\s+lieu\s+de|und\s+nicht|nicht|statt|anstatt|e\s+non"
                             r"|invece\s+di|anziché|y\s+no|no|en\s+lugar\s+de|en\s+vez\s+de)\s+(?:(?:the|les?|la|des"
                             r"|die|der|den|los|las|el|il|i|gli)\s+)?", re.IGNORECASE)
# "not 1,250 but 980": the one set aside first, "not" right before it
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|non|nicht|no)\s+$", re.IGNORECASE)
# a figure right after "instead of" sets it aside wherever the kept one stands: "Instead of 1,250, the ministry now
# counts 980"
_INSTEAD_BEFORE = patterns.compile(r"(?<!\w)(?:instead\s+of|rather\s+than|au\s+lieu\s+de|plutôt\s+que|statt|anstatt"
                                   r"|invece\s+di|anziché|en\s+lugar\s+de|en\s+vez\s+de)\s+(?:(?:the|les?|la|des|die"
                                   r"|der|den|los|las|el|il|i|gli)\s+)?$", re.IGNORECASE)
_BUT_BETWEEN = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s*(?:but|mais|sondern|ma|sino)\s+", re.IGNORECASE)
# a sentence that tells a figure as set aside, or as what was first said or later changed
_TOLD_AS_ASIDE = patterns.compile(
    r"(?<!\w)(?:not|rather\s+than|instead\s+of|first|initial\w*|earlier|previous\w*|original\w*|revis\w*|had|then"
    r"|until|before|updated|raised|lowered"
    # what was expected or forecast, set aside by the outcome: "5%, not the 4% analysts expected"
    r"|expect\w*|forecast\w*|predict\w*|anticipat\w*|target\w*|attendu\w*|attend(?:ai|i|r|ion)\w*|prévu\w*|prévision\w*"
    r"|erwart\w*"
    r"|prognos\w*|esperad\w*|previst\w*|pronóstic\w*"
    r"|correct\w*|amend\w*|wrong\w*|mistaken\w*|non|pas|plutôt|d'abord|initialement|auparavant|révis\w*|corrig\w*"
    r"|nicht|statt|anstatt|zunächst|ursprünglich|zuvor|korrigiert\w*|revidiert\w*|invece|inizialmente|prima"
    r"|no|inicialmente|antes|corregid\w*|revisad\w*)(?!\w)", re.IGNORECASE)

# the words of a figure replaced by another ("28 statt 27"): replaced_figures.py reads them
INSTEAD = (r"(?:statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than|au\s+lieu\s+d(?:e|u|es)|en\s+lugar\s+del?"
            r"|en\s+vez\s+del?)")
# a sentence keeping the figure as the one before (replaced_figures.py reads it too: one list of such words)
TOLD_AS_BEFORE = patterns.compile(
    r"(?<![\w-])(?:" + INSTEAD + r"|vorläufig\w*|zuvor|vorher|zunächst|ursprünglich|bisher|bislang|zuerst|anfangs"
    r"|früher|previously|initially|earlier|originally|at\s+first|first|preliminary|provisional|auparavant|initialement"
    r"|d['’]abord|précédemment|provisoires?|inicialmente|antes|previamente|provisional(?:es)?|al\s+principio"
    # or as what was asked for: "The club had asked for a 25-year lease" of "15 years instead of the 25 it asked for"
    r"|asked|sought|wanted|demanded|requested|proposed|gefordert|forderte\w*|verlangt\w*|wollte\w*|demandé\w*"
    r"|réclamé\w*|pedido|pidió|pidieron|solicitado|reclamado)(?!\w)",
    re.IGNORECASE)


def set_aside(quantities: tuple[Quantity, ...], sentence: str, passages) -> str:
    """Return the passage's words setting aside the figure of `quantities` ("980, not 1,250") where every passage
    giving it sets it aside and the sentence tells it as no set-aside figure; else ""."""
    values = {q.value for q in quantities}
    if not values:
        return ""
    found = ""
    for passage in passages:
        aside, kept = _read(passage.text, passage.language)
        if values & kept:
            return ""  # the passage gives it as a figure of its own too
        found = found or next((words for value, words in aside if value in values), "")
    if found and (_TOLD_AS_ASIDE.search(sentence) or TOLD_AS_BEFORE.search(sentence)):
        return ""  # "Im vorläufigen Ergebnis hatte die SPD 27 Sitze" of "28 statt 27" keeps 27 as the one before
    return found


# a word telling whose figure was set aside, or when it was said: "analysts expected", "as first reported"
_NEGATING_ONLY = frozenset({"not", "non", "pas", "nicht", "no", "rather", "instead", "statt", "anstatt", "invece",
                            "plutôt"})
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_TAIL = 60  # characters after a figure set aside that say whose it was: "not the 4% analysts expected"
_STEM = 5  # letters two words share to be one ("expected", "expectations")


def told_as_set_aside(sentence: str, passages) -> bool:
    """Say whether a sentence states a figure a passage sets aside by "not" ("5%, not the 4% analysts expected") and
    tells it as what the passage says it was ("Analysts expected inflation of 4%"): the passage's "not" sets the figure
    aside, it negates no expectation, so no negation is dropped (tests/test_factcheck_141.py)."""
    told = {match.group().casefold()[:_STEM] for match in _TOLD_AS_ASIDE.finditer(sentence)
            if match.group().casefold() not in _NEGATING_ONLY}
    if not told:
        return False
    stated = {q.value for m in mentions_in(sentence, "") if m.kind == "figure" for q in m.quantities}
    for passage in passages:
        for value, tail in _tails(passage.text, passage.language):
            if value in stated and told & {word.casefold()[:_STEM] for word in _WORD.findall(tail)}:
                return True
    return False


@functools.lru_cache(maxsize=1 << 10)
def _tails(text: str, language: str) -> tuple[tuple, ...]:
    """Return each value text sets aside, with the words after it up to its clause's end."""
    mentions, aside = _aside(text, language)
    found = []
    for index in aside:
        end = mentions[index].end
        tail = text[end:end + _TAIL]
        tail = tail[:min((at for at in (tail.find(mark) for mark in ",;.:") if at >= 0), default=len(tail))]
        found += [(q.value, tail) for q in mentions[index].quantities]
    return tuple(found)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _read(text: str, language: str) -> tuple[tuple[tuple, ...], frozenset]:
    """Return the values text sets aside, each with the words doing so, and the values it gives otherwise."""
    mentions, aside = _aside(text, language)
    set_aside_values = tuple((q.value, aside[index]) for index in sorted(aside) for q in mentions[index].quantities)
    kept = frozenset(q.value for index, m in enumerate(mentions) if index not in aside for q in m.quantities)
    return set_aside_values, kept


@functools.lru_cache(maxsize=1 << 10)
def _aside(text: str, language: str) -> tuple[list, dict[int, str]]:
    """Return the figures of text, and the index of each it sets aside with the words doing so."""
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    aside: dict[int, str] = {}  # a mention's index, with the words setting it aside
    for index, (first, second) in enumerate(zip(mentions, mentions[1:])):
        if _THEN_NOT.fullmatch(text, first.end, second.start):
            aside[index + 1] = " ".join(text[first.start:second.end].split())
        elif _BUT_BETWEEN.fullmatch(text, first.end, second.start) \
                and (not_ := _NOT_BEFORE.search(text, max(0, first.start - 8), first.start)):
            aside[index] = " ".join(text[not_.start():second.end].split())
    for index, mention in enumerate(mentions):
        if index not in aside and (instead := _INSTEAD_BEFORE.search(text, max(0, mention.start - 24), mention.start)):
            aside[index] = " ".join(text[instead.start():mention.end].split())
    return mentions, aside
