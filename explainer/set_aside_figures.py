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

This module alone owns a figure a cited passage replaces, sets aside or takes back, told as the figure: it read
"28 statt 27 Sitze" (tests/test_newuser_104.py) once replaced_figures.py did, and it reads "not 1,250 as first
reported" where no kept figure stands before it, which revised.py read too: "1,250 died" of "980 died, not 1,250 as
previously reported" was named twice. A figure set aside "as first reported" is kept by a sentence only with a word
of time or report; a word of whose figure it was ("expected", "asked") keeps it only where the passage names that
whose after it ("not the 4% analysts expected"). revised.py reads a later report's "not X as first reported" with
this module's reader (reported_aside), and its own revisions ("revised to 980 from 1,250") stay its own
(tests/test_factcheck_149.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .numbers import Quantity, mentions_in
from .wordset import may_contain

# the words of a figure replaced by another ("28 statt 27", "instead of", "au lieu du", "en lugar del")
INSTEAD_WORDS = (r"statt|anstatt|anstelle\s+von|instead\s+of|au\s+lieu\s+d(?:e|u|es)|en\s+lugar\s+del?"
                 r"|en\s+vez\s+del?")
INSTEAD = r"(?:" + INSTEAD_WORDS + r"|rather\s+than)"
# between a kept figure (with up to three words of what it counts) and the one set aside after it
# (the negation a whole word: "sei settimane l'altoforno 1" sets no 1 aside by the "no" ending "altoforno")
_THEN_NOT = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s*(?<![\w'’-])(?:(?:and\s+not|not|et\s+non"
                             r"|et\s+pas|non|und\s+nicht|nicht|e\s+non|y\s+no|no)\s+(?:(?:the|les?|la|des"
                             r"|die|der|den|los|las|el|il|i|gli)\s+)?"
                             # German's preposition the kept figure had: "auf 27,6 Prozent, nicht auf 27,8 Prozent"
                             r"(?:(?<=nicht\s)(?:auf|bei|um)\s+)?"
                             # a figure replaced: "28 statt 27", "6 statt rund 18", "28 Sitze anstelle von 27"
                             # (replaced_figures.py read these: tests/test_newuser_104.py)
                             r"|(?:rather\s+than|plutôt\s+que|invece\s+di|anziché|" + INSTEAD_WORDS + r")\s+"
                             r"(?:[^\W\d_]+\s+)?)", re.IGNORECASE)
# "not 1,250 but 980": the one set aside first, "not" right before it
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|non|nicht|no)\s+$", re.IGNORECASE)
# a figure right after "instead of" sets it aside wherever the kept one stands: "Instead of 1,250, the ministry now
# counts 980"
_INSTEAD_BEFORE = patterns.compile(r"(?<!\w)(?:rather\s+than|plutôt\s+que|invece\s+di|anziché|" + INSTEAD_WORDS
                                   + r")\s+(?:(?:the|les?|la|des|die|der|den|los|las|el|il|i|gli)\s+)?$",
                                   re.IGNORECASE)
_BUT_BETWEEN = patterns.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s*(?<![\w'’-])(?:but|mais|sondern|ma|sino)\s+",
                                re.IGNORECASE)
# a sentence that tells a figure as set aside, or as what was first said or later changed
_TOLD_AS_ASIDE = patterns.compile(
    r"(?<!\w)(?:not|rather\s+than|instead\s+of|first|initial\w*|earlier|previous\w*|original\w*|revis\w*|had|then"
    r"|until|before|updated|raised|lowered"
    r"|correct\w*|amend\w*|wrong\w*|mistaken\w*|non|pas|plutôt|d['’]abord|initialement|auparavant|révis\w*|corrig\w*"
    r"|nicht|statt|anstatt|zunächst|ursprünglich|zuvor|korrigiert\w*|revidiert\w*|invece|inizialmente|prima"
    r"|no|inicialmente|antes|corregid\w*|revisad\w*"
    # or as the one before a figure replaced: "Im vorläufigen Ergebnis hatte die SPD 27 Sitze" of "28 statt 27"
    r"|" + INSTEAD + r"|vorläufig\w*|vorher|bisher|bislang|zuerst|anfangs|früher|at\s+first|preliminary"
    r"|provisional|précédemment|provisoires?|previamente|provisional(?:es)?|al\s+principio)(?!\w)", re.IGNORECASE)
# a word telling whose the figure set aside was: what was expected or forecast, set aside by the outcome ("5%, not the
# 4% analysts expected"), or what was asked for ("15 years instead of the 25 it asked for"). It keeps the figure only
# where the passage names that whose after it: "Analysts expected 1,250 deaths" of "980, not 1,250 as first
# reported" is refused (revised.py refused it; this module let it through: tests/test_factcheck_149.py)
_EXPECTED = (r"expect\w*|forecast\w*|predict\w*|anticipat\w*|target\w*|attendu\w*|attend(?:ai|i|r|ion)\w*|prévu\w*"
             r"|prévision\w*|erwart\w*|prognos\w*|esperad\w*|previst\w*|pronóstic\w*")
_ASKED = (r"asked|sought|wanted|demanded|requested|proposed|gefordert|forderte\w*|verlangt\w*|wollte\w*|demandé\w*"
          r"|réclamé\w*|pedido|pidió|pidieron|solicitado|reclamado")
_WHOSE = patterns.compile(rf"(?<!\w)(?:{_EXPECTED}|{_ASKED})(?!\w)", re.IGNORECASE)
# the two kinds of whose: a sentence's "wanted" is told by a passage's "asked for", its "forecast" by "expected"
_WHOSE_KINDS = (patterns.compile(rf"(?<!\w)(?:{_EXPECTED})(?!\w)", re.IGNORECASE),
                patterns.compile(rf"(?<!\w)(?:{_ASKED})(?!\w)", re.IGNORECASE))
# a figure set aside with no kept one before it: "Officials said the toll was lower, not 1,250 as first reported"
# (revised.py read it; now read here alone, and by revised.py of a later report through reported_aside)
_NOT_RIGHT_BEFORE = patterns.compile(r"(?<!\w)(?:not|rather\s+than)\s+(?:the\s+)?$", re.IGNORECASE)
_AS_REPORTED = patterns.compile(
    r"(?:\s+[a-z]+){0,3}?,?\s+as\s+(?:was\s+|had\s+been\s+)?(?:previously|earlier|initially|originally|first|wrongly"
    r"|incorrectly|mistakenly)\s+(?:reported|stated|said|given)(?!\w)", re.IGNORECASE)
_MAY_REPORT = ("reported", "stated", "said", "given")
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_TAIL = 60  # characters after a figure set aside that say whose it was: "not the 4% analysts expected"
_STEM = 5  # letters two words share to be one ("expected", "expectations")


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
    if found and (_TOLD_AS_ASIDE.search(sentence) or _whose_told(sentence, values, passages)):
        return ""  # "Im vorläufigen Ergebnis hatte die SPD 27 Sitze" of "28 statt 27" keeps 27 as the one before
    return found


def _whose_told(sentence: str, values: set, passages) -> bool:
    """Say whether the sentence tells a figure set aside as whose the passage says it was: "Analysts expected 4%" of
    "5%, not the 4% analysts expected", "wanted 25" of "15 instead of the 25 it asked for"."""
    kinds = [kind for kind in _WHOSE_KINDS if kind.search(sentence)]
    return bool(kinds) and any(value in values and any(kind.search(tail) for kind in kinds)
                               for passage in passages for value, tail in _tails(passage.text, passage.language))


@functools.lru_cache(maxsize=1 << 12)  # a later report is read by every sentence of the briefing
def reported_aside(text: str) -> tuple[tuple[str, str], ...]:
    """Return each figure text sets aside "as first reported" ("not 1,250 as first reported"), as written, with the
    words doing so: revised.py reads a later report's so (a cited passage's is this module's check's)."""
    if not may_contain(text, _MAY_REPORT) or not may_contain(text, ("not", "rather")):  # most passages: unread
        return ()
    return tuple((text[mention.start:mention.end], " ".join(text[not_.start():said.end()].split()))
                 for mention in mentions_in(text, "") if mention.kind == "figure"
                 if (not_ := _NOT_RIGHT_BEFORE.search(text, max(0, mention.start - 20), mention.start))
                 and (said := _AS_REPORTED.match(text, mention.end)))


_NEGATING_ONLY = frozenset({"not", "non", "pas", "nicht", "no", "rather", "instead", "statt", "anstatt", "invece",
                            "plutôt"})


def told_as_set_aside(sentence: str, passages) -> bool:
    """Say whether a sentence states a figure a passage sets aside by "not" ("5%, not the 4% analysts expected") and
    tells it as what the passage says it was ("Analysts expected inflation of 4%"): the passage's "not" sets the figure
    aside, it negates no expectation, so no negation is dropped (tests/test_factcheck_141.py)."""
    told = {match.group().casefold()[:_STEM] for pattern in (_TOLD_AS_ASIDE, _WHOSE)
            for match in pattern.finditer(sentence) if match.group().casefold() not in _NEGATING_ONLY}
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
        elif index not in aside and (not_ := _NOT_RIGHT_BEFORE.search(text, max(0, mention.start - 20), mention.start)) \
                and (said := _AS_REPORTED.match(text, mention.end)):
            aside[index] = " ".join(text[not_.start():said.end()].split())  # "not 1,250 as first reported"
    return mentions, aside



# A clause that opens with the negation setting a figure aside after a kept one: ", no el 2,5 % que ofrece la
# Autoridad Portuaria", ", not the 2.5% the authority offers", ", et non les 2,5 %", ", nicht die 2,5 Prozent"
_OPENS_NOT = patterns.compile(r"\W*(?:(?:and|et|y|e|und)\s+)?(?:not|non|no|nicht|pas)\s+", re.IGNORECASE)
_NEAR = 16  # characters between the negation and the figure it sets aside: an article, "the", "les"


def set_aside_at(text: str, start: int, end: int, language: str) -> frozenset[str]:
    """Return the figures, as written, that the clause text[start:end] sets aside by the negation opening it, after a
    kept figure ("2,5" of "El sindicato reclama un 6 %, no el 2,5 % que ofrece la Autoridad Portuaria"), or none:
    polarity.py reads such a "no" as denying no deed of a passage that gives the figure
    (tests/test_factcheck_185.py)."""
    if not (opening := _OPENS_NOT.match(text, start, end)):
        return frozenset()
    mentions, aside = _aside(text, language)
    return frozenset(_DIGITS.search(text, mentions[index].start, mentions[index].end).group() for index in aside
                     if opening.end() <= mentions[index].start <= opening.end() + _NEAR
                     and _DIGITS.search(text, mentions[index].start, mentions[index].end))


_DIGITS = patterns.compile(r"\d+(?:[.,]\d+)*")
