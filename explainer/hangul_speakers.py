"""Whose words, in Korean: a quote's `speaker` written in Hangul must be named around the words it is given.

speakers.py reads a speaker by the capitals of their name, and Hangul has none: a quote of "김민수 대표" given to
"이영호" built. As for Arabic (arabic_speakers.py), a word of the speaker's name must stand (as part of a word, which
Korean glues its particles to: "김민수는") in the source around the words: the sentence holding them, the one
before, or a passage the `context` cites. A long name (five letters or more, an institution's) is named by its end
too, as a short name is ("위원회" of "공정거래위원회"); a person's name only whole ("민수" names no "이민수"), and a
party's name stands for its other names. A title ("대표", "장관") names no one of its own.
"""

from __future__ import annotations

from . import patterns

_WORD = patterns.compile("[\uac00-\ud7a3]{2,}")
_LONG = 5  # "공정거래위원회"; Korean personal names are two to four letters
_LONGEST = 24
_TITLES = frozenset({"대표", "대표이사", "회장", "사장", "부사장", "위원장", "부위원장", "장관", "차관", "대변인",
                     "관계자", "의원", "총리", "대통령", "국장", "과장", "교수", "연구원", "위원", "소장", "원장"})


def unnamed_korean_speaker(speaker: str, around: list[str], parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return what is wrong with a quote's `speaker` written in Hangul, or "" where a word of it (or of the party it
    names) stands in the source around the words."""
    names = {word for word in _WORD.findall(speaker) if word not in _TITLES}
    if not names:
        return ""
    for _, words in parties:
        if names & words:
            names |= {word for word in words if _WORD.fullmatch(word)}
    # an institution's name is never longer than _LONGEST: a longer one (hostile) gives no ends, never n² searches
    names |= {name[cut:] for name in names if _LONG <= len(name) <= _LONGEST for cut in range(1, len(name) - 2)}
    if any(name in text for name in names for text in around):
        return ""
    return (f"the source names no {speaker} in the sentence that holds these words or the one before, nor in a "
            "passage the `context` cites")
