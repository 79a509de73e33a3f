"""Figures given to the wrong owner across passages, tables and places, in the debt briefing of
tests/fixtures/newuser_93 (the government of Marvela, a committee of its bondholders, the IMF as lender): each edit
below built, stating every figure, year and place of its passages.

Misstatements that built, now refused:
- two sides' offers swapped between their sentences of the source: "The government proposes a cut of 20 percent ...;
  the committee has offered 45 percent." citing the committee's fragment "has offered a cut of 20 percent, ..."
  (whose subject, "The bondholder committee", stands earlier in the source's sentence) or its whole sentence (the
  relative clause "which says it represents holders of about 60 percent" cut the committee off from its 20 percent,
  so party_figures.py paired nothing): held_figures.py reads a passage's owner from the source's sentence holding it;
- a comparison's cells citing both sides' fragments, the repayment row swapped (the government's 12 years) and the
  committee's 6 percent interest in the government's column (owners.misplaced_figure reads no owner in a passage naming
  none): comparisons._given_to_another asks held_figures.held_by_another;
- an estimate given to the one who cites it, "The committee estimates growth at 3 percent a year." of Halden Bank's
  estimate "a figure the committee has cited", and one moved between two givers, "Halden Bank forecasts growth of 2.1
  percent a year." of "the fund's growth forecast of 2.1 percent" (figure_speakers.py: a possessive estimate and
  "forecasts" read);
- a place moved from one event to another: "The bonds were issued in Geneva." of the Geneva talks, and a claim
  "suing Marvela in Geneva, where the bonds were issued" citing the sue passage and the talks (place_events.py);
- a year's preposition changed: "second default in 2009" of "second default since 2009" (year_prepositions.py; in
  French, German and Spanish too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, sentence_findings
from test_newuser_93 import FIXTURE, PARTIES  # the debt briefing's fixture and its parties

HALDEN = ("Economists at Halden Bank estimate growth at 3 percent a year over the next five years, a figure the "
          "committee has cited in its own proposals.")
FUND = "The committee disputes the fund's growth forecast of 2.1 percent a year, which it says is too low."
TALKS = "A fourth round of talks is scheduled for 9 December in Geneva."
SUE = ("Mr Okafor said the committee would consider suing Marvela in New York, where the bonds were issued, if no "
       "agreement was reached by the end of January.")
OFFERS = "The government proposes a cut of 45 percent in the\n  bonds' face value; the committee has offered 20 percent."
SWAPPED = "The government proposes a cut of 20 percent in the\n  bonds' face value; the committee has offered 45 percent."
COMMITTEE_FRAGMENT = 'quote: "has offered a cut of 20 percent, with repayment over 12 years at 6 percent."'
COMMITTEE_WHOLE = ('quote: "The bondholder committee, which says it represents holders of about 60 percent of the bonds, '
                   'has offered a cut of 20 percent, with repayment over 12 years at 6 percent."')
SECOND = "It was the country's second default since 2009.[^second]"
AFTER_SECOND = "since 2009.[^second]"
MARVELA = "content/marvela-debt/"


def found(sentence: str, *passages: str, language: str = "en") -> list[str]:
    """Return the findings of a sentence citing passages (each its own source sentence), of the debt talks' parties."""
    return sentence_findings(sentence, passages, language, PARTIES, published="2026-11-18")


def checked_after(tmp_path: Path, *edits: tuple[str, str, str]):
    """Return the check's result of the debt briefing after `edits` (file, old words, new words)."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    for file, old, new in edits:
        edit(desk / MARVELA / file, old, new)
    return run_build(desk, "check")


def added(sentence: str, citation: str = "") -> tuple[tuple[str, str, str], ...]:
    """Return the edits adding a sentence to the background's first section (and a citation of its own)."""
    more = (("background.yaml", "citations:\n", f"citations:\n{citation}"),) if citation else ()
    return (("background.yaml", AFTER_SECOND, f"{AFTER_SECOND} {sentence}"), *more)


def test_the_briefing_builds(tmp_path: Path):
    """The fixture as it is: each side's offer cited from its own sentence of the source, the table's cells each from
    its side's fragment, the fund's and Halden Bank's growth figures each its own, the talks in Geneva."""
    assert checked_after(tmp_path).code == 0


REFUSED = {
    "offers swapped": ((("briefing.yaml", OFFERS, SWAPPED),),
                       "briefing.yaml:5: `summary`: this sentence gives 20 percent to 'government' and 45 percent to "
                       "'committee', where the source gives 20 percent in a sentence about 'committee' alone"),
    "offers swapped, whole sentence cited": ((("briefing.yaml", OFFERS, SWAPPED),
                                              ("briefing.yaml", COMMITTEE_FRAGMENT, COMMITTEE_WHOLE)),
                                             "briefing.yaml:5: `summary`: this sentence gives 20 percent to "
                                             "'government'"),
    "repayment row swapped": ((("comparisons.yaml", "government: {value: 20, cite: [ministry-terms]}",
                                "government: {value: 12, cite: [ministry-terms, committee-offer]}"),
                               ("comparisons.yaml", "committee: {value: 12, cite: [committee-offer]}",
                                "committee: {value: 20, cite: [ministry-terms, committee-offer]}")),
                              "comparisons.yaml:15: figure 12 (Repayment period) is given for The government of "
                              "Marvela, but the source's sentences holding the passages cited for it are about The "
                              "bondholder committee"),
    "interest moved": ((("comparisons.yaml", "government: {value: 3.5, cite: [ministry-terms]}",
                         "government: {value: 6, cite: [ministry-terms, committee-offer]}"),),
                       "comparisons.yaml:20: figure 6 (Interest rate) is given for The government of Marvela"),
    "estimate given to its citer": (added("The committee estimates growth at 3 percent a year.[^growth-halden]"),
                                    "background.yaml:7: `body`: this sentence gives 3 percent as the estimate of "
                                    "'committee' where its cited passages give it as the estimate of 'Bank'"),
    "forecast moved between givers": (added("Halden Bank forecasts growth of 2.1 percent a year."
                                            "[^growth-imf][^growth-halden]"),
                                      "background.yaml:7: `body`: this sentence gives 2.1 percent as the word of "
                                      "'Bank' where its cited passages give it as the word of 'fund'"),
    "place of the talks": (added("The bonds were issued in Geneva.[^fourth-round]"),
                           "background.yaml:7: `body`: this sentence puts its words in Geneva, where its cited "
                           "passages put something else ('A fourth round of talks is scheduled for 9 December in "
                           "Geneva')"),
    "place moved in a claim": ((("claims.yaml", "suing Marvela in New York if", "suing Marvela in Geneva, where the "
                                 "bonds were issued, if"), ("claims.yaml", "cite: [sue]", "cite: [sue, fourth-round]")),
                               "claims.yaml:23: `says`: this sentence puts its words in Geneva"),
    "since made in": ((("background.yaml", "second default since 2009.", "second default in 2009."),),
                      "background.yaml:7: `body`: this sentence says 'in 2009' where its cited passages say "
                      "'since 2009'"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_figure_given_to_the_wrong_owner_is_refused_on_its_line(tmp_path: Path, case: str):
    """Each misstatement built, every figure, year and place of it standing in a cited passage."""
    edits, expected = REFUSED[case]
    result = checked_after(tmp_path, *edits)
    assert result.code == 1 and expected in result.err, result.err


BUILDS = {
    "the bondholders' offer": (("briefing.yaml", OFFERS, "The government proposes a cut of 45 percent in the\n  "
                                "bonds' face value.[^ministry-offer] The bondholders' offer is a cut of 20 percent."),),
    "offers whole sentence cited": (("briefing.yaml", COMMITTEE_FRAGMENT, COMMITTEE_WHOLE),),
    "cells citing both fragments": (
        ("comparisons.yaml", "government: {value: 20, cite: [ministry-terms]}",
         "government: {value: 20, cite: [ministry-terms, committee-offer]}"),
        ("comparisons.yaml", "committee: {value: 12, cite: [committee-offer]}",
         "committee: {value: 12, cite: [ministry-terms, committee-offer]}"),
        ("comparisons.yaml", "committee: {value: 6, cite: [committee-offer]}",
         "committee: {value: 6, cite: [ministry-terms, committee-offer]}")),
    "Halden's estimate cited": added("The committee cites Halden Bank's estimate of growth at 3 percent a year."
                                     "[^growth-halden]"),
    "the fund's forecast": added("The IMF forecasts growth of 2.1 percent a year.[^growth-imf]"),
    "issued in New York": added("The bonds were issued in New York.[^issued]",
                                '  issued:\n    source: talks\n    quote: "New York, where the bonds were issued"\n'),
    "talks in Geneva": added("Talks are to resume in Geneva on 9 December.[^fourth-round]"),
    "since kept": (("background.yaml", SECOND, "It was its second default since 2009.[^second]"),),
}


@pytest.mark.parametrize("case", sorted(BUILDS))
def test_the_honest_twins_build(tmp_path: Path, case: str):
    """Each figure, year and place given to its own owner, as the source gives it."""
    result = checked_after(tmp_path, *BUILDS[case])
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, passages, refused", [
    ("The committee forecasts growth of 3 percent a year.", (HALDEN,), True),
    ("The committee puts growth at 3 percent a year.", (HALDEN,), True),
    ("The committee forecasts growth of 2.1 percent a year.", (FUND, HALDEN), True),
    ("Halden Bank estimates growth at 3 percent a year.", (HALDEN,), False),
    ("The committee says growth will be 3 percent a year.", (HALDEN,), False),
    ("The fund forecasts growth of 2.1 percent a year.", (FUND, HALDEN), False),
])
def test_an_estimate_stays_its_estimators(sentence: str, passages: tuple[str, ...], refused: bool):
    """An estimate is its estimator's, in other verbs; the one citing it may say it, not estimate it."""
    findings = found(sentence, *passages)
    assert any("as the estimate of" in finding or "as the word of" in finding for finding in findings) == refused, \
        findings


@pytest.mark.parametrize("sentence, passages, refused", [
    ("The committee would consider suing Marvela in Geneva.", (SUE, TALKS), True),
    ("The bonds were issued at Geneva.", (TALKS,), True),
    ("The fourth round will be held in Geneva.", (TALKS,), False),
    ("The committee would consider suing Marvela in New York.", (SUE, TALKS), False),
])
def test_a_place_stays_with_its_event(sentence: str, passages: tuple[str, ...], refused: bool):
    findings = found(sentence, *passages)
    assert any("puts its words in" in finding for finding in findings) == refused, findings


@pytest.mark.parametrize("language, sentence, passage, refused", [
    ("en", "Its second default came before March 2009.", "It was its second default since March 2009.", True),
    ("en", "It was the third strike after 2019.", "It was the third strike since 2019.", True),
    ("en", "It was the third strike since 2019.", "It was the third strike since 2019.", False),
    ("en", "The drug has been banned since 2014.", "The drug was banned in 2014.", False),
    ("en", "The last strike was in 2011.", "It is the first strike since 2011.", False),
    ("en", "It was its second default in 2009.", "The 2009 default was its second since 2001.", False),
    ("fr", "C'était le deuxième défaut du pays en 2009.", "C'était le deuxième défaut du pays depuis 2009.", True),
    ("fr", "C'était le deuxième défaut du pays depuis 2009.", "C'était le deuxième défaut du pays depuis 2009.", False),
    ("de", "Es war der zweite Zahlungsausfall im Jahr 2009.", "Es war der zweite Zahlungsausfall seit 2009.", True),
    ("de", "Es war der zweite Zahlungsausfall seit 2009.", "Es war der zweite Zahlungsausfall seit 2009.", False),
    ("es", "Fue el segundo impago del país en 2009.", "Fue el segundo impago del país desde 2009.", True),
    ("es", "Fue el segundo impago del país después de 2009.", "Fue el segundo impago del país desde 2009.", True),
    ("es", "Fue el segundo impago del país desde 2009.", "Fue el segundo impago del país desde 2009.", False),
])
def test_a_year_keeps_its_preposition(language: str, sentence: str, passage: str, refused: bool):
    """"since", "in", "before", "after", "by" and "until" (and their French, German and Spanish words) kept after an
    ordinal and what it counts ("second default"); elsewhere they may differ honestly ("banned since 2014" of "banned
    in 2014")."""
    findings = sentence_findings(sentence, (passage,), language, ())
    assert any("where its cited passages say" in finding for finding in findings) == refused, findings
