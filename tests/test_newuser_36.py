"""An Italian briefing written from scratch, as the README tells a new editor whose language is not built in: a
dispute between the Regione Valdarna and the motorway concessionaire Autovie Tirrene over a 6,8 % toll rise and the
repairs of the collapsed viaduct Rio Scuro, with the ministry as mediator, from one newspaper report the editor wrote
(tests/fixtures/newuser_36/seeds/gazzetta.txt: "1.250.000 euro", "412,5 milioni di euro", "3,5 %", "1° aprile 2026",
each side's claims and denials, a correction), and a project locale (locales/it.yaml, copied from en.yaml and
translated, with the words the checks read: `weekdays`, `approximately`, `hedges`, `according_to`, `articles`, ...).

What the new editor met: the timeline's `when: 1° aprile 2026` stated no day (Italian writes the 1st with an ordinal
sign, typed as the degree sign), so the build asked for a `date_basis`; "Autovie Tirrene annuncia un aumento" was
refused as the concessionaire's word told as fact (Italian verbs of announcing were not read); a party's surname
given as an alias ("Lanzi") made "Giorgio Lanzi" a speaker the source never names; "l'assessora regionale alle
Infrastrutture, Laura Moretti" named the ministry ("Infrastrutture", a word of its name); and "8,4 milioni, non
1.250.000 euro come sostiene la Regione" gave the concessionaire's figure to the Region.

Then 79 honest sentences the way an Italian reporter paraphrases ("circa", "oltre", "quasi il 7 %", "secondo la
Regione", "52 mila", number words, reported speech) and 55 misstatements (sides swapped, figures and dates changed,
"ha dimostrato" for "sostiene", a hedge or a negation dropped, an offer told as agreed, a proposal as a decision, a
forecast as certain), each citing one sentence of the source (/tmp probe, support.SentencesChecked): on the code
before this work 10 honest sentences were refused and 24 misstatements built; now 4 are refused and 10 build (and of a
56th, "Secondo Autovie Tirrene" for the Region's claim, which built too: "X sostiene che Y ..." named Y a speaker).
Fixed, each where its reading lives: Italian number words ("sei ore", "tre volte", "tre milioni e mezzo",
explainer/spelled_languages.py) and "mln"/"mld" (explainer/numbers.py); rises and falls ("è sceso", "una riduzione",
explainer/direction_languages.py); a negation read past "ancora" and "degli" ("non ha ancora presentato",
explainer/polarity.py); a party swapped in its clause (explainer/swapped_languages.py); a possibility told as fact
("potrebbe essere stato causato", explainer/likelihood.py); a future told as certain ("esaminerà" for "dovrebbe
esaminare", explainer/forecasts.py); a condition dropped ("se non ci sarà un accordo", "a condizione che",
explainer/conditions.py, where a decimal comma no longer ends a clause); a proposal told as decided ("ha deciso di" for
"ha proposto di", explainer/stages.py); "come sostiene X" names no speaker of the sentence, nor do the words after
"La Regione sostiene" (explainer/speakers.py); Italian verbs of saying and asking say whose word a sentence gives
(explainer/party_word.py). "La Regione parla di" built once the locale listed "parla di" under `according_to`, as the
README says.
Still refused then: "Per la Regione, ..." ("per" is too common a word to list), "La Regione non ha accettato la
riduzione" citing "ha accettato il rinvio ..., ma non la riduzione" (a negation gapped after "ma"), and rightly "due in
meno" (a computed difference) and a stated intention told as fact. Still built then: a figure pair swapped within a
sentence ("2 dirigenti ... e 4 tecnici", as in English), a rise given after its figure ("il 4,2 % in più"), "Secondo la
Regione" for "secondo la concessionaria" (a party named by its common noun), "La Regione" for "il ministero" (lowercase
in the source), a hedge inside a quotation ("Forse ...", ha detto Sartori) dropped where "Secondo Sartori" is kept,
"1.800 posti ... sono a rischio" for "la Camera di commercio stima che", "La Regione ha accettato la riduzione"
(gapped), and "aumentati di circa 40 minuti" stated without "secondo la Regione" where the passage states the detour as
fact.

Fact-check 46 (tests/test_factcheck_46.py) read the first of these: "Per la Regione, ..." and "non ha accettato la
riduzione" build; the figures swapped in one sentence (explainer/paired_lists.py, explainer/gapped.py), "il 4,2 % in
più" (explainer/direction_languages.py), "la concessionaria" and "il ministero" (a lowercase word of one party after an
article: explainer/owners.py, speakers.py, swapped.py) and "ma non la riduzione" (explainer/polarity.py) are refused:
honest 4 -> 2 of 79 refused, misstatements 10 -> 3 of 56 built. Still refused: "due in meno", a stated intention told
as fact. Still built: the hedge inside a quotation, "1.800 posti ... sono a rischio", "aumentati di circa 40 minuti".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import Sentence, SentencesChecked, checked_fixture_project, minimal_project

FIXTURE = REPO / "tests" / "fixtures" / "newuser_36"
PARTIES = ("  - id: regione\n    name: Regione Valdarna\n    short_name: Regione\n"
           "  - id: autovie\n    name: Autovie Tirrene\n    aliases: [concessionaria]\n"
           "  - id: ministero\n    name: Ministero\n")

AUMENTO = ("Il 2 marzo 2026 Autovie Tirrene ha annunciato un aumento dei pedaggi del 6,8 % a partire dal 1° aprile "
           "2026.")
TRAFFICO = "Dopo il crollo, il traffico sull'intera A21 è sceso del 14,3 %."
INCASSI = ("Secondo la Regione, la concessionaria ha incassato nel 2025 pedaggi per 412,5 milioni di euro, il 4,2 % in "
           "più rispetto al 2024.")
DOCUMENTI = '"Abbiamo chiesto i documenti tre volte e non li abbiamo mai ricevuti", ha detto Moretti.'
ORE = "L'incontro è durato quasi sei ore."
SPESA = ("Secondo la concessionaria, la spesa per la manutenzione del viadotto tra il 2019 e il 2024 è stata di 8,4 "
         "milioni di euro, non di 1.250.000 euro come sostiene la Regione.")
SPESA_R = ("La Regione sostiene che Autovie Tirrene abbia speso per la manutenzione del viadotto solo 1.250.000 euro "
           "tra il 2019 e il 2024.")
GIUGNO = ("La Regione ritiene questa data troppo lontana e chiede che i lavori si concludano entro giugno 2027.")
CONGELARE = ("La Regione chiede invece di congelare le tariffe fino alla riapertura del viadotto e di ridurle del 30 % "
             "sul tratto tra Castelmarino e Poggio Alto.")
ESPOSTO = "La Regione ha presentato il 12 marzo 2026 un esposto alla Procura di Castelmarino."
SESSANTA = ("La concessionaria si è detta disposta a pagare il 60 % dei costi di ricostruzione, a condizione che lo "
            "Stato copra il resto.")
FRANA = "Secondo Lanzi, il crollo potrebbe essere stato causato da una frana e non dalla corrosione dei cavi."
PERIZIA = "La società non ha ancora presentato una perizia che confermi questa ipotesi."
GIUDIZIO = "Nessuno degli indagati è stato rinviato a giudizio."
PROPOSTA = ("Al tavolo, presieduto dal viceministro Paolo Sartori, il ministero ha proposto di rinviare l'aumento dei "
            "pedaggi al 1° luglio 2026 e di ridurlo al 3,5 %.")
CDA = ("Il consiglio di amministrazione di Autovie Tirrene dovrebbe esaminare la proposta del ministero il 24 marzo "
       "2026.")
INDAGATI = "Sono indagati 4 dirigenti della concessionaria e 2 tecnici di una società di ispezione esterna."
ACCETTATO = ("La Regione ha accettato il rinvio dell'aumento, ma non la riduzione al 3,5 %, e chiede ancora il "
             "congelamento delle tariffe.")
VIGORE = ("Se non ci sarà un accordo, l'aumento del 6,8 % entrerà in vigore il 1° aprile 2026, come previsto dalla "
          "concessione.")

# Honest restatements each refused on the code before (the number words, "mln", a speaker read after "come", a
# demand read as no one's word).
HONEST = {
    "digits-for-sei": ("L'incontro al ministero è durato quasi 6 ore.", ORE),
    "digits-for-tre": ("Moretti ha detto di aver chiesto i documenti 3 volte senza mai riceverli.", DOCUMENTI),
    "mln": ("Secondo la Regione, Autovie Tirrene ha incassato 412,5 mln di euro di pedaggi nel 2025.", INCASSI),
    "come-sostiene": ("Secondo Autovie Tirrene, la manutenzione del viadotto è costata 8,4 milioni di euro tra il "
                      "2019 e il 2024.", SPESA),
    "chiede": ("La Regione chiede che i lavori finiscano entro giugno 2027.", GIUGNO),
    "annuncia": ("Autovie Tirrene annuncia un aumento dei pedaggi del 6,8 %.", AUMENTO),
    "condition-kept": ("Senza un accordo, l'aumento del 6,8 % entrerà in vigore il 1° aprile 2026.", VIGORE),
    "forecast-kept": ("Il consiglio di amministrazione di Autovie Tirrene dovrebbe esaminare la proposta il 24 marzo.",
                      CDA),
    "negation-kept": ("Autovie Tirrene non ha ancora presentato alcuna perizia.", PERIZIA),
    # refused until fact-check 46
    "per-la-regione": ("Per la Regione, Autovie Tirrene ha speso solo 1.250.000 euro per la manutenzione del viadotto.",
                       SPESA_R),
    "ma-non-read": ("La Regione non ha accettato la riduzione al 3,5 %.", ACCETTATO),
}

# Misstatements each built on the code before: (sentence, passage, what the error names).
MISSTATEMENTS = {
    "more-than-for-nearly": ("L'incontro è durato più di 6 ore.", ORE, 'figure "più di 6" contradicts "quasi sei"'),
    "fall-for-rise": ("Autovie Tirrene ha annunciato una riduzione dei pedaggi del 6,8 %.", AUMENTO,
                      '"6,8 %" is given as a fall'),
    "rise-for-fall": ("Dopo il crollo, il traffico sull'intera A21 è salito del 14,3 %.", TRAFFICO,
                      '"14,3 %" is given as a rise'),
    "side-swapped": ("Autovie Tirrene chiede di congelare le tariffe fino alla riapertura del viadotto.", CONGELARE,
                     "names Autovie Tirrene where its cited passages name Regione"),
    "side-swapped-dated": ("Autovie Tirrene ha presentato il 12 marzo 2026 un esposto alla Procura di Castelmarino.",
                           ESPOSTO, "names Autovie Tirrene where its cited passages name Regione"),
    "offer-as-agreed": ("La concessionaria ha accettato di pagare il 60 % dei costi di ricostruzione.", SESSANTA,
                        "only on a condition ('a condizione che lo Stato copra il resto')"),
    "possible-as-fact": ("Secondo Lanzi, il crollo è stato causato da una frana.", FRANA,
                         "only as probable or possible ('potrebbe essere stato'"),
    "non-dropped": ("La società ha presentato una perizia che conferma questa ipotesi.", PERIZIA,
                    "drops the negation"),
    "nessuno-dropped": ("Gli indagati sono stati rinviati a giudizio.", GIUDIZIO, "drops the negation"),
    "proposal-as-decision": ("Il ministero ha deciso di rinviare l'aumento dei pedaggi al 1° luglio 2026.", PROPOSTA,
                             "takes it further ('ha deciso di') than its cited passages do ('ha proposto')"),
    "forecast-as-certain": ("Il consiglio di amministrazione di Autovie Tirrene esaminerà la proposta del ministero "
                            "il 24 marzo 2026.", CDA, "only as expected ('dovrebbe'), but it is worded as certain"),
    "claim-given-to-the-other": ("Secondo Autovie Tirrene, la concessionaria ha speso solo 1.250.000 euro per la "
                                 "manutenzione del viadotto.", SPESA_R,
                                 "gives the words to Autovie Tirrene, but its cited passages give them to Regione"),
    "condition-dropped": ("L'aumento del 6,8 % entrerà in vigore il 1° aprile 2026.", VIGORE,
                          "only on a condition ('Se non ci sarà un accordo')"),
    # built until fact-check 46
    "figures-swapped": ("Sono indagati 2 dirigenti della concessionaria e 4 tecnici di una società di ispezione "
                        "esterna.", INDAGATI, "this sentence pairs 2 with 'dirigenti della concessionaria'"),
    "in-piu-read": ("Secondo la Regione, gli incassi sono diminuiti del 4,2 % rispetto al 2024.", INCASSI,
                    '"4,2 %" is given as a fall, but the passages this cites give it as a rise'),
    "concessionaria-named": ("Secondo la Regione, la spesa per la manutenzione del viadotto è stata di 8,4 milioni di "
                             "euro.", SPESA, "gives the words to Regione, but its cited passages give them to la "
                             "concessionaria"),
    "ministero-named": ("La Regione ha proposto di rinviare l'aumento al 1° luglio 2026 e di ridurlo al 3,5 %.", PROPOSTA,
                        "names Regione where its cited passages name ministero"),
    "ma-non-dropped": ("La Regione ha accettato la riduzione al 3,5 %.", ACCETTATO, "drops the negation"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, in a project holding the fixture's Italian locale, many in one
    load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser36") / "project")
    (root / "locales").mkdir(exist_ok=True)
    shutil.copy(FIXTURE / "locales" / "it.yaml", root / "locales" / "it.yaml")
    cases = [(sentence, passage) for sentence, passage in HONEST.values()]
    cases += [(sentence, passage) for sentence, passage, _ in MISSTATEMENTS.values()]
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES, None, "it") for sentence, passage in cases])


def test_the_briefing_builds_and_its_pages_are_in_italian(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "pedaggi-valdarna" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="it"' in page
    for words in ("Cosa sappiamo", "Prima pubblicazione", "18 marzo 2026", "1° aprile 2026", "38.500", "6,8 %",
                  "1,25", "circa 40", "Rettifica", "Cosa era sbagliato:"):
        assert words in page, words
    feed = (desk / "site" / "feed.xml").read_text(encoding="utf-8")
    assert 'xml:lang="it"' in feed and "<title>Rettifica: Perché la Regione Valdarna" in feed


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_italian_wording_builds(checked: SentencesChecked, sentence: str, passage: str):
    assert checked(passage, sentence, PARTIES, None, "it") == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_an_italian_misstatement_is_refused(checked: SentencesChecked, sentence: str, passage: str, named: str):
    lines = checked(passage, sentence, PARTIES, None, "it")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and named in line
               for line in lines), lines


@pytest.mark.parametrize("words, value", [
    ("quasi sei ore", 6), ("ventitré giorni", 23), ("trentotto ore", 38), ("duemilacinquecento persone", 2500),
    ("trecentoventuno voti", 321), ("tre milioni e mezzo di euro", 3500000), ("due miliardi", 2 * 10**9),
    ("412,5 mln di euro", 412500000), ("2 mld", 2 * 10**9),
], ids=lambda value: str(value)[:20])
def test_an_italian_number_is_read(words: str, value: int):
    from explainer.numbers import find_mentions

    assert [float(quantity.value) for mention in find_mentions(words, "it")
            for quantity in mention.quantities] == [value]


@pytest.mark.parametrize("words", ["una persona e uno studente", "mille grazie", "se stesso"])
def test_an_article_or_a_manner_of_speaking_is_no_figure(words: str):
    from explainer.numbers import find_mentions

    assert find_mentions(words, "it") == []
