"""A new user's Italian briefing with a locale of its own (tests/fixtures/newuser_111: the viadotto Serchio on the A17,
closed by its concessionaire, Autostrade del Tirreno Centrale, on 9 February 2026 for safety works costing 38,6 million
euro; the Regione Toscana's ordinance ordering a lane reopened, suspended, not annulled, by the TAR's decree of 9
March until a hearing on 2 April; a toll rise of 4,8 per cent; talks at the ministry on 12 March), written from the
README alone with `locales/it.yaml` copied from en.yaml and translated before `new`, from two sources of their own: a
news agency's report (10 March 2026) and the concessionaire's press release (9 March 2026, a `statement_of` source).
Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a log with a correction.

Where the README or an error left the editor stuck:

1. A party's `role` the sources do not give ("mediatore") was refused "(give the role the sources give it (`side`),
   ...)", which read as "write `side`": it now says to give the role in the words a cited source uses, or `role:
   side` for a side of the dispute (plan.py).
2. A figure in the concessionaire's column citing its own release, "Secondo le rilevazioni della società, il traffico
   ... è diminuito del 7 per cento ..., non del 30 per cento come sostenuto dalla Regione", was refused as naming only
   the Region, though "la società" is among its aliases: a passage of a party's own statement holding the noun of one
   of its aliases ("società") names it (statement_columns.py, read by comparisons.py).

Read as a fact-checker, 96 misstatements and 33 honest paraphrases were tried against one paragraph each (`found`
below): 34 misstatements built before this work, 28 after it, 23 after
tests/test_factcheck_170.py, 13 after tests/test_factcheck_178.py (a vehicle class's figure, a payer, a plan told
done, a deed given to another party, a multiple verb). Fixed:

3. A quotation cut past its opening "Non" though a later clause of it keeps a "non": 'Paolo Ferrandi ha detto:
   "Riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro"' citing '"Non riapriremo una corsia finché
   gli ingegneri non ci diranno che è sicuro"' (quotation_cuts.py, cut_negations.py: only a negation before the
   quotation keeps the one cut off its start).
4. An Italian proposal, offer or request told as done: "La società ha esentato dal pedaggio i residenti" citing "ha
   proposto di esentare dal pedaggio i residenti"; "ha sospeso l'aumento" citing "ha chiesto di sospendere l'aumento"
   (italian_verbs.py, read by possible_done.py).
5. A press release's own "dovrebbe" told as certain under its author's name: "Secondo la società, la riapertura al
   traffico leggero avverrà il 30 giugno 2026" citing the release's "dovrebbe avvenire il 30 giugno 2026" (forecasts.py:
   a `statement_of` passage gives its expectations as its author's word).
6. A negation dropped past an Italian conditional auxiliary: "Secondo i giudici, la Regione ha competenza" citing
   "Secondo i giudici, la Regione non avrebbe competenza" (polarity.py: "avrebbe", "sarebbe", ... are no predicate).
7. Light vehicles told as heavy ones, or heavy as light: "chiuso per 11 giorni ai veicoli leggeri" citing "chiuso per
   11 giorni ai mezzi pesanti" (vehicle_classes.py, Italian and English).

Found here, fixed by tests/test_factcheck_170.py: "La Regione ha annunciato che non ritirerà l'ordinanza" citing "... e
che si costituirà in giudizio" was refused as a condition dropped, Italian's reflexive "si" read as French and Spanish
"si" (if) (conditions.py). LEFTOVER, the misstatements that still build:

  1. La decisione nel merito arriverà prima del 2 aprile. (TAR)
  2. Il Consiglio di Stato ha sospeso l'ordinanza della Regione. (TAR)
  3. Il decreto è stato firmato dal presidente della seconda sezione. (TAR)
  4. Secondo la Regione, prima della chiusura lo attraversavano in media 41.500 veicoli al giorno. (VIA)
  5. Le tariffe sulla tratta sono salite dell'1,9 per cento. (PED)
  6. La società ha accettato la richiesta di sospendere l'aumento. (PED)
  7. Paolo Ferrandi ha chiesto di sospendere l'aumento fino alla riapertura del viadotto. (PED)
  8. Il ministero ha convocato le parti per un incontro a Firenze giovedì 12 marzo. (MIN)
  9. La Regione si rivolgerà al Consiglio di Stato. (DOPO)
  10. Secondo la società, l'aumento del 4,8 per cento è una decisione unilaterale della concessionaria. (C_PED)
  11. Secondo la società, l'esenzione riguarda circa 18.000 veicoli registrati. (C_ESE)
  12. Secondo la società, il traffico sulla tratta è diminuito del 30 per cento. (C_CALO)
  13. Secondo la società, i controlli sui viadotti della A17 sono stati rinviati al 2028. (C_INV)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import (checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_111"
BRIEFING = Path("content") / "viadotto-serchio"
PARTIES = (
    Party(id="regione", name="Regione Toscana", short_name="Regione", role="ente", aliases=("la Regione",)),
    Party(id="concessionaria", name="Autostrade del Tirreno Centrale", short_name="concessionaria",
          role="concessionaria", aliases=("la concessionaria", "la società")),
    Party(id="tar", name="Tribunale amministrativo regionale della Toscana", short_name="Tar",
          aliases=("il Tar", "i giudici")),
    Party(id="ministero", name="Ministero delle Infrastrutture", short_name="ministero", aliases=("il ministero",)),
)
AGENCY = (FIXTURE / "seeds" / "agenzia.txt").read_text(encoding="utf-8")
RELEASE = (FIXTURE / "seeds" / "comunicato.txt").read_text(encoding="utf-8")
STATEMENT_OF = "Autostrade del Tirreno Centrale"



# the agency's paragraphs, and the release's (C_), by words each holds
PASSAGES = {
    "TAR": paragraph(AGENCY, "ha sospeso l'ordinanza"),
    "VIA": paragraph(AGENCY, "1.240 metri"),
    "LAV": paragraph(AGENCY, "38,6 milioni"),
    "PED": paragraph(AGENCY, "4,8 per cento"),
    "STIMA": paragraph(AGENCY, "2 milioni di euro"),
    "ORD": paragraph(AGENCY, "firmata il 20 febbraio"),
    "MIN": paragraph(AGENCY, "convocato le parti"),
    "2019": paragraph(AGENCY, "Nel 2019"),
    "SIND": paragraph(AGENCY, "Borgo a Mozzano, Anna"),
    "DOPO": paragraph(AGENCY, "Dopo l'udienza"),
    "C_ISP": paragraph(RELEASE, "ispezione straordinaria"),
    "C_LAV": paragraph(RELEASE, "140 addetti"),
    "C_PED": paragraph(RELEASE, "piano economico"),
    "C_ESE": paragraph(RELEASE, "18.000 veicoli"),
    "C_CALO": paragraph(RELEASE, "7 per cento"),
    "C_FER": paragraph(RELEASE, "unica scelta responsabile"),
    "C_INV": paragraph(RELEASE, "212 milioni"),
}


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of the fixture reads it, with the project's own locale (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "it")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of an Italian sentence citing one paragraph of a source (the release is the company's)."""
    release = key.startswith("C_")
    return sentence_findings(sentence, (PASSAGES[key],), "it", PARTIES, statement_of=STATEMENT_OF if release else "",
                             published="2026-03-09" if release else "2026-03-10")


def test_the_briefing_builds_in_italian_with_its_own_locale(tmp_path: Path):
    """The briefing builds with the project's locale: Italian labels, notes leading to both sources, the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "viadotto-serchio" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Cosa sappiamo", "Cronologia", "Contesto", "Confronti", "Cosa dice ciascuna parte",
                  "Con le loro parole", "Avvertenze e metodo", "Aggiornamenti e rettifiche", "Cosa era sbagliato:",
                  'href="../sources/agenzia.html#passage-', 'href="../sources/comunicato.html#passage-', "38,6",
                  'lang="it"'):
        assert words in page, words


def test_a_figure_of_the_company_s_own_release_stands_in_its_column(tmp_path: Path):
    """"della società" in the company's release names the company: its 7 per cent builds in its column, and a
    passage of the agency naming the Region alone is still refused there."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "comparisons.yaml", "concessionaria: {value: 3.1, bound: about, cite: [c-esenzione]}",
         "concessionaria: {value: 2, bound: about, cite: [c-perdite]}")
    result = run_build(desk, "check")
    assert result.code == 1 and "comparisons.yaml:17: figure 2" in result.err and "name Regione Toscana, never " \
        "Autostrade del Tirreno Centrale" in result.err, result.err


def test_a_role_the_sources_do_not_give_says_what_to_write(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "role: ministero che ha convocato le parti", "role: mediatore")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:28: `role`: calls Ministero delle Infrastrutture 'mediatore'" in \
        result.err and "`role: side` for a side of the dispute" in result.err, result.err


MISSTATEMENTS = [
    ('TAR', "Il Tar della Toscana ha annullato l'ordinanza della Regione sul viadotto Serchio."),
    ('TAR', "Il Tar ha respinto l'ordinanza della Regione."),
    ('TAR', "Il Tar ha sospeso l'ordinanza con cui la Regione imponeva di riaprire entro il 25 marzo una corsia."),
    ('TAR', 'Il viadotto Serchio è chiuso dal 19 febbraio per lavori di messa in sicurezza.'),
    ('TAR', 'Il viadotto Serchio è chiuso dal 9 gennaio per lavori di messa in sicurezza.'),
    ('TAR', 'Il decreto cautelare è stato firmato martedì 9 marzo.'),
    ('TAR', 'Il decreto cautelare è stato firmato lunedì 10 marzo.'),
    ('TAR', "Il decreto annulla l'ordinanza."),
    ('TAR', "L'udienza collegiale è fissata per il 12 aprile 2026."),
    ('TAR', "L'ordinanza imponeva di riaprire due corsie del viadotto."),
    ('VIA', 'Il viadotto, lungo 1.420 metri, collega i caselli di Lucca Est e Ponte a Moriano.'),
    ('VIA', 'Prima della chiusura lo attraversavano in media 45.100 veicoli al giorno.'),
    ('VIA', 'Sulla strada regionale 12 la Regione ha contato fino a 32.000 passaggi al giorno.'),
    ('VIA', 'Sulla strada regionale 12 la concessionaria ha contato fino a 23.000 passaggi al giorno.'),
    ('VIA', 'Sulla strada regionale 12 la Regione ha contato almeno 23.000 passaggi al giorno.'),
    ('VIA', 'Il traffico è deviato sulla strada regionale 21.'),
    ('VIA', 'Prima della chiusura lo attraversavano in media 6.800 veicoli al giorno, di cui circa 41.500 mezzi pesanti.'),
    ('VIA', 'Sulla strada regionale 12 il traffico è diminuito da 23.000 a 9.000 passaggi al giorno.'),
    ('LAV', 'I lavori costano 38,6 miliardi di euro.'),
    ('LAV', 'I lavori costano 36,8 milioni di euro.'),
    ('LAV', 'La riapertura completa è prevista per il 30 luglio 2026.'),
    ('LAV', "Un'ispezione ha rilevato la corrosione dei cavi di tre campate."),
    ('LAV', 'Paolo Ferrandi ha detto: "Riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro".'),
    ('LAV', 'Chiara Bellandi ha detto: "Non riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro".'),
    ('PED', 'Dal 1° gennaio 2026 le tariffe sulla tratta sono scese del 4,8 per cento.'),
    ('PED', 'Dal 1° gennaio 2026 le tariffe sulla tratta sono salite del 8,4 per cento.'),
    ('PED', 'Dal 1° febbraio 2026 le tariffe sulla tratta sono salite del 4,8 per cento.'),
    ('PED', 'Le tariffe sulla tratta sono salite del 4,8 per cento, contro il 2,9 per cento della media nazionale.'),
    ('PED', 'La società ha esentato dal pedaggio i residenti di sei comuni della Valle del Serchio.'),
    ('PED', 'La società ha proposto di esentare dal pedaggio i residenti di sette comuni della Valle del Serchio.'),
    ('PED', 'Chiara Bellandi ha detto: "Gli automobilisti pagano di meno per una strada che non c\'è".'),
    ('STIMA', 'Le code sulla deviazione hanno fatto perdere alle imprese locali circa 2 milioni di euro al mese.'),
    ('STIMA', 'Secondo la Regione, le code avrebbero fatto perdere alle imprese locali circa 20 milioni di euro al mese.'),
    ('STIMA', 'La stima è stata verificata in modo indipendente.'),
    ('STIMA', 'Secondo la concessionaria, le code avrebbero fatto perdere alle imprese locali circa 2 milioni di euro al mese.'),
    ('ORD', "L'ordinanza regionale è stata firmata il 2 febbraio dal presidente della Regione."),
    ('ORD', "L'ordinanza chiedeva di ridurre del 30 per cento il pedaggio tra Lucca Est e Pisa Nord."),
    ('ORD', "L'ordinanza chiedeva di riaprire almeno una corsia ai mezzi pesanti."),
    ('ORD', 'Secondo i giudici, la Regione ha competenza sulla sicurezza delle opere autostradali.'),
    ('ORD', 'I giudici hanno stabilito che la Regione non ha competenza sulla sicurezza delle opere autostradali.'),
    ('ORD', 'La sicurezza delle opere autostradali spetta alla Regione.'),
    ('MIN', 'Il ministero ha convocato le parti per un incontro a Roma venerdì 12 marzo.'),
    ('MIN', "Un accordo sull'esenzione dei residenti è stato firmato."),
    ('MIN', "Un accordo sull'esenzione dei residenti sarà firmato all'incontro."),
    ('MIN', "Un'intesa sui pedaggi è vicina."),
    ('MIN', "La Regione ha annunciato che ritirerà l'ordinanza."),
    ('MIN', "La Regione ha ritirato l'ordinanza."),
    ('2019', 'Nel 2019 il viadotto era stato chiuso per 11 giorni ai veicoli leggeri.'),
    ('2019', 'Nel 2019 il viadotto era stato chiuso per 11 mesi ai mezzi pesanti.'),
    ('2019', 'Il comitato dei pendolari ha raccolto 41.200 firme.'),
    ('2019', 'Nel 2009 il viadotto era stato chiuso per 11 giorni ai mezzi pesanti.'),
    ('SIND', 'I tempi di percorrenza verso Lucca sono raddoppiati, da 25 a 55 minuti nelle ore di punta.'),
    ('DOPO', "Dopo l'udienza del 2 aprile il Tar confermerà la sospensione."),
    ('DOPO', 'La Regione ha escluso di rivolgersi al Consiglio di Stato.'),
    ('C_ISP', "Secondo la concessionaria, l'ispezione del 6 febbraio ha rilevato la corrosione dei cavi in tre delle nove campate."),
    ('C_ISP', "Secondo la concessionaria, l'ispezione del 16 febbraio ha rilevato la corrosione dei cavi."),
    ('C_ISP', "L'ispezione ha rilevato una corrosione avanzata dei cavi in due delle nove campate."),
    ('C_LAV', 'Secondo la concessionaria, il cantiere impiega 410 addetti su tre turni.'),
    ('C_LAV', 'Secondo la società, la riapertura al traffico leggero avverrà il 30 giugno 2026.'),
    ('C_LAV', 'Secondo la società, la riapertura ai mezzi pesanti è prevista entro il 31 agosto 2026.'),
    ('C_PED', "Secondo la società, l'aumento è legato alla chiusura del viadotto."),
    ('C_PED', 'Secondo la società, il piano economico finanziario è stato approvato nel 2022.'),
    ('C_ESE', "La società ha concesso un'esenzione totale dal pedaggio ai residenti di sei comuni."),
    ('C_ESE', "Secondo la società, l'esenzione costerebbe circa 13 milioni di euro."),
    ('C_CALO', 'Secondo la società, il traffico sulla tratta è aumentato del 7 per cento.'),
    ('C_CALO', 'Il traffico sulla tratta tra Lucca Est e Pisa Nord è diminuito del 7 per cento.'),
    ('C_FER', 'Secondo la società, Paolo Ferrandi ha dichiarato: "Abbiamo scelto di riaprire il viadotto".'),
    ('C_INV', 'Secondo la società, ha investito 212 milioni di euro negli ultimi dieci anni.'),
    # refused since tests/test_factcheck_170.py
    ('TAR', "Il Tar ha confermato l'ordinanza con cui la Regione imponeva di riaprire una corsia."),
    ('VIA', 'Prima della chiusura lo attraversavano in media 41.500 veicoli al mese.'),
    ('STIMA', "Secondo la Regione, le code avrebbero fatto perdere alle imprese locali circa 2 milioni di euro all'anno."),
    ('SIND', 'Il limite di peso è stato alzato a 32 tonnellate.'),
    ('C_LAV', 'Secondo la società, i lavori costano 38,6 milioni di euro, con un contributo pubblico.'),
    # refused since tests/test_factcheck_178.py
    ('TAR', 'Il Tar ha già deciso nel merito.'),
    ('TAR', "La Regione ha sospeso l'ordinanza del Tar."),
    ('VIA', 'Prima della chiusura lo attraversavano in media 41.500 mezzi pesanti al giorno.'),
    ('LAV', 'I lavori costano 38,6 milioni di euro, a carico della Regione.'),
    ('LAV', 'La riapertura completa è avvenuta il 30 giugno 2026.'),
    ('LAV', "La chiusura è stata decisa dalla Regione dopo un'ispezione."),
    ('LAV', 'I lavori costano 38,6 milioni di euro, a carico dello Stato.'),
    ('PED', 'La Regione ha proposto di esentare dal pedaggio i residenti di sei comuni.'),
    ('SIND', 'I tempi di percorrenza verso Lucca sono triplicati.'),
    ('C_PED', "Secondo la società, l'aumento è stato autorizzato dalla Regione."),
]

HONEST = [
    ('TAR', "Il Tar della Toscana ha sospeso l'ordinanza della Regione sul viadotto Serchio."),
    ('TAR', "Il decreto cautelare non annulla l'ordinanza, ma ne sospende gli effetti fino al 2 aprile 2026."),
    ('TAR', "L'ordinanza è sospesa, non annullata."),
    ('TAR', 'Il viadotto Serchio è chiuso dal 9 febbraio.'),
    ('TAR', "L'udienza collegiale si terrà il 2 aprile 2026."),
    ('TAR', 'La decisione nel merito arriverà dopo il 2 aprile 2026.'),
    ('TAR', 'Il decreto è stato firmato lunedì 9 marzo.'),
    ('VIA', 'Prima della chiusura passavano sul viadotto in media 41.500 veicoli al giorno, secondo la concessionaria.'),
    ('VIA', 'Sulla strada regionale 12 la Regione ha contato fino a 23.000 passaggi al giorno.'),
    ('VIA', 'Il viadotto è lungo 1.240 metri.'),
    ('VIA', 'Sulla strada regionale 12 i passaggi sono saliti fino a 23.000 al giorno, contro i 9.000 abituali.'),
    ('LAV', 'I lavori costano 38,6 milioni di euro e sono interamente a carico della società.'),
    ('LAV', 'La riapertura completa è prevista per il 30 giugno 2026.'),
    ('LAV', 'La riapertura completa dovrebbe avvenire il 30 giugno 2026.'),
    ('LAV', "La società ha chiuso il viadotto dopo un'ispezione che ha rilevato la corrosione dei cavi."),
    ('PED', 'Dal 1° gennaio 2026 i pedaggi sono aumentati del 4,8 per cento.'),
    ('PED', "I pedaggi sulla tratta sono saliti del 4,8 per cento, più del doppio della media nazionale dell'1,9 per cento."),
    ('PED', "La società non ha accettato di sospendere l'aumento."),
    ('PED', 'La società ha proposto di esentare i residenti di sei comuni per la durata dei lavori.'),
    ('STIMA', 'Secondo la Regione, le code avrebbero fatto perdere alle imprese circa 2 milioni di euro al mese.'),
    ('STIMA', 'La stima della Regione non è stata verificata in modo indipendente.'),
    ('ORD', "L'ordinanza è stata firmata il 20 febbraio da Marco Giannelli."),
    ('ORD', "L'ordinanza chiedeva di ridurre del 50 per cento il pedaggio tra Lucca Est e Pisa Nord."),
    ('MIN', 'Il ministero ha convocato le parti a Roma per giovedì 12 marzo.'),
    ('MIN', "Secondo una fonte ministeriale, un accordo sull'esenzione potrebbe essere firmato all'incontro."),
    ('2019', 'Nel 2019 il viadotto era stato chiuso per 11 giorni ai mezzi pesanti.'),
    ('DOPO', "Dopo l'udienza il Tar potrebbe confermare la sospensione o revocarla."),
    ('C_ISP', "Secondo la concessionaria, l'ispezione del 6 febbraio ha rilevato la corrosione dei cavi in due delle nove campate."),
    ('C_LAV', 'Secondo la società, la riapertura al traffico leggero dovrebbe avvenire il 30 giugno 2026.'),
    ('C_CALO', 'Secondo la società, il traffico sulla tratta è diminuito del 7 per cento, non del 30 per cento.'),
    ('C_ESE', "Secondo la società, l'esenzione costerebbe circa 3,1 milioni di euro."),
    ('C_PED', "Secondo la società, l'aumento non è legato alla chiusura del viadotto."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("key, sentence", [
    ("LAV", 'Paolo Ferrandi ha detto: "Riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro".'),
    ("LAV", "Paolo Ferrandi ha detto: «Riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro»."),
])
def test_a_quotation_cut_past_its_opening_negation_is_refused(key: str, sentence: str):
    assert any("leaves out the 'Non'" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", 'Ferrandi dijo: "Reabriremos un carril hasta que los ingenieros no digan que es seguro".',
     'Ferrandi dijo: "No reabriremos un carril hasta que los ingenieros no digan que es seguro".'),
    ("en", 'Ferrandi said: "reopen a lane until the engineers tell us it is not safe".',
     'Ferrandi said: "We will not reopen a lane until the engineers tell us it is not safe."'),
])
def test_a_quotation_cut_past_its_negation_is_refused_in_other_languages(language, sentence, passage):
    assert any("leaves out the" in finding for finding in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", 'Ferrandi said the company would not "reopen a lane until the engineers tell us it is safe".',
     'Ferrandi said: "We will not reopen a lane until the engineers tell us it is safe."'),
    ("en", 'Ferrandi refused to "reopen a lane until the engineers tell us it is safe", he said.',
     'Ferrandi said: "We will not reopen a lane until the engineers tell us it is safe."'),
    ("en", 'Ferrandi ruled out any reopening "until the engineers tell us it is safe".',
     'Ferrandi said: "We will not reopen a lane until the engineers tell us it is safe."'),
    ("es", 'Ferrandi dijo que no "reabriremos un carril hasta que los ingenieros no digan que es seguro".',
     'Ferrandi dijo: "No reabriremos un carril hasta que los ingenieros no digan que es seguro".'),
])
def test_a_quotation_keeping_its_negation_before_it_builds(language, sentence, passage):
    assert findings_in_language(language, sentence, passage) == []


@pytest.mark.parametrize("key, sentence", [
    ("LAV", "Paolo Ferrandi ha detto: «Non riapriremo una corsia finché gli ingegneri non ci diranno che è sicuro»."),
    ("LAV", "Paolo Ferrandi ha detto che la società non riaprirà: «riapriremo una corsia» solo quando sarà sicuro."),
    ("LAV", "Paolo Ferrandi ha escluso di riaprire finché gli ingegneri «non ci diranno che è sicuro»."),
])
def test_a_quotation_keeping_its_negation_builds(key: str, sentence: str):
    assert found(key, sentence) == []


PROPOSAL = "La società ha proposto di esentare dal pedaggio i residenti di sei comuni."
REQUEST = "La Regione ha chiesto di sospendere l'aumento fino alla riapertura."


def said(sentence: str, passage: str) -> list[str]:
    """Return the findings of an Italian sentence citing one passage of the agency's report."""
    return sentence_findings(sentence, (passage,), "it", PARTIES, published="2026-03-10")


@pytest.mark.parametrize("sentence, passage", [
    ("La società ha esentato dal pedaggio i residenti di sei comuni.", PROPOSAL),
    ("I residenti di sei comuni sono stati esentati dal pedaggio.", PROPOSAL),
    ("La Regione ha sospeso l'aumento fino alla riapertura.", REQUEST),
    ("L'aumento è stato sospeso fino alla riapertura.", REQUEST),
    ("La società ha rimborsato gli abbonamenti.", "La società ha offerto di rimborsare gli abbonamenti."),
])
def test_a_proposal_or_a_request_told_as_done_is_refused(sentence: str, passage: str):
    assert any("tells as done" in finding for finding in said(sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    (PROPOSAL, PROPOSAL),
    ("La società propone di esentare dal pedaggio i residenti di sei comuni.", PROPOSAL),
    ("La proposta della società è di esentare dal pedaggio i residenti di sei comuni.", PROPOSAL),
    ("Secondo la proposta della società, i residenti di sei comuni sarebbero esentati dal pedaggio.", PROPOSAL),
    ("La società si è offerta di esentare dal pedaggio i residenti di sei comuni.", PROPOSAL),
    ("La società ha offerto l'esenzione dal pedaggio ai residenti di sei comuni.", PROPOSAL),
    ("La Regione chiede di sospendere l'aumento fino alla riapertura.", REQUEST),
    ("La Regione vuole che l'aumento sia sospeso fino alla riapertura.", REQUEST),
    ("La Regione ha domandato che l'aumento fosse sospeso fino alla riapertura.", REQUEST),
    ("La Regione ha sollecitato la sospensione dell'aumento.", REQUEST),
    ("Per la Regione l'aumento andrebbe sospeso fino alla riapertura.", REQUEST),
    ("Secondo l'offerta, la società rimborserebbe gli abbonamenti.", "La società ha offerto di rimborsare gli abbonamenti."),
    ("Il ministero ha esentato i residenti.", "La società ha proposto di esentare i residenti, e il 12 marzo il ministero "
     "ha esentato i residenti."),
])
def test_a_proposal_or_a_request_kept_builds(sentence: str, passage: str):
    assert said(sentence, passage) == []


@pytest.mark.parametrize("sentence", [
    "Secondo la società, la riapertura al traffico leggero avverrà il 30 giugno 2026.",
    "Secondo la società, la riapertura ai mezzi pesanti avverrà entro il 31 luglio 2026, dopo le prove di carico.",
])
def test_a_release_s_own_expectation_told_as_certain_is_refused(sentence: str):
    assert any("worded as certain" in finding for finding in found("C_LAV", sentence))


@pytest.mark.parametrize("sentence", [
    "Secondo la società, la riapertura al traffico leggero dovrebbe avvenire il 30 giugno 2026.",
    "Secondo la società, il viadotto dovrebbe riaprire al traffico leggero il 30 giugno 2026.",
    "Secondo la società, il viadotto riaprirà probabilmente al traffico leggero il 30 giugno 2026.",
    "La società stima che il viadotto potrebbe riaprire al traffico leggero il 30 giugno 2026.",
    "Secondo la società, il cantiere impiega 140 addetti.",
])
def test_a_release_s_own_expectation_kept_builds(sentence: str):
    assert found("C_LAV", sentence) == []


def test_an_english_release_s_expectation_kept_builds():
    """The same reading in English: "is expected to", "should" and "plans" keep the release's expectation."""
    parties = (Party(id="corvane", name="Corvane Chemicals", short_name="Corvane", aliases=("the company",)),
               Party(id="city", name="City of Harlow", short_name="Harlow"))
    passage = "The Lyon plant is expected to close in 2027. Production should move to Harlow by March."
    read_as_project_locale(REPO, "en")
    for sentence in ("According to Corvane, the Lyon plant is expected to close in 2027.",
                     "Corvane expects the Lyon plant to close in 2027.", "Corvane says the Lyon plant should close in 2027.",
                     "Corvane says it plans to move production to Harlow by March."):
        assert sentence_findings(sentence, (passage,), "en", parties, statement_of="Corvane Chemicals") == [], sentence
    assert sentence_findings("Corvane says production will move to Harlow by March.", (passage,), "en", parties,
                             statement_of="Corvane Chemicals")


@pytest.mark.parametrize("sentence", [
    "Secondo i giudici, la Regione ha competenza sulla sicurezza delle opere autostradali.",
    "Secondo i giudici, la Regione avrebbe competenza sulla sicurezza delle opere autostradali.",
])
def test_a_negation_dropped_past_a_conditional_is_refused(sentence: str):
    assert any("drops the negation" in finding for finding in found("ORD", sentence))


@pytest.mark.parametrize("sentence", [
    "Secondo i giudici, la Regione non avrebbe competenza sulla sicurezza delle opere autostradali.",
    "Secondo i giudici, la Regione non ha competenza sulla sicurezza delle opere autostradali.",
    "Secondo i giudici, la competenza sulla sicurezza delle opere autostradali non sarebbe della Regione ma del "
    "ministero.",
    "Secondo i giudici, la Regione non sarebbe competente sulla sicurezza delle opere autostradali.",
    "Secondo i giudici, sulla sicurezza delle opere autostradali la Regione non avrebbe competenza.",
    "Secondo i giudici, la Regione sarebbe incompetente sulla sicurezza delle opere autostradali.",
])
def test_a_negation_kept_past_a_conditional_builds(sentence: str):
    assert found("ORD", sentence) == []


@pytest.mark.parametrize("key, sentence", [
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni ai veicoli leggeri."),
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni alle auto."),
    ("ORD", "L'ordinanza chiedeva di riaprire almeno una corsia ai mezzi pesanti."),
    ("ORD", "L'ordinanza chiedeva di riaprire almeno una corsia ai camion."),
])
def test_a_class_of_vehicles_swapped_is_refused(key: str, sentence: str):
    assert any("vehicles" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni ai camion."),
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni ai veicoli pesanti."),
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni al traffico pesante."),
    ("2019", "Nel 2019 il viadotto era stato chiuso per 11 giorni ai tir, non alle auto."),
    ("ORD", "L'ordinanza chiedeva di riaprire almeno una corsia alle auto."),
    ("ORD", "L'ordinanza chiedeva di riaprire almeno una corsia al traffico leggero."),
    ("VIA", "Prima della chiusura lo attraversavano in media 41.500 veicoli al giorno, di cui circa 6.800 camion."),
])
def test_a_class_of_vehicles_kept_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence, refused", [
    ("The bridge was closed to cars for 11 days in 2019.", True),
    ("The bridge was closed to lorries for 11 days in 2019.", False),
    ("The bridge was closed to HGVs for 11 days in 2019.", False),
    ("The bridge was shut to heavy goods vehicles for 11 days in 2019, though cars could still cross.", False),
])
def test_a_class_of_vehicles_in_english(sentence: str, refused: bool):
    findings = findings_in_language("en", sentence, "The bridge was closed to heavy goods vehicles for 11 days in 2019.")
    assert bool(findings) is refused, findings
