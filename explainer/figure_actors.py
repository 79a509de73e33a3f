"""A figure kept to the actor its passage gives it: "The scientific committee advised a 15% cut" may not cite "The
scientific committee advised a 20% cut; ministers agreed 15%".

Every figure and word of such a sentence stands in its passage, and the ministers' figure is moved to the committee.
moved_figures.py binds a figure to a year, month, place, measure or a noun phrase right before its verb; a clause's
actor and verb before an object ("advised a 20% cut") it left unread. Here a passage's sentence is cut into clauses
at "; ", ", and", ", but", "while" and "whereas"; each clause holding a figure is read with the words before its first
figure (four letters or more, a possessive's "'s" aside, but for the commonest words; a clause with none, "and 8% in
the capital", carries on the one before). Where two or more clauses of a passage's sentence give figures, a
sentence's figure is refused where the words before it in its clause share none with those of any clause giving that
figure, and two or more with those of a clause of the same sentence giving another figure of its unit, the last of
them (its verb or noun: "advised" of "advised a 20% cut") the same (tests/test_factcheck_102.py), unless
figure_speakers.py refuses the figure as another speaker's word already ("Police put the figure at 5,000" of
"Organisers said 5,000 people marched, while police put the figure at 3,000": named once, tests/test_factcheck_191.py). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .figure_speakers import figures_given_to_another
from .numbers import find_mentions, is_year, mentions_in
from .sentences import inside, markers_blanked, split_sentences
from .wordset import has_digit

_WORD = patterns.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")
_SENTENCE_CLAUSE = patterns.compile(r"[;,:]|\s(?:and|but|while|whereas)\s")
_PASSAGE_CLAUSE = patterns.compile(r";\s|,\s+(?:and|but)\s|,?\s+(?:while|whereas)\s")
_COMMON = frozenset({"than", "that", "this", "these", "those", "with", "from", "said", "says", "have", "has", "were",
                     "been", "about", "would", "will", "also", "into", "after", "before", "over", "under", "some",
                     "more", "less", "year", "years", "which", "when", "they", "their", "there", "then", "only",
                     "nearly", "almost", "around", "just", "since", "until", "within", "what", "while", "last", "next",
                     "cent", "percent", "least", "most", "much", "many", "each", "both", "other"})
_AT_LEAST = 2  # words shared with another clause's actor and verb: one may be chance


class Given(NamedTuple):
    """A clause of a passage's sentence holding figures: the words before its first, its figures' quantities."""

    words: frozenset[str]
    last: str  # the word right before its figure, its verb or noun: "advised" of "advised a 20% cut"
    quantities: frozenset
    shown: str  # the clause as written, to its first figure's end: "ministers agreed 15%"


def figures_given_to_another_actor(text: str, passages: list[Cited], offset: int = 0,
                                   language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure to the actor and verb a passage gives another figure, the
    passage giving this one to another."""
    if not in_english(language) or not has_digit(text):
        return []
    sentences = [clauses for passage in passages if in_english(passage.language or language)
                 for clauses in _given(passage.text, passage.language or language)]
    if not sentences:
        return []  # most passages give no two clauses of one sentence figures
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for mention in find_mentions(spoken, language, prose=True):
        if mention.kind != "figure" or is_year(mention.text) or inside(quoted, mention.start):
            continue
        (mine, last), quantities = _before(spoken, mention.start), frozenset(mention.quantities)
        giving = [clause for clauses in sentences for clause in clauses if clause.quantities & quantities]
        if not giving or any(clause.words & mine for clause in giving):
            continue
        units = {q.unit for q in quantities}
        for clauses in sentences:
            if not any(clause.quantities & quantities for clause in clauses):
                continue
            other = next((clause for clause in clauses if not clause.quantities & quantities
                          and {q.unit for q in clause.quantities} & units and clause.last == last
                          and len(clause.words & mine) >= _AT_LEAST),
                         None)
            if other and _named_as_another_speakers(mention.text, text, passages, offset, language):
                return []  # "Police put the figure at 5,000" of the organisers' 5,000: named once, as whose word it is
            if other:
                theirs = next(clause for clause in giving)
                return [Finding(offset + mention.start,
                                f"this sentence gives {mention.text} to the actor of '{other.shown}', but its cited "
                                f"passage gives it to '{theirs.shown}': {clipped(text)}",
                                "keep each figure with the actor and verb the source gives it, or cite the passage "
                                "that does")]
    return []


def _named_as_another_speakers(figure: str, text: str, passages: list[Cited], offset: int, language: str) -> bool:
    """Say whether figure_speakers.py already refuses text for giving `figure` as one speaker's word where the passages
    give it as another's (the same words refused twice, factcheck_191)."""
    return any(figure in finding.message for finding in figures_given_to_another(text, passages, offset, language))


def _before(text: str, start: int) -> tuple[frozenset[str], str]:
    """Return the words before a figure in its clause, as clauses are read, and the last of them."""
    begin = max((m.end() for m in _SENTENCE_CLAUSE.finditer(text, 0, start)), default=0)
    return _words(text, begin, start)


def _words(text: str, begin: int, end: int) -> tuple[frozenset[str], str]:
    """Return the words of text[begin:end] of four letters or more, folded, a possessive's "'s" aside, less common
    ones, and the last of them."""
    found = [word.removesuffix("'s") for word in (match.group().casefold().replace("’", "'")
                                                    for match in _WORD.finditer(text, begin, end))
             if word.removesuffix("'s") not in _COMMON]
    return frozenset(found), found[-1] if found else ""


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _given(text: str, language: str) -> tuple[tuple[Given, ...], ...]:
    """Return each sentence of text whose clauses, two or more, hold figures: each clause's words before its first
    figure and its figures' quantities."""
    if not has_digit(text) or not any(joint in text for joint in (";", " and ", " but ", "while", "whereas")):
        return ()
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure" and not is_year(m.text)]
    found = []
    for sentence in split_sentences(text, language):
        cuts = [sentence.start, *(m.end() for m in _PASSAGE_CLAUSE.finditer(text, sentence.start, sentence.end)),
                sentence.end]
        clauses = []
        for begin, finish in zip(cuts, cuts[1:]):
            inner = [m for m in mentions if begin <= m.start < finish]
            if inner:
                words, last = _words(text, begin, inner[0].start)
                if not words and clauses:  # "Prices rose 3%, and 8% in the capital": the actor and verb carried on
                    words, last = clauses[-1].words, clauses[-1].last
                clauses.append(Given(words, last, frozenset(q for m in inner for q in m.quantities),
                                     " ".join(text[begin:inner[0].end].split())))
        if len(clauses) >= 2:
            found.append(tuple(clauses))
    return tuple(found)
