"""A party swapped in Korean: "파키스탄이 아프가니스탄을 공격했다" citing "아프가니스탄이 파키스탄을 공격했다".

swapped.py reads a party's place by the words around its capitalised name, and Hangul has neither capitals nor a
fixed word order: Korean marks a noun's place by the particle glued to it, "이"/"가" its subject and "을"/"를" its
object. A party of the briefing (a Hangul word of its name or aliases) with one of these is read with its clause's
verb (the clause's last word, compared by its first two letters: "공격했다", "공격한"; a clause ends at a verb
joined to the next one, "공격했고"). A sentence is refused where a
party holds the one place and every cited passage with the same verb gives that party only the other. The topic
particles "은"/"는" mark no place (a topic may be the object), and a sentence with a verb of saying is the speaker
check's (hangul_speakers.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .hangul_speakers import says

_PLACES = {"이": "subject", "가": "subject", "을": "object", "를": "object"}
# A clause ends at punctuation or after a verb joined to the next clause: "공격했고", "공격하며", "공격했지만".
_CLAUSE = patterns.compile(r"(?:[^,.!?;:，。\s]|(?<!고)(?<!며)(?<!면서)(?<!지만)(?<!는데)\s)+")
_LAST_WORD = patterns.compile(r"([\uac00-\ud7a3]+)\W*$")
_STEM = 2  # "공격했다", "공격한", "공격하였다": one verb


def _places(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, str, str, str]]:
    """Return (where, party, its word, its place, the clause's verb stem) of each party a Korean text names with the
    particle of a subject or an object."""
    found = []
    for clause in _CLAUSE.finditer(text):
        verb = _LAST_WORD.search(clause.group())
        if not verb or len(verb.group(1)) <= _STEM:
            continue
        for party, words in parties:
            for word in words:
                if word[:1] and "\uac00" <= word[0] <= "\ud7a3":
                    for match in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(word)}([이가을를])(?![\uac00-\ud7a3])",
                                             clause.group()):
                        found.append((clause.start() + match.start(), party, word, _PLACES[match.group(1)],
                                      verb.group(1)[:_STEM]))
    return sorted(found)


def swapped_in_korean(text: str, passages: list[Cited], offset: int = 0,
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Korean sentence names a party as the subject (or object) of a verb that every cited
    passage with that verb gives it only as the object (or subject)."""
    if len(parties) < 2 or text.isascii() or says(text):
        return []  # English text, or a sentence of saying: one look
    own = _places(text, parties)
    if not own:
        return []
    theirs = [place for passage in passages for place in _places(passage.text, parties)]
    for at, party, word, place, verb in own:
        same_verb = [other for other in theirs if other[4] == verb and other[1] == party]
        if same_verb and all(other[3] != place for other in same_verb):
            given = next((other for other in theirs if other[4] == verb and other[3] == place), None)
            if given:
                return [Finding(offset + at, f"this sentence names {word} where its cited passages name {given[2]} "
                                             f"as the {place} of '{verb}': {clipped(text)}",
                                "name the party the source names, or cite the passage that gives it to this one")]
    return []
