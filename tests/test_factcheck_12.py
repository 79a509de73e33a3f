"""A ninth fact-check: an honest text refused, and misstatements in words the checks had not read.

A subject of several speakers ("Afghanistan and Pakistan both claimed", "both X and Y said", "X and Y each said")
read as its last one; a condition dropped where the source writes it "once", "when" or "should ..."; a rank in
English words changed ("the fourth round of talks" citing "the third round of talks"); and outcomes in words the
outcome check had not listed ("cleared", "threw out", "beat"). Each is checked both ways: the misstatement is refused
on its line with what is wrong, the source's wording and honest paraphrases build."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import (THREE_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, error_lines, minimal_project,
                     one_sentence_checked)

@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck12") / "project")


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root, [Sentence(given, written)
                                           for given, written, _ in SEVERAL_SPEAKERS + CONDITIONS + OUTCOMES + RANKS])


checked = one_sentence_checked
assert_outcome = assert_summary_outcome


# --- 1. a subject of several speakers ----------------------------------------------------------------------------

SEVERAL_SPEAKERS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ('Pakistan and Afghanistan both claimed "a decisive victory".',
     'Afghanistan and Pakistan both claimed "a decisive victory".', "ok"),
    ('Both Pakistan and Afghanistan said the talks had "failed".',
     'Afghanistan and Pakistan each said the talks had "failed".', "ok"),
    ('Afghanistan and Pakistan each said the talks had "failed".',
     'Both Pakistan and Afghanistan said the talks had "failed".', "ok"),
    ('Pakistan and Afghanistan said the talks had "failed".', 'Afghanistan and Pakistan said the talks had "failed".',
     "ok"),
    ('Pakistan and Afghanistan said the talks had "failed".', 'Both sides said the talks had "failed".', "ok"),
    ('Pakistan and Afghanistan both said the talks had "failed".', 'Afghanistan said the talks had "failed".', "ok"),
    ('Lina Dorr and Dev Okafor both said "the port stays shut".',
     'Dev Okafor and Lina Dorr both said "the port stays shut".', "ok"),
    ('Pakistan\'s army and the Taliban each said "we won".', 'The Taliban and Pakistan\'s army each said "we won".',
     "ok"),
    ("Pakistani officials and Afghan officials both said 58 soldiers died.",
     "Afghan officials and Pakistani officials both said 58 soldiers died.", "ok"),
    ('The talks "failed", according to Pakistan and Afghanistan.',
     'The talks "failed", according to Afghanistan and Pakistan.', "ok"),
    ('"The talks failed," said Pakistan and Afghanistan.', '"The talks failed," said Afghanistan and Pakistan.', "ok"),
    ('The talks "failed", said Pakistan and Afghanistan.', 'Afghanistan and Pakistan both said the talks "failed".',
     "ok"),
    # a speaker added to those the source names is still refused, named as written
    ('The talks "failed", according to Pakistan.', 'The talks "failed", according to Pakistan and Afghanistan.',
     "this sentence gives the words to Afghanistan, but its cited passages give them to Pakistan"),
    ('Pakistan said the talks had "failed".', 'Pakistan and Afghanistan both said the talks had "failed".',
     "this sentence gives the words to Afghanistan, but its cited passages give them to Pakistan"),
    ('Dev Okafor said "the port stays shut".', 'Dev Okafor and Lina Dorr both said "the port stays shut".',
     "this sentence gives the words to Lina Dorr, but its cited passages give them to Dev Okafor"),
    # "and" joining two clauses joins no speakers
    ('Pakistan rejected the offer and Afghanistan said "we won".', 'Pakistan said "we won".',
     "this sentence gives the words to Pakistan, but its cited passages give them to Afghanistan"),
    ('Pakistan rejected the offer and Afghanistan said "we won".', 'Afghanistan said "we won".', "ok"),
]


@pytest.mark.parametrize("given, written, outcome", SEVERAL_SPEAKERS, ids=[w[:50] for _, w, _ in SEVERAL_SPEAKERS])
def test_a_subject_of_several_speakers_names_each(sentences, given, written, outcome):
    lines = sentences(given, written)
    assert_outcome(lines, outcome)
    assert len(lines) <= 1, lines


def test_three_speakers_joined_by_commas_and_and(fixture_root: Path):
    given = "Pakistan, Iran and Afghanistan each said 58 soldiers died."
    assert checked(fixture_root, given, "Afghanistan, Pakistan and Iran each said 58 soldiers died.",
                   THREE_PARTIES) == []
    assert checked(fixture_root, "Pakistan and Afghanistan each said 58 soldiers died.",
                   "Pakistan, Iran and Afghanistan each said 58 soldiers died.", THREE_PARTIES) != []



# --- 2. a condition written "once", "when" or "should ..." ---------------------------------------------------------

CONDITIONS = [
    ("The port will reopen once the strike ends.", "The port will reopen.",
     "the source gives this only on a condition ('once the strike ends'), but it is stated as plain fact: \"The port "
     "will reopen.\" (keep the condition ('if ...', 'unless ...'), or cite words the source states without one)"),
    ("Once the strike ends, the port will reopen on Monday.", "The port will reopen on Monday.",
     "only on a condition ('Once the strike ends')"),
    ("The talks will resume when both sides withdraw their troops.", "The talks will resume.",
     "only on a condition ('when both sides withdraw their troops')"),
    ("When both sides withdraw, the talks will resume in Doha.", "The talks will resume in Doha.",
     "only on a condition ('When both sides withdraw')"),
    ("Should the strike continue, the port will close on Monday.", "The port will close on Monday.",
     "only on a condition ('Should the strike continue')"),
    ("Officials said that should the strike continue, the port will close on Monday.",
     "The port will close on Monday, officials said.", "only on a condition ('should the strike continue')"),
    # honest: the condition kept in its words or others
    ("The port will reopen once the strike ends.", "The port will reopen once the strike ends.", "ok"),
    ("The port will reopen once the strike ends.", "The port will reopen when the strike is over.", "ok"),
    ("The port will reopen once the strike ends.", "The port will reopen after the strike ends.", "ok"),
    ("Should the strike continue, the port will close on Monday.",
     "The port will close on Monday if the strike continues.", "ok"),
    # honest: "when" and "once" of time, a count or a question, and a modal "should"
    ("The minister warned of reprisals when he spoke on Friday.", "The minister warned of reprisals on Friday.", "ok"),
    ("Pay rose once the strike ended.", "Pay rose after the strike.", "ok"),
    ("The port authority will review the fees once a year.", "The port authority will review the fees.", "ok"),
    ("The port will reopen at once, the authority said.", "The port will reopen, the authority said.", "ok"),
    ("Kabul was once the largest market in the region and will grow again.", "Kabul will grow again.", "ok"),
    ("Nobody knows when the port will reopen.", "The port will reopen.", "ok"),
    ("The port will reopen on Monday, the day when the ships will return.", "The port will reopen on Monday.", "ok"),
    ("Shelling stopped when the talks began, and the port will reopen on Monday.", "The port will reopen on Monday.",
     "ok"),
    ("The port should reopen on Monday, officials said.", "The port should reopen on Monday, officials said.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", CONDITIONS, ids=[f"{w[:40]} ({g[-30:]})" for g, w, _ in CONDITIONS])
def test_a_condition_in_time_words_dropped_is_refused(sentences, given, written, outcome):
    assert_outcome(sentences(given, written), outcome)


# --- 4. outcomes in words the check had not listed -----------------------------------------------------------------

OUTCOMES = [
    ("The jury convicted Dev Okafor of fraud on Friday.", "The jury cleared Dev Okafor of fraud on Friday.",
     "this sentence says 'cleared' where its cited passages say 'convicted' ('The jury convicted Dev Okafor of fraud "
     "on Friday'): \"The jury cleared Dev Okafor of fraud on Friday.\" (give the outcome the source gives, or cite "
     "the passage that gives this one)"),
    ("The jury cleared Dev Okafor of fraud on Friday.", "The jury convicted Dev Okafor of fraud on Friday.",
     "says 'convicted' where its cited passages say 'cleared'"),
    ("The appeals court upheld the 2024 verdict.", "The appeals court threw out the 2024 verdict.",
     "says 'threw out' where its cited passages say 'upheld'"),
    ("The appeals court threw out the 2024 verdict.", "The appeals court upheld the 2024 verdict.",
     "says 'upheld' where its cited passages say 'threw out'"),
    ("Alpha lost to Beta in the 2025 final.", "Alpha beat Beta in the 2025 final.",
     "says 'beat' where its cited passages say 'lost'"),
    ("Alpha beat Beta in the 2025 final.", "Alpha lost to Beta in the 2025 final.",
     "says 'lost' where its cited passages say 'beat'"),
    # honest: the same outcome in other words, or told from the other side
    ("The jury cleared Dev Okafor of fraud on Friday.", "The jury acquitted Dev Okafor of fraud on Friday.", "ok"),
    ("The appeals court threw out the 2024 verdict.", "The appeals court overturned the 2024 verdict.", "ok"),
    ("Alpha beat Beta in the 2025 final.", "Alpha won the 2025 final against Beta.", "ok"),
    ("Alpha lost to Beta in the 2025 final.", "Beta beat Alpha in the 2025 final.", "ok"),
    ("Alpha beat Beta in the 2025 final.", "Beta lost to Alpha in the 2025 final.", "ok"),
    ("Alpha was beaten by Beta in the 2025 final.", "Alpha lost the 2025 final to Beta.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", OUTCOMES, ids=[w[:50] for _, w, _ in OUTCOMES])
def test_an_outcome_in_other_words_turned_over_is_refused(sentences, given, written, outcome):
    assert_outcome(sentences(given, written), outcome)


# --- 3. a rank in English words ------------------------------------------------------------------------------------

RANKS = [
    ("The third round of talks opened in Doha on Friday.", "The fourth round of talks opened in Doha on Friday.",
     "this sentence says 'fourth round' where its cited passages say 'third round': \"The fourth round of talks opened "
     "in Doha on Friday.\" (give the rank the source gives, or cite the passage that gives this one)"),
    ("The 3rd round of talks opened in Doha on Friday.", "The fourth round of talks opened in Doha on Friday.",
     "says 'fourth round' where its cited passages say '3rd round'"),
    ("The third rounds of talks opened in Doha.", "The fourth round of talks opened in Doha.",
     "says 'fourth round' where its cited passages say 'third rounds'"),
    ("Shelling stopped on the second day of the talks.", "Shelling stopped on the first day of the talks.",
     "says 'first day' where its cited passages say 'second day'"),
    ("Beta is the second largest party in the assembly.", "Beta is the third largest party in the assembly.",
     "says 'third largest' where its cited passages say 'second largest'"),
    # honest: the same rank, one of the passage's ranks, or a rank of something the passages do not rank
    ("The third round of talks opened in Doha on Friday.", "The third round of talks opened in Doha on Friday.", "ok"),
    ("The third round of talks opened in Doha on Friday.", "Talks opened in Doha on Friday for a third round.", "ok"),
    ("The third round of talks opened in Doha on Friday, after the second round failed.",
     "The second round of talks failed.", "ok"),
    ("The talks opened in Doha on 3 March, and shelling stopped that day.",
     "On the first day of the talks, on 3 March, shelling stopped.", "ok"),
    ("The first phase ended and the second phase began in March.", "The second phase began in March.", "ok"),
    ("Beta is the second largest party in the assembly.", "Beta is the second-largest party in the assembly.", "ok"),
    # the figure check's own ranks, refused once
    ("Alpha's third straight win came on Friday.", "Alpha's fourth straight win came on Friday.",
     "figure \"fourth\" is not in the passages this sentence cites"),
]


@pytest.mark.parametrize("given, written, outcome", RANKS, ids=[w[:50] for _, w, _ in RANKS])
def test_a_rank_in_english_words_changed_is_refused(sentences, given, written, outcome):
    lines = sentences(given, written)
    assert_outcome(lines, outcome)
    assert len(lines) <= 1, lines



def test_a_rank_and_a_time_condition_are_read_in_an_item_cited_as_a_whole(fixture_root: Path):
    source = "The third round of talks will open in Doha once the shelling stops."
    checked(fixture_root, source, "The third round of talks will open in Doha once the shelling stops.")
    (fixture_root / "content" / "flood" / "claims.yaml").write_text(
        "topics:\n  - id: talks\n    title: Talks\n    claims:\n      - claimant: The report\n"
        "        parties: [pakistan]\n        status: reported\n        says: Talks resumed. The fourth round of talks "
        "will open in Doha.\n        cite: [q]\n", encoding="utf-8")
    lines = error_lines(run_build(fixture_root, "check"))
    assert any(line.startswith("content/flood/claims.yaml:8: `says`: this sentence says 'fourth round' where its "
                               "cited passages say 'third round'") for line in lines), lines
    assert any(line.startswith("content/flood/claims.yaml:8: `says`: the source gives this only on a condition "
                               "('once the shelling stops')") for line in lines), lines
