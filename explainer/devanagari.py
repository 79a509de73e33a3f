"""Hindi text as the checks read it: Devanagari's words whole, with their vowel signs, and its nukta letters typed
either way.

Python's `\\w` leaves out Devanagari's vowel signs and viramas (Unicode marks, not letters): "नहीं" is the words
"नह" to it and "हिस्से" three, so a word list never found a Hindi word. `WORD` keeps a word whole. A nukta letter
("ज़", "ड़", "फ़") is typed as one character or as its letter and the nukta (U+093C), and NFC keeps both: `forms`
gives a word in both spellings, so a list written one way reads text typed the other.
"""

from __future__ import annotations

from . import patterns

# Devanagari's combining signs: candrabindu, anusvara and visarga, nukta, vowel signs, virama, stress and vowel marks.
MARKS = "\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962\u0963"
WORD = patterns.compile(rf"[^\W\d_][\w{MARKS}]*")
_LETTER = patterns.compile("[\u0900-\u097f]")
# The precomposed nukta letters and the letter each is with U+093C after it.
_NUKTA_LETTERS = {"\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज", "\u095c": "ड", "\u095d": "ढ",
                  "\u095e": "फ", "\u095f": "य"}
_DECOMPOSED = str.maketrans({one: letter + "\u093c" for one, letter in _NUKTA_LETTERS.items()})


def whole(pattern: str) -> str:
    """Return a word's pattern that matches it whole among Devanagari words: never after or before a vowel sign, which
    `\\w` does not count as a letter ("गा" of "गंगा", the river)."""
    return rf"(?<![{MARKS}])(?:{pattern})(?![{MARKS}])"


def future_ending(patterns_of: list[str]) -> str:
    """Return a pattern of Hindi's future endings ("गा", "गी", "गे") glued after a verb's vowel ("करेगा", "जाएगा",
    "होंगे"), as a locale's `will` lists them: a word of their own they never are. After a consonant they are part
    of another word ("गंगा")."""
    return rf"(?:(?<=[ेोूएओऊ])|(?<=[ेोूएओऊ][ंँ]))(?:{'|'.join(patterns_of)})(?![\w{MARKS}])"


def writes_devanagari(text: str) -> bool:
    """Say whether text holds a Devanagari character."""
    return _LETTER.search(text) is not None


def forms(word: str) -> tuple[str, ...]:
    """Return a word in its two spellings of nukta letters, decomposed and precomposed (once where it has none)."""
    decomposed = word.translate(_DECOMPOSED)
    composed = decomposed
    for one, letter in _NUKTA_LETTERS.items():
        composed = composed.replace(letter + "\u093c", one)
    return tuple(dict.fromkeys((decomposed, composed)))


def spelled(words) -> frozenset[str]:
    """Return every spelling (`forms`) of each of words."""
    return frozenset(form for word in words for form in forms(word))


def folded(word: str) -> str:
    """Return a word with its nukta letters decomposed, as two spellings of it compare equal."""
    return word.translate(_DECOMPOSED)
