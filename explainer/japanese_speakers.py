"""Whose words a Japanese sentence gives: a party named as the speaker must be one the cited passages give them to.

speakers.py reads a speaker by the capitals of a name, and Japanese has none, nor spaces: "大野防衛相は「県民の民意を
無視した工事は認められない」と述べた" citing "宮里知事は「…」と述べ" built. As Korean (hangul_speakers.py), a party of
the briefing is the speaker of a sentence with a verb of saying ("述べた", "語った", "反論している", "発表した") where
one of its names stands with a topic or subject particle glued ("防衛省は", "知事が", "県側も") or before "によると"
(according to), with no kanji right before it ("中国は" names no "国"); words in quotation marks name no speaker.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding
from .stem_comparisons import other_speaker
from .cjk import writes_without_spaces

_SAYING = patterns.compile("述べ|語っ|語り|語る|話し|話す|話した|指摘|強調|明言|説明|発表|反論|主張|批判|訴え|否定|"
                           "表明|明らかに|コメント|によると|によれば")
_QUOTED = patterns.compile("「[^「」]*」|『[^『』]*』")
_KANJI_BEFORE = "(?<![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々])"
_AS_SPEAKER = "(?:側)?(?:は|が|も|によると|によれば)"


def _unquoted(text: str) -> str:
    return _QUOTED.sub(lambda quoted: "「" + "＿" * (len(quoted.group()) - 2) + "」", text)


def says(text: str) -> bool:
    """Say whether a Japanese sentence holds a verb of saying, or "によると", outside quotation marks."""
    return _SAYING.search(_unquoted(text)) is not None


def japanese_speakers(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, frozenset]]:
    """Return each party text names as the speaker of a Japanese sentence with a verb of saying: where, the name as
    written, and the ids of the parties it names."""
    text = _unquoted(text)
    if _SAYING.search(text) is None:
        return []
    found = []
    for party, words in parties:
        for word in words:
            if writes_without_spaces(word):
                for match in re.finditer(f"{_KANJI_BEFORE}{re.escape(word)}{_AS_SPEAKER}", text):
                    found.append((match.start(), word, frozenset({party})))
    return sorted(found)


def misattributed_in_japanese(text: str, passages: list[Cited], offset: int = 0,
                              parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Japanese sentence gives words to a party that no cited passage gives them to, where a
    passage gives them to another party."""
    if not parties or text.isascii() or _SAYING.search(text) is None:
        return []  # most sentences hold no Japanese verb of saying: one search
    return other_speaker(japanese_speakers, text, passages, offset, parties)


# Titles written after a name ("宮里知事", "大野防衛相"): no one's name of their own.
_TITLES = ("官房長官", "防衛相", "外相", "首相", "大臣", "長官", "知事", "市長", "区長", "町長", "村長", "社長", "会長",
           "議長", "委員長", "代表", "教授", "議員", "報道官", "幹部", "担当者", "関係者", "氏", "さん")
_TITLE_AFTER = patterns.compile("(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + ")+$")


def unnamed_japanese_speaker(speaker: str, around: list[str], parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return what is wrong with a quote's `speaker` written in kanji or kana, or "" where the source names them
    around the words: by the name whole, or by its first two letters or more (a family name: "宮里" of "宮里和子",
    as "宮里知事" names her), or, where the speaker is a party's name, by another of its names."""
    name = _TITLE_AFTER.sub("", speaker.strip())
    if len(name) < 2 or " " in name or not writes_without_spaces(name):
        return ""
    names = {name[:cut] for cut in range(2, len(name) + 1)}
    for _, words in parties:
        if name in words or speaker.strip() in words:  # a party's name stands for its other names
            names |= {word for word in words if writes_without_spaces(word)}
    if any(each in text for each in names for text in around):
        return ""
    return (f"the source names no {speaker} in the sentence that holds these words or the one before, nor in a "
            "passage the `context` cites")
