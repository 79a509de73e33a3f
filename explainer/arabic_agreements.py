"""An agreement an Arabic passage says was not reached, told as reached.

"توصل البلدان إلى اتفاق بشأن قواعد الملء" (the two countries reached an agreement) or "اتفق الطرفان على قواعد الملء"
(the two sides agreed) citing "إلا أن المحادثات لم تسفر عن اتفاق بشأن قواعد الملء والتشغيل" (the talks produced no
agreement) built: the negation there is of "تسفر" (produced), a verb the sentence leaves out, so polarity.py compared
no clause (tests/test_newuser_140.py). A passage denies an agreement where a negation ("لم", "لن", "دون", "عدم",
"فشل ... في") stands at most three words before "اتفاق" or a form of "اتفق" or "توصل"; a sentence tells one reached by
a past verb of agreeing ("اتفق", "توصلا إلى اتفاق", "أسفرت عن اتفاق", "أبرما اتفاقاً", "وقعا اتفاقاً") with no
negation, possibility or plan of its own. Where a cited passage affirms the same verb itself (the mediator's "اتفقا
فقط على مواصلة الحوار", agreed only to keep talking), the sentence may be telling that: it is refused only where the
seven words after its verb share one with the denied agreement's ("بشأن قواعد الملء") and none with the affirmed one's.
"اتفاقية" (a treaty, by its name) is no agreement here: "وقعت مرسانيا اتفاقية عام 1959" cites "لم تصادق تالوريا على
اتفاقية عام 1959 التي وقعتها مرسانيا" truly.
"""

from __future__ import annotations

from . import patterns
from .arabic_negations import folded, may_negate
from .attribution import Cited, Finding, clipped

_NEGATION = r"(?:[وف]?(?:لم|لن|دون|بدون|عدم|لعدم)|[وف]?فشل\w*(?:\s+\S+){0,2}?\s+في)"
_AGREEMENT = r"اتفاق[\u064b-\u065f]*ا?[\u064b-\u065f]*(?!\w)"  # "اتفاقاً", never "اتفاقية" (a treaty, by its name)
_AGREEING = rf"(?:(?:ال|ب|با|لل)?{_AGREEMENT}|[يتن]?[اأ]?تفق(?:ا|وا|ان|ون|ت|تا)?(?!\w)|(?:ال)?[يت]?توصل\w*)"
_DENIED = patterns.compile(rf"(?<!\w){_NEGATION}(?:\s+\S+){{0,2}}?\s+{_AGREEING}(?P<object>(?:\s+\S+){{0,5}})")
# A past verb of agreeing, told as done: "اتفق", "اتفقا", "توصلت ... إلى اتفاق", "أسفرت ... عن اتفاق", "أبرما اتفاقاً".
_REACHED = patterns.compile(rf"(?<!\w)[وف]?(?:(?P<agreed>[اأ]تفق)(?:ا|وا|ت|تا)?(?!\w)"
                            rf"|(?P<reached>توصل)(?:ا|وا|ت|تا)?(?:\s+\S+){{0,3}}?\s+[إا]لى\s+(?:ال)?{_AGREEMENT}"
                            rf"|(?P<produced>[أا]سفر)ت?(?:\s+\S+){{0,3}}?\s+عن\s+(?:ال)?{_AGREEMENT}"
                            rf"|(?P<signed>[أا]برم|وقع)(?:ا|وا|ت|تا)?(?:\s+\S+){{0,3}}?\s+(?:ال)?{_AGREEMENT})"
                            rf"(?P<object>(?:\s+\S+){{0,7}})")
# Words keeping a possibility, a plan or an aim: the sentence tells no agreement reached.
_KEEPS = frozenset(map(folded, ("قد", "وقد", "ربما", "يمكن", "إذا", "لو", "المقرر", "يسعى", "تسعى", "يسعيان",
                                "محاولة", "سعيا", "بهدف", "أمل", "يأمل", "تأمل", "يأملان", "تطالب", "يطالب")))
_WORD = patterns.compile(r"[\u0621-\u064a][\u0621-\u064a\u064b-\u065f\u0640]*")


def agreement_told_as_reached(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where an Arabic sentence tells an agreement reached that a cited passage denies, no cited
    passage telling that one reached."""
    if text.isascii() or "تفق" not in text and "اتفاق" not in text:
        return []
    reached = _REACHED.search(text)
    if reached is None or may_negate(text) or not _KEEPS.isdisjoint(map(folded, _WORD.findall(text))):
        return []
    denied = [found for passage in passages for found in _DENIED.finditer(passage.text)]
    if not denied:
        return []
    affirmed = [found for passage in passages for found in _REACHED.finditer(_unquoted_negations(passage.text))
                if _kind(found) == _kind(reached)]
    told = _object_words(reached)
    if affirmed and (not told & set().union(*map(_object_words, denied))
                     or told & set().union(*map(_object_words, affirmed))):
        return []  # the passage tells this kind of agreement reached, and the sentence's is not the one it denies
    return [Finding(offset, f"this sentence tells an agreement reached ('{_verb(reached)}') where its cited passages "
                            f"say none was ('{_verb(denied[0])}'): {clipped(text)}",
                    "keep the source's negation (no agreement), or cite the words that tell one reached")]


def _verb(found) -> str:
    """Return a match's words up to what its agreement is about."""
    return found.string[found.start():found.start("object")].strip()


def _kind(found) -> str:
    """Return which verb of agreeing a match holds: "agreed", "reached", "produced" or "signed"."""
    return next(kind for kind in ("agreed", "reached", "produced", "signed") if found[kind])


def _object_words(found) -> set[str]:
    """Return the folded words of three letters or more after an agreement: what it is about."""
    return {word for word in map(folded, _WORD.findall(found["object"])) if len(word) > 3}


def _unquoted_negations(text: str) -> str:
    """Return a passage with its denied agreements blanked: "لم تسفر عن اتفاق" affirms none."""
    return _DENIED.sub(lambda match: " " * len(match.group()), text)
