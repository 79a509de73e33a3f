"""Spanish verbs that say whose word a sentence gives when its author is named, which party_word.py reads.

"Quiroga habló en el comunicado del sindicato" names who speaks, as "dice" does; "El sindicato pide que no se
sustituya a ningún estibador", of the union's own communiqué, names its author asking, as English "The union asks"
does (newuser_114: each was refused as the party's word told as fact). Only the verbs' third persons, present,
preterite and the participle after "ha", "han", "se ha": the nouns "pedido" (an order) and "oferta" are no verb, and
"propuesta" is left out for it.

A giver's verb of counting with its figure in its clause says whose figure it is too: "El sindicato habla de 14.000
contenedores retenidos y la Autoridad Portuaria, de 9.500", "El sindicato contabiliza 14.000 contenedores", "La
Autoridad Portuaria calcula que hay 9.500" citing a report that gives each count to its giver (newuser_114: each was
refused as the union's word told as fact; attribution.says_whose_word reads this). Only a figure the verb governs:
"La Junta calcula que los municipios han perdido cerca del 18 % ... por el deterioro del río" of the Junta's own
statement stays the Junta's word told as fact (tests/test_newuser_107.py). So does one giver's figure revised to
another's, each giver named: "La Autoridad Portuaria rebaja a 9.500 los 14.000 contenedores que cuenta el sindicato".
"""

from __future__ import annotations

import re

from . import patterns
from .sentences import folded_word

# "habla", "habló": a speaker named speaking (its author only: speakers.py reads no "habló", so "El sindicato habló"
# of the authority's release must stay refused). Not "calcula" nor "estima": "La Junta calcula que ... por el
# deterioro del río" of "... en parte por ..." is refused by that reading alone (tests/test_newuser_107.py)
SPEAKING = frozenset("habla hablan habló hablaron hablado".split())

# an author named asking, demanding, offering or proposing what its own statement asks (party_word._author_proposes)
PROPOSING = frozenset("""
pide piden pidió pidieron reclama reclaman reclamó reclamaron reclamado exige exigen exigió exigieron exigido
propone proponen propuso propusieron ofrece ofrecen ofreció ofrecieron ofrecido reivindica reivindican reivindicó
""".split())
AUTHOR_VERBS = PROPOSING | SPEAKING

# a party named by its noun after an article, lower case as an alias writes it: "El sindicato pide", "del sindicato"
_ARTICLE_NOUN = patterns.compile(r"(?<![^\W\d_])(?:el|la|los|las|del|al)\s+([^\W\d_]{4,})", re.IGNORECASE)


def nouns_after_articles(text: str) -> frozenset[str]:
    """Return the folded words that follow a Spanish definite article in text ("sindicato" of "El sindicato pide")."""
    return frozenset(folded_word(match.group(1)) for match in _ARTICLE_NOUN.finditer(text))


# "habla de 14.000", "cifra en 9.500", "calcula que hay 9.500", "contabiliza 14.000", "estima en unos 3 millones": a
# verb of counting or estimating governing its figure, nothing but "de", "en", "que hay" and a word of about between
_COUNTS_ITS_FIGURE = patterns.compile(
    r"(?<![^\W\d_])(?:habla|hablan|habló|hablaron|cifra|cifran|cifró|cifraron|calcula|calculan|calculó|calcularon"
    r"|estima|estiman|estimó|estimaron|contabiliza|contabilizan|contabilizó|contabilizaron|cuenta|cuentan|contó"
    r"|contaron)\s+(?:(?:de|en|que\s+(?:hay|había|hubo|son|eran|fueron))\s+)?"
    r"(?:(?:unos|unas|un|una|cerca\s+de|más\s+de|casi|alrededor\s+de|hasta)\s+)?\d", re.IGNORECASE)


# One giver's figure revised to another's: "La Autoridad Portuaria rebaja a 9.500 los 14.000 contenedores que cuenta
# el sindicato" (refused as the authority's word told as fact, newuser_114) gives each figure its giver, the first by
# a verb of lowering or raising it "a" or "en" a figure, the second in a relative clause of counting after its noun
# ("los 14.000 contenedores que cuenta el sindicato", "los 3 millones que estimaba el ministerio"), the giver named
# after it by an article ("que cuenta con" is a having). Both are needed: "Los 14.000 contenedores que cuenta el
# sindicato son vacíos" gives the authority's word as fact.
_REVISES_TO = patterns.compile(r"(?<![^\W\d_])(?:rebaja|rebajan|rebajó|rebajaron|reduce|reducen|redujo|redujeron|deja|dejan"
                         r"|dejó|dejaron|eleva|elevan|elevó|elevaron|corrige|corrigen|corrigió|corrigieron)\s+(?:a|en)"
                         r"\s+(?:unos\s+|unas\s+)?\d", re.IGNORECASE)
_FIGURE_COUNTED_BY = patterns.compile(
    r"\d[\d.,]*(?:\s+(?:millones|millón|mil))?\s+(?:[^\W\d_]+\s+){0,3}que\s+(?:cuenta|cuentan|contaba|contaban|contó"
    r"|contaron|calcula|calculan|calculaba|calculaban|calculó|calcularon|cifra|cifran|cifraba|cifraban|cifró"
    r"|cifraron|estima|estiman|estimaba|estimaban|estimó|estimaron|contabiliza|contabilizan|contabilizó"
    r"|contabilizaron|da|dan|daba|daban|dio|dieron)\s+(?:el|la|los|las)\s+[^\W\d_]", re.IGNORECASE)


def counts_its_figure(text: str) -> bool:
    """Say whether a Spanish sentence gives a figure by a verb of counting or estimating (its giver's own count), or
    revises one giver's figure to another's."""
    return ("a " in text or "an " in text or "ó " in text) and (
        _COUNTS_ITS_FIGURE.search(text) is not None
        or (_REVISES_TO.search(text) is not None and _FIGURE_COUNTED_BY.search(text) is not None))
