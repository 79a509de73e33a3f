"""A court ruling briefed by a new user, as the README sets a project up.

A ruling gives the parties' cases as evidence and argument ("Mr Pike gave evidence that", "Ms Quaye testified that")
and the judge's own findings ("I find that"). A witness's word restated as fact built ("The fire was started by a
refrigeration unit" citing "Mr Pike gave evidence that the fire was ... started by a refrigeration unit"), and so did
words given to the judge that the ruling gives to a witness, as neither "gave evidence" nor "testified" was read as
saying whose words follow, nor was "the judge said" or "the court said" as giving them to anyone; "Castellan
contended that" and "Pike's testimony" did not say whose word it was, while "its insurance claims" or "the claims
history" did, as a saying. A provision's sub-part was not read: "§ 3(c)" citing "§ 3(b)" built. An expert's "more likely than
not" was read as a negation, so "Pike gave evidence that the fire was started by" was refused as dropping one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, refused_with

RULING = ("JUDGMENT\n\n"
          "8. Castellan's expert, Mr Roland Pike, gave evidence that the fire was \"more likely than not\" started by "
          "a refrigeration unit in container MRDU 448102.2\n\n"
          "16. Castellan's underwriter, Ms Abena Quaye, testified that the premium was set by reference to the "
          "loss record.\n\n"
          "12. I find that the fire was caused by an electrical fault in the vessel's junction box.\n\n"
          "13. It follows that the exclusion in § 3(b)(ii) of the policy does not apply, and the motion under Rule "
          "12(b)(6) fails.\n\n"
          "14. Castellan contends that Meridian misrepresented the condition of its refrigeration units.\n")
PIKE = ("Castellan's expert, Mr Roland Pike, gave evidence that the fire was \"more likely than not\" started by a "
        "refrigeration unit in container MRDU 448102.")
QUAYE = ("Castellan's underwriter, Ms Abena Quaye, testified that the premium was set by reference to the loss "
         "record.")
FINDING = "I find that the fire was caused by an electrical fault in the vessel's junction box."
EXCLUSION = "It follows that the exclusion in § 3(b)(ii) of the policy does not apply"
MOTION = ("It follows that the exclusion in § 3(b)(ii) of the policy does not apply, and the motion under Rule 12(b)(6) "
          "fails.")
CONTENDS = "Castellan contends that Meridian misrepresented the condition of its refrigeration units."


def ruling_project(tmp_path: Path, summary: str, quote: str) -> Path:
    """Return support.deal_project with the ruling as its source."""
    return deal_project(tmp_path, summary, quote, RULING)


@pytest.mark.parametrize("summary, quote, pieces", [
    ("The fire was started by a refrigeration unit in container MRDU 448102.", PIKE,
     ("the source gives this as someone's word ('gave evidence')", "worded as fact")),
    ("The premium was set by reference to the loss record.", QUAYE,
     ("the source gives this as someone's word ('testified')",)),
    ("Mrs Justice Okonkwo-Brandt said the fire was \"more likely than not\" started by a refrigeration unit.", PIKE,
     ("gives the words to Okonkwo-Brandt", "give them to Castellan's expert Mr Roland Pike")),
    ("Dr Helena Marsh found that the fire was \"more likely than not\" started by a refrigeration unit.", PIKE,
     ("gives the words to Helena Marsh",)),
    ("Mr Roland Pike testified that the premium was set by \"reference to the loss record\".", QUAYE,
     ("gives the words to Roland Pike", "give them to Castellan's underwriter Ms Abena Quaye")),
    ("Pike said the fire was not started by a refrigeration unit in container MRDU 448102.", PIKE,
     ("adds a negation",)),
    # "claims" as a thing says nobody's word
    ("Meridian misrepresented the condition of its refrigeration units in its insurance claims.", CONTENDS,
     ("the source gives this as someone's word ('contends')",)),
    ("Meridian misrepresented the condition of its refrigeration units and the claims history.", CONTENDS,
     ("the source gives this as someone's word ('contends')",)),
    ("Meridian misrepresented the condition of its refrigeration units, so Meridian's claims were inflated.", CONTENDS,
     ("the source gives this as someone's word ('contends')",)),
    # another provision than the one the ruling names
    ("The exclusion in § 3(c) of the policy does not apply.", EXCLUSION, ('provision "§ 3(c)" is not named',)),
    ("The exclusion in section 3(b)(i) of the policy does not apply.", EXCLUSION,
     ('provision "section 3(b)(i)" is not named',)),
    ("The motion under Rule 12(b)(1) fails.", MOTION,
     ('provision "Rule 12(b)(1)" is not named',)),
    # a party's case told as the court's, the court named by what it is
    ("The judge said the fire was \"more likely than not\" started by a refrigeration unit.", PIKE,
     ("gives the words to The judge", "give them to Castellan's expert Mr Roland Pike")),
    ("Meridian misrepresented the condition of its refrigeration units, the court said.", CONTENDS,
     ("gives the words to the court", "give them to Castellan")),
])
def test_a_witness_word_given_as_fact_or_to_another_is_refused(tmp_path: Path, summary: str, quote: str,
                                                                 pieces: tuple[str, ...]):
    refused_with(ruling_project(tmp_path, summary, quote), "briefing.yaml:3:", *pieces)


@pytest.mark.parametrize("summary, quote", [
    ("Pike gave evidence that the fire was started by a refrigeration unit in container MRDU 448102.", PIKE),
    ("Pike said the fire was probably started by a refrigeration unit in container MRDU 448102.", PIKE),
    ("Roland Pike said the fire was \"more likely than not\" started by a refrigeration unit.", PIKE),
    ("Quaye testified that the premium was set by reference to the loss record.", QUAYE),
    ("The judge found that the fire was caused by an electrical fault in the vessel's junction box.", FINDING),
    ("The judge said the fire was caused by an electrical fault in the vessel's junction box.", FINDING),
    ("The court said Pike had given evidence that the fire was \"more likely than not\" started by a refrigeration "
     "unit.", PIKE),
    ("The judge rejected Pike's testimony that the fire was started by a refrigeration unit.", PIKE),
    ("The judge rejected the claim that Meridian misrepresented the condition of its refrigeration units.", CONTENDS),
    ("The judge rejected Castellan's claims of misrepresentation of the condition of its refrigeration units.",
     CONTENDS),
    ("The exclusion in section 3(b) (ii) of the policy does not apply.", EXCLUSION),
    ("The exclusion in § 3(b) of the policy does not apply.", EXCLUSION),
    ("The motion under Rule 12(b)(6) fails.", MOTION),
    ("Castellan contended that Meridian misrepresented the condition of its refrigeration units.", CONTENDS),
])
def test_the_witness_word_kept_as_the_ruling_gives_it_builds(tmp_path: Path, summary: str, quote: str):
    result = run_build(ruling_project(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


def test_a_claim_naming_another_provision_is_refused_on_its_line(tmp_path: Path):
    claims = ("topics:\n  - id: exclusion\n    title: The exclusion\n    claims:\n"
              "      - claimant: The court\n        parties: [harbor]\n        status: ruling\n"
              "        says: The exclusion in § 3(c) of the policy does not apply.\n        cite: [a]\n")
    root = ruling_project(tmp_path, "The exclusion in § 3(b) of the policy does not apply.", EXCLUSION)
    (root / "content" / "deal" / "claims.yaml").write_text(claims, encoding="utf-8")
    refused_with(root, "claims.yaml:8:", 'provision "§ 3(c)" is not named')


COURIER = ("Labour loses ground as Civic Alliance surges\n\n"
           "Lindqvist conceded that the result was \"a clear disappointment\" but said Labour would \"seek a stable "
           "government for all of Northmark\".\n")
CONCEDED = "Lindqvist conceded that the result was \"a clear disappointment\""


@pytest.mark.parametrize("summary", [
    "Sandvik conceded that the result was \"a clear disappointment\".",
    "Erik Sandvik said the result was \"a clear disappointment\".",
])
def test_words_a_candidate_conceded_given_to_another_are_refused(tmp_path: Path, summary: str):
    # "conceded" was no reporting word: the passage named no speaker, so any name passed
    refused_with(deal_project(tmp_path, summary, CONCEDED, COURIER), "briefing.yaml:3:",
                 "but its cited passages give them to Lindqvist")


def test_the_candidate_who_conceded_builds(tmp_path: Path):
    root = deal_project(tmp_path, "Lindqvist conceded the result was \"a clear disappointment\".", CONCEDED, COURIER)
    assert run_build(root, "check").code == 0


EXPERT = "Grainline's expert, Mr Roland Pike, gave evidence that the fire began in a refrigerated container."


@pytest.mark.parametrize("claimant, pieces", [
    ("The court", ("claims.yaml:6:", "`parties`: the cited passages give these words to Grainline's expert Mr Roland Pike")),
    ("Mrs Justice Okonkwo-Brandt", ("claims.yaml:5:", "`claimant`: the cited passages give these words to Grainline's "
                                                      "expert Mr Roland Pike, not to Mrs Justice Okonkwo-Brandt")),
])
def test_a_witness_evidence_given_as_the_courts_ruling_is_refused(tmp_path: Path, claimant: str,
                                                                  pieces: tuple[str, ...]):
    claims = ("topics:\n  - id: cause\n    title: The cause\n    claims:\n"
              f"      - claimant: {claimant}\n        parties: [harbor]\n        status: ruling\n"
              "        says: The fire began in a refrigerated container.\n        cite: [a]\n")
    root = deal_project(tmp_path, "Pike gave evidence that the fire began in a refrigerated container.", EXPERT,
                        EXPERT + "\n", files={"claims.yaml": claims})
    refused_with(root, *pieces)


GLUED = ("JUDGMENT\n\n"
         "8. Castellan's loss adjuster valued the cargo at $640 million7 in June, relying on the attendance note12 "
         "of 22 February 2023.\n")
VALUED = "Castellan's loss adjuster valued the cargo at $640 million7 in June"


@pytest.mark.parametrize("summary, quote", [
    ("Castellan's loss adjuster valued the cargo at $640 million in June.", VALUED),
    ("The adjuster relied on the attendance note of 22 February 2023.",
     "relying on the attendance note12 of 22 February 2023."),
])
def test_a_footnote_number_glued_to_a_word_of_the_source_is_no_figure(tmp_path: Path, summary: str, quote: str):
    # "$640 million7", as a PDF's text glues a footnote's number to the word: "$640 million" was refused
    result = run_build(deal_project(tmp_path, summary, quote, GLUED), "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("summary, figure", [
    ("Castellan's loss adjuster valued the cargo at $650 million in June.", '"$650 million"'),
    ("Castellan's loss adjuster valued 7 cargoes at $640 million in June.", '"7"'),
])
def test_a_figure_beside_a_glued_footnote_is_still_checked(tmp_path: Path, summary: str, figure: str):
    refused_with(deal_project(tmp_path, summary, VALUED, GLUED), "briefing.yaml:3:", f"figure {figure} is not")
