"""Who holds a clause in Korean: "누리당은 ... 과반을 차지했다" (Nuri won a majority) citing "청람당은 ... 과반을
차지했다" (Cheongram won it), and a majority no cited passage gives.

hangul_parties.py reads a party swapped between a verb's subject and its object ("이"/"가" for "을"/"를"), and leaves
a topic ("은"/"는") alone, as a topic may be the object. A party put in another party's place, as topic or subject
alike, built: "정다은 후보 측은 재검표를 요청했다" citing "한도윤 후보 측은 ... 재검표를 요청했다", "개표 초반에는 정
후보가 앞섰으나" citing "한 후보가 앞섰으나", "청람당은 ... 다수당이었다" citing "누리당은 ... 다수당이었다". Here the
first party a clause names with a topic or subject particle holds it, with the clause's verb (its last word, by its
first two letters) and content words (figures, and Hangul words by their first two letters). A sentence's clause is
refused where a cited passage's clause with the same verb and another content word is held by another party, and
none with that verb or a content word of it by this one ("청람당은 6석을, 누리당은 4석을 얻었다" backs "청람당은 6석을
얻었다"). A sentence of saying is the speaker checks' (hangul_speakers.py, hangul_stances.py).

A majority ("과반", "다수당") a sentence gives, no cited passage giving one, is refused as "won a majority"
where the source gives 4 seats of 11.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .hangul_speakers import says

# A clause ends at punctuation (not a decimal point or a thousands' comma: "12,796표를 얻었다") or after a verb joined to the next clause ("얻었고", "앞섰으나"),
# not after what is said ("제외했다고 주장했다", "있었다며 요청했다")
_CLAUSE = patterns.compile(r"(?:[^,.!?;:，。\s]|[.,](?=\d)|(?:(?<=[다라]고)|(?<=[다라]며)|(?<!고)(?<!며))(?<!면서)(?<!지만)"
                           r"(?<!는데)(?<!으나)\s)+")
_WORD = patterns.compile(r"[\uac00-\ud7a3]{2,}|\d+(?:[.,]\d+)*")
_LAST_WORD = patterns.compile(r"([\uac00-\ud7a3]+)\W*$")
_STEM = 2
_MAJORITY = ("과반", "다수당")  # "과반수" holds "과반"


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _holders(text: str, parties: tuple) -> tuple[tuple[int, str, str, str, frozenset[str]], ...]:
    """Return (where, party, its name as written, the clause's verb stem, its other words' stems) for each clause of
    text a party holds as its topic or subject."""
    found = []
    for clause in _CLAUSE.finditer(text):
        verb = _LAST_WORD.search(clause.group())
        if not verb or len(verb.group(1)) < _STEM:
            continue
        first = min(((match.start(), party, word) for party, words in parties for word in words
                     if word[:1] and "\uac00" <= word[0] <= "\ud7a3"
                     for match in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(word)}(?: 측)?(?:은|는|이|가)"
                                              r"(?![\uac00-\ud7a3])", clause.group())), default=None)
        if first:
            named = {word[:_STEM] for _, words in parties for name in words for word in _WORD.findall(name)}
            stems = {word if word[0].isdigit() else word[:_STEM] for word in _WORD.findall(clause.group())}
            found.append((clause.start() + first[0], first[1], first[2], verb.group(1)[:_STEM],
                          frozenset(stems - named - {verb.group(1)[:_STEM]})))
    return tuple(found)


def holder_swapped_in_korean(text: str, passages: list[Cited], offset: int = 0,
                             parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Korean sentence's clause is held by a party where its cited passages give the same
    clause to another party, and none to this one."""
    if len(parties) < 2 or text.isascii() or says(text):
        return []  # English text, or a sentence of saying: one look
    own = _holders(text, parties)
    if not own:
        return []
    theirs = [holder for passage in passages for holder in _holders(passage.text, parties)]
    for at, party, word, verb, stems in own:
        figures = _figures_of(stems)
        if any(other[1] == party and (other[4] & figures if figures and _figures_of(other[4])
                                      else other[3] == verb or other[4] & stems) for other in theirs):
            continue  # the passages give this party the verb, or a clause of its own ("청람당은 6석을, 누리당은 ...")
        # a party's figures decide: "김 후보가 52%를 얻었고" is not backed by "김 후보는 48%를 얻었다" of the same verb
        given = next((other for other in theirs if other[1] != party and other[3] == verb and other[4] & stems
                      and (not figures or other[4] & figures)), None)
        if given:
            return [Finding(offset + at, f"this sentence gives {word} what its cited passages give {given[2]} "
                                         f"('{verb}'): {clipped(text)}",
                            "name the party the source names, or cite the passage that gives it to this one")]
    return []


def _figures_of(stems: frozenset[str]) -> frozenset[str]:
    """Return the figures among a clause's stems."""
    return frozenset(stem for stem in stems if stem[0].isdigit())


def majority_unbacked_in_korean(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Korean sentence gives a majority ("과반") no cited passage gives."""
    if text.isascii():
        return []
    for word in _MAJORITY:
        if word in text and not any(word in passage.text for passage in passages):
            return [Finding(offset, f"this sentence gives a majority ('{word}') where its cited passages give none: "
                                    f"{clipped(text)}",
                            "give the seats or votes the source gives, or cite the passage that gives the majority")]
    return []
