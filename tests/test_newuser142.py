"""A new user's English briefing of a tenants' lawsuit (tests/fixtures/newuser142: the Harrowgate Tenants' Association
sues its landlord Castlemere Homes over mould and rent rises; "It says that 212 of the estate's 640 flats have visible
black mould"; the judge's interim ruling orders damp surveys and "declined the association's request to freeze rents
until the trial", her order "does not amount to any finding of fault"; a £450,000 settlement offer rejected; open
complaints "fell from 410 in October to 265 in February, according to figures the company gave the court"; the
association's count corrected from 240 flats to 212), written from the README alone, made with `python build.py new`.

Honest sentences refused: 1 before (212 in the association's own column, its source sentence "It says that 212 ...
and that the company ignored repair requests" read as the company's), 0 after. Of 56 misstatements tried (one edit of
one sentence each, `check` run on each), 17 built before, 8 after. Fixed:

1. A source sentence opening "It says" is the party's the sentence before opens on, not the one named in the words it
   reports (pronoun_owners.py, read by held_figures.py); and a party's name with a plural's apostrophe ("Tenants'
   Association") is such a subject (pronoun_subjects.py): the claim told as fact, or given to the company, built.
2. A request declined told as done (declined_requests.py): "The judge froze rents" / "ordered a rent freeze" of
   "declined the association's request to freeze rents".
3. A finding of fault no cited passage gives (unfound_liability.py): "A judge found Castlemere at fault".
4. Figures a party gave a court are its word (submitted_figures.py, read by party_word.py): "according to figures the
   company gave the court" dropped.
5. ("above" for "below" in opposites.py was taken out at the merge: it refused honest readings on either side of a
   limit where a passage gives another reading below it, tests/test_newuser_126.py. LEFTOVER: "rents remain above
   the local average" of "below" builds.)

What misled the new user: nothing in the README; the log's text may hold no citation marker (the error says so).

LEFTOVER (misstatements still built):
- "Pell said the company was no longer open to talks" <- "remained open to talks"; "found no serious hazard in 11 of
  them" <- "found category 1 hazards, the most serious level, in 11" (a negation added, one long word shared).
- "Denise Okafor said other estates may follow" <- '"If the tenants win, other estates may follow," she said.' (the
  passage's "she" names no one; the analyst's name is in the sentence before, not cited).
- A quote's `context` "On her final ruling" <- "In an interim ruling" (built; a timeline `what` is refused).
- A caveat "The association's falling count of open repair complaints" <- the company's figures.
- A log correction's text ("The association says 240 flats ...") is not checked (README says so).
LEFTOVER (honest sentences refused, not this branch's modules): "Rents will not be frozen before the trial" and "The
judge would not freeze rents" <- the declined request ("adds a negation", polarity.py); "The union had asked the tribunal to suspend the 140 redundancies"
<- "rejected the union's application to suspend" ("drops the negation").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser142"
REPORT = (FIXTURE / "seeds" / "harrowgate.txt").read_text(encoding="utf-8")
BRIEFING = "content/harrowgate-mould"
PARTIES = (
    Party(id="tenants", name="Harrowgate Tenants' Association", short_name="Tenants' association", role="claimant",
          aliases=("the association",)),
    Party(id="castlemere", name="Castlemere Homes", short_name="Castlemere", role="defendant",
          aliases=("the company",)),
)
OTHERS = (
    Party(id="union", name="Dock Workers' Union", short_name="Dock Workers' Union", role="claimant",
          aliases=("the union",)),
    Party(id="port", name="Port Selby Authority", short_name="Port Selby", role="employer", aliases=("the port",)),
    Party(id="trust", name="Kelby Hospitals Trust", short_name="Kelby Trust", role="trust", aliases=("the trust",)),
)
FREEZE = "declined the association's request to freeze rents"
FAULT = ("In an interim ruling on Tuesday, Judge Hale ordered Castlemere to carry out independent damp surveys of all "
         "212 affected flats within eight weeks")  # as the summary cites it: its paragraph says "no finding of fault"
MOULD = "It says that 212 of the estate"
COMPLAINTS = "The number of open repair complaints"
RENTS = "Castlemere says the increase reflected"
REDUNDANCIES = ("The employment tribunal rejected the union's application to suspend the 140 redundancies until a "
                "full hearing in June.")
ROAD = "The council turned down residents' calls to close Mill Lane to through traffic."
REFUNDS = "The tribunal ordered Skyvale Air to refund 2,300 passengers within 30 days."
WAGES = ("The Dock Workers' Union filed a complaint with the tribunal on Monday. It says that 300 of its members were "
         "not paid for overtime and that the port ignored their grievances.")
WAITS = ("Waiting times for hip operations fell from 14 weeks to 9 weeks, according to figures the trust submitted "
         "to the inquiry.")
JOBLESS = "The council says unemployment in Kelby is still above the regional average."


def found(words: str, sentence: str, parties: tuple = PARTIES) -> list[str]:
    """Return the findings of a sentence citing the report's paragraph holding `words`, or `words` as a passage of
    its own where the report does not hold them (a twin on another topic)."""
    passage = words if words == FAULT or words not in REPORT else paragraph(REPORT, words)
    return sentence_findings(sentence, (passage,), "en", parties, published="2026-03-18")


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds: 212 flats stand in the association's own column (fix 1), the log's correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "harrowgate-mould" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Each side’s figures", "declined the association’s request to freeze rents", "We said 240 flats"):
        assert words.replace("’", "'") in page.replace("’", "'").replace("&#39;", "'"), words


def test_the_figure_moved_to_the_company_column_is_refused(tmp_path: Path):
    """Through the front door (fix 1): the association's 212 in Castlemere's column."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "comparisons.yaml", "tenants: {value: 212, cite: [claim-212]}",
         "castlemere: {value: 212, cite: [claim-212]}")
    result = run_build(desk, "check")
    assert result.code == 1 and "figure 212" in result.err and "are about Harrowgate Tenants' Association" \
        in result.err, result.err


def test_the_rent_freeze_told_granted_is_refused_on_its_line(tmp_path: Path):
    """Through the front door (fix 2): the summary's "refused to freeze rents" told as ordered."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "but refused to freeze\n  rents before the trial",
         "and ordered a rent\n  freeze until the trial")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:6: `summary`: this sentence tells as done ('ordered a rent freeze')" \
        in result.err, result.err


MISSTATEMENTS = [  # each built before this work
    (FREEZE, "The judge froze rents until the trial."),
    (FREEZE, "The judge ordered a rent freeze until the trial."),
    (FREEZE, "Rents have been frozen until the trial."),
    (REDUNDANCIES, "The tribunal suspended the 140 redundancies until a full hearing in June."),
    (REDUNDANCIES, "The 140 redundancies were suspended until a full hearing in June."),
    (ROAD, "The council closed Mill Lane to through traffic."),
    (FAULT, "A judge found Castlemere at fault and ordered independent damp surveys of the 212 affected flats."),
    (REFUNDS, "The tribunal found Skyvale Air liable and ordered it to refund 2,300 passengers."),
    (REFUNDS, "Skyvale Air was held responsible for the delays and must refund 2,300 passengers."),
    (COMPLAINTS, "Open repair complaints on the estate fell from 410 in October to 265 in February."),
    (WAITS, "Waiting times for hip operations fell from 14 weeks to 9 weeks."),
]
GIVEN_BY_A_PRONOUN = [  # fix 1's "It says" after a name with a plural's apostrophe
    (MOULD, "Of the estate's 640 flats, 212 have visible black mould.", PARTIES),
    (MOULD, "Castlemere says 212 of the estate's 640 flats have visible black mould.", PARTIES),
    (WAGES, "300 of the union's members were not paid for overtime.", OTHERS),
    (WAGES, "Port Selby says 300 of the union's members were not paid for overtime.", OTHERS),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence, PARTIES + OTHERS[2:]), sentence


@pytest.mark.parametrize("words, sentence, parties", GIVEN_BY_A_PRONOUN)
def test_words_an_it_says_gives_a_party_are_kept_to_it(words: str, sentence: str, parties: tuple):
    assert found(words, sentence, parties), sentence


HONEST = [  # twins of each fix, and the briefing's own restatements, which must build
    (FREEZE, "The judge refused to freeze rents until the trial."),
    (FREEZE, "The judge declined the association's request to freeze rents."),
    (FREEZE, "The association had asked for rents to be frozen until the trial."),
    (REDUNDANCIES, "The tribunal refused to suspend the 140 redundancies."),
    (REDUNDANCIES, "The tribunal turned down the union's bid to suspend the 140 redundancies."),
    (ROAD, "The council refused to close Mill Lane."),
    (FAULT, "The judge ordered Castlemere to survey all 212 affected flats within eight weeks."),
    ("does not amount to any finding of fault", "The judge said her order was no finding of fault."),
    ("does not amount to any finding of fault", "The judge has not found Castlemere at fault."),
    (REFUNDS, "The tribunal ordered Skyvale Air to refund 2,300 passengers within 30 days."),
    (REFUNDS, "The airline could be found liable at a full hearing, and must refund 2,300 passengers."),
    (COMPLAINTS, "Open repair complaints fell from 410 in October to 265 in February, by the company's figures."),
    (COMPLAINTS, "The company told the court that open repair complaints fell from 410 in October to 265 in February."),
    (WAITS, "Waiting times for hip operations fell from 14 weeks to 9 weeks, the trust told the inquiry."),
    (RENTS, "Castlemere says rents on the estate remain below the local average."),
    (JOBLESS, "The council says unemployment in Kelby is still above the regional average."),
    (MOULD, "The association says 212 of the estate's 640 flats have visible black mould."),
    (WAGES, "The union says 300 of its members were not paid for overtime."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence, PARTIES + OTHERS), found(words, sentence, PARTIES + OTHERS)
