"""More of what a fact-checker found reading the trade dispute's briefing (tests/fixtures/newuser_100) against its
wire report: a deed done wrong told as done right, an amount of lost sales told as lost profits, and a quotation cut
off before the word that limits it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project
from test_newuser_100 import FIXTURE, found

STRAND = ("Norvania's trade minister, Elin Strand, said the government would appeal. \"This panel has misread what "
          "security means for a country that makes its own steel,\" she said at a news conference in Varsa.")
DAIRY = ("The Norvanian Dairy Farmers' Association estimates that the Kestrian duties have cost its members about 120 "
         "million euros in lost sales.")
REYES = "\"We will not disarm first,\" he told reporters."


@pytest.mark.parametrize("sentence", [
    "Strand says the panel has correctly read what security means.",
    "Strand says the panel has read security correctly.",
    "Strand says the panel properly read what security means.",
])
def test_a_deed_done_wrong_told_as_done_right_is_refused(sentence: str):
    assert any("misread" in finding for finding in found(sentence, STRAND))


@pytest.mark.parametrize("sentence", [
    "Strand says the panel has misread what security means.",
    "Strand says the panel has not correctly read what security means.",
    "Strand says the panel failed to correctly read what security means.",
])
def test_a_deed_done_wrong_kept_builds(sentence: str):
    assert found(sentence, STRAND) == []


@pytest.mark.parametrize("sentence, outcome", [
    ("The association estimates the duties have cost its members about 120 million euros in lost profits.", "refused"),
    ("The association estimates the duties have cost its members about €120 million in lost profits.", "refused"),
    ("The association estimates the duties have cost its members about 120 million euros in lost sales.", "ok"),
    ("The association estimates the duties have cost its members about 120 million euros in forgone revenue.", "ok"),
])
def test_lost_sales_are_kept_revenue(sentence: str, outcome: str):
    """"in lost sales" names the measure as "in sales" does: the words between were two it did not read."""
    findings = found(sentence, DAIRY)
    assert (findings == []) == (outcome == "ok"), findings


@pytest.mark.parametrize("sentence, outcome", [
    ('Reyes said: "We will not disarm."', "refused"),
    ("Reyes said Kestria would \"not disarm\" at all.", "refused"),
    ('Reyes said: "We will not disarm first."', "ok"),
    ('Reyes said "We will not disarm" first.', "ok"),
])
def test_a_quotation_cut_before_its_limit_is_refused(sentence: str, outcome: str):
    findings = found(sentence, REYES)
    assert (findings == []) == (outcome == "ok"), findings


@pytest.mark.parametrize("words, outcome", [("We will not disarm", "refused"), ("will not disarm first", "ok"),
                                            ("We will not disarm first", "ok")])
def test_a_quotes_words_cut_before_their_limit_are_refused(tmp_path: Path, words: str, outcome: str):
    """A quote's `words` that stop where the speaker goes on with "first" are refused on their line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    quotes = desk / "content" / "steel-dairy" / "quotes.yaml"
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("words: We will not disarm first", f"words: {words}"),
                      encoding="utf-8")
    result = run_build(desk, "check")
    if outcome == "ok":
        assert result.code == 0, result.err
    else:
        assert result.code == 1 and "quotes.yaml:11:" in result.err and "stops before 'first'" in result.err, result.err


@pytest.mark.parametrize("old, new, expected", [
    ("says: The panel has misread what security means for a country that makes its own steel;",
     "says: The panel has correctly read what security means for a country that makes its own steel;", "misread"),
    ("says: Kestria will keep its dairy duties until the steel tariff is lifted.",
     "says: '\"We will not disarm,\" Reyes said.'", "go on with 'first'"),
])
def test_a_claims_words_are_read_for_both_too(tmp_path: Path, old: str, new: str, expected: str):
    """A claim's `says`, read as an item cited whole, is refused as a sentence is."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / "content" / "steel-dairy" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    assert text.count(old) == 1
    if "disarm" in new:  # the claim cites the words it quotes
        text = text.replace("cite: [reyes]", "cite: [reyes, disarm]").replace(
            "  reyes:\n", "  disarm:\n    source: wire\n    quote: '\"We will not disarm first,\" he told reporters'\n  reyes:\n")
    claims.write_text(text.replace(old, new), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:" in result.err and expected in result.err, result.err
