"""A new user's Italian briefing of a stadium dispute (tests/fixtures/newuser147: the Consiglio comunale di Castelmora
approves the Castelmora Calcio's new stadium on lunedì 16 novembre, 19 voti favorevoli, 12 contrari e 2 astenuti; a
cost of 148 milioni di euro, 31 of them the Comune's; the residents' comitato "Salviamo San Rocco" and its 4.300
firme and announced appeal to the TAR; the club's president threatening to move the team), written from the README
alone with `locales/it.yaml` made before `new`, from one news report of 18 November 2026 of their own. Every content
file is used: background, timeline, comparisons, claims, quotes, caveats and a log with an update and a correction.

Counts: 22 honest sentences written (summary 3, background 3, timeline 3, a table's attribution, claims 6, quotes'
contexts 3, caveats 3), 2 refused at first: 1 wrongly (fixed, 1. below), 1 reworded ("di cui 31 a carico del Comune",
LEFTOVER). 34 misstatements tried on the fixture, each one edit of one sentence: 13 refused before this work, 17
after it (2., 3., 4. and 6. below; 5. found probing the sentence of LEFTOVER 10), 17 still build: 3 stand honest in
their place (a claim's card names its claimant; a caveat opens "Per l'avvocato del comitato"), 14 are LEFTOVER.

Fixed, each refused before this work where it should build, or built where it should be refused:

1. An indirect question read as a plan told as certain: "Il club non ha spiegato come finanzierà un eventuale aumento
   dei costi" citing "Il club non ha però chiarito come intende finanziare ..." was refused (French "comment il
   financera", Spanish "cómo financiará" alike); a question kept as a question builds, "Il club finanzierà" is still
   refused (indirect_questions.py, read by offers_languages.py).
2. A month named alone in a project locale's language: "Tra marzo e ottobre si sono tenute sei assemblee" citing "tra
   marzo e settembre" built, as months alone were read in English, French and Spanish only; German "im Mai" of "im
   April" alike (locale_months_alone.py).
3. A party named by a short noun after an Italian article: with `aliases: [il club]`, "Secondo il club, ..." citing
   "Secondo il comitato, ..." built, "club" too short to be read as a noun ("the club" was read in English only;
   owners.py); "Il club ha detto che presenterà ricorso al TAR" citing "Il comitato ha detto ..." built too.
4. A verb of saying the locale's `according_to` does not list: "Il club ha annunciato un ricorso al TAR" citing "Il
   comitato ha annunciato ..." built, "annunciato" left to the speakers' checks, which read only listed words
   (italian_doers.py).
5. A threat or a promise made in the past told as done: "La Regione ha chiuso la discarica" citing "La Regione ha
   minacciato di chiudere la discarica", "ha ridotto" citing "ha promesso di ridurre" built (italian_verbs.py;
   "minaccia di" was read).
6. A vote's tally swapped where the passage lists three figures with a comma: "con 12 voti favorevoli e 19 contrari"
   citing "con 19 voti favorevoli, 12 contrari e 2 astenuti" built (paired_lists.py).

LEFTOVER, honest wordings refused (not fixed here):

- "L'impianto costerà circa 148 milioni di euro, di cui 31 a carico del Comune" (the scale "milioni" carried over to
  31, as Italian and English write it: refused as a figure 31 in Italian and English alike).
- "Valli minaccia di trasferire la squadra in un comune vicino" is refused as a condition dropped: the condition is
  the threat's own content.

LEFTOVER, unclear messages: "Il club ha detto che presenterà ricorso al TAR" citing "Il comitato ha detto ..." is
refused as "gives the words to TAR, but its cited passages give them to TAR" (a party named by its common noun before
"ha detto" is shown by the capitalised word after it; reading it as the speaker made the prefetta's "che movimenta
... 40 milioni" of tests/fixtures/newuser_99 her word, so it was left), and "che il comitato ritiene" is shown as
"che il comitato" ("che" opens no speaker's words in speakers.py).

LEFTOVER, misstatements that still build (sentence, then the passage's words):

  1. "Il TAR ha accolto il ricorso del comitato dei residenti." ("Il comitato ha annunciato che presenterà ricorso")
  2. "L'impianto costerà 148 milioni di euro" ("Il costo complessivo è stimato in 148 milioni": an estimate as fact)
  3. "Il Comune pagherà il resto" ("Il Castelmora Calcio si impegna a coprire il resto": another verb, parties swapped)
  4. "che il club non ritiene indispensabile" ("che il club considera indispensabile": a negation with a synonym)
  5. "Non si sono tenute assemblee pubbliche" ("si sono svolte sei assemblee": likewise)
  6. "Secondo la giunta la spesa reale sarebbe vicina ai 40 milioni" ("L'opposizione sostiene ...": a voice that is
     no party, read as anyone's)
  7. "Ruggeri accusa il club di aver rallentato il progetto" ("Valli ha accusato il Comune di aver rallentato")
  8. "modifiche chieste dal comitato nel 2025" ("chieste dalla stessa società": "stessa" read as the agent's head)
  9. "Il sindaco ha criticato il progetto in aula." ("ha difeso": an antonym)
  10. "Valli ha trasferito la squadra." citing only "ha minacciato di trasferire la squadra in un comune vicino se
      ...": refused with the whole sentence cited, built with the clause (one shared word of four letters)
  11. "Valli trasferirà la squadra se i lavori non partiranno entro il 2027" ("ha minacciato di trasferire")
  12. "il Comune ritiene il ricorso fondato" ("infondato")
  13. "Il club ha spiegato come finanzierà ..." ("non ha chiarito come intende finanziare": a negation dropped with
      a synonym verb)
  14. 22 in the club's column of a table citing "Secondo la giunta, il costo ... è salito del 22%" (the Comune's)
  15. "Il consiglio ha approvato con 12 sì, 19 no e 2 astenuti" ("19 voti favorevoli, 12 contrari": "sì" and "no"
      name nothing the passage's words name)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser147"
BRIEFING = Path("content") / "stadio-castelmora"
PARTIES = (
    Party(id="comune", name="Comune di Castelmora", short_name="Comune", role="side",
          aliases=("il Comune", "la giunta")),
    Party(id="club", name="Castelmora Calcio", short_name="club", role="side", aliases=("il club", "la società")),
    Party(id="comitato", name="Salviamo San Rocco", short_name="comitato", role="side", aliases=("il comitato",)),
)
# a twin's parties: a logistics hub and a union in a dispute over lorries
TWINS = (
    Party(id="polo", name="Polo Logistico Ardenza", short_name="polo", role="side", aliases=("il polo",)),
    Party(id="sindacato", name="Filt Cgil", short_name="sindacato", role="side", aliases=("il sindacato",)),
    Party(id="regione", name="Regione", short_name="Regione", role="side", aliases=("la Regione",)),
)


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of the fixture reads it, with the project's own locale (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "it")


def found(sentence: str, passage: str, parties=PARTIES) -> list[str]:
    """Return the findings of an Italian sentence citing one passage of a report of 18 November 2026."""
    return sentence_findings(sentence, (passage,), "it", parties, published="2026-11-18")


def test_the_briefing_builds_in_italian_with_its_own_locale(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "stadio-castelmora" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Cronologia", "Aggiornamenti e rettifiche", "Cosa era sbagliato:", "24.000 posti", "Elena Fabbri",
                  "come finanzierà", 'lang="it"'):
        assert words in page, words


def test_a_tally_swapped_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "con 19\n  voti favorevoli e 12 contrari",
         "con 12\n  voti favorevoli e 19 contrari")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert "briefing.yaml:4: `summary`: this sentence pairs 12 with 'voti favorevoli'" in result.err, result.err


def test_a_month_changed_in_a_claim_is_refused_on_its_line(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "claims.yaml", "tra marzo e settembre si sono tenute", "tra marzo e novembre si sono tenute")
    result = run_build(desk, "check")
    assert result.code == 1 and 'claims.yaml:41: `says`: month "novembre" is not in the passages' in result.err, \
        result.err


# 1. an indirect question kept as a question tells no plan as certain
FINANCE = "Il club non ha però chiarito come intende finanziare l'eventuale aumento dei costi di costruzione."


@pytest.mark.parametrize("language, sentence, passage", [
    ("it", "Il club non ha spiegato come finanzierà un eventuale aumento dei costi di costruzione.", FINANCE),
    ("it", "La città non ha chiarito quando ricorrerà contro la sentenza del tribunale.",
     "La città non ha detto se intende ricorrere contro la sentenza del tribunale."),
    ("fr", "Vantor n'a pas dit comment il financera la hausse des coûts de construction.",
     "Vantor n'a pas précisé comment il a l'intention de financer la hausse des coûts de construction."),
    ("es", "Vantor no ha explicado cómo financiará el aumento de los costes de la obra.",
     "Vantor no ha aclarado cómo planea financiar el aumento de los costes de la obra."),
])
def test_an_indirect_question_kept_builds(language: str, sentence: str, passage: str):
    assert not any("tells as certain" in finding for finding in sentence_findings(sentence, (passage,), language, ()))


@pytest.mark.parametrize("language, sentence, passage", [
    ("it", "Il club finanzierà un eventuale aumento dei costi di costruzione.", FINANCE),
    ("it", "La città ricorrerà contro la sentenza del tribunale.",
     "La città non ha detto se intende ricorrere contro la sentenza del tribunale."),
    ("fr", "Vantor financera la hausse des coûts de construction.",
     "Vantor n'a pas précisé comment il a l'intention de financer la hausse des coûts de construction."),
])
def test_a_plan_in_a_question_told_as_certain_is_still_refused(language: str, sentence: str, passage: str):
    assert any("tells as certain" in finding for finding in sentence_findings(sentence, (passage,), language, ()))


# 2. a month named alone, in a project locale's language
MEETINGS = ("L'assessore all'urbanistica, Davide Corsini, ha ricordato che si sono svolte sei assemblee pubbliche tra "
            "marzo e settembre.")


@pytest.mark.parametrize("sentence, passage", [
    ("Tra marzo e ottobre si sono tenute sei assemblee pubbliche.", MEETINGS),
    ("La Regione ha chiuso il bando a giugno.", "La Regione ha chiuso il bando a luglio, dopo due proroghe."),
])
def test_a_month_alone_changed_is_refused(sentence: str, passage: str):
    assert any("is not in the passages it cites" in finding for finding in found(sentence, passage, PARTIES + TWINS))


@pytest.mark.parametrize("sentence, passage", [
    ("Tra marzo e settembre si sono tenute sei assemblee pubbliche.", MEETINGS),
    ("Il 3 dicembre la commissione esaminerà le osservazioni.",
     "Il prossimo passaggio è previsto per il 3 dicembre, quando la commissione esaminerà le osservazioni."),
    ("La giunta non ha mai risposto ai residenti.", "La giunta non ha mai risposto ai residenti."),
    ("Il bilancio è stato presentato a ottobre.", "Secondo il bilancio presentato a ottobre, i ricavi sono scesi."),
])
def test_a_month_the_passage_names_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


def test_a_german_month_alone_is_read_too():
    passage = "Die Versammlungen fanden im April statt, sagte der Sprecher."
    assert any('month "Mai"' in finding for finding in findings_in_language(
        "de", "Die Versammlungen fanden im Mai statt.", passage))
    assert findings_in_language("de", "Die Versammlungen fanden im April statt.", passage) == []
    assert findings_in_language("de", "August Meyer sprach am Montag.", "August Meyer sprach am Montag.") == []


# 3. a party named by a short noun after an article
@pytest.mark.parametrize("sentence, passage, parties", [
    ("Secondo il club, il ricorso sarà presentato al TAR.", "Secondo il comitato, il ricorso sarà presentato al TAR.",
     PARTIES),
    ("Secondo il polo, i camion in transito sono 900 al giorno.",
     "Secondo il sindacato, i camion in transito sono 900 al giorno.", TWINS),
])
def test_a_short_noun_alias_after_an_article_names_its_party(sentence: str, passage: str, parties):
    assert any("gives the words to il " in finding for finding in found(sentence, passage, parties))


@pytest.mark.parametrize("sentence, passage, parties", [
    ("Secondo il club, il ricorso sarà presentato al TAR.", "Secondo il club, il ricorso sarà presentato al TAR.",
     PARTIES),
    ("Secondo il sindacato, i camion in transito sono 900 al giorno.",
     "Secondo il sindacato, i camion in transito sono 900 al giorno.", TWINS),
    ("Il club ritiene indispensabile il centro commerciale.",
     "Il progetto prevede anche un centro commerciale, che il club considera indispensabile per sostenere i costi.",
     PARTIES),
])
def test_a_short_noun_alias_speaking_its_own_words_builds(sentence: str, passage: str, parties):
    assert found(sentence, passage, parties) == []


def test_a_party_named_by_its_noun_before_ha_detto_is_refused():
    findings = found("Il club ha detto che presenterà ricorso al TAR.",
                     "Il comitato ha detto che presenterà ricorso al TAR.")
    assert any("gives the words to" in finding for finding in findings), findings


# 4. a verb of saying the locale does not list is a deed whose doer is read
@pytest.mark.parametrize("sentence, passage, parties", [
    ("Il club ha annunciato un ricorso al TAR.",
     "Il comitato ha annunciato che presenterà ricorso al Tribunale amministrativo regionale (TAR) entro 60 giorni.",
     PARTIES),
    ("La Regione ha annunciato un esposto in procura.", "Il sindacato ha annunciato un esposto in procura.", TWINS),
])
def test_an_unlisted_saying_verb_given_to_another_party_is_refused(sentence: str, passage: str, parties):
    assert any("this sentence gives 'annunciato' to" in finding for finding in found(sentence, passage, parties))


@pytest.mark.parametrize("sentence, passage", [
    ("Il comitato ha annunciato un ricorso al TAR.",
     "Il comitato ha annunciato che presenterà ricorso al Tribunale amministrativo regionale (TAR) entro 60 giorni."),
    ("Il Comune ha ricordato che si sono svolte sei assemblee pubbliche.", MEETINGS),
])
def test_an_unlisted_saying_verb_of_its_own_speaker_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


# 5. a threat or a promise in the past told as done
@pytest.mark.parametrize("sentence, passage", [
    ("La Regione ha chiuso la discarica.", "La Regione ha minacciato di chiudere la discarica."),
    ("Il sindaco ha ridotto le tasse sui rifiuti.", "Il sindaco ha promesso di ridurre le tasse sui rifiuti."),
])
def test_a_threat_or_promise_told_as_done_is_refused(sentence: str, passage: str):
    assert any("tells as done" in finding for finding in found(sentence, passage, TWINS))


@pytest.mark.parametrize("sentence, passage", [
    ("La Regione ha minacciato di chiudere la discarica.", "La Regione ha minacciato di chiudere la discarica."),
    ("Il sindaco ha promesso di ridurre le tasse sui rifiuti.",
     "Il sindaco ha promesso di ridurre le tasse sui rifiuti."),
    ("La Regione ha chiuso la discarica dopo mesi di proteste.",
     "La Regione ha chiuso la discarica dopo mesi di proteste; il Comune aveva minacciato di chiuderla a marzo."),
])
def test_a_threat_kept_or_a_deed_done_builds(sentence: str, passage: str):
    assert found(sentence, passage, TWINS) == []


# 6. a tally swapped against a list set apart by commas
@pytest.mark.parametrize("sentence, passage", [
    ("Il Consiglio ha approvato la delibera con 12 voti favorevoli e 19 contrari.",
     "La delibera è passata con 19 voti favorevoli, 12 contrari e 2 astenuti."),
    ("Lo sciopero ha coinvolto 40 autisti e 12 meccanici.", "Lo sciopero ha coinvolto 12 autisti, 40 meccanici e 3 "
                                                             "impiegati."),
])
def test_a_pair_swapped_against_a_comma_list_is_refused(sentence: str, passage: str):
    assert any("this sentence pairs" in finding for finding in found(sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    ("La delibera è passata con 19 voti favorevoli e 12 contrari.",
     "La delibera è passata con 19 voti favorevoli, 12 contrari e 2 astenuti."),
    ("Lo sciopero ha coinvolto 12 autisti e 40 meccanici.", "Lo sciopero ha coinvolto 12 autisti, 40 meccanici e 3 "
                                                             "impiegati."),
    ("Nel 2025 i ricavi erano 11,2 milioni, 9 in meno e 3 in più.",
     "Nel 2025 i ricavi erano 11,2 milioni, 9 in meno e 3 in più."),
])
def test_a_comma_list_restated_in_order_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []
