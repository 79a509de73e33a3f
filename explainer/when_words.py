"""Words of when: a day, a month or a figure a sentence shares with a condition keeps no condition.

"Die GDL weitet den Streik ab Freitag aus." citing "Sofern die Bahn bis Freitag kein Angebot vorlegt, weitet die GDL
den Streik aus." built: only_on_terms.py (and conditions.py) read a word of the condition in the sentence as keeping
it, and "Freitag" is one. A date names when, not on what: the condition ("die Bahn legt kein Angebot vor") is
dropped all the same (tests/test_newuser_71.py). "Falls die Bahn kein Angebot vorlegt" kept builds.
"""

from __future__ import annotations

from .attribution import day_number, may_name_a_weekday
from .clauses import WORD
from .numbers import months_named
from .sentences import folded_word


def when_words(text: str, language: str = "") -> frozenset[str]:
    """Return the folded words of text that name a day of the week, a month or a figure ("freitag", "märz", "12")."""
    weekdays = may_name_a_weekday(text, language)
    return frozenset(folded_word(word) for word in WORD.findall(text)
                     if word[0].isdigit() or (weekdays and day_number(word, language) is not None)
                     or (word[0].isupper() and months_named(word, language)))
