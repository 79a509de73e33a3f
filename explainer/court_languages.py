"""A lawsuit's steps, its jury and judge and its winner as French, Spanish and German tell them.

court_steps.py, court_actors.py and case_winners.py read English; a French, Spanish or German briefing told what
a court heard as what it ruled ("le tribunal a jugé que" citing "le tribunal a entendu que"; "el tribunal falló que"
for "escuchó"; "das Gericht entschied, dass" for "hörte"), a motion to dismiss as the dismissal ("le juge a rejeté la
plainte" citing "a rejeté la requête en irrecevabilité"; "desestimó la demanda" for "desestimó la moción para
desestimar la demanda"; "wies die Klage ab" for "wies den Antrag auf Abweisung der Klage ab"), the jury's deed as the
judge's ("le juge a ordonné" for "le jury a ordonné", "el juez ordenó", "der Richter ordnete an"), and a party found
liable as having won ("Corvane a gagné son procès", "ganó el juicio", "gewann den Prozess"), and built. These are the
words of each language those checks read, in the shapes the English ones have (tests/test_factcheck_87.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns

_ANY = r"(?:[\w'’-]+\s+)"  # a word and the space after it


class Steps(NamedTuple):
    """A language's words of a court's steps (court_steps.py): a ruling and what a court heard, a ruling of any
    kind, a motion to dismiss and a dismissal; the text that may tell each, looked for before any pattern; the words
    a clause's content leaves out."""

    ruled: re.Pattern
    heard: re.Pattern
    any_ruling: re.Pattern
    motion: re.Pattern
    dismissed: re.Pattern
    may_rule: tuple[str, ...]
    may_hear: tuple[str, ...]
    may_dismiss: tuple[str, ...]
    not_content: frozenset[str]


_COURT_FR = r"(?:tribunal|cour|juges?|jury|jurés?|magistrats?|juridiction)"
_COURT_ES = r"(?:tribunal|corte|juez|jueza|jueces|jurado|magistrad[oa]s?|sala)"
_COURT_DE = r"(?:Gericht|Gerichtshof|Kammer|Richter(?:in|innen|n)?|Geschworenen?|Jury|Schöffen)"
_COURT_NL = (r"(?:rechter|rechters|rechtbank(?:en)?|(?:gerechts)?hof|Hoge\s+Raad|Raad\s+van\s+State|RvS"
             r"|Afdeling(?:\s+bestuursrechtspraak)?|(?:bestuurs|kanton|kort-geding|voorzieningen)rechter)")
_NEVER = patterns.compile(r"(?!)")  # a step a language's words are not read for (a Dutch motion to dismiss)
# a dismissal's words never reach past a motion court_steps.py has put in a motion's place: "desestimó la motion"
_NOT_A_MOTION = r"(?:(?!motion|nicht)[\w'’-]+\s+)"

STEPS = {
    "fr": Steps(
        ruled=patterns.compile(
            rf"(?<!\w){_COURT_FR}\s+{_ANY}{{0,3}}?(?:a|ont|avait|avaient)\s+(?:jugé|estimé|conclu|statué|décidé|établi"
            r"|constaté|considéré|retenu)(?:\s+que|\s+qu['’])?(?!\w)", re.IGNORECASE),
        heard=patterns.compile(
            rf"(?<!\w)(?:{_COURT_FR}\s+{_ANY}{{0,3}}?(?:a|ont|avait|avaient)\s+(?:entendu|appris)|(?:a|ont)\s+(?:dit"
            rf"|déclaré|expliqué|affirmé|raconté)\s+(?:au|à\s+la|aux)\s+{_COURT_FR}|(?:a|ont)\s+témoigné)(?!\w)",
            re.IGNORECASE),
        any_ruling=patterns.compile(r"(?<!\w)(?:jugé|jugements?|statué|conclu|décidé|décisions?|verdicts?|estimé"
                                    r"|constaté|arrêts?)(?!\w)", re.IGNORECASE),
        motion=patterns.compile(
            rf"(?<!\w)(?:(?:requêtes?|demandes?|motions?)\s+{_ANY}{{0,3}}?(?:en\s+(?:irrecevabilité|rejet|annulation"
            r"|non-lieu)|(?:de|visant\s+à|tendant\s+à|pour)\s+(?:faire\s+)?(?:rejeter|classer|débouter|annuler"
            r"|écarter))|refus(?:é|e|ent)\s+de\s+(?:rejeter|classer|débouter))(?!\w)", re.IGNORECASE),
        dismissed=patterns.compile(
            rf"(?<!\w)(?:(?:rejet(?:é|ée|és|te|tent)|classé|classée|débouté|déboutée)\s+{_NOT_A_MOTION}{{0,2}}?"
            r"(?:la\s+plainte|l['’]\s*affaire|le\s+dossier|l['’]\s*action|les\s+poursuites|la\s+procédure|le\s+procès)"
            r"|classée?\s+sans\s+suite|(?:a|ont)\s+débouté(?!\s+(?:[\w'’-]+\s+){0,4}?motion)"
            r"|(?:déclaré|jugé)\s+(?:la\s+plainte|l['’]action)\s+irrecevable)(?!\w)", re.IGNORECASE),
        may_rule=("jugé", "estimé", "conclu", "statué", "décidé", "établi", "constaté", "considéré", "retenu"),
        may_hear=("entendu", "appris", "témoign", " au ", " aux ", " à la "),
        may_dismiss=("rejet", "débout", "classé", "irrecevable"),
        not_content=frozenset({"tribunal", "cour", "juge", "juges", "jury", "juré", "jurés", "jugé", "estimé", "conclu",
                               "statué", "décidé", "constaté", "entendu", "appris", "avait", "avaient", "que", "qu'il",
                               "qu'elle", "dans", "pour", "avec", "cette", "leur", "leurs"})),
    "es": Steps(
        ruled=patterns.compile(
            rf"(?<!\w){_COURT_ES}\s+{_ANY}{{0,3}}?(?:(?:ha|había)\s+)?(?:falló|fallado|dictaminó|dictaminado|determinó"
            r"|determinado|concluyó|concluido|decidió|decidido|resolvió|resuelto|estableció|establecido|consideró"
            r"|considerado|sentenció|declaró\s+probado)(?:\s+que)?(?!\w)", re.IGNORECASE),
        heard=patterns.compile(
            rf"(?<!\w)(?:{_COURT_ES}\s+{_ANY}{{0,3}}?(?:escuchó|oyó|(?:ha|había)\s+(?:escuchado|oído)|fue\s+informad[oa]"
            rf"|supo)|(?:dijo|dijeron|declaró|declararon|explicó|contó|relató)\s+(?:al|a\s+la|ante\s+el|ante\s+la)\s+"
            rf"{_COURT_ES}|testific(?:ó|aron))(?!\w)", re.IGNORECASE),
        any_ruling=patterns.compile(r"(?<!\w)(?:falló|fallo|fallado|dictaminó|dictamen|sentencia|sentenció|veredicto"
                                    r"|resolución|resolvió|decidió|decisión|determinó|concluyó)(?!\w)", re.IGNORECASE),
        motion=patterns.compile(
            rf"(?<!\w)(?:(?:moci(?:ón|ones)|solicitud(?:es)?|petici(?:ón|ones)|pedidos?|recursos?|intentos?)\s+"
            rf"{_ANY}{{0,3}}?(?:para|de)\s+(?:que\s+se\s+)?(?:desestim\w+|archiv\w+|sobrese\w+)|(?:moci(?:ón|ones)"
            r"|solicitud(?:es)?|petici(?:ón|ones))\s+de\s+(?:desestimación|sobreseimiento|archivo)|(?:se\s+neg(?:ó|aron)"
            r"|rechaz(?:ó|aron))\s+(?:a\s+)?(?:desestimar|archivar|sobreseer))(?!\w)", re.IGNORECASE),
        dismissed=patterns.compile(
            r"(?<!\w)(?:(?:desestim(?:ó|aron|ada|ado)|archiv(?:ó|aron|ada|ado)|rechaz(?:ó|aron))\s+"
            rf"{_NOT_A_MOTION}{{0,2}}?(?:la\s+demanda|el\s+caso|la\s+causa|la\s+querella|el\s+pleito|el\s+proceso)"
            r"|sobresey(?:ó|eron)|sobreseíd[oa])(?!\w)", re.IGNORECASE),
        may_rule=("falló", "fallado", "dictamin", "determin", "conclu", "decidi", "resol", "resuel", "establec",
                  "consider", "sentenci", "probado"),
        may_hear=("escuch", "oyó", "oído", "informad", "supo", "testific", " al ", " ante "),
        may_dismiss=("desestim", "archiv", "sobrese", "rechaz"),
        not_content=frozenset({"tribunal", "corte", "juez", "jueza", "jueces", "jurado", "sala", "falló", "dictaminó",
                               "determinó", "concluyó", "decidió", "escuchó", "oyó", "informado", "informada", "para",
                               "como", "este", "esta", "durante"})),
    "de": Steps(
        ruled=patterns.compile(
            rf"(?<!\w){_COURT_DE}\s+{_ANY}{{0,3}}?(?:entschied|entschieden|befand|urteilte|stellte\s+{_ANY}{{0,3}}?fest"
            r"|kam\s+zu\s+dem\s+Schluss)(?:,?\s+dass)?(?!\w)", re.IGNORECASE),
        heard=patterns.compile(
            rf"(?<!\w)(?:{_COURT_DE}\s+{_ANY}{{0,3}}?(?:hörte|hörten|erfuhr|erfuhren|hat\s+gehört)|(?:sagte|sagten"
            rf"|erklärte|erklärten)\s+(?:vor\s+(?:dem\s+)?Gericht|den\s+Geschworenen|dem\s+Gericht)|sagte\s+{_ANY}"
            r"{0,4}?aus|Zeugenaussagen?)(?!\w)", re.IGNORECASE),
        any_ruling=patterns.compile(r"(?<!\w)(?:entschied|entschieden|befand|befunden|urteilte|Urteil\w*"
                                    rf"|Entscheidung\w*|Schuldspruch|stellte\s+{_ANY}{{0,3}}?fest|festgestellt)(?!\w)",
                                    re.IGNORECASE),
        motion=patterns.compile(
            rf"(?<!\w)(?:Antr(?:ag|äge|ags)\w*\s+{_ANY}{{0,3}}?auf\s+(?:Klageabweisung|Abweisung|Einstellung)(?:\s+der"
            r"\s+Klage|\s+des\s+Verfahrens)?|Klageabweisungsantr\w+|weigerte\w*\s+sich,?\s+(?:die\s+Klage\s+abzuweisen"
            r"|das\s+Verfahren\s+einzustellen))(?!\w)", re.IGNORECASE),
        dismissed=patterns.compile(
            rf"(?<!\w)(?:wies(?:en)?\s+{_NOT_A_MOTION}{{0,4}}?Klage\w*\s+{_NOT_A_MOTION}{{0,4}}?ab|Klage\w*\s+"
            rf"{_NOT_A_MOTION}{{0,4}}?abgewiesen|stellte\w*\s+{_NOT_A_MOTION}{{0,3}}?Verfahren\s+{_NOT_A_MOTION}"
            rf"{{0,3}}?ein|Verfahren\s+{_NOT_A_MOTION}{{0,4}}?eingestellt)(?!\w)", re.IGNORECASE),
        may_rule=("entschied", "befand", "urteilte", "stellte", "schluss"),
        may_hear=("hörte", "gehört", "erfuhr", "aus", "gericht", "geschworenen"),
        may_dismiss=("wies", "abgewiesen", "eingestellt", "stellte"),
        not_content=frozenset({"gericht", "gerichtshof", "kammer", "richter", "richterin", "geschworenen", "jury",
                               "entschied", "befand", "urteilte", "stellte", "hörte", "hörten", "erfuhr", "dass",
                               "dieser", "diese", "einen", "einer", "während", "nach"})),
    # Dutch (tests/test_newuser_91.py): "De Raad van State heeft het hoger beroep toegewezen" (or "heeft de gemeente
    # gelijk gegeven") citing "De Raad van State heeft ... het hoger beroep behandeld" told a hearing as the ruling; a
    # perfect puts its object (and a date: "heeft op dinsdag 3 maart het hoger beroep behandeld") before the
    # participle, so up to seven words stand between the court and its ruling, nine before its hearing
    "nl": Steps(
        ruled=patterns.compile(
            rf"(?<!\w){_COURT_NL}\s+{_ANY}{{0,7}}?(?:toegewezen|afgewezen|verworpen|verwierp(?:en)?|geoordeeld"
            rf"|oordeelde(?:n)?|beslist|besliste(?:n)?|bepaalde(?:n)?\s+dat|gelijk\s+gegeven|(?:gaf|gaven)\s+{_ANY}"
            rf"{{0,3}}?gelijk|in\s+het\s+gelijk\s+gesteld|(?:stelde|stelden)\s+{_ANY}{{0,3}}?in\s+het\s+gelijk"
            rf"|(?:wees|wezen)\s+{_ANY}{{0,4}}?(?:toe|af)|(?:on)?gegrond\s+verklaard|(?:verklaarde|verklaarden)\s+"
            rf"{_ANY}{{0,4}}?(?:on)?gegrond|uitspraak\s+gedaan|(?:deed|deden)\s+{_ANY}{{0,2}}?uitspraak|vernietigd"
            r"|vernietigde(?:n)?|bevestigd|bevestigde(?:n)?)(?:\s+dat)?(?!\w)", re.IGNORECASE),
        heard=patterns.compile(
            rf"(?<!\w)(?:{_COURT_NL}\s+{_ANY}{{0,9}}?(?:behandeld|behandelde(?:n)?|hoorde(?:n)?|gehoord|(?:boog|bogen"
            rf"|buigt|buigen)\s+zich)|(?:zei|zeiden|verklaarde|verklaarden|vertelde|vertelden)\s+(?:tegen|aan)\s+de\s+"
            rf"{_COURT_NL}|getuigde(?:n)?)(?!\w)", re.IGNORECASE),
        any_ruling=patterns.compile(r"(?<!\w)(?:toegewezen|afgewezen|verworpen|verwierp|geoordeeld|oordeelde|oordeel"
                                    r"|beslist|besliste|beslissing(?:en)?|uitspraak|uitspraken|vonnis(?:sen)?|arrest"
                                    r"|gegrond|ongegrond|vernietigd|vernietigde|gelijk\s+gegeven)(?!\w)",
                                    re.IGNORECASE),
        motion=_NEVER, dismissed=_NEVER,
        may_rule=("toegewezen", "afgewezen", "verworpen", "verwierp", "oordeel", "beslist", "bepaalde", "gelijk",
                  "wees", "wezen", "gegrond", "uitspraak", "vernietig", "bevestig"),
        may_hear=("behandel", "hoorde", "gehoord", "boog", "bogen", "buigt", "buigen", "getuig", " tegen de ",
                  " aan de "),
        may_dismiss=(),
        not_content=frozenset({"rechter", "rechters", "rechtbank", "heeft", "hebben", "toegewezen", "afgewezen",
                               "verworpen", "geoordeeld", "oordeelde", "beslist", "besliste", "behandeld",
                               "behandelde", "hoorde", "gehoord", "gelijk", "gegeven", "zich", "over", "tijdens",
                               "deze", "door", "voor", "naar", "zijn", "haar", "hun"})),
}


def steps_of(language: str) -> Steps | None:
    """Return the words of a court's steps of a language read here, or None (English, or one not read)."""
    return STEPS.get(language.split("-")[0].lower()) if language else None


class Actors(NamedTuple):
    """A language's jury and judge (court_actors.py): the words naming either, each's part of the court, the words
    between it and its deed, a deed's form, a passive's "by the jury", and what may name either, looked for first."""

    actor: re.Pattern
    parts: dict[str, str]
    skipped: frozenset[str]
    deed: re.Pattern
    passive: re.Pattern | None
    may_name: tuple[str, ...]
    of_a_court: tuple[str, ...]  # a passage's words that tell of a court, not a festival's jury


ACTORS = {
    "fr": Actors(
        actor=patterns.compile(r"(?<![\w-])(?:jury|jurys|jurés?|juges?|magistrats?)(?![\w'’-])", re.IGNORECASE),
        parts={"jury": "jury", "jurys": "jury", "juré": "jury", "jurés": "jury", "juge": "judge", "juges": "judge",
               "magistrat": "judge", "magistrats": "judge"},
        skipped=frozenset({"a", "ont", "avait", "avaient", "aussi", "également", "ensuite", "alors", "finalement",
                           "d'instruction", "fédéral", "fédérale", "mardi", "lundi", "mercredi", "jeudi", "vendredi"}),
        deed=patterns.compile(r"[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées|i|is|it|u|us|a|èrent)"),
        passive=patterns.compile(r"(?<![\w-])([a-zàâçéèêëîïôûùüÿœ]+)\s+par\s+(?:le\s+|la\s+|les\s+|l['’])?(jury|jurys"
                                 r"|jurés?|juges?|magistrats?)(?![\w-])", re.IGNORECASE),
        may_name=("jur", "juge", "magistrat"),
        of_a_court=("tribunal", "procès", "verdict", "dommages", "plainte", "injonction", "requête", "condamn",
                    "responsable", "appel", "affaire")),
    "es": Actors(
        actor=patterns.compile(r"(?<![\w-])(?:jurados?|juez|jueza|jueces|magistrad[oa]s?)(?![\w'’-])", re.IGNORECASE),
        parts={"jurado": "jury", "jurados": "jury", "juez": "judge", "jueza": "judge", "jueces": "judge",
               "magistrado": "judge", "magistrada": "judge", "magistrados": "judge", "magistradas": "judge"},
        skipped=frozenset({"ha", "han", "había", "habían", "también", "luego", "finalmente", "federal", "el", "este",
                           "martes", "lunes", "miércoles", "jueves", "viernes"}),
        deed=patterns.compile(r"[a-záéíóúñü]+(?:ó|aron|ieron|ado|ada|ido|ida)"),
        passive=patterns.compile(r"(?<![\w-])([a-záéíóúñü]+)\s+por\s+(?:el\s+|la\s+|los\s+|las\s+)?(jurados?|juez"
                                 r"|jueza|jueces|magistrad[oa]s?)(?![\w-])", re.IGNORECASE),
        may_name=("jurad", "juez", "jueza", "jueces", "magistrad"),
        of_a_court=("tribunal", "juicio", "veredicto", "demanda", "daños", "caso", "cautelar", "conden", "apelación",
                    "responsable")),
    "de": Actors(
        actor=patterns.compile(r"(?<![\w-])(?:Geschworenen?|Jury|Schöffen|Richter(?:in|innen|n)?)(?![\w'’-])",
                               re.IGNORECASE),
        parts={"geschworene": "jury", "geschworenen": "jury", "jury": "jury", "schöffen": "jury", "richter": "judge",
               "richterin": "judge", "richterinnen": "judge", "richtern": "judge"},
        skipped=frozenset({"hat", "haben", "hatte", "hatten", "am", "dann", "auch", "später", "schließlich", "zudem",
                           "bereits", "einstimmig"}),
        deed=patterns.compile(r"[a-zäöüß]+"),
        # "vom Richter angeordnet", "von den Geschworenen zugesprochen": the actor before its participle (the deed's
        # group named, as it comes second), read by participle_stem as the active "ordnete an" is by verb_stem
        passive=patterns.compile(r"(?<![\w-])(?:vom|von\s+(?:dem|der|den))\s+(?P<actor>Geschworenen?|Jury|Schöffen"
                                 r"|Richter(?:in|innen|n)?)\s+(?:[\w.,-]+\s+){0,6}?(?P<verb>[a-zäöüß]*ge[a-zäöüß]+(?:t|en)"
                                 r"|(?:ver|er|be|zer|ent)[a-zäöüß]+t)(?![\w-])", re.IGNORECASE),
        may_name=("geschworen", "jury", "schöffen", "richter"),
        of_a_court=("gericht", "prozess", "urteil", "klage", "schadenersatz", "verfahren", "verfügung", "berufung",
                    "haftbar", "verurteil")),
}


def verb_stem(verb: str) -> str:
    """Return a verb without the ending a plural subject or a participle's agreement adds: "ordneten" and "ordnete" as
    "ordnet", "ordonnée" as "ordonné"."""
    return verb[:-2] if verb.endswith("en") else verb[:-1] if verb.endswith(("n", "e", "s")) else verb


_SEPARABLE = ("zurück", "fest", "nach", "auf", "aus", "bei", "ein", "mit", "vor", "weg", "zu", "an", "ab")


def participle_stem(participle: str) -> str:
    """Return a German participle as verb_stem reads its active past: "angeordnet" as "ordnet" ("ordnete an"),
    "verurteilt" as "verurteilt" ("verurteilte"); a verb's separated prefix is not compared."""
    for prefix in _SEPARABLE:
        if participle.startswith(prefix + "ge") and len(participle) > len(prefix) + 4:
            return verb_stem(participle[len(prefix) + 2:])
    return verb_stem(participle)


def actors_of(language: str) -> Actors | None:
    """Return the jury and judge of a language read here, or None (English, or one not read)."""
    return ACTORS.get(language.split("-")[0].lower()) if language else None


_NAME = r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
_CASE_FR = r"(?:son|le|leur|ce|l['’])\s*(?:[\w-]+\s+){0,2}?(?:procès|affaire|litige|action)"
_CASE_ES = r"(?:el|la|su|este|esta)\s+(?:[\w-]+\s+){0,2}?(?:juicio|caso|demanda|pleito|litigio|proceso)"
_CASE_DE = r"(?:den|das|seinen|ihren|sein|ihr|diesen)\s+(?:[\w-]+\s+){0,2}?(?:Prozess|Verfahren|Rechtsstreit|Streit|Fall)"


class Outcomes(NamedTuple):
    """A language's words of a case's end (case_winners.py): a party's win and loss a sentence tells (its name the
    first group), the loss and the win a passage gives a party (its name a group), and what may tell either."""

    told_won: re.Pattern
    told_lost: re.Pattern
    lost: re.Pattern
    won: re.Pattern
    may_tell: tuple[str, ...]


OUTCOMES = {
    "fr": Outcomes(
        told_won=patterns.compile(rf"([\w'’-]+)\s+(?:a|avait)\s+(?:(?:gagné|remporté)\s+{_CASE_FR}|obtenu\s+gain\s+de"
                                  r"\s+cause)(?!\w)", re.IGNORECASE),
        told_lost=patterns.compile(rf"([\w'’-]+)\s+(?:a|avait)\s+perdu\s+{_CASE_FR}(?!\w)", re.IGNORECASE),
        lost=patterns.compile(rf"(?:reconnu|déclaré|jugé)e?s?\s+{_NAME}\s+responsable|condamné\w*\s+{_NAME}\s+à|{_NAME}"
                              r"\s+(?:a|ont)\s+été\s+(?:(?:reconnue?s?|déclarée?s?|jugée?s?)\s+responsables?"
                              rf"|condamnée?s?)|{_NAME}\s+a\s+perdu\s+{_CASE_FR}", re.IGNORECASE),
        won=patterns.compile(rf"en\s+faveur\s+(?:de\s+|d['’])\s*{_NAME}|donné\s+raison\s+à\s+{_NAME}|{_NAME}\s+a\s+obtenu"
                             rf"\s+gain\s+de\s+cause|{_NAME}\s+a\s+(?:gagné|remporté)\s+{_CASE_FR}|blanchi\s+{_NAME}",
                             re.IGNORECASE),
        may_tell=("gagn", "remport", "gain de cause", "perdu")),
    "es": Outcomes(
        told_won=patterns.compile(rf"([\w'’-]+)\s+(?:ha\s+)?(?:ganó|ganado)\s+{_CASE_ES}(?!\w)", re.IGNORECASE),
        told_lost=patterns.compile(rf"([\w'’-]+)\s+(?:ha\s+)?(?:perdió|perdido)\s+{_CASE_ES}(?!\w)", re.IGNORECASE),
        lost=patterns.compile(rf"declar(?:ó|aron)\s+a\s+{_NAME}\s+responsable|conden(?:ó|aron)\s+a\s+{_NAME}\s+a"
                              rf"|{_NAME}\s+fue\s+(?:declarad[oa]\s+responsable|condenad[oa])|{_NAME}\s+perdió\s+"
                              rf"{_CASE_ES}", re.IGNORECASE),
        won=patterns.compile(rf"a\s+favor\s+de\s+{_NAME}|dio\s+la\s+razón\s+a\s+{_NAME}|{_NAME}\s+ganó\s+{_CASE_ES}"
                             rf"|absolvi(?:ó|eron)\s+a\s+{_NAME}", re.IGNORECASE),
        may_tell=("ganó", "ganado", "perdió", "perdido")),
    "de": Outcomes(
        told_won=patterns.compile(rf"([\w'’-]+)\s+(?:gewann\s+{_CASE_DE}|hat\s+{_CASE_DE}\s+gewonnen)(?!\w)",
                                  re.IGNORECASE),
        told_lost=patterns.compile(rf"([\w'’-]+)\s+(?:verlor\s+{_CASE_DE}|hat\s+{_CASE_DE}\s+verloren)(?!\w)",
                                   re.IGNORECASE),
        lost=patterns.compile(rf"verurteilte\w*\s+{_NAME}\s+(?:zu|zur)|{_NAME}\s+wurde\s+(?:[\w-]+\s+){{0,4}}?(?:haftbar"
                              rf"\s+gemacht|verurteilt)|{_NAME}\s+muss\s+(?:[\w.,-]+\s+){{0,5}}?Schadenersatz|{_NAME}"
                              rf"\s+verlor\s+{_CASE_DE}", re.IGNORECASE),
        won=patterns.compile(rf"zugunsten\s+(?:von\s+)?{_NAME}|gab\s+{_NAME}\s+recht|{_NAME}\s+gewann\s+{_CASE_DE}"
                             rf"|sprach\s+{_NAME}\s+frei", re.IGNORECASE),
        may_tell=("gewann", "gewonnen", "verlor")),
}


def outcomes_of(language: str) -> Outcomes | None:
    """Return the words of a case's end of a language read here, or None (English, or one not read)."""
    return OUTCOMES.get(language.split("-")[0].lower()) if language else None
