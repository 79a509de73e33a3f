"""The recount briefing's leftovers (tests/test_newuser_122.py's LEFTOVER list), each read against the wire report's
paragraph of tests/fixtures/newuser_122 it cites:

1. An honest sentence refused as a term imposed: "Any new vote in Eastbrook ordered by the court will be held within 60
   days of the ruling" citing "If the court orders a new vote in the Eastbrook ward, it would be held within 60 days"
   was "gives '60 days' as imposed ('ordered')". An act followed by its agent ("ordered by the court") and then a verb
   of its own ("will be held") names the noun before it, not the term (explainer/custody.py).
2. A level a change left behind told as the outcome: "Ms Marsh won the election by 1,046 votes" citing "cut her margin
   ... from 1,046 votes to 212" built, as a level changed in the world was refused only in the present. A past tense of
   outcome ("won", "beat", "defeated", "led") with no word of when it held or of the change ("before the recount", "on
   election night", "initially", "cut", "down from") is refused too; a state ("Ms Marsh's margin was 1,046 votes") or
   an act setting the level ("The jury awarded $161 million") tells its history and builds (explainer/revised.py).
3. A vague span's unit changed: "A full inquiry would take several years" citing "a full inquiry, which could take
   several months" built (explainer/vague_spans.py, read by spans.py).
4. A rarity told as a certainty: "Professor Hartley said the challenge would fail" citing "said challenges of this kind
   rarely succeed" built (explainer/rarities_hardened.py, read by forecasts.py).
5. An order told as given that the passages give only as possible or asked for: "The court has ordered a new vote in
   Eastbrook" citing "The court has scheduled a first hearing for 9 June. A court clerk said the judges could decide to
   dismiss the petition at that hearing or to order a full inquiry" built (explainer/orders_told_done.py, read by
   imposed_offers.py).

Each with honest paraphrases that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_122"
BRIEFING = "harrowfield-recount"
WIRE = (FIXTURE / "seeds" / "wire.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="marsh", name="Delia Marsh", short_name="Marsh", aliases=("Ms Marsh",)),
           Party(id="pryce", name="Owen Pryce", short_name="Pryce", aliases=("Mr Pryce",)),
           Party(id="office", name="Harrowfield election office", short_name="election office",
                 aliases=("Janet Okafor", "Ms Okafor")))
PASSAGES = {"NEW_VOTE": "within 60 days", "MARGIN": "from 1,046 votes to 212", "HEARING": "first hearing for 9 June",
            "HARTLEY": "rarely succeed"}
OTHERS = {"AWARD": (REPO / "tests" / "fixtures" / "newuser_112" / "seeds" / "court.txt", "from $161 million"),
          "QUOTA": (REPO / "tests" / "fixtures" / "newuser_110" / "seeds" / "norland_statement.txt", "from 60,000"),
          "ZONE": (REPO / "tests" / "fixtures" / "newuser_92" / "seeds" / "002_harwick_toll.txt", "from 2 kilometres"),
          "DUTY": (REPO / "tests" / "fixtures" / "newuser_32" / "seeds" / "news.txt", "from 7.5% to 25")}
SENTENCED = "Prosecutors sought a 10-year sentence for Okafor."


def found(key: str, sentence: str) -> list[str]:
    """Return the build's findings of an English sentence citing the wire report's paragraph `key`, or another
    fixture's (OTHERS), or a passage given itself."""
    read_as_project_locale(REPO, "en")
    if key in PASSAGES:
        passage = paragraph(WIRE, PASSAGES[key])
    elif key in OTHERS:
        path, words = OTHERS[key]
        passage = paragraph(path.read_text(encoding="utf-8"), words)
    else:
        passage = key
    return sentence_findings(sentence, (passage,), "en", PARTIES)


# 1. a term given by a verb of its own after an act naming the noun before it
NOT_IMPOSED = [
    "Any new vote in Eastbrook ordered by the court will be held within 60 days of the ruling.",
    "A new vote in Eastbrook ordered by the court would be held within 60 days of the ruling.",
    "A new vote in Eastbrook, if ordered by the court, would have to be held within 60 days of the ruling.",
    "A new Eastbrook vote, if one is ordered by the court, would take place within 60 days of the ruling.",
    "Should a new vote be ordered by the court, it would be held within 60 days of the ruling.",
]
STILL_IMPOSED = [
    "Okafor was sentenced to 10 years.",
    "Okafor was sentenced by the court to 10 years.",
    "Okafor was ordered by the court to serve 10 years.",
    "The sentence imposed by the judge was 10 years.",
]


@pytest.mark.parametrize("sentence", NOT_IMPOSED)
def test_a_vote_ordered_by_the_court_gives_no_term_imposed(sentence: str):
    assert not found("NEW_VOTE", sentence), sentence


@pytest.mark.parametrize("sentence", STILL_IMPOSED)
def test_a_term_sought_told_imposed_is_still_refused(sentence: str):
    assert any("as imposed" in finding for finding in found(SENTENCED, sentence)), sentence


# 2. a level a change left behind told as the outcome, in the present or a past tense of state or outcome
LEFT_BEHIND = [
    ("MARGIN", "Ms Marsh won the election by 1,046 votes."),
    ("MARGIN", "Ms Marsh beat Mr Pryce by 1,046 votes."),
    ("MARGIN", "Ms Marsh led Mr Pryce by 1,046 votes."),
    ("MARGIN", "Ms Marsh won the recount by 1,046 votes."),
    ("MARGIN", "Ms Marsh defeated Mr Pryce by 1,046 votes."),
    ("MARGIN", "Ms Marsh's margin is 1,046 votes."),
    ("AWARD", "The total award is $214 million."),
]
TOLD_AS_THEN = [
    ("MARGIN", "The recount cut Ms Marsh's margin from 1,046 votes to 212."),
    ("MARGIN", "Ms Marsh's margin was cut from 1,046 votes to 212 by the recount."),
    ("MARGIN", "Before the recount, Ms Marsh led by 1,046 votes."),
    ("MARGIN", "Ms Marsh initially won by 1,046 votes."),
    ("MARGIN", "Ms Marsh led Mr Pryce by 1,046 votes on election night."),
    ("MARGIN", "The first count gave Ms Marsh a margin of 1,046 votes."),
    ("MARGIN", "In the original count, Ms Marsh won by 1,046 votes."),
    ("MARGIN", "Ms Marsh's lead of 1,046 votes shrank to 212 in the recount."),
    ("MARGIN", "Ms Marsh's lead of 1,046 votes was cut to 212."),
    ("MARGIN", "Ms Marsh had won by 1,046 votes."),
    ("MARGIN", "Ms Marsh won by 212 votes, down from 1,046 votes."),
    ("MARGIN", "The recount narrowed Ms Marsh's margin to 212 votes from 1,046 votes."),
    ("MARGIN", "Ms Marsh won by 212 votes after the recount."),
    ("MARGIN", "Ms Marsh's margin, 1,046 votes on election night, is now 212."),
    ("MARGIN", "Ms Marsh's winning margin fell from 1,046 votes to 212 in the recount."),
    ("MARGIN", "Ms Marsh's margin over Mr Pryce stood at 1,046 votes until the recount."),
    ("MARGIN", "Ms Marsh was ahead by 1,046 votes at first."),
    ("MARGIN", "The recount confirmed Ms Marsh as the winner but with a margin of 212 rather than 1,046 votes."),
    ("MARGIN", "The election-night margin of 1,046 votes was cut to 212 by the recount."),
    ("MARGIN", "Ms Marsh was ahead by 1,046 votes on the night of the election."),
    ("MARGIN", "The first count put Ms Marsh 1,046 votes ahead."),
    ("AWARD", "The jury awarded Halvorsen $161 million in lost profits."),
    ("AWARD", "The lost-profits award was initially $161 million."),
    ("AWARD", "The total award was reduced from $214 million to $87.5 million."),
    ("QUOTA", "The quota had been 60,000 tonnes before the cut."),
    ("ZONE", "The evacuation zone was 2 kilometres before it was widened."),
    ("DUTY", "The steel duty was 7.5% until the rise."),
    # a state or an act setting the level tells its history (test_factcheck_122's "The speed limit ... was 50 km/h")
    ("MARGIN", "Ms Marsh's margin was 1,046 votes."),
    ("AWARD", "The total award was $214 million."),
    ("QUOTA", "The joint quota was 60,000 tonnes."),
    ("ZONE", "The evacuation zone was 2 kilometres."),
]


@pytest.mark.parametrize("key, sentence", LEFT_BEHIND)
def test_a_level_left_behind_told_as_the_outcome_is_refused(key: str, sentence: str):
    assert any("as changed since" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", TOLD_AS_THEN)
def test_a_level_told_with_its_time_or_its_change_builds(key: str, sentence: str):
    assert not found(key, sentence), sentence


# 3. a vague span's unit changed
SPANS_CHANGED = [
    "A full inquiry would take several years.",
    "A full inquiry could take several years.",
    "A full inquiry could take several weeks.",
]
SPANS_KEPT = [
    "A full inquiry could take several months.",
    "A full inquiry could last several months.",
    "A full inquiry, the clerk said, could take months.",
    "The judges could order a full inquiry, which could take several months.",
    "An inquiry could run for several months, a court clerk said.",
    "Several months could pass before a full inquiry ends.",
]


@pytest.mark.parametrize("sentence", SPANS_CHANGED)
def test_a_vague_span_of_another_unit_is_refused(sentence: str):
    assert any("where its cited passages say 'several months'" in finding for finding in found("HEARING", sentence)), (
        sentence)


@pytest.mark.parametrize("sentence", SPANS_KEPT)
def test_a_vague_span_kept_builds(sentence: str):
    assert not found("HEARING", sentence), sentence


@pytest.mark.parametrize("passage", [
    "Mr Pryce, who has been mayor since 2018, said the inquiry could take several months.",
    "The inquiry could take several months; the last one took four years.",
])
def test_a_vague_span_a_passage_can_reckon_builds(passage: str):
    """A year to reckon from, or the unit named anywhere, backs the sentence's unit."""
    assert not found(passage, "Mr Pryce has been mayor for several years."), passage


# 4. a rarity told as a certainty
RARITIES_HARDENED = [
    "Professor Hartley said the challenge would fail.",
    "Professor Hartley said the challenge will fail.",
    "Professor Hartley said the petition would not succeed.",
    "Professor Hartley said Mr Pryce's challenge was bound to fail.",
]
RARITIES_KEPT = [
    "Professor Hartley said challenges of this kind rarely succeed.",
    "Professor Hartley said such challenges seldom succeed.",
    "Professor Hartley said the challenge was unlikely to succeed.",
    "Professor Hartley said the challenge would probably fail.",
    "Professor Hartley said courts set a very high bar and such challenges rarely work.",
    "An election law expert said challenges like Mr Pryce's rarely succeed.",
    "Professor Hartley doubted the challenge would succeed.",
    "Professor Hartley said petitioners must show that mistakes could have changed the result.",
]


@pytest.mark.parametrize("sentence", RARITIES_HARDENED)
def test_a_rarity_told_as_certain_is_refused(sentence: str):
    assert any("only as rare ('rarely succeed')" in finding for finding in found("HARTLEY", sentence)), sentence


@pytest.mark.parametrize("sentence", RARITIES_KEPT)
def test_a_rarity_kept_builds(sentence: str):
    assert not found("HARTLEY", sentence), sentence


# 5. an order only possible or asked for told as given
ORDERS_GIVEN = [
    ("HEARING", "The court has ordered a new vote in Eastbrook."),
    ("HEARING", "The court ordered a new vote in Eastbrook."),
    ("HEARING", "A new vote in Eastbrook has been ordered."),
    ("HEARING", "The court has ordered a full inquiry."),
    ("The judges could decide on Monday to dismiss the appeal or to order a full review of the case.",
     "The judges ordered a full review of the case."),
]


@pytest.mark.parametrize("passage, sentence", [
    ("The board may order an audit of the accounts next month.", "The board ordered an audit of the accounts."),
    ("If the court orders a new vote in the ward, it would be held within 60 days.", "The court ordered a new vote."),
])
def test_an_order_another_check_names_is_named_once(passage: str, sentence: str):
    findings = found(passage, sentence)
    assert len(findings) == 1 and "tells an order as given" not in findings[0], findings
ORDERS_KEPT = [
    ("HEARING", "The judges could order a full inquiry at the first hearing."),
    ("HEARING", "The court has scheduled a first hearing for 9 June."),
    ("HEARING", "The court has not ordered a new vote."),
    ("HEARING", "The judges could decide on 9 June to dismiss the petition or to order a full inquiry."),
    ("HEARING", "A court clerk said the judges could order a full inquiry, which could take several months."),
    ("HEARING", "No new vote has been ordered; the court has scheduled a first hearing for 9 June."),
    ("MARGIN", "Mr Pryce said he would ask the county court to order a new vote."),
    ("NEW_VOTE", "If the court orders a new vote in Eastbrook, it would be held within 60 days of the ruling."),
    ("The court ordered a recount on Monday after the county had asked it to order one.",
     "The court ordered a recount."),
]


@pytest.mark.parametrize("key, sentence", ORDERS_GIVEN)
def test_an_order_only_possible_told_as_given_is_refused(key: str, sentence: str):
    assert any("tells an order as given" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", ORDERS_KEPT)
def test_an_order_kept_possible_builds(key: str, sentence: str):
    assert not found(key, sentence), sentence


def test_a_margin_left_behind_told_as_the_outcome_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the briefing's summary tells the first count's margin as the one she won by."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "briefing.yaml", "Owen Pryce, from 1,046 votes to 212.[^margin]",
         "Owen Pryce. She won the election by 1,046 votes.[^margin]")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:5: `summary`: this sentence states 1,046 as current, but its cited " \
        "passages name it as changed since" in result.err, result.err
