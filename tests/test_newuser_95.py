"""Someone's word or plan told as fact or as done, in the debt briefing (tests/fixtures/newuser_93: the government of
Marvela, a committee of its bondholders and the IMF as lender), and the honest wording beside each, which builds.

Refused now, each by a general rule:
- a party's word in a relative clause, "X, which says it represents ...", or "X disputes Y, which it says is too
  low", told as fact (relative_words.py);
- a protesting group's reason after ", saying that" told as fact (attribution._PROTEST_REASON);
- one giver's count of two told bare: "About 15,000 people marched" of "About 4,000 ..., according to police; the
  organisers put the number at 15,000" (counts_by_giver.count_without_giver);
- an act only weighed, "would consider suing", told as decided ("will sue") or done ("has sued") (weighed_acts.py);
- whom an accusation targets swapped for another party named by its lowercase noun, "accused the ministry of"
  (accusation_sides.py);
- a scheduled event told in a present that tells it as happened, "is held", "takes place" (scheduled.py);
- a condition turned round, "whether or not a deal is reached" of "only once a deal is reached"
  (inverted_conditions.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, sentence_findings
from test_newuser_93 import FIXTURE, PARTIES  # the debt briefing's fixture and its parties

FOLDER = "content/marvela-debt"
REPRESENTS = ("The bondholder committee, which says it represents holders of about 60 percent of the bonds, has "
              "offered a cut of 20 percent, with repayment over 12 years at 6 percent.")
TOO_LOW = "The committee disputes the fund's growth forecast of 2.1 percent a year, which it says is too low."
PENSIONS = ("Pensioners' groups in Marvela have protested against the talks, saying that a deal on the committee's "
            "terms would force cuts to public pensions.")
MARCH = ("About 4,000 people marched to the finance ministry on Saturday, according to police; the organisers put the "
         "number at 15,000.")
SUE = ("Mr Okafor said the committee would consider suing Marvela in New York, where the bonds were issued, if no "
       "agreement was reached by the end of January.")
ACCUSED = ("Its chair, Daniel Okafor, said the government's proposal would leave investors with \"less than half of "
           "what they are owed\" and accused the ministry of \"hiding behind pessimistic forecasts\".")
LOAN = ("The fund, which approved a loan of $2.8 billion in June, has said it will release the next payment of $400 "
        "million only once a deal is reached.")
GENEVA = "A fourth round of talks is scheduled for 9 December in Geneva."


def found(sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence citing passages, in English, of the debt talks' parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-18")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the debt project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def checked_after(desk: Path, file: str, old: str, new: str) -> list[str]:
    """Make one edit to a file of the debt briefing and return `check`'s error lines ([] when it builds)."""
    edit(desk / FOLDER / file, old, new)
    result = run_build(desk, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def test_the_fixture_builds_as_it_is(desk: Path):
    """The briefing as written, its caveat's two counts each with its giver and its lawsuit a claim, builds."""
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, passage, whose", [
    ("The committee represents holders of about 60 percent of the bonds.", REPRESENTS, "the bondholder committee"),
    ("The bondholders represent holders of about 60 percent of the bonds.", REPRESENTS, "the bondholder committee"),
    ("The IMF's growth forecast of 2.1 percent a year is too low.", TOO_LOW, "the committee"),
    ("The fund's forecast of 2.1 percent a year is too low.", TOO_LOW, "the committee"),
])
def test_a_party_s_word_in_a_relative_clause_is_no_fact(sentence: str, passage: str, whose: str):
    """A relative clause's "which says it", or "which it says", gives the party's word: told as fact, refused."""
    assert any(f"only as the word of {whose}" in finding for finding in found(sentence, passage)), found(sentence,
                                                                                                         passage)


@pytest.mark.parametrize("sentence, passage", [
    ("The committee says it represents about 60 percent of the bondholders.", REPRESENTS),
    ("The committee has offered a cut of 20 percent.", REPRESENTS),
    ("The committee says the fund's forecast is too low.", TOO_LOW),
    ("The committee disputes the IMF's growth forecast of 2.1 percent a year.", TOO_LOW),
    ("The IMF forecasts growth of 2.1 percent a year.", TOO_LOW),
    ("Pensioners' groups say a deal on the committee's terms would force pension cuts.", PENSIONS),
    ("Pensioners' groups in Marvela have protested against the talks.", PENSIONS),
    ("Police put the number at about 4,000; the organisers at 15,000.", MARCH),
    ("Police said about 4,000 people marched to the finance ministry; the organisers put the number at 15,000.", MARCH),
    ("The committee would consider suing Marvela in New York if no agreement is reached by the end of January.", SUE),
    ("Okafor accused the ministry of hiding behind pessimistic forecasts.", ACCUSED),
    ("Okafor accused the government of hiding behind pessimistic forecasts.", ACCUSED),
    ("The fund says it will release the next $400 million only once a deal is reached.", LOAN),
    ("A fourth round of talks is due in Geneva.", GENEVA),
    ("A fourth round of talks begins on 9 December in Geneva.", GENEVA),
])
def test_the_honest_twins_build(sentence: str, passage: str):
    """Each misstatement's honest twin, saying whose word, count or plan it is, builds."""
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, told", [
    ("A deal on the committee's terms would force cuts to public pensions.", PENSIONS, "someone's word ('saying')"),
    ("A deal on the committee's terms would force pension cuts.", PENSIONS, "someone's word ('saying')"),
    ("About 15,000 people marched to the finance ministry on Saturday.", MARCH, "gives 15,000 as fact"),
    ("About 4,000 people marched to the finance ministry on Saturday.", MARCH, "gives 4,000 as fact"),
    ("The committee has sued Marvela in New York.", SUE, "decided or done ('sued')"),
    ("The committee is suing Marvela in New York.", SUE, "decided or done ('is suing')"),
    ("The committee will sue Marvela in New York if no agreement is reached by the end of January.", SUE,
     "decided or done ('will sue')"),
    ("Okafor accused the IMF of hiding behind pessimistic forecasts.", ACCUSED, "has the IMF accused"),
    ("Okafor accused the fund of hiding behind pessimistic forecasts.", ACCUSED, "has the fund accused"),
    ("The fund will release the next $400 million whether or not a deal is reached.", LOAN,
     "holds 'whether or not'"),
    ("The fund will release the next $400 million even if no deal is reached.", LOAN, "holds 'even if'"),
    ("The fund will release the next $400 million with or without a deal.", LOAN, "holds 'with or without'"),
    ("A fourth round of talks is held in Geneva.", GENEVA, "tells as held ('is held')"),
    ("A fourth round of talks takes place in Geneva.", GENEVA, "tells as held ('takes place')"),
])
def test_a_word_or_plan_told_as_fact_or_done_is_refused(sentence: str, passage: str, told: str):
    """A reason, a count, a weighing, an accusation's target, a condition and a schedule, each misstated."""
    assert any(told in finding for finding in found(sentence, passage)), found(sentence, passage)


@pytest.mark.parametrize("sentence, passage, told", [
    ("Un quatrième cycle de négociations a lieu à Genève.",
     "Un quatrième cycle de négociations est prévu le 9 décembre à Genève.", "tells as held ('a lieu')"),
    ("Un quatrième cycle de négociations se tient à Genève.",
     "Un quatrième cycle de négociations est prévu le 9 décembre à Genève.", "tells as held ('se tient')"),
])
def test_a_french_schedule_told_as_held_in_the_present_is_refused(sentence: str, passage: str, told: str):
    """French tells an event held in the present alike: "a lieu", "se tient" of "est prévu"."""
    assert any(told in finding for finding in sentence_findings(sentence, (passage,), "fr", ())), sentence


@pytest.mark.parametrize("file, old, new, line, message", [
    ("caveats.yaml", "Police said about 4,000 people marched to the finance ministry on Saturday; the organisers put "
     "the number at 15,000.", "About 15,000 people marched to the finance ministry on Saturday.", 6,
     "this sentence gives 15,000 as fact, where its cited passage gives it as the count of 'the organisers'"),
    ("caveats.yaml", "Police said about 4,000 people marched to the finance ministry on Saturday; the organisers put "
     "the number at 15,000.", "About 4,000 people marched to the finance ministry on Saturday.", 6,
     "this sentence gives 4,000 as fact, where its cited passage gives it as the count of 'police'"),
    ("claims.yaml", "The committee would consider suing Marvela in New York if no agreement is reached by the end of "
     "January.", "The committee will sue Marvela in New York if no agreement is reached by the end of January.", 23,
     "this sentence tells as decided or done ('will sue') what its cited passages give only as weighed"),
    ("claims.yaml", "The committee would consider suing Marvela in New York if no agreement is reached by the end of "
     "January.", "The committee has sued Marvela in New York.", 23,
     "this sentence tells as decided or done ('sued') what its cited passages give only as weighed"),
    ("quotes.yaml", "Accusing the finance ministry.", "Accusing the IMF.", 8,
     "this sentence has the IMF accused where its cited passages accuse the ministry"),
    ("timeline.yaml", "A fourth round of talks is due in Geneva.", "A fourth round of talks is held in Geneva.", 18,
     "this sentence tells as held ('is held') what its cited passages only schedule"),
    ("background.yaml", "says it\n      will release the next $400 million only once a deal is reached.",
     "will release the next $400 million whether or not a deal is reached.", 12,
     "this sentence says it holds 'whether or not', where its cited passages set a condition on it"),
])
def test_each_file_refuses_its_misstatement_on_its_line(desk: Path, file: str, old: str, new: str, line: int,
                                                         message: str):
    """Each edit of the brief is refused in its file, on its line."""
    errors = checked_after(desk, file, old, new)
    assert any(error.startswith(f"{FOLDER}/{file}:{line}:") and message in error for error in errors), errors


@pytest.mark.parametrize("sentence, quote, message", [
    ("The committee represents holders of about 60 percent of the bonds.",
     "The bondholder committee, which says it represents holders of about 60 percent of the bonds, has offered a cut "
     "of 20 percent", "only as the word of the bondholder committee"),
    ("The IMF's growth forecast of 2.1 percent a year is too low.", TOO_LOW, "only as the word of the committee"),
    ("A deal on the committee's terms would force cuts to public pensions.", PENSIONS,
     "the source gives this as someone's word ('saying')"),
])
def test_the_summary_refuses_a_word_told_as_fact(desk: Path, sentence: str, quote: str, message: str):
    """A summary sentence citing the relative clause or the protesters' reason, told as fact, is refused."""
    summary = "the committee has offered 20 percent.[^ministry-offer][^committee-offer]"
    edit(desk / FOLDER / "briefing.yaml", "citations:\n", f"citations:\n  said:\n    source: talks\n"
                                                        f"    quote: \"{quote}\"\n")
    errors = checked_after(desk, "briefing.yaml", summary, f"{summary} {sentence}[^said]")
    assert any(error.startswith(f"{FOLDER}/briefing.yaml:") and message in error for error in errors), errors
