"""Vietnamese number words, read as spelled.py reads German's: "bốn cửa xả", "hai đến ba năm", "ba mươi lăm",
"hai chục", "hai trăm nghìn" (tests/test_newuser_50.py).

Unread, "kéo dài năm đến sáu năm" cited "kéo dài hai đến ba năm" and built. Vietnamese writes a number's words apart,
the larger first, and the word for five, "năm", is also "year": a number word is read only where a noun follows it
("bốn cửa xả", "năm người") or a range goes on to another ("năm đến sáu năm"), never right after another number (the
"năm" of "ba năm" is its years), nor after a word that makes it a year ("cả năm", "mỗi năm", "lâu năm"), a rank
("thứ hai", "lần thứ ba") or a month ("tháng ba"), nor before a word no count stands before ("năm nay", "năm ngoái",
"hai là"). "hai bên" is both sides, no count; "một" alone is an article ("một đoàn kiểm tra"), a scale alone a
manner of speaking ("hàng nghìn"); a unit word with a capital inside a sentence is a name's ("Ba Vì").
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
# After "mươi" a unit takes other forms: "hai mươi mốt" 21, "ba mươi tư" 34, "bốn mươi lăm" 45; after "mười", 15 is
# "mười lăm" ("mười năm" is ten years).
_AFTER_TENS = {**_UNITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}


def _any(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda word: (-len(word), word))) + ")"


_U = _any(_UNITS)
_TEEN = rf"mười(?:\s+{_any(set(_AFTER_TENS) - {'năm', 'mốt', 'tư'})})?"
# "hai chục" is two tens, 20, as "hai mươi" is ("chục" alone, "hàng chục", "vài chục", is a vague count: spelled.py).
_TENS = rf"{_U}\s+(?:mươi(?:\s+{_any(set(_AFTER_TENS) - {'năm', 'một'})})?|chục)"
_BELOW_100 = rf"(?:{_TENS}|{_TEEN}|{_U})"
_BELOW_1000 = rf"(?:{_U}\s+trăm(?:\s+(?:(?:linh|lẻ)\s+{_U}|{_TENS}|{_TEEN}))?|{_BELOW_100})"
_SCALE = _any(_SCALES)
_WHOLE = rf"{_BELOW_1000}(?:\s+{_SCALE}(?:\s+{_SCALE})?(?:\s+rưỡi)?(?:\s+{_BELOW_1000})?)*"
# A count stands before a noun (a word of letters) or a range's other end: "năm đến sáu năm", "hai hoặc ba".
VIETNAMESE = rf"(?P<vi>{_WHOLE}|{_SCALE})(?![\w-])(?=\s+[^\W\d_])"
STARTS = _any([*_UNITS, "mười", *_SCALES])

# Words before a number word that make it no count: a year's ("cả năm", "mỗi năm"), a rank's ("thứ hai"), a month's
# ("tháng ba"), a number's own ("số ba").
_NOT_AFTER = frozenset({"thứ", "tháng", "số", "mỗi", "hằng", "hàng", "cả", "cuối", "đầu", "giữa", "lâu", "nhiều",
                        "các", "những", "vài", "mấy", "bao", "quanh", "suốt", "chục", "trăm", "mươi", "mười"})
# Words after one that no count stands before: "năm nay", "năm ngoái", "hai là", "ba và".
_NOT_BEFORE = frozenset({"nay", "ngoái", "trước", "sau", "qua", "đó", "này", "ấy", "kia", "nào", "rồi", "trời",
                         "học", "tài", "mới", "là", "và", "với", "của", "thì", "đã", "được", "có", "sẽ", "mà",
                         "nhưng", "để", "cho", "từ", "tại", "trong", "về", "bị", "không", "chưa", "vẫn", "cũng",
                         "đều", "lại", "ra", "vào", "lên", "xuống", "hơn", "nữa", "sinh", "thứ"})
_RANGE = frozenset({"đến", "tới", "hoặc", "hay"})
_WORD = patterns.compile(r"[^\W\d_]+|\d+")


def value(match: re.Match) -> Decimal | None:
    """Return the count Vietnamese number words state, or None where they are a year, a rank, a name or an
    article."""
    words = match["vi"]
    parts = words.casefold().split()
    text = match.string
    before = _WORD.findall(text[max(0, match.start() - 24):match.start()])
    after = _WORD.findall(text[match.end():match.end() + 24])
    if before and (before[-1].isdigit() or before[-1].casefold() in _NOT_AFTER or before[-1].casefold() in _UNITS):
        return None  # "ba năm": its years; "thứ hai": a rank; "tháng ba": a month
    if after and after[0].casefold() in _NOT_BEFORE and not (after[0].casefold() in _RANGE):
        return None
    if len(parts) == 1 and (parts[0] == "một" or parts[0] in _SCALES):
        return None  # "một đoàn": an article; "hàng nghìn": no count
    if parts == ["hai"] and after and after[0].casefold() in ("bên", "phía"):
        return None  # "hai bên": both sides, as English "both" is no figure
    if words[0].isupper() and before and not _starts_sentence(text, match.start()):
        return None  # "Ba Vì": a name
    return _added(parts)


def _starts_sentence(text: str, at: int) -> bool:
    """Say whether a word at `at` starts its sentence, a quotation or a heading."""
    stripped = text[:at].rstrip()
    return not stripped or stripped[-1] in ".!?:“\"«(–—\n"


def _added(parts: list[str]) -> Decimal:
    """Return the value of number words written apart, the larger first: "hai trăm năm mươi nghìn" 250000."""
    total, current, pending, largest = Decimal(0), Decimal(0), Decimal(0), 0
    for part in parts:
        if part in ("mươi", "chục"):
            current, pending = current + (pending or 1) * 10, Decimal(0)
        elif part == "mười":
            current, pending = current + 10, Decimal(0)
        elif part == "trăm":
            current, pending = (current + pending or 1) * 100, Decimal(0)
        elif part in _SCALES and _SCALES[part] < largest:  # "hai tỷ ba trăm triệu": 300 millions more
            total, current, pending = total + (current + pending or 1) * _SCALES[part], Decimal(0), Decimal(0)
        elif part in _SCALES:  # "ba nghìn tỷ": three thousand of billions
            total, current, pending = (total + current + pending or 1) * _SCALES[part], Decimal(0), Decimal(0)
            largest = _SCALES[part]
        elif part == "rưỡi":
            total += _half(parts)
        elif part in ("linh", "lẻ"):
            continue
        else:
            pending = Decimal(_AFTER_TENS[part])
    return total + current + pending


def _half(parts: list[str]) -> Decimal:
    """Return the half a "rưỡi" adds: of the scale before it ("hai triệu rưỡi" 2,500,000)."""
    scales = [_SCALES[part] for part in parts if part in _SCALES]
    return Decimal(scales[-1]) / 2 if scales else Decimal("0.5")


# Adjectives a comparison follows: "thấp hơn 15" is lower than 15, no "more than 15" (a user's locale lists "hơn" under
# `more_than`, as "hơn 12.000 hộ" is more than 12,000 households; qualifiers.py).
_COMPARED = frozenset({"thấp", "cao", "lớn", "nhỏ", "dài", "ngắn", "sớm", "muộn", "trễ", "chậm", "nhanh", "nặng",
                       "nhẹ", "xa", "gần", "sâu", "nông", "rộng", "hẹp", "rẻ", "đắt", "mạnh", "yếu", "tốt", "xấu",
                       "kém", "lâu", "mau", "giàu", "nghèo", "nóng", "lạnh", "mỏng", "dày", "to", "bé"})
_LAST_WORD = patterns.compile(r"([^\W\d_]+)\s*$")


def compared_before(text: str, at: int) -> bool:
    """Say whether the word before `at` in Vietnamese text is an adjective a comparison follows ("thấp hơn 15")."""
    last = _LAST_WORD.search(text, max(0, at - 12), at)
    return last is not None and last.group(1).casefold() in _COMPARED
