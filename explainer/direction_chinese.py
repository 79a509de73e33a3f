"""The words direction.py reads a rise or a fall by in Chinese, which puts its verb right before the figure.

"同比增长8.3%" citing "同比下降8.3%" kept the figure and turned the news around: direction.py reads a word of rise or
fall as a word of its own, and a Chinese verb is glued to the figure it changes, with no space to part them
("下降8.3%", "下跌了12%", "减少了百分之十五", "增长百分之十二"). Here the verb is read right before the figure, with
"了" (done) and a qualifier between ("增长了约3%"); "至" or "到" after it (to) makes the figure the level the change
reached, still given as that rise or fall ("提高至35%"), and "由" or "从" right before the figure (from) where it
started. Japanese writes its verb after the figure (direction_japanese.py): text holding kana is not read here.
"""

from __future__ import annotations

from . import patterns

RISE = ("增长", "增加", "上涨", "上升", "提高", "提升", "扩大", "攀升", "回升", "猛增", "激增", "飙升", "大涨", "上调",
        "增長", "上漲", "擴大", "增", "涨", "漲", "升")
FALL = ("下降", "下跌", "减少", "降低", "下滑", "缩小", "回落", "萎缩", "暴跌", "大跌", "锐减", "缩减", "下调",
        "減少", "縮小", "萎縮", "跌", "降", "减", "減")
_STEMS = sorted(RISE + FALL, key=len, reverse=True)
_BEFORE = patterns.compile(
    "(?:" + "|".join(_STEMS) + ")(?:了)?(?:至|到)?(?:约|近|逾|超过|将近|大约)?$")
_FROM = ("由", "从", "從")
_KANA = patterns.compile("[\u3041-\u30ff]")
_ANY_STEM = patterns.compile("|".join(_STEMS))


def writes_chinese(text: str) -> bool:
    """Say whether text may be Chinese: it holds a verb of rise or fall and no kana (Japanese writes kana)."""
    return _ANY_STEM.search(text) is not None and _KANA.search(text) is None


def way_before(text: str, start: int) -> str | None:
    """Return how a Chinese verb right before the figure starting at `start` gives it: "rise", "fall", "from" (where a
    change started, "由10%"), or None where no verb does."""
    before = text[max(0, start - 8):start]
    if before.endswith(_FROM):
        return "from"
    found = _BEFORE.search(before)
    if found is None:
        return None
    stem = _ANY_STEM.match(found.group())
    return "rise" if stem.group() in RISE else "fall"


def names_a_fall(measure: str) -> bool:
    """Say whether a measure's own words name a fall in Chinese ("电动汽车出口减少"): a word of two letters or more, as
    one letter alone ("降" of "降水量") names none."""
    return _KANA.search(measure) is None and any(word in measure for word in FALL if len(word) > 1)


def turns(text: str) -> bool:
    """Say whether text holds a Chinese verb of rise or fall and no kana: what a sentence giving none lacks."""
    return writes_chinese(text)
