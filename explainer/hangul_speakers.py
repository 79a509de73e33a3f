"""Whose words, in Korean: a quote's `speaker` written in Hangul must be named around the words it is given.

speakers.py reads a speaker by the capitals of their name, and Hangul has none: a quote of "김민수 대표" given to
"이영호" built. As for Arabic (arabic_speakers.py), a word of the speaker's name must stand (as part of a word, which
Korean glues its particles to: "김민수는") in the source around the words: the sentence holding them, the one
before, or a passage the `context` cites. A long name (five letters or more, an institution's) is named by its end
too, as a short name is ("위원회" of "공정거래위원회"); a person's name only whole ("민수" names no "이민수"), and a
party's name stands for its other names. A title ("대표", "장관") names no one of its own.

Whose words a sentence gives, in Korean: a party of the briefing named as the speaker, "파키스탄은 ... 밝혔다"
(its name with a topic or subject particle glued, in a sentence with a verb of saying) or "파키스탄에 따르면"
(according to), must be a party the cited passages give the words to: "아프가니스탄은 공습이 무장세력을 겨냥했다고
밝혔다" citing "파키스탄은 ... 밝혔다" built, as speakers.py reads names by their capitals.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding
from .stem_comparisons import other_speaker

_WORD = patterns.compile("[\uac00-\ud7a3]{2,}")
_LONG = 5  # "공정거래위원회"; Korean personal names are two to four letters
_LONGEST = 24
_TITLES = frozenset({"대표", "대표이사", "회장", "사장", "부사장", "위원장", "부위원장", "장관", "차관", "대변인",
                     "관계자", "의원", "총리", "대통령", "국장", "과장", "교수", "연구원", "위원", "소장", "원장",
                     "후보", "후보자", "본부장", "선거대책본부장"})


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


# Verbs of saying, claiming and announcing, by their stems in any ending ("밝혔다", "밝힌", "주장했다"); "전했다"
# (passed on) a word of its own, not the end of "역전했다" (came from behind).
_SAYING = patterns.compile("밝혔|밝힌|말했|말한|주장했|주장한|(?<![\uac00-\ud7a3])전했|발표했|발표한|강조했|설명했|덧붙였|반박했|부인했"
                           "|주장하|밝히|발표하|따르면")
_SPOKEN_PARTICLES = r"(?:측)?(?:은|는|이|가|도)(?![\uac00-\ud7a3])"  # "파키스탄은", "파키스탄 측은"
_ACCORDING_TO = r"(?:측)?에 따르면"
# A name of several words ("가론 정부"), and a title after a name ("박민준 장관은", "이하늘 대변인은")
_NAME = patterns.compile("[\uac00-\ud7a3]{2,}(?: [\uac00-\ud7a3]+)*|[\uac00-\ud7a3] [\uac00-\ud7a3]{2,}")  # "정 후보"
_TITLED = "(?: (?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + "))?"
_CLAUSE_END = patterns.compile(r"[,.!?;]")


def says(text: str) -> bool:
    """Say whether Korean text holds a verb of saying ("밝혔다") or "따르면" (according to)."""
    return _SAYING.search(text) is not None


def korean_speakers(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, frozenset]]:
    """Return each party text names as the speaker of a Korean sentence with a verb of saying: where, the name as
    written, and the ids of the parties it names."""
    if _SAYING.search(text) is None:
        return []
    found = []
    for party, words in parties:
        for word in words:
            if _NAME.fullmatch(word):
                for match in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(word)}{_TITLED} ?(?:{_SPOKEN_PARTICLES}|"
                                         rf"{_ACCORDING_TO})", text):
                    found.append((match.start(), word, frozenset({party}), match.group().endswith(("이", "가"))))
    return [speaker[:3] for speaker in sorted(found)
            if not _within_their_words(speaker, found, text) and not _said_by_a_later_subject(speaker, text)]


# What is said ("...이겼다고"), then its speaker as a subject or topic, a word or two, and the verb of saying: "정다은
# 후보가 ... 이겼다고 선관위가 16일 발표했다" gives the words to the commission, not to the subject before them.
_SPEAKER_AFTER = patterns.compile(r"(?:다|라)고,? (?:[^ ,.]+ ){0,4}?[\uac00-\ud7a3]+(?:이|가|은|는)(?: [^ ,.]+){0,2}? "
                                  "(?:밝혔|말했|발표했|주장했|전했|설명했|강조했|덧붙였)")


def _said_by_a_later_subject(speaker: tuple, text: str) -> bool:
    """Say whether a party named as a subject ("정다은 후보가") is inside words whose speaker is named after them."""
    return speaker[3] and _SPEAKER_AFTER.search(text, speaker[0]) is not None


def _within_their_words(speaker: tuple, found: list[tuple], text: str) -> bool:
    """Say whether a party named as a subject ("가론이") follows, in its clause, a speaker named as the topic ("벨루나
    측은 가론이 ... 제외했다고 주장했다"): the subject of the words said, not who says them."""
    return speaker[3] and any(other[0] < speaker[0] and not other[3] and not _CLAUSE_END.search(text, other[0],
                                                                                                speaker[0])
                              for other in found)


def misattributed_in_korean(text: str, passages: list[Cited], offset: int = 0,
                            parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Korean sentence gives words to a party that no cited passage gives them to, where a
    passage gives them to another party."""
    if not parties or text.isascii() or _SAYING.search(text) is None:
        return []  # most sentences hold no Hangul verb of saying: one search
    return other_speaker(korean_speakers, text, passages, offset, parties)
