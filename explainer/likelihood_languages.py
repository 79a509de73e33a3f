"""Likelihoods kept in Japanese and Korean: "大雨でダムが決壊する" may not cite "大雨でダムが決壊する可能性がある", nor
"화재 원인은 누전이다" "화재 원인은 누전으로 추정된다".

likelihood.py reads "possibly", "probablement", "talvez" and a sentence's words of four letters or more: Japanese
writes no spaces and Korean glues its endings on, so both built. Here a passage's sentence giving a clause only as
possible or probable ("可能性がある", "おそれがある", "かもしれない", "公算が大きい"; "가능성이 있다", "우려가 있다",
"추정된다", "것으로 보인다") is restated by a sentence sharing two pairs of its letters (kanji, katakana, hangul);
such a sentence is refused where it keeps no doubt of its own ("可能性", "とみられ", "模様", "だろう"; "가능성",
"추정", "보인다", "전망", "듯") and no cited passage's sentence states the same plainly. A hedge the locale lists
("とみられる", "추정했다") is its `hedges`' to keep, not read here. French text is read by french_expected_futures.py: "Selon les
services de l'État, la Haute-Marne autorisera" of "... devrait autoriser".
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped
from .french_expected_futures import expected_told_certain
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_LIKELY = {
    "ja": patterns.compile(r"可能性(?:が|も)(?:ある|あり|高い|高く|大きい)|(?:おそれ|恐れ)(?:が|も)ある"
                           r"|かもしれ(?:ない|ません)|公算が(?:大きい|高い)"),
    # to the end of its word, as a message shows it: "가능성이 있다", "추정된다"
    "ko": patterns.compile(r"(?:가능성(?:이|도)\s?(?:있|높|크)|우려(?:가|도)\s?있|추정(?:되|된|됐|돼)|것으로\s?보인다"
                           r"|것으로\s?보여)[^\W\d_]*"),
}
_KEPT = {
    "ja": patterns.compile(r"可能性|おそれ|恐れ|かもしれ|とみられ|と見られ|とされ|見込み|見通し|推定|模様|らしい"
                           r"|ようだ|だろう|でしょう|公算|疑い"),
    "ko": patterns.compile(r"가능성|추정|보인다|보여|보이|우려|전망|예상|듯|알려졌|추측|관측|수\s?있|수도"),
}
_LETTERS = patterns.compile(r"[\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7a3]{2,}")  # runs of kanji, katakana, hangul
_RESTATES = 2


def dropped_likelihoods_in_languages(text: str, passages: list[Cited], offset: int = 0,
                                     language: str = "") -> list[Finding]:
    """Return a finding when Japanese or Korean text states plainly what its passages give only as possible."""
    base = base_language(language) if language not in ("", "en") else ""
    if base == "fr":  # French: an expectation told as certain in someone's name (french_expected_futures.py)
        return expected_told_certain(text, passages, offset)
    if base not in _LIKELY:
        return []
    spoken = markers_blanked(text)
    if _KEPT[base].search(spoken):
        return []  # the sentence keeps a doubt of its own
    own = _pairs(_KEPT[base].sub(" ", spoken))
    sentences = [read for passage in passages for read in _sentences(passage.text, base)]
    if any(word is None and len(own & pairs) >= _RESTATES for word, _, pairs in sentences):
        return []  # a passage states it plainly
    for word, sentence, pairs in sentences:
        if word is not None and len(own & pairs) >= _RESTATES:
            return [Finding(offset, f"this sentence states as fact what its cited passages give only as probable or "
                                    f"possible ('{word}': '{sentence}'): {clipped(text)}",
                            f"keep the source's '{word}', or cite a passage that states it plainly")]
    return []


def _pairs(text: str) -> frozenset[str]:
    """Return the pairs of letters of text's runs of kanji, katakana and hangul."""
    return frozenset(run[at:at + 2] for run in _LETTERS.findall(text) for at in range(len(run) - 1))


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _sentences(text: str, base: str) -> tuple[tuple[str | None, str, frozenset[str]], ...]:
    """Return each sentence of a passage: its likelihood word (None where it has none), itself, and its pairs of
    letters, the doubt's own words left out."""
    found = []
    for sentence in split_sentences(text, base):
        likely = _LIKELY[base].search(sentence.text)
        doubt = _KEPT[base].search(sentence.text)
        found.append((likely.group() if likely else None if doubt is None else "",
                      " ".join(sentence.text.split()), _pairs(_KEPT[base].sub(" ", sentence.text))))
    return tuple((word, sentence, pairs) for word, sentence, pairs in found if word != "")
