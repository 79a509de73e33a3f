"""A forty-third fact-check: misstatements the new user's lawsuit briefing of round 35 still built
(tests/test_newuser_35.py), each with one more of the same shape on another topic, and honest wordings of each that
must still build.

- A party's own statement told as fact: "4,300 households drew their water from the affected wells" citing only the
  residents' association's press release, "Corvane spent $4.1 million on filters" citing only Corvane's statement.
  A press release is one party's word throughout though its lines do not each say "we said": `statement_of` in
  sources.yaml says whose statement a source is, and a sentence citing only such sources must say whose word it
  states, and not give it to another party of the briefing ("The court found that Corvane spent ...":
  explainer/party_word.py).
- A ruling told in the other voice turned over: "The court granted the request" citing "The plaintiffs' request ... is
  denied" (explainer/outcomes.py reads what a ruling is of: a passive's subject, an active's object).
- A partial award told as whole: "won its case in full" citing "Claims for a further $6.2 million ... are dismissed"
  (explainer/partial_outcomes.py).
- A body told as acting that took no part: "the jury found" citing "tried without a jury" (explainer/absent_actors.py).
- A decision still open told as made: "will appeal" citing "before deciding whether to appeal"
  (explainer/open_decisions.py).

Each sentence is checked in-process against its cited passage, as `check` does; the field is also shown through the
front door, on the lawsuit briefing itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, sentence_findings
from test_newuser_35 import FIXTURE

ASSOCIATION = ("The association says that 4,300 households drew their water from the affected wells, and that many of "
               "them spent hundreds of dollars a year on bottled water.")
SPENT = ("The company said it has already spent more than $4 million on carbon filtration at Bransford's wells since "
         "2023, voluntarily and without any admission of responsibility.")
FILTERS = "Corvane has spent $4.1 million on filters at the city's wells since 2023."  # a statement's own line
TRIAL = "Our new inhaler cut hospital admissions for asthma by 40 per cent in a two-year trial of 1,200 patients."
PUNITIVE = ("The plaintiffs' request for punitive damages is denied. The Court is not satisfied that Corvane acted with "
            "malice.")
PERMIT = "The company's application for a drilling permit was refused by the board on Tuesday."
AWARD = ("The Court awards the Association $1.3 million for its members' documented costs. Claims for a further $6.2 "
         "million of members' costs were not supported by receipts and are dismissed.")
TRIBUNAL = "The tribunal upheld the union's appeal on pay but rejected its claim for back pay."
JURY = "The case was tried without a jury over 19 days in March and April 2026."
SETTLED = "The dispute over the lease was settled without a hearing after both sides agreed terms."
REVIEW = ("The city said it is reviewing the ruling with its lawyers before deciding whether to appeal that part of "
          "it.")
STADIUM = "The club's board is weighing whether to sell the stadium to the city, its chairman said."
APPEALS = "Corvane said it will appeal the court's finding of liability. " + REVIEW


def findings(sentence: str, passage: str, whose: str = "") -> list[str]:
    """Return what the build's sentence checks say of one sentence of the lawsuit briefing citing one passage, from a
    source that is `whose` statement throughout ("" for none)."""
    from explainer.attribution import Cited, check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.model import Party
    from explainer.owners import party_words

    parties = (Party(id="corvane", name="Corvane Chemicals, Inc.", short_name="Corvane", role="defendant"),
               Party(id="city", name="City of Bransford", short_name="The city", role="plaintiff"),
               Party(id="association", name="Elm Creek Residents' Association", short_name="The association",
                     role="plaintiff"),
               Party(id="court", name="Superior Court of Halloran County", short_name="The court", role="court"))
    if not whose:
        return sentence_findings(sentence, (passage,), "en", parties)
    cited = [Cited(passage, "en", passage, "", whose)]
    words = tuple((party.id, party_words(party, "en")) for party in parties)
    found = (check_prose(sentence + "[^k]", lambda key: cited, "en", 2)
             + _reworded(sentence, Passages(cited), 0, "en", Passages(), words))
    return [finding.message for finding in found]


STATED = "this sentence states as fact what its cited passages give only as the word of "
MISSTATED = {
    # a party's own statement told as fact
    "households": ("4,300 households drew their water from the affected wells.", ASSOCIATION,
                   "Elm Creek Residents' Association", STATED + "Elm Creek Residents' Association, whose statement "
                   "their source is"),
    "filters": ("Corvane spent $4.1 million on filters.", FILTERS, "Corvane Chemicals",
                STATED + "Corvane Chemicals, whose statement their source is"),
    "inhaler": ("The new inhaler cut hospital admissions for asthma by 40 per cent.", TRIAL, "Halden Pharma",
                STATED + "Halden Pharma, whose statement their source is"),
    # a party's own statement given to another party of the briefing
    "court-found-filters": ("The court found that Corvane spent $4.1 million on filters.", FILTERS, "Corvane Chemicals",
                            "this sentence gives the words to The court, but its cited passages are the statement of "
                            "Corvane Chemicals"),
    # a ruling told in the other voice turned over
    "granted-request": ("The court granted the request for punitive damages.", PUNITIVE, "",
                        "this sentence says 'granted' where its cited passages say 'denied'"),
    "granted-permit": ("The board granted the company a drilling permit.", PERMIT, "",
                       "this sentence says 'granted' where its cited passages say 'refused'"),
    # a partial award told as a whole one
    "won-in-full": ("The association won its case in full.", AWARD, "",
                    "this sentence says 'won its case in full' where its cited passages refuse part of it ('Claims "
                    "for a further $6.2 million of members' costs were not supported by receipts and are dismissed.')"),
    "appeal-in-full": ("The union won its appeal in full.", TRIBUNAL, "",
                       "this sentence says 'won its appeal in full' where its cited passages refuse part of it"),
    # a body told as acting that took no part
    "jury-found": ("The jury found Corvane liable for the contamination.", JURY, "",
                   "this sentence gives 'The jury found' where its cited passages say it was done 'without a jury'"),
    "hearing-decided": ("The hearing decided the dispute over the lease.", SETTLED, "",
                        "this sentence gives 'The hearing decided' where its cited passages say it was done "
                        "'without a hearing'"),
    # a decision still open told as made
    "will-appeal": ("The city will appeal the ruling.", REVIEW, "",
                    "this sentence tells as decided ('will appeal') what its cited passages give as undecided "
                    "('whether to appeal')"),
    "will-appeal-beside-anothers": ("The city will appeal the ruling.", APPEALS, "",
                                    "this sentence tells as decided ('will appeal')"),
    "will-sell": ("The board will sell the stadium to the city.", STADIUM, "",
                  "this sentence tells as decided ('will sell') what its cited passages give as undecided ('whether "
                  "to sell')"),
}


@pytest.mark.parametrize("sentence, passage, whose, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, whose: str, named: str):
    found = findings(sentence, passage, whose)
    assert any(named in message for message in found), found


HONEST = {
    "households-says": ("The association says 4,300 households drew their water from the affected wells.",
                        ASSOCIATION, "Elm Creek Residents' Association"),
    "households-according": ("According to the association, 4,300 households drew their water from the wells.",
                             ASSOCIATION, "Elm Creek Residents' Association"),
    "filters-says": ("Corvane says it has spent $4.1 million on filters since 2023.", FILTERS, "Corvane Chemicals"),
    "filters-statement": ("In its statement, Corvane put its spending on filters at $4.1 million.", FILTERS,
                          "Corvane Chemicals"),
    "filters-the-company-says": ("The company says it spent $4.1 million on filters.", FILTERS, "Corvane Chemicals"),
    "joint-release-city-says": ("The city says 4,300 households drew their water from the affected wells.",
                                ASSOCIATION, "the city and the association"),
    "author-no-party": ("The city says Corvane spent $4.1 million on filters.", FILTERS, "Someone Else Ltd"),
    "inhaler-claims": ("Halden Pharma claims its new inhaler cut hospital admissions for asthma by 40 per cent.",
                       TRIAL, "Halden Pharma"),
    # no statement_of: the source states it, as before
    "filters-no-field": ("Corvane has spent $4.1 million on filters since 2023.", FILTERS, ""),
    "denied-request": ("The court denied the request for punitive damages.", PUNITIVE, ""),
    "request-was-denied": ("The plaintiffs' request for punitive damages was denied.", PUNITIVE, ""),
    "refused-permit": ("The board refused the company a drilling permit.", PERMIT, ""),
    "won-in-part": ("The association won part of its claim for its members' costs.", AWARD, ""),
    "upheld-on-pay": ("The tribunal upheld the union's appeal on pay.", TRIBUNAL, ""),
    "granted-in-full-beside-a-counterclaim": ("The court granted the city's motion in full.",
                                              "The city's motion is granted. Corvane's counterclaim is dismissed.", ""),
    "without-a-jury": ("The case was tried without a jury.", JURY, ""),
    # the passage's "without a jury" is no negation of the judge's finding, which a passage must give
    # (unfound_liability.py refuses a finding of fault no cited passage holds a word of)
    "judge-found": ("The judge found Corvane liable for the contamination.",
                    JURY + " Judge Osei found Corvane liable for the contamination of the wells.", ""),
    "without-a-hearing": ("The dispute was settled without a hearing.", SETTLED, ""),
    "deciding-whether": ("The city is deciding whether to appeal the ruling.", REVIEW, ""),
    "may-appeal": ("The city may appeal the ruling.", REVIEW, ""),
    "corvane-will-appeal": ("Corvane said it will appeal the finding of liability.", APPEALS, ""),
    "weighing-a-sale": ("The board is weighing whether to sell the stadium to the city.", STADIUM, ""),
    "granted-the-other": ("The court granted the city's request for an injunction.",
                          "The city's request for an injunction is granted. " + PUNITIVE, ""),
}


@pytest.mark.parametrize("sentence, passage, whose", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str, whose: str):
    assert findings(sentence, passage, whose) == []


def _with_statements(desk: Path) -> Path:
    """Say in the lawsuit briefing's sources.yaml whose statements its two press releases are."""
    edit(desk / "content" / "sources.yaml", "    publisher: Corvane Chemicals, Inc.\n",
         "    publisher: Corvane Chemicals, Inc.\n    statement_of: Corvane Chemicals\n")
    edit(desk / "content" / "sources.yaml", "    publisher: City of Bransford\n",
         "    publisher: City of Bransford\n    statement_of: the city and the association\n")
    return desk


def test_a_press_release_is_refused_as_fact_on_its_line_and_builds_as_its_partys_word(tmp_path: Path):
    desk = _with_statements(checked_fixture_project(FIXTURE, tmp_path / "desk"))
    edit(desk / "content" / "bransford-water" / "quotes.yaml", "context: The city is reviewing",
         "context: The city says it is reviewing")  # whose word it is: builds
    result = run_build(desk, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/bransford-water/timeline.yaml:28: `what`: " + STATED + "the city and the association, whose "
        "statement their source is: \"The city holds a public meeting on the ruling at City Hall at 7 p.m.\" (say "
        "whose word it is, as 'according to the city and the association' does, or cite a passage that states it)"]
