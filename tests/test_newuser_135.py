"""A new user's English briefing of a trade dispute over electric cars (tests/fixtures/newuser_135: the Union of
Alvera's provisional duties of "up to 35%" on Korvath's electric cars after an inquiry found subsidies of "about
18%" of their price; Tarsk Motors 17%, Velar Automotive 21%, Osric EV 35%; Korvath calling the duties
"protectionism", vowing to "take all necessary measures" and asking the Inter-Regional Trade Court for consultations;
imports from Korvath up from 4% to 22% of the market in three years; the carmakers' association warning prices
"could rise"; the duties final "by November unless a deal is reached"), written from the README alone from one wire
report of their own with a correction at its end. Every content file is used: background, timeline, a comparison of
the three carmakers' duties, claims of each side, quotes, caveats and a log with an update and a correction.

Read as a fact-checker, 122 distinct misstatements were tried against one paragraph each (`found` below): 29 built
before this work, 23 after (LEFTOVER). Of about 90 honest paraphrases (47 of the briefing's facts, and the twins of
each fix below, some on other passages), four are refused before and after this work (LEFTOVER), none by it. Fixed:

1. A consultation told as a case taken to court: "Korvath has taken the Union to the Inter-Regional Trade Court",
   "has taken legal action", "has challenged the duties at the Inter-Regional Trade Court", citing "Korvath has asked
   the Inter-Regional Trade Court for consultations ... No case has yet been filed." (legal_action_to_come.py: a
   court named after "the", legal action taken, a challenge at a court; not "has taken its complaint to the Trade
   Court").
2. An "unless" told as "if": "The duties become final by November if a deal is reached" citing "They become final by
   November unless a deal is reached between the two governments" (unless_as_if.py, read by inverted_conditions.py;
   "if no deal is reached", "if talks fail", "will lapse", "if management refused to improve its offer" build).
3. A measure to become final told as final: "The duties are now final" citing "They become final by November
   unless ..." or "provisional duties" (final_to_come.py, read by provisional_findings.py; "are not yet final",
   "are due to become final", "could become final" build).

LEFTOVER (built, or refused though honest, after this work; sentence / passage):

- "The commission set a 21% duty for Velar Automotive." / "..., Velar Automotive a duty of 21% ..., the commission
  said." is refused as the commission's word stated as fact, though the commission is the sentence's actor
  (attribution.py, not this helper's).
- "Korvath has requested consultations, the first step in a dispute at the court; no case has been filed." / "...
  before Korvath may request that a panel hear the case" is refused as told done what is possible (another clause's
  "may request").
- "The duties stay provisional if a deal is reached" is refused as 'provisional' for 'final' (opposites).
- "Korvath said it took all necessary measures" and "said it had taken \"all necessary measures\"" / "said it would
  \"take all necessary measures\"": a threat told as taken, under a verb of saying, builds (future_as_past.py).
- "Korvath has imposed duties on Alveran dairy and wine" / "Korvathi officials have not announced any duties ...
  analysts said Korvath could target Alveran farm exports": retaliation told as taken builds.
- "Korvath has asked the Inter-Regional Trade Court to rule against the Union" / "asked ... for consultations" builds,
  and so do "Korvath has asked for a panel to hear the case" and "A panel ... is hearing the case" / "before Korvath may
  request that a panel hear the case".
- "Tarsk Motors will pay a duty of at least 17%, the commission said." / "Tarsk Motors will pay a duty of 17%": a
  qualifier added to an exact figure builds.
- "Four of the Union's 17 members voted for the duties" / "Ten ... voted for the duties ..., four voted against"
  builds (a count moved to another side of a vote).
- "All Korvathi carmakers will pay 35%, the commission said." / "Osric EV a duty of 35%": one carmaker's rate told as
  all's builds.
- "Korvathi carmakers sold about 1.1 million electric cars" / "The Union's own carmakers sold about 1.1 million":
  a figure moved to the other side builds.
- "Ines Varga said the duties are a ban." / "They are not a ban": a negation dropped under "said" builds (polarity).
- "prices of electric cars could fall" / "could rise" and "could rise sharply" build (directions, degree).
- "rose from 4% to 22% of Alvera's car market" / "of Alvera's electric-car market" builds (a narrower noun widened).
- "prices of petrol cars could rise" / "prices of electric cars could rise" builds.
- "subsidies of about 18%" / "about 18% of the cars' price" builds (what the share is of dropped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_135"
BRIEFING = FIXTURE / "content" / "ev-duties"
WIRE = (FIXTURE / "seeds" / "wire.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="alvera", name="Union of Alvera", short_name="Alvera", role="trade bloc imposing the duties",
          aliases=("the Union", "the commission", "Alveran")),
    Party(id="korvath", name="Korvath", role="exporting country",
          aliases=("Korvathi", "Ministry of Commerce", "the ministry")),
    Party(id="tarsk", name="Tarsk Motors", short_name="Tarsk", role="Korvathi carmaker"),
    Party(id="velar", name="Velar Automotive", short_name="Velar", role="Korvathi carmaker"),
    Party(id="osric", name="Osric EV", short_name="Osric", role="Korvathi carmaker"),
    Party(id="association", name="Alvera Automobile Manufacturers' Association", short_name="the association",
          role="carmakers' association"),
)
PASSAGES = {key: paragraph(WIRE, words) for key, words in {
    "DUTIES": "provisional duties of up to 35%", "FINAL": "become final by November", "RATES": "a duty of 17%",
    "MARKET": "from 4% to 22%", "PROT": "called the duties", "COURT": "for consultations",
    "NODUTY": "have not announced any duties", "ASSOC": "could rise", "VOTE": "consultative vote",
    "SALES": "310,000", "TALKS": "Sela Aumond", "INQ": "began in November 2025", "CORR": "Correction:",
    "VARGA": "level playing field", "ORLEN": "dressed up", "TARSK": "disappointed"}.items()}
OTHER = {
    "STRIKE": "The strike will go ahead on Monday unless management improves its offer, the union said.",
    "FARES": "Fares will rise by 5% in April unless the council approves the subsidy, the operator said.",
    "AID": "The fund will not release the money unless reforms are passed, it said.",
}


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing one paragraph of the wire report (or another passage)."""
    passage = PASSAGES.get(key) or OTHER[key]
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-07-14")


def test_the_briefing_builds_and_shows_what_a_reader_sees(tmp_path: Path):
    """The briefing builds: its duties table, both sides' claims, its quotes and its correction are on the page."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "ev-duties" / "index.html").read_text(encoding="utf-8").split())
    for words in ("provisional duties of up to 35%", "about 18%", "What was wrong: We said Velar Automotive would pay "
                  "a duty of 27%.", "What it says now: Velar Automotive will pay a duty of 21%.", "Tarsk Motors",
                  "Osric EV", "This is protectionism dressed up as fair trade", "could rise",
                  "from 4% to 22%", "unless a deal is reached", 'href="../sources/wire.html#passage-'):
        assert words in page, words


@pytest.mark.parametrize("old, new, told", [
    ("the Union's trade commission said.[^final]", "the Union's trade commission said.[^final] The duties are now "
     "final.[^final]", "tells as final already ('are now final')"),
    ("The duties become final by November unless a\n  deal is reached,",
     "The duties become final by November if a\n  deal is reached,", "says it happens 'if a deal is reached'"),
])
def test_the_summary_turned_is_refused_on_its_line(tmp_path: Path, old: str, new: str, told: str):
    """Through the front door: the summary's condition turned, or the duties told final, is one line on its line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "ev-duties" / "briefing.yaml", old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and any("content/ev-duties/briefing.yaml:" in line and told in line
                                    for line in error_lines(result)), result.err


def test_a_consultation_told_as_a_case_in_the_background_is_refused(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "ev-duties" / "background.yaml", "Korvath has asked the Inter-Regional Trade Court for "
         "consultations with the Union,", "Korvath has taken the Union to the Inter-Regional Trade Court,")
    result = run_build(desk, "check")
    assert result.code == 1 and "background.yaml" in result.err and "tells a court case as brought" in result.err


@pytest.mark.parametrize("sentence", [
    "Korvath has taken the Union to the Inter-Regional Trade Court.",
    "Korvath took the Union to the Inter-Regional Trade Court.",
    "Korvath has taken legal action at the Inter-Regional Trade Court.",
    "Korvath has challenged the duties at the Inter-Regional Trade Court.",
])
def test_a_consultation_told_as_a_case_brought_is_refused(sentence: str):
    assert any("tells a court case as brought" in finding for finding in found("COURT", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Korvath has asked the Inter-Regional Trade Court for consultations with the Union.",
    "Korvath has turned to the Inter-Regional Trade Court, asking for consultations with the Union.",
    "Korvath has taken the first step in a dispute at the Inter-Regional Trade Court by asking for consultations.",
    "Korvath has not yet taken the Union to the Inter-Regional Trade Court.",
    "Korvath could take the Union to the Inter-Regional Trade Court after 60 days.",
    "Korvath has taken its complaint to the Inter-Regional Trade Court, asking for consultations.",
    "Korvath has challenged the duties by asking the court for consultations.",
    "No case has yet been filed at the court.",
])
def test_a_consultation_told_as_such_builds(sentence: str):
    assert found("COURT", sentence) == [], sentence


@pytest.mark.parametrize("key, sentence", [
    ("FINAL", "The duties become final by November if a deal is reached, the commission said."),
    ("FINAL", "If a deal is reached between the two governments, the duties become final by November, the commission "
     "said."),
    ("FINAL", "The commission said the duties will become final if the two governments reach a deal."),
    ("STRIKE", "The strike will go ahead on Monday if management improves its offer, the union said."),
    ("FARES", "Fares will rise by 5% in April if the council approves the subsidy, the operator said."),
])
def test_an_unless_told_as_if_is_refused(key: str, sentence: str):
    assert any("says it happens '" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("FINAL", "If no deal is reached, the duties become final by November, the commission said."),
    ("FINAL", "The duties become final by November if a deal is not reached, the commission said."),
    ("FINAL", "The duties become final by November if the two governments fail to reach a deal, the commission said."),
    ("FINAL", "If a deal is reached, the duties will not become final, the commission said."),
    ("FINAL", "If the governments reach a deal before November, the duties will lapse, the commission said."),
    ("FINAL", "The commission said that if a deal is reached, the duties would be lifted rather than made final."),
    ("FINAL", "The duties will become final by November if there is no deal, the commission said."),
    ("FINAL", "The duties become final by November unless a deal is reached, the commission said."),
    ("STRIKE", "The union will call off the strike if management improves its offer, the union said."),
    ("STRIKE", "The union said it would strike on Monday if management kept its offer as it is."),
    ("STRIKE", "The union said the strike would go ahead on Monday if management refused to improve its offer."),
    ("FARES", "Fares will stay the same in April if the council approves the subsidy, the operator said."),
    ("FARES", "Fares will be frozen in April if the council approves the subsidy, the operator said."),
    ("AID", "The fund will release the money if reforms are passed, it said."),
])
def test_a_condition_kept_or_turned_back_builds(key: str, sentence: str):
    assert not any("says it happens '" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("FINAL", "The duties are final, the commission said."),
    ("FINAL", "The duties are already final, the commission said."),
    ("FINAL", "The duties have become final, the commission said."),
    ("DUTIES", "Alvera's duties on Korvathi electric cars are now final."),
])
def test_duties_to_become_final_told_final_are_refused(key: str, sentence: str):
    assert any("tells as final already" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("FINAL", "The duties are not yet final, the commission said."),
    ("FINAL", "The duties will become final by November unless a deal is reached, the commission said."),
    ("FINAL", "The commission said the duties are due to become final by November unless a deal is reached."),
    ("FINAL", "The duties could become final by November, the commission said, unless the two governments strike a "
     "deal."),
    ("FINAL", "Unless a deal is reached, the commission said, the duties become final by November."),
    ("FINAL", "If no deal is reached, the duties will be final by November, the commission said."),
    ("FINAL", "The commission said that once the duties are made final, in November at the latest, only a deal could "
     "stop them."),
    ("FINAL", "The commission's statement is final on the matter of timing: the duties become final by November "
     "unless a deal is reached."),
    ("DUTIES", "The Union of Alvera imposed provisional duties of up to 35% on electric cars imported from Korvath."),
])
def test_duties_kept_to_come_build(key: str, sentence: str):
    assert not any("tells as final already" in finding for finding in found(key, sentence)), sentence


MISSTATEMENTS = [
    ("DUTIES", "The Union of Alvera imposed provisional duties of 35% on electric cars imported from Korvath."),
    ("DUTIES", "Electric cars from Korvath now face a 35% duty."),
    ("DUTIES", "The Union of Alvera imposed final duties of up to 35% on electric cars imported from Korvath."),
    ("DUTIES", "An inquiry found that Korvathi manufacturers had received subsidies worth 18% of the price."),
    ("DUTIES", "Korvath imposed provisional duties of up to 35% on electric cars imported from the Union of Alvera."),
    ("RATES", "Tarsk Motors will pay a duty of 21%, Velar Automotive a duty of 17% and Osric EV a duty of 35%, the "
     "commission said."),
    ("RATES", "Velar Automotive will pay a duty of 17%, the commission said."),
    ("ASSOC", "The association warned that prices of electric cars will rise for buyers in the Union."),
    ("ASSOC", "The association said prices of electric cars have risen."),
    ("COURT", "Korvath has filed a lawsuit against the Union at the Inter-Regional Trade Court."),
    ("COURT", "Korvath has taken the Union to the Inter-Regional Trade Court."),
    ("MARKET", "Imports from Korvath rose from 22% to 4% of Alvera's electric-car market in three years, according to "
     "the commission."),
    ("MARKET", "Imports from Korvath rose from 4% to 22% of Alvera's electric-car market in five years, according to "
     "the commission."),
    ("MARKET", "Some 40,000 jobs have been lost, the commission said."),
    ("FINAL", "The duties become final by October unless a deal is reached, the commission said."),
    ("FINAL", "The duties become final by November, the commission said."),
    ("FINAL", "The duties become final by November if a deal is reached, the commission said."),
    ("FINAL", "The duties are already final, the commission said."),
    ("PROT", "Korvath has retaliated with duties on Alveran goods."),
    ("NODUTY", "Korvath has announced duties on Alveran dairy and wine."),
    ("TALKS", "Varga met Korvath's commerce minister, Sela Aumond, in Bresson in September."),
    ("ORLEN", 'Ines Varga said: "This is protectionism dressed up as fair trade."'),
    ("CORR", "Velar Automotive will pay a duty of 27%."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence
