"""Whose words a Chinese sentence gives: a party named as the speaker must be one the cited passages give them to.

"东岚方面表示，东岚没有提出……方案" citing "西泽首席贸易谈判代表索菲亚·韦伯则说，东岚没有提出……方案" built: speakers.py
reads a speaker by the capitals of a name, and japanese_speakers.py by the particle after it, and Chinese writes
neither. Here a party of the briefing (a name, `short_name` or alias of two letters or more) is the speaker of a
clause it opens, which ends in a verb of saying before its comma or colon ("东岚方面表示，", "西泽商务部长马丁·库尔茨
则说：", "据东岚称，"), or which "据" (according to) opens ("据东岚海关统计，"); words in quotation marks name no speaker.
Text holding kana is Japanese, read by japanese_speakers.py.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding
from .stem_comparisons import other_speaker

_KANA = patterns.compile("[\u3041-\u30ff]")
_SAYING = ("表示", "称", "说", "指出", "认为", "强调", "透露", "宣布", "估计", "说道", "声称", "警告")
_SAYS = patterns.compile("|".join(_SAYING))
_QUOTED = patterns.compile("“[^“”]*”|「[^「」]*」|『[^『』]*』")
_CLAUSE_START = r"(?:^|(?<=[，。；：！？,;:!?\s”」]))"
_CLAUSE_REST = "[^，。；：！？,;:!?“”「」]{0,24}?"
_SAYING_END = "(?:" + "|".join(_SAYING) + ")(?=[，：,:])"


def _unquoted(text: str) -> str:
    return _QUOTED.sub(lambda quoted: "「" + "＿" * (len(quoted.group()) - 2) + "」", text)


def chinese_speakers(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str, frozenset]]:
    """Return each party text names as the speaker of a Chinese clause: where, the name as written, and the ids of
    the parties it names."""
    text = _unquoted(text)
    found = []
    for party, words in parties:
        for word in words:
            if len(word) < 2 or _KANA.search(word) or word.isascii():
                continue
            name = re.escape(word)
            pattern = (f"{_CLAUSE_START}(?:据{name}{_CLAUSE_REST}(?=[，,])"
                       f"|{name}{_CLAUSE_REST}{_SAYING_END})")
            found += [(match.start(), word, frozenset({party})) for match in re.finditer(pattern, text)]
    return sorted(found)


def misattributed_in_chinese(text: str, passages: list[Cited], offset: int = 0,
                             parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Chinese sentence gives words to a party that no cited passage gives them to, where a
    passage gives them to another party."""
    if not parties or text.isascii() or (_SAYS.search(text) is None and "据" not in text) or _KANA.search(text):
        return []  # most sentences hold no Chinese verb of saying: one search
    return other_speaker(chinese_speakers, text, passages, offset, parties)
