"""A Vietnamese count of a thing changed where the passage counts the same thing doing the same ("một người bị thương"
for "hai người bị thương"; tests/test_newuser_55.py).

vietnamese_number_words.py reads "một" alone as an article ("một đoàn kiểm tra"), never as one, and the figure check
asks only whether a figure stands anywhere in the passage: "Một người bị thương" citing "Hai người bị thương" built,
and so did "Hai người bị thương" citing "Một người bị thương sau hai giờ". Here a count ("một", "hai", ... "mười",
digits) before a noun's syllable and the syllable after it (what is counted, and what it does: "người bị") is held
to a passage that counts the same two syllables: where every such passage gives another count, and none gives the
sentence's count to that noun, the count is changed. "một" as an article before a noun the passage does not count
("một người dân cho biết" for "Bà Lan cho biết") is left alone.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from . import patterns
from .attribution import Cited, Finding, clipped
from .vietnamese import writes_vietnamese

_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# A count, the noun it counts and the syllable after: "hai người bị", "3.150 héc-ta lúa"; not a count's own part
# ("hai mươi", "ba trăm"), a year's "năm 2014", nor a rank's "thứ hai".
_COUNTED = patterns.compile(r"(?<![\w.,])(?<!thứ\s)(?<!tháng\s)(?<!số\s)(?P<count>\d+(?:[.,]\d+)*|"
                            + "|".join(_WORDS) + r")\s+(?P<noun>[^\W\d_]+)\s+(?P<then>[^\W\d_]+)(?!\w)",
                            re.IGNORECASE)
_NOT_NOUNS = frozenset({"mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "rưỡi", "đến", "tới", "hoặc",
                        "hay", "và", "là", "trong", "nay", "ngoái", "qua", "trước", "sau"})


def changed_counts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where Vietnamese text counts a noun, doing what it does, otherwise than every passage that
    counts it so, and no passage gives the noun its count."""
    if not writes_vietnamese(language) or text.isascii():
        return []
    given = [count for passage in passages for count in _counts(passage.text)]
    if not given:
        return []
    for value, noun, then, written in _counts(text):
        if any(value == other and noun == other_noun for other, other_noun, _, _ in given):
            continue  # the noun has this count somewhere: "một người chết, hai người bị thương"
        others = [other_written for other, other_noun, other_then, other_written in given
                  if other_noun == noun and other_then == then]
        if others:
            return [Finding(offset, f"this sentence says '{written}' where its cited passages say '{others[0]}': "
                                    f"{clipped(text)}",
                            "give the count the source gives, or cite the passage that gives this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _counts(text: str) -> tuple[tuple[Decimal, str, str, str], ...]:
    """Return each count of text with the noun it counts and the syllable after, folded, and the words as written."""
    found = []
    for match in _COUNTED.finditer(text):
        noun, then = match["noun"].casefold(), match["then"].casefold()
        value = _value(match["count"])
        if value is not None and noun not in _NOT_NOUNS and then not in _NOT_NOUNS:
            found.append((value, noun, then, f"{match['count']} {match['noun']}"))
    return tuple(found)


def _value(count: str) -> Decimal | None:
    """Return the value of a count as Vietnamese writes it: a word, or digits grouped by dots with a decimal comma."""
    word = _WORDS.get(count.casefold())
    if word is not None:
        return Decimal(word)
    try:
        return Decimal(count.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None
