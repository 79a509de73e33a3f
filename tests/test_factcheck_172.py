"""A party's own plan, told from its own release or its own word (explainer/told_plans.py):

1. "Corvane plans to close the Lyon plant in 2027." (or "intends to", "aims to", "is planning to", "hopes to"; Italian
   "prevede di", "conta di", "intende"; French "prévoit de", "compte", "projette de"; Spanish "prevé", "cuenta con",
   "planea"; German "plant", "beabsichtigt", "will") citing Corvane's own release, "The Lyon plant is expected to close
   in 2027." (or "should close", "dovrebbe chiudere", "devrait fermer", "debería cerrar", "dürfte schließen"), was
   refused as stating the release's word as fact (party_word.py) and, in Italian, as dropping its "dovrebbe"
   (attribution.py's dropped_hedge; its "Corvane insists", by dropped_attribution): the release's author named as the subject of a verb of planning gives the plan
   as its own. "The Lyon plant will close in 2027." (no author), "Corvane has closed the Lyon plant" and "Brightwell
   plans to close ..." (another party) stay refused.
2. German "will" (wants) read as English "will" (forecasts.py): "Corvane will das Werk in Lyon 2027 schließen" citing
   "Das Werk in Lyon dürfte 2027 schließen" was refused as worded as certain ('will'); German's future, "wird", stays
   refused. A plan given to another party than the release's author is refused on one shared word ("Brightwell will
   das Werk ... schließen"), as it built once "will" was no longer read as a future.
3. The same where the source is not the author's own but gives its word: "Corvane plans to close the Lyon plant in
   2027." citing "Corvane said it expects the plant to close in 2027." builds (party_word.py); "Brightwell plans to
   close ..." and a plan given to Corvane by Harlow's word ("Harlow said Corvane's Lyon plant is expected to close")
   stay refused. A plan of a step against another ("plans to appeal", "planea recurrir") stays the speaker's word, as
   tests/test_newuser_87.py and tests/test_factcheck_113.py keep it ("envisage de faire appel" is weighing, no plan).
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import LOCALE_PROJECTS, REPO, read_as_project_locale, sentence_findings

PARTIES = (Party(id="corvane", name="Corvane Chemicals", short_name="Corvane",
                 aliases=("the company", "la società", "l'entreprise", "la empresa", "das Unternehmen")),
           Party(id="brightwell", name="Brightwell Group", short_name="Brightwell"),
           Party(id="city", name="City of Harlow", short_name="Harlow"))
AUTHOR = "Corvane Chemicals"
RELEASE = {"en": "The Lyon plant is expected to close in 2027.", "en-should": "The Lyon plant should close in 2027.",
           "it": "Lo stabilimento di Lione dovrebbe chiudere nel 2027.", "fr": "L'usine de Lyon devrait fermer en 2027.",
           "es": "La planta de Lyon debería cerrar en 2027.", "de": "Das Werk in Lyon dürfte 2027 schließen."}
WORD = "give only as the word of"
GIVEN = "gives the words to"


def found(language: str, sentence: str, passage: str, statement_of: str = AUTHOR) -> list[str]:
    """Return the findings of a sentence in `language` citing one passage, of Corvane's release by default."""
    read_as_project_locale(LOCALE_PROJECTS.get(language, REPO), language)
    return sentence_findings(sentence, (passage,), language, PARTIES, statement_of=statement_of)


# 1. The author's own plan, told from its release
@pytest.mark.parametrize("language, passage, sentence", [
    ("en", "en", "Corvane plans to close the Lyon plant in 2027."),
    ("en", "en", "Corvane intends to close the Lyon plant in 2027."),
    ("en", "en-should", "Corvane aims to close the Lyon plant in 2027."),
    ("en", "en-should", "Corvane is planning to close the Lyon plant in 2027."),
    ("en", "en-should", "Corvane hopes to close the Lyon plant in 2027."),
    ("en", "en", "The company plans to close the Lyon plant in 2027."),
    ("en", "en", "In 2027, Corvane plans to close the Lyon plant."),
    ("en", "en", "Corvane still plans to close its Lyon plant in 2027."),
    ("en", "en", "Corvane Chemicals intends to shut the Lyon plant in 2027."),
    ("it", "it", "Corvane prevede di chiudere lo stabilimento di Lione nel 2027."),
    ("it", "it", "Corvane conta di chiudere lo stabilimento di Lione nel 2027."),
    ("it", "it", "Corvane intende chiudere lo stabilimento di Lione nel 2027."),
    ("it", "it", "La società prevede di chiudere lo stabilimento di Lione nel 2027."),
    ("it", "it", "Corvane ha in programma di chiudere lo stabilimento di Lione nel 2027."),
    ("fr", "fr", "Corvane prévoit de fermer l'usine de Lyon en 2027."),
    ("fr", "fr", "Corvane projette de fermer l'usine de Lyon en 2027."),
    ("fr", "fr", "L'entreprise compte fermer l'usine de Lyon en 2027."),
    ("es", "es", "Corvane prevé cerrar la planta de Lyon en 2027."),
    ("es", "es", "Corvane planea cerrar la planta de Lyon en 2027."),
    ("es", "es", "La empresa prevé el cierre de la planta de Lyon en 2027."),
    ("de", "de", "Corvane plant, das Werk in Lyon 2027 zu schließen."),
    ("de", "de", "Corvane beabsichtigt, das Werk in Lyon 2027 zu schließen."),
])
def test_the_authors_own_plan_builds(language, passage, sentence):
    assert found(language, sentence, RELEASE[passage]) == []


def test_the_authors_own_plan_keeps_its_own_insisting():
    """A release's "Corvane insists" is its author's word too (attribution.py's dropped_attribution)."""
    passage = "Corvane insists the Lyon plant should close in 2027."
    assert found("en", "Corvane plans to close the Lyon plant in 2027.", passage) == []
    assert any("someone's word ('insists')" in finding
               for finding in found("en", "Brightwell plans to close the Lyon plant in 2027.", passage))


@pytest.mark.parametrize("language, passage, sentence, words", [
    ("en", "en", "The Lyon plant will close in 2027.", WORD),
    ("en", "en", "Corvane will close the Lyon plant in 2027.", WORD),
    ("en", "en", "Corvane has closed the Lyon plant.", "tells as done"),
    ("en", "en", "Brightwell plans to close the Lyon plant in 2027.", WORD),
    ("en", "en", "Brightwell intends to close the Lyon plant in 2027.", WORD),
    ("en", "en", "Harlow plans to close the Lyon plant in 2027.", WORD),
    ("en", "en", "Harlow says Corvane plans to close the Lyon plant in 2027.", GIVEN),
    ("it", "it", "Lo stabilimento di Lione chiuderà nel 2027.", WORD),
    ("it", "it", "Brightwell prevede di chiudere lo stabilimento di Lione nel 2027.", WORD),
    ("fr", "fr", "Brightwell prévoit de fermer l'usine de Lyon en 2027.", WORD),
    ("es", "es", "Brightwell planea cerrar la planta de Lyon en 2027.", WORD),
])
def test_a_plan_of_no_one_or_of_another_stays_refused(language, passage, sentence, words):
    findings = found(language, sentence, RELEASE[passage])
    assert any(words in finding for finding in findings), findings


# 2. German "will" is "wants"
@pytest.mark.parametrize("sentence", [
    "Corvane will das Werk in Lyon 2027 schließen.",
    "2027 will Corvane das Werk in Lyon schließen.",
    "Das Unternehmen will das Werk in Lyon 2027 schließen.",
])
def test_a_german_will_is_a_wish_and_builds(sentence):
    assert found("de", sentence, RELEASE["de"]) == []


@pytest.mark.parametrize("sentence, words", [
    ("Das Werk in Lyon wird 2027 schließen.", "worded as certain ('wird')"),
    ("Brightwell will das Werk in Lyon 2027 schließen.", WORD),
])
def test_a_german_future_or_anothers_wish_stays_refused(sentence, words):
    findings = found("de", sentence, RELEASE["de"])
    assert any(words in finding for finding in findings), findings


# 3. The author's plan, from a source giving its word
@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "Corvane plans to close the Lyon plant in 2027.", "Corvane said it expects the plant to close in 2027."),
    ("en", "Corvane aims to close the plant in 2027.", "Corvane said it expects the plant to close in 2027."),
    ("en", "Corvane intends to close the Lyon plant by 2027.",
     "Corvane said on Monday that it expects the Lyon plant to close in 2027."),
    ("en", "Corvane plans to close the Lyon plant in 2027.", "The Lyon plant is expected to close in 2027, Corvane said."),
    ("en", "Corvane intends to close the Lyon plant in 2027.",
     "According to Corvane, the Lyon plant should close in 2027."),
    ("fr", "Corvane prévoit de fermer l'usine de Lyon en 2027.",
     "Corvane a déclaré que l'usine de Lyon devrait fermer en 2027."),
    ("it", "Corvane prevede di chiudere lo stabilimento di Lione nel 2027.",
     "Corvane ha detto che lo stabilimento di Lione dovrebbe chiudere nel 2027."),
])
def test_the_speakers_own_plan_builds(language, sentence, passage):
    assert found(language, sentence, passage, statement_of="") == []


@pytest.mark.parametrize("language, sentence, passage, words", [
    ("en", "Brightwell plans to close the Lyon plant in 2027.", "Corvane said it expects the plant to close in 2027.",
     WORD),
    ("en", "Brightwell aims to close the Lyon plant in 2027.",
     "Corvane said it expects the Lyon plant to close in 2027.", WORD),
    ("en", "Corvane plans to close the Lyon plant in 2027.",
     "Harlow said Corvane's Lyon plant is expected to close in 2027.", WORD),
    ("en", "Corvane plans to close the Lyon plant in 2027.", "Corvane's Lyon plant will reportedly close in 2027.",
     "only as 'reportedly'"),
    ("en", "Corvane has closed the Lyon plant.", "Corvane said it expects the Lyon plant to close in 2027.", WORD),
    ("fr", "Brightwell prévoit de fermer l'usine de Lyon en 2027.",
     "Corvane a déclaré que l'usine de Lyon devrait fermer en 2027.", WORD),
    # a step against another, whose outcome is not the planner's to give, stays its word (stated_intentions.py)
    ("en", "Corvane plans to appeal the ruling against the Lyon plant.",
     "Corvane said it expects to appeal the ruling against the Lyon plant.", WORD),
    ("es", "Corvane planea recurrir la sentencia sobre la planta.",
     "Corvane dijo que planeaba recurrir la sentencia sobre la planta.", WORD),
])
def test_anothers_plan_or_a_report_stays_refused(language, sentence, passage, words):
    findings = found(language, sentence, passage, statement_of="")
    assert any(words in finding for finding in findings), findings
