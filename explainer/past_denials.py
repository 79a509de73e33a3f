"""A sentence that denies a deed done tells what has not happened, and drops no condition of a deed a passage gives as
yet to come: "Personne n'a appliqué de droits de rétorsion" citing "l'Ostrelande ... appliquerait des droits de
rétorsion ... si la Valmorie ne ramenait pas son droit" was refused as stating the retaliation as plain fact
(conditions.py; tests/test_factcheck_192.py). A denial is read where it says nothing of the kind was done or not yet:
French "personne n'a appliqué", "aucune mesure n'a été appliquée", "n'a pas encore appliqué", "ne l'a toujours pas
fait"; English "no one has applied", "no tariffs have been imposed", "has not yet applied", "has yet to apply"; and
where the sentence tells no future of its own ("n'a pas encore cédé, mais l'Ostrelande appliquera des droits" still
restates the threat as certain). A plain "Le cessez-le-feu n'a pas tenu" of "Le cessez-le-feu tiendra si ..." stays
refused: it tells of a ceasefire broken, which the passage does not."""

from __future__ import annotations

import re

from . import patterns

_FRENCH_ADVERBS = (r"pas|plus|jamais|encore|toujours|guère|rien|aucune?|point|formellement|officiellement|réellement"
                   r"|effectivement|vraiment|été")
_FRENCH_DENIAL = (r"(?:n['’]\s*|ne\s+)(?:(?:l['’]|les\s+|leur\s+|lui\s+|se\s+|s['’]|en\s+|y\s+)\s*)?"
                  r"(?:a|ont|avait|avaient|est|sont|était|étaient)"
                  rf"(?P<between>(?:\s+(?:{_FRENCH_ADVERBS}))*)\s+"
                  r"[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints"
                  r"|intes)(?!\w)")
# "personne n'a appliqué", "aucune mesure n'a été appliquée": nothing of the kind done; or "n'a pas encore
# appliqué", "n'a toujours pas été appliquée": not yet done
_FRENCH = patterns.compile(rf"(?<!\w)(?P<none>(?:personne|aucune?(?:\s+[^\W\d_]+){{1,4}}?)\s+)?{_FRENCH_DENIAL}",
                           re.IGNORECASE)
_FRENCH_YET = patterns.compile(r"(?<!\w)(?:encore|toujours)(?!\w)", re.IGNORECASE)
_ENGLISH = patterns.compile(
    r"(?<!\w)(?:(?:has|have|had|was|were|did)(?:n['’]t|\s+not|\s+never)|(?:has|have)\s+yet\s+to)(?!\w)", re.IGNORECASE)
_ENGLISH_NONE = patterns.compile(r"(?<!\w)(?:no\s+one|nobody|none(?:\s+of\s+\w+)?|no\s+\w+(?:\s+\w+)?)\s+(?:has|have"
                                 r"|had|was|were)\s+(?:been\s+)?\w+(?:ed|en|wn|ne|t)(?!\w)", re.IGNORECASE)
_ENGLISH_YET = patterns.compile(r"(?<!\w)(?:yet|so\s+far|still|to\s+date)(?!\w)", re.IGNORECASE)
# A future of the sentence's own: it tells what is to come, as the passage's condition does
_FRENCH_FUTURE = patterns.compile(r"(?<!\w)(?:[^\W\d_]{2,}(?:ra|ront|rait|raient)|va|vont|doit|doivent)(?!\w)",
                                  re.IGNORECASE)
_ENGLISH_FUTURE = patterns.compile(r"(?<!\w)(?:will|shall|would|won['’]t|\w+['’]ll|going\s+to)(?!\w)", re.IGNORECASE)


def denies_past_deed(text: str, language: str) -> bool:
    """Say whether French or English text denies a deed done of the kind ("personne n'a appliqué", "no one has
    applied") or not done yet ("n'a pas encore appliqué", "has not yet applied"), and tells no future of its own."""
    code = language.split("-")[0].lower() if language else "en"
    if code == "fr":
        return not _FRENCH_FUTURE.search(text) and any(
            denial["none"] or _FRENCH_YET.search(denial["between"]) for denial in _FRENCH.finditer(text))
    if code == "en":
        return not _ENGLISH_FUTURE.search(text) and bool(
            _ENGLISH_NONE.search(text) or (_ENGLISH.search(text) and _ENGLISH_YET.search(text)))
    return False
