"""Qualifiers after a Japanese figure: "12万人以上" (at least), "90メートル超" (more than), "12年未満" (fewer than).

Japanese qualifies a figure after it, its unit between, glued: qualifiers.py read the words before a figure and
after it a space apart, so "約12万人以上" citing "約12万人" built, and so did "90メートル超" citing "90メートル". Read
here, beside the Korean ones: the unit (a katakana word, "%", a counter, a currency with its scale) and the word.
"""

from __future__ import annotations

from . import patterns

_QUALIFIERS_AFTER = {"以上": "at least", "超": "more than", "余り": "more than", "余": "more than",
                     "未満": "fewer than", "以下": "up to", "弱": "nearly", "近く": "nearly",
                     "程度": "about", "前後": "about", "ほど": "about",
                     # a verb that sets the same bound: "50%を下回った" restates "50%未満" (refused before as unqualified)
                     "を下回": "fewer than", "を上回": "more than"}
# "度" (degrees), "票" (votes), "点" (points), "席" (seats): unread, "35度未満" cited "35度以上" and built
_COUNTERS = "人件本台社倍名戸棟隻機校年日回割歳軒度票点席"
_QUALIFIER_AFTER = patterns.compile(
    rf"(?:[%％]|[\u30a0-\u30ff]{{1,8}}|カ月|か月|ヶ月|[{_COUNTERS}]|(?:億|万|兆)?(?:円|ドル|ユーロ|元))?"
    "(?P<words>" + "|".join(sorted(_QUALIFIERS_AFTER, key=len, reverse=True)) + ")")


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """Return the bound a Japanese word after a figure (and its unit) sets on it ("人以上": "at least") and where the
    word ends, or None."""
    found = _QUALIFIER_AFTER.match(text, end)
    return (_QUALIFIERS_AFTER[found["words"]], found.end()) if found else None
