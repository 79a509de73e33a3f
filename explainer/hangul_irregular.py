"""Korean verbs whose ending merges into their root: the past "올랐다", "마쳤다", "나섰다", "했다", "됐다" and a root
ending in "ㄹ" that keeps it before "수" ("줄 수 있다": 줄다, to shrink).

hangul_verbs.py read a past tense by "았다" or "었다" standing apart ("받았다": 받), so "세계 메모리 가격이 10% 이상
올랐다" (rose) citing "오를 수 있다" (may rise) built, as did "마쳤다" (finished), "나섰다" (stepped in), "줄었다" (shrank)
and "제소했다" (filed a complaint), each told as done what the source gives only as possible. Here the past's last
syllable, which holds the "ㅆ" of "았"/"었", is taken apart: 쳤 = 치 + 었, 섰 = 서 + 었, 왔 = 오 + 았, 줬 = 주 + 었,
됐 = 되 + 었, 했 = 하 + 였, and 올랐 = 오르 + 았 (a root in "르" doubles its "ㄹ"). A Sino-Korean root is read without
its "하" ("제소했다", "제소할": 제소), and a bare "하다" with the noun before it ("보복을 했다": 보복), so it names a
deed, not any verb at all.
"""

from __future__ import annotations

_BASE = 0xAC00
_SS, _L = 20, 8  # the final consonants ㅆ and ㄹ
_RIEUL, _HIEUH = 5, 18  # the initial consonants ㄹ and ㅎ
# The vowel a merged past shows, and the root's vowel it came from: ㅕ of ㅣ (쳤), ㅘ of ㅗ (왔), ㅝ of ㅜ (줬),
# ㅙ of ㅚ (됐); ㅏ, ㅓ and ㅐ stay (갔, 섰, 냈).
_ROOT_VOWEL = {6: 20, 9: 8, 14: 13, 10: 11, 0: 0, 4: 4, 1: 1}
_AFTER_PAST = ("다", "다고", "고", "으며", "지만", "는데", "던", "으나", "다며")
_PARTICLES = ("을", "를", "은", "는", "이", "가")


def _letter(initial: int, vowel: int, final: int = 0) -> str:
    return chr(_BASE + (initial * 21 + vowel) * 28 + final)


def _split(letter: str) -> tuple[int, int, int] | None:
    code = ord(letter) - _BASE
    if not 0 <= code < 11172:
        return None
    return code // 588, code // 28 % 21, code % 28


def plain(root: str) -> str:
    """Return a root without the "하" a Sino-Korean verb takes ("제소하": "제소")."""
    return root[:-1] if len(root) >= 3 and root.endswith("하") else root


def past_roots(word: str) -> frozenset[str]:
    """Return the roots a past form whose ending merged into its root may come from ("올랐다": 오르, 올라)."""
    for at in range(len(word) - 1, 0, -1):
        if word[at:] in _AFTER_PAST and (parts := _split(word[at - 1])) and parts[2] == _SS:
            before, (initial, vowel, _) = word[:at - 1], parts
            break
    else:
        return frozenset()
    if word[at - 1] in "았었였":
        return frozenset({plain(before)} if before else ())
    if vowel not in _ROOT_VOWEL:
        return frozenset()
    roots = {before + _letter(initial, _ROOT_VOWEL[vowel])}
    if initial == _HIEUH and vowel == 1:  # 했 = 하 + 였
        roots = {before + "하"}
    last = _split(before[-1]) if before else None
    if last and last[2] == _L and initial == _RIEUL and vowel in (0, 4):  # 올랐 = 오르 + 았, 불렀 = 부르 + 었
        roots.add(before[:-1] + _letter(last[0], last[1]) + "르")
    return frozenset(plain(root) for root in roots)


def keyed(root: str, before: str) -> str:
    """Return a bare "하" (do) or "되" (become) keyed by the noun before it ("보복을 했다": 보복), else the root."""
    if root not in ("하", "되") or len(before) < 2:
        return root
    return before[:-1] if before.endswith(_PARTICLES) and len(before) >= 3 else before
