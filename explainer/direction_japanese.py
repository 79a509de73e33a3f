"""The words direction.py reads a rise or a fall by in Japanese, which puts its verb after the figure.

"反対は4ポイント増加した" citing "反対は４ポイント減少した" kept the figure and turned the news around: direction.py
reads a word of rise or fall beside a figure, and a Japanese figure is glued to its unit and verb, with no space
to part them ("4ポイント減少した", "約3割減った", "約1兆200億円に引き上げた"). Here the verb is read right after the
figure, its unit (a katakana word, "%", "割", "円", a counter) and one particle between: "に" (to) makes the figure
the level the change reached, still given as that rise or fall, and "から" (from) where it started.
"""

from __future__ import annotations

from . import patterns

RISE = ("増加", "上昇", "増え", "増や", "伸び", "拡大", "引き上げ", "引上げ", "上回", "膨らん", "膨らみ", "膨らむ",
        "急増", "急騰", "高騰", "値上がり", "上がっ", "上がり", "上がる", "倍増", "増")
FALL = ("減少", "低下", "下落", "減っ", "減り", "減ら", "減る", "縮小", "引き下げ", "引下げ", "下回", "急減", "急落",
        "値下がり", "下がっ", "下がり", "下がる", "落ち込", "目減り", "半減", "減")
_STEMS = sorted(RISE + FALL, key=len, reverse=True)
_AFTER = patterns.compile(
    r"(?:[%％]|[\u30a0-\u30ff]{1,8}|[割円人件本台社倍名戸棟隻機校]|(?:億|万|兆)?(?:円|ドル|人))?"
    r"(?P<join>から|に|へ|も|ほど)?(?P<stem>" + "|".join(_STEMS) + ")")
_ANY_STEM = patterns.compile("|".join(_STEMS))


def way_after(text: str, end: int) -> str | None:
    """Return how a Japanese verb right after the figure ending at `end` gives it: "rise", "fall", "from" (where a
    change started, "3500億円から"), or None where no verb does."""
    found = _AFTER.match(text, end)
    if found is None:
        return "from" if text.startswith("から", end) or text.startswith("円から", end) else None
    if found["join"] == "から":
        return "from"
    return "rise" if found["stem"] in RISE else "fall"


def turns(text: str) -> bool:
    """Say whether text holds a Japanese stem of rise or fall: what a sentence giving none lacks."""
    return _ANY_STEM.search(text) is not None
