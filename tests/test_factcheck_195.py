"""An English merger briefing's honest sentences refused, and its misstatements built (tests/fixtures/newuser_118, the
airline merger; tests/fixtures/newuser_115, the grocery merger):

1. "Corran agreed to pay £1.4 billion for Brisa Air, including its debt." citing "Corran Airways agreed on 3 June
   2026 to buy Brisa Air for £1.4 billion, including debt." was refused as Brisa Air's figure: what a deal buys,
   named after "buy" (or "the takeover of") before "for", holds no figure; the buyer pays it (party_figures.py).
2. "The union has told the Authority that the merger could cost up to 600 jobs." citing the findings' paragraph
   whose first speaker is Corran Airways was refused as Corran's words: the speaker of "the union" is read in the
   passage's sentence the words restate, "The Regional Pilots' Association has told the Authority ..."
   (unnamed_speakers.py, its `given`); and a Corran claim citing its release's "The Regional Pilots' Association's
   claim that the merger could cost 600 jobs is wrong." was refused as the union's words: a claim named to reject
   it ("X's claim that ... is wrong") gives X no words (speakers.said_by).
3. "The Authority thinks fares on the seven routes could rise by as much as 18% ... if the merger goes ahead without
   remedies." citing "average fares on the seven routes could rise by up to 18%" was refused, "seven" read as the
   average's value: a figure after "the" counts what is averaged (averages.py).
4. "Analysts said the Authority was unlikely to block the deal outright if a rival took the slots." citing "if a rival
   airline agreed to take the slots" was refused as told done: a verb inside an "if" (or "unless", "whether",
   "provided") clause is not (commitments.py).
5. "Another airline carried more than 10% of passengers on the Hallam route." of "No other airline carried more than
   10% ..." and "A rival airline has said it would use the slots ..." of "no rival airline has yet said it would use
   the slots" built: a "no" subject told as "another", "a", "other" with the same verb and the same two words after
   it is refused (no_other_dropped.py).
6. "The Authority has approved a rival airline to take the slots." of an offer "to a rival airline approved by the
   Authority" built: one to be approved, in a sentence telling it to come, is not told approved
   (indefinite_participles.py).
7. "The deadline was extended because the Authority submitted new evidence." of "The Authority has extended the
   deadline ... because the airlines submitted ..." built: a cause's act given to the main clause's doer is refused
   (cause_doers.py).

Each with honest twins that build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, error_lines, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_118"
FINDINGS = (FIXTURE / "seeds" / "findings.txt").read_text(encoding="utf-8")
RELEASE = (FIXTURE / "seeds" / "release.txt").read_text(encoding="utf-8")
NEWS = (FIXTURE / "seeds" / "news.txt").read_text(encoding="utf-8")
GROCERY = REPO / "tests" / "fixtures" / "newuser_115" / "seeds" / "findings.txt"
PARTIES = (Party(id="corran", name="Corran Airways", short_name="Corran", role="buyer", aliases=("the company",)),
           Party(id="brisa", name="Brisa Air", short_name="Brisa", role="airline being bought"),
           Party(id="union", name="Regional Pilots' Association", short_name="the union", role="pilots' union",
                 aliases=("the union",)),
           Party(id="authority", name="Aviation Competition Authority", short_name="the Authority", role="regulator",
                 aliases=("the Authority",)))

DEAL = paragraph(FINDINGS, "agreed on 3 June")
JOBS = paragraph(FINDINGS, "Regional Pilots' Association has told")
FARES = paragraph(FINDINGS, "The average one-way fare")
ROUTES = paragraph(FINDINGS, "Eastport and Hallam, Corran")
REMEDIES = paragraph(FINDINGS, "On 2 November 2026")
TIMETABLE = paragraph(FINDINGS, "statutory deadline")
ANALYSTS = paragraph(NEWS, "Analysts said")
ON_JOBS = paragraph(RELEASE, "On jobs")
SALE = paragraph(GROCERY.read_text(encoding="utf-8"), "On 20 October")
GROCERY_TIMETABLE = paragraph(GROCERY.read_text(encoding="utf-8"), "statutory deadline")


def found(sentence: str, passage: str, statement_of: str = "") -> list[str]:
    """Return the build's findings of one sentence of the airline briefing citing one passage."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, statement_of=statement_of)


def found_alone(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing a passage, in a briefing of no parties."""
    return sentence_findings(sentence, (passage,), "en", ())


# 1. What a deal buys holds no figure; 2-4. the other honest sentences of the briefing
@pytest.mark.parametrize("sentence, passage", [
    ("Corran agreed to pay £1.4 billion for Brisa Air, including its debt.", DEAL),
    ("Corran agreed to pay £1.4 billion for Brisa Air.", DEAL),
    ("Corran Airways agreed on 3 June 2026 to buy Brisa Air for £1.4 billion.", DEAL),
    ("Corran is buying Brisa Air for £1.4 billion, including debt.", DEAL),
    ("Brisa Air is being bought by Corran Airways for £1.4 billion.", DEAL),
    ("Corran will pay £1.4 billion, including debt, to acquire Brisa Air.", DEAL),
    ("The union has told the Authority that the merger could cost up to 600 jobs.", JOBS),
    ("The union told the Authority the merger could cost up to 600 jobs, including 140 pilot posts.", JOBS),
    ("According to the union, the merger could cost up to 600 jobs.", JOBS),
    ("The Authority thinks fares on the seven routes could rise by as much as 18% within three years if the merger "
     "goes ahead without remedies.", FARES),
    ("If the merger goes ahead without remedies, fares on the seven routes could rise by up to 18% within three "
     "years.", FARES),
    ("Analysts said the Authority was unlikely to block the deal outright if a rival took the slots.", ANALYSTS),
    ("Analysts think the deal is unlikely to be blocked outright provided a rival takes the slots.", ANALYSTS),
    ("Analysts said the deal would probably survive unless no rival took the slots.", ANALYSTS),
])
def test_an_honest_sentence_of_the_briefing_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, message", [
    ("Brisa Air carried 46% of passengers on the Eastport to Hallam route.", ROUTES, "gives Brisa Air 46%"),
    ("Corran Airways agreed to buy Brisa Air for £4.1 billion.", DEAL, 'figure "£4.1 billion" is not'),
    ("Corran Airways says the merger could cost up to 600 jobs.", JOBS, "gives the words to Corran Airways"),
    ("The union says the merger could cost up to 600 jobs.", paragraph(FINDINGS, "Corran Airways told the Authority")
     .replace("The Regional Pilots' Association has told", "Corran Airways has told"), "gives the words to"),
    ("Analysts said a rival took the slots.", ANALYSTS, "tells as done ('took')"),
])
def test_its_misstatement_twins_stay_refused(sentence: str, passage: str, message: str):
    assert any(message in line for line in found(sentence, passage)), found(sentence, passage)


def test_a_figure_after_the_counts_what_is_averaged():
    """3. "the seven routes" is no average; "an average tariff of 12%" still is."""
    assert found_alone("Tariffs on the 40 goods could rise by 12%.",
                       "Average tariffs on the 40 goods could rise by 12%.") == []
    refused = found_alone("Northland applies a 12% tariff on farm goods.",
                          "Northland applies an average tariff of 12% on farm goods.")
    assert any("only as an average" in line for line in refused), refused


@pytest.mark.parametrize("sentence", [
    "The ministry said it would reopen the port if the company withdrew its bid.",
    "Prices would fall if the government bought the grain.",
    "Officials asked whether the company bought the grain.",
])
def test_a_verb_in_a_condition_is_not_told_done(sentence: str):
    """4. "if ... bought" is no purchase told done; "bought" alone still is."""
    passage = "The company agreed to buy the grain, and it agreed to withdraw its bid."
    assert not any("tells as done" in line for line in found_alone(sentence, passage))
    refused = found_alone("The company bought the grain.", passage)
    assert any("tells as done ('bought')" in line for line in refused), refused


# 2. a claim named to reject it is the rejecter's
def test_a_rejected_claim_is_the_rejecters_words():
    from explainer.speakers import said_by
    parties = (("corran", frozenset({"corran", "airways"})),
               ("union", frozenset({"regional", "pilots", "association", "union"})))
    rejected = "The Regional Pilots' Association's claim that the merger could cost 600 jobs is wrong."
    assert said_by(rejected, parties) == ()
    assert said_by("Corran Airways' claims that the merger could save money are untrue.", parties) == ()
    kept = "The Regional Pilots' Association's claim that the merger could cost 600 jobs is supported by the figures."
    assert [names for *_, names in said_by(kept, parties)] == [frozenset({"regional", "pilots", "association"})]


def test_a_claim_citing_a_rejected_claim_builds(tmp_path: Path):
    """2. Corran's claim citing its release's "The Regional Pilots' Association's claim that ... is wrong" builds, as
    the fixture's editor wanted; the same passage given to the union's claim is still refused."""
    root = checked_fixture_project(FIXTURE, tmp_path / "p")
    claims = root / "content" / "airline-merger" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    quote = ("quote: There will be no compulsory redundancies among pilots or cabin crew for at least two years after "
             "the merger completes. Some posts")
    text = text.replace(quote, quote.replace("quote: ", "quote: The Regional Pilots' Association's claim that the "
                                                        "merger could cost 600 jobs is wrong. "))
    text = text.replace("says: There will be no compulsory redundancies among pilots",
                        "says: The union's claim that the merger could cost 600 jobs is wrong; there will be no "
                        "compulsory redundancies among pilots")
    claims.write_text(text, encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, error_lines(result)


# 5. a "no" subject told as another
NO = "No other candidate won more than 5% of the vote. No country has yet said it would send troops to the region."
NEW_FINDINGS = ("tells as done by", "yet to be done", "gives the cause")


@pytest.mark.parametrize("sentence, passage, subject", [
    ("Another airline carried more than 10% of passengers on the Hallam route.", ROUTES, "'Another airline'"),
    ("Other airlines carried more than 10% of passengers on either route.", ROUTES, "'Other airlines'"),
    ("A rival airline has said it would use the slots on the Eastport to Lisle route.", REMEDIES, "'A rival airline'"),
    ("A rival has said it would use the slots.", REMEDIES, "'A rival'"),
    ("Another candidate won more than 5% of the vote.", NO, "'Another candidate'"),
])
def test_a_no_subject_told_as_another_is_refused(sentence: str, passage: str, subject: str):
    refused = found(sentence, passage)
    assert any(f"tells as done by {subject}" in line for line in refused), refused


def test_a_negation_polarity_names_is_named_once():
    """polarity.py's "drops the negation" is the one finding where it reads the "no" itself."""
    refused = found("A country has said it would send troops to the region.", NO)
    assert any("drops the negation" in line for line in refused), refused
    assert not any("tells as done by" in line for line in refused), refused


@pytest.mark.parametrize("sentence, passage", [
    ("No other airline carried more than 10% of passengers on either route.", ROUTES),
    ("No rival airline has yet said it would use the slots on the Eastport to Lisle route.", REMEDIES),
    ("On the Lisle route, no rival has yet said it would use the slots.", REMEDIES),
    ("Until a rival airline says it would use the slots, the Lisle route remains the hard part.", REMEDIES),
    ("Other candidates won less than 5% each.", NO),
    ("Another candidate won 4% of the vote.", NO),
    ("So far, no country has said it would send troops.", NO),
    ("If a country said it would send troops, the plan could go ahead.", NO),
    ("A country would have to say it would send troops first.", NO),
    ("Countries have been asked whether they would send troops.", NO),
])
def test_a_no_subject_kept_or_reworded_builds(sentence: str, passage: str):
    assert not any(words in line for line in found(sentence, passage) for words in NEW_FINDINGS)


# 6. one to be approved told approved
APPOINTED = ("The council offered to hand the contract to a firm appointed by the regulator. A report commissioned by "
             "the Ministry found delays.")


@pytest.mark.parametrize("sentence, passage", [
    ("The Authority has approved a rival airline to take the slots.", REMEDIES),
    ("The Authority approved a rival airline to take the slots.", REMEDIES),
    ("The regulator has appointed a firm to take the contract.", APPOINTED),
])
def test_one_to_be_approved_told_approved_is_refused(sentence: str, passage: str):
    refused = found(sentence, passage)
    assert any("what its cited passages give only as yet to be done" in line for line in refused), refused


@pytest.mark.parametrize("sentence, passage", [
    ("Corran offered to give up 14 daily slot pairs to a rival airline approved by the Authority.", REMEDIES),
    ("The slots would go to a rival airline the Authority approves.", REMEDIES),
    ("Any rival airline taking the slots would need the Authority's approval.", REMEDIES),
    ("The companies offered to sell 92 stores to a buyer approved by the Authority.", SALE),
    ("The stores would be sold to a buyer the Authority approves.", SALE),
    ("The regulator would have to appoint a firm.", APPOINTED),
    ("The council said a firm appointed by the regulator would take the contract.", APPOINTED),
    ("The Ministry commissioned a report, which found delays.", APPOINTED),
    ("The regulator will choose a firm for the contract.", APPOINTED),
])
def test_one_to_be_approved_kept_builds(sentence: str, passage: str):
    assert not any(words in line for line in found(sentence, passage) for words in NEW_FINDINGS)


# 7. a cause given to who acted on it
BOARD = ("The board postponed the vote because the shareholders requested more time. The club delayed the match "
         "because it received a warning from the police.")


@pytest.mark.parametrize("sentence, passage", [
    ("The deadline was extended because the Authority submitted new evidence.", TIMETABLE),
    ("The vote was postponed because the board requested more time.", BOARD),
])
def test_a_cause_given_to_who_acted_on_it_is_refused(sentence: str, passage: str):
    refused = found(sentence, passage)
    assert any("gives the cause" in line for line in refused), refused


@pytest.mark.parametrize("sentence, passage", [
    ("The Authority extended the deadline to 30 March 2027 because the airlines submitted new evidence.", TIMETABLE),
    ("The deadline was extended by eight weeks because Corran and Brisa submitted a large amount of new evidence.",
     TIMETABLE),
    ("Because the airlines had submitted new evidence on Lisle routes, the Authority extended its deadline.", TIMETABLE),
    ("The Authority extended the deadline to 8 February 2027 because the companies provided a large volume of new "
     "evidence.", GROCERY_TIMETABLE),
    ("The vote was postponed because shareholders had requested more time.", BOARD),
    ("The board delayed the vote because investors requested more time.", BOARD),
    ("The match was delayed because the club received a police warning.", BOARD),
    ("The board postponed the vote because several shareholders requested more time.", BOARD),
])
def test_a_cause_kept_with_its_doer_builds(sentence: str, passage: str):
    assert not any(words in line for line in found(sentence, passage) for words in NEW_FINDINGS)
