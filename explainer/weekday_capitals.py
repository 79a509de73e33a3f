"""A locale's day of the week written with a capital inside it is read only with that capital.

Vietnamese names its days by their number: "thứ Hai" (Monday) is "the second" ("Bên thứ hai", "lần thứ hai"), "thứ
Năm" (Thursday) "the fifth". Read in any case, the project's label "Bên thứ hai" (second party) was refused as stating
Monday, and so was every sentence telling a second time (tests/test_newuser_48.py). A form of a locale's `weekdays`
whose later word starts with a capital ("thứ Hai") is read with that capital, as the day is written; its first word
in any case ("Thứ Hai" opens a sentence).
"""

from __future__ import annotations

import re
import unicodedata


def kept_capitals(forms) -> dict[str, str]:
    """Return the pattern of each of `forms` (a locale's day names) that writes a later word with a capital, by its
    casefolded name, as written and without accents."""
    kept = {}
    for form in forms:
        if any(word[:1].isupper() for word in form.split()[1:]):
            for written in (form, _unaccented(form)):
                kept[written.casefold()] = _pattern(written)
    return kept


def _pattern(form: str) -> str:
    """Return a pattern of `form` whose later words' capitals are kept whatever the flags around it."""
    first, *later = form.split()
    return r"\s+".join([re.escape(first)] + [f"(?-i:{re.escape(word[0])}){re.escape(word[1:])}" if word[:1].isupper()
                                             else re.escape(word) for word in later])


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
