"""Figures kept to their speakers: a sentence may not give one party's figure to another party that the same
sentence's passages quote with a figure of its own.

"The Ardanian coastguard said it had seized seven Veskland vessels" citing both "Veskland's fisheries ministry said
Ardania had seized seven Veskland vessels" and "The Ardanian coastguard said it had seized four" built: the speaker
stands in one passage, the figure in the other, and a reader takes Veskland's count for Ardania's admission
(misattributed reads the speaker alone, and one passage of each backed it). Where a sentence names a party as the
speaker of a figure ("X said", "according to X", "as X says") and its cited passages give words to different parties,
the figure must stand in a passage (or a passage's sentence) whose speaker is of that party; one that stands only in
other parties' is refused. A figure is the sentence's speaker's whom the nearest reporting word before it names, or the one right after
it in the same clause ("four, not seven as Veskland says": seven is Veskland's); one after another party named past a
comma ("X puts it at seven, and Y at four") is not read. English text is read.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in
from .sentences import folded_word, split_sentences

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
from .speakers import parties_of, reporting_subjects, reports, shown, speakers_in


def figure_of_another_speaker(text: str, passages: list[Cited], offset: int = 0,
                              parties: tuple[tuple[str, frozenset[str]], ...] = (), language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure to a party's speaker that its cited passages give only to another
    party's."""
    if not passages or len(parties) < 2 or not in_english(language) or not reports(text):
        return []
    voiced = [(speaking, passage._replace(text=sentence)) for passage in passages
              for speaking, sentence in _voiced(passage.text, passage.language or language, parties)]
    if len({own for own, _ in voiced if own}) < 2:
        return []  # the passages quote one party, or none, as most do: nothing to mix up, the sentence not read
    said = [(at, words, parties_of(names, parties)) for at, words, names in speakers_in(text, parties)]
    if not any(own for *_, own in said):
        return []
    figures = [mention for mention in mentions_in(text, language) if mention.kind == "figure" and mention.quantities]
    # a speaker of no party ("the coastguard says") takes the figures after it too
    said = sorted(set(said) | {(at, words, frozenset()) for at, words, _ in reporting_subjects(text)
                               if not any(at == other for other, *_ in said)})
    for figure in figures:
        at, words, own = _speaker_of(figure.start, figure.end, text, said)
        if not own or _gapped(text[at:figure.start], own, parties):
            continue  # "the coastguard says it seized four": a speaker of no party; "..., and Ardania at four"
        holding = [speaking for speaking, passage in voiced if _holds(passage, figure.quantities, language)]
        if holding and all(speaking and not speaking & own for speaking in holding) and any(
                speaking & own for speaking, _ in voiced):
            other = next(words for speaking, passage in voiced if speaking in holding
                         for _, words, _ in speakers_in(passage.text, parties))
            return [Finding(offset + figure.start,
                            f'this sentence gives "{figure.text}" to {shown(words)}, but its cited passages give it to '
                            f"{shown(other)}: {clipped(text)}",
                            "give each figure to the speaker the source gives it to")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _voiced(text: str, language: str, parties: tuple) -> tuple[tuple[frozenset[str], str], ...]:
    """Return each sentence of a passage (one quote may hold both sides' counts) with the parties it gives words to."""
    return tuple((frozenset().union(*(parties_of(names, parties) for *_, names in speakers_in(sentence.text, parties))),
                  sentence.text) for sentence in split_sentences(text, language))


def _speaker_of(start: int, end: int, text: str, said: list) -> tuple[int, str, frozenset[str]]:
    """Return the speaker a figure is given to: one right after it in its clause ("four as Veskland says"), else the
    nearest before it, else the first."""
    after = [speaker for speaker in said if speaker[0] >= end and not any(mark in text[end:speaker[0]] for mark in ",;")]
    if after:
        return after[0]
    before = [speaker for speaker in said if speaker[0] < start]
    return before[-1] if before else said[0]


def _gapped(between: str, own: frozenset[str], parties: tuple) -> bool:
    """Say whether another party is named after the last comma or semicolon between a speaker and its figure: "X puts
    it at seven, and Y at four" gives four to Y, its verb left out."""
    cut = max(between.rfind(","), between.rfind(";"))
    if cut < 0:
        return False
    words = {folded_word(word) for word in _WORD.findall(between[cut:])}
    return any(party not in own and words & names for party, names in parties)


def _holds(passage: Cited, quantities, language: str) -> bool:
    """Say whether a passage gives one of the figure's quantities."""
    wanted = set(quantities)
    return any(wanted & set(mention.quantities) for mention in mentions_in(passage.text, passage.language or language)
               if mention.kind == "figure")
