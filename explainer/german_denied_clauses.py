"""German's denied thing after a comma: "Die Grüne Liste bestreitet, der NSD eine Zusage gegeben zu haben" is one
clause, its verb of denying before the comma and what it denies after it.

explainer/polarity.py starts a clause at every comma, so "Die Grüne Liste bestreitet" stood alone: a clause negated
by its verb with nothing after it to negate, whose predicate was read from its subject ("Liste"), and any clause of the
passage naming the party ("sagte die Landesvorsitzende der Grünen Liste") restated it, a negation added
(tests/test_factcheck_185.py). Kept with the clause after it, as English "denied that it had ..." is, the verb
negates what it denies ("Zusage"), which a passage's "sie habe eine Zusage gegeben" alone does not restate.
"""

from __future__ import annotations

from . import patterns

# a verb of denying or disputing that ends a clause right before its comma
_DENYING_BEFORE = patterns.compile(r"(?<!\w)(?i:bestreit(?:e|et|en)|bestritt(?:en)?|bestritten"
                                   r"|dementier(?:t|te|ten|en))"
                                   r"\s*$")


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends `spans` (each a separator's start and end, in order) but each comma right after a
    verb of denying ("bestreitet, ...")."""
    if "bestr" not in text.casefold() and "dementi" not in text.casefold():
        return spans
    return [(end, after) for end, after in spans
            if not (text[end:after].strip() == "," and _DENYING_BEFORE.search(text, max(0, end - 16), end))]
