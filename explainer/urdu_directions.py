"""Rises and falls as Urdu and Hindi give them: the verb's stem before a figure with its helpers ("بڑھ کر ۶۱۰۰ کیوسک
ہو گیا", rose to 6,100; "کم ہو کر ۴۵۰۰", fell to 4,500; "کم کر کے ۲۸ فیصد", cut to 28%), in Hindi as often glued to
"कर" ("घटकर 1,850 क्यूसेक", fell to 1,850), or a verb, noun or comparative right after it ("۱۸ فیصد اضافہ", an 18%
rise; "22 प्रतिशत बढ़ा", rose 22%; "۲۰ فیصد کم پانی", 20% less water). Read with English's rules none was a
direction, and "بڑھ کر ۴۵۰۰" citing "کم ہو کر ۴۵۰۰" built. A figure followed by "سے" or "से" (its unit may stand
between) and a verb of change is where the change started ("۳۵ فیصد سے کم کر کے ۲۸", "1,200 करोड़ रुपये से घटाकर 950",
from 35% to 28%). "کم" and "زیادہ" before a figure without a helper are bounds, not directions: "کم از کم ۳ لاکھ" is
at least 300,000, "زیادہ سے زیادہ" at most; and "से अधिक" after one is "more than".

Persian gives a change the same way, by a noun right after the figure ("۸ درصد افزایش یافت", rose 8%; "به ۴٫۲ درصد
کاهش یافت", fell to 4.2%): read with English's rules it gave none, and "۸ درصد کاهش یافت" citing it built.
"""

from __future__ import annotations

from . import devanagari, patterns
from .persian_letters import arabic_spellings, writes_persian
from .urdu_numbers import counts_in_lakhs

_HINDI_RISE_STEMS = devanagari.spelled({"बढ़", "बढ़ा", "बढ़ी", "बढ़े", "बढ़ाई", "बढ़ाया", "बढ़ाए"})
_HINDI_FALL_STEMS = devanagari.spelled({"घट", "घटा", "घटी", "घटे", "घटाई", "घटाया", "घटाए", "गिर", "गिरा", "गिरी",
                                        "गिरे"})
_RISE_STEMS = frozenset({"بڑھ", "بڑھا", "بڑھی", "بڑھے", "بڑھتے", "بڑھاتے", "بڑھائی"}) | _HINDI_RISE_STEMS
_FALL_STEMS = frozenset({"کم", "گھٹ", "گھٹا", "گھٹی", "گھٹے", "گر", "گرا", "گری", "گرے", "कम"}) | _HINDI_FALL_STEMS
# Hindi glues "कर" to the stem: "बढ़कर 608 फुट", "घटाकर 950 करोड़".
_GLUED = {**{stem + "कर": "rise" for stem in _HINDI_RISE_STEMS}, **{stem + "कर": "fall" for stem in _HINDI_FALL_STEMS}}
# Persian's nouns of change after a figure, in Persian's letters and Arabic's ("کاهش" is also typed "كاهش").
_PERSIAN_RISE = frozenset(form for word in ("افزایش", "رشد", "بالا", "بیشتر") for form in arabic_spellings(word))
_PERSIAN_FALL = frozenset(form for word in ("کاهش", "افت", "پایین", "کمتر") for form in arabic_spellings(word))
_RISE_AFTER = _RISE_STEMS | {"اضافہ", "اضافے", "زیادہ", "زائد"} | _PERSIAN_RISE | devanagari.spelled(
    {"वृद्धि", "बढ़ोतरी", "बढ़ोत्तरी", "इज़ाफ़ा", "इजाफा", "अधिक", "ज़्यादा", "ज्यादा"})
_FALL_AFTER = _FALL_STEMS | {"کمی"} | _PERSIAN_FALL | devanagari.spelled({"कमी", "गिरावट", "घटोतरी"})
_HELPERS = frozenset({"کر", "کے", "ہو", "ہوکر", "کرکے", "कर", "के", "हो", "होकर", "करके"})
_FROM = frozenset({"سے", "से"})
_WORD = patterns.compile(rf"[\w{devanagari.MARKS}]+")
TURNING_WORDS = _RISE_AFTER | _FALL_AFTER | frozenset(_GLUED)
# A verb's stem and "کر" or "کے" right before a figure give the level it reached ("بڑھ کر ۶۱۰۰", rose to 6,100), as
# English "to" does: the change's figure is another. So does Persian "به" ("به ۴٫۲ درصد کاهش یافت", fell to 4.2%).
LEVEL_BEFORE = frozenset({"کر", "کے", "कर", "के", "به"}) | frozenset(_GLUED)


def _way(word: str, rise: frozenset, fall: frozenset) -> str | None:
    return "rise" if word in rise else "fall" if word in fall else None


def way_given(before: str, after: str) -> str | None:
    """Return how Urdu words around a figure give it: "rise", "fall", "from" (a starting level) or None."""
    following = _WORD.findall(after)[:3]
    since = next((at for at, word in enumerate(following[:2]) if word in _FROM), None)  # its unit may stand between
    if since is not None and since + 1 < len(following) and (
            _way(following[since + 1], _RISE_STEMS, _FALL_STEMS) or following[since + 1] in _GLUED):
        return "from"
    if following and (way := _way(following[0], _RISE_AFTER, _FALL_AFTER)):
        return way
    preceding = _WORD.findall(before)[-4:]
    if preceding and preceding[-1] in _GLUED:
        return _GLUED[preceding[-1]]
    helpers = 0
    while preceding and preceding[-1] in _HELPERS:
        preceding.pop()
        helpers += 1
    return _way(preceding[-1], _RISE_STEMS, _FALL_STEMS) if preceding and 0 < helpers <= 3 else None


def reads(text: str) -> bool:
    """Say whether text is Urdu's, Hindi's or Persian's, whose rises and falls these rules read (Arabic's are
    English's)."""
    return counts_in_lakhs(text) or writes_persian(text)


def turns(text: str) -> bool:
    """Say whether text holds an Urdu word of rise or fall: what a sentence giving none lacks."""
    return not TURNING_WORDS.isdisjoint(_WORD.findall(text))
