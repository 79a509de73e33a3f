"""Conditions kept, in Bengali: "ইউনিয়ন ২০ মার্চ থেকে লাগাতার ধর্মঘট শুরু করবে" citing "সিদ্ধান্ত প্রত্যাহার না হলে
২০ মার্চ থেকে তারা ... লাগাতার ধর্মঘট শুরু করবে" built.

Bengali makes a condition with the verb's conditional form, "-লে", ending the condition before what it conditions
("প্রত্যাহার না হলে", "নিষেধাজ্ঞা ভাঙলে", "ধরা পড়লে"), or with "যদি" (if). conditions.py reads conditions by words
that open them, which Bengali has none of but "যদি". Here the common verbs' conditional forms are read, and any verb's
after "না" ("না দিলে"); "বলে" (saying), "ফলে" (as a result) and nouns in "-লে" ("সালে", "স্কুলে") are no condition. A
sentence restating (two content words) what a passage's sentence gives after such a condition is refused where it
keeps no word of the condition and no condition of its own.
"""

from __future__ import annotations

import functools

from . import bengali, patterns
from .attribution import Cited, Finding, clipped
from .bengali_negations import WORD, folded, polarities
from .sentences import split_sentences

_CONDITIONAL = frozenset(map(folded, {"যদি", "হলে", "থাকলে", "করলে", "দিলে", "নিলে", "পেলে", "গেলে", "এলে", "ভাঙলে", "পড়লে",
                          "চাইলে", "পারলে", "মানলে", "ফিরলে", "শর্তে", "তাহলে"}))
_NOT_CONDITIONAL_AFTER_NA = frozenset({"বলে"})
_CLAUSE_MARK = patterns.compile(r"[,;:“”\"‘’]")
_RESTATES = 2


def _conditional(words: list[str], at: int) -> bool:
    """Say whether the word at `at` makes a condition: a listed form, or a verb in "-লে" after "না"."""
    word = words[at]
    return word in _CONDITIONAL or (at > 0 and words[at - 1] == "না" and word.endswith("লে")
                                    and word not in _NOT_CONDITIONAL_AFTER_NA)


def _words(text: str) -> frozenset[str]:
    given, denied = polarities(text)
    return given | denied


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _conditionals(text: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Return each condition of a passage's sentences: as written, its content words, and those of what it
    conditions."""
    found = []
    for sentence in split_sentences(text, "bn"):
        matches = list(WORD.finditer(sentence.text))
        words = [folded(match.group()) for match in matches]
        for at in range(len(words)):
            if not _conditional(words, at):
                continue
            start = 0
            for mark in _CLAUSE_MARK.finditer(sentence.text, 0, matches[at].start()):
                start = mark.end()
            end = matches[at].end()
            found.append((sentence.text[start:end].strip(), _words(sentence.text[start:end]),
                          _words(sentence.text[end:])))
    return tuple(found)


def dropped_condition_in_bengali(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when a Bengali sentence restates what a cited passage gives only on a condition, keeping
    neither the condition nor a word of it."""
    if text.isascii() or not bengali.writes_bengali(text):
        return []
    conditions = [found for passage in passages for found in _conditionals(passage.text)]
    if not conditions:
        return []
    written = [folded(word) for word in WORD.findall(text)]
    if any(_conditional(written, at) for at in range(len(written))):
        return []  # the sentence keeps a condition of its own
    own = _words(text)
    for condition, words, conditioned in conditions:
        if len(own & conditioned) >= _RESTATES and not own & words:
            return [Finding(offset, f"the source gives this only on a condition ('{condition}'), but it is stated as "
                                    f"plain fact: {clipped(text)}",
                            "keep the condition ('যদি ...', '... হলে'), or cite words the source states without one")]
    return []


def dropped_conditions_in_bengali_item(text: str, passages: list[Cited], language: str) -> list[Finding]:
    """Return dropped_condition_in_bengali's findings for an item cited as a whole, sentence by sentence."""
    if text.isascii() or not bengali.writes_bengali(text):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in dropped_condition_in_bengali(sentence.text, passages, sentence.start)]
