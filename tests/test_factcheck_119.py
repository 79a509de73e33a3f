"""Misstatements of the stadium-lease story (tests/fixtures/newuser_90: Harlow City Football Club, "the club", and
Harlow Borough Council, "the council") that a fact-checker found still building, each now refused by a general rule,
with the honest wording beside it still building:

1. a vote's split turned round where it ends the sentence or a clause ("by three votes to six.", "by 3-6,") or where a
   motion is "approved by" it without the word "vote" (vote_splits.py);
2. a request to come told as done: "The court has quashed the decision" of "We will ask the court to quash ..."
   ("will ask", "would urge", "plans to call on": unsettled.py);
3. a decision to come in a reported or hypothetical future, an adverb between, told as made: "A judge has decided" of
   "A judge would first decide whether ..." (pending_rulings.py, preliminary.py);
4. a court the parties are heading for told as having ruled (next_stages.py);
5. what was asked for but not given told as received (asked_not_received.py);
6. a body that says it takes no side told as backing one (mediators.py);
7. one of those named among a vote's side told as voting the other way (named_voters.py);
8. a passage wholly in quotation marks whose speaker the sentence before names, told as fact (party_word.py);
9. a side's official named alone ("said Martin Oyelaran"), whose post the source gives elsewhere, told as fact
   (officials.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project
from test_newuser_90 import FIXTURE, found, sentence_of

VOTE = sentence_of("by six votes to three")
QUASH = '"We will ask the court to quash a decision that was taken without proper consultation."'
JUDGE = sentence_of("A judge would first decide")
HEADING = sentence_of("are heading for the High Court")
REPORT = sentence_of("had asked for the valuer's full report")
LEAGUE = sentence_of("not its role to take sides")
AGAINST = sentence_of("Three members of the cabinet voted against") + " " + sentence_of("One of them, Councillor")


MISSTATED = [
    # 1. a split turned round, at the sentence's end, before a comma or a bracket, or "approved by" it
    ("The council's cabinet approved the new lease terms by three votes to six.", VOTE, "the other way round"),
    ("The cabinet approved the new lease terms by 3-6.", VOTE, "the other way round"),
    ("The cabinet approved the new terms by three votes to six, on Tuesday evening.", VOTE, "the other way round"),
    ("The cabinet voted 3-6 (on Tuesday) for the new terms.", VOTE, "the other way round"),
    ("The new terms were passed by three to six.", VOTE, "the other way round"),
    # 2. a request to come, told as done
    ("The court has quashed the decision.", QUASH, "asked of another"),
    ("The minister withdrew the bill.", "The union will urge the minister to withdraw the bill.", "asked of another"),
    ("The court quashed the decision.", "The club plans to ask the court to quash the decision.", "asked of another"),
    ("The court quashed the decision.", "The club is asking the court to quash the decision.", "asked of another"),
    ("The government reversed the cuts.", "The council would call on the government to reverse the cuts.",
     "asked of another"),
    # 3. a decision to come, "would" or "will" and an adverb before its verb, told as made
    ("A judge has decided that the claim can proceed.", JUDGE, "only as to come ('would first decide')"),
    ("A judge decided the claim can proceed.", JUDGE, "only as to come"),
    ("A judge has cleared the claim to proceed.", JUDGE, "only as to come"),
    ("The judge ruled that the claim can proceed.", JUDGE, "a ruling given ('ruled') what its cited passages give only "
                                                           "as preliminary or still to come ('would first decide')"),
    ("The panel decided the appeal can go ahead.", "The panel will then quickly decide whether the appeal can go ahead.",
     "only as to come"),
    # 4. a court the parties are heading for, told as reached
    ("The High Court has ruled on the dispute.", HEADING, "as the next one ('are heading for the High Court')"),
    ("The dispute went to the High Court.", HEADING, "as the next one"),
    ("The High Court heard the dispute.", "The club is going to the High Court over the rent.", "as the next one"),
    ("The Court of Appeal ruled on the case.", "The case is on its way to the Court of Appeal.", "as the next one"),
    # 5. asked for, not given, told as received
    ("The club received the valuer's full report in October.", REPORT, "asked for and not given"),
    ("The club was given the valuer's full report.", REPORT, "asked for and not given"),
    ("The union was given the inspection records.",
     "The union requested the inspection records but was given just two pages.", "asked for and not given"),
    ("The families got a meeting with the minister.",
     "The families sought a meeting with the minister but got only a letter.", "asked for and not given"),
    # 6. a body that takes no side, told as taking one
    ("The league backed the council.", LEAGUE, "the league take a side ('backed') where its cited passages give it "
                                               "as taking no side ('not its role to take sides')"),
    ("The league took the council's side.", LEAGUE, "taking no side"),
    ("The league sided with the club.", LEAGUE, "taking no side"),
    ("The federation supported the players.", "The federation said it would not take sides in the row.",
     "taking no side"),
    ("Norway sided with Southland.", "Norway, which has remained neutral throughout the conflict, hosted the talks.",
     "taking no side"),
    # 7. one of a side's members told as voting the other way
    ("Haddad voted for the new terms.", AGAINST, "gives Haddad as voting for where its cited passages name them among "
                                                 "those who voted against"),
    ("Councillor Amir Haddad backed the new lease terms.", AGAINST, "voting for"),
    ("Reed opposed the bill.", "Four senators voted for the bill, among them Maria Lopez and Tom Reed.",
     "gives Reed as voting against"),
]

HONEST = [
    ("The council's cabinet approved the new lease terms by six votes to three.", VOTE),
    ("The cabinet approved the new lease terms by 6-3.", VOTE),
    ("The cabinet approved the new terms by six votes to three, on Tuesday evening.", VOTE),
    ("The cabinet voted 6-3 (on Tuesday) for the new terms.", VOTE),
    ("The club will ask the court to quash the decision.", QUASH),
    ("The club has asked the court to quash the decision.", "The club has asked the court to quash the decision."),
    ("The union will urge the minister to withdraw the bill.", "The union will urge the minister to withdraw the bill."),
    ("A judge will decide whether the claim can proceed.", JUDGE),
    ("A judge would first decide whether the claim can proceed.", JUDGE),
    ("The club and the council are heading for the High Court.", HEADING),
    ("The dispute is expected to reach the High Court.", HEADING),
    ("The High Court has not yet ruled on the dispute.", HEADING),
    ("The club asked for the valuer's full report but received only a two-page summary.", REPORT),
    ("The club received only a two-page summary of the valuer's report.", REPORT),
    ("The club received a two-page summary of the valuer's report.", REPORT),
    ("The families received a letter from the minister.",
     "The families sought a meeting with the minister but got only a letter."),
    ("The league said it would not take sides.", LEAGUE),
    ("The league backed neither side.", LEAGUE),
    ("The league has not backed the council.", LEAGUE),
    ("The council backed the club.", LEAGUE),
    ("The government backed the deal.", "Qatar mediated talks between the government and the rebels."),
    ("Haddad voted against the new terms.", AGAINST),
    ("Haddad opposed the new terms.", AGAINST),
    ("Lopez voted for the bill.", "Four senators voted for the bill, among them Maria Lopez and Tom Reed."),
]


@pytest.mark.parametrize("sentence, passage, says", MISSTATED)
def test_a_misstatement_of_the_stadium_story_is_refused(sentence: str, passage: str, says: str):
    findings = found(sentence, passage)
    assert any(says in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST)
def test_the_honest_twin_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


def test_a_split_before_a_decimal_is_still_a_figure():
    """"6-3.5" is no vote's split ending a sentence: its stop goes on a figure, as before."""
    assert not any("other way round" in finding for finding in found("The cabinet voted 3-6.5 on the rent.", VOTE))


# --- 8 and 9: whose word a passage is, read from the source around it (a whole build) -------------------------------

ALONE = '"The council has wasted the money of the taxpayers on consultants," said Martin Oyelaran.'


def _checked_citing(tmp_path: Path, sentence: str, quote: str, added: str = "") -> tuple:
    """Return `check`'s run of the stadium briefing with a background section of one sentence citing `quote` of the
    source (with `added`, a paragraph put before its update), and that sentence's line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    if added:
        seed = desk / "seeds" / "stadium.txt"
        text = seed.read_text(encoding="utf-8").replace("Update, 21 November", f"{added}\n\nUpdate, 21 November")
        seed.write_text(text, encoding="utf-8")
        sources = desk / "content" / "sources.yaml"
        old = hashlib.sha256((FIXTURE / "seeds" / "stadium.txt").read_bytes()).hexdigest()
        sources.write_text(sources.read_text(encoding="utf-8").replace(
            old, hashlib.sha256(text.encode()).hexdigest()), encoding="utf-8")
    background = desk / "content" / "stadium-lease" / "background.yaml"
    section = f"  - id: probe\n    title: Probe\n    body: |\n      {sentence}[^probe]\n"
    text = background.read_text(encoding="utf-8").replace(
        "citations:\n", f"{section}citations:\n  probe:\n    source: report\n    quote: '{quote}'\n", 1)
    background.write_text(text, encoding="utf-8")
    return run_build(desk, "check"), text.splitlines().index(f"      {sentence}[^probe]") + 1


@pytest.mark.parametrize("sentence, quote, added, whose", [
    ("The decision was taken without proper consultation.", QUASH, "", "Martin Oyelaran"),
    ("The council's decision was taken without proper consultation.", QUASH, "", "Martin Oyelaran"),
    ("The council has wasted the money of the taxpayers on consultants.", ALONE, ALONE, "Martin Oyelaran"),
    ("The council has wasted the money of the taxpayers on consultants.",
     "The council has wasted the money of the taxpayers on consultants, Mr Oyelaran said.",
     "The council has wasted the money of the taxpayers on consultants, Mr Oyelaran said.", "Oyelaran"),
    ("The council has wasted the money of the taxpayers on consultants.",
     "Mr Oyelaran said the council had wasted the money of the taxpayers on consultants.",
     "Mr Oyelaran said the council had wasted the money of the taxpayers on consultants.", "Oyelaran"),
])
def test_a_sides_word_read_from_the_source_around_it_is_not_told_as_fact(tmp_path: Path, sentence: str, quote: str,
                                                                         added: str, whose: str):
    """A quoted sentence going on the words of the club's chief executive named in the sentence before, and his words
    where the passage names him alone: told as fact, each is refused on its line, naming him."""
    result, line = _checked_citing(tmp_path, sentence, quote, added)
    assert result.code == 1, result.err
    assert f"background.yaml:{line}: `body`: this sentence states as fact what its cited passages give only as the word of " \
           f"{whose}" in result.err, result.err


@pytest.mark.parametrize("sentence, quote, added", [
    ("The club says the decision was taken without proper consultation.", QUASH, ""),
    ("Oyelaran said the decision was taken without proper consultation.", QUASH, ""),
    ("The club will ask the court to quash the decision.", QUASH, ""),
    ("Oyelaran says the council has wasted the money of the taxpayers on consultants.", ALONE, ALONE),
    ("According to the club, the council has wasted the money of the taxpayers on consultants.", ALONE, ALONE),
])
def test_the_same_word_given_to_its_speaker_builds(tmp_path: Path, sentence: str, quote: str, added: str):
    result, _ = _checked_citing(tmp_path, sentence, quote, added)
    assert result.code == 0, result.err


def test_a_person_with_no_post_in_the_source_is_still_no_sides_voice(tmp_path: Path):
    """A speaker the source names with no post of a side ("said Priya Marsden") stays no one's: the words build."""
    words = '"The council has wasted the money of the taxpayers on consultants," said Priya Marsden.'
    result, _ = _checked_citing(tmp_path, "The council has wasted the money of the taxpayers on consultants.", words,
                                words)
    assert result.code == 0, result.err
