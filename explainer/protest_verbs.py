"""Verbs of protesting "against" something: they negate it, as "voted against" does (polarity.py).

"Der Bauernverband lehnt die Streichung der Agrardiesel-Subventionen ab." citing "Der Bauernverband protestiert gegen
die Streichung der Subventionen für Agrardiesel" was refused as adding a negation, and so was Spanish "Los
agricultores rechazan la retirada de las ayudas" citing "protestan contra la retirada": a protest against a cut
rejects it, while polarity.py read "protestiert gegen" as saying nothing against it. A German, Spanish or French verb
of protesting, demonstrating or opposing ("protestiert", "demonstrieren", "wehrt sich", "wendet sich", "protestan",
"se manifiestan", "protestent", "manifestent") with "gegen", "contra" or "contre" one or two words after it now
negates what follows, as "stimmte gegen" and "votó en contra" do (tests/test_newuser_71.py). English "protested the
cut", which writes no "against", is not read so; a sentence dropping the protest ("Der Bauernverband fordert die
Streichung") is not refused yet.
"""

from __future__ import annotations

PROTESTING = frozenset({
    "protestiert", "protestieren", "protestierte", "protestierten", "demonstriert", "demonstrieren", "demonstrierte",
    "demonstrierten", "wehrt", "wehren", "wehrte", "wehrten", "wendet", "wenden", "wandte", "wandten", "kämpft",
    "kämpfen", "kämpfte", "kämpften", "mobilisiert", "mobilisieren",
    "protesta", "protestan", "protestó", "protestaron", "protestaba", "protestaban", "manifiesta", "manifiestan",
    "manifestó", "manifestaron", "movilizan", "moviliza", "movilizaron", "lucha", "luchan",
    "proteste", "protestent", "protesté", "protestaient", "protestait", "manifeste", "manifestent", "manifesté",
    "manifestaient", "mobilisent", "mobilise", "mobilisé"})
