"""A passage of several sentences, one of them hedged: a sentence restating another of them keeps no hedge.

"The case was brought in August 2022 by users represented by Harlow Finch. The plaintiffs alleged that Chirpline
passed their data to 41 advertising partners." is one citation, as an editor quotes two sentences that belong
together; "The suit was filed in August 2022 by users represented by Harlow Finch" restates the first, which is
fact, and was refused as stating as fact what the source gives "only as 'alleged'" (tests/test_newuser_69.py).

A sentence is held to a passage's hedge unless it shares more of its words (of five letters or more) and figures with
a sentence of the passage that hedges nothing than with any that hedges, and no figure with a hedged one alone: one
restating the allegation ("Chirpline passed users' data to 41 partners") shares more with it, and keeps the hedge.
A passage of one sentence, or one whose every sentence hedges, holds every sentence citing it, as before.
"""

from __future__ import annotations

from typing import Callable

from . import patterns
from .sentences import folded_word, split_sentences

_WORD = patterns.compile(r"\d[\d.,]*\d|\d|[^\W\d_]{5,}")


def rests_elsewhere(text: str, passage: str, hedges: Callable[[str], bool], language: str = "") -> bool:
    """Say whether text restates a sentence of `passage` that `hedges` finds no hedge in, rather than one it does."""
    sentences = split_sentences(passage, language)
    if len(sentences) < 2:
        return False
    hedged = [sentence.text for sentence in sentences if hedges(sentence.text)]
    plain = [sentence.text for sentence in sentences if not hedges(sentence.text)]
    if not hedged or not plain:
        return False
    own = _words(text)
    figures = {word for word in own if word[0].isdigit()}
    if figures & set().union(*(_words(sentence) for sentence in hedged)) - set().union(*(_words(s) for s in plain)):
        return False  # a figure only the hedged sentence gives
    return max(len(own & _words(sentence)) for sentence in plain) > max(len(own & _words(sentence))
                                                                        for sentence in hedged)


def _words(text: str) -> set[str]:
    """Return text's words of five letters or more, folded, and its figures."""
    return {folded_word(word) for word in _WORD.findall(text)}
