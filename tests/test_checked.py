"""The sentence checks' findings a briefing's plan keeps for its next plan (explainer/checked.py).

An edit to one sentence plans its briefing again, but runs again only the checks given something
new: the same words against the same passages are not checked twice. What a kept check found is
still reported, and a check given anything different (a passage, how figures are read) runs again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project, run_build
from support import edit, error_lines, refused_with
from test_incremental import built, clean_build

from explainer import cite
from explainer.attribution import Cited
from explainer.checked import KeptFindings, Passages

CLAIMS = "content/pakistan-afghanistan-war/claims.yaml"
SAID = "says: 55 Pakistani soldiers were killed and 19 posts seized."


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the real project with no findings kept yet: its first build checks every sentence."""
    return copy_project(tmp_path / "project", checked=False)


def counting_checks(monkeypatch) -> list[str]:
    """Count the texts cite.py's checks of figures, dates and quotations are run on."""
    checked: list[str] = []
    real = cite.check_item_text
    monkeypatch.setattr(cite, "check_item_text", lambda text, *rest: checked.append(text) or real(text, *rest))
    return checked


def test_a_kept_check_is_not_run_again_and_one_given_anything_else_is():
    runs: list[tuple] = []

    def check(text, passages, language):
        runs.append((text, passages, language))
        return [text.upper()]

    passages = Passages([Cited("Forty soldiers died.", "en")])
    first = KeptFindings()
    assert first.run(check, "forty", passages, "en") == ["FORTY"]
    assert first.run(check, "forty", passages, "en") == ["FORTY"] and len(runs) == 1  # the same plan asked twice
    again = KeptFindings(first.used)
    assert again.run(check, "forty", Passages([Cited("Forty soldiers died.", "en")]), "en") == ["FORTY"]
    assert len(runs) == 1
    for changed in (("fifty", passages, "en"), ("forty", Passages([Cited("Fifty soldiers died.", "en")]), "en"),
                    ("forty", passages, "fr"), ("forty", Passages([Cited("Forty soldiers died.", "fr")]), "en")):
        again.run(check, *changed)
    assert len(runs) == 5
    many = Passages(Cited(f"Passage {number}.", "en") for number in range(20))  # a heading's: kept by a digest
    again.run(check, "forty", many, "en")
    KeptFindings(again.used).run(check, "forty", Passages(many), "en")
    assert len(runs) == 6
    KeptFindings(again.used).run(check, "forty", Passages([*many[:-1], Cited("Passage 99.", "en")]), "en")
    assert len(runs) == 7


def test_an_edit_to_one_claim_checks_that_claims_words_and_not_the_briefings_others(project: Path, monkeypatch):
    checked = counting_checks(monkeypatch)
    built(project)
    first = len(checked)
    checked.clear()
    edit(project / CLAIMS, SAID, "says: 55 Pakistani soldiers were killed, and 19 posts seized.")
    incremental = built(project)
    assert checked == ["55 Pakistani soldiers were killed, and 19 posts seized."], checked
    assert first > 50
    assert incremental == clean_build(project)


def test_what_a_kept_check_found_is_reported_again(project: Path, monkeypatch):
    # A wrong figure in one claim; the next build, after an edit to another claim, finds it from what the
    # failed build kept, and says so as the first build did.
    checked = counting_checks(monkeypatch)  # before both builds: the check counted is part of the key
    edit(project / CLAIMS, SAID, "says: 56 Pakistani soldiers were killed and 19 posts seized.")
    first = refused_with(project, CLAIMS, "56")
    checked.clear()
    edit(project / CLAIMS, "Taliban fighters killed (how many is not given)", "Taliban fighters killed (how many is not said)")
    again = run_build(project, "check")
    assert again.code == 1 and "56" not in " ".join(checked)  # not checked again: kept
    assert error_lines(again) == first


def test_a_passage_changed_under_an_unchanged_sentence_checks_it_again(project: Path):
    # The claim's words are unchanged; the passage its citation quotes now stops before the figures.
    built(project)
    edit(project / "content/pakistan-afghanistan-war/briefing.yaml",
         "quote: The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized",
         "quote: The Taliban for its part has said that")
    result = run_build(project, "check")
    assert result.code == 1, result.err
    assert any(CLAIMS in line and "`says`" in line and "55" in line for line in error_lines(result)), result.err
