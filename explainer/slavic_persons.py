"""A Ukrainian or Russian verb in another person: what polarity.py reads a quotation's paraphrase by.

A reporter turns a speaker's "Ми не погодимося" (we will not agree) into "вони не погодяться" (they will not agree) or
"рада не погодиться" (the council will not): the same verb in another person, honest. Dropping the negation the same
way ("вони погодяться", "рада погодиться з тим, щоб ...") built: a clause whose one long word is its verb is
restated, in polarity.py, only by a clause naming the same short subject, and "ми" is not "вони". Here a negative
clause whose subject is a personal pronoun, or none ("Не погодимося"), is restated by a clause holding its verb, in
any person, with nothing of five letters or more after it. The verb "to have" is short and changes its stem with the
person ("має", "маємо", "мають"): its forms are read as one word (HAVE), so "компанія має право" restates "Ми не
маємо права". tests/test_newuser_62.py.
"""

from __future__ import annotations

from . import patterns
from .sentences import folded_word

# a personal pronoun, Ukrainian and Russian, and the short words a clause may open with before it
_PRONOUNS = frozenset({"я", "ми", "ти", "ви", "він", "вона", "воно", "вони", "мы", "ты", "вы", "он", "она", "оно",
                       "они"})
_OPENING = frozenset({"що", "і", "й", "а", "але", "та", "то", "бо", "что", "и", "но"})
_NOT = frozenset({"не"})
_WORD = patterns.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CYRILLIC = patterns.compile(r"[\u0400-\u04ff]")

# "to have", whose stem changes with its person ("має", "маємо", "мають"): every form read as "маємо" (five letters,
# as polarity.py reads a word by its first five). "мало" (little) and "мати" (mother, too) are left out.
HAVE = {form: "маємо" for form in (
    "маю", "маєш", "має", "маєте", "мають", "мав", "мала", "мали", "матиму", "матимеш", "матиме", "матимемо",
    "матимете", "матимуть")}


def person_changed(negative: str, positive: str, verb: str, prefix: int) -> bool:
    """Say whether a Ukrainian or Russian positive clause holds the verb (its first `prefix` letters, `verb`) of a
    negative one whose subject is a personal pronoun or none, with no word of `prefix` letters or more after it: "що
    вони погодяться з тим" of "«Ми не погодимося з тим"."""
    if negative.isascii() or not _CYRILLIC.search(negative):
        return False
    before = [folded_word(word) for word in _WORD.findall(negative)]
    at = next((index for index, word in enumerate(before) if word in _NOT), None)
    if at is None or not set(before[:at]) <= _PRONOUNS | _OPENING:
        return False
    words = [HAVE.get(word, word) for word in map(folded_word, _WORD.findall(positive))]
    found = next((index for index, word in enumerate(words) if len(word) >= prefix and word[:prefix] == verb), None)
    return found is not None and all(len(word) < prefix for word in words[found + 1:])
