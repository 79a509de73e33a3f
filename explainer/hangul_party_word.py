"""A party's word told as fact, in Korean: "탈레반 전투원 274명이 사망했다" may not cite only "파키스탄에 따르면 탈레반
전투원 274명이 사망했다" (according to Pakistan, 274 Taliban fighters were killed).

party_word.py reads whose word a passage gives by English, French, German and Spanish speakers and words of five
letters or more; Korean names a speaker by a particle glued to it and a verb of saying at the sentence's end
(hangul_speakers.py: "파키스탄은 ... 밝혔다", "파키스탄에 따르면"), and its words are short. A passage's sentence
naming a party of the briefing so gives that party's word, the whole of it. A sentence restating one (two of its
words, each compared by its first two letters as Korean glues particles to the end: "전투원이", "전투원"; or a figure
and a word) and saying nobody's word itself (no verb of saying, no "따르면") is refused where every cited passage's
sentence it restates is a party's word; a passage stating it outside any party's words backs it.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding
from .hangul_sayers import korean_sayer, reports
from .hangul_speakers import korean_speakers, says
from .sentences import split_sentences
from .stem_comparisons import party_word_as_fact

_WORD = patterns.compile(r"[\uac00-\ud7a3]{2,}|\d+(?:[.,]\d+)*")
_STEM = 2  # "전투원이" and "전투원": one word


def party_word_as_fact_in_korean(text: str, passages: list[Cited], offset: int = 0,
                                 parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when a Korean sentence restates what every cited passage gives only as a party's word, and
    says nobody's word itself."""
    if not parties or text.isascii() or says(text) or reports(text):
        return []  # English text, or a sentence saying whose word it is: one look
    return party_word_as_fact(_stems(text), lambda passage: _parts(passage, parties), text, passages, offset,
                              "에 따르면")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts(text: str, parties: tuple) -> tuple[tuple[frozenset[str], str], ...]:
    """Return each sentence of a passage as its words' stems, with the party whose word it gives ("" for none)."""
    parts = []
    for sentence in split_sentences(text, "ko"):
        speakers = korean_speakers(sentence.text, parties)
        name = speakers[0][1] if speakers else korean_sayer(sentence.text, parties)
        parts.append((_stems(sentence.text) - (_stems(name) if name else frozenset()), name))
    return tuple(parts)


def _stems(text: str) -> frozenset[str]:
    """Return the first two letters of each Hangul word of text, and its figures."""
    return frozenset(word if word[0].isdigit() else word[:_STEM] for word in _WORD.findall(text))
