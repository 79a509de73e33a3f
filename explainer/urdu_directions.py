"""Rises and falls as Urdu gives them: the verb's stem before a figure with its helpers ("بڑھ کر ۶۱۰۰ کیوسک ہو
گیا", rose to 6,100; "کم ہو کر ۴۵۰۰", fell to 4,500; "کم کر کے ۲۸ فیصد", cut to 28%), or a noun or comparative
right after it ("۱۸ فیصد اضافہ", an 18% rise; "۲۰ فیصد کم پانی", 20% less water). Read with English's rules none
was a direction, and "بڑھ کر ۴۵۰۰" citing "کم ہو کر ۴۵۰۰" built. A figure followed by "سے" and a verb of change is
where the change started ("۳۵ فیصد سے کم کر کے ۲۸", from 35% to 28%). "کم" and "زیادہ" before a figure without a
helper are bounds, not directions: "کم از کم ۳ لاکھ" is at least 300,000, "زیادہ سے زیادہ" at most.

Persian gives a change the same way, by a noun right after the figure ("۸ درصد افزایش یافت", rose 8%; "به ۴٫۲ درصد
کاهش یافت", fell to 4.2%): read with English's rules it gave none, and "۸ درصد کاهش یافت" citing it built.
"""

from __future__ import annotations

from . import patterns
from .persian_letters import arabic_spellings, writes_persian
from .urdu_numbers import writes_urdu

_RISE_STEMS = frozenset({"بڑھ", "بڑھا", "بڑھی", "بڑھے", "بڑھتے", "بڑھاتے", "بڑھائی"})
_FALL_STEMS = frozenset({"کم", "گھٹ", "گھٹا", "گھٹی", "گھٹے", "گر", "گرا", "گری", "گرے"})
# Persian's nouns of change after a figure, in Persian's letters and Arabic's ("کاهش" is also typed "كاهش").
_PERSIAN_RISE = frozenset(form for word in ("افزایش", "رشد", "بالا", "بیشتر") for form in arabic_spellings(word))
_PERSIAN_FALL = frozenset(form for word in ("کاهش", "افت", "پایین", "کمتر") for form in arabic_spellings(word))
_RISE_AFTER = _RISE_STEMS | {"اضافہ", "اضافے", "زیادہ", "زائد"} | _PERSIAN_RISE
_FALL_AFTER = _FALL_STEMS | {"کمی"} | _PERSIAN_FALL
_HELPERS = frozenset({"کر", "کے", "ہو", "ہوکر", "کرکے"})
_WORD = patterns.compile(r"\w+")
TURNING_WORDS = _RISE_AFTER | _FALL_AFTER
# A verb's stem and "کر" or "کے" right before a figure give the level it reached ("بڑھ کر ۶۱۰۰", rose to 6,100), as
# English "to" does: the change's figure is another. So does Persian "به" ("به ۴٫۲ درصد کاهش یافت", fell to 4.2%).
LEVEL_BEFORE = frozenset({"کر", "کے", "به"})


def _way(word: str, rise: frozenset, fall: frozenset) -> str | None:
    return "rise" if word in rise else "fall" if word in fall else None


def way_given(before: str, after: str) -> str | None:
    """Return how Urdu words around a figure give it: "rise", "fall", "from" (a starting level) or None."""
    following = _WORD.findall(after)[:2]
    if len(following) == 2 and following[0] == "سے" and _way(following[1], _RISE_STEMS, _FALL_STEMS):
        return "from"
    if following and (way := _way(following[0], _RISE_AFTER, _FALL_AFTER)):
        return way
    preceding = _WORD.findall(before)[-4:]
    helpers = 0
    while preceding and preceding[-1] in _HELPERS:
        preceding.pop()
        helpers += 1
    return _way(preceding[-1], _RISE_STEMS, _FALL_STEMS) if preceding and 0 < helpers <= 3 else None


def reads(text: str) -> bool:
    """Say whether text is Urdu's or Persian's, whose rises and falls these rules read (Arabic's are English's)."""
    return writes_urdu(text) or writes_persian(text)


def turns(text: str) -> bool:
    """Say whether text holds an Urdu word of rise or fall: what a sentence giving none lacks."""
    return not TURNING_WORDS.isdisjoint(_WORD.findall(text))
