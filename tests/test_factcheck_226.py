"""The order of events turned round, on the real briefing and on a strike and a court case of another topic:

1. "Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours after Pakistan's airstrikes
   and heavier clashes" citing "Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces
   reportedly attacked ... in retaliation for Pakistani airstrikes earlier in the week" built: sequence.py read "the
   commencement of airstrikes" as the passage's ordered thing and earlier_in_the_period.py took "Pakistan's airstrikes"
   for the week's earlier ones; "heavier clashes" names the later ones (explainer/sequence.py,
   explainer/earlier_in_the_period.py).
2. "The walkout by union members ... followed the vote on the pay offer" (or "X preceded Y", "X was followed by Y",
   "X, then Y", "earlier than", "later than") citing "Hours before the vote on the pay offer, union members walked
   out" built: only "before", "after" and their like were read.
3. The order told from the other end: "The judge heard final submissions ... after the jury was sent home" citing
   "The jury was sent home on Tuesday, after the judge heard final submissions" built, each order's thing in the
   other's clause; now refused where the passage ties the same two ends the same way round from the other side.
4. A timeline's `date_basis` "the Thursday after the report, dated Friday 2026-02-27" of `date: 2026-02-26` built:
   its own dates give the other order (sequence.turned_basis).
5. A quote's `context` "Quoted before the report's own view that Pakistan faces "some serious blowback"[^hakim-intro]"
   built though the report gives that view first: the quote's place and the passage's are compared
   (explainer/quote_places.py).

Each with honest twins that must build: the order told from the other end ("Y followed X"), "X, hours before Y" of
"before Y, X", "X came after Y" of "Y, then X".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project, run_build
from explainer.quote_places import placed_otherwise
from explainer.sequence import turned_basis
from support import edit, error_lines, found_in_language

RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week")
ASIF = ("Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul, soon "
        "after which Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" between "
        "the two countries")
WALKOUT = "Hours before the vote on the pay offer, union members walked out at the Leeds depot."
JURY = "The jury was sent home on Tuesday, after the judge heard final submissions from the defence barrister."
BALLOT = "The union held a ballot on the pay offer, then members walked out at the Leeds depot."
FOLLOWED_BY = "Union members walked out at the Leeds depot, followed by a vote on the pay offer."
TURNED = "the other way"
TIMELINE = "content/pakistan-afghanistan-war/timeline.yaml"
QUOTES = "content/pakistan-afghanistan-war/quotes.yaml"
BRIEFING = "content/pakistan-afghanistan-war/briefing.yaml"


# 1-3. A sentence turning round the order its passage gives
@pytest.mark.parametrize("sentence, passage", [
    ("Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours after Pakistan's "
     "airstrikes and heavier clashes.", RETALIATION),
    ("Hours after the airstrikes, Afghan Taliban forces had reportedly attacked Pakistani border troops, in "
     "retaliation for Pakistani airstrikes earlier in the week.", RETALIATION),
    ("Union members walked out at the Leeds depot hours after the vote on the pay offer.", WALKOUT),
    ("The walkout by union members at the Leeds depot followed the vote on the pay offer.", WALKOUT),
    ("The vote on the pay offer preceded the walkout by union members at the Leeds depot.", WALKOUT),
    ("The vote on the pay offer came before union members walked out at the Leeds depot.", FOLLOWED_BY),
    ("Union members walked out at the Leeds depot earlier than the vote on the pay offer.",
     "Union members walked out at the Leeds depot after the vote on the pay offer."),
    ("The judge heard final submissions from the defence barrister after the jury was sent home on Tuesday.", JURY),
    ("Before the judge heard final submissions from the defence barrister, the jury was sent home on Tuesday.", JURY),
    ("Union members walked out at the Leeds depot before the union held a ballot on the pay offer.", BALLOT),
])
def test_an_order_turned_round_is_refused(sentence, passage):
    found = found_in_language("en", sentence, passage)
    assert found and ("where its cited passages say" in found[0] or TURNED in found[0]), found


@pytest.mark.parametrize("sentence, passage", [
    ("Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours before Pakistan's "
     "airstrikes and heavier clashes.", RETALIATION),
    ("Hours before the airstrikes, Afghan Taliban forces had reportedly attacked Pakistani border troops, in "
     "retaliation for Pakistani airstrikes earlier in the week.", RETALIATION),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops days after Pakistani airstrikes earlier in "
     "the week.", RETALIATION),
    ("Pakistan's airstrikes and heavier clashes came hours after Afghan Taliban forces reportedly attacked Pakistani "
     "border troops.", RETALIATION),
    ("The reported attack on Pakistani border troops preceded Pakistan's airstrikes and heavier clashes.", RETALIATION),
    ("The reported Taliban attack on Pakistani border troops was followed hours later by Pakistan's airstrikes and "
     "heavier clashes.", RETALIATION),
    ("Pakistan's airstrikes and heavier clashes were preceded by a reported attack by Afghan Taliban forces on "
     "Pakistani border troops.", RETALIATION),
    ("Khawaja Asif's declaration of an \"all-out war\" followed the overnight airstrikes across Afghanistan.", ASIF),
    ("Pakistan launched airstrikes across Afghanistan, including on Kabul, and then its Defense Minister Khawaja Asif "
     "declared an \"all-out war\".", ASIF),
    ("Union members walked out at the Leeds depot hours before the vote on the pay offer.", WALKOUT),
    ("The vote on the pay offer came after union members walked out at the Leeds depot.", WALKOUT),
    ("The vote on the pay offer followed a walkout by union members at the Leeds depot.", WALKOUT),
    ("The walkout by union members at the Leeds depot preceded the vote on the pay offer.", WALKOUT),
    ("Union members walked out at the Leeds depot earlier than the vote on the pay offer.", WALKOUT),
    ("Union members walked out at the Leeds depot; the vote on the pay offer followed hours later.", WALKOUT),
    ("The jury was sent home on Tuesday after final submissions from the defence barrister.", JURY),
    ("The judge heard final submissions from the defence barrister, then the jury was sent home on Tuesday.", JURY),
    ("The defence barrister made final submissions before the jury was sent home on Tuesday.", JURY),
    ("Members walked out at the Leeds depot after the union held a ballot on the pay offer.", BALLOT),
    ("The walkout at the Leeds depot followed the union's ballot on the pay offer.", BALLOT),
    ("The vote on the pay offer came after union members walked out at the Leeds depot.", FOLLOWED_BY),
    ("Marsh, then chief executive of the union, walked out at the Leeds depot before the vote on the pay offer.",
     WALKOUT),
])
def test_the_order_kept_however_told_builds(sentence, passage):
    assert found_in_language("en", sentence, passage) == []


# 4. A date_basis whose own dates give the other order
@pytest.mark.parametrize("basis, date", [
    ("the Thursday after the report, dated Friday 2026-02-27.", "2026-02-26"),
    ("the day after the ceasefire of 2026-03-01", "2026-02-28"),
    ("two days before the hearing, 2026-05-12", "2026-05-14"),
])
def test_a_basis_turning_its_own_dates_round_is_refused(basis, date):
    assert turned_basis(basis, date)


@pytest.mark.parametrize("basis, date", [
    ("the Thursday before the report, dated Friday 2026-02-27.", "2026-02-26"),
    ("the day after the ceasefire of 2026-03-01", "2026-03-02"),
    ("two days before the hearing, 2026-05-12", "2026-05-10"),
    ("the Monday after the report; the report is dated 2026-02-27", "2026-03-02"),
    ("not after 2026-02-27", "2026-02-26"),
    ("after the walkout, in 2026-05-12's report", "2026-05"),
])
def test_a_basis_keeping_its_dates_builds(basis, date):
    assert turned_basis(basis, date) == []


# 5. A quote's place in its report
@pytest.mark.parametrize("context, start, places, refused", [
    ("Quoted before the report's own view that the talks failed[^view].", 500, (("view", 200),), True),
    ("Quoted right after the article's account of the vote[^vote].", 100, (("vote", 300),), True),
    ("Quoted after the report's own view that the talks failed[^view].", 500, (("view", 200),), False),
    ("Quoted just before the article's account of the vote[^vote].", 100, (("vote", 300),), False),
    ("Quoted after the match[^result]; the date is not given.", 100, (("result", 300),), False),
    ("Said before the report's own view[^view].", 500, (("view", 200),), False),
])
def test_a_quote_placed_otherwise_than_its_report_places_it(context, start, places, refused):
    assert bool(placed_otherwise(context, start, places)) == refused


def test_the_real_briefing_turned_round_is_refused_at_each_line(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    edit(root / TIMELINE, "the Thursday before the report", "the Thursday after the report")
    edit(root / TIMELINE, "      before the airstrikes and heavier", "      after the airstrikes and heavier")
    edit(root / QUOTES, "Quoted after the report's own view", "Quoted before the report's own view")
    edit(root / BRIEFING, "Hours before the airstrikes, Afghan", "Hours after the airstrikes, Afghan")
    result = run_build(root, "check")
    assert result.code == 1
    lines = error_lines(result)
    assert len(lines) == 4, lines
    assert any(line.startswith(f"{BRIEFING}:6: `summary`: this sentence says 'after the airstrikes'") for line in lines)
    assert any(line.startswith(f"{QUOTES}:21: `context`: 'Quoted before the report's own view") for line in lines)
    assert any(line.startswith(f"{TIMELINE}:23: `date_basis`: it puts the event after 2026-02-27") for line in lines)
    assert any(line.startswith(f"{TIMELINE}:25: `what`: this sentence says 'after the airstrikes")
               for line in lines)


def test_the_real_briefing_told_otherwise_honestly_builds(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    edit(root / QUOTES, "Quoted after the report's own view", "Quoted right after the report's own view")
    edit(root / TIMELINE, "Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours\n"
                          "      before the airstrikes and heavier clashes.",
         "The airstrikes and heavier clashes follow hours after Afghan Taliban forces reportedly\n"
         "      attack Pakistani border troops in retaliation.")
    assert run_build(root, "check").code == 0, error_lines(run_build(root, "check"))
