"""Figures kept to their nouns across two sentences of a passage. moved_figures.py binds a figure to the noun phrase
its piece of a sentence opens with, and refuses a sentence giving it the noun another piece of the same sentence gives
another figure; a passage giving each figure a sentence of its own bound nothing: "Les exportations de fromages ont
atteint 2,3 milliards d'euros" built citing "... les exportations de fromages de l'Ostrelande vers la Valmorie ont
atteint 840 millions d'euros en 2024. Les exportations de pièces d'aéronefs de la Valmorie vers l'Ostrelande ont
atteint 2,3 milliards d'euros la même année." (tests/test_newuser_117.py).

Two sentences of a passage standing one after the other, each holding one figure bound to the noun phrase its
sentence opens with (an opening "Selon ...," or "According to ...," left out: figure_nouns.py), are read as one
sentence's two pieces: a sentence giving one's figure to a lowercase word only the other's phrase holds, and none of
its own phrase's words, is refused, unless a cited passage gives the figure that word anywhere. Names are the party
checks' to read, not this one's."""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .figure_nouns import Piece, distinct, shared
from .moved_figures import _all_pieces, _pieces, figures_moved_within_passage
from .numbers import find_mentions, mentions_in
from .sentences import inside, markers_blanked, split_sentences
from .wordset import has_digit

# An opening that says whose figures follow: "Selon l'office statistique ostrelandais, les exportations ..."
_OPENING = patterns.compile(r"^(?:selon|d['’]après|according\s+to|según|secondo|laut)\s[^,;.]{1,80},\s*", 2)


def figures_moved_between_sentences(text: str, passages: list[Cited], offset: int = 0,
                                    language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure a common noun that the next or previous sentence of its cited
    passage gives another figure, while that passage gives this figure other nouns of its own."""
    if not has_digit(text):
        return []
    pairs = [pair for passage in passages if has_digit(passage.text)
             for pair in _pairs(passage.text, passage.language or language)]
    if not pairs or figures_moved_within_passage(text, passages, offset, language):
        return []  # named by moved_figures.py itself
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    everywhere = [piece for passage in passages for piece in _all_pieces(passage.text, passage.language or language)]
    for mine in _pieces(spoken, language, find_mentions(spoken, language, prose=True)):
        for figure in mine.figures:
            quantities = frozenset(figure.quantities)
            if inside(quoted, figure.start):
                continue
            for own, other in pairs:
                if not own.gives(quantities) or other.gives(quantities) or shared(mine.words, own.words):
                    continue
                word = shared(mine.words, _common_nouns(other.words))
                if word and not any(piece.gives(quantities) and shared((word,), piece.words) for piece in everywhere):
                    return [Finding(offset + figure.start,
                                    f"this sentence gives '{word[1]}' {figure.text}, a figure its cited passage gives "
                                    f"'{own.words[0][1]}' ('{own.clause}'), where the sentence beside it gives "
                                    f"'{word[1]}' {other.figures[0].text}: {clipped(text)}",
                                    "give the figure to what the source gives it to, or cite the passage that gives "
                                    "it so")]
    return []


def _common_nouns(words: tuple) -> tuple:
    """Return the words of a piece written in lower case: a name is the party checks' to read ("la Valmorie a
    prêté 1,4 milliard" of "La Valmorie affirme que ... 310 millions. L'Ostrelande affirme que la Valmorie ... 1,4
    milliard" gave the figure to no noun of the trade)."""
    return tuple(word for word in words if word[1][:1].islower())


def _pairs(text: str, language: str) -> list[tuple[Piece, Piece]]:
    """Return the figure-holding pieces of each two sentences of text one after the other, each with one figure
    bound to a noun phrase, with their own words (those the other's does not say): both ways round."""
    sentences = [_without_opening(sentence.text.strip()) for sentence in split_sentences(text, language)]
    found = []
    for first, second in zip(sentences, sentences[1:]):
        pieces = [_one_piece(sentence, language) for sentence in (first, second)]
        if all(pieces):
            one, other = distinct(pieces)
            if one.words and other.words and not set(map(frozenset, (f.quantities for f in one.figures))) & set(
                    map(frozenset, (f.quantities for f in other.figures))):
                found += [(one, other), (other, one)]
    return found


def _one_piece(sentence: str, language: str) -> Piece | None:
    """Return a sentence's one piece holding figures, where it has words of its own and the sentence no other."""
    if not has_digit(sentence):
        return None
    found = [piece for piece in _pieces(sentence, language, list(mentions_in(sentence, language)))]
    return found[0] if len(found) == 1 and found[0].words else None


def _without_opening(sentence: str) -> str:
    """Return a sentence without an opening that names whose figures follow ("Selon X, ...")."""
    found = _OPENING.match(sentence)
    rest = sentence[found.end():] if found else sentence
    return rest[:1].upper() + rest[1:]
