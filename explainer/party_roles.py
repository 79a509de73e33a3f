"""What a party is in the story: a `role` that keeps a party off the sides must be one the sources give it.

A party's `role` ("court", "mediator", "lender") is shown where it helps and is read by the checks: a
party of such a role backs no side (neutral_parties.py), so "the two sides" does not count it and its words are not
held to a side's. "role: court" for the IMF of a debt briefing whose source names no court built
(tests/test_newuser_97.py). A role of one of the kinds below must be told by the party's own names ("Supreme Court")
or by a source the briefing cites, anywhere in its text, in English, French, German or Spanish (and Italian or
Portuguese mediation, "mediazione", "mediação"); a side's role
("side", "government", "union", "buyer") is the editors' word and is not read, nor is a regulator's or an
analyst's, which sources tell in too many ways ("the board refused approval").
"""

from __future__ import annotations

import re

from . import patterns

# (words naming the kind in a role, words telling it in a party's names or a cited passage)
_KINDS = (
    (r"court|judges?|tribunal|juridiction|cour|juge|gericht\w*|richter\w*|juzgado|juez|tribunal",
     r"courts?|panels?|bench|arbitrat\w*|judges?|judicial|judgments?|judgements?|tribunal\w*|rul(?:ed|ing|ings)|justices?|juridiction|cour|juges?"
     r"|jugement|gericht\w*|richter\w*|urteil\w*|juzgado|juez|jueces|sentencia|fallo"),
    (r"mediat\w*|conciliat\w*|arbitrat\w*|médiat\w*|vermittl\w*|schlichter\w*|mediador\w*",
     r"mediat\w*|conciliat\w*|arbitrat\w*|broker\w*|facilitat\w*|médiat\w*|vermittl\w*|schlicht\w*|mediador\w*"
     r"|mediaci\w*|mediaz\w*|mediaç\w*"),  # Italian "mediazione", Portuguese "mediação" (newuser_99)
    (r"lend(?:er|ing)\w*|creditor\w*|prêteur|kreditgeber|prestamista|acreedor\w*",
     r"lend\w*|lent|loans?|credit\w*|financ\w*|prêt\w*|kredit\w*|darlehen|préstamo\w*|acreedor\w*"),
)
_READ = tuple((patterns.compile(rf"(?<!\w)(?:{named})(?!\w)", re.IGNORECASE),
               patterns.compile(rf"(?<!\w)(?:{told})(?!\w)", re.IGNORECASE)) for named, told in _KINDS)


def unbacked_role(role: str, names: str, sources: list[str]) -> str:
    """Return the words of a party's `role` naming a kind that neither its `names` nor any cited source tells; or
    ""."""
    for named, told in _READ:
        found = named.search(role)
        if found and not told.search(names) and not any(told.search(text) for text in sources):
            return found.group()
    return ""
