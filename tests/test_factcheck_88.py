"""An eighty-eighth fact-check: a fact-checker's leftovers from the lawsuit and language rounds, and legal and business
pairs of the same kinds.

What built and is now refused, each beside honest rewordings that build:
- a qualifier the source leaves open, added: "liable for wilful infringement" citing "the judge will decide whether it
  was wilful" (or not given at all: "knowingly", "intentional"; French, German) (explainer/open_qualifiers.py);
- a sum sued for told as awarded, and the reverse: "Brightwell sued Corvane for $120 million" citing "ordered Corvane
  to pay Brightwell $120 million", "was awarded $2bn" citing "sued Corvane for $2bn" (explainer/sum_acts.py);
- a decision to come told as made: "The judge upheld the jury's verdict" citing "is due to rule on Corvane's challenge
  to the verdict", and "Shareholders rejected the deal" citing "will vote on the deal" (explainer/pending_rulings.py);
- German passives: "vom Richter angeordnet" citing the jury's order, active or passive (explainer/court_actors.py);
- a fine in another currency: "fined $120 million" citing a €120 million fine beside $120 million of damages
  (explainer/fine_figures.py);
- "according to the law" (the rules, plan; Swahili "kwa mujibu wa sheria") read as whose word a sentence states, so
  an allegation told as fact built with a standard in the speaker's place (explainer/standards.py);
- Urdu's negation added where the verb's two forms differ ("نہیں بڑھایا" citing "بڑھا دیا", "مسترد نہیں کیا" citing
  "مسترد کر دیا") (explainer/arabic_negations.py);
- a merger "cleared with conditions" told as approved plainly (explainer/conditions.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import read_as_project_locale, sentence_findings
from test_newuser_54 import FIXTURE as SWAHILI_FIXTURE, P_GHARAMA, PARTIES as SWAHILI_PARTIES

PARTIES = (Party(id="corvane", name="Corvane Technologies", short_name="Corvane", role="defendant"),
           Party(id="brightwell", name="Brightwell Software", short_name="Brightwell", role="plaintiff"))

OPEN = "The jury found Corvane liable for infringement; the judge will decide whether it was wilful."
WILFUL = "The damages could rise to up to $360 million if the judge finds that the infringement was wilful"
VERDICT = "The jury ordered Corvane to pay Brightwell $120 million in damages."
SUED = "Brightwell sued Corvane for $2bn."
DUE = "The judge is due to rule on Corvane's challenge to the verdict in May."
VOTE = "Shareholders will vote on the deal in June."
SCHADEN = "Die Zahlung von 120 Millionen Dollar Schadenersatz wurde von den Geschworenen angeordnet."
FINES = ("The jury ordered Corvane to pay $120 million in damages.",
         "In a separate case, the European Commission fined Corvane €120 million.")
ALLEGES = "Brightwell alleges that Corvane copied its source code."
RAISED = "ارسا نے پانی کی قلت کا تخمینہ بڑھا دیا۔"
CLEARED = "Regulators cleared the merger with conditions, requiring Corvane to sell its router unit."

LEFT_OPEN = "as fact where its cited passages leave it open"
NOT_GIVEN = "which its cited passages do not say"
AS_CLAIMED = "as claimed"
AS_AWARDED = "as awarded"
TO_COME = "its cited passages give only as to come"
TO_JUDGE = "to the judge where its cited passages give it to the jury"
TO_JURY = "to the jury where its cited passages give it to the judge"
FINED = "where its cited passages give damages"
ALLEGED = "the source gives this as someone's word ('alleges')"
NEGATION = "adds a negation to its cited passage"
CONDITION = "the source gives this only on a condition ('with conditions')"

MISSTATED = {
    "wilful-left-open": ("The jury found Corvane liable for wilful infringement.", (OPEN,), "en", LEFT_OPEN),
    "wilfully-if-the-judge-finds": ("The jury found that Corvane wilfully infringed the patents.", (WILFUL,), "en",
                                    LEFT_OPEN),
    "deliberately-left-open": ("The jury found that Corvane deliberately infringed the patents.",
                               ("The jury found Corvane liable for infringing the patents; the judge will decide "
                                "whether the infringement was deliberate.",), "en", LEFT_OPEN),
    "knowingly-not-given": ("Corvane knowingly infringed the patents, the jury found.",
                            ("The jury found that Corvane infringed the patents.",), "en", NOT_GIVEN),
    "intentional-not-given": ("The jury found Corvane liable for intentional infringement.",
                              ("The jury found Corvane liable for infringement.",), "en", NOT_GIVEN),
    "deliberately-after-the-jury": ("The jury deliberately ignored the evidence.",
                                    ("The jury deliberated for two days.",), "en", NOT_GIVEN),
    "vorsätzlich": ("Die Geschworenen befanden, dass Corvane die Patente vorsätzlich verletzt hat.",
                    ("Die Geschworenen befanden, dass Corvane die Patente verletzt hat; der Richter entscheidet, ob "
                     "dies vorsätzlich geschah.",), "de", LEFT_OPEN),
    "délibérée": ("Le jury a reconnu Corvane responsable d'une contrefaçon délibérée.",
                  ("Le jury a reconnu Corvane responsable de contrefaçon ; le juge décidera si elle était délibérée.",),
                  "fr", LEFT_OPEN),
    "sued-for-the-award": ("Brightwell sued Corvane for $120 million.", (VERDICT,), "en", AS_CLAIMED),
    "awarded-what-was-sued-for": ("Brightwell was awarded $2bn.", (SUED,), "en", AS_AWARDED),
    "won-what-it-is-suing-for": ("Brightwell won $2bn from Corvane.",
                                 ("Brightwell is suing Corvane in Delaware for $2bn.",), "en", AS_AWARDED),
    "awarded-a-lawsuits-sum": ("A jury awarded Brightwell $2bn.",
                               ("Brightwell filed a $2bn lawsuit against Corvane.",), "en", AS_AWARDED),
    "upheld-for-due-to-rule": ("The judge upheld the jury's verdict.", (DUE,), "en", TO_COME),
    "dismissed-for-expected-to-decide": ("The court dismissed Brightwell's request for a ban on Lumen sales.",
                                         ("The court is expected to decide on Brightwell's request for a ban on Lumen "
                                          "sales next month.",), "en", TO_COME),
    "granted-for-expected-to-decide": ("The judge granted a permanent injunction.",
                                       ("The judge is expected to decide on a permanent injunction in May.",), "en",
                                       TO_COME),
    "rejected-for-will-vote": ("Shareholders rejected the deal.", (VOTE,), "en", TO_COME),
    "backed-for-set-to-vote": ("Corvane's shareholders backed the takeover.",
                               ("Corvane's shareholders are set to vote on the takeover next week.",), "en", TO_COME),
    "confirmé-for-doit-se-prononcer": ("Le juge a confirmé le verdict du jury.",
                                       ("Le juge doit se prononcer en mai sur le recours de Corvane contre le "
                                        "verdict.",), "fr", TO_COME),
    "confirmó-for-se-pronunciará": ("El juez confirmó el veredicto del jurado.",
                                    ("El juez se pronunciará en mayo sobre el recurso de Corvane contra el veredicto.",),
                                    "es", TO_COME),
    "bestätigte-for-soll-entscheiden": ("Der Richter bestätigte das Urteil der Geschworenen.",
                                        ("Der Richter soll im Mai über den Einspruch von Corvane gegen das Urteil "
                                         "entscheiden.",), "de", TO_COME),
    "vom-richter-for-the-jurys-active": ("Die Zahlung von 120 Millionen Dollar Schadenersatz wurde vom Richter "
                                         "angeordnet.", ("Die Geschworenen ordneten im Prozess die Zahlung von 120 "
                                                         "Millionen Dollar Schadenersatz an.",), "de", TO_JUDGE),
    "active-judge-for-the-jurys-passive": ("Der Richter ordnete im Prozess die Zahlung von 120 Millionen Dollar "
                                           "Schadenersatz an.", (SCHADEN,), "de", TO_JUDGE),
    "von-den-geschworenen-verurteilt": ("Corvane wurde von den Geschworenen zur Zahlung verurteilt.",
                                        ("Der Richter verurteilte Corvane im Prozess zur Zahlung.",), "de", TO_JURY),
    "fine-in-dollars-for-euros": ("The European Commission fined Corvane $120 million.", FINES, "en", FINED),
    "according-to-the-law": ("Corvane copied Brightwell's code according to the law.", (ALLEGES,), "en", ALLEGED),
    "according-to-the-rules": ("Corvane copied Brightwell's code, according to the rules.", (ALLEGES,), "en", ALLEGED),
    "according-to-plan": ("According to plan, Corvane copied Brightwell's code.", (ALLEGES,), "en", ALLEGED),
    "urdu-raised-compound": ("ارسا نے پانی کی قلت کا تخمینہ نہیں بڑھایا۔", (RAISED,), "ur", NEGATION),
    "urdu-rejected-light-verb": ("عدالت نے اپیل مسترد نہیں کیا۔", ("عدالت نے اپیل مسترد کر دیا۔",), "ur", NEGATION),
    "urdu-rejected-feminine": ("حکومت نے درخواست مسترد نہیں کی۔", ("حکومت نے درخواست مسترد کر دی۔",), "ur", NEGATION),
    "approved-for-cleared-with-conditions": ("Regulators approved the merger.", (CLEARED,), "en", CONDITION),
}


@pytest.mark.parametrize("sentence, passages, language, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_leftover_misstatement_is_refused(sentence: str, passages: tuple[str, ...], language: str, expected: str):
    found = sentence_findings(sentence, passages, language, PARTIES)
    assert any(expected in message for message in found), found


HONEST = {
    "wilful-kept-open": ("The jury found Corvane liable for infringement, and the judge will decide whether it was "
                         "wilful.", (OPEN,), "en"),
    "wilful-as-found": ("The jury found Corvane liable for wilful infringement.",
                        ("The jury found Corvane liable for wilful infringement.",), "en"),
    "wilful-paraphrased": ("Jurors found that Corvane's infringement was wilful.",
                           ("The jury found Corvane liable for wilful infringement.",), "en"),
    # ("could triple" here was read as no multiple until the bare verb after a modal was (test_newuser_77): the
    # passage gives no $120 million to triple, so the condition is kept with the figure it gives)
    "wilful-if": ("Damages could rise to up to $360 million if the judge finds the infringement wilful.", (WILFUL,),
                  "en"),
    "wilful-as-an-allegation": ("Brightwell says the infringement was wilful.",
                                ("Brightwell alleges that the infringement was wilful.",), "en"),
    "wilful-dropped": ("The jury found Corvane liable for infringement.",
                       ("The jury found Corvane liable for wilful infringement.",), "en"),
    "to-deliberate": ("The jury will deliberate on Corvane's liability.",
                      ("The jury will deliberate on Corvane's liability next week.",), "en"),
    "ob-vorsätzlich": ("Der Richter entscheidet, ob Corvane die Patente vorsätzlich verletzt hat.",
                       ("Die Geschworenen befanden, dass Corvane die Patente verletzt hat; der Richter entscheidet, ob "
                        "dies vorsätzlich geschah.",), "de"),
    "sued-for-kept": ("Brightwell sued Corvane for $2bn.", (SUED,), "en"),
    "sued-as-sought": ("Brightwell is seeking $2bn from Corvane.", (SUED,), "en"),
    "sued-and-awarded": ("Brightwell, which had sued for $2bn, was awarded $120 million.",
                         ("Brightwell sued Corvane for $2bn and was awarded $120 million.",), "en"),
    "ordered-to-pay": ("Corvane was ordered to pay Brightwell $120 million.", (VERDICT,), "en"),
    "lawsuit-sought": ("Brightwell's lawsuit sought $2bn.", ("Brightwell filed a $2bn lawsuit against Corvane.",),
                       "en"),
    "due-to-rule-kept": ("The judge will rule in May on Corvane's challenge to the verdict.", (DUE,), "en"),
    "not-yet-ruled": ("The judge has not yet ruled on Corvane's challenge to the verdict.", (DUE,), "en"),
    "upheld-as-given": ("The judge upheld the verdict.",
                        ("The judge upheld the verdict in March and is due to rule on damages in May.",), "en"),
    "another-ruling-made": ("Judge Okafor rejected Corvane's motion to dismiss the case last year.",
                            ("Judge Okafor rejected Corvane's motion to dismiss the case last year.", DUE), "en"),
    "vote-kept-to-come": ("Shareholders will vote on the deal in June.", (VOTE,), "en"),
    "se-prononcera": ("Le juge se prononcera en mai sur le recours contre le verdict.",
                      ("Le juge doit se prononcer en mai sur le recours de Corvane contre le verdict.",), "fr"),
    "wird-entscheiden": ("Der Richter wird im Mai über den Einspruch gegen das Urteil entscheiden.",
                         ("Der Richter soll im Mai über den Einspruch von Corvane gegen das Urteil entscheiden.",),
                         "de"),
    "von-den-geschworenen-kept": (SCHADEN, (SCHADEN,), "de"),
    "geschworenen-active-for-passive": ("Die Geschworenen ordneten die Zahlung von 120 Millionen Dollar Schadenersatz "
                                        "an.", (SCHADEN,), "de"),
    "vom-richter-bestätigt": ("Die Zahlung von 120 Millionen Dollar Schadenersatz wurde vom Richter bestätigt.",
                              ("Die Zahlung von 120 Millionen Dollar Schadenersatz wurde von den Geschworenen "
                               "angeordnet und vom Richter bestätigt.",), "de"),
    "fine-in-euros": ("The European Commission fined Corvane €120 million.", FINES, "en"),
    "fine-in-euros-spelled": ("Corvane was fined 120 million euros.", FINES, "en"),
    "fine-without-figure": ("The Commission fined Corvane.", FINES[1:], "en"),
    "according-to-brightwell": ("According to Brightwell, Corvane copied its code.", (ALLEGES,), "en"),
    "according-to-the-law-dropped": ("All the forms were filled in.",
                                     ("All the forms were filled in according to the law.",), "en"),
    "according-to-the-law-dropped-by-a-party": ("Corvane filled in all the forms.",
                                                ("Corvane filled in all the forms according to the law.",), "en"),
    "according-to-plan-dropped": ("The merger went ahead as planned.",
                                  ("The merger went ahead according to plan.",), "en"),
    "according-to-the-law-kept": ("The forms were filled in according to the law.",
                                  ("The forms were filled in according to the law.",), "en"),
    "urdu-raised": ("ارسا نے پانی کی قلت کا تخمینہ بڑھایا۔", (RAISED,), "ur"),
    "urdu-not-raised-kept": ("ارسا نے پانی کی قلت کا تخمینہ نہیں بڑھایا۔",
                             ("ارسا نے پانی کی قلت کا تخمینہ نہیں بڑھایا۔",), "ur"),
    "urdu-not-rejected-kept": ("عدالت نے اپیل مسترد نہیں کی۔", ("عدالت نے اپیل مسترد نہیں کیا۔",), "ur"),
    "cleared-with-conditions-kept": ("Regulators cleared the merger with conditions.", (CLEARED,), "en"),
    "cleared-on-conditions": ("Regulators cleared the merger on conditions.", (CLEARED,), "en"),
    "the-condition-itself": ("Regulators required Corvane to sell its router unit.", (CLEARED,), "en"),
}


@pytest.mark.parametrize("sentence, passages, language", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passages: tuple[str, ...], language: str):
    assert sentence_findings(sentence, passages, language, PARTIES) == []


def test_urdu_dropped_negation_across_forms_is_refused():
    found = sentence_findings("ارسا نے پانی کی قلت کا تخمینہ بڑھا دیا۔", ("ارسا نے پانی کی قلت کا تخمینہ نہیں بڑھایا۔",),
                              "ur", PARTIES)
    assert any("drops the negation" in message for message in found), found


@pytest.fixture
def swahili():
    """Read text in Swahili as the newuser_54 fixture's locale writes it, as a build of that project does."""
    read_as_project_locale(SWAHILI_FIXTURE, "sw")


SWAHILI_MISSTATED = {
    "kwa-mujibu-wa-sheria": "Kwa mujibu wa sheria, kuhesabu upya kura zote za kaunti kungegharimu shilingi milioni 86.",
    "kulingana-na-sheria": "Kulingana na sheria, kuhesabu upya kura zote za kaunti kungegharimu shilingi milioni 86.",
}


@pytest.mark.parametrize("sentence", SWAHILI_MISSTATED.values(), ids=SWAHILI_MISSTATED.keys())
def test_a_swahili_standard_says_no_ones_word(swahili, sentence: str):
    found = sentence_findings(sentence, (P_GHARAMA,), "sw", SWAHILI_PARTIES)
    assert any("states as fact what its cited passages give only as the word of Tume" in message
               for message in found), found


SWAHILI_HONEST = {
    "speaker-kept": ("Kwa mujibu wa Tume, kuhesabu upya kura zote za kaunti kungegharimu shilingi milioni 86.",
                     P_GHARAMA),
    "standard-dropped": ("Fomu zote zilijazwa.", "Fomu zote zilijazwa kwa mujibu wa sheria."),
    "standard-kept": ("Fomu zote zilijazwa kwa mujibu wa sheria.", "Fomu zote zilijazwa kwa mujibu wa sheria."),
    "standard-dropped-by-a-party": ("Tume ilijaza fomu zote.", "Tume ilijaza fomu zote kwa mujibu wa sheria."),
}


@pytest.mark.parametrize("sentence, passage", SWAHILI_HONEST.values(), ids=SWAHILI_HONEST.keys())
def test_an_honest_swahili_standard_builds(swahili, sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "sw", SWAHILI_PARTIES) == []
