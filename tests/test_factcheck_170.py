"""An Italian briefing's false refusals and misses (tests/fixtures/newuser_111, read with its own locale):

1. Italian's reflexive "si" read as French and Spanish "si" (if): "La Regione ha annunciato che non ritirerà
   l'ordinanza" citing "La Regione ha annunciato che non ritirerà l'ordinanza e che si costituirà in giudizio" was
   refused as a dropped condition ('si costituirà in giudizio'); "si" is "if" only in French and Spanish text
   (explainer/conditions.py). And Italian "se" before an article, a noun and a verb opens a condition, where "se la
   prende" is a pronoun: "I sindacati sciopereranno il 4 maggio" citing "... il 4 maggio se la trattativa fallirà"
   built.
2. A figure's Italian period: "41.500 veicoli al mese" citing "41.500 veicoli al giorno", "2 milioni di euro
   all'anno" citing "al mese" built; "al giorno", "al mese", "all'anno", "l'anno", "alla settimana", "ogni giorno",
   "giornalieri", "mensili", "annui" are read, "rispetto al mese precedente" and "l'anno scorso" are not
   (explainer/rates.py).
3. Italian "con" and "senza": "Secondo la società, i lavori costano 38,6 milioni di euro, con un contributo pubblico"
   citing "... che la società sostiene interamente senza alcun contributo pubblico" built (explainer/with_without.py).
4. A ruling held up told as upheld or undone: "Il Tar ha confermato l'ordinanza" and "Il Tar ha revocato
   l'ordinanza" citing "ha sospeso l'ordinanza ... non annulla l'ordinanza" built (English "upheld the ban" of
   "suspended the ban" too); a passage's negated undoing ("non annulla") undoes nothing
   (explainer/suspended_as_reversed.py).
5. Italian opposites: "Il limite di peso è stato alzato a 32 tonnellate" citing "abbassato a 32 tonnellate" built;
   "pubblico" and "privato", "temporaneo" and "definitivo", ... are read (explainer/opposites_languages.py).

Each with honest twins that build.
"""

from __future__ import annotations

import pytest

from support import found_in_language, read_as_project_locale, sentence_findings
from test_newuser_111 import FIXTURE, PARTIES, PASSAGES, found


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of newuser_111 reads it, with the project's own locale."""
    read_as_project_locale(FIXTURE, "it")


def italian(sentence: str, passage: str) -> list[str]:
    """Return the findings of an Italian sentence citing one passage, read with newuser_111's locale."""
    return sentence_findings(sentence, (passage,), "it", PARTIES, published="2026-03-10")


CONDITION = "only on a condition"


# 1. "si" is "if" only in French and Spanish; Italian "se" before a clause
@pytest.mark.parametrize("key, sentence", [
    ("MIN", "La Regione ha annunciato che non ritirerà l'ordinanza."),
    ("MIN", "La Regione ha detto che non ritirerà l'ordinanza."),
    ("MIN", "La Regione non ritirerà l'ordinanza, ha annunciato."),
    ("MIN", "La Regione ha annunciato che si costituirà in giudizio."),
    ("MIN", "La Regione si costituirà in giudizio e non ritirerà l'ordinanza."),
])
def test_an_italian_reflexive_si_is_no_condition(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    ("I sindacati sciopereranno il 4 maggio.", "I sindacati sciopereranno il 4 maggio se la trattativa fallirà."),
    ("L'aumento entrerà in vigore il 1° aprile.",
     "Se non ci sarà un accordo, l'aumento entrerà in vigore il 1° aprile."),
    ("La Regione ricorrerà al Consiglio di Stato.", PASSAGES["DOPO"]),
])
def test_an_italian_condition_dropped_is_refused(sentence: str, passage: str):
    assert any(CONDITION in finding for finding in italian(sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    ("Lo sciopero si terrà il 4 maggio se la trattativa fallirà.",
     "I sindacati hanno detto che lo sciopero si terrà il 4 maggio se la trattativa fallirà."),
    ("La Regione potrebbe rivolgersi al Consiglio di Stato se la sospensione sarà confermata.", PASSAGES["DOPO"]),
    ("Se la sospensione sarà confermata, la Regione potrebbe rivolgersi al Consiglio di Stato.", PASSAGES["DOPO"]),
    ("Il sindaco se la prende con il governo.", "Il sindaco se la prende con il governo, che non ha stanziato i fondi."),
    ("Il ministro se lo aspettava da tempo.", "Il ministro se lo aspettava da tempo, ha detto un portavoce."),
    ("La società difende se stessa e i suoi tecnici.",
     "La società difende se stessa e i suoi tecnici, ha detto Ferrandi."),
])
def test_an_italian_condition_kept_or_a_pronoun_builds(sentence: str, passage: str):
    assert italian(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Le cessez-le-feu tiendra.", "Le cessez-le-feu tiendra si les deux camps retirent leurs troupes."),
    ("es", "Habrá segunda vuelta.", "Si ningún candidato supera ese umbral, habrá segunda vuelta."),
])
def test_french_and_spanish_si_is_still_a_condition(language: str, sentence: str, passage: str):
    assert any(CONDITION in finding for finding in found_in_language(language, sentence, passage))


# 2. Italian rates
RATE = "per another period"


@pytest.mark.parametrize("key, sentence", [
    ("VIA", "Prima della chiusura lo attraversavano in media 41.500 veicoli al mese."),
    ("VIA", "Prima della chiusura lo attraversavano in media 41.500 veicoli all'anno."),
    ("VIA", "Prima della chiusura lo attraversavano in media 41.500 veicoli alla settimana."),
    ("VIA", "Prima della chiusura lo attraversavano ogni mese 41.500 veicoli."),
    ("VIA", "Ogni settimana lo attraversavano in media 41.500 veicoli."),
    ("STIMA", "Secondo la Regione, le code avrebbero fatto perdere alle imprese locali circa 2 milioni di euro "
              "all'anno."),
    ("STIMA", "Secondo la Regione, le code avrebbero fatto perdere alle imprese circa 2 milioni di euro l'anno."),
    ("STIMA", "Secondo la Regione, le code avrebbero fatto perdere alle imprese circa 2 milioni di euro al giorno."),
])
def test_an_italian_rate_per_another_period_is_refused(key: str, sentence: str):
    assert any(RATE in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("VIA", "Prima della chiusura lo attraversavano in media 41.500 veicoli al giorno."),
    ("VIA", "Prima della chiusura lo attraversavano ogni giorno in media 41.500 veicoli."),
    ("VIA", "Ogni giorno lo attraversavano in media 41.500 veicoli, secondo la concessionaria."),
    ("VIA", "Prima della chiusura passavano sul viadotto 41.500 veicoli giornalieri."),
    ("VIA", "Prima della chiusura lo attraversavano tutti i giorni in media 41.500 veicoli."),
    ("VIA", "La Regione ha contato fino a 23.000 passaggi giornalieri sulla strada regionale 12."),
    ("STIMA", "Secondo la Regione, le code avrebbero fatto perdere alle imprese circa 2 milioni di euro ogni mese."),
    ("STIMA", "Secondo la Regione, le code avrebbero fatto perdere alle imprese circa 2 milioni di euro mensili."),
    ("STIMA", "Secondo la Regione, le imprese locali perderebbero ogni mese circa 2 milioni di euro."),
])
def test_an_italian_rate_kept_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Il traffico è calato del 7 per cento rispetto al mese precedente.", "Il traffico è calato del 7 per cento "
                                                                          "all'anno."),
    ("Le vendite sono cresciute del 5 per cento l'anno scorso.", "Le vendite crescono del 5 per cento al mese."),
    ("Il porto movimenta 3 milioni di container l'anno.", "Il porto movimenta 3 milioni di container all'anno."),
    ("Il porto movimenta ogni anno 3 milioni di container.", "Il porto movimenta 3 milioni di container all'anno."),
    ("Il porto movimenta 3 milioni di container annui.", "Il porto movimenta 3 milioni di container all'anno."),
    ("Lo sciopero costa 3 milioni di euro al giorno.", "Lo sciopero costa ogni giorno 3 milioni di euro."),
    ("Il canone è di 2.000 euro mensili.", "Il canone è di 2.000 euro al mese."),
    ("Il canone è di 24.000 euro all'anno.", "Il canone è di 2.000 euro al mese, 24.000 euro all'anno."),
])
def test_an_italian_period_compared_or_restated_builds(sentence: str, passage: str):
    assert italian(sentence, passage) == []


# 3. Italian "con" and "senza"
@pytest.mark.parametrize("key, sentence", [
    ("C_LAV", "Secondo la società, i lavori costano 38,6 milioni di euro, con un contributo pubblico."),
    ("C_LAV", "Secondo la società, i lavori costano 38,6 milioni di euro, che sostiene con un contributo pubblico."),
])
def test_an_italian_thing_lacked_told_as_had_is_refused(key: str, sentence: str):
    assert any("senza alcun contributo pubblico" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("sentence, passage, refused", [
    ("I negoziati si sono chiusi con un accordo.", "I negoziati si sono chiusi senza un accordo.", True),
    ("I negoziati si sono chiusi con un'intesa.", "I negoziati si sono chiusi senza accordo.", True),
    ("Le trattative sono finite senza un accordo.", "Le trattative sono finite con un accordo.", True),
    ("Le trattative sono finite senza dubbio con un accordo.", "Le trattative sono finite con un accordo.", False),
    ("La protesta si è svolta senza incidenti.", "La protesta si è svolta senza alcun incidente.", False),
    ("La protesta si è svolta con alcuni cori, ma senza incidenti.",
     "La protesta si è svolta in modo pacifico, con alcuni cori ma senza incidenti.", False),
    ("Il sindaco ha parlato con i giornalisti senza fretta.", "Il sindaco ha parlato con i giornalisti senza fretta.",
     False),
])
def test_italian_with_and_without(sentence: str, passage: str, refused: bool):
    assert bool(italian(sentence, passage)) is refused


@pytest.mark.parametrize("key, sentence", [
    ("C_LAV", "Secondo la società, i lavori costano 38,6 milioni di euro, senza alcun contributo pubblico."),
    ("C_LAV", "Secondo la società, i lavori costano 38,6 milioni di euro, senza contributi pubblici."),
    ("C_LAV", "La società sostiene con fondi propri il costo di 38,6 milioni di euro, senza alcun contributo pubblico."),
    ("C_LAV", "Secondo la società, il cantiere impiega 140 addetti su tre turni, con i lavori che procedono secondo "
              "il cronoprogramma."),
])
def test_an_italian_thing_kept_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Il Tar ha deciso con un decreto cautelare.", "Il Tar, senza udienza, ha deciso con un decreto cautelare."),
    ("Il cantiere lavora con 140 addetti senza sosta.", "Il cantiere lavora senza sosta, con 140 addetti su tre turni."),
    ("La riunione si è chiusa con un'intesa sull'esenzione.",
     "La riunione si è chiusa senza un accordo sui pedaggi, ma con un'intesa sull'esenzione."),
    ("Il sindaco ha incontrato i pendolari con il prefetto.",
     "Senza il presidente della Regione, il sindaco ha incontrato i pendolari con il prefetto."),
    ("La società ha chiuso il viadotto senza preavviso.",
     "La società ha chiuso il viadotto senza alcun preavviso agli utenti."),
    ("Il traffico pesante viaggia con deviazioni di 40 chilometri.",
     "Il traffico pesante, senza il viadotto, viaggia con deviazioni di 40 chilometri."),
])
def test_an_italian_with_beside_a_without_builds(sentence: str, passage: str):
    assert italian(sentence, passage) == []


# 4. A ruling held up, told as upheld or undone
HELD_UP = "only hold up"


@pytest.mark.parametrize("key, sentence", [
    ("TAR", "Il Tar ha confermato l'ordinanza con cui la Regione imponeva di riaprire una corsia."),
    ("TAR", "Il Tar conferma l'ordinanza della Regione."),
    ("TAR", "Il Tar ha revocato l'ordinanza della Regione."),
    ("TAR", "Il Tar ha annullato l'ordinanza della Regione."),
])
def test_a_suspended_ruling_told_as_upheld_or_undone_is_refused(key: str, sentence: str):
    assert any(HELD_UP in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("TAR", "Il Tar ha confermato la sospensione dell'ordinanza."),
    ("TAR", "Il Tar ha confermato che l'ordinanza è sospesa."),
    ("TAR", "Il Tar non ha confermato l'ordinanza della Regione: l'ha sospesa."),
    ("TAR", "Il Tar non ha annullato l'ordinanza della Regione, ma l'ha sospesa."),
    ("TAR", "L'ordinanza della Regione resta sospesa fino all'udienza del 2 aprile 2026."),
    ("DOPO", "Dopo l'udienza del 2 aprile il Tar potrebbe confermare la sospensione o revocarla."),
])
def test_a_suspended_ruling_kept_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("language, sentence, passage, refused", [
    ("it", "Il giudice ha confermato il divieto di transito.",
     "Il giudice ha sospeso il divieto di transito fino a maggio.", True),
    ("it", "Il sindacato ha confermato lo sciopero di lunedì.",
     "Lo sciopero dei treni, sospeso ieri, riprenderà lunedì, ha detto il sindacato.", False),
    ("it", "Il sindaco ha confermato che il servizio è fermo da lunedì.",
     "Il servizio è sospeso da lunedì, ha detto il sindaco.", False),
    ("it", "La Corte ha confermato la sentenza di primo grado.",
     "La Corte ha confermato la sentenza di primo grado e sospeso la pena.", False),
    ("en", "The court upheld the ban.", "The court suspended the ban until a hearing in May.", True),
    ("en", "The court upheld the suspension of the ban.", "The court suspended the ban until a hearing in May.", False),
])
def test_upheld_of_suspended(language: str, sentence: str, passage: str, refused: bool):
    findings = italian(sentence, passage) if language == "it" else found_in_language(language, sentence, passage)
    assert any(HELD_UP in finding for finding in findings) is refused, findings
    if not refused:
        assert findings == []


# 5. Italian opposites
@pytest.mark.parametrize("key, sentence, refused", [
    ("SIND", "Il limite di peso è stato alzato a 32 tonnellate.", True),
    ("SIND", "Il limite di peso è stato abbassato a 32 tonnellate.", False),
    ("SIND", "Su un ponte della strada regionale il limite di peso è sceso a 32 tonnellate.", False),
    ("SIND", "La Provincia ha abbassato a 32 tonnellate il limite di peso su un ponte.", False),
    ("SIND", "La Provincia ha ridotto il limite di peso a 32 tonnellate.", False),
    ("C_LAV", "Secondo la società, i lavori costano 38,6 milioni di euro, con un contributo privato.", True),
])
def test_italian_opposites(key: str, sentence: str, refused: bool):
    assert bool(found(key, sentence)) is refused


@pytest.mark.parametrize("sentence, passage", [
    ("Il tribunale ha respinto il ricorso della Regione.", "Il tribunale non ha accolto il ricorso della Regione."),
    ("La misura è temporanea.", "La misura è temporanea, ha detto il ministro, e durerà sei mesi."),
    ("La maggioranza ha approvato il bilancio.", "Il bilancio è stato approvato dalla maggioranza; la minoranza ha "
                                                 "votato contro."),
    ("Il concessionario non è privato ma pubblico.", "Il concessionario è un ente pubblico, non privato."),
])
def test_italian_opposites_kept_build(sentence: str, passage: str):
    assert italian(sentence, passage) == []
