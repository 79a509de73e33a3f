"""Korean verbs by their root, in the endings a briefing restates them with, and a possibility told as done.

hangul_negations.py reads a Sino-Korean verb by the two letters or more before "하다" ("평가했다", "평가하지"); a
native verb's root is one or two syllables with its ending glued on, or merged into its last letter: "받았다",
"받지" (receive), "마친다", "마칠" (finish), "줄어든다", "줄어들" (fall). So "가론 업체들은 허가를 받았다" citing "허가를
한 건도 받지 못했다" (none received) built. Here a root is read out of the endings a past, a present and a future
before "수" write ("받", "마치", "줄어드"), the last letter's final consonant dropped where the ending merged into it.

A passage's "할 수 있다" gives a verb as possible ("심사를 마칠 수 있다", "생산이 30% 줄어들 수 있다"); a sentence stating
the same verb as done or certain ("마친다", "줄어든다") with no "수 있" of its own is refused, as "can" told as "will".
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped
from .hangul_irregular import keyed, past_roots, plain

_WORD = patterns.compile("[\uac00-\ud7a3]+")
_PAST = ("았다", "었다", "았고", "었고", "았으며", "었으며", "았지만", "었지만")
_PRESENT = ("는다", "는다고")
# a root ending in "이" merges it with the past's "었" ("받아들였다", "받아들이지 않았다")
_MERGED_PAST = ("였다", "였고", "였으며", "였지만")
# A verb before these is to come, not done: "취임할 예정이다" (is due to take office), "열 계획이다" (plans to hold)
_PLANNED = frozenset({"예정이다", "예정이며", "예정이라고", "예정", "계획이다", "계획이라고", "계획"})


def _without_final(letter: str) -> str:
    """Return a Hangul syllable with its final consonant dropped ("칠": "치")."""
    code = ord(letter) - 0xAC00
    return chr(0xAC00 + code - code % 28)


def _final(letter: str) -> int:
    return (ord(letter) - 0xAC00) % 28


_N, _L = 4, 8  # the final consonants ㄴ and ㄹ


def native_root(word: str) -> str | None:
    """Return the root of a native Korean verb its ending shows ("받았다": "받", "마친다": "마치"), or None."""
    for ending in _PAST + _PRESENT:
        if word.endswith(ending) and len(word) > len(ending):
            return word[:-len(ending)]
    for ending in _MERGED_PAST:  # "받아들였다": 받아들이 + 었다 (not "하였다", 하 + 였다)
        if word.endswith(ending) and len(word) > len(ending) + 1 and word[-len(ending) - 1] != "하":
            return word[:-len(ending)] + "이"
    if len(word) >= 3 and word.endswith(("다", "다고")) and not word.endswith(("이다", "였다", "했다", "됐다")):
        stem = word[:-2] if word.endswith("다고") else word[:-1]
        if _final(stem[-1]) == _N:  # "마친다": 마치 + ㄴ다
            return stem[:-1] + _without_final(stem[-1])
    return None


def future_root(word: str) -> str | None:
    """Return the root of a verb in the form it takes before "수" ("마칠": "마치", "받을": "받"), or None."""
    if not word or _final(word[-1]) != _L:
        return None
    if word.endswith("을") and len(word) > 1:
        return word[:-1]
    return word[:-1] + _without_final(word[-1])


def _possible_and_stated(text: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """Return the roots of the verbs text gives as possible ("마칠 수 있다"), and for each verb it states ("마친다",
    "마쳤다") the roots it may come from."""
    words = _WORD.findall(text)
    possible, stated = set(), []
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if at and (word == "수" and at + 1 < len(words) and words[at + 1].startswith("있") or word in _PLANNED):
            possible |= {keyed(root, words[at - 2] if at > 1 else "") for root in _future_roots(before)}
        elif not (at + 1 < len(words) and (words[at + 1] == "수" or words[at + 1] in _PLANNED)):
            roots = {root for root in (native_root(word), _sino_root(word)) if root} | past_roots(word)
            if roots:
                stated.append(frozenset(keyed(plain(root), before) for root in roots))
    return frozenset(possible), tuple(stated)


def _future_roots(word: str) -> frozenset[str]:
    """Return the roots a form before "수" may come from: "마칠" 마치, "줄" 주 or 줄 (a root in "ㄹ" keeps it)."""
    root = future_root(word)
    if not root:
        return frozenset()
    return frozenset({plain(root)} | ({word} if not word.endswith("을") else set()))


def _sino_root(word: str) -> str | None:
    """Return the root of a Sino-Korean verb stated ("검토한다", "검토했다": "검토"), or None."""
    for ending in ("한다", "했다", "된다", "됐다", "한다고", "했다고"):
        if word.endswith(ending) and len(word) >= len(ending) + 2:
            return word[:-len(ending)]
    return None


def possible_told_as_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Korean sentence states a verb as done or certain that every cited passage holding it
    gives only as possible ("마친다" citing "마칠 수 있다")."""
    if text.isascii() or "수 있" in text or "수 없" in text or "예정" in text or "계획" in text:
        return []  # a sentence keeping a possibility (or with no Hangul): one look
    _, stated = _possible_and_stated(text)
    if not stated:
        return []
    theirs = [_possible_and_stated(passage.text) for passage in passages]
    their_possible = frozenset().union(*(possible for possible, _ in theirs))
    their_stated = frozenset().union(*(roots for _, done in theirs for roots in done))
    for root in sorted(root for roots in stated if not roots & their_stated for root in roots & their_possible):
        return [Finding(offset, f"this sentence states '{root}' as done or certain, but its cited passages give it "
                                f"only as possible ('수 있다') or to come ('예정이다'): {clipped(text)}",
                        "keep the source's '수 있다' (can, may) or '예정이다' (is due to), or cite the words that "
                        "state it")]
    return []
