"""Two givers' counts kept apart: "La CGT a compté 1,08 million de manifestants et la police 3,5 millions" may not cite
"Selon la police, 1,08 million de personnes ont manifesté. La CGT a revendiqué 3,5 millions de manifestants".

A sentence naming two givers, each with its own count, in two clauses ("X a compté A et la police B", the second's verb
left out) reads like the source, both figures in it: traded_figures.py reads a briefing's parties in English, and
according_to.py one giver a sentence. A clause's giver is the subject of a verb of counting or claiming opening it
(verb_givers.py), or the article and noun (up to four words) standing right before its figure after "et", "y", "und",
"and" or a comma; or a second clause's own verb of counting after "tandis que", "alors que", "mientras que", "während"
or "while" ("La CGT a compté 1,08 million tandis que la police a dénombré 3,5 millions", tests/test_factcheck_169.py). A passage's sentence gives its figures to the giver it names after "selon", "d'après", "según",
"laut" or "according to", or as the subject of a verb of counting or claiming; one naming two givers, clause by clause
as a sentence is read. The sentence is refused where each giver's figure is one the passages give the other giver
only (givers matched by their noun, a plural's "s" aside: "syndicat", "syndicats"; not by a few first letters, as
"inter" of "intersyndicale" and "interpellations" would).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import mentions_in
from .same_givers import bare_word, union_and_member, unions_both
from .sentences import split_sentences
from .verb_givers import names_by_verb, verb_givers

_ARTICLE = r"(?:(?:les|le|la|the|los|las|el|der|die|das|den|dem)\s+|l['’]\s*)"
# a clause after the first, its verb left out: "et la police 1,08 million", ", la CGT 3,5 millions"
_GAPPED = patterns.compile(r"(?:,\s*|\s+(?:et|y|und|and)\s+)" + _ARTICLE + r"(?P<who>[^\W\d_][\w-]*)"
                           r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+(?:(?:à|a|en|auf|at)\s+)?$", re.IGNORECASE)
_ACCORDING = patterns.compile(r"(?<![\w'’])(?:selon|d['’]\s*après|según|laut|according\s+to)\s+" + _ARTICLE + r"?"
                              r"(?P<who>[^\W\d_][\w-]*)", re.IGNORECASE)
_MOST_CHARACTERS = 400  # a sentence longer than this is read no further: two givers' counts stand close


def givers_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives two givers each a count its passages give only the other."""
    if not names_by_verb(text) or len(text) > _MOST_CHARACTERS:
        return []  # most sentences name no giver by a verb of counting: found without reading their passages
    mine = _given_in_clauses(text, language)
    if len(mine) != 2 or _same(mine[0][0], mine[1][0]):
        return []
    theirs = [pair for passage in passages for pair in _given(passage.text, passage.language or language)]
    (first, first_figure, first_written), (second, second_figure, second_written) = mine
    if not theirs or any({first_figure, second_figure} <= set(values) for values in _paired(passages, language)):
        return []  # one sentence of a passage giving both is moved_figures.py's to read, and name
    if _only_to(theirs, first_figure, second, first) and _only_to(theirs, second_figure, first, second):
        return [Finding(offset, f"this sentence gives '{first}' {first_written} and '{second}' {second_written}, "
                                f"where its cited passages give '{first}' {second_written} and '{second}' "
                                f"{first_written}: {clipped(text)}",
                        "give each giver the count the source gives it")]
    return []


def _only_to(given: list[tuple[str, object]], figure, giver: str, other: str) -> bool:
    """Say whether the passages give `figure` to `giver` and never to `other`."""
    holders = [who for who, value in given if value == figure]
    return any(_same(who, giver) for who in holders) and not any(_same(who, other) for who in holders)


def _same(one: str, other: str) -> bool:
    """Say whether two givers' nouns are one: alike, but for a plural's ending ("syndicat", "syndicats"), or the unions
    and their confederation ("syndicats", "l'intersyndicale": same_givers.py), or a union and its name ("syndicats",
    "CGT")."""
    one, other = bare_word(one), bare_word(other)
    short, long = sorted((one, other), key=len)
    return one == other or unions_both(one, other) or union_and_member(one, other) or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2
                            and long[len(short):] in ("s", "es", "x", "n", "en"))


def _figures(text: str, language: str) -> list:
    return [mention for mention in mentions_in(text, language) if mention.kind == "figure" and mention.quantities]


def _given_in_clauses(text: str, language: str) -> list[tuple[str, object, str]]:
    """Return (giver, figure value, figure as written) for each of a sentence's figures that a clause gives a giver:
    the first the subject of a verb of counting opening it, the next the noun before its figure after "et"; [] where
    a figure has no such giver."""
    givers = verb_givers(text)
    figures = _figures(text, language)
    if not givers or len(givers) > 2 or len(figures) != 2 or figures[0].start < givers[0].end():
        return []
    if len(givers) == 2:  # each clause its own verb: "..., tandis que la police a dénombré 3,5 millions"
        return _each_with_its_verb(givers, figures)
    gapped = _GAPPED.search(text, figures[0].end, figures[1].start)
    if gapped is None:
        return []
    return [(givers[0]["who"], figures[0].quantities[0].value, figures[0].text.strip()),
            (gapped["who"], figures[1].quantities[0].value, figures[1].text.strip())]


def _each_with_its_verb(givers: list[re.Match], figures: list) -> list[tuple[str, object, str]]:
    """Return (giver, figure value, figure as written) for two clauses that each name their giver by a verb of
    counting before their one figure; [] where a clause holds no figure or both."""
    first, second = givers
    if not (figures[0].end <= second.start() and second.end() <= figures[1].start):
        return []
    return [(giver["who"], figure.quantities[0].value, figure.text.strip()) for giver, figure in zip(givers, figures)]


def _paired(passages: list[Cited], language: str) -> list[list]:
    """Return the figures of each passage's sentence that gives two givers a figure each, clause by clause."""
    return [[value for _, value, _ in pairs] for passage in passages
            for sentence in split_sentences(passage.text, passage.language or language)
            if (pairs := _given_in_clauses(sentence.text, passage.language or language))]


def _given(text: str, language: str) -> list[tuple[str, object]]:
    """Return (giver, figure value) for each figure a passage's sentence gives a giver: the one it names by "selon"
    or a verb of counting, where it names one; clause by clause where it names two."""
    found = []
    for sentence in split_sentences(text, language):
        in_clauses = _given_in_clauses(sentence.text, language)
        if in_clauses:
            found += [(who, value) for who, value, _ in in_clauses]
            continue
        givers = {match["who"] for match in [*_ACCORDING.finditer(sentence.text), *verb_givers(sentence.text)]}
        if len(givers) == 1:
            (who,) = givers
            found += [(who, mention.quantities[0].value) for mention in _figures(sentence.text, language)]
    return found
