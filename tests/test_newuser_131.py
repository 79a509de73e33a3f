"""A new user's English briefing of a maritime boundary ruling (tests/fixtures/newuser_131: the Coastal Boundaries
Tribunal awarded Marenia "about 60 per cent" of a 12,400 square-kilometre disputed area of the Gulf of Sennet, by 4
votes to 1; Ostrava "rejects" the ruling and says it "will not be bound by it"; Marenia's foreign minister welcomes it;
the Halder gas field, "estimated" to hold 1.2 trillion cubic feet, lies mostly on Marenia's side; Judge Paolo Venn
dissents; a fishing cooperative's worry; the ruling is final with no appeal, "though either side may ask for an
interpretation"; a date for talks on the field "has not been set"; the report's own correction of the area at its
end), written from the README's first sections alone, from a wire report of 762 words they wrote, made with `python
build.py new --source`. Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a
log with an update and a correction.

Read as a fact-checker, 58 misstatements and 75 honest paraphrases were tried against one paragraph each (the /tmp
probe, as `found` below): 16 misstatements built before this work, 8 still build (LEFTOVER below). Fixed, each with its
sentence and passage:

1. Refused though honest: "Four judges backed the ruling and one, Judge Paolo Venn, dissented." citing "The five
   judges of the Coastal Boundaries Tribunal decided the case by 4 votes to 1" was refused as giving 4 'judges' where
   the passage gives 4 'votes' (explainer/counted_nouns.py: a count of voters may count the passage's votes).
2. Refused though honest: "About 80 per cent of the field's surface lies in Marenian waters." (or "Most of the Halder
   field lies on Marenia's side.") citing the paragraph "... The estimate comes from a 2019 survey commissioned by
   Marenia and has not been confirmed by drilling. ..." was refused as dropping 'has not been confirmed': the
   estimate's hedge was read as the whole paragraph's (explainer/unverified.py: a sentence opening "The estimate"
   hedges the figure the text gives as "estimated to hold", which fix 4 keeps).
3. "No appeal" dropped: "Either side may appeal the ruling." (or "The ruling can be appealed", "The ruling is open to
   appeal") citing "The ruling is final and there is no appeal, though either side may ask for an interpretation";
   and the rejection told as an appeal: "Ostrava has filed an appeal against the ruling." citing "... it rejects the
   ruling" (explainer/no_appeal.py, one call in cite.py).
4. The estimate told as known: "The Halder gas field holds 1.2 trillion cubic feet of gas." (or "is proven to hold")
   citing "The Halder gas field, estimated to hold 1.2 trillion cubic feet of gas, ..." (explainer/estimated_holdings.py).
5. Talks told as scheduled: "Talks on the gas field are scheduled." (or "A date for talks ... has been set", "Talks
   ... have begun") citing "Talks ... are expected, but a date has not been set" (explainer/unset_dates.py).
6. The split vote told as all: "All five judges backed the ruling." (or "Every judge supported the ruling") citing "by
   4 votes to 1" (explainer/whole_bench.py).
7. "Mostly" dropped or made whole: "The Halder gas field lies entirely on Marenia's side." (or "lies on Marenia's
   side") citing "... lies mostly on Marenia's side of the line" (explainer/dropped_limits.py: a limit between a verb
   and a place binds the verb; it was refused before only for the paragraph's 'has not been confirmed', fix 2).

What misled the new user: a claim's `claimant: Ostrava's foreign ministry` of "Ostrava's government said ... that it
rejects the ruling. "Ostrava will not be bound by it," its foreign ministry said" is refused as words given to
Ostrava's government, not its own ministry; a timeline `what` "Ostrava rejects the ruling." is refused as the
government's word told as fact (a state's rejection is its saying so); a timeline `date: 2009` is refused "expected
text" (the error says to quote it; a bare year is no `date` at all, so it was dropped).

LEFTOVER (misstatements still built, honest sentences still refused), sentence then passage:

- Honest, refused: "No date has been set for talks on the gas field." citing "Talks ... are expected, but a date has
  not been set" is "adds a negation" (polarity.py, not mine).
- Honest, refused: "Ostrava rejects the ruling." citing "Ostrava's government said ... that it rejects the ruling"
  (attribution.py, not mine).
- Honest, refused: "The field may hold 1.2 trillion cubic feet of gas, according to a Marenian survey." is refused as
  words given to the tribunal's maps (the paragraph's "according to the tribunal's maps"; speakers, not mine).
- Honest, refused: "Neither country may appeal, but either may ask the tribunal to interpret the ruling." ("gives the
  power to 'ask' to the either"; not mine).
- "The Halder field lies for the most part on Marenia's side" builds, rightly, but so would "lies, for the most
  part, entirely on" (a limit's words between the verb and its place are not read).
- "Either side has 90 days to appeal the ruling." citing only "either side has 90 days to ask for an interpretation":
  builds (no passage cited says there is no appeal).
- "Ostrava rejected the ruling and has asked for an interpretation." builds (nothing asked yet).
- "The ruling is final and no interpretation may be asked for." builds (a negation added in a second clause).
- "The tribunal adjusted the equidistance line westwards." of "eastwards", "The tribunal adopted Marenia's
  equidistance line." of "drew neither line": build.
- "Legal experts said Ostrava's rejection would change the outcome." of "was unlikely to change": builds.
- "Marenia plans to begin drilling in the Halder field before talks with Ostrava." of "had no plans to begin drilling
  ... before talks": builds.
- "Ostrava, with about 4.1 million people, depends on imported gas." (the two states' figures swapped): builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_131"
SLUG = "sea-boundary"
REPORT = (FIXTURE / "seeds" / "report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="marenia", name="Marenia", role="coastal state", aliases=("Port Alver",)),
           Party(id="ostrava", name="Ostrava", role="coastal state"),
           Party(id="tribunal", name="Coastal Boundaries Tribunal", short_name="the tribunal", role="tribunal",
                 aliases=("the tribunal",)))
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "LEAD": "awarded Marenia", "VOTE": "4 votes to 1", "REJ": "rejects the ruling", "GAS": "1.2 trillion",
    "TALKS": "has not been set", "VENN": "Paolo Venn", "NINETY": "90 days", "CORR": "14,200"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence of the briefing citing one paragraph of the report."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-10-09")


def test_the_briefing_builds_and_shows_what_a_reader_reads(tmp_path: Path):
    """The briefing builds: its summary's share, vote and no appeal, the rejection quoted, the estimate kept, the
    judges' split, the quotes, the log's correction and notes leading to the report's highlighted passages."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    for words in ("about 60 per cent of a 12,400 square-kilometre disputed area", "by 4 votes to 1",
                  "there is no appeal, though either side may ask for an interpretation", "will not be bound by it",
                  "estimated to hold 1.2 trillion cubic feet", "a date has not been set",
                  "Four judges backed the ruling and one, Judge Paolo Venn, dissented",
                  "about 80 per cent of its surface area falls within Marenian waters",
                  "This is a fair and lasting line", "What was wrong",
                  "We said the disputed area measured 14,200 square kilometres.",
                  'href="../sources/report.html#passage-'):
        assert words in page, words


@pytest.mark.parametrize("file, old, new, told", [
    ("briefing.yaml", "The ruling is final and there is no appeal, though either side may ask for an\n  "
     "interpretation.", "Either side may appeal the ruling.", "tells an appeal ('may appeal')"),
    ("background.yaml", "Talks on sharing the field are expected, but a date has not been set.",
     "Talks on sharing the field have begun.", "tells a date as set"),
    ("background.yaml", "Four judges backed the ruling and one, Judge Paolo Venn, dissented.",
     "All five judges backed the ruling.", "tells a split decision as all of the bench's"),
    ("background.yaml", "The Halder gas field, estimated to hold 1.2 trillion cubic feet of gas, lies",
     "The Halder gas field, which holds 1.2 trillion cubic feet of gas, lies", "told as known"),
])
def test_a_misstatement_in_the_prose_is_refused_on_its_line(tmp_path: Path, file: str, old: str, new: str, told: str):
    """Through the front door: the summary's no appeal dropped, the background's talks told as begun, its split
    vote told as all, its estimate told as known."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / file, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/{file}:" in result.err and told in result.err, result.err


@pytest.mark.parametrize("key, sentence", [
    ("VOTE", "Four judges backed the ruling and one dissented."),
    ("VOTE", "Four judges voted for the ruling."),
    ("VOTE", "All four judges in the majority backed the line."),
    ("VOTE", "Four judges backed the ruling, one opposed it."),
    ("GAS", "About 80 per cent of the field's surface lies in Marenian waters."),
    ("GAS", "Most of the Halder field lies on Marenia's side."),
    ("GAS", "The Halder gas field is estimated to hold 1.2 trillion cubic feet of gas."),
    ("GAS", "An estimated 1.2 trillion cubic feet of gas lies in the Halder field."),
    ("GAS", "The Halder field could hold some 1.2 trillion cubic feet of gas."),
])
def test_the_honest_sentences_refused_before_build(key: str, sentence: str):
    """Fixes 1 and 2: four judges count the four votes; the estimate's hedge is the estimate's, not the paragraph's."""
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Norwave employs about 5.2 million people.", "Norwave has about 5.2 million customers and employs about 6,000 "
     "people."),
    ("Rebels seized the airport on Tuesday.", "Rebels seized the airport on Tuesday, though this could not be "
     "independently verified."),
    ("The mine holds 40 tonnes of gold.", "The mine is estimated to hold 40 tonnes of gold. This could not be "
     "verified."),
])
def test_the_loosened_rules_still_refuse_what_they_read(sentence: str, passage: str):
    """A figure moved to another noun, a hedge of the whole passage and an estimate told as known stay refused."""
    assert findings_in_language("en", sentence, passage), sentence


@pytest.mark.parametrize("key, sentence", [
    ("VOTE", "Either side may appeal the ruling."),
    ("VOTE", "The ruling can be appealed."),
    ("VOTE", "The ruling is open to appeal."),
    ("VOTE", "Ostrava plans to appeal the ruling."),
    ("REJ", "Ostrava has filed an appeal against the ruling."),
    ("REJ", "Ostrava has lodged an appeal."),
])
def test_an_appeal_the_source_rules_out_is_refused(key: str, sentence: str):
    assert any("appeal" in finding and "tells an appeal" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("GAS", "The Halder gas field holds 1.2 trillion cubic feet of gas."),
    ("GAS", "The Halder gas field is proven to hold 1.2 trillion cubic feet of gas."),
    ("GAS", "The Halder field contains 1.2 trillion cubic feet of gas."),
])
def test_an_estimate_told_as_known_is_refused(key: str, sentence: str):
    assert any("told as known" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Talks on the gas field are scheduled.",
    "A date for talks on sharing the field has been set.",
    "Talks between the two countries on sharing the field have begun.",
    "Talks on the field are set for November.",
])
def test_talks_without_a_date_told_as_scheduled_are_refused(sentence: str):
    assert found("TALKS", sentence), sentence


@pytest.mark.parametrize("sentence", [
    "All five judges backed the ruling.",
    "Every judge supported the ruling.",
    "All 5 judges voted for the ruling.",
    "Each of the judges voted for the ruling.",
])
def test_a_split_vote_told_as_all_is_refused(sentence: str):
    assert any("all of the bench's" in finding for finding in found("VOTE", sentence)), sentence


MISSTATEMENTS = [  # refused before this work, and still
    ("LEAD", "The tribunal awarded Marenia 60 per cent of the disputed area."),
    ("LEAD", "The tribunal awarded Marenia two thirds of the disputed area."),
    ("LEAD", "The tribunal awarded Ostrava about 60 per cent of the disputed area."),
    ("LEAD", "The tribunal awarded Marenia about 60 per cent of a 14,200 square-kilometre area."),
    ("VOTE", "The judges decided the case unanimously."),
    ("VOTE", "The case was decided by 3 votes to 2."),
    ("REJ", "Ostrava accepts the ruling."),
    ("REJ", "Marenia rejects the ruling."),
    ("GAS", "The Halder gas field lies mostly on Ostrava's side."),
    ("TALKS", "Talks on the gas field will begin next month."),
    ("VENN", "The dissenting judge, Judge Ingrid Salo, wrote that the majority had given too little weight to the "
             "islands."),
    ("VENN", "Judge Paolo Venn wrote that the majority had given too much weight to the islands."),
    ("NINETY", "Either side has 60 days to ask for an interpretation of the ruling."),
    ("CORR", "The disputed area measures 14,200 square kilometres."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_the_build_already_refused_stays_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", [
    ("LEAD", "The tribunal awarded Marenia about 60 per cent of the disputed area."),
    ("LEAD", "About 60 per cent of the disputed area went to Marenia."),
    ("VOTE", "The tribunal ruled by four votes to one."),
    ("VOTE", "There is no appeal, but either side may ask for an interpretation."),
    ("VOTE", "The ruling cannot be appealed."),
    ("VOTE", "No appeal is possible, though either side may ask for an interpretation."),
    ("VOTE", "Neither side can appeal the ruling."),
    ("VOTE", "The ruling is final and not open to appeal."),
    ("VOTE", "Ostrava cannot appeal the ruling, which is final."),
    ("VOTE", "Without a right of appeal, Ostrava may only ask for an interpretation."),
    ("VOTE", "Four of the five judges backed the ruling."),
    ("VOTE", "All but one of the judges backed the ruling."),
    ("VOTE", "Not all the judges backed the ruling."),
    ("VOTE", "All five judges heard the case."),
    ("VOTE", "The majority of the judges backed the ruling."),
    ("REJ", "Ostrava has rejected the ruling and says it will not be bound by it."),
    ("REJ", "Ostrava has not appealed; it says it rejects the ruling."),
    ("TALKS", "Talks on sharing the field are expected, but a date has not been set."),
    ("TALKS", "A date for talks on the field has yet to be set."),
    ("TALKS", "Talks on the gas field have not been scheduled."),
    ("TALKS", "The two countries are expected to hold talks on the field, but have not set a date."),
    ("TALKS", "Talks could begin once a date is set."),
    ("TALKS", "Talks on sharing the field have yet to begin."),
    ("GAS", "The field is thought to hold about 1.2 trillion cubic feet of gas."),
    ("GAS", "Marenia's 2019 survey put the field's gas at 1.2 trillion cubic feet, not confirmed by drilling."),
    ("VENN", "Judge Paolo Venn dissented, saying the majority had given too little weight to the islands."),
    ("NINETY", "Either side has 90 days to ask for an interpretation."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The company may appeal the fine.", "The company may appeal the fine within 28 days. There is no appeal "
     "against the ban."),
    ("The club appealed the ban.", "The club appealed the ban on Monday."),
    ("The firm has filed an appeal.", "The firm has filed an appeal, it said, rejecting the ruling."),
    ("Talks are scheduled for Monday.", "Talks are scheduled for Monday; a date for the vote has not been set."),
    ("The vote has been scheduled for May.", "The vote has been scheduled for May."),
    ("The bridge is estimated to cost £40m.", "The bridge is estimated to cost £40m."),
    ("The project cost £40m.", "The project cost £40m."),
    ("All three judges backed the ruling.", "All three judges backed the ruling, though one wrote a separate "
     "opinion."),
])
def test_the_rules_read_only_what_they_name(sentence: str, passage: str):
    """A passage telling an appeal, a date set, a figure plainly or all judges agreeing itself: each builds."""
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The Halder gas field lies entirely on Marenia's side.",
    "The Halder field lies on Marenia's side of the line.",
])
def test_mostly_dropped_or_made_whole_is_refused(sentence: str):
    assert any("'mostly'" in finding for finding in found("GAS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "The Halder field lies largely on Marenia's side.",
    "The Halder field lies mainly on Marenia's side.",
    "The Halder field is mostly on Marenia's side.",
    "The Halder field sits mostly in Marenian waters.",
    "The Halder field lies predominantly on Marenia's side.",
    "Most of the Halder field lies on Marenia's side.",
    "The bulk of the Halder field lies on Marenia's side.",
    "Much of the Halder field lies on Marenia's side of the line.",
    "The Halder field lies mostly, though not entirely, on Marenia's side.",
])
def test_mostly_kept_in_other_words_builds(sentence: str):
    assert found("GAS", sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage, refused", [
    ("Fighting took place in the north.", "Fighting took place mostly in the north.", True),
    ("Most of the fighting took place in the north.", "Fighting took place mostly in the north.", False),
    ("Most workers live in the east.", "The workers live mostly in the city's east.", False),
    ("The workers live in the east.", "The workers live in the east, and mostly in rented flats.", False),
])
def test_a_verb_bound_by_a_limit_elsewhere(sentence: str, passage: str, refused: bool):
    assert bool(findings_in_language("en", sentence, passage)) is refused, sentence
