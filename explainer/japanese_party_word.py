"""A party's word told as fact, in Japanese: "空爆で戦闘員40人が死亡した" may not cite only "パキスタンによると、空爆で
戦闘員40人が死亡した" (according to Pakistan, 40 fighters were killed in the air strikes).

party_word.py reads words of five letters or more, and Japanese writes no spaces; hangul_party_word.py reads Korean.
A passage's sentence naming a party of the briefing before "によると" or "によれば" (according to; japanese_speakers.py
reads the name) gives that party's word, the whole of it; "知事は ... 承認しなかった" is the governor's act. A sentence
restating one (two pairs of its kanji or katakana, or a figure) and saying nobody's word itself (no verb of saying,
no "によると") is refused where every cited passage's sentence it restates is a party's word; a passage stating it
outside any party's words backs it.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding
from .japanese_speakers import japanese_speakers, says
from .sentences import split_sentences
from .stem_comparisons import party_word_as_fact

_RUN = patterns.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,}|\d+(?:[.,]\d+)*")
_ACCORDING_TO = patterns.compile("(?:側)?(?:によると|によれば)")


def party_word_as_fact_in_japanese(text: str, passages: list[Cited], offset: int = 0,
                                   parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when a Japanese sentence restates what every cited passage gives only as a party's word, and
    says nobody's word itself."""
    if not parties or text.isascii() or says(text):
        return []  # English text, or a sentence saying whose word it is: one look
    return party_word_as_fact(_pairs(text), lambda passage: _parts(passage, parties), text, passages, offset,
                              "によると")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts(text: str, parties: tuple) -> tuple[tuple[frozenset[str], str], ...]:
    """Return each sentence of a passage as its pairs of letters, with the party whose word it gives ("" for none)."""
    parts = []
    for sentence in split_sentences(text, "ja"):
        # only "Xによると" gives the whole sentence as X's word: "知事は ... 承認しなかった" is the governor's act, a verb
        # of saying elsewhere in it or not
        speakers = [name for at, name, _ in japanese_speakers(sentence.text, parties)
                    if _ACCORDING_TO.match(sentence.text, at + len(name))]
        name = speakers[0] if speakers else ""
        parts.append((_pairs(sentence.text) - (_pairs(name) if name else frozenset()), name))
    return tuple(parts)


def _pairs(text: str) -> frozenset[str]:
    """Return the pairs of letters of text's runs of kanji and katakana, and its figures."""
    return frozenset(pair for run in _RUN.findall(text)
                     for pair in ((run,) if run[0].isdigit() else (run[at:at + 2] for at in range(len(run) - 1))))
