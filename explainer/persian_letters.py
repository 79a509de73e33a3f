"""Persian's yeh and kaf (ی ک), which Arabic writes ي and ك: one letter each to a reader.

Persian keyboards, agency feeds and text copied from Arabic-script sites type either, often both in one
document ("بانك مركزي" beside "بانک مرکزی"); a quote typed with the other pair is the same words.
"""

from __future__ import annotations

from . import patterns

ONE_LETTER = str.maketrans("يك", "یک")  # same length: offsets in a folded text stay the original's
_AS_ARABIC = str.maketrans("یک", "يك")


def arabic_spellings(word: str) -> tuple[str, ...]:
    """Return a Persian word and, where it differs, the same word typed with Arabic's yeh and kaf."""
    arabic = word.translate(_AS_ARABIC)
    return (word,) if arabic == word else (word, arabic)


# Letters Persian writes and Arabic does not: yeh, kaf, peh, tcheh, jeh, gaf (Urdu writes them too).
_PERSIAN = patterns.compile("[\u06cc\u06a9\u067e\u0686\u0698\u06af]")


def writes_persian(text: str) -> bool:
    """Say whether text holds a letter of Persian's alphabet that Arabic's lacks."""
    return _PERSIAN.search(text) is not None
