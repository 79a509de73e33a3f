"""What a sentence reads against what its cited passages read, compared the same way for the scripts read by their
own modules (Korean, Japanese): a stem's polarity, the party given the words, and a party's word told as fact.

A module reads its own language (hangul_negations, japanese_negations: a verb's stem and whether it is negated;
hangul_speakers, japanese_speakers: the parties named as a sentence's speaker); the comparison, and the message a
reader of either language gets, is one.
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .attribution import Cited, Finding, clipped

Polarities = Callable[[str], tuple[frozenset[str], frozenset[str]]]  # text: the stems it gives, those it negates
Speakers = Callable[[str, tuple], list[tuple[int, str, frozenset]]]  # text, parties: where, the name, party ids

_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def flipped_stems(polarities: Polarities, text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a stem one way that
    every passage it cites holding it gives the other way."""
    given, denied = polarities(read)
    if not given and not denied:
        return []
    theirs = [polarities(passage.text) for passage in passages]
    their_given = frozenset().union(*(one for one, _ in theirs))
    their_denied = frozenset().union(*(other for _, other in theirs))
    for stem in sorted(denied):
        if stem in their_given and stem not in their_denied:
            return [_flipped(offset, text, "adds a negation to", stem)]
    for stem in sorted(given):
        if stem in their_denied and stem not in their_given:
            return [_flipped(offset, text, "drops the negation of", stem)]
    return []


def _flipped(offset: int, text: str, what: str, stem: str) -> Finding:
    shown = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what} '{stem}' as its cited passage gives it: \"{shown}\"",
                   "keep the source's negation (or its absence), or cite the words that say what this says")


def other_speaker(speakers: Speakers, text: str, passages: list[Cited], offset: int,
                  parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return a finding where text gives words to a party that no cited passage gives them to, where a passage gives
    them to another party."""
    own = speakers(text, parties)
    if not own:
        return []
    theirs = [speaker for passage in passages
              for speaker in (speakers(passage.text, parties) or speakers(passage.holding, parties))]
    named = frozenset().union(*(speaker[2] for speaker in own))
    if theirs and not any(named & speaker[2] for speaker in theirs):
        return [Finding(offset + own[0][0], f"this sentence gives the words to {own[0][1]}, but its cited passages "
                                            f"give them to {theirs[0][1]}",
                        "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


Parts = Callable[[str], tuple[tuple[frozenset[str], str], ...]]  # a passage: each sentence's words, whose word it is
RESTATES = 2  # words a sentence shares with a passage's sentence to restate it


def party_word_as_fact(own: frozenset[str], parts: Parts, text: str, passages: list[Cited], offset: int,
                       according_to: str) -> list[Finding]:
    """Return a finding when text (`own`: its words) restates what every cited passage gives only as a party's word
    (`parts`: a passage's sentences, each with the party whose word it gives, "" for none); `according_to` is how the
    language says whose word it is, after the name."""
    speaker = ""
    for passage in passages:
        for words, party in parts(passage.text):
            if len(own & words) >= RESTATES:
                if not party:
                    return []  # stated outside any party's words: a passage backs it as fact
                speaker = speaker or party
    if not speaker:
        return []
    return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word of "
                            f"{speaker}: {clipped(text)}",
                    f"say whose word it is, as the source does ('{speaker}{according_to}'), or cite a passage that "
                    "states it")]
