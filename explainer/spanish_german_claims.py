"""A party's word in Spanish and German, as attribution.py reads English's "claims" and French's "affirme".

"El Gobierno incumplió el acuerdo." citing "El sindicato afirma que el Gobierno incumplió el acuerdo." built: a
party's claim stated as fact, which English ("claims", "accuses") and French ("affirme", "accuse") refused. Here are
the Spanish and German words with which a source passes on a party's contested word (`CONTESTED`: "afirma",
"asegura", "denuncia", "sostiene", "acusa", "alega"; "behauptet", "wirft ... vor", "beschuldigt", "beteuert"), those
with which it passes on anyone's (`PASSED_ON`, read in a passage the briefing gives as a party's claim: "dice",
"según", "de acuerdo con"; "sagt", "erklärt", "laut", "zufolge"), and those with which a sentence says whose word it
states (`WHOSE_KEPT`: any of them, "acusa al Gobierno de incumplir", "wirft der Bahn vor"). A German sentence in
Konjunktiv I, the mood of reported speech ("Die Bahn habe den Vertrag gebrochen", "die Zusage sei hinfällig"), says
it is someone's word too, as do "de acuerdo con", "en opinión de", an opening "Para el consejero, ...", "nach Ansicht",
"aus Sicht" (tests/test_newuser_70.py).
"""

from __future__ import annotations

import re

from . import german_reporting_verbs, patterns

_ES_CONTESTED = frozenset({
    "afirma", "afirman", "afirmó", "afirmaron", "asegura", "aseguran", "aseguró", "aseguraron", "denuncia", "denuncian",
    "denunció", "denunciaron", "sostiene", "sostienen", "sostuvo", "sostuvieron", "acusa", "acusan", "acusó",
    "acusaron", "alega", "alegan", "alegó", "alegaron", "insiste", "insisten", "insistió", "reprocha", "reprochan",
    "reprochó"})
_DE_CONTESTED = frozenset({
    "behauptet", "behaupten", "behauptete", "behaupteten", "wirft", "werfen", "warf", "warfen", "vorgeworfen",
    "beschuldigt", "beschuldigen", "beschuldigte", "beschuldigten", "bezichtigt", "bezichtigte", "beteuert",
    "beteuern", "beteuerte",
    # an insistence, as English's "insists" (factcheck_146: "Der Betreiber beharrt darauf, dass die Anlage sicher ist")
    "beharrt", "beharren", "beharrte", "beharrten"})
CONTESTED = {"es": _ES_CONTESTED, "de": _DE_CONTESTED}
PASSED_ON = {
    "es": frozenset({"dice", "dicen", "dijo", "dijeron", "según", "declaró", "declararon", "señala", "señaló",
                     "indicó", "explicó"}),
    "de": frozenset({"sagt", "sagen", "sagte", "sagten", "erklärt", "erklären", "erklärte", "erklärten", "laut",
                     "zufolge", "betont", "betonte", "teilte"})}
# What a sentence says whose word it states with: a word passing one on, or the noun of an accusation
WHOSE_KEPT = frozenset().union(*CONTESTED.values(), *PASSED_ON.values()) | frozenset({
    "acusación", "acusaciones", "denuncias", "reproche", "reproches", "versión", "vorwurf", "vorwürfe",
    "behauptung", "behauptungen", "angaben", "darstellung",
    # a figure put down to its giver, as "puts at" does: "la consejería cifra el seguimiento en un 45 %"
    "cifra", "cifran", "cifró", "cifraron", "beziffert", "beziffern", "bezifferte", "bezifferten",
    # the parties' words said to differ: "Sanidad y el sindicato discrepan", "die Angaben gehen auseinander"
    "discrepan", "discrepa", "difieren", "discrepancia", "dispares", "widersprechen", "widerspricht",
    "auseinander"})

# German Konjunktiv I of the verbs reported speech most uses, where the indicative differs: "die Bahn habe ...",
# "die Zusage sei hinfällig", "die GDL werde zurückkehren"; not a first person ("ich habe"), nor "es sei denn"
# (unless), "sei es" (whether), "wie dem auch sei", "Gott sei Dank"
# Words of amounts, which say nothing of what a party claims: "millones" and "euros" shared with "el Gobierno sostiene
# que la subida supondría un coste de 18 millones de euros" are no restatement of the claim
AMOUNT_WORDS = frozenset({"millones", "millón", "euros", "dólares", "libras", "millionen", "milliarden", "prozent"})

_KONJUNKTIV = patterns.compile(
    r"(?<!\w)(?<!ich\s)(?<!Ich\s)(?-i:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|wisse|liege"
    r"|stehe|komme|bleibe|gehe|brauche|fehle)(?!\w)(?!\s+(?:denn|es|Dank)(?!\w))(?<!auch\ssei)")
# Words one of which any German sentence of a few words holds: Italian "sei mesi" (six months) is no Konjunktiv
_GERMAN = (" der ", " die ", " das ", " den ", " dem ", " des ", " und ", " nicht ", "Die ", "Der ", "Das ")
# Whose view: "de acuerdo con el sindicato", "en opinión de", "a juicio de", an opening "Para el consejero, ...", "dan
# cifras";
# "nach Ansicht der Bahn", "aus Sicht der GDL", "nach Auffassung", "nach Einschätzung", "nach Darstellung"
_ACCORDING = patterns.compile(
    r"(?<!\w)(?:de\s+acuerdo\s+con|en\s+(?:opinión|palabras)\s+de|a\s+juicio\s+de|a\s+ojos\s+de"
    r"|(?:nach|aus)\s+(?:Ansicht|Sicht|Auffassung|Meinung|Einschätzung|Darstellung|Worten)"
    r"|(?:^|,\s*)[Pp]ara\s+(?:el|la|los|las)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+\s*,"
    # and Italian's, whose "sostiene" is Spanish's: "Per la Regione, ..."
    r"|(?:^|,\s*)[Pp]er\s+(?:il|la|lo|i|gli|le|l['’])\s*(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+\s*,"
    # the figures put down to their givers: "Sanidad y el sindicato dan cifras muy distintas", "nennen Zahlen"
    r"|(?:da|dan|dio|dieron|ofrece|ofrecen)\s+(?:(?:una|unas|la|las|sus)\s+)?cifras?"
    r"|(?:nennt|nennen|nannte|nannten)\s+(?:[^\W\d_]+\s+){0,2}?Zahlen?"
    # and a view's holder named by name after an opening "Para", with no article: "Para Altamira, la compensación es
    # simbólica", "Para Elena Baró, ..." (newuser_124: refused as Altamira's word told as fact, "Para el Gobierno de
    # Altamira, ..." built)
    r"|(?:^|,\s*)(?-i:Para\s+[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][^\W\d_]+){0,3})\s*,"
    # the plural of the verbs of judging es.yaml's `according_to` lists in the singular ("considera", "opina"): a
    # group judging, "Unos economistas consideran probable ...", whose name the speaker check would hold to the
    # passage's ("Economistas de la Universidad de Valdemar ... consideran": tests/test_newuser_114.py); not after
    # "se", whose impersonal names no one
    r"|(?<!se\s)(?:consideran|consideraron|opinan|opinaron|advierten|advirtieron|califican|calificaron))(?!\w)",
    re.IGNORECASE)
# What every match holds, looked for as text first: most sentences hold none
_VIEW_GATE = ("acuerdo", "opinión", "palabras", "juicio", "ojos", "icht", "uffassung", "einung", "inschätzung",
              "arstellung", "Worten", "Para ", "para ", "Per ", ", per ", "cifra", "Zahl", "consider", "opinan",
              "opinaron", "advirt", "adviert", "calific")


def says_whose_word_es_de(text: str) -> bool:
    """Say whether a Spanish or German sentence says it states someone's word by its grammar or a phrase: German
    Konjunktiv I ("Die Bahn habe den Vertrag gebrochen"), Spanish "de acuerdo con el sindicato"."""
    return bool((any(word in text for word in _VIEW_GATE) and _ACCORDING.search(text))
                or (any(word in text for word in _GERMAN) and _KONJUNKTIV.search(text))
                or german_reporting_verbs.says_whose_word_de(text))  # "warnte", "spricht von" (newuser_133)

