"""Proposed figures kept as proposals: a sentence may not state as given a figure the passages it cites give only as
proposed.

"Workers will receive a 4% raise" citing "The mediators proposed a 4% raise for workers" (or "a one-off payment of
$600 per employee has been proposed", "the proposed new tariff is 25%", "suggested", "recommended", "floated",
"tabled", "a draft", "under consideration") states a proposal as settled. A passage gives a figure only as proposed
where every time it gives it, a word of proposing stands within six words of it in its clause; the sentence states
it where it shares one of that sentence's words of four letters or more besides the figure and keeps no word of its own that leaves it
open (a proposal, a plan, a demand, an offer, a target or goal, "would", "could", a rejection or an acceptance, talks). What a plan or
a promise reaches is planned_figures.py's. Figures in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import has_digit

_FIGURE = r"[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£]?\d+(?:\.\d+)?"
_ANY_FIGURE = patterns.compile(rf"(?<![\w.,$€£])(?:{_FIGURE})(?![\w]|[.,]\d)(?:\s?%)?")
_PROPOSING = patterns.compile(r"(?<!\w)(?:propos(?:ed|es|ing|al|als)|suggest(?:ed|s|ing|ion)|recommend(?:ed|s|ing"
                              r"|ation)|floated|tabled|draft|under\s+consideration|being\s+considered)(?!\w)",
                              re.IGNORECASE)
_PROPOSING_WORDS = ("propos", "suggest", "recommend", "floated", "tabled", "draft", "consider")
_REACH = 6  # words between a word of proposing and the figure it proposes
# a sentence's own word that leaves the figure open, or says what became of the proposal
_KEPT = patterns.compile(r"(?<!\w)(?:propos\w*|suggest\w*|recommend\w*|float\w*|tabled|draft\w*|consider\w*|plan\w*"
                         r"|offer\w*|demand\w*|seek\w*|sought|call\w*\s+for|ask\w*|want\w*|would|could|may|might"
                         r"|reject\w*|refus\w*|turned\s+down|accept\w*|agree\w*|approv\w*|negotiat\w*|talks|bid"
                         r"|under\s+discussion|put\s+forward|present\w*|unveil\w*|decid\w*|decision|whether|not\s+yet)(?!\w)",
                         re.IGNORECASE)
# a figure to reach, as a recommendation sets it, leaves it open ("short of the WHO's 95% target"), unless the sentence
# tells it reached ("Valdoria met the 95% target"; "has not reached the target" keeps it open: newuser_72)
_TARGET = patterns.compile(r"(?<!\w)(?:targets?|goals?)(?!\w)", re.IGNORECASE)
_REACHED = patterns.compile(r"(?<!\w)(?<!not\s)(?<!never\s)(?:reach(?:ed|es)?|met|meets?|hit|hits|achiev\w*|attain\w*"
                            r"|exceed\w*|surpass\w*)(?!\w)", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[;:.!?]|,\s+(?:but|while|whereas|and)\s")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "proposed", "proposal", "suggested", "recommended", "each",
                          "will", "would"})
_LABEL = patterns.compile(r"(?<![\w'’])[A-Z][a-z]+\s+$")
_RESTATES = 1  # with the figure itself, a word of the passage's sentence
_SENTENCE = patterns.compile(r"[.!?](?=\s|$)")


def proposed_as_given(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as given a figure its cited passages give only as proposed."""
    if not in_english(language) or not has_digit(text):
        return []
    proposed = {figure: found for passage in passages for figure, found in _proposed(passage.text).items()}
    if not proposed:
        return []  # most passages propose no figure: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken) or (_TARGET.search(spoken) and not _REACHED.search(spoken)):
        return []
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for match in _ANY_FIGURE.finditer(spoken):
        figure = _plain(match.group())
        if figure not in proposed or inside(quoted, match.start()) or _LABEL.search(spoken, 0, match.start()):
            continue  # not a proposed figure, another's words, or a name's number ("Ward 7", "Route 12")
        if any(_given_otherwise(passage.text, figure) for passage in passages):
            continue  # a passage gives the figure outside a proposal too
        shown, sentence = proposed[figure]
        if len(words & content_words(sentence, _NOT_CONTENT)) >= _RESTATES:
            return [Finding(offset, f"this sentence states {match.group()} as settled, but its cited passages give it "
                                    f"only as proposed ('{shown}'): {clipped(text)}",
                            "keep it as a proposal, as the source does ('proposed', 'would'), or cite a passage that "
                            "says it was agreed")]
    return []


def _plain(figure: str) -> str:
    """Return a figure as compared: without its currency sign, its thousands' commas and its "%"."""
    return figure.lstrip("$€£").replace(",", "").rstrip("% ")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _proposed(text: str) -> dict[str, tuple[str, str]]:
    """Return each figure a passage gives near a word of proposing in its clause, with that word and the sentence
    holding both."""
    folded = text.casefold()
    if not any(word in folded for word in _PROPOSING_WORDS):
        return {}
    found = {}
    for sentence in _SENTENCE.split(text):
        for clause in _CLAUSE.split(sentence):
            proposing = [*_PROPOSING.finditer(clause)]
            for match in _ANY_FIGURE.finditer(clause) if proposing else ():
                near = next((word for word in proposing if _words_between(clause, word, match) <= _REACH), None)
                if near is not None:
                    found[_plain(match.group())] = (" ".join(near.group().split()), sentence)
    return found


def _words_between(clause: str, one: re.Match, other: re.Match) -> int:
    """Return how many words stand between two matches of a clause."""
    return len(clause[min(one.start(), other.start()):max(one.start(), other.start())].split())


@functools.lru_cache(maxsize=1 << 12)
def _given_otherwise(text: str, figure: str) -> bool:
    """Say whether a passage gives a figure in a clause with no word of proposing near it."""
    for clause in _CLAUSE.split(text):
        proposing = [*_PROPOSING.finditer(clause)]
        for match in _ANY_FIGURE.finditer(clause):
            if _plain(match.group()) == figure and not any(
                    _words_between(clause, word, match) <= _REACH for word in proposing):
                return True
    return False
