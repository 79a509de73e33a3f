"""French "non-" negates the word it is joined to, as "non" a space apart does: "les non-grévistes" are "les salariés
non grévistes", so a sentence writing one of a passage that writes the other drops no negation (it was refused,
tests/test_newuser145.py), and "les grévistes" of "les non-grévistes" adds none. English "non-binding" stays a word of
its own, as "nonbinding" is written too.
"""

from __future__ import annotations


def french_prefix_negates(match: str, code: str) -> bool:
    """Say whether a match polarity sets aside as no negation is French "non-", which negates its word."""
    return code == "fr" and match[:4].casefold() == "non-"
