"""A ninth fact-check's second part: misstatements in words the per-sentence checks had not read.

A party swapped after a preposition or in a passive ("58 soldiers were killed by Pakistan" citing "killed by
Afghanistan", "attacks on Pakistan" citing "attacks on Afghanistan"); outcomes "scrapped"/"kept", "edged out", a
passive win and "the appeal was dismissed" citing "was upheld"; "found X guilty" split by whom it is of; conditions
written "subject to", "after" (a future that happens only after something else does) and a present-tense "once".
Each is checked both ways: the misstatement is refused on its line with what is wrong, the source's wording and
honest paraphrases (a passive of the same party, an "after" of plain time order) build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project, problems_after


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck13") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root, [Sentence(given, written)
                                           for given, written, _ in SWAPPED + OUTCOMES + FOUND_GUILTY + CONDITIONS])


assert_outcome = assert_summary_outcome


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


# --- 1. a party swapped after a preposition or in a passive -----------------------------------------------------

SWAPPED = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("58 soldiers were killed by Afghanistan on Friday.", "58 soldiers were killed by Pakistan on Friday.",
     "this sentence names Pakistan where its cited passages name Afghanistan ('killed by Afghanistan'): \"58 soldiers "
     "were killed by Pakistan on Friday.\" (name the party the source names, or cite the passage that gives it to "
     "this one)"),
    ("Afghanistan killed 58 soldiers on Friday.", "58 soldiers were killed by Pakistan on Friday.",
     "names Pakistan where its cited passages name Afghanistan ('Afghanistan killed')"),
    ("The Taliban stepped up attacks on Afghanistan.", "The Taliban stepped up attacks on Pakistan.",
     "names Pakistan where its cited passages name Afghanistan ('attacks on Afghanistan')"),
    ("Pakistan carried out strikes on Kabul on Friday.", "Pakistan carried out strikes on Islamabad on Friday.",
     "names Islamabad where its cited passages name Kabul ('strikes on Kabul')"),
    ("Pakistan hit Afghanistan with airstrikes on Friday.",
     "Pakistan was hit by Afghanistan with airstrikes on Friday.",
     "names Pakistan where its cited passages name Afghanistan ('hit Afghanistan')"),
    ("Afghanistan was hit by Pakistani airstrikes on Friday.", "Pakistan was hit by Afghan airstrikes on Friday.",
     "names Pakistan where its cited passages name Afghanistan ('Afghanistan was hit')"),
    ("Border troops were reportedly attacked by the Taliban on Thursday.",
     "Border troops were reportedly attacked by Pakistan on Thursday.",
     "names Pakistan where its cited passages name Taliban ('attacked by the Taliban')"),
    ("Drones were launched against targets within Pakistan.",
     "Drones were launched against targets within Afghanistan.",
     "names Afghanistan where its cited passages name Pakistan ('targets within Pakistan')"),
    # honest: a passive of the same party, the active it restates, the parties where the source puts them
    ("Pakistan killed 58 soldiers on Friday.", "58 soldiers were killed by Pakistan on Friday.", "ok"),
    ("58 soldiers were killed by Pakistan on Friday.", "Pakistan killed 58 soldiers on Friday.", "ok"),
    ("Pakistan hit Afghanistan with airstrikes on Friday.",
     "Afghanistan was hit by Pakistan with airstrikes on Friday.",
     "ok"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "Airstrikes across Afghanistan were launched by Pakistan on Friday.", "ok"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "Afghanistan was hit by Pakistani airstrikes on Friday.", "ok"),
    ("Taliban forces reportedly attacked Pakistani border troops on Thursday.",
     "Pakistani border troops were reportedly attacked by Taliban forces on Thursday.", "ok"),
    ("Relations between Afghanistan and Pakistan have shifted to open hostility.",
     "Relations between Pakistan and Afghanistan have shifted to open hostility.", "ok"),
    ("Clashes continued along the Pakistan–Afghanistan border on Friday.",
     "Clashes continued along the Afghanistan–Pakistan border on Friday.", "ok"),
    ("Pakistan carried out strikes on Kabul on Friday.", "Strikes on Kabul were carried out by Pakistan on Friday.",
     "ok"),
    ("Pakistan had more casualties than Afghanistan on Friday.",
     "Afghanistan had fewer casualties than Pakistan on Friday.", "ok"),
    ("Pakistan as well as Afghanistan reported casualties on Friday.",
     "Afghanistan as well as Pakistan reported casualties on Friday.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", SWAPPED, ids=_ids(SWAPPED))
def test_a_party_swapped_after_a_preposition_or_in_a_passive_is_refused(checked, given, written, outcome):
    lines = checked(given, written)
    assert_outcome(lines, outcome)
    assert len(lines) <= 1, lines


def test_a_party_swapped_after_a_preposition_in_an_item_of_the_real_briefing(project: Path):
    # a claim's words are checked as a whole against its passage: "targets within Pakistan" made "within Afghanistan"
    problems = problems_after(project, "claims.yaml", "deploy drones against targets within\n          Pakistan",
                              "deploy drones against targets within\n          Afghanistan")
    assert any("claims.yaml" in line and "names Afghanistan where its cited passages name Pakistan "
               "('targets within Pakistan')" in line for line in problems), problems


# --- 2. outcomes not read before ----------------------------------------------------------------------------------

OUTCOMES = [
    ("The council scrapped the levy on Monday.", "The council kept the levy on Monday.",
     "this sentence says 'kept' where its cited passages say 'scrapped' ('The council scrapped the levy on Monday'): "
     "\"The council kept the levy on Monday.\" (give the outcome the source gives, or cite the passage that gives this "
     "one)"),
    ("The council kept the levy on Monday.", "The council scrapped the levy on Monday.",
     "says 'scrapped' where its cited passages say 'kept'"),
    ("The council retained the levy on Monday.", "The council abolished the levy on Monday.",
     "says 'abolished' where its cited passages say 'retained'"),
    ("Alpha lost to Beta in the final round.", "Alpha edged out Beta in the final round.",
     "says 'edged out' where its cited passages say 'lost'"),
    ("Alpha was edged out by Beta in the final round.", "Alpha edged out Beta in the final round.",
     "says 'edged out' where its cited passages say 'edged out' ('Alpha was edged out by Beta in the final round')"),
    ("Alpha was beaten by Beta in the final round.", "Alpha won the final round.",
     "says 'won' where its cited passages say 'beaten'"),
    ("The appeal was upheld.", "The appeal was dismissed.",
     "says 'dismissed' where its cited passages say 'upheld' ('The appeal was upheld')"),
    ("The appeal was dismissed.", "The appeal was upheld.", "says 'upheld' where its cited passages say 'dismissed'"),
    ("The appeal was allowed by the Court of Appeal.", "The appeal was dismissed.",
     "says 'dismissed' where its cited passages say 'allowed'"),
    ("The court upheld the conviction and dismissed the appeal.", "The court dismissed the conviction.",
     "says 'dismissed' where its cited passages say 'upheld'"),
    ("Labour won the seat.", "Labour lost.", "says 'lost' where its cited passages say 'won'"),
    # honest: the same outcome in other words, the other side of it, a verb of another sense
    ("The council scrapped the levy on Monday.", "The council abolished the levy on Monday.", "ok"),
    ("The council kept the levy but scrapped the toll.", "The council scrapped the toll.", "ok"),
    ("The council kept talking about the levy and scrapped it on Monday.", "The council scrapped the levy on Monday.",
     "ok"),
    ("Officials kept the talks secret while the council scrapped the levy.", "The council scrapped the levy.", "ok"),
    ("Alpha edged out Beta in the final round.", "Beta edged out Alpha in the final round.",
     "gives 'edged out' the other way round"),  # its sides swapped: refused since test_factcheck_17
    ("Alpha was edged out by Beta in the final round.", "Alpha lost to Beta in the final round.", "ok"),
    ("Beta beat Alpha in the final round.", "Alpha was beaten by Beta in the final round.", "ok"),
    ("The court upheld the conviction and dismissed the appeal.", "The court dismissed the appeal.", "ok"),
    ("The court upheld the conviction and dismissed the appeal.", "The court upheld the conviction.", "ok"),
    ("The appeal was dismissed.", "The appeal failed.", "ok"),
    ("Labour won the seat but lost the council.", "Labour lost.", "ok"),
    ("Smith lost the first round but won the match.", "Smith won.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", OUTCOMES, ids=_ids(OUTCOMES))
def test_an_outcome_turned_over_in_words_not_read_before_is_refused(checked, given, written, outcome):
    assert_outcome(checked(given, written), outcome)


# --- 3. "found X guilty" split from its object --------------------------------------------------------------------

FOUND_GUILTY = [
    ("The jury acquitted Okafor of fraud.", "The jury found Okafor guilty of fraud.",
     "says 'found Okafor guilty' where its cited passages say 'acquitted'"),
    ("The jury found Okafor guilty of fraud.", "The jury cleared Okafor of fraud.",
     "says 'cleared' where its cited passages say 'found Okafor guilty'"),
    ("The jury found Okafor guilty of fraud.", "The jury found Okafor not guilty of fraud.",
     "says 'found Okafor not guilty' where its cited passages say 'found Okafor guilty'"),
    ("The jury found the two men not guilty of fraud.", "The jury convicted the two men of fraud.",
     "says 'convicted' where its cited passages say 'found the two men not guilty'"),
    # honest
    ("The jury acquitted Okafor of fraud.", "The jury found Okafor not guilty of fraud.", "ok"),
    ("The jury found Okafor guilty of fraud.", "The jury convicted Okafor of fraud.", "ok"),
    ("The jury convicted Okafor of fraud.", "The jury found Okafor guilty of fraud.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", FOUND_GUILTY, ids=_ids(FOUND_GUILTY))
def test_found_guilty_split_by_whom_it_is_of_is_read(checked, given, written, outcome):
    assert_outcome(checked(given, written), outcome)


# --- 4. conditions written "subject to", "after", a present-tense "once" ------------------------------------------

CONDITIONS = [
    ("The deal will close on 3 March subject to regulatory approval.", "The deal will close on 3 March.",
     "the source gives this only on a condition ('subject to regulatory approval'), but it is stated as plain fact: "
     "\"The deal will close on 3 March.\" (keep the condition ('if ...', 'unless ...'), or cite words the source "
     "states without one)"),
    ("Subject to regulatory approval, the deal will close on 3 March.", "The deal will close on 3 March.",
     "only on a condition ('Subject to regulatory approval')"),
    ("Talks will resume in Doha after both sides withdraw their troops.", "Talks will resume in Doha.",
     "only on a condition ('after both sides withdraw their troops')"),
    ("The port will reopen on Monday after the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('after the strike ends')"),
    ("The port will reopen on Monday after the deal is signed.", "The port will reopen on Monday.",
     "only on a condition ('after the deal is signed')"),
    ("The port reopens once the strike ends.", "The port reopens.", "only on a condition ('once the strike ends')"),
    ("The port will reopen on Monday after Pakistan agrees.", "The port will reopen on Monday.",
     "only on a condition ('after Pakistan agrees')"),
    ("Once the strike ends, the port reopens on Monday.", "The port reopens on Monday.",
     "only on a condition ('Once the strike ends')"),
    # honest: the condition kept, in its words or others
    ("The deal will close on 3 March subject to regulatory approval.",
     "The deal will close on 3 March, subject to approval.", "ok"),
    ("The deal will close on 3 March subject to regulatory approval.",
     "The deal will close on 3 March if regulators approve it.", "ok"),
    ("The port will reopen on Monday after the deal is signed.", "The port will reopen on Monday after the signing.",
     "ok"),
    ("The port reopens once the strike ends.", "The port reopens when the strike is over.", "ok"),
    # honest: a fact "subject to", an "after" of plain time order, a "once" of the past or of what was
    ("The company is subject to sanctions and will close its office on 3 March.",
     "The company will close its office on 3 March.", "ok"),
    ("After the talks, both sides will meet again in Doha.", "Both sides will meet again in Doha.", "ok"),
    ("After the peace talks, both sides will meet again in Doha.", "Both sides will meet again in Doha.", "ok"),
    ("After the talks, both sides withdrew their troops.", "Both sides withdrew their troops.", "ok"),
    ("Both sides will meet again in Doha after Friday prayers.", "Both sides will meet again in Doha.", "ok"),
    ("After March elections, both sides will meet again in Doha.", "Both sides will meet again in Doha.", "ok"),
    ("After all, the port will reopen on Monday.", "The port will reopen on Monday.", "ok"),
    ("Pay rose once the strike ended.", "Pay rose.", "ok"),
    ("Kabul, once the largest market, is growing again.", "Kabul is growing again.", "ok"),
    ("Pakistan launched airstrikes, soon after which its minister declared an all-out war.",
     "Pakistan launched airstrikes.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", CONDITIONS, ids=_ids(CONDITIONS))
def test_a_condition_written_subject_to_after_or_once_dropped_is_refused(checked, given, written, outcome):
    assert_outcome(checked(given, written), outcome)
