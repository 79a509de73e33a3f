"""The deeds opposite_deeds.py reads in Spanish: an offer or a demand accepted, approved or ratified and one
rejected or turned down ("La FEE aceptó la oferta" may not cite "La FEE rechazó la oferta").

polarity.py reads "rechazó" as a negation, but compares words of five letters or more, so a clause whose subject is
short ("La FEE", "la UGT") built when its verb was turned. A verb negated ("no aceptó", "se negó a aceptar", "sin
aprobar") tells no deed of its side; a passive one ("fue rechazada") tells it of its object.
"""

from __future__ import annotations

import re

from . import patterns

_SIDES = {
    "assent": "acepta aceptan aceptó aceptaron aceptaba aceptaban aceptado aceptada aceptados aceptadas aceptar "
              "aceptando aceptará aceptarán aprueba aprueban aprobó aprobaron aprobaba aprobado aprobada aprobados "
              "aprobadas aprobar aprobando aprobará aprobarán ratifica ratifican ratificó ratificaron ratificado "
              "ratificada ratificar",
    "refusal": "rechaza rechazan rechazó rechazaron rechazaba rechazaban rechazado rechazada rechazados rechazadas "
               "rechazar rechazando rechazará rechazarán deniega deniegan denegó denegaron denegado denegada denegar",
}
SIDE_OF = {form: side for side, forms in _SIDES.items() for form in forms.split()}
WORDS = frozenset(SIDE_OF)  # what a sentence must hold to be read (wordset.may_hold)
FORM = patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(patterns.longest_first(SIDE_OF))})(?![\w-])", re.IGNORECASE)
# "no aceptó", "nunca la aprobó", "se negó a aceptar", "sin aprobar": no deed of the verb's side
NEGATED = patterns.compile(r"(?<!\w)(?:no|nunca|jamás|sin|ni|neg[óo]\s+a|niegan?\s+a|negaron\s+a|rehús\w*\s+a"
                           r"|rehus[óo]\s+a|evitó|evitaron)\s+(?:\w+\s+)?$", re.IGNORECASE)
PASSIVE = patterns.compile(r"(?<!\w)(?:es|son|fue|fueron|sido|ser|será|serán|era|eran)\s+$", re.IGNORECASE)
CLAUSE_START = patterns.compile(r"[;:.!?()\"“”«»—–]|,|(?<!\w)(?:pero|mientras|aunque|que|quien|quienes|cuando"
                                r"|porque|tras|después|antes)(?!\w)", re.IGNORECASE)
CLAUSE_END = patterns.compile(r"[;:.!?()\"“”«»—–]|,|(?<!\w)(?:y|e|o|ni|pero|mientras|aunque|que|quien|quienes"
                              r"|cuando|porque|tras|después|antes|como)(?!\w)", re.IGNORECASE)
NOT_CONTENT = frozenset(
    "los las del una uno unos unas que por con para sus ese esa esos esas este esta estos estas ese mismo misma "
    "día ayer hoy también ya fue era ser sido han había habían muy más menos todo toda todos todas otra otro "
    "entre sobre según desde hasta".split())
