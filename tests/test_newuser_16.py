"""A patent lawsuit between two drug makers, written from scratch as the README tells a new editor to.

Sources: a court's summary of its ruling (a docket number "No. 24-cv-01873", "§ 12(b)(6)", "US$ 340 million", "March 3,
2026"), each party's statement claiming victory, and a follow-up report of a corrected order. What the new editor met:
a wrong date built where a passage gave the month and year in one date and the day as a count ("claims 1 and 4"); a
docket number's digits changed built; "granted in full" for a motion "granted in part" built where a legal citation
("Fed. R. Civ. P. § 12(b)(6)") stood in the clause; a party chief's quoted words restated as fact built; "the two
companies" of a lawsuit between two companies was refused as a figure; an amount "stated on March 3" was read as a
speaker ("give these words to Pharmaceuticals"); a passage on a patent's "claims 1 and 4" was read as someone's
claim, so that "The court ruled on March 3, 2026" citing it was refused as a word told as fact; and `unit: %` was a YAML error that did not say to quote it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, refused_with

RULING = (
    "Harbor Foods v. Grainline Holdings\n\n"
    "No. 24-cv-01873 (D. Del.)\n\n"
    "On March 3, 2026, the Court found that Grainline's product infringes claims 1 and 4 of the patent.\n\n"
    "Hearings were held on 3–4 March 2026 and on March 9 and 10, 2026.\n\n"
    "Grainline's motion to dismiss the counterclaim under Fed. R. Civ. P. § 12(b)(6) is granted in part and denied "
    "in part.\n\n"
    "Both companies claimed victory.\n\n"
    "\"The court cut Harbor's $1.2 billion demand by more than 70 percent,\" said Raymond Osei, Grainline's chief "
    "executive.\n\n"
    "The corrected order cuts the damages Grainline owes Harbor Foods to $304 million from the $340 million stated on "
    "March 3, 2026.\n")
FOUND = "On March 3, 2026, the Court found that Grainline's product infringes claims 1 and 4 of the patent."
HEARINGS = "Hearings were held on 3–4 March 2026 and on March 9 and 10, 2026."
MOTION = "Grainline's motion to dismiss the counterclaim under Fed. R. Civ. P. § 12(b)(6) is granted in part"
OSEI = "The court cut Harbor's $1.2 billion demand by more than 70 percent"
CORRECTED = ("The corrected order cuts the damages Grainline owes Harbor Foods to $304 million from the $340 million "
             "stated on March 3, 2026.")


def project(tmp_path: Path, summary: str, quote: str, files: dict[str, str] | None = None) -> Path:
    return deal_project(tmp_path, summary, quote, RULING, files=files)


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("summary", [
    "The court ruled on March 4, 2026 that Grainline infringes claims 1 and 4.",
    "The court ruled on 1 March 2026 that Grainline infringes claims 1 and 4.",
    "On March 4, the court found that Grainline infringes claims 1 and 4.",
])
def test_a_date_whose_day_stands_only_as_a_count_of_another_thing_is_refused(tmp_path: Path, summary: str):
    refused_with(project(tmp_path, summary, FOUND), "date", "the passages give its day and its month only apart")


@pytest.mark.parametrize("summary, quote", [
    ("The court ruled on March 3, 2026 that Grainline infringes claims 1 and 4.", FOUND),
    ("On 3 March 2026 the court found that Grainline infringes claims 1 and 4.", FOUND),
    ("The court heard the parties on 4 March 2026.", HEARINGS),  # a day of a range of one month
    ("The court heard the parties on 3 March.", HEARINGS),
    ("The court heard the parties again on March 10, 2026.", HEARINGS),  # a day of a list
])
def test_a_date_a_passage_gives_as_one_date_or_in_a_range_builds(tmp_path: Path, summary: str, quote: str):
    builds(project(tmp_path, summary, quote))


def test_a_docket_number_with_its_digits_changed_is_refused(tmp_path: Path):
    refused_with(project(tmp_path, "The case is No. 24-cv-01837.", "No. 24-cv-01873 (D. Del.)"),
                 'figure "24-cv-01837" is not in the passages')
    builds(project(tmp_path / "kept", "The case is No. 24-cv-01873.", "No. 24-cv-01873 (D. Del.)"))


def test_a_motion_granted_in_part_told_as_granted_in_full_is_refused_beside_a_legal_citation(tmp_path: Path):
    refused_with(project(tmp_path, "Grainline's motion to dismiss under § 12(b)(6) was granted in full.", MOTION),
                 "'granted in full' where its cited passages say 'granted in part'")
    builds(project(tmp_path / "kept", "Grainline's motion to dismiss under § 12(b)(6) was granted in part.", MOTION))


CLAIMS = (
    "topics:\n  - id: damages\n    title: Damages\n    claims:\n"
    "      - claimant: Raymond Osei, Grainline's chief executive\n        parties: [grainline]\n"
    "        says: The court cut Harbor's demand by more than 70 percent.\n        status: claim\n"
    "        evidence: none given in the source\n        cite: [a]\n")


def test_a_partys_quoted_claim_restated_as_fact_is_refused(tmp_path: Path):
    root = project(tmp_path, "The court cut Harbor's demand by more than 70 percent.", OSEI,
                   files={"claims.yaml": CLAIMS})
    refused_with(root, "the source gives this as someone's word ('said'), but it is worded as fact")


def test_a_partys_quoted_claim_said_as_its_word_builds(tmp_path: Path):
    builds(project(tmp_path, "Osei said the court cut Harbor's demand by more than 70 percent.", OSEI,
                   files={"claims.yaml": CLAIMS}))


@pytest.mark.parametrize("summary", ["The two companies claimed victory.", "The two firms claimed victory."])
def test_the_two_companies_name_a_briefings_two_parties(tmp_path: Path, summary: str):
    builds(project(tmp_path, summary, "Both companies claimed victory."))


def test_an_amount_stated_on_a_day_is_no_speaker(tmp_path: Path):
    claims = ("topics:\n  - id: damages\n    title: Damages\n    claims:\n"
              "      - claimant: The District Court\n        parties: []\n"
              "        says: The corrected order cuts the damages to $304 million.\n        status: ruling\n"
              "        cite: [corrected]\n"
              f"citations:\n  corrected:\n    source: report\n    quote: \"{CORRECTED}\"\n")
    builds(project(tmp_path, "The case is No. 24-cv-01873.", "No. 24-cv-01873 (D. Del.)", files={"claims.yaml": claims}))


def test_a_patents_numbered_claims_are_no_ones_word(tmp_path: Path):
    builds(project(tmp_path, "The court ruled on March 3, 2026.", FOUND))


def test_who_infringes_swapped_is_named_as_the_party_not_as_a_speaker(tmp_path: Path):
    lines = refused_with(project(tmp_path, "The court found that Harbor's product infringes claims 1 and 4.", FOUND),
                         "this sentence names Harbor where its cited passages name Grainline")
    assert not any("gives the words to" in line for line in lines)


def test_a_unit_written_as_a_bare_percent_sign_is_told_to_be_quoted(tmp_path: Path):
    claims = CLAIMS.replace("        status: claim\n",
                            "        figures:\n          - {measure: Cut, value: 70, bound: more than, unit: %}\n"
                            "        status: claim\n")
    lines = refused_with(project(tmp_path, "Osei said the court cut Harbor's demand by more than 70 percent.", OSEI,
                                 files={"claims.yaml": claims}))
    assert lines == ["content/deal/claims.yaml:9: YAML syntax error: a value starts with '%', which YAML reserves "
                     "(put the value in quotes: \"%\")"]
