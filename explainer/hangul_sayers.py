"""Whose word a Korean sentence gives when the speaker is no party of the briefing: "가론 반도체산업협회에 따르면"
(according to the Garon semiconductor industry association), "협회는 ... 약 3개월 치라고 밝혔다" (the association said).

hangul_party_word.py read a passage's sentence as someone's word only where it named a party of the briefing, so
"회원사들이 보유한 불화수소 재고는 약 3개월 치다" (member firms hold about three months of stock) citing "가론
반도체산업협회에 따르면 회원사들이 ..." built, telling as fact what the source gives as an association's word, as
"according to the Garon Semiconductor Industry Association" dropped is refused in English (party_word.py: a speaker
whose name holds a party's is that party's voice). Here a passage's sentence names its speaker by the words before
"에 따르면", or by its topic ("협회는") where it ends on what is said ("...다고", "...라고") and a verb of saying or
reckoning, and it is a party's voice where one of those words is a party's name ("가론", "가론의"). A speaker naming
no party ("노동부에 따르면", the labour ministry) backs a statement as fact, as in English ("according to the labour
ministry" dropped builds: tests/test_factcheck_29.py); "~것으로 알려졌다" is dropped_hedge's.
"""

from __future__ import annotations

from . import patterns
from .hangul_names import named_in_hangul

_ACCORDING_TO = patterns.compile(r"((?:[\uac00-\ud7a3\w]+ ){0,2}[\uac00-\ud7a3\w]+)(?: 측)?에 따르면")
_VERBS = "밝혔|말했|전했|주장했|발표했|강조했|설명했|추산했|전망했|예상했|분석했|지적했|경고했|덧붙였|집계했"
_REPORTED = patterns.compile(rf"(?:다|라)(?:고|며) (?:[\uac00-\ud7a3]+ )?(?:{_VERBS})")
_TOPIC = patterns.compile(r"^(?:[\uac00-\ud7a3\w()]+ ){0,4}?([\uac00-\ud7a3\w]+?)(?:은|는)(?= )")


def reports(text: str) -> bool:
    """Say whether Korean text says whose word it gives: "~에 따르면", or what is said ("...다고") and a verb of
    saying or reckoning ("밝혔다", "추산했다")."""
    return "따르면" in text or _REPORTED.search(text) is not None


def korean_sayer(sentence: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the speaker a Korean sentence of a passage gives its words to where its name holds a party's ("가론
    반도체산업협회"), or ""."""
    name = ""
    if "따르면" in sentence and (match := _ACCORDING_TO.search(sentence)):
        name = match.group(1)
    elif _REPORTED.search(sentence) and (match := _TOPIC.match(sentence)):
        name = match.group()[:-1]
    words = name.split()
    if any(word in names or named_in_hangul(word, names) for word in words for _, names in parties):
        return name
    return ""
