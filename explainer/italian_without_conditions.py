"""Italian "senza" opening a clause as its condition: "senza l'altoforno lo stabilimento non sarebbe più in grado di
produrre acciaio" is "if the furnace were gone, the plant could not", whose one negation is its "non". Counted with it,
the two negations cancelled and the clause read as affirmed, so an honest restatement keeping the "senza" was refused
as a negation added (tests/test_factcheck_222.py). A swap of "senza" for "con" stays refused by its own check."""

from __future__ import annotations

import re

from . import patterns

# "senza", opening a clause (a sentence, or after a comma or colon), before one noun with its article, and then the
# clause's subject with its own article: the noun lacked is the condition, the subject's verb what the clause says.
_CONDITION = patterns.compile(
    r"(?:^|(?<=[,;:.]\s)|(?<=[,;:.]))\s*(?P<without>senza)\s+(?:l['’]|(?:il|lo|la|i|gli|le|un|uno|una)\s+)\w+"
    r"(?=\s+(?:l['’]|(?:il|lo|la|i|gli|le)\s+)\w+\s+\w)",
    re.IGNORECASE)


def condition_negations(text: str, language: str) -> frozenset[int]:
    """Return where the "senza" of an Italian clause's opening condition starts, which negates none of its verb."""
    if (language or "").split("-")[0].lower() != "it" or "senza" not in text.lower():
        return frozenset()
    return frozenset(match.start("without") for match in _CONDITION.finditer(text))
