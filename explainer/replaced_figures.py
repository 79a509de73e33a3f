"""A figure given as replaced is not told as the figure: "28 statt 27 Sitze" gives 28 seats, not 27.

"Die SPD erhält nach dem Endergebnis 27 Sitze" citing "Die SPD erhält 28 statt 27 Sitze", and "Der Verlust beträgt
3,6 Prozentpunkte" citing "Der Verlust ... beträgt damit 3,3 Prozentpunkte statt 3,6 Prozentpunkten", built: the
figure stands in the passage, as the one the new figure replaces. A passage's figure right after "statt",
"anstatt", "anstelle von", "instead of", "rather than", "au lieu de", "en lugar de" or "en vez de" that follows
another figure (two words between at most) is the replaced one; a sentence stating it (its value, in any spelling),
without the figure that replaces it, is refused where it shares a word of four letters or more with the passage's
sentence and no cited passage states that figure otherwise. A sentence keeping it as what was before ("im
vorläufigen Ergebnis", "zunächst", "previously", "initially", "auparavant", "inicialmente", or "statt" itself)
builds (tests/test_newuser_104.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .numbers import mentions_in
from .set_aside_figures import INSTEAD, TOLD_AS_BEFORE
from .sentences import markers_blanked, sentence_of
from .wordset import has_digit

_STEMS = ("statt", "anstelle", "instead", "rather", "au lieu", "en lugar", "en vez")
# the words between the new figure and the replaced one: "28 statt 27", "3,3 Prozentpunkte statt 3,6", "6 statt rund 18"
_GAP = patterns.compile(r"\s*(?:[^\W\d_]+\s*){0,2}?,?\s*" + INSTEAD + r"\s+(?:[^\W\d_]+\s+)?", re.IGNORECASE)
_GAP_MOST = 60  # characters: two words, a comma and "anstelle von" stand well within it
_NOT_CONTENT = frozenset({"nach", "dem", "damit", "eine", "einen", "dass", "with", "that", "from", "this", "were",
                          "have", "been", "their", "sind", "wird", "wurde", "pour", "avec", "para", "sobre"})


def replaced_told(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states a figure its cited passages give only as the one another replaces."""
    if not has_digit(text) or not any(stem in passage.text for passage in passages for stem in _STEMS):
        return []  # most passages replace no figure: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    if TOLD_AS_BEFORE.search(spoken):
        return []
    own = {quantity.value for mention in mentions_in(spoken, language) for quantity in mention.quantities}
    if not own:
        return []
    replaced: list[tuple[Decimal, Decimal, str, str]] = []  # old value, new value, the words, their sentence
    stated: set[Decimal] = set()
    for passage in passages:
        found = mentions_in(passage.text, passage.language or language)
        olds = set()
        for new, old in zip(found, found[1:]):
            if (new.kind == old.kind == "figure" and old.start - new.end < _GAP_MOST
                    and len(new.quantities) == len(old.quantities) == 1
                    and _GAP.fullmatch(passage.text, new.end, old.start)):
                olds.add(old.start)
                replaced.append((old.quantities[0].value, new.quantities[0].value,
                                 " ".join(passage.text[new.start:old.end].split()),
                                 sentence_of(passage.text, new.start)))
        stated |= {quantity.value for mention in found if mention.start not in olds for quantity in mention.quantities}
    words = content_words(spoken, _NOT_CONTENT)
    for old, new, shown, sentence in replaced:
        if old in own and new not in own and old not in stated and words & content_words(sentence, _NOT_CONTENT):
            return [Finding(offset, f"this sentence states {_plain(old)} where its cited passages give it only as the "
                                    f"figure replaced ('{shown}'): {clipped(text)}",
                            "give the figure that replaces it, or say it was the earlier one (\"zunächst\", "
                            "\"im vorläufigen Ergebnis\", \"previously\")")]
    return []


def _plain(value: Decimal) -> str:
    """Return a value as a plain figure, without trailing zeros."""
    return format(value.normalize(), "f")
