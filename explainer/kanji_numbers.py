"""Numbers written in kanji, in Japanese and Chinese: "五十八" (58), "三十五議席" (35 seats), "二千" (2,000), Chinese
"两千万" (20,000,000), "八百六十亿" (86,000,000,000) and "百分之十二" (12%).

A figure in kanji stated nothing to the checks, so "県議会の定数は五十八" citing "定数は48" built. Read here, where
the run can be nothing but a number: two numerals or more with a multiplier among them ("五十八", "二千", "三百万"),
a run holding "〇" read digit by digit ("二〇二六"), or one numeral from 2 to 9 right before a counter ("三議席",
"五人"). A lone "一" ("一方", "一日も早く"), a run before "月" or "日" (a date in kanji, not read) and a run beside
"数" or "何" (an unknown count: "数十人", "十数人") are no figure, nor a numeral inside a name ("四国", "九州"),
as no counter follows it. Chinese writes "两" for two before a scale or counter ("两千", "两万", "两年"), "亿" for
10^8, "成" for tenths as Japanese writes "割" ("三成"), and a percentage with "百分之" before its figure.
"""

from __future__ import annotations

from decimal import Decimal

from . import patterns

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "萬": 10**4, "億": 10**8, "亿": 10**8, "兆": 10**12}
_COUNTERS = ("議席", "人", "件", "社", "台", "隻", "機", "棟", "校", "回", "倍", "割", "年", "カ月", "か月", "ヶ月",
             "カ国", "か国", "ヶ国", "歳", "県", "市", "町", "村", "地区", "区", "項目", "点", "日間", "週間", "時間",
             "成", "家", "个", "辆", "吨", "名", "位", "项", "次", "天", "周", "个月")
_NUMERALS = "〇零一二三四五六七八九两十百千万萬億亿兆"
_PERCENT_BEFORE = "百分之"
_RUN = patterns.compile(rf"(?<![{_NUMERALS}数何第])[{_NUMERALS}]+(?![{_NUMERALS}数])")
_COUNTER_AFTER = patterns.compile("|".join(sorted(_COUNTERS, key=len, reverse=True)))
_ANY_NUMERAL = patterns.compile(f"[{_NUMERALS}]")


def may_count_in_kanji(text: str) -> bool:
    """Say whether text may give a figure in kanji numerals: what one with no digit needs to hold a figure."""
    return _ANY_NUMERAL.search(text) is not None


def value_of(run: str) -> int | None:
    """Return the value of a run of kanji numerals ("五十八" -> 58, "二〇二六" -> 2026), or None where it is none."""
    if "〇" in run or "零" in run:
        return int("".join(str(DIGITS[char]) for char in run)) if all(char in DIGITS for char in run) else None
    total = group = digit = 0
    for char in run:
        if char in DIGITS:
            if digit:
                return None  # "二三" (two or three) counts nothing
            digit = DIGITS[char]
        elif char in _SMALL:
            group += (digit or 1) * _SMALL[char]
            digit = 0
        else:
            total += (group + digit or 1) * _LARGE[char]
            group = digit = 0
    return total + group + digit


def kanji_mentions(text: str) -> list[tuple[int, int, str, tuple[tuple[Decimal, str], ...]]]:
    """Return (start, end, kind, quantities) of each figure text gives in kanji numerals."""
    found = []
    for match in _RUN.finditer(text):
        run, after = match.group(), text[match.end():match.end() + 1]
        if after in ("月", "日") or run[0] in _LARGE:
            continue
        value = value_of(run)
        counted = _COUNTER_AFTER.match(text, match.end()) is not None
        if value is None or (len(run) == 1 and (value < 2 or not counted)):
            continue
        if text.endswith(_PERCENT_BEFORE, 0, match.start()):
            found.append((match.start() - len(_PERCENT_BEFORE), match.end(), "figure", ((Decimal(value), "%"),)))
        else:
            found.append((match.start(), match.end(), "figure", ((Decimal(value), ""),)))
    return found
