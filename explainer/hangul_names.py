"""The words that name a party in Korean: "가론", "미국", "벨루나 산업부".

owners.party_words keeps a name's words of four letters or more, as a Latin name's shorter words ("the", "Pak") name
no one; but a Hangul letter is a whole syllable, and Korean names are short: "한국", "미국", "가론" (two letters),
"벨루나", "박민준" (three). So a party named "가론 정부" (the Garon government) with the aliases "벨루나 산업부" and
"박민준" was named by "산업통상부" alone, and "벨루나 산업부에 따르면" or "가론 정부는 ... 밝혔다" citing the other
side's words built. Here a Hangul word of two letters or more names the party, and so does a name of several words
whole ("가론 정부는", "벨루나 산업부에 따르면"), but never a common noun or title that names either side alike
("정부", "당국", "장관").
"""

from __future__ import annotations

from . import patterns

_HANGUL_WORD = patterns.compile("[\uac00-\ud7a3]{2,}")
_HANGUL_NAME = patterns.compile("[\uac00-\ud7a3]{2,}(?: [\uac00-\ud7a3]+)+")
# Nouns and titles that name a kind, not one party: "가론 정부" and "벨루나 정부" share "정부".
COMMON = frozenset({"정부", "당국", "국가", "나라", "기업", "업체", "회사", "측", "대표", "대표이사", "회장", "사장",
                    "부사장", "위원장", "부위원장", "장관", "차관", "대변인", "관계자", "의원", "총리", "대통령", "국장",
                    "과장", "교수", "연구원", "위원", "소장", "원장", "협회", "노조", "시민", "주민", "단체",
                    "후보", "후보자", "본부장", "선거대책본부장", "캠프", "선대위"})


def hangul_name_words(names: tuple[str, ...]) -> frozenset[str]:
    """Return the words of `names` (a party's name, short name and aliases) that name it in Korean: each Hangul word
    of two letters or more but a common noun, and each name of several Hangul words whole."""
    words = {word for name in names for word in _HANGUL_WORD.findall(name) if word not in COMMON}
    return frozenset(words | {name.strip() for name in names if _HANGUL_NAME.fullmatch(name.strip())}
                     | surname_titled(names))


# A person's name of three letters and a title after it: "정다은 후보", "박민준 장관"
_TITLED_NAME = patterns.compile("([\uac00-\ud7a3])[\uac00-\ud7a3]{2} ([\uac00-\ud7a3]{2,})")


def surname_titled(names: tuple[str, ...]) -> set[str]:
    """Return the surname and title a report names a person by after the first time ("정다은 후보": "정 후보")."""
    return {f"{match[1]} {match[2]}" for name in names if (match := _TITLED_NAME.fullmatch(name.strip()))
            and match[2] in COMMON}


# What Korean glues after a name: its particles ("벨루나는", "가론의", "가론에서"), "측" (side), "산" (made in)
_GLUED = frozenset({"은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "과", "와", "도", "만", "으로", "로",
                    "까지", "보다", "측", "측은", "측이", "측의", "산"})


def named_in_hangul(word: str, words: frozenset[str]) -> bool:
    """Say whether a Hangul word of a passage is a party's name with a particle glued on ("벨루나는" of "벨루나")."""
    return any(word.startswith(name) and word[len(name):] in _GLUED for name in words
               if len(name) >= 2 and len(word) > len(name) and "\uac00" <= name[0] <= "\ud7a3")
