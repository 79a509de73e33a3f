"""A party named by the common noun of its kind: a report calls the Medical Practitioners' Guild "the union", as it
calls the Calderbury Health Trust "the trust" (tests/test_factcheck250.py).

party_words gives a party the words of its name, so "the trust" names the trust; but a union named a "Guild", a
"Brotherhood" or a "Syndicate", or one whose role is "union", holds no "union", and "The union has offered 4.5%"
citing "The trust has offered 4.5%" built: its "the union" named no party. Such a party is named by "union" too,
where it alone is (owners._own_nouns reads a noun of one party alone).
"""

from __future__ import annotations

from .model import Party
from .sentences import folded_word

# a union's name words that say "union" without the word
_UNION_NAMES = frozenset({"guild", "brotherhood", "syndicate"})
_UNION_ROLES = frozenset({"union", "trade union", "labour union", "labor union", "trades union"})


def kind_nouns(party: Party) -> frozenset[str]:
    """Return the common nouns of a party's kind that its name does not hold: "union" for a guild."""
    named = {folded_word(word.strip("'’")) for name in (party.name, party.short_name, *party.aliases)
             for word in name.split()}
    if named & _UNION_NAMES or party.role.casefold() in _UNION_ROLES:
        return frozenset({"union"})
    return frozenset()
