"""Figures and dates in Korean, whose particles and counters are glued to them ("3억원을", "1만2천 명", "2월 14일").

Korean puts spaces between words, but a figure is written with its scale, counter or particle glued after it, so
the reader in numbers.py, which takes a figure to end where a word ends, read none of them: "3조 5천억 원" or
"60일" citing "3조 2천억 원" or "30일" built. Read here, beside it, in any text holding Hangul:
- dates: "2026년 2월 14일", "2월 14일" and "2026년 2월" state their year and day as plain numbers and their month with
  the unit "month", as "14 February 2026" does;
- figures glued to words, with the scales 십 (10), 백 (100), 천 (10^3) within each of 만 (10^4), 억 (10^8) and
  조 (10^12), joined as written, a space allowed after a large scale: "3조 2천억" = 3.2 × 10^12, "1만2천" = 12,000,
  "3.2조" = 3.2 × 10^12;
- a currency after the figure, glued or a space apart (`unit_after`): "원" won, "달러" dollars, "유로" euros,
  "엔" yen, "위안" yuan; "%" and "퍼센트" a percentage.
- native Korean number words before a counter: "세 명" (three people), "다섯 차례" (five times), "스물두 곳" (22
  places) are 3, 5 and 22, as "3명" is; Sino-Korean ones ("삼천") are not read, nor a number word with no counter.
"""

from __future__ import annotations

from decimal import Decimal

from . import cjk, patterns

_HANGUL = patterns.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_SMALL = {"십": 10, "백": 100, "천": 1000}
_LARGE = {"만": 10**4, "억": 10**8, "조": 10**12}
# One part of a figure: a number, a small scale, a large one ("2천억", "3조", "5백"); the next part after a large
# scale may stand a space apart ("3조 2천억").
_PART = rf"(?:{cjk.NUMBER})[십백천]?[만억조]?"
_MENTION = patterns.compile(
    rf"{cjk.NOT_IN_WORD}(?:(?P<year>\d{{4}})년 ?)?(?P<month>1[0-2]|0?[1-9])월"
    r"(?: ?(?P<day>3[01]|[12]\d|0?[1-9])일)?(?!\d)"
    rf"|{cjk.NOT_IN_WORD}(?P<number>{_PART}(?:(?<=[십백천만억조]){_PART}|(?<=[만억조]) (?=\d){_PART})*)"
    r"(?P<pct>%|퍼센트)?(?![\d.,])")
_PARTS = patterns.compile(rf"({cjk.NUMBER})([십백천]?)([만억조]?)")
_CURRENCY = {"원": "won", "달러": "dollar", "유로": "euro", "엔": "yen", "위안": "yuan"}
_CURRENCY_AFTER = patterns.compile(" ?(" + "|".join(sorted(_CURRENCY, key=len, reverse=True)) + ")")


# Native Korean numbers, which count before a counter a space apart: "세 명", "열두 척", "스무 곳".
_NATIVE_ONES = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
_NATIVE_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_COUNTERS = ("명", "사람", "개", "곳", "차례", "번", "척", "건", "대", "가지", "마리", "살", "시간", "달", "채", "발",
             "가구", "개국", "나라", "군데")


def _either(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NATIVE = patterns.compile(
    rf"(?<![\w])(?:(?P<twenty>스무)|(?P<tens>{_either(_NATIVE_TENS)})?(?P<ones>{_either(_NATIVE_ONES)})?(?<=[^\s\W]))"
    # the counter whole, or with a particle or a qualifier glued: "명이", "곳에서", "명가량"; not "번째" (third)
    rf"(?= (?:{_either(_COUNTERS)})(?:[이가을를의은는에도만씩과와]|으로|에서|까지|이나|가량|정도|이상|이하|미만)?"
    r"(?![\uac00-\ud7a3]))")


def _native_mentions(text: str) -> list[tuple[int, int, str, tuple[tuple[Decimal, str], ...]]]:
    """Return the figures text gives in native Korean number words before a counter ("세 명": 3)."""
    found = []
    for match in _NATIVE.finditer(text):
        value = 20 if match["twenty"] else _NATIVE_TENS.get(match["tens"] or "", 0) + _NATIVE_ONES.get(
            match["ones"] or "", 0)
        if value and not (value == 1 and not match["tens"]):  # "한 곳", as "one" alone: no figure; "열한 곳" is 11
            found.append((match.start(), match.end(), "figure", ((Decimal(value), ""),)))
    return found


def may_count_in_words(text: str) -> bool:
    """Say whether text (beyond ASCII) may give a figure in native Korean number words: what one with no digit needs
    to hold a figure."""
    return _NATIVE.search(text) is not None


def writes_hangul(text: str) -> bool:
    """Say whether text holds a Hangul letter."""
    return _HANGUL.search(text) is not None


def _value(written: str) -> Decimal:
    """Return the value of a figure written with Korean scales ("3조 2천억" -> 3,200,000,000,000)."""
    total = group = Decimal(0)
    for number, small, large in _PARTS.findall(written.replace(" ", "")):
        group += Decimal(number.replace(",", "")) * _SMALL.get(small, 1)
        if large:
            total, group = total + group * _LARGE[large], Decimal(0)
    return total + group


def hangul_mentions(text: str) -> list[tuple[int, int, str, tuple[tuple[Decimal, str], ...]]]:
    """Return (start, end, kind, quantities) of each figure and date text states as Korean writes them, each
    quantity a (value, unit) pair."""
    found = []
    for match in _MENTION.finditer(text):
        if match["month"]:
            found.append(cjk.date_mention(match))
        else:
            unit = "%" if match["pct"] else ""
            found.append((match.start(), match.end(), "figure", ((_value(match["number"]), unit),)))
    return sorted(found + _native_mentions(text))


def unit_after(text: str, end: int) -> str | None:
    """Return the family of the currency written right after a figure ("3억원", "3억 원": "won"), or None."""
    found = _CURRENCY_AFTER.match(text, end)
    return _CURRENCY[found[1]] if found else None


# Korean conjugates a verb of rise or fall by its ending ("증가했다", "증가한", "늘었다", "줄어든"): read by its stem.
_RISE_STEMS = ("증가", "상승", "급증", "급등", "인상", "확대", "늘었", "늘어", "늘린", "늘려", "올랐", "오른", "올라")
_FALL_STEMS = ("감소", "하락", "급감", "급락", "인하", "축소", "줄었", "줄어", "줄인", "줄여", "내렸", "내린",
               "내려", "떨어")


def direction_of(word: str) -> str | None:
    """Return "rise" or "fall" for a Korean word of rise or fall in any of its endings ("감소했다": "fall"), or None."""
    return "rise" if word.startswith(_RISE_STEMS) else "fall" if word.startswith(_FALL_STEMS) else None


def turns(text: str) -> bool:
    """Say whether text holds a Korean stem of rise or fall: what a sentence giving none lacks."""
    return any(stem in text for stem in _RISE_STEMS + _FALL_STEMS)


SCALES = {**_SMALL, **_LARGE}
_UNIT_SCALE = patterns.compile("^[십백천]?[만억조]?")


def scale_in_unit(unit: str) -> str | None:
    """Return the scale a structured figure's `unit` opens with ("억" of "억 원", "천억" of "천억원"), or None."""
    found = _UNIT_SCALE.match(unit.strip())
    return found.group() if found and found.group() else None


def scale_of(scale: str) -> int:
    """Return what a scale of scale_in_unit multiplies by ("천억": 10^11)."""
    value = 1
    for char in scale:
        value *= SCALES[char]
    return value


def currency_in_unit(unit: str) -> str | None:
    """Return the family of the currency a structured figure's `unit` names after its scale ("억 원": "won"), or None."""
    unit = unit.strip()
    found = _CURRENCY_AFTER.fullmatch(unit, len(scale_in_unit(unit) or ""))
    return _CURRENCY[found[1]] if found else None


# Korean qualifies a figure after it, its unit between: "4천억 원가량" (about), "1만 명 이상" (at least), "30% 미만".
_QUALIFIERS_AFTER = {"가량": "about", "정도": "about", "안팎": "about", "내외": "about", "이상": "at least",
                     "이하": "up to", "미만": "fewer than", "초과": "more than", "넘게": "more than",
                     # "1,200곳이 넘으며", "12,000명을 넘었다": more than
                     "이 넘": "more than", "가 넘": "more than", "을 넘": "more than", "를 넘": "more than",
                     # a verb that sets the same bound: "50%에 못 미쳤다" restates "50% 미만"
                     "에 못 미": "fewer than", "에 미치지 못": "fewer than"}
# "도" (degrees), "배" (times), "표" (votes), "석" (seats), "세" (years of age), "가구" (households): unread,
# "35도 이하" cited "35도 이상" and built
_QUALIFIER_AFTER = patterns.compile(
    " ?(?:(?:" + "|".join([*_CURRENCY, "명", "척", "개", "건", "곳", "%", "퍼센트", "도", "배", "표", "석", "세", "가구"])
    + ") ?)?"
    "(?P<words>" + "|".join(_QUALIFIERS_AFTER) + ")")


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """Return the bound a Korean word after a figure (and its unit) sets on it ("원가량": "about") and where the
    word ends, or None."""
    found = _QUALIFIER_AFTER.match(text, end)
    return (_QUALIFIERS_AFTER[found["words"]], found.end()) if found else None
