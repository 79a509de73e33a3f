"""Rises and falls as Urdu gives them: the verb's stem before a figure with its helpers ("بڑھ کر ۶۱۰۰ کیوسک ہو
گیا", rose to 6,100; "کم ہو کر ۴۵۰۰", fell to 4,500; "کم کر کے ۲۸ فیصد", cut to 28%), or a noun or comparative
right after it ("۱۸ فیصد اضافہ", an 18% rise; "۲۰ فیصد کم پانی", 20% less water). Read with English's rules none
was a direction, and "بڑھ کر ۴۵۰۰" citing "کم ہو کر ۴۵۰۰" built. A figure followed by "سے" and a verb of change is
where the change started ("۳۵ فیصد سے کم کر کے ۲۸", from 35% to 28%). "کم" and "زیادہ" before a figure without a
helper are bounds, not directions: "کم از کم ۳ لاکھ" is at least 300,000, "زیادہ سے زیادہ" at most.
"""

from __future__ import annotations

from . import patterns

_RISE_STEMS = frozenset({"بڑھ", "بڑھا", "بڑھی", "بڑھے", "بڑھتے", "بڑھاتے", "بڑھائی"})
_FALL_STEMS = frozenset({"کم", "گھٹ", "گھٹا", "گھٹی", "گھٹے", "گر", "گرا", "گری", "گرے"})
_RISE_AFTER = _RISE_STEMS | {"اضافہ", "اضافے", "زیادہ", "زائد"}
_FALL_AFTER = _FALL_STEMS | {"کمی"}
_HELPERS = frozenset({"کر", "کے", "ہو", "ہوکر", "کرکے"})
_WORD = patterns.compile(r"\w+")
TURNING_WORDS = _RISE_AFTER | _FALL_AFTER
# A verb's stem and "کر" or "کے" right before a figure give the level it reached ("بڑھ کر ۶۱۰۰", rose to 6,100), as
# English "to" does: the change's figure is another.
LEVEL_BEFORE = frozenset({"کر", "کے"})


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


def turns(text: str) -> bool:
    """Say whether text holds an Urdu word of rise or fall: what a sentence giving none lacks."""
    return not TURNING_WORDS.isdisjoint(_WORD.findall(text))
