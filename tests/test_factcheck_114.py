"""A hundred-and-fourteenth fact-check: what speakers say, read fairly (a steel trade dispute, its union's talks and a
patent ruling).

Misstatements that built, now refused:
- a speaker's "might" told as a reported "would" where the passage's word of saying says less than "said": "The union
  said talks would collapse" citing "The union suggested talks might collapse" (or "indicated", "signalled", "hinted",
  "feared"; French "a suggéré", Spanish "sugirió", German "deutete an"), and a prediction read as the sentence's own
  hedge: "The union predicted talks would collapse" citing "The union said talks might collapse" (forecasts.py);
- "certain to", "bound to" and "sure to" read as a "will": "The union said talks were certain to collapse" citing "...
  might collapse" (forecasts.py);
- a refusal bounded in time made lasting: "Northland said it would never raise tariffs" (or "had ruled out ever raising
  them") citing "Northland said it had no immediate plans to raise tariffs"; French "jamais" of "pour l'instant",
  Spanish "nunca" of "por ahora", German "niemals" of "vorerst" (lasting_refusals.py);
- a person given a body's words: "Reyes said it had received no complaint" citing "The commission said it had
  received no complaint so far" (unnamed_speakers.py read parties only);
- imports for exports: "The uncertainty is hurting imports" citing "... hurting exports" (opposites.py, read only where
  the word before each is the same, and a name or neither says "from" or "to" after it).
Honest sentences that were refused, now built:
- a pledge the same passage tells carried out: "Southland cut its steel exports" citing "Southland pledged to cut its
  steel exports and cut them by 5% in May" (threatened_deeds.py);
- a judge named with her title speaking for her court: "The court said Vantor chose to launch at risk" citing "Judge
  Castell said Vantor chose to launch at risk" ("The regulator said" of it stays refused: unnamed_speakers.py).
Trade's converse builds as it did: "Southland imports steel from Northland" citing "Northland exports steel to
Southland".

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import findings_in_language, sentence_findings

PARTIES = (Party(id="northland", name="Government of Northland", short_name="Northland", role="side"),
           Party(id="southland", name="Government of Southland", short_name="Southland", role="side"),
           Party(id="union", name="Steelworkers' Union", short_name="the union", role="side"),
           Party(id="vantor", name="Vantor Pharma", short_name="Vantor", role="defendant"))

PLANS = "Northland said it had no immediate plans to raise tariffs."
COMPLAINT = "The commission said it had received no complaint so far."
PLEDGE_KEPT = "Southland pledged to cut its steel exports and cut them by 5% in May."
JUDGE = "Judge Castell said Vantor chose to launch at risk."
HURTING = "Industry groups said the uncertainty was hurting exports."
EXPORTS = "Northland exports steel to Southland."
FARM = ("Northland applies an average tariff of 12% on farm goods from all countries, according to WTO data. Farm "
        "exports from Southland to Northland fell 8% last year.")

MISSTATED = {
    # a speaker's "might" told as a reported "would"
    "said-of-suggested": ("The union said talks would collapse.", "The union suggested talks might collapse.",
                          "only as expected ('might'), but it is worded as certain ('would')"),
    "said-of-indicated": ("The union said talks would collapse.", "The union indicated talks might collapse.",
                          "only as expected ('might')"),
    "said-of-signaled": ("The union said talks would collapse.", "The union has signaled that talks could collapse.",
                         "only as expected ('could')"),
    "says-will-of-hinted": ("The union says talks will collapse.", "The union hinted that talks may collapse.",
                            "only as expected ('may'), but it is worded as certain ('will')"),
    "said-of-feared": ("The union said talks would collapse.", "The union feared talks could collapse.",
                       "only as expected ('could')"),
    "said-of-worried": ("The union said talks would collapse.", "The union worried that talks could collapse.",
                        "only as expected ('could')"),
    "predicted-of-said": ("The union predicted talks would collapse.", "The union said talks might collapse.",
                          "only as expected ('might'), but it is worded as certain ('would')"),
    "predicts-will-of-said": ("The union predicts talks will collapse.", "The union said talks might collapse.",
                              "worded as certain ('will')"),
    "forecast-that-of-said": ("The union forecast that the talks would collapse.",
                              "The union said talks could collapse.", "only as expected ('could')"),
    "certain-to": ("The union said talks were certain to collapse.", "The union said talks might collapse.",
                   "worded as certain ('were certain to')"),
    "bound-to": ("Talks are bound to collapse, the union said.", "The union said talks could collapse.",
                 "worded as certain ('are bound to')"),
    # a refusal for now made lasting
    "never-of-no-immediate-plans": ("Northland said it would never raise tariffs.", PLANS,
                                    "makes lasting ('never') what its cited passages bound in time ('immediate')"),
    "ruled-out-ever": ("Northland said it had ruled out ever raising tariffs.", PLANS,
                       "makes lasting ('ruled out')"),
    "not-ever-of-for-now": ("Northland says it will not ever raise tariffs.",
                            "Northland said it had no plans to raise tariffs for now.",
                            "makes lasting ('not ever') what its cited passages bound in time ('for now')"),
    "ruled-out-of-at-this-stage": ("Northland said it had ruled out raising tariffs.",
                                   "Northland said it was not raising tariffs at this stage.",
                                   "bound in time ('at this stage')"),
    "past-never-of-this-year": ("Northland has never raised tariffs on Southland steel.",
                                "Northland has not raised tariffs on Southland steel this year.",
                                "bound in time ('this year')"),
    "future-never-of-not-yet": ("Northland said it would never raise tariffs on Southland steel.",
                                "Northland has not yet raised tariffs on Southland steel.", "bound in time ('yet')"),
    # a person given a body's words
    "person-of-commission": ("Reyes said it had received no complaint.", COMPLAINT,
                             "gives the words to Reyes, but its cited passages give them to the commission"),
    "person-named-in-full-of-commission": ("Ana Reyes said the commission had received no complaint.", COMPLAINT,
                                           "gives the words to Ana Reyes"),
    "regulator-of-judge": ("The regulator said Vantor chose to launch at risk.", JUDGE,
                           "gives the words to 'the regulator'"),
    # trade's way turned
    "imports-of-exports": ("The uncertainty is hurting imports.", HURTING,
                           "says 'imports' where its cited passages say 'exports'"),
    "a-partys-imports-of-its-exports": ("Southland's imports fell by a third.", "Southland's exports fell by a third.",
                                        "says 'imports'"),
    "import-duties": ("Northland raised import duties on steel.", "Northland raised export duties on steel.",
                      "says 'import'"),
    "importer": ("Northland is the largest importer of Southland steel.",
                 "Northland is the largest exporter of Southland steel.", "says 'importer'"),
    "same-party-imports-for-exports": ("Southland imports steel from Northland.",
                                       "Southland exports steel to Northland.", "says 'imports'"),
    # a pledge not yet carried out
    "pledge-and-to": ("Southland cut its steel exports.",
                      "Southland pledged to cut its steel exports and to cut them by 5% by May.",
                      "only as threatened ('pledged to cut')"),
    "pledge-and-next-year": ("Southland cut its steel exports.",
                             "Southland pledged to cut its steel exports and cut them by 5% next year.",
                             "only as threatened ('pledged to cut')"),
    "pledge-alone": ("Southland cut its steel exports.", "Southland pledged to cut its steel exports.",
                     "only as promised ('pledged to cut')"),
    "vow-would-do-so": ("Northland put tariffs on Southland steel.",
                        "Northland vowed to impose tariffs on Southland steel and would do so on Friday.",
                        "only as threatened ('vowed to impose')"),
}

HONEST = {
    "might-of-suggested": ("The union said talks might collapse.", "The union suggested talks might collapse."),
    "suggested-as-written": ("The union suggested talks might collapse.", "The union suggested talks might collapse."),
    "could-of-indicated": ("The union said talks could collapse.", "The union indicated talks might collapse."),
    "would-of-suggested-would": ("The union said talks would collapse.", "The union suggested talks would collapse."),
    "predicted-of-said-would": ("The union predicted talks would collapse.", "The union said talks would collapse."),
    "predicted-could": ("The union predicted talks could collapse.", "The union said talks might collapse."),
    "predicted-of-an-unreported-could": ("Analysts predicted the talks would collapse.", "The talks could collapse."),
    "worried-might": ("The union worried talks might collapse.", "The union worried talks might collapse."),
    "certain-to-as-written": ("The union said talks were certain to collapse.",
                              "The union said talks were certain to collapse."),
    "certain-to-of-would": ("The union said talks were certain to collapse.", "The union said talks would collapse."),
    "bound-as-obliged": ("Northland is bound to pay the fee under the treaty.",
                         "Northland is bound to pay the fee under the treaty."),
    "no-plans-as-written": (PLANS, PLANS),
    "no-plans-for-now": ("Northland said it had no plans to raise tariffs for now.", PLANS),
    "not-for-now": ("Northland said it would not raise tariffs for now.", PLANS),
    "never-of-never": ("Northland said it would never raise tariffs.",
                       "Northland said it would never raise tariffs, though it had no immediate plans to cut them."),
    "never-of-another-sentence": ("Northland said it would never raise tariffs.",
                                  "Northland said it had no immediate plans to cut rates. It said it would never raise "
                                  "tariffs."),
    "has-never-of-so-far": ("Northland has never raised tariffs on Southland steel.",
                            "Northland has not raised tariffs on Southland steel so far."),
    "never-of-another-act": ("Northland said it would never join the talks.", PLANS),
    "not-ruled-out": ("A further increase of up to 5% cannot be ruled out.",
                      "The estimate is not final, and a further increase of up to 5% cannot yet be ruled out."),
    "commission-as-written": ("The commission said it had received no complaint.", COMPLAINT),
    "person-named-in-the-passage": ("Reyes said it had received no complaint.",
                                    "The commission said it had received no complaint so far, Reyes added."),
    "court-of-judge": ("The court said Vantor chose to launch at risk.", JUDGE),
    "tribunal-of-justice": ("The tribunal said Vantor chose to launch at risk.",
                            "Justice Okoro said Vantor chose to launch at risk."),
    "judge-of-judge": ("The judge said Vantor chose to launch at risk.", JUDGE),
    "converse-imports": ("Southland imports steel from Northland.", EXPORTS),
    "converse-imported": ("Southland imported steel from Northland.", "Northland exported steel to Southland."),
    "exports-as-written": ("The uncertainty is hurting exports.", HURTING),
    "farm-imports": ("On average, Northland charges 12% on farm imports, WTO data show.", FARM),
    "pledge-kept": ("Southland cut its steel exports.", PLEDGE_KEPT),
    "pledge-kept-with-figures": ("Southland cut its steel exports by 5% in May.", PLEDGE_KEPT),
    "vow-kept-imposed": ("Northland put tariffs on Southland steel.",
                         "Northland vowed to impose tariffs on Southland steel and imposed them last week."),
    "vow-kept-did-so": ("Northland put tariffs on Southland steel.",
                        "Northland vowed to impose tariffs on Southland steel and did so on Friday."),
    "threat-kept-imposed": ("Northland imposed tariffs on Southland steel.",
                            "Northland threatened to impose tariffs on Southland steel and imposed them on Friday."),
}

MISSTATED_ABROAD = {
    "fr-said-of-suggested": ("fr", "Le syndicat a dit que les négociations échoueraient.",
                             "Le syndicat a suggéré que les négociations pourraient échouer.",
                             "only as expected ('pourraient')"),
    "es-said-of-suggested": ("es", "El sindicato dijo que las negociaciones fracasarían.",
                             "El sindicato sugirió que las negociaciones podrían fracasar.",
                             "only as expected ('podrían')"),
    "de-said-of-hinted": ("de", "Die Gewerkschaft sagte, die Verhandlungen würden scheitern.",
                          "Die Gewerkschaft deutete an, die Verhandlungen könnten scheitern.",
                          "only as expected ('könnten')"),
    "fr-jamais": ("fr", "Le gouvernement a dit qu'il n'augmenterait jamais les droits de douane.",
                  "Le gouvernement a dit qu'il n'augmenterait pas les droits de douane pour l'instant.",
                  "makes lasting ('jamais') what its cited passages bound in time ('pour l'instant')"),
    "es-nunca": ("es", "El gobierno dijo que nunca subiría los aranceles.",
                 "El gobierno dijo que por ahora no subiría los aranceles.", "makes lasting ('nunca')"),
    "de-niemals": ("de", "Die Regierung sagte, sie werde die Zölle niemals erhöhen.",
                   "Die Regierung sagte, sie werde die Zölle vorerst nicht erhöhen.", "makes lasting ('niemals')"),
}

HONEST_ABROAD = {
    "fr-might-kept": ("fr", "Le syndicat a dit que les négociations pourraient échouer.",
                      "Le syndicat a suggéré que les négociations pourraient échouer."),
    "es-might-kept": ("es", "El sindicato dijo que las negociaciones podrían fracasar.",
                      "El sindicato sugirió que las negociaciones podrían fracasar."),
    "de-might-kept": ("de", "Die Gewerkschaft sagte, die Verhandlungen könnten scheitern.",
                      "Die Gewerkschaft deutete an, die Verhandlungen könnten scheitern."),
    "fr-bound-kept": ("fr", "Le gouvernement a dit qu'il n'augmenterait pas les droits de douane pour l'instant.",
                      "Le gouvernement a dit qu'il n'augmenterait pas les droits de douane pour le moment."),
    "es-bound-kept": ("es", "El gobierno dijo que por ahora no subiría los aranceles.",
                      "El gobierno dijo que de momento no subiría los aranceles."),
    "de-bound-kept": ("de", "Die Regierung sagte, sie werde die Zölle vorerst nicht erhöhen.",
                      "Die Regierung sagte, sie werde die Zölle derzeit nicht erhöhen."),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the dispute's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, said", MISSTATED_ABROAD.values(), ids=MISSTATED_ABROAD.keys())
def test_a_misstatement_in_another_language_is_refused(language: str, sentence: str, passage: str, said: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage", HONEST_ABROAD.values(), ids=HONEST_ABROAD.keys())
def test_an_honest_wording_in_another_language_builds(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []
