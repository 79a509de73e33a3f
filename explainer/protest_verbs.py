"""Verbs of protesting "against" something: they negate it, as "voted against" does (polarity.py).

"Der Bauernverband lehnt die Streichung der Agrardiesel-Subventionen ab." citing "Der Bauernverband protestiert gegen
die Streichung der Subventionen für Agrardiesel" was refused as adding a negation, and so was Spanish "Los
agricultores rechazan la retirada de las ayudas" citing "protestan contra la retirada": a protest against a cut
rejects it, while polarity.py read "protestiert gegen" as saying nothing against it. A German, Spanish or French verb
of protesting, demonstrating or opposing ("protestiert", "demonstrieren", "wehrt sich", "wendet sich", "protestan",
"se manifiestan", "protestent", "manifestent") with "gegen", "contra" or "contre" one or two words after it now
negates what follows, as "stimmte gegen" and "votó en contra" do (tests/test_newuser_71.py), and so does English
"protested against". What it negates is its object after "gegen" ("die Streichung"), so a sentence dropping the
protest ("Der Bauernverband fordert die Streichung", "piden la retirada") is refused, while one criticising or
condemning the same thing ("kritisiert die Streichung", "critican la retirada", "criticised the removal"), or
against it, builds (tests/test_factcheck_104.py). English "protested the cut", which writes no "against", is not read
so.
"""

from __future__ import annotations

PROTESTING = frozenset({
    "protestiert", "protestieren", "protestierte", "protestierten", "demonstriert", "demonstrieren", "demonstrierte",
    "demonstrierten", "wehrt", "wehren", "wehrte", "wehrten", "wendet", "wenden", "wandte", "wandten", "kämpft",
    "kämpfen", "kämpfte", "kämpften", "mobilisiert", "mobilisieren",
    "protesta", "protestan", "protestó", "protestaron", "protestaba", "protestaban", "manifiesta", "manifiestan",
    "manifestó", "manifestaron", "movilizan", "moviliza", "movilizaron", "lucha", "luchan",
    "proteste", "protestent", "protesté", "protestaient", "protestait", "manifeste", "manifestent", "manifesté",
    "manifestaient", "mobilisent", "mobilise", "mobilisé",
    "protest", "protests", "protested", "protesting", "demonstrate", "demonstrates", "demonstrated", "demonstrating",
    "campaign", "campaigns", "campaigned", "campaigning", "rallied", "rally", "rallies"})

# Verbs that criticise or condemn what follows, by their first letters: they oppose it as a protest does, without
# negating it ("criticised the plan" of "rejected the plan", "kritisiert die Streichung" of "protestiert gegen die
# Streichung", "critican la retirada" of "rechazan la retirada").
_CRITICISING = ("protest", "kritisier", "verurteil", "bemängel", "criticis", "criticiz", "condemn", "critica",
                "criticó", "condena", "condenó", "denuncia", "denunció", "critiqu", "dénonc", "condamn")
# Words that oppose what follows in a clause of their own: "has spent $2.4 million against the measure"
_AGAINST = frozenset({"against", "gegen", "contra", "contre"})
# The verbs of opposing by meaning that polarity.py counts as negations, besides PROTESTING's
_OPPOSING = frozenset({"rejected", "rejects", "reject", "opposed", "opposes", "lehnt", "lehnte", "lehnten", "lehnen",
                       "abgelehnt", "rechaza", "rechazan", "rechazó", "rechazaron", "rechazado", "rejette",
                       "rejettent", "rejeté", "rejetée", "stimmte", "stimmten", "votó", "votaron", "voted"}
                      ) | PROTESTING
# A plain negation: a clause holding one denies what follows, which no verb of criticising restates
_PLAIN_NEGATIONS = frozenset({"not", "no", "never", "nicht", "kein", "keine", "keinen", "nie", "ne", "pas", "jamais",
                              "nunca", "nadie"})


def criticism_of_opposed(clause: str, other: str, negative: bool) -> bool:
    """Say whether a positive clause criticising something or against it (`clause`, or `other` where `negative`)
    restates a negative one opposing it by a verb's meaning ("rejected", "protestiert gegen"), which holds no plain
    negation."""
    positive, opposing = (other, clause) if negative else (clause, other)
    words = positive.casefold().split()
    if not any(word.startswith(_CRITICISING) or word in _AGAINST for word in words):
        return False
    theirs = set(opposing.casefold().replace("n't", " not").split())
    return bool(theirs & _OPPOSING) and not theirs & _PLAIN_NEGATIONS
