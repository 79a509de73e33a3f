"""The sides of a dispute: the parties that take one, not a mediator, court, regulator or analyst listed beside them.

A strike's briefing lists the employer, the union and the mediator as its parties (the README asks for a mediator's
`role` to say so); its "the two sides" names the employer and the union, as "both sides" does, and counts nothing a
passage must state. Counted with the mediator it was three parties, and "the two sides" a figure 2 refused.
"""

from __future__ import annotations

import re

from . import patterns

# The words of a `role` that make a party no side: the README's examples and their kin.
_NEUTRAL = patterns.compile(r"(?<!\w)(?:mediat|conciliat|arbitrat|court|judge|tribunal|regulator|analyst|observer"
                            r"|ombuds|referee|umpire|scrutineer|watchdog|supervis|competition\s+authorit)",
                            re.IGNORECASE)


def takes_a_side(role: str) -> bool:
    """Say whether a party's `role` leaves it a side: no mediator, court, regulator or analyst."""
    return not _NEUTRAL.search(role)


# A lender takes no side in its borrower's dispute either ("The IMF backs the government's offer" of its analysis:
# factcheck_128), though "the two sides" may still count it (sides_counted reads takes_a_side alone)
_LENDER = patterns.compile(r"(?<!\w)lend(?:er|ing)", re.IGNORECASE)


def backs_no_side(role: str) -> bool:
    """Say whether a party's `role` keeps it off the sides: a mediator, court, regulator, analyst or lender."""
    return not takes_a_side(role) or bool(_LENDER.search(role))


def sides_counted(parties) -> int:
    """Return how many of a briefing's parties take a side: all of them, unless at least two do and the rest are
    neutral by their `role`."""
    taking = sum(1 for party in parties if takes_a_side(party.role))
    return taking if taking >= 2 else len(parties)
