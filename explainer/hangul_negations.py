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
from .stem_comparisons import flipped_stems
from . import patterns

_WORD = patterns.compile("[\uac00-\ud7a3]+")
# A verb's stem, two letters or more, and the ending it opens with: "평가|했다", "신청|할", "제한|한다", "평가|하지".
_VERB = patterns.compile("([\uac00-\ud7a3]{2,}?)(?:하|했|한|할|해|되|됐|된|될|돼)")
_AFTER_VERB = ("않", "못하", "못했", "못한", "못할")  # "평가하지 않았다", "신청하지 못했다"
_BEFORE_VERB = frozenset({"안", "못"})  # "안 했다", "못 했다"
_MODAL = frozenset({"수"})  # "신청할 수 있다" / "없다": the verb before "수"


def _stem(word: str) -> str | None:
    found = _VERB.match(word)
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
    given, denied = set(), set()
    for at, word in enumerate(words):
        stem = _stem(word)
        if stem:
            (denied if negated.get(at) else given).add(stem)
    return frozenset(given), frozenset(denied)


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a verb one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)
