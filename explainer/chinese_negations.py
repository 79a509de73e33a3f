"""Negations kept, in Chinese: "西泽方面接受了这一提议" citing "西泽方面并未接受这一提议" built.

Chinese negates a verb with a word glued before it ("不会撤销", "没有减少", "并未接受", "尚未确定", "并非来自"), and
writes no space to part the words; polarity.py reads a negation as a word of its own, so none of these was read, and
japanese_negations.py reads the kana Chinese does not write. Here, in text holding hanzi and no kana, what stands
right after a negation (past a modal or passive, "会", "能", "被") is read as negated: its first two letters and its
first four ("撤销", "撤销电动"), as nothing marks where the verb ends; every run of two or four letters before it is
given, and every one after it in its clause both ways.
A sentence that gives one of them only one way where every passage it cites gives it only the other way is refused
(stem_comparisons.py, as for Japanese and Korean). A negation in other words ("拒绝接受") is not read.
"""

from __future__ import annotations

from .attribution import Cited, Finding
from .stem_comparisons import flipped_stems
from . import patterns

_HANZI_RUN = patterns.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_KANA = patterns.compile("[\u3041-\u30ff]")
_NEGATIONS = ("并非", "并未", "并不", "尚未", "从未", "从不", "没有", "未能", "无法", "不", "没", "未")
# Words that hold a negation's letter and negate nothing: "不断" (on and on), "不少" (many), "未来" (the future).
_NO_NEGATION = ("不断", "不过", "不少", "不仅", "不但", "不管", "不论", "不久", "不同", "不得不", "未来", "没收",
                "毫不")
_NEGATION = patterns.compile("|".join(sorted(_NO_NEGATION + _NEGATIONS, key=len, reverse=True)))
# A modal, an aspect or the passive between a negation and its verb: "不会撤销", "没有被征求", "不再".
_BETWEEN = frozenset("会能可要再曾是被得愿应该敢肯")
_LENGTHS = (2, 4)


def writes_chinese(text: str) -> bool:
    """Say whether text holds hanzi and no kana: Chinese, as Japanese writes kana."""
    return _HANZI_RUN.search(text) is not None and _KANA.search(text) is None


def polarities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the runs of two and four letters text gives without a negation, and those right after one; a run
    further on in a negation's clause is given both ways, as which word the negation reaches is not read ("未能就
    电动汽车问题达成协议" negates the agreement, but reads as negating "就电")."""
    given, denied = set(), set()
    for run in _HANZI_RUN.findall(text):
        negated_at = _negated_at(run)
        for at in range(len(run)):
            runs = [run[at:at + length] for length in _LENGTHS if at + length <= len(run)]
            if at in negated_at:
                denied.update(runs)
                continue
            given.update(runs)
            if negated_at and min(negated_at) < at:
                denied.update(runs)
    return frozenset(given), frozenset(denied)


def _negated_at(run: str) -> set[int]:
    """Return where each word a negation negates starts in a run of hanzi, past a modal or passive after it."""
    found = set()
    for negation in _NEGATION.finditer(run):
        if negation.group() in _NO_NEGATION:
            continue
        at = negation.end()
        while at < len(run) and at - negation.end() < 2 and run[at] in _BETWEEN:
            at += 1
        found.add(at)
    return found


def flipped(text: str, read: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text (`read`: its own words, markers and quotations blanked) gives a run one way that
    every passage it cites holding it gives the other way."""
    return flipped_stems(polarities, text, read, passages, offset)
