"""custody.py's words in French, Spanish and German: a suspended sentence not told as prison, a release on bail not
told as freedom.

"condamné à deux ans de prison" citing "condamné à deux ans de prison avec sursis" (or "dont un an avec sursis"),
"condenado a dos años de prisión" citing "dos años de prisión en suspenso" ("condena suspendida"), "zu zwei Jahren
Haft verurteilt" citing "zu zwei Jahren Haft auf Bewährung verurteilt"; "a été libéré" citing "libéré sous caution"
("sous contrôle judiciaire"), "fue puesto en libertad" citing "en libertad bajo fianza" ("libertad provisional"),
"wurde freigelassen" citing "gegen Kaution freigelassen" ("unter Auflagen"); and a term sought told as imposed:
"Das Gericht verhängte eine Freiheitsstrafe von drei Jahren" citing "Die Staatsanwaltschaft forderte drei Jahre Haft"
(TermActs; tests/test_newuser_75.py), "Le tribunal a condamné le prévenu à trois ans de prison" citing "Le parquet a
requis trois ans de prison", "El tribunal lo condenó a tres años de prisión" citing "La fiscalía pidió tres años de
prisión" (tests/test_newuser_78.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns


class CustodyWords(NamedTuple):
    """A language's words for custody.py: a term and its figures, prison, a suspension, a release and its bail."""

    term: re.Pattern  # a figure (group "figure") and its unit (group "unit")
    numbers: dict[str, str]  # figures in words, as digits
    custody: re.Pattern  # time in prison
    suspended: re.Pattern  # any word keeping a suspension, in a sentence
    suspended_term: re.Pattern  # a sentence suspended, in a passage
    freed: re.Pattern
    bail: re.Pattern  # a release's conditions, after it
    bail_before: re.Pattern | None  # bail granted before a release ("was granted bail and released")
    negated: re.Pattern  # just before a word: it is negated or only possible


# a unit by how its word starts, in any of these languages: "ans", "années", "años", "Jahren" are years
_UNITS = (("year", "year"), ("month", "month"), ("week", "week"), ("day", "day"), ("ann", "year"), ("an", "year"),
          ("mois", "month"), ("semaine", "week"), ("jour", "day"), ("año", "year"), ("mes", "month"),
          ("semana", "week"), ("día", "day"), ("dia", "day"), ("jahr", "year"), ("monat", "month"), ("woche", "week"),
          ("tag", "day"))


def unit_of(word: str) -> str:
    """Return a term's unit word as the English one it names ("années" as "year")."""
    folded = word.casefold()
    return next((unit for start, unit in _UNITS if folded.startswith(start)), folded)


def _term(numbers: dict[str, str], units: str) -> re.Pattern:
    """Return the pattern of a term: a figure, in digits or `numbers`, and one of `units`."""
    return patterns.compile(rf"(?<![\w.,])(?P<figure>\d+(?:[.,]\d+)?|{'|'.join(numbers)})[\s-]+(?P<unit>{units})"
                            r"(?!\w)", re.IGNORECASE)


_FR_NUMBERS = {"un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7",
               "huit": "8", "neuf": "9", "dix": "10", "douze": "12", "quinze": "15", "dix-huit": "18", "vingt": "20",
               "trente": "30"}
_ES_NUMBERS = {"un": "1", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
               "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "doce": "12", "quince": "15", "dieciocho": "18",
               "veinte": "20", "treinta": "30"}
_DE_NUMBERS = {"ein": "1", "eine": "1", "einem": "1", "einer": "1", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5",
               "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "zwölf": "12", "fünfzehn": "15",
               "achtzehn": "18", "zwanzig": "20", "dreißig": "30"}

FRENCH = CustodyWords(
    _term(_FR_NUMBERS, r"ans?|années?|mois|semaines?|jours?"), _FR_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:prison|ferme|emprisonnement|incarcérée?s?|écrouée?s?|derrière\s+les\s+barreaux"
                     r"|en\s+détention|purger(?:a|ont)?)(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])sursis(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])sursis(?!\s+à\s+statuer)(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:libérée?s?|remise?s?\s+en\s+liberté|relâchée?s?|relaxée?s?)(?![\w-])",
                     re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:(?:sous\s+)?caution|contrôle\s+judiciaire|conditionnelle(?:ment)?"
                     r"|sous\s+conditions?|bracelet\s+électronique|assignée?s?\s+à\s+résidence|dans\s+l['’]attente)"
                     r"(?![\w-])", re.IGNORECASE),
    None,
    patterns.compile(r"(?<!\w)(?:ne|n['’]|pas|jamais|si|pourrait|pourraient|risque|encourt)(?:\W+\w+){0,1}\W*$",
                     re.IGNORECASE))

SPANISH = CustodyWords(
    _term(_ES_NUMBERS, r"años?|mes(?:es)?|semanas?|días?"), _ES_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:prisión|cárcel|encarcelad[oa]s?|entre\s+rejas|cumplir(?:á|án)?)(?![\w-])",
                     re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:suspend\w*|suspenso|suspensión)(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:suspendid[ao]s?|en\s+suspenso|suspensión\s+de\s+la\s+(?:pena|condena))(?![\w-])",
                     re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:liberad[oa]s?|puest[oa]s?\s+en\s+libertad|excarcelad[oa]s?|quedó\s+en\s+libertad"
                     r"|salió\s+de\s+(?:la\s+)?(?:cárcel|prisión))(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:(?:bajo\s+)?fianza|libertad\s+(?:condicional|provisional|vigilada)|condicional"
                     r"|provisional|arresto\s+domiciliario|medidas\s+cautelares|pulsera)(?![\w-])", re.IGNORECASE),
    None,
    patterns.compile(r"(?<!\w)(?:no|nunca|si|podría|podrían|arriesga|enfrenta)(?:\W+\w+){0,1}\W*$", re.IGNORECASE))

GERMAN = CustodyWords(
    _term(_DE_NUMBERS, r"Jahre?n?|Monate?n?|Wochen?|Tage?n?"), _DE_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:Haft(?:strafe)?|Gefängnis(?:strafe)?|inhaftiert|hinter\s+Gittern|absitzen"
                     r"|verbüßen)(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:Bewährung\w*|ausgesetzt)(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:auf\s+Bewährung|zur\s+Bewährung(?:\s+ausgesetzt)?|Bewährungsstrafe)(?![\w-])",
                     re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:freigelassen|auf\s+freiem\s+Fuß|entlassen|freigekommen|(?:kam|kommt)\s+frei)"
                     r"(?![\w-])", re.IGNORECASE),
    patterns.compile(r"(?<![\w-])(?:(?:gegen\s+)?Kaution|(?:unter\s+)?Auflagen|Hausarrest|Fußfessel|vorläufig"
                     r"|Sicherheitsleistung)(?![\w-])", re.IGNORECASE),
    # German gives bail before the verb: "wurde gegen Kaution freigelassen"
    patterns.compile(r"(?<![\w-])(?:Kaution|Auflagen|Hausarrest|Fußfessel|vorläufig|Sicherheitsleistung)"
                     r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE),
    patterns.compile(r"(?<!\w)(?:nicht|kein\w*|nie|wenn|falls|könnte|könnten|droh\w*)(?:\W+\w+){0,1}\W*$",
                     re.IGNORECASE))


class TermActs(NamedTuple):
    """A language's words for custody.py's terms sought and imposed: its terms, and the acts that seek or impose."""

    terms: tuple[re.Pattern, ...]  # a term's figure (group "figure") and, where it has one, its unit (group "unit")
    numbers: dict[str, str]
    act: re.Pattern  # group "sought" (sought, faced or possible) or "imposed"
    clause_start: re.Pattern
    to_be_done: re.Pattern  # just before an act imposing: it is the one asked for ("asked ... to serve")
    negated: re.Pattern
    act_after: bool  # the act may follow its term, where none is before it: "zu drei Jahren Haft verurteilt"


# German gives a term's act before it ("forderte drei Jahre Haft", "verhängte eine Freiheitsstrafe von drei Jahren")
# or, its verb last, after it ("hatte drei Jahre gefordert", "wurde zu drei Jahren Haft verurteilt"); not an
# infinitive asked for ("forderte, ihn zu drei Jahren zu verurteilen": "verurteilen" is neither)
GERMAN_ACTS = TermActs(
    (GERMAN.term,), _DE_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:(?P<sought>forder(?:te|ten|t|n)|gefordert|beantragt(?:e|en)?|verlangt(?:e|en)?"
                     r"|droh(?:t|en|te|ten)|bis\s+zu|höchstens|maximal|könnten?|plädiert(?:e|en)?)"
                     r"|(?P<imposed>verurteilt(?:e|en)?|verhängt(?:e|en)?|erhielt(?:en)?|erhalten|bekam(?:en)?"
                     r"|bekommen|muss|müssen|absitzen|verbüßen|verbüßt))(?![\w-])", re.IGNORECASE),
    patterns.compile(r"[.;:!?](?!\d)|,(?!\d)|\s(?:aber|doch|während|sondern|und)\s", re.IGNORECASE),
    patterns.compile(r"(?!)"), GERMAN.negated, True)


# French and Spanish give a term's act before it ("a requis trois ans de prison", "lo condenó a tres años") or, in a
# passive, after it ("trois ans de prison ont été requis", "tres años de prisión fueron solicitados"); a noun ("une
# peine de", "una condena de") is no act, nor an infinitive asked for ("de le condamner à", "que lo condenara")
FRENCH_ACTS = TermActs(
    (FRENCH.term,), _FR_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:(?P<sought>requise?s?|requiert|requièrent|requérait|requéraient|réclamée?s?"
                     r"|réclam(?:e|ent|ait|aient)|demandée?s?|demand(?:e|ent|ait|aient)|encour(?:t|ent|ait|aient|u)"
                     r"|risqu(?:e|ent|ait|aient)|jusqu['’]à|passible|pourrai(?:t|ent)|maximum)"
                     r"|(?P<imposed>condamnée?s?|condamn(?:e|ent|a|èrent)|infligée?s?|inflig(?:e|ent|ea|èrent)"
                     r"|prononcée?s?|écopée?s?|écop(?:e|ent|a|èrent)))(?![\w-])", re.IGNORECASE),
    patterns.compile(r"[.;:!?](?!\d)|,(?!\d)|\s(?:mais|alors\s+que|tandis\s+que|et|or)\s", re.IGNORECASE),
    patterns.compile(r"(?!)"), FRENCH.negated, True)

SPANISH_ACTS = TermActs(
    (SPANISH.term,), _ES_NUMBERS,
    patterns.compile(r"(?<![\w-])(?:(?P<sought>pid(?:e|en|ió|ieron|ía|ían)|pedid[oa]s?|solicit(?:a|an|ó|aron|aba"
                     r"|aban|ad[oa]s?)|reclam(?:a|an|ó|aron|aba|aban|ad[oa]s?)|exig(?:e|en|ió|ieron|ía|ían)"
                     r"|enfrenta(?:n|ba|ban)?|arriesga(?:n|ba|ban)?|hasta|máximo|podría(?:n)?)"
                     r"|(?P<imposed>conden(?:ó|aron|ad[oa]s?)|impu(?:so|sieron|est[oa]s?)|sentenci(?:ó|aron|ad[oa]s?)"
                     r"|recibi(?:ó|eron)))(?![\w-])", re.IGNORECASE),
    patterns.compile(r"[.;:!?](?!\d)|,(?!\d)|\s(?:pero|mientras|aunque|sino|y)\s", re.IGNORECASE),
    patterns.compile(r"(?!)"), SPANISH.negated, True)
