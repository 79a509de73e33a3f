"""A new user's English briefing of a contested local election (tests/fixtures/newuser_122: Harrowfield's mayoral
race, whose recount confirmed Delia Marsh but cut her margin over the sitting mayor, Owen Pryce, from 1,046 votes to
212; Mr Pryce's petition to the county court over misdelivered postal ballots in the Eastbrook ward, first hearing 9
June; the election office's turnout of 44.8 percent corrected to 41.2), written from the README's first sections alone,
from a wire report of about 900 words they wrote (seeds/wire.txt), started with `python build.py new --source wire`.
Every content file is used: background, timeline, comparisons (first count and recount), claims of each side, quotes,
caveats and a log with an update and a correction.

Read as a fact-checker, 49 misstatements and 29 honest paraphrases were tried against the report's paragraphs (the
probe of `found` below): on main 14 misstatements built and 5 honest sentences were refused; now 6 build (LEFTOVER) and
1 is refused. Fixed:

1. An assessment in its claimant's own phrase was refused as worded as fact: Professor Hartley's claim "with 63
   confirmed ballots and a margin of 212, winning will be difficult" citing "With 63 confirmed ballots and a margin of
   212, that will be difficult" ('confirmed'). An asserting word before a content word that a cited passage writes
   after the same word is the claimant's (explainer/claimants_own_words.py, read by topics.py); "confirmed that" stays
   refused.
2. A condition dropped where the sentence's subject is what the condition's object names: "A new vote in Eastbrook
   will be held within 60 days of the ruling" citing "If the court orders a new vote in the Eastbrook ward, it would
   be held within 60 days of the ruling" built, "vote" and "Eastbrook" read as words of the condition kept. Where the
   conditioned clause opens with a pronoun, the condition's object keeps no condition in a sentence told as to come
   (explainer/conditioned_pronoun.py, read by conditions.py); "ordered by the court", "a court-ordered vote", "would",
   "if" keep it.
3. A corrected figure swapped with the one it corrects: "The corrected turnout is 44.8 percent" or "the corrected
   turnout figure, 41.2 percent, was wrong" citing "the turnout figure it published on election night, 44.8 percent,
   was wrong ... The corrected turnout is 41.2 percent" built (explainer/corrected_swapped.py, one line in cite.py).
4. A figure the sentence itself calls wrong was refused as stated as current: "The figure of 44.8 percent published on
   election night was wrong" citing that paragraph (its "An earlier version of this report ... gave the figure of 44.8
   percent"); revised.py now leaves out a figure the sentence calls wrong ("was wrong", "was incorrect", "was in
   error").

LEFTOVER (misstatements that still build, honest sentences still refused; each citing the report's paragraph):
- "Ms Marsh won the election by 1,046 votes." of "cut her margin ... from 1,046 votes to 212": the margin before the
  recount told as final (a "from" level read as a level reached is refused only with "to" beside it).
- "The court has ordered a new vote in Eastbrook." of "The court has scheduled a first hearing for 9 June ... could
  decide to dismiss the petition ... or to order a full inquiry": a deed no passage tells.
- "Professor Hartley said the challenge would fail." of "said challenges of this kind rarely succeed": a hedge hardened.
- "Mr Oduya endorsed Ms Marsh before the vote." of "He did not endorse either candidate before the vote." (polarity).
- "A full inquiry would take several years." of "which could take several months": the span's unit changed.
- "Mr Pryce called the petition \"a delay tactic\"." of "Ms Marsh ... called the petition \"a delay tactic\"":
  quoted words given to another party (speakers.py).
- Refused though honest when this landed, fixed since (tests/test_speech_settings.py): "Mr Pryce spoke outside his
  campaign office." (quotes.yaml `context`) citing "Mr Pryce said outside his campaign office".
- Refused though honest: "Any new vote in Eastbrook ordered by the court will be held within 60 days of the ruling."
  of "If the court orders a new vote ..., it would be held within 60 days": "gives '60 days' as imposed ('ordered')"
  (imposed_offers.py or custody.py: "ordered" there names the vote, not the 60 days).
- Misleading, not wrong: "Mr Pryce has asked the county court to void the result" was refused as Pryce's word (the
  report has only his "said his campaign had filed a petition"); the error is right, but the headline's "loser heads
  to court" and "The court has scheduled a first hearing" made it read as fact to a new user.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.claimants_own_words import in_claimants_words
from explainer.conditioned_pronoun import object_named_by_pronoun
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_122"
BRIEFING = "harrowfield-recount"
WIRE = (FIXTURE / "seeds" / "wire.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="marsh", name="Delia Marsh", short_name="Marsh", aliases=("Ms Marsh",)),
           Party(id="pryce", name="Owen Pryce", short_name="Pryce", aliases=("Mr Pryce",)),
           Party(id="office", name="Harrowfield election office", short_name="election office",
                 aliases=("Janet Okafor", "Ms Okafor")))
PASSAGES = {"NEW_VOTE": paragraph(WIRE, "within 60 days"), "TURNOUT": paragraph(WIRE, "turnout figure it published"),
            "TURNOUT_NOW": paragraph(WIRE, "Turnout was 41.2")}


def found(key: str, sentence: str) -> list[str]:
    """Return the build's findings of an English sentence citing the report's paragraph `key`."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES)


def test_the_briefing_builds_and_shows_the_recount_and_the_correction(tmp_path: Path):
    """The fixture builds: the reader sees the recount's margin, both counts in the table, the quotes, the
    court's date and the turnout correction, each note leading to the wire report's passage."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ("from 1,046 votes to 212", "9,431", "9,219", "9,977", "8,931", "first hearing for 9 June",
                  "What was wrong", "44.8 percent", "41.2 percent", "I won twice", "The figures disagree",
                  "63 confirmed ballots", 'href="../sources/wire.html#passage-'):
        assert words in page, words


def test_a_wrong_turnout_told_as_corrected_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: background.yaml's election-night figure told as the corrected one."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "background.yaml", "The figure of 44.8 percent published on election night was wrong",
         "The corrected turnout is 44.8 percent, as the figure published on election night was wrong")
    result = run_build(desk, "check")
    assert result.code == 1 and "background.yaml:20: `body`: this sentence calls 44.8 the corrected figure" in result.err, (
        result.err)


def test_an_assessment_saying_confirmed_that_is_still_refused(tmp_path: Path):
    """1's twin: the assessment's own "confirmed ballots" builds (the fixture), "confirmed that" does not."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "claims.yaml", "with 63 confirmed ballots and a margin of 212",
         "the count confirmed that 63 ballots went astray, and with a margin of 212")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:42: `says`: a claim of status 'assessment' is worded as fact: 'confirmed'" in (
        result.err), result.err


@pytest.mark.parametrize("sentence, at, passages, expected", [
    ("with 63 confirmed ballots and a margin of 212", 8, ["With 63 confirmed ballots and a margin"], True),
    ("the proven reserves will last", 4, ["its proven reserves of oil"], True),
    ("the count confirmed that 63 ballots went astray", 10, ["With 63 confirmed ballots"], False),
    ("with 63 confirmed ballots", 8, ["the office confirmed 63 cases"], False),
    ("the confirmed cases rose", 4, ["it confirmed the cases"], False),
])
def test_the_claimants_own_phrase(sentence: str, at: int, passages: list[str], expected: bool):
    word = sentence[at:].split()[0]
    assert in_claimants_words(sentence, at, word, passages) is expected


@pytest.mark.parametrize("condition, clause, expected", [
    ("If the court orders a new vote in the Eastbrook ward", " it would be held within 60 days", "a new vote in the Eastbrook ward"),
    ("if the board approves the merger", " they would close 12 stores", "the merger"),
    ("If the court orders a new vote in the Eastbrook ward", " the office would hold it within 60 days", ""),
    ("unless talks resume", " it will strike", ""),
])
def test_the_object_a_pronoun_names(condition: str, clause: str, expected: str):
    assert object_named_by_pronoun(condition, clause) == expected


DROPPED_CONDITIONS = [
    "A new vote in Eastbrook will be held within 60 days of the ruling.",
    "A new vote in the Eastbrook ward will take place within 60 days of the ruling.",
    "The new vote in Eastbrook is set to be held within 60 days of the ruling.",
]
KEPT_CONDITIONS = [
    "If the court orders a new vote in Eastbrook, it would be held within 60 days of the ruling.",
    "A new vote in Eastbrook, if the court orders one, would be held within 60 days of the ruling.",
    "A court-ordered new vote in Eastbrook will be held within 60 days of the ruling.",
    "A new vote in Eastbrook would be held within 60 days of the ruling, the election office said.",
    "Should the court order a new vote in Eastbrook, it would be held within 60 days of the ruling.",
    "The election office said a new vote in Eastbrook, if ordered, would be held within 60 days of the ruling.",
    "Were the court to order a new vote in Eastbrook, it would take place within 60 days of the ruling.",
    "A new Eastbrook vote ordered by the court would follow within 60 days of the ruling.",
    "The election office says a new vote in Eastbrook will be held within 60 days of any ruling ordering one.",
    "Only if the court orders it will a new vote in Eastbrook be held, within 60 days of the ruling.",
    "A new vote in Eastbrook will be held within 60 days if the court orders one.",
    "About 7,400 voters are registered in the Eastbrook ward.",
]


@pytest.mark.parametrize("sentence", DROPPED_CONDITIONS)
def test_a_condition_s_object_told_as_certain_is_refused(sentence: str):
    assert any("only on a condition" in finding for finding in found("NEW_VOTE", sentence)), sentence


@pytest.mark.parametrize("sentence", KEPT_CONDITIONS)
def test_a_condition_kept_builds(sentence: str):
    assert not found("NEW_VOTE", sentence)


SWAPPED_CORRECTIONS = [
    ("The corrected turnout is 44.8 percent.", "calls 44.8 the corrected figure"),
    ("Turnout was corrected to 44.8 percent.", "calls 44.8 the corrected figure"),
    ("The election office said on Monday that the corrected turnout figure, 41.2 percent, was wrong.",
     "calls 41.2 the wrong figure"),
    ("The turnout of 41.2 percent was wrong, the election office said.", "calls 41.2 the wrong figure"),
    ("The election office wrongly gave turnout as 41.2 percent on election night.", "calls 41.2 the wrong figure"),
]
HONEST_CORRECTIONS = [
    "The corrected turnout is 41.2 percent.",
    "Turnout was corrected to 41.2 percent.",
    "The election-night figure of 44.8 percent was wrong.",
    "The turnout figure published on election night, 44.8 percent, was wrong; the corrected figure is 41.2 percent.",
    "The election office said its figure of 44.8 percent was wrong because Eastbrook's ballots were counted twice.",
    "An earlier version of this report gave the wrong figure of 44.8 percent.",
    "The office has revised turnout to 41.2 percent from 44.8 percent.",
    "The 44.8 percent turnout first published was incorrect, the office said on Monday.",
    "The office wrongly published a turnout of 44.8 percent on election night.",
    "Turnout was in fact 41.2 percent, not the 44.8 percent first published.",
    "The right figure is 41.2 percent, the election office said.",
    "The figure of 44.8 percent published on election night was wrong, the office said.",
    "Election-night turnout of 44.8 percent was wrong, as ballots from Eastbrook were counted twice.",
    "The office said the 44.8 percent it had published was incorrect.",
    "The 44.8 percent turnout figure was in error, the office said.",
]


@pytest.mark.parametrize("sentence, words", SWAPPED_CORRECTIONS)
def test_a_wrong_figure_told_as_corrected_is_refused(sentence: str, words: str):
    assert any(words in finding for finding in found("TURNOUT", sentence)), sentence


@pytest.mark.parametrize("sentence", HONEST_CORRECTIONS)
def test_a_correction_told_as_the_source_tells_it_builds(sentence: str):
    assert not found("TURNOUT", sentence)


@pytest.mark.parametrize("sentence", ["Turnout was 44.8 percent.",
                                      "Turnout reached 44.8 percent, the election office said on Monday."])
def test_the_wrong_figure_told_as_current_is_still_refused(sentence: str):
    """4's twin: a figure the sentence does not call wrong is still stated as current."""
    assert any("as current" in finding for finding in found("TURNOUT", sentence)), sentence


def test_a_figure_no_correction_names_is_not_read():
    assert not found("TURNOUT_NOW", "Turnout was 41.2 percent of the 50,116 registered voters, up from 36.5 percent "
                                    "in 2022.")
