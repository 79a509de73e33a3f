"""An English briefing written from scratch from three documents of the user's own, as a lawsuit's rests on them: a
court's order in a fictional water-contamination case (the City of Bransford and the Elm Creek Residents' Association
against Corvane Chemicals; numbered paragraphs, what the court decided and left undecided, damages claimed and
awarded, a deadline, an appeal possible), the company's press statement ("we will appeal", its own figures) and the
plaintiffs' joint press release (theirs, which differ): tests/fixtures/newuser_35/seeds/.

What the new editor met, writing 85 honest sentences the way a legal reporter paraphrases a ruling and 44 misstatements
a careless editor might make (each checked in-process against the passages it cites, as `check` does): before, 15
honest sentences were refused and 22 misstatements built; now 3 are refused and 13 build (12 where sources.yaml
says whose statements the two press releases are: tests/test_factcheck_43.py). Fixed here, each where its
reading lives:
- "Judge Helen R. Vasquez found" and "the judge found" citing "The Court finds that": a ruling calls its judge the
  Court (speakers.py);
- "the court's order", "the order does not say", "the order was entered" read as an order given (decisions.py: the
  noun after an article or a possessive, with nothing ordered after it, is the document);
- "the claims brought against it", "Claims for a further $6.2 million ... are dismissed": a lawsuit's claims read as
  someone claiming, so Corvane's own statement was given to the court, and the award as someone's word
  (speakers.py, attribution.py); "the plaintiffs sought $64.5 million" said no one's word (attribution.py);
- "The state first set a limit in 2019" citing "before 2019, when the state first set a limit" (the date of the
  clause after ", when"), and "the deadline for the plan is August 10" for "by August 10" (datebounds.py).
Misstatements now refused: a finding the court did not make told as made ("the court found that the contamination
caused illness" for "makes no finding that", "Corvane acted with malice, the court found" for "is not satisfied
that", "the court decided the claim for medical monitoring" for "does not decide": explainer/unfound.py); a party's
word told as the court's finding where the passage names its speaker by a noun ("The company said") or the sentence
puts the court after it (", the court found": speakers.py); "has filed its notice of appeal" for "expects to file"
(possible_done.py); "Corvane's chief executive admitted responsibility" for "without any admission of responsibility"
(decisions.py).
Still refused: "the trial lasted 19 days" for "tried over 19 days" ("over" read as "more than"), "fewer than half of
the wells were found to" (as fact), "the city has not decided whether to appeal" for "before deciding whether to
appeal". Then still built: claimed figures told as awarded where the passage holding them says "comprised" ("awarded the
city $41.2 million"), a party's figure told as fact with no court named ("4,300 households drew their water", checked
here without the claim that cites its passage; refused where sources.yaml gives the release's `statement_of`), and
the total told as one plaintiff's ("awarded the city $19.2 million"). Refused since (tests/test_factcheck_43.py):
"won ... in full" for a partial award, "granted the request" for "the request ... is denied" (a passive's subject),
"the jury found" for "without a jury", "will appeal" for "deciding whether to appeal".
Since tests/test_factcheck_44.py: "the city has not decided whether to appeal" builds, and "Corvane admitted
responsibility for the contamination" (the bare name first) is refused.
Since tests/test_factcheck_45.py: the claimed figure told as awarded ("awarded the city $41.2 million" citing "That
sum comprised", after "The plaintiffs claimed" in the order's paragraph: sum_acts.py), the total told as the city's
(total_shares.py) and "won its lawsuit against Corvane in full" on a finding of liability alone (partial_outcomes.py)
are refused. Of the 44, checked with each passage's paragraph as the build reads it, 10 still build: four parties'
figures told as fact ("4,300 households", "seven of the city's 14 wells", "will owe about $20 million", "Corvane spent
$4.1 million" for what "Corvane puts at"), "the court awarded the city $17.9 million for a new treatment plant" (the
sum awarded, its purpose declined), "awarded punitive damages", "won their case against Corvane", "8 of the 14
wells", "the jury found Corvane liable" (citing the finding alone) and "the award will cost 620 jobs".
The README misled nowhere; its walls were the checks above, and one misstatement of the user's own built: the
association's 4,300 households in the city's column, as "The association says" named no party (owners.py now reads
a party's own noun after "the" before "says" as the one giving the figure). The built pages showed what was expected
(`serve`: one note number for a passage cited from two sections, each party's figures under "The figures disagree").
The final fixture made 7 false errors on the code before (the judge, three "order"s, the claimant and its party, "2019").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import (Sentence, SentencesChecked, assert_summary_outcome, checked_fixture_project, edit, error_lines,
                     minimal_project)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_35"
PARTIES = ("  - id: corvane\n    name: Corvane Chemicals, Inc.\n    short_name: Corvane\n    role: defendant\n"
           "  - id: city\n    name: City of Bransford\n    short_name: The city\n    role: plaintiff\n"
           "  - id: association\n    name: Elm Creek Residents' Association\n    short_name: The association\n"
           "    role: plaintiff\n"
           "  - id: court\n    name: Superior Court of Halloran County\n    short_name: The court\n    role: court\n")

LIABLE = ("Having considered the evidence and the parties' written submissions, the Court finds Corvane liable in "
          "nuisance and in negligence for the contamination of the Elm Creek wellfield.")
LAGOON = ("The Court finds that discharges from the plant's unlined waste lagoon between 2009 and 2021 were the "
          "principal source of that contamination.")
WELLS = ("The Court finds that 6 of the City's 14 municipal wells exceeded the state limit of 10 parts per trillion in at "
         "least one test between 2022 and 2025. The Court does not find that the remaining eight wells were "
         "contaminated by Corvane.")
CLAIMED = "The plaintiffs claimed damages of $64.5 million."
PARTS = (CLAIMED + " That sum comprised $41.2 million for a new treatment plant, $15.8 million for replacement wells and "
         "pipework, and $7.5 million for the costs of the Association's members.")
AWARD = ("The Court awards the Association $1.3 million for its members' documented costs. The total award is "
         "therefore $19.2 million. Claims for a further $6.2 million of members' costs were not supported by receipts "
         "and are dismissed.")
SEVERED = ("The Court does not decide the plaintiffs' claim for the medical monitoring of residents. That claim is "
           "severed and will be heard separately. No date has been set for that hearing.")
ILLNESS = "The Court makes no finding that the contamination caused illness in any resident. No such claim was before it."
PUNITIVE = ("The plaintiffs' request for punitive damages is denied. The Court is not satisfied that Corvane acted with "
            "malice or in conscious disregard of a known risk before 2019, when the state first set a limit for these "
            "compounds.")
DEADLINE = ("Corvane is ordered to submit a remediation plan for the lagoon site to the State Department of "
            "Environmental Quality within 90 days of this order, that is, by August 10, 2026.")
OPENING = ("Corvane Chemicals, Inc. said today that the Superior Court of Halloran County had rejected most of the claims "
           "brought against it by the City of Bransford and the Elm Creek Residents' Association, and that it will "
           "appeal the court's finding of liability.")
SPENT = ("The company said it has already spent more than $4 million on carbon filtration at Bransford's wells since "
         "2023, voluntarily and without any admission of responsibility.")
NOTICE = ("Corvane said it would meet the court's deadline of August 10 for a remediation plan for the lagoon site, while "
          "it pursues its appeal. The company said it expects to file its notice of appeal \"in the coming weeks\".")
LINED = ("\"We have acted responsibly at every step. The lagoon referred to in the ruling was lined in 2021 at a cost of "
         "$2.7 million, and nothing has left it since,\" said Lauren Achterberg, Corvane's chief executive.")

HONEST = [  # once refused, each a legal reporter's wording of its passage
    (LAGOON + " Helen R. Vasquez, Judge of the Superior Court.", "Judge Helen R. Vasquez found that discharges from the plant's unlined lagoon between 2009 and 2021 were "
             "the principal source of the contamination."),
    (LAGOON, "The judge found that discharges from the lagoon between 2009 and 2021 were the main source of the "
             "contamination."),
    (CLAIMED, "The figures come from the court's order."),
    (ILLNESS, "The order does not say whether the contamination harmed anyone's health."),
    (OPENING, "Corvane says the court rejected most of the claims."),
    (OPENING, "Corvane says it will appeal."),
    (AWARD, "The total award was $19.2 million."),
    (AWARD, "The association was awarded $1.3 million for its members' documented costs."),
    (AWARD, "The court awarded the plaintiffs $19.2 million together."),
    (PARTS, "The plaintiffs sought $41.2 million for a new treatment plant."),
    (CLAIMED, "The plaintiffs sought $64.5 million in damages."),
    (PUNITIVE, "The state first set a limit for the compounds in 2019."),
    (DEADLINE, "The deadline for Corvane's remediation plan is August 10, 2026."),
    # built before, and still: the refusal kept, or the court's own finding
    (WELLS, "The court did not find that Corvane contaminated the other eight wells."),
    (WELLS, "Six of the city's 14 municipal wells exceeded the state limit in at least one test, the court found."),
    (ILLNESS, "The court made no finding that the contamination made anyone ill."),
    (SEVERED, "The claim for medical monitoring will be heard separately."),
    (PUNITIVE, "The judge was not satisfied that Corvane had acted with malice before 2019."),
    (SPENT, "The company says it has spent over $4m on filters, without admitting responsibility."),
    (NOTICE, "Corvane said it expects to file its notice of appeal in the coming weeks."),
]

MISSTATED = [  # once built: (passage, sentence, what the error says)
    (ILLNESS, "The court found that the contamination caused illness among residents.",
     "this sentence tells as the court's finding what its cited passages say the court does not find ('makes no "
     "finding that': 'the contamination caused illness in any resident')"),
    (ILLNESS, "The contamination caused illness in residents.",
     "this sentence tells as fact what its cited passages say the court does not find ('makes no finding that'"),
    (PUNITIVE, "Corvane acted with malice, the court found.",
     "tells as the court's finding what its cited passages say the court does not find ('is not satisfied that'"),
    (SPENT, "The court found that Corvane had spent more than $4 million on carbon filtration.",
     "this sentence gives the words to The court, but its cited passages give them to The company"),
    (LINED, "The lagoon was lined in 2021, the court found.",
     "this sentence gives the words to the court, but its cited passages give them to Lauren Achterberg"),
    (NOTICE, "Corvane has filed its notice of appeal.",
     "this sentence tells as done ('filed') what its cited passages give only as possible ('expects to file')"),
    (SPENT, "Corvane's chief executive admitted responsibility for the contamination at Bransford's wells.",
     "this sentence gives an admission ('admitted') where its cited passages give none"),
    (PARTS, "The court awarded the city $41.2 million for a new treatment plant.",
     "this sentence gives $41.2 million as awarded ('awarded') where its cited passages give it as claimed ('claimed')"),
    (AWARD, "The court awarded the city $19.2 million.",
     "this sentence gives $19.2 million to the city alone where its cited passages give it as a total ('total')"),
    (LIABLE, "The city won its lawsuit against Corvane in full.",
     "this sentence says 'won its lawsuit against Corvane in full' where its cited passages decide only liability"),
    # refused before, and still
    (WELLS, "The court found that the remaining eight wells were contaminated by Corvane.",
     "this sentence drops the negation of its cited passage"),
    (DEADLINE, "Corvane must submit a remediation plan on August 10, 2026.",
     'date "August 10, 2026" leaves out the bound of "by August 10, 2026"'),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser35") / "project")
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES) for passage, sentence, *_ in HONEST + MISSTATED])


def test_the_lawsuit_briefing_passes_its_checks(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "bransford-water: 46 citations anchored to 46 passages" in result.out
    assert "ok: 1 briefing, 3 sources" in result.out


@pytest.mark.parametrize("passage, sentence", HONEST, ids=[sentence[:50] for _, sentence in HONEST])
def test_an_honest_wording_builds(checked: SentencesChecked, passage: str, sentence: str):
    assert_summary_outcome(checked(passage, sentence, PARTIES), "ok")


@pytest.mark.parametrize("passage, sentence, named", MISSTATED, ids=[sentence[:50] for _, sentence, _ in MISSTATED])
def test_a_misstatement_is_refused(checked: SentencesChecked, passage: str, sentence: str, named: str):
    assert_summary_outcome(checked(passage, sentence, PARTIES), named)


def test_a_figure_in_the_column_of_a_party_its_passage_does_not_name_is_refused(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "bransford-water" / "comparisons.yaml",
         "          association: {value: 4300, cite: [households-association]}",
         "          city: {value: 4300, cite: [households-association]}")
    result = run_build(desk, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/bransford-water/comparisons.yaml:35: figure 4300 (Households supplied by the affected wells) is given "
        "for City of Bransford, but the passages cited for it name Elm Creek Residents' Association, never City of "
        "Bransford (put the figure in the column of the party the source gives it for, or cite the words that say "
        "whose it is)"]
