"""A new user's briefing on a sovereign debt restructuring (tests/fixtures/newuser_93: the government of Marvela, a
committee of its foreign bondholders and the IMF as lender), written from the README alone, and what a fact-checker
found reading it against its news-agency source.

Honest wording that was refused, now built:
- a document's finding given by a participle: "The IMF publishes an analysis finding a cut of at least 35 percent is
  needed." citing "An analysis by the International Monetary Fund, published in October, found that ..." was refused
  as the fund's word told as fact ("found that" was read as a report, "an analysis finding" not:
  attribution._DOCUMENT_FINDING); the same words with no document finding anything stay refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_93"
PARTIES = (Party(id="government", name="The government of Marvela", short_name="Marvela", role="side",
                 aliases=("the government", "the finance ministry")),
           Party(id="committee", name="The bondholder committee", short_name="the committee", role="side",
                 aliases=("the committee", "the bondholders")),
           Party(id="imf", name="The International Monetary Fund", short_name="the IMF", role="lender",
                 aliases=("the fund",)))
IMF_ANALYSIS = ("An analysis by the International Monetary Fund, published in October, found that Marvela's debt would "
                "remain unsustainable unless its bondholders accepted a cut of at least 35 percent.")


def found(sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence citing passages, in English, of the debt talks' parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-18")


def test_the_briefing_builds(tmp_path: Path):
    """The debt briefing builds: two offers compared, a lender's analysis and loan, a weekday dated from the report's
    date, a count the police and the organisers give differently, and a correction in the log."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "marvela-debt" / "index.html").read_text(encoding="utf-8").split())
    for words in ("12.4 billion", "hiding behind pessimistic forecasts", "We said the bonds were worth $14.2 billion."):
        assert words in page, words


@pytest.mark.parametrize("sentence", [
    "The IMF publishes an analysis finding a cut of at least 35 percent is needed.",
    "An IMF study concluding that a cut of at least 35 percent is needed was published in October.",
    "The fund's October report, finding that a cut of at least 35 percent is needed, was published.",
])
def test_a_documents_finding_told_by_a_participle_is_its_word(sentence: str):
    """A document's finding told by "finding" or "concluding" says whose word it is, as "found that" does."""
    assert found(sentence, IMF_ANALYSIS) == []


@pytest.mark.parametrize("sentence", [
    "The IMF publishes an analysis; a cut of at least 35 percent is needed.",
    "The IMF is finding that Marvela's debt would remain unsustainable unless bondholders accepted a cut.",
])
def test_the_fund_s_word_told_as_fact_is_still_refused(sentence: str):
    """No document finds it: the fund's word told as fact is still refused."""
    assert any("word of" in finding for finding in found(sentence, IMF_ANALYSIS))


@pytest.mark.parametrize("label", ["o1", "l2", "l00", "sec-o1"])
def test_a_citation_label_typed_like_a_figure_is_no_figure(tmp_path: Path, label: str):
    """A citation named "o1" or "l2" (its marker "[^o1]", its key "o1:", a `cite: [o1]` list) builds: the marker and
    the key were refused as "a figure written with the letter O, o, l or I", though no reader sees a figure there."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    folder = desk / "content" / "marvela-debt"
    background = folder / "background.yaml"
    text = background.read_text(encoding="utf-8")
    assert text.count("[^second]") == 1 and text.count("  second:\n") == 1
    background.write_text(text.replace("[^second]", f"[^{label}]").replace("  second:\n", f"  {label}:\n"),
                          encoding="utf-8")
    timeline = folder / "timeline.yaml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("cite: [default]", f"cite: [default, {label}]"),
                        encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("words", ["It was the country's second default since 2OO9.",
                                   "Marvela defaulted on l00 bonds."])
def test_a_figure_typed_with_letters_beside_a_label_is_still_refused(tmp_path: Path, words: str):
    """A figure a reader sees, typed with letters, is still refused on its line beside a label typed alike."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    background = desk / "content" / "marvela-debt" / "background.yaml"
    text = background.read_text(encoding="utf-8")
    background.write_text(text.replace("It was the country's second default since 2009.[^second]", f"{words}[^o1]")
                          .replace("  second:\n", "  o1:\n"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "background.yaml:7: a figure written with the letter O, o, l or I" in result.err, result.err


TALKS = ("The government of Marvela and a committee of its foreign bondholders ended a third round of talks in Port Alves "
         "on Tuesday without agreement on how to restructure $12.4 billion of defaulted bonds, both sides said.")
FUND = ("The fund, which approved a loan of $2.8 billion in June, has said it will release the next payment of $400 "
        "million only once a deal is reached.")


@pytest.mark.parametrize("sentence", [
    "Both sides said an agreement had been reached.",
    "Both sides said they had reached agreement.",
    "Marvela and the bondholders struck a deal on Tuesday.",
    "The bondholders signed a settlement with Marvela.",
])
def test_an_agreement_told_reached_where_talks_ended_without_one_is_refused(sentence: str):
    """An agreement told reached, citing talks that ended "without agreement", is refused: it shared one word of five
    letters with the negated clause, too few for the negation check (explainer/unreached_agreements.py)."""
    assert any("tells an agreement reached" in finding for finding in found(sentence, TALKS))


@pytest.mark.parametrize("sentence, passage", [
    ("The talks ended on Tuesday; no deal was reached.", TALKS),
    ("Both sides failed to reach an agreement.", TALKS),
    ("The sides hope to reach a deal before January.", TALKS),
    ("The fund will release the next payment of $400 million only once a deal is reached.", FUND),
])
def test_no_agreement_or_one_to_come_is_no_agreement_reached(sentence: str, passage: str):
    """No agreement, a failure to reach one, and one hoped for or awaited are no agreement told reached."""
    assert not any("tells an agreement reached" in finding for finding in found(sentence, passage))


@pytest.mark.parametrize("sentence, builds", [
    ("The fund will release the next payment of $2.8 billion once a deal is reached.", False),
    ("The fund approved a loan of $400 million in June, it said.", False),
    ("The fund approved a loan of $2.8 billion in June.", True),
    ("The fund says it will release $400 million of its $2.8 billion loan only once a deal is reached.", True),
])
def test_a_loans_figure_and_a_payments_are_not_swapped(sentence: str, builds: bool):
    """A lender's loan and its next payment are measures a figure is bound to, and "only once a deal is reached" is no
    second figure of its clause: the loan's $2.8 billion given to the payment was built (explainer/moved_figures.py)."""
    moved = [finding for finding in found(sentence, FUND) if "a figure its cited passage gives" in finding]
    assert (moved == []) is builds, moved


def _checked_with_claimant(tmp_path: Path, says: str, claimant: str):
    """Return `check` of the debt briefing with Daniel Okafor's claim whose `says` opens with `says` given `claimant`."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / "content" / "marvela-debt" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    mine = f"      - claimant: Daniel Okafor, the committee's chair\n        parties: [committee]\n        says: {says}"
    assert mine in text
    claims.write_text(text.replace(mine, mine.replace("Daniel Okafor, the committee's chair", claimant)),
                      encoding="utf-8")
    return run_build(desk, "check")


@pytest.mark.parametrize("claimant, builds", [
    ("Daniel Okafor, the committee's lawyer", False),
    ("Daniel Okafor, the finance minister", False),
    ("Daniel Okafor, the committee's chair", True),
    ("Daniel Okafor, chair of the committee", True),
])
def test_a_claimants_role_is_checked_as_a_quotes_is(tmp_path: Path, claimant: str, builds: bool):
    """A claimant named with a role its cited passage gives the same person otherwise ("the committee's lawyer" of "Its
    chair, Daniel Okafor, said") is refused on the claimant's line, as a quote's `role` was: the claim built."""
    result = _checked_with_claimant(tmp_path, "The government's", claimant)
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert "claims.yaml:12: `claimant`: calls Daniel Okafor" in result.err and "'Its chair'" in result.err, result.err


@pytest.mark.parametrize("claimant, builds", [
    ("Daniel Okafor, the IMF's chair", False),
    ("Daniel Okafor, Marvela's negotiator", False),
    ("Daniel Okafor, the committee's chair", True),
    ("Daniel Okafor, a former IMF economist", True),
])
def test_a_claimant_named_by_another_partys_acronym_or_possessive_is_refused(tmp_path: Path, claimant: str,
                                                                             builds: bool):
    """A claimant an appositive gives another party as owner ("the IMF's chair", "Marvela's negotiator") under the
    committee's column is refused on the `parties` line: an owner written with its "'s" was never read (only
    "the Isles'" was), and an acronym of three capitals was too short to name a party."""
    result = _checked_with_claimant(tmp_path, "The committee", claimant)
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert "claims.yaml:22: `parties`: the claimant, " in result.err and "speaks for" in result.err, result.err
