"""A subject's deed told by a participle after its verb and a comma: "Arvena moved first, raising its tariff on Arvenan
steel from 10% to 25%" tells Arvena raised it, which "Dunmore raised its tariff on steel imported from Arvena from 10%
to 25%" gives Dunmore; read as "moved" only, the parties swapped built (tests/test_newuser143.py).

Read narrowly, for swapped.py: a party opening its clause, its verb, at most three words, a comma, and a word ending
"-ing" of six letters or more that is no verb of saying ("saying", "adding", "claiming": the speaker check's), with no
party named between.
"""

from __future__ import annotations

_MOST_BETWEEN = 3  # "moved first", "struck back hard": the words between the verb and the comma
_SAYING = frozenset({"saying", "adding", "claiming", "arguing", "insisting", "warning", "noting", "stating",
                     "alleging", "accusing", "denying", "explaining", "telling", "calling", "describing"})


def participle_after_verb(words: list[str], named: list[frozenset[str]], verb: int) -> int:
    """Return the index of the participle after a subject's verb at `verb` and a comma ("moved first, raising"), or
    -1 where there is none."""
    for index in range(verb + 1, min(verb + 2 + _MOST_BETWEEN, len(words) - 1)):
        if named[index]:
            return -1
        if words[index] == ",":
            participle = words[index + 1]
            return index + 1 if (len(participle) >= 6 and participle.endswith("ing") and participle.isalpha()
                                 and participle not in _SAYING and not named[index + 1]) else -1
        if not words[index].isalpha():
            return -1
    return -1
