"""What the source gives as the course not taken not told as taken: "this is the first time Pakistan has directly
targeted alleged TTP positions" may not cite "the first time Pakistan has directly targeted Taliban government sites
... rather than limiting strikes to alleged TTP positions".

A passage's "rather than" or "instead of" sets off what was not done (or not chosen); a sentence that keeps the
passage's frame and puts that in place of what was done built, every word of it the source's. A sentence is refused
where a cited passage's sentence has "rather than" or "instead of", the sentence holds two words of four letters or
more (or a capitalised acronym) of what follows it (its leading verb in "-ing" aside) and two of the words before it
that are not of what follows, no other words of a passage give those two outside such a clause, and the sentence says
none of "rather", "instead", "than", "not", "only", "before", "previously", "until", "earlier", "formerly",
"initially", "originally", "unlike" (an earlier figure "rather than" the corrected one, told as earlier). English text
is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .sentences import markers_blanked, split_sentences
from .wordset import may_hold

_MARK = patterns.compile(r"(?<![\w-])(?:rather\s+than|instead\s+of)(?![\w-])", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.!?()\u2013\u2014]|\s-\s")
_KEPT_APART = frozenset({"rather", "instead", "than", "not", "only", "before", "previously", "until", "earlier",
                         "formerly", "unlike", "never", "no", "nor", "initially", "originally", "once"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "when", "which", "its", "the", "and"})


def alternatives_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done what a cited passage gives after "rather than" or "instead of"."""
    if not in_english(language) or not any("ather than" in p.text or "nstead of" in p.text for p in passages):
        return []  # most passages set no course against another
    if not text.isascii() or may_hold(text, _KEPT_APART):
        return []
    spoken = markers_blanked(text)
    words = content_words(spoken, _NOT_CONTENT, names_of_three=True)
    for passage in passages:
        for sentence in split_sentences(passage.text, "en"):
            for mark in _MARK.finditer(sentence.text):
                found = _given_instead(sentence.text, mark, words, passages)
                if found:
                    return [Finding(offset, f"this sentence tells as done what its cited passages give as not done "
                                            f"('{found}'): {clipped(text)}",
                                    "keep the source's 'rather than', or tell what was done instead")]
    return []


def _given_instead(sentence: str, mark: re.Match, words: frozenset[str], passages: list[Cited]) -> str:
    """Return the passage's clause after `mark` where the sentence's words restate it in the frame before it; or ""."""
    end = _CLAUSE_END.search(sentence, mark.end())
    after = sentence[mark.end():end.start() if end else len(sentence)]
    leading = after.split()[:1]
    instead = content_words(after, _NOT_CONTENT, names_of_three=True) - {w.casefold() for w in leading
                                                                        if w.endswith("ing")}
    frame = content_words(sentence[:mark.start()], _NOT_CONTENT, names_of_three=True) - instead
    taken = words & instead
    if len(taken) < 2 or len(words & frame) < 2:
        return ""
    elsewhere = " ".join(p.text for p in passages).replace(after, " ")
    if len(taken & content_words(elsewhere, _NOT_CONTENT, names_of_three=True)) >= 2:
        return ""  # the passages give those words elsewhere too
    return " ".join((mark.group() + after).split())
