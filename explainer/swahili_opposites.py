"""A Swahili verb turned into its opposite: "Bi. Wanjiru alikubali matokeo" (accepted) citing "Bi. Wanjiru alikataa
matokeo" (refused) built, as did "iliongeza" (raised) citing "ilipunguza" (cut), "alishinda" (won) citing "alishindwa"
(lost) and "ilipanda" (rose) citing "ilishuka" (fell) with no figure beside them (tests/test_newuser_59.py).

opposite_verbs.py reads such pairs in languages that write a verb as a word of its own; Swahili glues its subject,
tense and object before the stem ("a-li-kubali"), so a verb is read here by its stems as swahili_negations.py takes
them from its prefixes. A sentence's affirmative verb of a pair is refused where no cited passage holds its stem, in
any form, and a passage holds the opposite's affirmed. A negation by the other verb stands: "alikataa" (refused) for
"hakukubali" (did not accept) builds, the passage holding "kubali" negated.
"""

from __future__ import annotations

from .attribution import Cited, Finding, clipped
from .swahili_negations import forms, stem

# Pairs of opposite stems, as written before swahili_negations reads a last "i" as "a" ("kubali" as "kubala").
_PAIRS = (("kubali", "kataa"), ("ongeza", "punguza"), ("ongezeka", "pungua"), ("shinda", "shindwa"),
          ("panda", "shuka"), ("pandisha", "shusha"), ("thibitisha", "kanusha"), ("ruhusu", "kataza"),
          ("fungua", "funga"), ("ajiri", "fukuza"), ("kamata", "achilia"), ("anza", "maliza"),
          ("idhinisha", "kataa"), ("unga", "pinga"))  # "kuunga mkono" (to support), "kupinga" (to oppose)


def _opposites() -> dict[str, frozenset[str]]:
    """Return each stem of the pairs with its opposites' stems."""
    found: dict[str, frozenset[str]] = {}
    for one, other in _PAIRS:
        one, other = stem(one), stem(other)
        found[one] = found.get(one, frozenset()) | {other}
        found[other] = found.get(other, frozenset()) | {one}
    return found


OPPOSITES = _opposites()


def turned(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text affirms a verb of a pair that no cited passage holds, in any form, and a passage
    affirms its opposite."""
    negated, affirmed = forms(text)
    mine = [(word, stems & OPPOSITES.keys()) for word, stems in affirmed if stems & OPPOSITES.keys()]
    if not mine:
        return []  # most sentences: no verb of a pair
    theirs = [forms(passage.text) for passage in passages]
    held = frozenset().union(*(stems for negated, affirmed in theirs for _, stems in negated + affirmed))
    said = frozenset().union(*(stems for _, stems in mine))
    for word, stems in mine:
        opposite = frozenset().union(*(OPPOSITES[one] for one in stems)) - said
        if stems & held or not opposite:
            continue  # the passage holds this verb; or the sentence names both sides
        for _, affirmed in theirs:
            if (other := next((their for their, its in affirmed if its & opposite and not its & stems), "")):
                return [Finding(offset, f"this sentence says '{word}' where its cited passages say '{other}': "
                                        f"{clipped(text)}",
                                "keep the source's verb, or cite a passage that says this one")]
    return []
