"""Ranks in Chinese changed: "西泽是东岚第三大大豆来源国" citing "西泽是东岚第二大大豆来源国" built.

Chinese ranks with "第" and a numeral ("第二大", second largest; "第二起诉讼", the second lawsuit; "第2轮"), glued to
what it ranks, and ranks.py reads English, French and Turkish words only. As there, a rank is read only where a
cited passage ranks the same thing (the letter right after the numeral: "大", "起", "轮") with another rank and no
cited passage with this one: "第一轮" citing "首轮" (first round, no "第") builds, as "第一方" says nothing a passage
must state. Text holding kana is Japanese ("第一に", firstly), not read.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped
from .kanji_numbers import value_of

_RANK = patterns.compile("第([0-9０-９]+|[〇零一二三四五六七八九两十百千]+)([\u3400-\u4dbf\u4e00-\u9fff])")
_KANA = patterns.compile("[\u3041-\u30ff]")


def changed_chinese_ranks(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for each rank of Chinese text, at `offset`, whose cited passages rank the same thing with
    another rank and never with this one."""
    if "第" not in text or _KANA.search(text):
        return []  # most sentences rank nothing: one search
    given: dict[str, dict[int, str]] = {}
    for passage in passages:
        for what, ranks in _ranks_of(passage.text).items():
            given.setdefault(what, {}).update(ranks)
    findings = []
    for match in _RANK.finditer(text):
        others, rank = given.get(match[2], {}), _rank(match[1])
        if others and rank is not None and rank not in others:
            findings.append(Finding(offset + match.start(), f"this sentence says '{match.group()}' where its cited "
                                    f"passages say '{next(iter(sorted(others.values())))}': {clipped(text)}",
                                    "give the rank the source gives, or cite the passage that gives this one"))
    return findings


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ranks_of(text: str) -> dict[str, dict[int, str]]:
    """Return what a passage ranks with "第" (the letter after the numeral), each with its ranks and their words."""
    found: dict[str, dict[int, str]] = {}
    if "第" in text and not _KANA.search(text):
        for match in _RANK.finditer(text):
            if (rank := _rank(match[1])) is not None:
                found.setdefault(match[2], {})[rank] = match.group()
    return found


def _rank(numeral: str) -> int | None:
    """Return the rank a numeral in digits or hanzi gives ("二" 2, "１２" 12), or None."""
    if numeral.isdigit():
        return int(numeral)
    return value_of(numeral.replace("两", "二"))
