"""Negations kept, in Korean: "영향을 평가했다" citing "영향은 평가하지 않았다" built.

Korean negates a verb after it ("평가하지 않았다", "신청하지 못했다"), with "없다" for "있다" ("신청할 수 없다"), or with
"안"/"못" right before it ("안 했다"); polarity.py reads a negation and then the words after it, as English puts
them, so none of these was read. Here a verb is read by its stem (the letters before its ending: "평가" of
"평가했다", "평가하지", "신청할") with its polarity; a sentence that gives a stem only one way where every passage it
cites gives it only the other way is refused. A verb the negation does not follow directly ("평가를 하지 않았다")
is not read, so an honest paraphrase in other words builds, and so does a misstatement in them.
"""

from __future__ import annotations

from .attribution import Cited, Finding
from .hangul_verbs import native_root
from .stem_comparisons import flipped_stems
from . import patterns

_WORD = patterns.compile("[\uac00-\ud7a3]+")
# A verb's stem, two letters or more, and the ending it opens with: "평가|했다", "신청|할", "제한|한다", "평가|하지".
_VERB = patterns.compile("([\uac00-\ud7a3]{2,}?)(?:하|했|한|할|해|되|됐|된|될|돼)")
_AFTER_VERB = ("않", "못하", "못했", "못한", "못할")  # "평가하지 않았다", "신청하지 못했다"
_BEFORE_VERB = frozenset({"안", "못"})  # "안 했다", "못 했다"
_MODAL = frozenset({"수"})  # "신청할 수 있다" / "없다": the verb before "수"


# A noun said to be, or not to be, or to be there or not: "보복이라고" / "보복이 아니라고" (retaliation / none),
# "공급처가 있다고" / "공급처가 없다고" (a supplier is there / none is)
_COPULA = patterns.compile("([\uac00-\ud7a3]{2,}?)(?:이)?(?:라고|라는|라며|라면서|다|며|었다|였다|이었다|였던|이던)")
_PARTICLE = patterns.compile("([\uac00-\ud7a3]{2,}?)(?:이|가|은|는|도)?")
_NOT = ("아니", "아닌", "아님")
_NOMINAL = frozenset({"것이", "것은", "것도"})  # "보복이 아니다", "보복이 아니라고", "보복이 아닌"


def _stem(word: str) -> str | None:
    found = _VERB.match(word)
    return found[1] if found else None


def _native(word: str, negated: bool) -> str | None:
    """Return the root of a native verb ("받지" before "못했다", "받았다": "받"), or None."""
    if negated:
        return word[:-1] if word.endswith("지") and len(word) > 1 else None
    return native_root(word)


def _noun(word: str, then: str) -> str | None:
    """Return the noun of a word ("보복이", "공급처가") that `then` says is or is not ("아니라고", "없다"), or None."""
    found = _PARTICLE.fullmatch(word) if then.startswith(_NOT + ("있", "없")) else None
    return found[1] if found else None


def _said_to_be(word: str) -> str | None:
    """Return the noun a word says something is ("보복이라고": "보복"), or None."""
    found = _COPULA.fullmatch(word)
    return found[1] if found else None


def polarities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems of the verbs text gives without a negation, and those it negates."""
    words = _WORD.findall(text)
    negated: dict[int, bool] = {}
    for at, word in enumerate(words):
        if word.startswith(_AFTER_VERB) and at and words[at - 1].endswith("지"):
            negated[at - 1] = True
        elif word in _BEFORE_VERB and at + 1 < len(words):
            negated[at + 1] = True
        elif word.startswith(("있", "없")) and at:
            before = at - 1 - (words[at - 1] in _MODAL and at > 1)
            negated[before] = negated.get(before, False) or word.startswith("없")
        elif word.startswith(_NOT) and at:
            # "겨냥한 것이 아니다" (it is not aimed at): the verb before "것" is denied, else the noun before "아니"
            negated[at - 1 - (words[at - 1] in _NOMINAL and at > 1)] = True
    given, denied = set(), set()
    for at, word in enumerate(words):
        stem = _stem(word) or _native(word, negated.get(at, False)) or (
            _noun(word, words[at + 1]) if at in negated and at + 1 < len(words) else _said_to_be(word))
        if stem:
            (denied if negated.get(at) else given).add(stem)
    return frozenset(given), frozenset(denied)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a verb one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)
