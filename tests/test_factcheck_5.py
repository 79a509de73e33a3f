"""Misstatements a fact-check of the real briefing found the build letting through: a party's word stated as fact
(the spokesman's "274 Taliban fighters have been killed" as "Pakistani strikes have killed 274", "Islamabad accuses
Afghanistan of sheltering" as "Afghanistan shelters"), and a comparison's figure moved to the other party's column
(172,000 shown as Pakistan's). Each is checked both ways: the source's own wording builds, the reworded one is
refused with its file, line and what is wrong."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_build
from support import Sentence, SentencesChecked, error_lines, minimal_project, problems_after
from test_factcheck_4 import project, shared_project  # noqa: F401 (fixtures: one copy of the real project)




@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck5") / "project")


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked), as `checked`
    checks them alone."""
    return SentencesChecked(fixture_root, [Sentence(given, written, ALPHA_BETA)
                                           for given, written, _ in CONTESTED])


def _one_source(root: Path, source: str) -> None:
    """Make `source` the project's only source, id `flood`, and drop the fixture's claims."""
    (root / "seeds" / "flood.txt").write_text(source, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: flood\n    file: flood.txt\n    title: Flood report\n    publisher: unknown\n"
        f"    date: unknown\n    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n", encoding="utf-8")
    for name in ("claims.yaml", "comparisons.yaml"):
        (root / "content" / "flood" / name).unlink(missing_ok=True)


def _briefing(summary: str, citations: dict[str, str]) -> str:
    quoted = "".join(f"  {key}:\n    source: flood\n    quote: {json.dumps(quote)}\n" for key, quote in citations.items())
    return (f"title: The flood\nsummary: |\n  {summary}\nlanguage: en\nupdates:\n  - date: 2026-03-03\n"
            "    kind: update\n    text: First published.\nparties:\n  - id: alpha\n    name: Alpha\n  - id: beta\n"
            f"    name: Beta\ncitations:\n{quoted}")


ALPHA_BETA = "  - id: alpha\n    name: Alpha\n  - id: beta\n    name: Beta\n"  # _briefing's parties


def checked(root: Path, source_sentence: str, summary: str) -> list[str]:
    """Make the source one sentence, cite it whole from a one-sentence summary, and return `check`'s error lines."""
    _one_source(root, source_sentence + "\n")
    (root / "content" / "flood" / "briefing.yaml").write_text(_briefing(summary + "[^q]", {"q": source_sentence}),
                                                              encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


# --- 1. a party's word kept as theirs -----------------------------------------------------------------------------

CONTESTED = [
    # (the source's sentence, the briefing's, "ok" or what the error names)
    ("Islamabad accuses Kabul of sheltering militants who carry out attacks.",
     "Kabul shelters militants who carry out attacks.", "someone's word ('accuses')"),
    ("Islamabad accuses Kabul of sheltering militants who carry out attacks.",
     "Islamabad accuses Kabul of sheltering militants who carry out attacks.", "ok"),
    ("Islamabad accuses Kabul of sheltering militants who carry out attacks.",
     "Kabul shelters militants who carry out attacks, Islamabad says.", "ok"),
    ("Islamabad accuses Kabul of sheltering militants who carry out attacks.",
     "Kabul is accused of sheltering militants who carry out attacks.", "ok"),
    ("The company claims its profits doubled to $4 million last year.",
     "Its profits doubled to $4 million last year.", "someone's word ('claims')"),
    ("The company claims its profits doubled to $4 million last year.",
     "The company's profits doubled to $4 million last year, it claims.", "ok"),
    ("The company claims its profits doubled to $4 million last year.",
     'Its profits "doubled to $4 million last year".', "ok"),  # quoted: its words, stated as nothing
    ("The company claims its profits doubled to $4 million last year.",
     "The company and its auditors dispute how much its profits grew.", "ok"),
    ("The company claims its profits doubled to $4 million last year.",
     "Its profits doubled to $4 million last year, in the company's own statement.", "ok"),
    ("The company claims its profits doubled to $4 million last year.",
     "The company announced that its profits doubled to $4 million last year.", "ok"),
    ("Le ministère prétend que les frappes ont visé des militants armés.",
     "Les frappes ont visé des militants armés.", "someone's word ('prétend')"),
    # "said" is anyone's word: a council reporting its own vote is no party's unverified claim (see below for one)
    ("The council said on Monday that it approved the harbour levy.", "The council approved the harbour levy on Monday.",
     "ok"),
]


@pytest.mark.parametrize("given, written, outcome", CONTESTED, ids=[w for _, w, _ in CONTESTED])
def test_a_partys_contested_word_is_kept_as_theirs(sentences, given, written, outcome):
    # "Islamabad accuses Kabul of sheltering militants" stated as "Kabul shelters militants" makes one side's
    # accusation the briefing's own finding.
    lines = sentences(given, written, ALPHA_BETA)
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: the source gives this as "
                                   + outcome + ", but it is worded as fact") for line in lines), lines


SUMMARY = ("Each side has given figures for the other side's losses, and\n  neither side's figures are verified in the "
           "report[^pakistan-toll][^taliban-toll].")

REWORDED_CLAIMS = [
    # (file, the words as published, a rewording that states a party's claim as fact, the line refused)
    ("briefing.yaml", SUMMARY, "Pakistani strikes have killed 274 Taliban fighters[^pakistan-toll].", 7),
    ("briefing.yaml", SUMMARY, "The Taliban has lost hundreds of fighters to Pakistani strikes[^pakistan-toll].", 7),
    ("timeline.yaml", "Taliban\n      authorities say their forces carried out drone strikes inside Pakistan.",
     "Taliban\n      forces carry out drone strikes inside Pakistan.", 35),
    ("timeline.yaml", "Pakistan's Information Minister says drones that Pakistani Taliban militants attempted\n"
                      "      to deploy were intercepted.",
     "Drones that Pakistani Taliban militants attempted\n      to deploy were intercepted.", 41),
    ("background.yaml", "Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants\n"
                        "      who carry out cross-border attacks; the report gives no reply from Kabul[^ttp].",
     "Afghanistan shelters Tehrik-i-Taliban Pakistan (TTP) militants\n      who carry out cross-border attacks[^ttp].",
     13),
]


@pytest.mark.parametrize("file, old, new, line", REWORDED_CLAIMS,
                         ids=[n.split("[")[0][:40] for _, _, n, _ in REWORDED_CLAIMS])
def test_the_real_briefing_may_not_state_a_partys_claim_as_fact(project: Path, file, old, new, line):
    # The spokesman's "274 Taliban fighters have been killed" is a claim the briefing's claims.yaml gives as
    # unverified; a summary or timeline entry restating it must say whose it is.
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"content/pakistan-afghanistan-war/{file}:{line}: ") and "someone's word" in p
               for p in problems), problems


ATTRIBUTED = [
    ("briefing.yaml", SUMMARY,
     "A Pakistani military spokesman says Pakistani strikes have killed 274 Taliban fighters[^pakistan-toll]."),
    ("briefing.yaml", SUMMARY, "According to a Pakistani military spokesman, 274 Taliban fighters have been "
                               "killed[^pakistan-toll]."),
    ("timeline.yaml", "Taliban\n      authorities say their forces carried out drone strikes inside Pakistan.",
     "Taliban\n      authorities claim their forces carried out drone strikes inside Pakistan."),
]


@pytest.mark.parametrize("file, old, new", ATTRIBUTED, ids=[n[:40] for _, _, n in ATTRIBUTED])
def test_a_claim_restated_with_its_claimant_still_builds(project: Path, file, old, new):
    assert problems_after(project, file, old, new) == []


def test_a_claim_card_says_whose_word_it_is_itself(project: Path):
    # The card names its claimant, so its own words need no "said".
    assert problems_after(project, "claims.yaml", "Their forces carried out drone strikes",
                          "Taliban forces carried out drone strikes") == []


def test_a_caveat_speaks_of_the_sources_not_for_them(project: Path):
    caveat = ("  - kind: omission\n    text: >-\n      Whether Afghanistan shelters Tehrik-i-Taliban Pakistan militants who "
              "carry out\n      cross-border attacks is not shown.\n    cite: [ttp]\ncitations:\n")
    assert problems_after(project, "caveats.yaml", "citations:\n", caveat) == []
    # The same words in the background are refused: there they are the briefing's own account.
    assert problems_after(project, "background.yaml", "[^terror-regular]. As an example",
                          "[^terror-regular]. Afghanistan shelters Tehrik-i-Taliban Pakistan militants who carry out "
                          "cross-border attacks[^ttp]. As an example") != []


# --- 2. a comparison's figure stays in its party's column --------------------------------------------------------

def compared(root: Path, source: str, values: str) -> list[str]:
    """Make the source one paragraph, compare Alpha and Beta in one row whose `values` (YAML) cite it, and return
    `check`'s error lines."""
    _one_source(root, source + "\n")
    (root / "content" / "flood" / "briefing.yaml").write_text(
        _briefing("The report compares the sides' shops[^all].", {"all": source}), encoding="utf-8")
    (root / "content" / "flood" / "comparisons.yaml").write_text(
        "comparisons:\n  - id: shops\n    title: Shops\n    rows:\n      - measure: Shops\n        unit: shops\n"
        f"        values:\n{values}", encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


ALPHA = "          alpha: {value: 420, cite: [all]}\n"
BETA = "          beta: {value: 420, cite: [all]}\n"
KEPT = ALPHA + "          beta: {value: 400, cite: [all]}\n"

SHOPS = [
    # (the source, the row's values, "ok" or what the error names)
    ("Alpha runs 420 shops.", ALPHA, "ok"),
    ("Alpha runs 420 shops.", BETA, "figure 420 (Shops) is given for Beta, but the passages cited for it name Alpha, "
                                    "never Beta"),
    ("The Alphan chain runs 420 shops.", ALPHA, "ok"),  # a form of the name ("Pakistani")
    ("The chain runs 420 shops.", BETA, "ok"),  # a passage naming no party of the table is not read
    ("The alpha release of the chain runs 420 shops.", BETA, "ok"),  # a common word, not written as a name
    ("Alpha runs 420 shops, while Beta runs 400.", KEPT, "ok"),
]


@pytest.mark.parametrize("source, values, outcome", SHOPS, ids=[f"{s[:24]}-{v[10:15]}" for s, v, _ in SHOPS])
def test_a_compared_figure_must_be_cited_from_words_about_its_party(fixture_root: Path, source, values, outcome):
    # 172,000 moved to Pakistan's column still stands in "the Afghan Taliban's military ... only 172,000 active
    # personnel": the figure is in its passage, but the passage is about the other party.
    lines = compared(fixture_root, source, values)
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith("content/flood/comparisons.yaml:") and outcome in line for line in lines), lines


def test_the_real_table_refuses_figures_moved_between_parties(project: Path):
    swapped = problems_after(project, "comparisons.yaml",
                             "value: 660000\n            cite: [pakistan-active]\n          taliban:\n"
                             "            value: 172000\n            cite: [taliban-active]",
                             "value: 172000\n            cite: [taliban-active]\n          taliban:\n"
                             "            value: 660000\n            cite: [pakistan-active]")
    assert ("content/pakistan-afghanistan-war/comparisons.yaml:13: figure 172000 (Active personnel) is given for "
            "Pakistan, but the passages cited for it name Afghanistan (Taliban), never Pakistan (put the figure in the "
            "column of the party the source gives it for, or cite the words that say whose it is)") in swapped
    navy = problems_after(project, "comparisons.yaml", "      - measure: Navy\n        unit: personnel\n        values:\n"
                          "          pakistan:", "      - measure: Navy\n        unit: personnel\n        values:\n"
                          "          taliban:")
    assert any("figure 30000 (Navy) is given for Afghanistan (Taliban)" in p for p in navy), navy
