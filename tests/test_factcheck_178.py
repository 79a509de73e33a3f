"""An Italian briefing's misses and a false refusal (tests/fixtures/newuser_111: a viaduct closed for works, a toll
rise, a regional ordinance suspended by the TAR), each sentence checked against one paragraph of the fixture's own
sources as tests/test_newuser_111.py checks them:

1. A plan told as planned was refused as a party's claim told as fact: "La società prevede di riaprire il viadotto al
   traffico leggero il 30 giugno 2026" citing the release's "... 38,6 milioni di euro, che la società sostiene
   interamente ... La riapertura al traffico leggero dovrebbe avvenire il 30 giugno 2026": Spanish's contested
   "sostiene" (claims) read in Italian's cost borne (party_claims.py). "sostiene interamente", "sostiene i costi", "el
   coste" are no claim; "sostiene que" and "sostiene che" stay claims.
2. A figure of all vehicles told as heavy vehicles': "lo attraversavano in media 41.500 mezzi pesanti al giorno" citing
   "41.500 veicoli al giorno, di cui circa 6.800 mezzi pesanti" (vehicle_classes.py).
3. A cost given to another payer: "I lavori costano 38,6 milioni di euro, a carico della Regione" (or "dello Stato")
   citing "interamente a carico della società"; French "à la charge de", Spanish "a cargo de" (cost_payers.py).
4. A planned event told as done: "La riapertura completa è avvenuta il 30 giugno 2026" citing "è prevista per il 30
   giugno 2026"; "Il Tar ha già deciso nel merito" citing "La decisione nel merito arriverà soltanto dopo quella
   data"; "L'udienza collegiale si è tenuta" citing "fissata per il 2 aprile"; Spanish "tuvo lugar" of "está
   prevista" (planned_told_done.py).
5. A deed given to another party: "La Regione ha sospeso l'ordinanza" citing "Il Tribunale amministrativo regionale
   ... ha sospeso l'ordinanza"; "La chiusura è stata decisa dalla Regione" citing "dalla concessionaria"; "La Regione
   ha proposto di esentare" citing "La società ... ha proposto di esentare"; "Secondo la società, l'aumento è stato
   autorizzato dalla Regione" citing "dal ministero" (italian_doers.py).
6. An Italian multiple verb changed: "I tempi di percorrenza verso Lucca sono triplicati" citing "sono raddoppiati, da
   25 a 50 minuti" (multiple_verbs.py).

Each with honest Italian paraphrases that must build.
"""

from __future__ import annotations

import pytest

from support import findings_in_language
from test_newuser_111 import found, said  # noqa: F401  (its autouse fixture reads Italian as the fixture's locale)
from test_newuser_111 import italian_locale  # noqa: F401


# 1. A plan kept as planned, of the release's paragraph whose "sostiene" is a cost borne
@pytest.mark.parametrize("sentence", [
    "La società prevede di riaprire il viadotto al traffico leggero il 30 giugno 2026.",
    "La società prevede di riaprire il viadotto a giugno.",
    "La società intende riaprire il viadotto al traffico leggero il 30 giugno 2026.",
    "La società conta di riaprire il viadotto al traffico leggero a fine giugno.",
    "La società punta a riaprire il viadotto al traffico leggero il 30 giugno 2026.",
    "La società progetta di riaprire il viadotto al traffico leggero entro giugno.",
    "La società ha in programma di riaprire il viadotto al traffico leggero il 30 giugno 2026.",
    "Il viadotto dovrebbe tornare aperto al traffico leggero il 30 giugno 2026, prevede la società.",
    "La società sostiene da sola il costo di 38,6 milioni di euro dei lavori.",
])
def test_a_plan_told_as_planned_builds(sentence: str):
    assert found("C_LAV", sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "El Gobierno incumplió el acuerdo.", "El sindicato sostiene que el Gobierno incumplió el acuerdo."),
    ("es", "El Gobierno incumplió el acuerdo firmado en marzo.",
     "El sindicato sostiene el coste de la huelga y sostiene que el Gobierno incumplió el acuerdo firmado en marzo."),
])
def test_a_claim_with_sostiene_is_still_refused(language: str, sentence: str, passage: str):
    assert any("someone's word" in finding for finding in findings_in_language(language, sentence, passage))


# 2. A figure of all vehicles told as heavy vehicles'
@pytest.mark.parametrize("sentence", [
    "Prima della chiusura lo attraversavano in media 41.500 mezzi pesanti al giorno.",
    "Prima della chiusura lo attraversavano in media 41.500 camion al giorno.",
])
def test_a_figure_of_all_vehicles_told_as_heavy_is_refused(sentence: str):
    assert any("to heavy vehicles" in finding for finding in found("VIA", sentence))


@pytest.mark.parametrize("sentence", [
    "Prima della chiusura lo attraversavano in media 41.500 veicoli al giorno, di cui circa 6.800 mezzi pesanti.",
    "Prima della chiusura lo attraversavano ogni giorno circa 6.800 camion.",
    "Prima della chiusura passavano sul viadotto 41.500 veicoli al giorno, tra cui circa 6.800 tir.",
    "Dei 41.500 veicoli che lo attraversavano ogni giorno, circa 6.800 erano mezzi pesanti.",
    "Circa 6.800 dei 41.500 veicoli giornalieri erano mezzi pesanti.",
])
def test_a_figure_kept_with_its_vehicles_builds(sentence: str):
    assert found("VIA", sentence) == []


# 3. A cost given to another payer
@pytest.mark.parametrize("sentence", [
    "I lavori costano 38,6 milioni di euro, a carico della Regione.",
    "I lavori costano 38,6 milioni di euro, a carico dello Stato.",
    "I lavori costano 38,6 milioni di euro, a carico dei contribuenti.",
])
def test_a_cost_given_to_another_payer_is_refused(sentence: str):
    assert any("puts the cost on" in finding for finding in found("LAV", sentence))


@pytest.mark.parametrize("sentence", [
    "I lavori costano 38,6 milioni di euro, a carico della concessionaria.",
    "I lavori costano 38,6 milioni di euro, interamente a carico della società.",
    "I lavori, da 38,6 milioni di euro, sono a carico di Autostrade del Tirreno Centrale.",
    "I lavori costano 38,6 milioni di euro, tutti a carico della società concessionaria.",
    "La spesa di 38,6 milioni di euro per i lavori è a carico dell'azienda.",
    "I 38,6 milioni di euro dei lavori restano a carico della società e non dello Stato.",
    "I lavori costano 38,6 milioni di euro e non sono a carico della Regione.",
    "I lavori costano 38,6 milioni di euro e la società li paga per intero.",
])
def test_a_cost_kept_with_its_payer_builds(sentence: str):
    assert found("LAV", sentence) == []


@pytest.mark.parametrize("language, sentence, refused", [
    ("fr", "Les travaux coûtent 38,6 millions d'euros, à la charge de l'État.", True),
    ("fr", "Les travaux coûtent 38,6 millions d'euros, à la charge de la société.", False),
    ("es", "Las obras cuestan 38,6 millones de euros, a cargo del Estado.", True),
    ("es", "Las obras, de 38,6 millones de euros, no corren a cargo del Estado sino de la empresa.", False),
])
def test_a_payer_in_french_and_spanish(language: str, sentence: str, refused: bool):
    passage = {"fr": "Les travaux coûtent 38,6 millions d'euros, entièrement à la charge de la société.",
               "es": "Las obras cuestan 38,6 millones de euros, íntegramente a cargo de la empresa."}[language]
    findings = findings_in_language(language, sentence, passage)
    assert any("puts the cost on" in finding for finding in findings) is refused, findings


# 4. A planned event told as done
@pytest.mark.parametrize("key, sentence", [
    ("LAV", "La riapertura completa è avvenuta il 30 giugno 2026."),
    ("LAV", "La riapertura completa ha avuto luogo il 30 giugno 2026."),
    ("LAV", "La società ha già riaperto il viadotto."),
    ("TAR", "Il Tar ha già deciso nel merito."),
    ("TAR", "L'udienza collegiale si è tenuta il 2 aprile 2026."),
])
def test_a_planned_event_told_as_done_is_refused(key: str, sentence: str):
    assert any("tells as done" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("LAV", "La riapertura completa è prevista per il 30 giugno 2026."),
    ("LAV", "La riapertura completa dovrebbe avvenire il 30 giugno 2026."),
    ("LAV", "La società prevede la riapertura completa per il 30 giugno 2026."),
    ("LAV", "La riapertura completa del viadotto è in programma il 30 giugno 2026."),
    ("LAV", "La data fissata per la riapertura completa è il 30 giugno 2026."),
    ("LAV", "La società ha già avviato i lavori, e la riapertura completa è in programma il 30 giugno 2026."),
    ("TAR", "L'udienza collegiale si terrà il 2 aprile 2026."),
    ("TAR", "Il Tar deciderà nel merito solo dopo l'udienza del 2 aprile 2026."),
    ("TAR", "Il Tar ha già sospeso l'ordinanza, ma la decisione nel merito arriverà dopo il 2 aprile 2026."),
    ("TAR", "La decisione nel merito è attesa dopo il 2 aprile 2026."),
])
def test_a_planned_event_kept_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, refused", [
    ("La reapertura completa tuvo lugar el 30 de junio de 2026.", True),
    ("La reapertura completa está prevista para el 30 de junio de 2026.", False),
    ("La reapertura completa se producirá el 30 de junio de 2026, según lo previsto.", False),
])
def test_a_planned_event_in_spanish(sentence: str, refused: bool):
    findings = findings_in_language("es", sentence, "La reapertura completa está prevista para el 30 de junio de 2026.")
    assert any("tells as done" in finding for finding in findings) is refused, findings


# 5. A deed given to another party
@pytest.mark.parametrize("key, sentence", [
    ("TAR", "La Regione ha sospeso l'ordinanza del Tar."),
    ("TAR", "L'ordinanza è stata sospesa dalla Regione."),
    ("LAV", "La chiusura è stata decisa dalla Regione dopo un'ispezione."),
    ("LAV", "La Regione ha deciso la chiusura dopo un'ispezione."),
    ("PED", "La Regione ha proposto di esentare dal pedaggio i residenti di sei comuni."),
    ("C_PED", "Secondo la società, l'aumento è stato autorizzato dalla Regione."),
    ("C_PED", "Secondo la società, la Regione ha autorizzato l'aumento."),
])
def test_a_deed_given_to_another_party_is_refused(key: str, sentence: str):
    assert any("but its cited passages give it to" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("TAR", "L'ordinanza della Regione è stata sospesa dal Tar."),
    ("TAR", "I giudici hanno sospeso l'ordinanza della Regione fino al 2 aprile 2026."),
    ("TAR", "Il Tar, su richiesta della società, ha sospeso l'ordinanza della Regione."),
    ("TAR", "La Regione aveva imposto di riaprire una corsia, ma il Tar ha sospeso l'ordinanza."),
    ("LAV", "La chiusura è stata decisa dalla società dopo un'ispezione."),
    ("LAV", "La concessionaria, dopo un'ispezione, ha deciso di chiudere il viadotto."),
    ("PED", "La concessionaria ha proposto di esentare dal pedaggio i residenti di sei comuni."),
    ("PED", "La società ha respinto la richiesta della Regione e ha proposto di esentare i residenti di sei comuni."),
    ("PED", "La Regione ha chiesto di sospendere l'aumento, ma la società ha proposto solo di esentare i residenti."),
    ("PED", "L'assessore Chiara Bellandi ha chiesto di sospendere l'aumento fino alla riapertura."),
    ("MIN", "Le parti sono state convocate dal ministero a Roma per giovedì 12 marzo."),
    ("C_PED", "Secondo la società, il ministero ha autorizzato l'aumento del 4,8 per cento."),
])
def test_a_deed_kept_with_its_doer_builds(key: str, sentence: str):
    assert found(key, sentence) == []


def test_a_deed_given_to_another_is_named_once():
    """"La Regione ha convocato" of "Il ministero ha convocato" is swapped.py's: named once, not again here."""
    findings = found("MIN", "La Regione ha convocato le parti per un incontro a Roma giovedì 12 marzo.")
    assert len(findings) == 1, findings


# 6. An Italian multiple verb changed
@pytest.mark.parametrize("sentence", [
    "I tempi di percorrenza verso Lucca sono triplicati.",
    "I tempi di percorrenza verso Lucca sono quadruplicati.",
    "I tempi di percorrenza verso Lucca si sono dimezzati.",
])
def test_a_multiple_verb_changed_is_refused(sentence: str):
    assert any("but its cited passages say 'raddoppiati'" in finding for finding in found("SIND", sentence))


@pytest.mark.parametrize("sentence", [
    "I tempi di percorrenza verso Lucca sono raddoppiati.",
    "Secondo la sindaca Anna Lenzi, i tempi di percorrenza verso Lucca sono raddoppiati nelle ore di punta.",
    "Anna Lenzi ha detto che nelle ore di punta i tempi per arrivare a Lucca sono raddoppiati.",
    "I tempi di percorrenza verso Lucca raddoppiano nelle ore di punta, secondo la sindaca.",
    "Nelle ore di punta i tempi di percorrenza verso Lucca sono passati da 25 a 50 minuti.",
    "La sindaca dice che i tempi verso Lucca sono quasi raddoppiati.",
])
def test_a_multiple_verb_kept_builds(sentence: str):
    assert found("SIND", sentence) == []
