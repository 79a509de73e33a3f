"""Vietnamese negations, read where a briefing's language is `vi` (tests/test_newuser_48.py).

Vietnamese writes each syllable apart ("chấp nhận", "thu hoạch"): most of its words are two syllables of four
letters or fewer, and polarity.py reads a negation's predicate as its first word of five letters or more, so "Công ty
chấp nhận yêu cầu này" citing "Công ty không chấp nhận yêu cầu này" built. Here a negation ("không", "chưa",
"chẳng", "chưa bao giờ", "không thể", "chưa được", ...) negates the two syllables after it ("chấp nhận"; one where its
clause ends there): a sentence's clause that holds them with no negation, where every clause of its passages holding
them negates them, drops the negation; a sentence's negated pair that its passages hold only in clauses negating
nothing adds one. The sentence must share another syllable with its passages. A negation by another verb ("từ chối",
"bác bỏ") is not read.
"""

from __future__ import annotations

import re

from .attribution import Cited, Finding
from . import patterns

_NEGATIONS = frozenset({"không", "chưa", "chẳng", "chả", "đừng", "chớ"})
# What stands between a negation and what it negates: "chưa bao giờ thấp hơn", "không thể xả", "chưa được chuyển",
# "không hề", "chưa từng", "không còn", "chẳng phải".
_BETWEEN = frozenset({"bao", "giờ", "hề", "từng", "thể", "được", "còn", "phải", "hẳn", "có", "hoàn", "toàn", "kịp",
                      "nên", "cần", "đã"})
# Words after a negation that make no negation: "không chỉ ... mà còn" (not only), "chưa kể" (not to mention),
# "hay không" / "hoặc không" closing a yes-no question ("có vi phạm ... hay không").
_NOT_NEGATING_AFTER = frozenset({"chỉ", "những", "kể", "ít"})
_NOT_NEGATING_BEFORE = frozenset({"hay", "hoặc", "hoặc là"})
_SYLLABLE = patterns.compile(r"[^\W\d_]+")
_CLAUSE_END = patterns.compile(r"[,;:.!?()\u2013\u2014\"“”]|(?<!\w)(?:nhưng|và|mà|vì|khi|để)(?!\w)",
                               re.IGNORECASE)
# Syllables too common to tie a sentence's clause to a passage's ("của", "là", "các", "những", "cho", ...).
_COMMON = frozenset({"của", "là", "các", "những", "cho", "với", "này", "đó", "có", "đã", "sẽ", "được", "bị", "trong",
                     "tại", "về", "một", "theo", "từ", "đến", "tới", "thì", "cũng", "vẫn", "rằng", "người", "việc"})


def writes_vietnamese(language: str) -> bool:
    """Say whether text in `language` is Vietnamese."""
    return language.split("-")[0].lower() == "vi"


def _clauses(text: str) -> list[list[str]]:
    """Return text's clauses, each as its syllables in lower case."""
    return [[word.lower() for word in _SYLLABLE.findall(piece)] for piece in _CLAUSE_END.split(text)]


def _negated(clause: list[str]) -> list[tuple[str, ...]]:
    """Return the syllables each negation of a clause negates: the two after it, past _BETWEEN's."""
    found = []
    for at, word in enumerate(clause):
        if word not in _NEGATIONS or (at and clause[at - 1] in _NOT_NEGATING_BEFORE):
            continue
        rest = clause[at + 1:]
        while len(rest) > 1 and rest[0] in _BETWEEN:
            rest = rest[1:]
        if rest and rest[0] not in _NOT_NEGATING_AFTER and rest[0] not in _NEGATIONS:
            found.append(tuple(rest[:2]))
    return found


def _holds(clause: list[str], words: tuple[str, ...]) -> bool:
    """Say whether a clause holds `words` in a row."""
    size = len(words)
    return any(tuple(clause[at:at + size]) == words for at in range(len(clause) - size + 1))


def _ties(mine: set[str], theirs: set[str], words: tuple[str, ...]) -> bool:
    """Say whether a sentence and a passage share a syllable besides `words` and the commonest ones."""
    return bool((mine & theirs) - set(words) - _COMMON - _NEGATIONS - _BETWEEN)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) holds what its passages
    negate with no negation, or negates what they hold only unnegated."""
    if not any(word in _NEGATIONS for word in _SYLLABLE.findall((read + " ".join(p.text for p in passages)).lower())):
        return []
    # a clause repeated is read once, and a passage's clauses' negations found once: a clause said 2,000 times was
    # compared with each of its passage's 2,000 (the finding names no place, so the first of each is all it needs)
    mine = list(dict.fromkeys(tuple(clause) for clause in _clauses(read) if clause))
    negations = {tuple(clause): None for passage in passages for clause in _clauses(passage.text) if clause}
    negations = {clause: _negated(clause) for clause in negations}
    theirs = list(negations)
    tied = set().union(*mine) & set().union(*theirs)
    for clause in mine:
        negated = _negated(clause)
        for other in theirs:
            for words in negations[other]:
                if (not negated and _holds(clause, words) and _ties(tied, tied, words)
                        and not any(_holds(plain, words) for plain in theirs if not negations[plain])):
                    return [_finding(offset, text, "drops the negation of", words)]
        for words in negated:
            holding = [other for other in theirs if _holds(other, words)]
            if holding and all(not negations[other] for other in holding) and _ties(tied, tied, words):
                return [_finding(offset, text, "adds a negation to", words)]
    return []


_MARKER = patterns.compile(r"\[\^[^\]]*\]")


def _finding(offset: int, text: str, what: str, words: tuple[str, ...]) -> Finding:
    shown = " ".join(_MARKER.sub("", text).split())[:160]
    return Finding(offset, f"this sentence {what} '{' '.join(words)}' as its cited passage gives it: \"{shown}\"",
                   "keep the source's negation (không, chưa, chẳng), or its absence, or cite the words that say what "
                   "this says")
