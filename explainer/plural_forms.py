"""Counted labels in languages with more than one plural: Polish "3 sprostowania" but "5 sprostowań".

A label that holds a {count} may give its forms apart with "|": two (one, other: "1 problem|{count} problems") or three,
as Polish, Czech, Russian and Ukrainian count (one, a few, many: "{count} problem|{count} problemy|{count} problemów").
A label of one form is that form for every count, as before.
"""

from __future__ import annotations

# Languages whose "one" form is only for 1 ("21 problemów"); the East Slavic ones take it for 21, 31, ... too.
_ONE_ONLY = frozenset({"pl", "cs", "sk"})


def counted_form(label: str, count: int, language: str) -> str:
    """Return the form of a "|"-separated label that `count` takes in `language` (its {count} not filled in)."""
    forms = label.split("|")
    if len(forms) == 1:
        return label
    if len(forms) == 2:
        return forms[0] if count == 1 else forms[1]
    return forms[_slavic_category(count, language.split("-")[0].lower())]


def _slavic_category(count: int, language: str) -> int:
    """Return 0 (one), 1 (a few: 2-4, 22-24, not 12-14) or 2 (many) as CLDR counts Polish, Czech, Russian, ..."""
    last, last_two = count % 10, count % 100
    if count == 1 or (language not in _ONE_ONLY and last == 1 and last_two != 11):
        return 0
    if 2 <= last <= 4 and not 12 <= last_two <= 14 and (language not in ("cs", "sk") or count < 5):
        return 1
    return 2
