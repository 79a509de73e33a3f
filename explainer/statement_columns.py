"""A party's own statement naming it by its common noun: "della società" in the company's press release.

A comparison's value must be cited from words about its party (owners.py), and a lowercase noun names a party only
in a few English turns ("the agency had sought"). A press release (`statement_of` in sources.yaml) names its author
so in its own words: "Secondo le rilevazioni della società, il traffico ... è diminuito del 7 per cento ..., non del
30 per cento come sostenuto dalla Regione", in Autostrade del Tirreno Centrale's release, was refused in the
company's column as naming only the Region, though "la società" is among the company's aliases
(tests/test_newuser_111.py). Where every cited passage is of a statement whose author is the party, and each holds
the noun of one of the party's aliases of an article and a lowercase noun ("la società", "the company"), written
whole, the party is named; another party's figure in that party's column is still refused where the passage names
the author by no such noun.
"""

from __future__ import annotations

from . import patterns
from .sentences import folded_word

# an alias of an article and one lowercase noun: "la società", "the company", "l'azienda"
_ARTICLE_NOUN = patterns.compile(r"(?:\w{1,3}\s+|\w{1,2}['’])([^\W\d_A-Z][^\W\d_]{3,})")
_WORD = patterns.compile(r"[^\W\d_]+")


def named_in_own_statement(party, passages) -> bool:
    """Say whether every passage is of `party`'s own statement and names it by an alias's common noun."""
    nouns = {folded_word(found.group(1)) for alias in party.aliases
             if (found := _ARTICLE_NOUN.fullmatch(alias.strip())) and not found.group(1)[0].isupper()}
    if not nouns or not passages:
        return False
    return all(_authored_by(passage.statement_of, party)
               and nouns & {folded_word(word) for word in _WORD.findall(passage.text)} for passage in passages)


def _authored_by(statement_of: str, party) -> bool:
    """Say whether a source's `statement_of` is the party's name, short name or an alias (letter case aside)."""
    if not statement_of:
        return False
    names = {folded_word(name) for name in (party.name, party.short_name, *party.aliases) if name}
    return folded_word(statement_of) in names
