"""An approximation kept: "acts of terror have become a regular occurrence" may not cite "have become almost a regular
occurrence", nor "the shelling destroyed the town" "the shelling nearly destroyed the town".

A passage approximates a word by "almost", "nearly", "virtually" or "practically" before it (past "a", "an" or
"the"; figures are qualifiers.py's, and "almost all", "almost always", "almost certainly" are read by the checks of
proportions and likelihood). A sentence using that word (in the same first five letters) in a clause sharing two more
words of four letters or more with the passage's sentence, with no such word of its own before it ("close to", "all
but", "near" too), is refused where no cited passage uses the word without one. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences

_APPROXIMATELY = patterns.compile(r"(?<!\w)(?P<by>almost|nearly|virtually|practically)\s+(?:(?:a|an|the)\s+)?"
                                  r"(?P<word>[^\W\d_][\w'’-]{3,})", re.IGNORECASE)
_KEPT_BEFORE = patterns.compile(r"(?<!\w)(?:almost|nearly|virtually|practically|close\s+to|all\s+but|near|near-|"
                                r"approaching|not\s+quite|short\s+of)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
# Words other checks read after "almost": a proportion, a frequency, a likelihood, a multiple
_READ_ELSEWHERE = frozenset({"all", "every", "everyone", "everything", "always", "never", "none", "nothing",
                             "certainly", "surely", "half", "double", "twice", "triple", "entirely", "completely",
                             "exactly", "identical", "impossible"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "almost", "nearly", "virtually", "practically", "become",
                          "became", "becomes"})
_RESTATES = 2


def dropped_approximations(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text drops the "almost" a passage restating it gives a word."""
    if not in_english(language):
        return []
    approximated = [found for passage in passages for found in _approximated(passage.text)]
    if not approximated:
        return []  # most passages approximate nothing (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for shown, stem, sentence_words in approximated:
        own = re.search(rf"(?<!\w){re.escape(stem)}[\w'’-]*", spoken, re.IGNORECASE)
        if (own is None or inside(quoted, own.start())
                or _KEPT_BEFORE.search(spoken, max(0, own.start() - 24), own.start())
                or len(words & sentence_words) < _RESTATES):
            continue
        if any(_plainly(passage.text, stem) for passage in passages):
            continue  # a passage uses the word without an approximation
        return [Finding(offset, f"this sentence drops the source's approximation ('{shown}'): {clipped(text)}",
                        "keep the source's 'almost' (or 'nearly'), or cite a passage that says it without one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _approximated(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return the words a passage approximates: as written, their first five letters, their sentence's words."""
    folded = text.casefold()
    if not any(word in folded for word in ("almost", "nearly", "virtually", "practically")):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        for match in _APPROXIMATELY.finditer(sentence.text):
            word = match["word"].casefold()
            if word not in _READ_ELSEWHERE:
                found.append((" ".join(match.group().split()), word[:5],
                              content_words(sentence.text, _NOT_CONTENT | {word})))
    return tuple(found)


def _plainly(text: str, stem: str) -> bool:
    """Say whether a passage uses a word (its first five letters) with no approximation before it."""
    return any(not _KEPT_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in re.finditer(rf"(?<!\w){re.escape(stem)}", text, re.IGNORECASE))
