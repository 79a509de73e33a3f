"""Opposites made by a prefix: "unlawful" may not cite "lawfully", nor "legal" cite "illegal".

"Rosvik said the boarding had been unlawful" citing "Rosvik said the boarding had been carried out lawfully" built:
polarity.py counts "not", "no" and "never", and a word's own negating prefix is none of them. A sentence word opening
on "un", "il", "ir" or "non" whose rest (five letters or more: "lawful", "legal", "regular", "licensed") stands in a
cited passage, which nowhere holds the prefixed word, is refused; so is the rest alone ("licensed") where the passages
hold only the prefixed word ("unlicensed"). The passage must share another word of five letters or more with the
sentence (it tells of the same thing); a sentence or passage that negates ("was not unlawful", "did not confirm" for
"unconfirmed") and words in quotation marks are left to the negation and quotation checks. "in" and "im" are not read ("informed", "improve"). English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted

_PREFIXED = patterns.compile(r"(?<![\w'’-])(?P<prefix>un|il(?=l)|ir(?=r)|non-?)(?P<rest>[a-z]{5,})(?![\w'’-])",
                             re.IGNORECASE)
_WORD = patterns.compile(r"[a-z]+(?:-[a-z]+)?")
_NEGATED = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t)(?!\w)|n['’]t(?!\w)", re.IGNORECASE)
_STEM = 6  # "lawful" of "lawfully", "licens" of "licensed" and "licence"'s kin in the passage


def prefixed_opposite(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text turns a word of its passages into its opposite by a prefix, or drops the prefix."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(text).casefold()
    # a passage that negates anything may say its word is not so ("did not confirm" backs "unconfirmed"): not read
    read = [_read(p.text) for p in passages if in_english(p.language) and not _NEGATED.search(p.text)]
    if not _PREFIXED.search(spoken) and not any(prefixed for _, prefixed in read):
        return []  # no word of the sentence or its passages opens on a negating prefix: most sentences
    if _NEGATED.search(spoken):
        return []  # "was not unlawful": the negation checks read it
    said = frozenset(_WORD.findall(spoken))
    held = frozenset().union(*(words for words, _ in read))
    prefixed = frozenset().union(*(found for _, found in read))
    for word in sorted(said):
        turned = _turned(word, held, prefixed)
        if turned and _shares_another(said, held, word, turned):
            return [Finding(offset, f"this sentence says '{word}' where its cited passages say '{turned}': "
                                    f"{clipped(text)}",
                            "keep the source's word, or cite a passage that says this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _read(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return a passage's words outside quotation marks, lowercased, and those of them opening on a negating prefix."""
    words = frozenset(_WORD.findall(unquoted(text).casefold()))
    return words, frozenset(word for word in words if _PREFIXED.fullmatch(word))


def _turned(word: str, held: frozenset[str], prefixed: frozenset[str]) -> str:
    """Return the passage's word that `word` turns round by adding or dropping a prefix, or ""."""
    found = _PREFIXED.fullmatch(word)
    if found:  # "unlawful" of a passage's "lawfully", none of its words "unlawful..."
        rest = found["rest"]
        if any(other.startswith(word[:len(word) - len(rest) + _STEM]) for other in prefixed):
            return ""
        return next((other for other in sorted(held) if other == rest or len(rest) >= _STEM
                     and other.startswith(rest[:_STEM])), "")
    if len(word) < _STEM or not prefixed:
        return ""
    for other in sorted(prefixed):  # "lawful" of a passage's "unlawful", none of its words "lawful..." alone
        rest = _PREFIXED.fullmatch(other)["rest"]
        if rest[:_STEM] == word[:_STEM] and not any(kept.startswith(word[:_STEM]) for kept in held - prefixed):
            return other
    return ""
def _shares_another(said: set[str], held: set[str], word: str, turned: str) -> bool:
    """Say whether the sentence and its passages share a word of five letters or more besides the two turned."""
    return any(len(other) >= 5 and other not in (word, turned) for other in said & held)
