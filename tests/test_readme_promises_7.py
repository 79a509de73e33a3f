"""README promises added or changed in the last two sessions (since 941dc27) that no test showed.

Comparisons kept the way round, for the listed comparatives no test used ("bigger", "greater", "stronger", "better",
"wider", "highest", "most" and their opposites); scheduled events told as held by the listed verbs no test used
("went ahead", "convened", "met", "began", "opened", "was signed", "was heard") and schedules ("set a hearing for",
"expected to take place", "is to meet"); French months named alone after "en", "début" and "mi-"; Spanish "por día"
kept as a rate. Broken, and fixed: a comparison turned around with its parties ("Afghanistan's losses were bigger
than Pakistan's" for "Pakistan's losses were smaller than Afghanistan's", as "wages rose faster than prices" may cite
"prices rose slower than wages") was refused by the parties check as a swap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import assert_summary_outcome, deal_project, minimal_project, one_sentence_checked, refused_with


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("promises7") / "project")


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


COMPARATIVES = [
    ("Pakistan's losses were smaller than Afghanistan's.", "Pakistan's losses were bigger than Afghanistan's.",
     "says 'bigger' where its cited passages say 'smaller'"),
    ("The army's estimate is less precise than the ministry's.", "The army's estimate is greater than the ministry's.",
     "ok"),  # another compared word: "greater" is no "less precise"
    ("Pakistan's air force is weaker than Afghanistan's.", "Pakistan's air force is stronger than Afghanistan's.",
     "says 'stronger' where its cited passages say 'weaker'"),
    ("The Afghan supply lines are worse than Pakistan's.", "The Afghan supply lines are better than Pakistan's.",
     "says 'better' where its cited passages say 'worse'"),
    ("The gap between the two counts is narrower than in 2024.", "The gap between the two counts is wider than in 2024.",
     "says 'wider' where its cited passages say 'narrower'"),
    ("Kabul reported the lowest toll of the week.", "Kabul reported the highest toll of the week.",
     "says 'highest' where its cited passages say 'lowest'"),
    # turned around with its parties: honest (it was refused as a swap of parties), unless the comparative is kept
    ("Pakistan's losses were smaller than Afghanistan's.", "Afghanistan's losses were bigger than Pakistan's.", "ok"),
    ("Pakistan had fewer casualties than Afghanistan.", "Afghanistan had more casualties than Pakistan.", "ok"),
    ("Pakistan's losses were smaller than Afghanistan's.", "Afghanistan's losses were smaller than Pakistan's.",
     "names Afghanistan where its cited passages name Pakistan"),
    ("Pakistan's air force is weaker than Afghanistan's.", "Afghanistan's air force is stronger than Pakistan's.",
     "ok"),
]


@pytest.mark.parametrize("given,written,outcome", COMPARATIVES, ids=_ids(COMPARATIVES))
def test_each_listed_comparative_is_kept_the_way_round(fixture_root, given, written, outcome):
    assert_summary_outcome(one_sentence_checked(fixture_root, given, written), outcome)


SCHEDULED = [
    ("The ceasefire talks are expected to take place on 3 March in Doha.",
     "The ceasefire talks went ahead on 3 March in Doha.", "only schedule ('expected to take place'"),
    ("The court set a hearing for 3 March in Lahore.", "The hearing was heard on 3 March in Lahore.",
     "only schedule ('set a hearing for'"),
    ("The two foreign ministers are to meet on 3 March in Doha.",
     "The two foreign ministers met on 3 March in Doha.", "only schedule ('are to meet'"),
    ("The border commission will convene on 3 March in Doha.",
     "The border commission convened on 3 March in Doha.", "only schedule ('will convene'"),
    ("The new border crossing is scheduled to open on 3 March at Torkham.",
     "The new border crossing opened on 3 March at Torkham.", "only schedule ('scheduled'"),
    ("The trade agreement is scheduled to be signed on 3 March in Doha.",
     "The trade agreement was signed on 3 March in Doha.", "only schedule ('scheduled'"),
    ("The repatriation of refugees is due to begin on 3 March at Torkham.",
     "The repatriation of refugees began on 3 March at Torkham.", "only schedule ('is due'"),
    # honest: the schedule kept
    ("The two foreign ministers are to meet on 3 March in Doha.",
     "The two foreign ministers are due to meet on 3 March in Doha.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", SCHEDULED, ids=_ids(SCHEDULED))
def test_each_listed_held_verb_and_schedule_is_read(fixture_root, given, written, outcome):
    assert_summary_outcome(one_sentence_checked(fixture_root, given, written), outcome)


STRIKE = ("Le taux de grévistes atteignait 18 % début mars, et 22 % à la mi-mars.\n\n"
          "Les premiers arrêts de travail ont eu lieu en février.\n")


@pytest.mark.parametrize("written, quote, outcome", [
    ("Le taux de grévistes atteignait 18 % début avril.", "Le taux de grévistes atteignait 18 % début mars",
     'month "avril" is not in the passages'),
    ("Le taux de grévistes atteignait 22 % à la mi-avril.", "et 22 % à la mi-mars", 'month "avril"'),
    ("Les premiers arrêts de travail ont eu lieu en janvier.", "Les premiers arrêts de travail ont eu lieu en février",
     'month "janvier" is not in the passages'),
    ("Le taux de grévistes atteignait 18 % début mars.", "Le taux de grévistes atteignait 18 % début mars", "ok"),
    ("Les premiers arrêts de travail ont eu lieu en février.",
     "Les premiers arrêts de travail ont eu lieu en février", "ok"),
])
def test_a_french_month_named_alone_after_en_debut_or_mi_is_read(tmp_path: Path, written, quote, outcome):
    root = deal_project(tmp_path, written, quote, STRIKE, language="fr")
    if outcome == "ok":
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "briefing.yaml:3:", outcome)


def test_a_spanish_rate_per_day_is_kept(tmp_path: Path):
    source = "Según la industria, el veto podría costar hasta 1,2 millones de dólares por día.\n"
    quote = source.strip().rstrip(".")
    refused_with(deal_project(tmp_path / "week", "Según la industria, el veto podría costar hasta 1,2 millones de "
                              "dólares por semana.", quote, source, language="es"), "per week")
    result = run_build(deal_project(tmp_path / "day", "Según la industria, el veto podría costar hasta 1,2 millones "
                                    "de dólares al día.", quote, source, language="es"), "check")
    assert result.code == 0, result.err
