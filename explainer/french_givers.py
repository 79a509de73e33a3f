"""Whom a French passage gives a figure to by a lowercase noun of theirs: "Selon la région, elle permettrait de
réduire de 35 % les prélèvements", "d'après la préfecture", "la région estime que chaque mois de retard coûte ...".

A French report names a party in full once, then by its common noun ("la région", "le syndicat", "la préfecture"),
as an English one says "the city says" (owners.py's _THE_NOUN) and a Dutch one "volgens de gemeente". Unread, a
figure the region gives, cited in the column of the party "Conseil régional de Nouvelle-Charente" (short name "La
région"), was refused whenever its passage named a river in another party's name ("Boutonne" of the Fédération des
exploitants de la Boutonne): tests/test_newuser_63.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import patterns
from .sentences import folded_word

_NOUN = r"([^\W\d_A-Z][\w-]*)"
# "selon la région", "d'après le syndicat", "D’après l’agence": the one giving what follows
_ACCORDING_TO = patterns.compile(r"(?<![\w'’])(?:[Ss]elon|[Dd]['’]\s*après)\s+(?:la|le|les|l['’])\s*" + _NOUN)
# "la région estime que", "le syndicat a affirmé", "la préfecture chiffre": a verb of saying or counting after it
_SAYS = patterns.compile(
    r"(?<![\w'’])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*" + _NOUN + r"\s+(?:a\s+|ont\s+|avait\s+)?(?:estime|estiment|estimait"
    r"|estimé|affirme|affirment|affirmait|affirmé|assure|assurent|assurait|assuré|indique|indiquent|indiquait|indiqué"
    r"|chiffre|chiffrent|chiffrait|chiffré|évalue|évaluent|évaluait|évalué|avance|avancent|avançait|avancé|déclare"
    r"|déclarent|déclarait|déclaré|annonce|annoncent|annonçait|annoncé|compte|comptait|compté|recense|recensait"
    r"|recensé|dit|disait)(?!\w)")
# Words of a sentence that may open either form, read before any pattern: most passages hold none.
_GATE = ("elon", "après", "estim", "affirm", "assur", "indiqu", "chiffr", "évalu", "avan", "déclar", "annon",
         "compt", "recens", " dit")


def french_givers(text: str) -> Iterator[str]:
    """Yield the folded nouns text gives a figure or words to after "selon", "d'après" or before a verb of saying
    ("région" of "Selon la région, ..." and of "la région estime que ...")."""
    if not any(word in text for word in _GATE):
        return
    for pattern in (_ACCORDING_TO, _SAYS):
        for match in pattern.finditer(text):
            yield folded_word(match[1])
