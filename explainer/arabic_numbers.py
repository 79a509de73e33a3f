"""Number words of Arabic: "ثلاثة" 3, "خمسة وعشرون" 25, "مئة" 100, "ثلاثمائة" 300, "عشرون ألفًا" 20,000, "ألفان" 2,000,
"ثلاثة ملايين" 3,000,000, "ملياران" 2 × 10^9.

Unread, "قُتل خمسة جنود" cited "قُتل ثلاثة جنود" and built, while "قُتل 3 جنود", which restates it, was refused. Words
are read as Arabic writes them: with or without a final tanween ("ألفًا"), hamza or none ("أربعة", "اربعة"), "مئة"
or "مائة", a hundred's count joined to it or apart ("ثلاثمئة", "ثلاث مئة"), and after a joined "و", "ب" or "ل"
("بثلاثة", "وعشرين"). Left unread: "واحد" (one) alone, as English "one" is; a scale alone, as English's is ("مليار
متر مكعب", a unit; "آلاف", "ملايين": a vague count); and a short count word before a definite noun, a fraction as
often ("خمس السكان", a fifth of the population).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

_MARKS = "[\u0640\u064b-\u065f\u0670]*"
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_UNITS = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4,
          "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8,
          "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10}
# The first part of 11 and 12 ("أحد عشر", "اثنا عشر"); 13 to 19 are a unit and "عشر".
_TEEN_UNITS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
_TENS = {f"{stem}{end}": value for stem, value in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60),
                                                   ("سبع", 70), ("ثمان", 80), ("تسع", 90)) for end in ("ون", "ين")}
_HUNDRED = ("مئه", "مائه")
_HUNDREDS = {**{word: 100 for word in _HUNDRED},
             **{f"{word}{end}": 200 for word in ("مئت", "مائت") for end in ("ان", "ين", "ا", "ي")},
             **{f"{unit}{word}": value * 100 for unit, value in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6),
                                                                 ("سبع", 7), ("ثماني", 8), ("ثمان", 8), ("تسع", 9))
                for word in _HUNDRED}}
_THOUSAND = {"الف": 1, "الفا": 1, "الاف": 1, "الفان": 2, "الفين": 2}
_SCALES = {f"{stem}{end}": (10**power, count) for stem, power in (("مليون", 6), ("مليار", 9))
           for end, count in (("", 1), ("ا", 1), ("ان", 2), ("ين", 2))}
_SCALES |= {"ملايين": (10**6, 1), "مليارات": (10**9, 1)}
# A scale alone names how figures are counted, as English "billion" alone does (`unit: مليار متر مكعب`), or, plural,
# counts vaguely ("آلاف النازحين"): no figure.
_BARE_SCALES = frozenset({"الف", "الفا", "الاف", "مليون", "مليونا", "ملايين", "مليار", "مليارا", "مليارات"})
_SHORT_UNITS = frozenset(word for word in _UNITS if len(word) <= 4)  # "خمس" a fifth, "ست" a lady, "عشر" a tenth


def _spelled(word: str) -> str:
    """Return the pattern of a folded word as Arabic may write it: hamza on an alef or none, and tanween after it
    ("ألفًا"). Short vowels inside a word, rare in news, are not allowed for: each letter's own class of them made the
    pattern of every mention take a third of a second to compile and read."""
    letters = "".join("[اأإآ]" if c == "ا" else "[يى]" if c == "ي" else "[هة]" if c == "ه" else c for c in word)
    return (letters[:-len("[اأإآ]")] + _MARKS + "[اأإآ]" if word.endswith("ا") else letters) + _MARKS


def _any(words) -> str:
    return "(?:" + "|".join(_spelled(word) for word in sorted(words, key=len, reverse=True)) + ")"


_AND = rf"\s+و{_MARKS}"
# Written once each, as the pattern grows with every copy: a unit, a teen's first part, or a unit and its tens ("خمسة
# وعشرون"); a hundred, with what follows it; a thousand, with a hundred or tens after it ("ألفين ومئتي", "ألف وخمسون").
_BELOW_100 = rf"(?:{_any([*_UNITS, *_TEEN_UNITS])}(?:\s+{_any(['عشر', 'عشره'])}|{_AND}{_any(_TENS)})?|{_any(_TENS)})"
_HUNDREDS_WORDS = rf"(?:{_any(_HUNDREDS)}|{_any(w for w in _UNITS if _UNITS[w] < 10)}\s+{_any(_HUNDRED)})"
_BELOW_1000 = rf"(?:{_HUNDREDS_WORDS}(?:{_AND}{_BELOW_100})?|{_BELOW_100})"
_AFTER_THOUSAND = rf"(?:{_AND}(?:{_any(_HUNDREDS)}|{_any(_TENS)}))?"
_WHOLE = (rf"(?:{_BELOW_1000}(?:\s+{_any(_THOUSAND)}{_AFTER_THOUSAND})?|{_any(_THOUSAND)}{_AFTER_THOUSAND})")
# A figure: a count, with its scale ("ثلاثة ملايين"), or a scale's dual alone ("مليونين", "ملياران"), after a joined "و",
# "ب" or "ل"; "و" joins "ست" (six) too, the one count of two letters: "بين أربع وست سنوات" read no 6, so "من أربع إلى
# ست سنوات" citing it was refused (tests/test_newuser_140.py). "لست" is "you are not", no six.
ARABIC = (rf"(?P<ar>(?:[وبل]{_MARKS}(?=[\u0621-\u064a]{{3}})|و{_MARKS}(?=ست))?"
          rf"(?:{_WHOLE}(?:\s+{_any(_SCALES)})?|{_any(_SCALES)})(?![\w-]))")
STARTS = r"[وبل]?(?:ثلاث|[اأإآ]ربع|خمس|ست|سبع|ثمان|تسع|عشر|[اأإآ]حد|[اأإآ]ثن|مئ|مائ|[اأإآ]لف|[اأإآ]لاف|ملي|ملا|واحد)"
_WORD = patterns.compile(r"\S+")
_DEFINITE_NEXT = patterns.compile(r"\s+[اأإآ]ل")  # the next word has the article: "خمس السكان", a fifth of the people


def value(match: re.Match) -> Decimal | None:
    """Return the value the Arabic number words a match holds state, or None where they state no count ("واحد"
    alone, "آلاف", the fraction "خمس السكان")."""
    words = match["ar"]
    parts = [_bare(word) for word in _WORD.findall(re.sub(_MARKS, "", words).translate(_FOLD))]
    parts[0] = _unjoined(parts[0], ("ب", "ل", "و"))
    if len(parts) == 1 and (parts[0] in ("واحد", "واحده") or parts[0] in _BARE_SCALES):
        return None
    if len(parts) == 1 and parts[0] in _SHORT_UNITS and _DEFINITE_NEXT.match(match.string, match.end()):
        return None
    total, current = Decimal(0), Decimal(0)
    for index, part in enumerate(parts):
        if part in ("عشر", "عشره") and index and (parts[index - 1] in _TEEN_UNITS or parts[index - 1] in _UNITS):
            current += 10  # "ثلاثة عشر" 13: the unit is counted already
        elif part in _TEEN_UNITS:
            current += _TEEN_UNITS[part]
        elif part in _UNITS or part in _TENS:
            current += _UNITS.get(part) or _TENS[part]
        elif part in _HUNDRED:
            current = (current or 1) * 100
        elif part in _HUNDREDS:
            current += _HUNDREDS[part]
        elif part in _THOUSAND:
            total, current = total + (current or 1) * 1000 * _THOUSAND[part], Decimal(0)
        elif part in _SCALES:
            scale, count = _SCALES[part]
            total, current = (total + current or count) * scale, Decimal(0)
    return total + current


def _bare(word: str) -> str:
    """Return a part without the "و" that joins it to the part before ("وعشرون")."""
    return _unjoined(word, ("و",))


def _unjoined(word: str, joined: tuple[str, ...]) -> str:
    known = word in _UNITS or word in _TEEN_UNITS or word in _TENS or word in _HUNDREDS or word in _THOUSAND \
        or word in _SCALES or word in _HUNDRED
    return word[1:] if not known and word[:1] in joined else word
