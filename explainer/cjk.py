"""Figures and dates in text written without spaces between words: Japanese and Chinese ("約4800億円", "2026年3月5日").

The reader in numbers.py takes a figure to end where a word ends; here a figure is glued to the
words around it, so it read "4800億円" as part of a word and stated nothing, and any figure there
passed unchecked. Read here, beside it, in any text holding these scripts:
- dates: "2026年3月5日", "3月18日", "2026年3月" state their year and day as plain numbers and their month with
  the unit "month", as "5 March 2026" does; a month alone ("3月中旬") states its month;
- figures glued to words, with the scales 百 (100), 千 (10^3), 万 (10^4), 億/亿 (10^8) and 兆 (10^12), joined as
  written: "4800億" = 480,000,000,000, "1兆2000億" = 1.2 × 10^12, "1万2000" = 12,000, "1万8千" = 18,000, "3千億" =
  3 × 10^11, Chinese "1.2万亿" = 1.2 × 10^12;
- a percentage: "%", "％" or "パーセント" after the figure; and a currency after it (`unit_after`):
  "円" yen, "ドル" dollars, "ユーロ" euros, "ウォン" won, "元"/"人民元" yuan;
- a comparison's `unit` that opens with a scale and names a currency: "億円" (10^8 yen), "万人" (10^4).
Digits may be fullwidth ("２０２６年２月１４日"), as Japanese text often writes them. Number words in kanji ("五十八",
"三十五議席") are read by kanji_numbers.py.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from . import patterns

# Hiragana, katakana and the CJK ideographs: the scripts written without spaces between words.
SPACELESS_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACELESS = patterns.compile(f"[{SPACELESS_LETTERS}]")
SCALES = {"百": 100, "千": 10**3, "万": 10**4, "萬": 10**4, "億": 10**8, "亿": 10**8, "兆": 10**12}
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = "[" + "".join(SCALES) + "]"
# Never inside a Latin word or another number ("A320", "1.5", "1,200"): only after a letter of these scripts, a space or
# a stop, a comma too where no digit stands before it, as a fullwidth "，" is read as "," ("数据，2025年").
NOT_IN_WORD = r"(?<![\dA-Za-z_\-\u2212])(?<!\d[.,])(?<![A-Za-z_]\.)"
_MENTION = patterns.compile(
    rf"{NOT_IN_WORD}(?:(?P<year>\d{{4}})年)?(?P<month>1[0-2]|0?[1-9])月(?:(?P<day>3[01]|[12]\d|0?[1-9])日)?(?!\d)"
    rf"|{NOT_IN_WORD}(?P<number>(?:{NUMBER}){_SCALE}+(?:(?:{NUMBER}){_SCALE}*)*|(?:{NUMBER}))"
    r"(?P<pct>[%％]|パーセント)?(?![\d.,])")
_PART = patterns.compile(rf"({NUMBER})({_SCALE}*)")
_CURRENCY = {"円": "yen", "ドル": "dollar", "ユーロ": "euro", "ウォン": "won", "人民元": "yuan", "元": "yuan"}
_CURRENCY_AFTER = patterns.compile("|".join(sorted(_CURRENCY, key=len, reverse=True)))


def writes_without_spaces(text: str) -> bool:
    """Say whether text holds a letter of a script written without spaces between words (kana, kanji, hanzi)."""
    return _SPACELESS.search(text) is not None


def date_mention(match: re.Match) -> tuple[int, int, str, tuple[tuple[Decimal, str], ...]]:
    """Return a date written with the units year, month and day ("2026年3月5日", "2026년 3월 14일") as a mention: its month
    with the unit "month", its day and year as plain numbers, as "5 March 2026" states them."""
    quantities = [(Decimal(int(match["month"])), "month")]
    quantities += [(Decimal(int(match[part])), "") for part in ("day", "year") if match[part]]
    return match.start(), match.end(), "date", tuple(quantities)


def spaceless_mentions(text: str) -> list[tuple[int, int, str, tuple[tuple[Decimal, str], ...]]]:
    """Return (start, end, kind, quantities) of each figure and date text states as Japanese and Chinese write them,
    each quantity a (value, unit) pair."""
    found = []
    # read as ASCII, one character for one, so that a date's fullwidth digits ("２月１４日") are its day and month
    for match in _MENTION.finditer(halfwidth(text) if not text.isascii() else text):
        if match["month"]:
            found.append(date_mention(match))
        else:
            value = sum((Decimal(number.replace(",", "")) * math.prod(SCALES[char] for char in scales)
                         for number, scales in _PART.findall(match["number"])), Decimal(0))
            found.append((match.start(), match.end(), "figure", ((value, "%" if match["pct"] else ""),)))
    return found


def unit_after(text: str, end: int) -> str | None:
    """Return the family of the currency written right after a figure ("3150円": "yen"), or None."""
    found = _CURRENCY_AFTER.match(text, end)
    return _CURRENCY[found.group()] if found else None


_UNIT_SCALE = patterns.compile(f"^{_SCALE}")


def scale_in_unit(unit: str) -> str | None:
    """Return the scale a structured figure's `unit` opens with ("億" of "億円", "万" of "万人"), or None."""
    found = _UNIT_SCALE.match(unit.strip())
    return found.group() if found else None


def currency_in_unit(unit: str) -> str | None:
    """Return the family of the currency a structured figure's `unit` names after its scale ("億円": "yen"), or None."""
    unit = unit.strip()
    return unit_after(unit, len(scale_in_unit(unit) or ""))


def splits_words(before: str, after: str) -> bool:
    """Say whether a word may end between two characters side by side: a quote of these scripts starts and ends
    between any two characters, as nothing in the text marks where their words end ("極めて遺憾" of "極めて遺憾であり")."""
    return _SPACELESS.match(before) is not None or _SPACELESS.match(after) is not None


def whole_words(alternatives: dict[str, str]) -> str:
    """Return a pattern of the words given (each as written, mapped to its pattern) read as whole words: between
    word boundaries, but where a word is of a script written without spaces, wherever it stands ("水曜日に",
    "約4800億円": nothing parts these words from the next)."""
    spaced = [pattern for word, pattern in alternatives.items() if not writes_without_spaces(word)]
    glued = [pattern for word, pattern in alternatives.items() if writes_without_spaces(word)]
    parts = ([r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)"] if spaced else []) + (
        ["(?:" + "|".join(glued) + ")"] if glued else [])
    return "|".join(parts) or "(?!)"


# Japanese and Chinese text often writes ASCII in its fullwidth forms ("ＷＴＯ", "（", "４８００"); content types them
# as ASCII (disguise.py refuses a fullwidth letter there), and anchoring reads a source's as ASCII.
FULLWIDTH_AS_ASCII = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH = str.maketrans(FULLWIDTH_AS_ASCII)


def halfwidth(text: str) -> str:
    """Return text with the fullwidth forms of ASCII as ASCII ("ＷＴＯに提訴" -> "WTOに提訴"), as content types them."""
    return text.translate(_HALFWIDTH)
