"""The words a sentence restates a passage by, in writing whose words are short or split: Vietnamese syllables, Urdu
and Persian words written without their vowels, Hindi words read whole with their vowel signs
(tests/test_newuser_55.py).

party_word.py takes a sentence to restate a party's words where the two share two words of five letters or more.
Vietnamese writes each syllable apart, most of four letters or fewer ("Thông báo xả lũ đã được gửi lúc 21 giờ"
shares one such word with anything), Urdu and Persian leave out their short vowels ("فصلیں سوکھ رہی ہیں"), and a
regular expression's \\w leaves out Devanagari's vowel signs, splitting "पानी" into "प" and "न". So "Thông báo xả lũ đã
được gửi ..." citing "Theo phía công ty, thông báo xả lũ đã được gửi ...", "صوبے کی فصلیں سوکھ رہی ہیں" citing "سندھ
حکومت کے مطابق ..." and "छत्तीसगढ़ ने छह बैराजों से पानी रोक लिया है" citing "ओडिशा सरकार के अनुसार ..." told a party's
word as fact and built. Here a Vietnamese text's words are also its pairs of syllables in a row (a word of two
syllables, "thông báo", "xả lũ"; not a pair of grammar's syllables, "đã được"), an Arabic-script word counts from
four letters, and a Devanagari word is read with its signs, from five characters.
"""

from __future__ import annotations

import re

from . import patterns

# Letters only Vietnamese writes: its horned and breved vowels, "đ", and tones under or hooked above a vowel.
_VIETNAMESE = patterns.compile(r"[ăâđơưạặậẹệịọộợụựỵảẳẩẻểỉỏổởủửỷẫẵễỗỡữỹ]", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[^,;:.!?()\"“”«»\u2013\u2014\d]+")
_SYLLABLE = patterns.compile(r"[^\W\d_]+")
# Syllables of grammar: a pair of two of them is no word ("đã được", "của các").
_GRAMMAR = frozenset({"của", "là", "các", "những", "cho", "với", "này", "đó", "có", "đã", "sẽ", "được", "bị", "trong",
                      "tại", "về", "một", "từ", "đến", "tới", "thì", "cũng", "vẫn", "rằng", "và", "không", "chưa",
                      "lên", "ra", "vào", "khi", "mà", "để", "ở", "theo", "lúc", "nhưng", "nên", "do", "vì", "đang"})
_ARABIC_WORD = patterns.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]"
                                r"[\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff\u200c]*")
_ARABIC_LONG = 4
_DEVANAGARI_WORD = patterns.compile(r"[\u0904-\u0939\u0958-\u0961\u0972-\u097f][\u0900-\u0963\u0971-\u097f]*")
_DEVANAGARI_LONG = 5


def restating_words(text: str) -> frozenset[str]:
    """Return the words beyond its words of five letters that text may restate a passage by: a Vietnamese text's
    pairs of syllables, an Arabic-script text's words of four letters, a Devanagari text's words read whole."""
    if text.isascii():
        return frozenset()  # most texts, and every English one
    found: set[str] = set()
    if _VIETNAMESE.search(text):
        for clause in _CLAUSE.findall(text):
            syllables = [syllable.casefold() for syllable in _SYLLABLE.findall(clause)]
            found.update(f"{first} {second}" for first, second in zip(syllables, syllables[1:])
                         if not (first in _GRAMMAR and second in _GRAMMAR))
    found.update(word for word in _ARABIC_WORD.findall(text) if len(word.replace("\u200c", "")) >= _ARABIC_LONG)
    found.update(word for word in _DEVANAGARI_WORD.findall(text) if len(word) >= _DEVANAGARI_LONG)
    return frozenset(found)


def tells_of_speaker(text: str, speaker: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether Vietnamese text names a party its passage's speaker names: "Công ty sẵn sàng ..." of "Ông Trần Văn
    Hải (the company's director) cho biết công ty sẵn sàng ...", the party's own stance, told as its own."""
    if not speaker or text.isascii() or not _VIETNAMESE.search(text):
        return False
    return bool(_named(text, parties) & _named(speaker, parties))


def _named(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the ids of the parties a syllable of text names, by a word no other party's name holds."""
    syllables = frozenset(syllable.casefold() for syllable in _SYLLABLE.findall(text))
    return frozenset(party for party, words in parties
                     if syllables & words and any(word in syllables and not any(
                         word in other for name, other in parties if name != party) for word in words))
