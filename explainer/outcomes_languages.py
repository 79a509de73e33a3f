"""The words outcomes.py reads a win or loss, a court's ruling and how long a measure holds ("endgültig" /
"vorläufig", "définitivement" / "provisoirement", "definitivamente" / "provisionalmente") and a verdict
("freigesprochen" / "verurteilt", "absolvió" / "condenó a", "a relaxé" / "a condamné": tests/test_factcheck_104.py) by
in German, Spanish and French: each pair's two
sides, the forms whose passive gives the other side ("wurde von Beta besiegt", "fue derrotado por", "a été battu
par"), the word naming a passive's agent, a negation before an outcome and the words that end a clause."""

from __future__ import annotations

from typing import NamedTuple


def _declined(adjective: str) -> tuple[str, ...]:
    """Return a German adjective and its endings ("vorläufig", "vorläufige", ...)."""
    return (adjective,) + tuple(adjective + ending for ending in ("e", "en", "er", "es", "em"))


class Reading(NamedTuple):
    """How a language's text is read for outcomes."""

    sides: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # pair: (its success, its failure)
    transitive: frozenset[str]  # forms of a win whose passive is its subject's loss
    passive_before: str  # a pattern ending where such a form starts
    agent: str  # a pattern: the word before a passive's agent
    negated_before: str  # a pattern ending where an outcome starts
    clause_words: str  # a pattern: words that end a clause, besides punctuation
    not_content: frozenset[str]  # words of four letters or more that tell no clause from another
    # German puts the verb second: after a clause's first words that are no subject (a case-marked article's object,
    # "Den FC Beta besiegte Alpha", or a time or place, "Im Finale schlug Alpha Beta") its subject follows the verb
    subject_after: frozenset[str] = frozenset()
    # a verb's particle ending its clause makes it another verb: "schlug ... vor" proposed, "schlug zurück" hit back
    particles: frozenset[str] = frozenset()
    # a separable verb's finite form, an outcome only where its particle ends the clause: "gab der Klage statt",
    # "wies die Klage ab" (as "gab ... bekannt" announced, "wies ... hin" pointed out)
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()


_GRANTS = ("gab", "gaben", "gibt", "geben")
_DISMISSES = ("wies", "wiesen", "weist", "weisen")

GERMAN = Reading(
    # not "derrota" (a noun as often), "bat" ("se bat", fights), "casse"; "schlug" but "schlug ... vor" (particles)
    {"won": (("besiegte", "besiegten", "besiegt", "schlug", "schlugen", "schlägt", "gewann gegen", "gewannen gegen",
              "gewinnt gegen", "siegte über", "siegten über", "siegt über"),
             ("verlor gegen", "verloren gegen", "verliert gegen", "unterlag", "unterlagen", "unterliegt")),
     "permanent": (_declined("endgültig") + ("dauerhaft",), _declined("vorläufig") + _declined("vorübergehend")),
     # a court granting or dismissing, a body approving or rejecting: participles ("hat ... stattgegeben"), and the
     # finite verbs split ("gab ... statt", "wies ... ab": `split` below); "stimmte" votes either way ("stimmte gegen")
     "granted": (("stattgegeben",) + _GRANTS, ("abgewiesen", "zurückgewiesen") + _DISMISSES),
     "approved": (("zugestimmt", "genehmigt", "gebilligt"), ("abgelehnt",)),
     # a ruling on appeal: "hat das Urteil bestätigt" citing "aufgehoben"
     "upheld": (("bestätigt", "bestätigte", "bestätigten"), ("aufgehoben", "kassiert", "kassierte", "kassierten")),
     # a verdict: "hat den Angeklagten freigesprochen" citing "verurteilt" (tests/test_factcheck_104.py)
     "acquitted": (("freigesprochen",), ("verurteilt", "verurteilte", "verurteilten", "schuldig gesprochen"))},
    frozenset({"besiegt"}), r"(?:wurde|wurden|worden|wird|werden)\s+(?:\S+\s+){0,5}$", r"von",
    r"(?:nicht|kein\w*|nie|niemals)\s+(?:\S+\s+){0,3}$", r"und|aber|doch|während|obwohl|sondern",
    # and an article opening a sentence, read as a name of three capitals ("Der Klage wurde stattgegeben")
    frozenset({"wurde", "wurden", "worden", "gegen", "über", "nach", "eine", "einer", "einen", "dass", "sich", "der",
               "die", "das", "den", "dem", "des", "statt"}),
    frozenset({"den", "dem", "einen", "einem", "im", "am", "in", "an", "auf", "nach", "vor", "bei", "mit", "seit",
               "zum", "zur", "während", "laut", "dann", "danach", "gestern", "heute", "zuvor", "später", "zuletzt",
               "erneut", "schließlich", "damals", "bereits", "nun", "jetzt", "dort", "auch"}),
    frozenset({"vor", "zurück", "fehl", "ein", "aus", "an", "auf", "nieder", "um", "los", "durch", "alarm", "sich"}),
    tuple((form, ("statt",)) for form in _GRANTS) + tuple((form, ("ab", "zurück")) for form in _DISMISSES))
SPANISH = Reading(
    {"won": (("derrotó", "derrotaron", "derrotado", "derrotada", "derrotados", "venció", "vencieron",
              "vencido", "vencida", "ganó a", "ganaron a", "se impuso a", "se impusieron a"),
             ("perdió ante", "perdió contra", "perdieron ante", "perdieron contra", "cayó ante", "cayeron ante")),
     "upheld": (("confirmó", "ratificó"), ("revocó", "anuló")),
     "acquitted": (("absolvió", "absolvieron", "absuelto", "absuelta", "absueltos"),
                   ("condenó a", "condenó al", "condenaron a", "condenaron al", "declaró culpable", "declarado culpable",
                    "declarada culpable")),
     "permanent": (("definitivamente", "definitivo", "definitiva", "definitivos", "definitivas", "permanentemente"),
                   ("provisionalmente", "provisional", "provisionales", "temporalmente"))},
    frozenset({"derrotado", "derrotada", "derrotados", "vencido", "vencida"}),
    r"(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|es|son)\s+$", r"por", r"(?:no|nunca|jamás)\s+(?:\S+\s+)?$",
    r"y|e|pero|mientras|aunque|sino",
    frozenset({"ante", "contra", "sobre", "durante", "para", "pero", "este", "esta", "fueron", "según"}))
FRENCH = Reading(
    {"won": (("a battu", "ont battu", "battu", "battue", "battus", "a vaincu", "ont vaincu",
              "vaincu", "vaincue", "vaincus", "l'a emporté sur", "l’a emporté sur", "l'ont emporté sur",
              "l’ont emporté sur"),
             ("a perdu contre", "ont perdu contre", "perd contre", "s'est incliné devant", "s’est incliné devant",
              "s'est inclinée devant", "s’est inclinée devant", "se sont inclinés devant")),
     "upheld": (("a confirmé", "ont confirmé", "confirme"), ("a annulé", "ont annulé", "annule", "a infirmé",
                                                             "a cassé", "ont cassé")),
     "acquitted": (("a acquitté", "ont acquitté", "a relaxé", "ont relaxé"),
                   ("a condamné", "ont condamné", "a reconnu coupable", "ont reconnu coupable")),
     "permanent": (("définitivement", "définitif", "définitive", "définitifs", "définitives"),
                   ("provisoirement", "provisoire", "provisoires", "temporairement"))},
    frozenset({"battu", "battue", "battus", "vaincu", "vaincue", "vaincus"}),
    r"(?:a\s+été|ont\s+été|avait\s+été|est|sont|été)\s+$", r"par",
    r"(?:ne|n['’]|pas|jamais)\s*(?:\S+\s+)?$", r"et|mais|tandis|alors|bien",
    frozenset({"contre", "devant", "après", "avant", "pour", "dans", "avec", "sans", "leur", "leurs"}))
BY_LANGUAGE = {"de": GERMAN, "es": SPANISH, "fr": FRENCH}
