"""A forty-sixth fact-check: a negation said by a speaker, dropped where the sentence leaves the speaker out, and the
Italian briefing's leftovers (tests/test_newuser_36.py's docstring), each with one more of the same shape on another
topic, and honest wordings that must stay built.

- A reported negation: "The city would step into the dispute" citing "The mayor said the city would not step into the
  dispute" built, as the words before the "not" were read as whom it is said of, and the sentence named no mayor
  (explainer/polarity.py: after a verb of saying, and its "that" or whom "told" tells, the words said start; the
  speaker's words need not be restated). So with "will", "could", "should", "may", and "said on Tuesday that no
  casualties were reported". A positive clause saying two words or more beyond the denied one is backed by a clause
  holding them all: "The army would provide logistics for the operation" citing "The army would not take part in the
  operation, but would provide logistics" (refused before, as "provide logistics" holds no "operation").
- Italian figures swapped within one sentence: "Sono indagati 2 dirigenti della concessionaria e 4 tecnici" citing "4
  dirigenti ... e 2 tecnici", "avrà 7 campate invece delle 5 del vecchio", "il 30 % a carico della concessionaria e il
  70 % a carico dello Stato" (explainer/paired_lists.py reads Italian's articles, "invece delle", "contro"), and "il
  Partito Verde ha ottenuto l'8 %, la Lista Civica il 12 %" (explainer/gapped.py reads Italian's "e", "mentre", a comma
  alone and "l'8 %").
- A change given after its Italian figure: "gli incassi sono diminuiti del 4,2 %" citing "il 4,2 % in più rispetto al
  2024" built, as "in più" ("more") was unread (explainer/direction_languages.py: "in più", "in meno", and "di posti in
  meno" after a figure give its way).
- A party named by its common noun in Italian: "Secondo la Regione, la spesa ... è stata di 8,4 milioni" citing
  "Secondo la concessionaria, ... 8,4 milioni" built, as "la concessionaria" named no one (English reads "the union"
  only after "the"); and "La Regione ha proposto di rinviare l'aumento" citing "il ministero ha proposto" (a party
  whose name holds "Ministero"). After an article the project's locale lists under `articles` (explainer/speakers.py),
  or one the language reads as "the" (explainer/swapped.py), a lowercase word of one party alone names it
  (owners.named_in_lowercase). Such a speaker may be the voice of a cited passage that names none ("secondo i suoi
  rilievi"), as "the mediator said" may be anyone's.
- One member of a list denied: "La Regione ha accettato la riduzione al 3,5 %" citing "ha accettato il rinvio
  dell'aumento, ma non la riduzione al 3,5 %" built, and the honest "La Regione non ha accettato la riduzione" was
  refused as a negation added (explainer/polarity.py: Italian's "ma non" and an article, as English "but not the", denies
  a thing of the clause before; "respinto", "rifiutato" negate by meaning, as "rejected" does).
- "Per la Regione, ..." (honest) was refused as the Region's word told as fact: a sentence opening with "Per" and a
  party set off by a comma says whose word it gives (explainer/speakers.py; "per" alone is too common a word to list
  under the locale's `according_to`), and gives it to that party ("Per il Comune, ..." citing the union's is refused).

The English sentences are checked in-process against their cited passage, as `check` does; the Italian ones in one
load of a project holding tests/fixtures/newuser_36's Italian locale (support.SentencesChecked).
"""

from __future__ import annotations

import shutil

import pytest

from support import Sentence, SentencesChecked, minimal_project
from test_factcheck_38 import other_findings
from test_newuser_36 import FIXTURE, PARTIES

DISPUTE = "The mayor said the city would not step into the dispute."
FARES = "The mayor said the city could not raise the fares."
LEAGUE = "The coach told reporters the team would not join the league."
CASUALTIES = "The ministry said on Tuesday that no casualties were reported in the village."
OFFER = "The union's leader said it will not accept the offer."

DROPPED = "this sentence drops the negation of its cited passage"

MISSTATED = {
    "city-steps-in": ("The city would step into the dispute.", DISPUTE, DROPPED),
    "city-steps-in-mayor-after": ("The city would step into the dispute, the mayor said.", DISPUTE, DROPPED),
    "city-could-raise": ("The city could raise the fares.", FARES, DROPPED),
    "team-joins": ("The team would join the league.", LEAGUE, DROPPED),
    "casualties-reported": ("Casualties were reported in the village.", CASUALTIES, DROPPED),
    "board-should-approve": ("The board should approve the merger.",
                             "The chairman said the board should not approve the merger.", DROPPED),
    "army-takes-part": ("The army would take part in the operation.",
                        "The minister said the army would not take part in the operation, but would provide logistics.",
                        DROPPED),
    "agency-may-publish": ("The agency may publish the report.",
                           "A spokesman said that the agency may not publish the report.", DROPPED),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = other_findings(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "mayor-said-not": ("The mayor said the city would not step into the dispute.", DISPUTE),
    "not-mayor-said-after": ("The city would not step into the dispute, the mayor said.", DISPUTE),
    "stay-out-mayor-said": ("The city will stay out of the dispute, the mayor said.", DISPUTE),
    "could-not-raise": ("The city could not raise the fares, according to the mayor.", FARES),
    "team-stays-out": ("The team would stay out of the league, the coach said.", LEAGUE),
    "no-casualties": ("No casualties were reported in the village, the ministry said.", CASUALTIES),
    "union-rejects": ("The union will reject the offer, its leader said.", OFFER),
    # what it says beyond the denied clause, backed whole by the clause after it (refused before, without a speaker too)
    "logistics-provided": ("The army would provide logistics for the operation.",
                           "The minister said the army would not take part in the operation, but would provide "
                           "logistics."),
    "logistics-provided-unsaid": ("The army would provide logistics for the operation.",
                                  "The army would not take part in the operation, but would provide logistics."),
    "other-side-steps-in": ("The city would step into the dispute.",
                            "The mayor said the city would step into the dispute, but the council would not."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert other_findings(sentence, passage) == []


INDAGATI = "Sono indagati 4 dirigenti della concessionaria e 2 tecnici di una società di ispezione esterna."
CAMPATE = "Il nuovo viadotto avrà 5 campate invece delle 7 del vecchio, secondo il progetto."
RIPARTIZIONE = ("Il ministero ha inoltre proposto di dividere i costi della ricostruzione: il 70 % a carico della "
                "concessionaria e il 30 % a carico dello Stato.")
ELEZIONI = "Alle elezioni comunali il Partito Verde ha ottenuto il 12 % e la Lista Civica l'8 %."
ASSUNTI = "Nel 2025 sono stati assunti 40 operai e 15 impiegati."
INCASSI = ("Secondo la Regione, la concessionaria ha incassato nel 2025 pedaggi per 412,5 milioni di euro, il 4,2 % in "
           "più rispetto al 2024.")
STADIO = "Il nuovo stadio avrà 8.000 posti, il 15 % in meno del vecchio."
SPESA = ("Secondo la concessionaria, la spesa per la manutenzione del viadotto tra il 2019 e il 2024 è stata di 8,4 "
         "milioni di euro, non di 1.250.000 euro come sostiene la Regione.")
PROPOSTA = ("Al tavolo, presieduto dal viceministro Paolo Sartori, il ministero ha proposto di rinviare l'aumento dei "
            "pedaggi al 1° luglio 2026 e di ridurlo al 3,5 %.")
SCIOPERO = "Secondo il sindacato, lo sciopero ha coinvolto il 70 % dei lavoratori."
MINUTI = ("La società contesta anche il calcolo dei tempi di percorrenza fatto dalla Regione: secondo i suoi rilievi, la "
          "deviazione allunga il viaggio di circa 25 minuti, non di 40.")
ACCETTATO = ("La Regione ha accettato il rinvio dell'aumento, ma non la riduzione al 3,5 %, e chiede ancora il "
             "congelamento delle tariffe.")
CHIUSURA = ("L'azienda ha confermato la chiusura dello stabilimento di Prato, ma non il licenziamento dei 200 "
            "dipendenti.")
SPESA_R = ("La Regione sostiene che Autovie Tirrene abbia speso per la manutenzione del viadotto solo 1.250.000 euro "
           "tra il 2019 e il 2024.")
ADESIONE = "Il sindacato sostiene che allo sciopero abbia aderito il 70 % dei lavoratori."
# the fixture's parties, and a union and a town whose names hold the nouns a report calls them by
NOUN_PARTIES = PARTIES + ("  - id: sindacato\n    name: Sindacato Autonomo Trasporti\n"
                          "  - id: comune\n    name: Comune di Castelmarino\n")

ITALIAN_MISSTATED = {
    "indagati-swapped": ("Sono indagati 2 dirigenti della concessionaria e 4 tecnici di una società di ispezione "
                         "esterna.", INDAGATI, "this sentence pairs 2 with 'dirigenti della concessionaria' where its "
                         "cited passages pair it with 'tecnici di una società'"),
    "assunti-swapped": ("Nel 2025 sono stati assunti 15 operai e 40 impiegati.", ASSUNTI,
                        "this sentence pairs 15 with 'operai' where its cited passages pair it with 'impiegati'"),
    "campate-swapped": ("Il nuovo viadotto avrà 7 campate invece delle 5 del vecchio.", CAMPATE,
                        "this sentence pairs 7 with 'Il nuovo viadotto avrà' where its cited passages pair it with "
                        "'del vecchio'"),
    "ripartizione-swapped": ("Il ministero ha proposto il 30 % a carico della concessionaria e il 70 % a carico dello "
                             "Stato.", RIPARTIZIONE, "this sentence pairs 30 % with 'a carico della concessionaria'"),
    "elezioni-swapped": ("Il Partito Verde ha ottenuto l'8 %, la Lista Civica il 12 %.", ELEZIONI,
                         "where its cited passages give it 12 %, and 8 % to 'la Lista Civica'"),
    "incassi-fell": ("Secondo la Regione, gli incassi sono diminuiti del 4,2 % rispetto al 2024.", INCASSI,
                     'figure "4,2 %" is given as a fall, but the passages this cites give it as a rise'),
    "incassi-in-meno": ("Secondo la Regione, gli incassi del 2025 sono stati il 4,2 % in meno rispetto al 2024.",
                        INCASSI, 'figure "4,2 %" is given as a fall'),
    "stadio-more-seats": ("Il nuovo stadio avrà il 15 % di posti in più del vecchio.", STADIO,
                          'figure "15 %" is given as a rise, but the passages this cites give it as a fall'),
    "spesa-given-to-the-region": ("Secondo la Regione, la spesa per la manutenzione del viadotto è stata di 8,4 milioni "
                                  "di euro.", SPESA, "this sentence gives the words to Regione, but its cited passages "
                                  "give them to la concessionaria"),
    "proposal-given-to-the-region": ("La Regione ha proposto di rinviare l'aumento al 1° luglio 2026 e di ridurlo al "
                                     "3,5 %.", PROPOSTA, "this sentence names Regione where its cited passages name "
                                     "ministero ('ministero ha proposto')"),
    "strike-given-to-the-town": ("Secondo il Comune, lo sciopero ha coinvolto il 70 % dei lavoratori.", SCIOPERO,
                                 "this sentence gives the words to Comune, but its cited passages give them to il "
                                 "sindacato"),
    "reduction-accepted": ("La Regione ha accettato la riduzione al 3,5 %.", ACCETTATO,
                           "this sentence drops the negation of its cited passage ('non la riduzione al 3,5 %')"),
    "layoffs-confirmed": ("L'azienda ha confermato il licenziamento dei 200 dipendenti.", CHIUSURA,
                          "this sentence drops the negation of its cited passage ('non il licenziamento dei 200 "
                          "dipendenti')"),
    "per-the-region-for-the-concessionaire": ("Per la Regione, la spesa per la manutenzione del viadotto è stata di "
                                              "8,4 milioni di euro.", SPESA,
                                              "this sentence gives the words to Regione, but its cited passages give "
                                              "them to la concessionaria"),
    "per-the-town-for-the-union": ("Per il Comune, allo sciopero ha aderito il 70 % dei lavoratori.", ADESIONE,
                                   "this sentence gives the words to Comune"),
}

ITALIAN_HONEST = {
    "indagati-kept": ("Sono indagati 4 dirigenti della concessionaria e 2 tecnici di una società esterna.", INDAGATI),
    "campate-kept": ("Il nuovo viadotto avrà 5 campate invece delle 7 del vecchio.", CAMPATE),
    "ripartizione-kept": ("Il ministero ha proposto il 70 % a carico della concessionaria e il 30 % a carico dello "
                          "Stato.", RIPARTIZIONE),
    "ripartizione-each-pays": ("Il ministero ha proposto che la concessionaria paghi il 70 % e lo Stato il 30 %.",
                               RIPARTIZIONE),
    "elezioni-kept": ("Il Partito Verde ha ottenuto il 12 %, la Lista Civica l'8 %.", ELEZIONI),
    "incassi-rose": ("Secondo la Regione, gli incassi sono cresciuti del 4,2 % rispetto al 2024.", INCASSI),
    "incassi-in-aumento": ("Secondo la Regione, gli incassi da pedaggi del 2025 sono stati di circa 412 milioni di "
                           "euro, in aumento del 4,2 %.", INCASSI),
    "stadio-fewer-seats": ("Il nuovo stadio avrà il 15 % di posti in meno.", STADIO),
    "spesa-by-its-name": ("Secondo Autovie Tirrene, la spesa per la manutenzione del viadotto è stata di 8,4 milioni "
                          "di euro.", SPESA),
    "spesa-by-its-noun": ("Secondo la concessionaria, la spesa per la manutenzione è stata di 8.400.000 euro.", SPESA),
    "proposal-by-the-ministry": ("Il ministero ha proposto di rinviare l'aumento al 1° luglio 2026.", PROPOSTA),
    "strike-by-the-union": ("Secondo il Sindacato Autonomo Trasporti, allo sciopero ha aderito il 70 % dei "
                            "lavoratori.", SCIOPERO),
    "reduction-not-accepted": ("La Regione non ha accettato la riduzione al 3,5 %.", ACCETTATO),
    "reduction-rejected": ("La Regione ha respinto la riduzione al 3,5 %.", ACCETTATO),
    "delay-but-not-reduction": ("La Regione ha accettato il rinvio dell'aumento ma non la riduzione al 3,5 %.",
                                ACCETTATO),
    "delay-accepted": ("La Regione ha accettato il rinvio dell'aumento.", ACCETTATO),
    "layoffs-not-confirmed": ("L'azienda non ha confermato il licenziamento dei 200 dipendenti.", CHIUSURA),
    "closure-confirmed": ("L'azienda ha confermato la chiusura dello stabilimento di Prato.", CHIUSURA),
    "per-the-region": ("Per la Regione, Autovie Tirrene ha speso solo 1.250.000 euro per la manutenzione del "
                       "viadotto.", SPESA_R),
    "per-the-concessionaire": ("Per la concessionaria, la spesa per la manutenzione è stata di 8,4 milioni di euro.",
                               SPESA),
    "per-the-union": ("Per il Sindacato Autonomo Trasporti, allo sciopero ha aderito il 70 % dei lavoratori.",
                      ADESIONE),
    "minutes-by-its-noun": ("Secondo la concessionaria, la deviazione allunga il viaggio di circa 25 minuti.", MINUTI),
}


@pytest.fixture(scope="module")
def italian(tmp_path_factory) -> SentencesChecked:
    """The Italian cases' one-sentence checks, in one load of a project holding the Italian fixture's locale."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck46") / "project")
    (root / "locales").mkdir(exist_ok=True)
    shutil.copy(FIXTURE / "locales" / "it.yaml", root / "locales" / "it.yaml")
    cases = [(sentence, passage) for sentence, passage, _ in ITALIAN_MISSTATED.values()]
    cases += list(ITALIAN_HONEST.values())
    checked = SentencesChecked(root, [Sentence(passage, sentence, NOUN_PARTIES, None, "it")
                                      for sentence, passage in cases])
    checked.BATCH = len(cases)  # all in one load: a second costs as much as the checks of all its cases
    return checked


@pytest.mark.parametrize("sentence, passage, named", ITALIAN_MISSTATED.values(), ids=ITALIAN_MISSTATED.keys())
def test_an_italian_misstatement_is_refused(italian: SentencesChecked, sentence: str, passage: str, named: str):
    lines = italian(passage, sentence, NOUN_PARTIES, None, "it")
    assert any(named in line for line in lines), lines


@pytest.mark.parametrize("sentence, passage", ITALIAN_HONEST.values(), ids=ITALIAN_HONEST.keys())
def test_an_honest_italian_wording_builds(italian: SentencesChecked, sentence: str, passage: str):
    assert italian(passage, sentence, NOUN_PARTIES, None, "it") == []
