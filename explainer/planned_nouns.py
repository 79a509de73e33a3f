"""Plans given as nouns: an act a passage names by its noun and gives as planned ("The closure of the Lyon plant is
planned for 2027", "La fermeture de l'usine est prévue pour 2027", "È prevista la chiusura dello stabilimento", "O
fecho da fábrica está previsto", "Die Schließung des Werks ist für 2027 geplant", "the scheduled summit").

possible_done.py refuses a sentence telling that act done ("The Lyon plant has closed", "L'usine de Lyon a fermé",
"L'azienda ha chiuso lo stabilimento", "A empresa fechou a fábrica", "Das Werk wurde geschlossen"; an event "was
held", "a eu lieu", "fand statt") where no cited passage tells it done: a plan names no verb, so each noun here names
the verb whose past tells it done (tests/test_factcheck_143.py). Only a plan in the present is read ("is planned",
"est prévue"): "was planned for 2024" may since have happened.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns

# an act's noun: the language and verb whose past tells it done (possible_done.py makes the forms), or, for German and
# for an event, the forms themselves ("geschlossen", "took place")
_EVENT = "event"
NOUNS = {
    # an act told done in another verb of the same meaning is told done too: "The Lyon plant has shut down" (or "was
    # shut") of its planned closure, "was torn down" of its demolition (tests/test_factcheck_147.py)
    r"closures?|closing": (("en", "close"), ("forms", r"shut\s+down|shut")), r"shutdown": (("forms", r"shut\s+down|shut"), ("en", "close")),
    # (an opening told "opened", a signing "was signed": scheduled.py's)
    r"reopenings?": (("en", "reopen"),), r"construction": (("en", "build"),),
    r"demolition": (("en", "demolish"), ("forms", r"(?:torn|tore|pulled)\s+down|razed")), r"launch": (("en", "launch"),), r"completion": (("en", "complete"),),
    r"introduction": (("en", "introduce"),), r"withdrawal": (("en", "withdraw"),),
    r"abolition": (("en", "abolish"),), r"repeal": (("en", "repeal"),), r"ratification": (("en", "ratify"),),
    r"privati[sz]ation": (("en", "privatise"), ("en", "privatize"), ("fr", "privatiser")),
    r"relocation": (("en", "relocate"),), r"resumption": (("en", "resume"),), r"publication": (("en", "publish"),),
    r"resignation": (("en", "resign"), ("forms", r"stepped\s+down")), r"retirement": (("en", "retire"),), r"deployment": (("en", "deploy"),),
    r"installation": (("en", "install"),), r"expansion": (("en", "expand"),),
    r"inauguration": (("en", "inaugurate"), ("fr", "inaugurer")),
    r"fermetures?": (("fr", "fermer"),), r"démolition": (("fr", "démolir"),), r"lancement": (("fr", "lancer"),),
    r"(?:ré)?ouvertures?": (("forms", r"(?:(?:a|ont)\s+(?:été\s+)?|est\s+|sont\s+)r?(?:é|e)?ouverte?s?"),),
    r"suppression": (("fr", "supprimer"),), r"délocalisation": (("fr", "délocaliser"),),
    r"démission": (("fr", "démissionner"),), r"abrogation": (("fr", "abroger"),),
    r"chiusur[ae]": (("it", "chiudere"),), r"costruzione": (("it", "costruire"),),
    r"(?:ri|re)?apertur[ae]": (("it", "aprire"), ("it", "riaprire"),
                              ("forms", r"(?:re)?abri(?:ó|eron)|(?:re)?abiert[oa]s?")),
    r"demolizione": (("it", "demolire"),), r"firma": (("it", "firmare"), ("es", "firmar")),
    r"vendita": (("it", "vendere"),), r"cessione": (("it", "cedere"),), r"inaugurazione": (("it", "inaugurare"),),
    r"abolizione": (("it", "abolire"),), r"privatizzazione": (("it", "privatizzare"),),
    r"fecho|encerramento": (("pt", "fechar"), ("pt", "encerrar")), r"construção": (("pt", "construir"),),
    r"(?:re)?abertura": (("forms", r"(?:re)?abri(?:u|ram)|(?:re)?abert[oa]s?"),),
    r"demolição": (("pt", "demolir"),), r"venda": (("pt", "vender"),),
    r"privatização": (("pt", "privatizar"),),
    r"cierre": (("es", "cerrar"), ("es", "clausurar")), r"venta": (("es", "vender"),), r"demolición": (("es", "demoler"),),
    r"construcción": (("forms", r"construy(?:ó|eron)|construid[oa]s?"),), r"inauguración": (("es", "inaugurar"),),
    r"privatización": (("es", "privatizar"),),
    r"Schließung|Schliessung": (("forms", r"geschlossen|schloss(?:en)?|stillgelegt|dichtgemacht"),), r"Bau": (("forms", r"gebaut|baute|bauten"),),
    r"Stilllegung": (("forms", r"stillgelegt|legten?\s+(?:\S+\s+){0,4}?still"),),
    r"(?:Wieder)?Eröffnung": (("forms", r"(?:wieder)?eröffnet|(?:wieder)?eröffneten?"),),
    r"Abriss": (("forms", r"abgerissen|riss(?:en)?\s+(?:\S+\s+){0,4}?ab"),),
    r"Unterzeichnung": (("forms", r"unterzeichnet|unterzeichneten?"),),
    r"Einführung": (("forms", r"eingeführt|führten?\s+(?:\S+\s+){0,4}?ein"),),
    r"Verkauf": (("forms", r"verkauft|verkauften?"),), r"Privatisierung": (("forms", r"privatisiert|privatisierten?"),),
    r"Inbetriebnahme": (("forms", r"in\s+Betrieb\s+genommen|nahm(?:en)?\s+(?:\S+\s+){0,4}?in\s+Betrieb"),),
    r"Fertigstellung": (("forms", r"fertig\s?gestellt|stellten?\s+(?:\S+\s+){0,4}?fertig"),),
    r"Abschaffung": (("forms", r"abgeschafft|schafften?\s+(?:\S+\s+){0,4}?ab"),),
    r"sluiting": (("forms", r"gesloten|sloot|sloten"),), r"verkoop": (("forms", r"verkocht|verkochten?"),),
    # an event held: a summit, a vote, a hearing (English, French and Portuguese ones told "was held", "a eu lieu",
    # "foi realizada" are scheduled.py's)
    r"vertice|riunione|elezioni|votazione|referendum|conferenza|udienza|cerimonia"
    r"|cimeira|cúpula|reunião|eleições|eleição|votação|referendo|conferência|audiência|julgamento|cerimónia|cerimônia"
    r"|cumbre|reunión|elecciones|votación|referéndum|conferencia|juicio|ceremonia"
    r"|Gipfel|Treffen|Sitzung|Wahlen|Wahl|Abstimmung|Konferenz|Anhörung|Zeremonie"
    r"|top|vergadering|verkiezingen|stemming": ((_EVENT, ""),),
}
# an event told held, in any of these languages
EVENT_HELD = (r"si\s+(?:è|sono)\s+(?:tenut|svolt)[oaie]|ha(?:nno)?\s+avuto\s+luogo"
              r"|realizou-se|realizaram-se|teve\s+lugar|tiveram\s+lugar|decorreu|decorreram"
              r"|se\s+celebr(?:ó|aron)|tuvo\s+lugar|tuvieron\s+lugar|se\s+realiz(?:ó|aron)"
              r"|fand(?:en)?\s+(?:\S+\s+){0,3}?statt|stattgefunden|abgehalten"
              r"|vond(?:en)?\s+(?:\S+\s+){0,3}?plaats|plaatsgevonden|gehouden")
_NOUN = "|".join(f"(?:{noun})" for noun in NOUNS)
# the words that give it as planned, scheduled or expected, in the present ("due", but not "due to": because of)
_PLAN = (r"planned|scheduled|due(?!\s+to(?!\w))|set(?=\s+for(?!\w))|expected|envisaged|proposed|slated|foreseen"
         r"|prévue?s?|programmée?s?|envisagée?s?|planifiée?s?|attendue?s?"
         r"|previst[oaie]s?|programmat[oaie]|pianificat[oaie]|programad[oa]s?|agendad[oa]s?|planead[oa]s?"
         r"|planejad[oa]s?|marcad[oa]s?|geplant\w*|vorgesehen\w*|angesetzt|terminiert|gepland\w*|voorzien")
# not before "to" or "de" and an infinitive: "is expected to resume", "a prévu de fermer" are a modal's, read by
# possible_done.py ("la fermeture prévue de l'usine" is a plan's noun)
_PLAN = rf"(?:{_PLAN})(?!\w)(?!\s+(?:to\s|d(?:e\s+|['’])\w+(?:er|ir|re)(?!\w)))"
_IS = (r"is|are|will\s+be|remains?|est|sont|sera|seront|reste|è|sono|sarà|saranno|resta|é|são|será|serão|está|estão"
       r"|estará|estarão|es|son|están|estarán|será|serán|ist|sind|bleibt|zijn|staat|staan")
# a plan set apart by a comma gives its time: "The closure of the plant, planned for 2027, will cost 300 jobs"
_WHEN = r"(?:for|in|on|pour|en|le|para|em|per|il|nel|entro|a|für|im|voor)"
_ARTICLE = r"(?:la|il|lo|l['’]\s*|i|le|gli|o|a|os|as|el|los|las|les|die|der|das|de|het)"
# A plan announced for a time is a plan still, whenever it was announced: "The closure of the plant was announced for
# 2027", "La fermeture a été annoncée pour 2027", "El cierre fue anunciado para 2027", "Die Schließung wurde für 2027
# angekündigt" (but "was announced in 2019" dates the announcement: tests/test_factcheck_147.py)
_ANNOUNCED = r"announced|annoncée?s?|anunciad[oa]s?|annunciat[oaie]"
_WAS = (r"was|were|is|are|has\s+been|have\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|est|sont|fue|fueron"
        r"|ha\s+sido|han\s+sido|es|son|è\s+stat[oa]|sono\s+stat[ie]|foi|foram")
_FOR = r"(?=\s+(?:for|pour|para|per)\s)"
# "The closure of the Lyon plant is planned for 2027" (the noun, up to 80 characters of its clause, then "is", up to
# four words, the plan: "ist für Ende 2027 geplant"); "the planned closure", "la chiusura prevista"; "È prevista la
# chiusura", "Geplant ist die Schließung"
PLANNED = patterns.compile(
    rf"(?<!\w)(?:(?P<noun>{_NOUN})(?!\w)[^.;:!?,]{{0,80}}?\s(?:{_IS})\s+(?:[^\s.;:!?,]+\s+){{0,4}}?(?P<plan>{_PLAN})"
    rf"|(?P<before>{_PLAN})\s+(?P<noun2>{_NOUN})|(?P<noun3>{_NOUN}),?\s+(?P<after>{_PLAN})"
    rf"|(?:{_IS})\s+(?:[^\s.;:!?,]+\s+){{0,2}}?(?P<inverted>{_PLAN})\s+{_ARTICLE}\s*(?P<noun4>{_NOUN})"
    rf"|(?P<noun5>{_NOUN})(?!\w)[^.;:!?,]{{0,80}}?,\s+(?P<apposed>{_PLAN})(?=\s+{_WHEN}\s)"
    rf"|(?P<noun6>{_NOUN})(?!\w)(?:[^.;:!?,]{{0,80}}?\s(?:{_WAS}))?\s+(?P<announced>{_ANNOUNCED}){_FOR}"
    rf"|(?P<noun7>{_NOUN})(?!\w)[^.;:!?,]{{0,80}}?\s(?:wurden?|ist|sind)\s+für\s+(?:[^\s.;:!?,]+\s+){{0,3}}?"
    rf"(?P<announced_de>angekündigt))(?!\w)",
    re.IGNORECASE)
# every reading above holds a plan's word: a passage with none is left unread by PLANNED's many nouns
_ANY_PLAN = patterns.compile(rf"(?<!\w)(?:{_PLAN}|{_ANNOUNCED}|angekündigt)", re.IGNORECASE)
# a sentence that keeps the plan ("is scheduled", "est prévue", "ist geplant"), but not one telling it done "as
# planned" ("comme prévu", "wie geplant")
KEPT = ("".join(rf"(?<!\b{word}\s)" for word in ("as", "comme", "come", "como", "wie", "zoals"))
        + r"(?:scheduled|slated|prévue?s?|programmée?s?|previst[oaie]s?|programmat[oaie]|programad[oa]s?"
          r"|agendad[oa]s?|planejad[oa]s?|geplant\w*|vorgesehen\w*)")
# the plan words one of which such a passage holds, as ASCII text's words hold them (possible_done.py's fast path)
WORDS = frozenset({"planned", "scheduled", "due", "set", "expected", "envisaged", "proposed", "slated", "foreseen",
                   "prevista", "previsto", "previste", "previsti", "previstas", "previstos", "programmata",
                   "programmato", "programado", "programada", "agendado", "agendada", "geplant", "geplante",
                   "geplanten", "vorgesehen", "angesetzt", "terminiert", "gepland", "geplande", "voorzien",
                   "announced", "anunciado", "anunciada", "annunciata", "annunciato"})


class NounPlan(NamedTuple):
    """An act a passage gives as planned by its noun: its words as written, the plan's word, the (language, verb)
    pairs whose pasts tell it done, and where it stands."""

    shown: str
    plan: str
    verbs: tuple[tuple[str, str], ...]
    at: int


@functools.lru_cache(maxsize=1 << 10)
def _verbs_of(noun: str) -> tuple[tuple[str, str], ...]:
    """Return the (language, verb) pairs of an act's noun as written ("closure": ("en", "close"))."""
    return next(verbs for pattern, verbs in NOUNS.items()
                if re.fullmatch(pattern, noun, re.IGNORECASE))


def planned_nouns(text: str) -> list[NounPlan]:
    """Return the acts a passage names by a noun and gives as planned."""
    if _ANY_PLAN.search(text) is None:
        return []
    found = []
    for match in PLANNED.finditer(text):
        noun = (match["noun"] or match["noun2"] or match["noun3"] or match["noun4"] or match["noun5"] or match["noun6"]
                or match["noun7"])
        plan = (match["plan"] or match["before"] or match["after"] or match["inverted"] or match["apposed"]
                or match["announced"] or match["announced_de"])
        found.append(NounPlan(" ".join(match.group().split()), plan.casefold(), _verbs_of(noun), match.start()))
    return found
