"""An eighth fact-check: misstatements that stood on every word and figure of their passage and said the opposite,
and one honest text refused.

A party swapped in prose ("Afghanistan lost 58 soldiers" citing "Pakistan lost 58 soldiers"), a condition dropped
("the ceasefire will hold" citing "... will hold if both sides withdraw"), an outcome turned over ("the court
upheld" citing "the court overturned"); and "the two sides" of a briefing of two parties read as a figure 2 that no
passage states. Each is checked both ways: the misstatement is refused on its line with what is wrong, the source's
wording and honest paraphrases build."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_build
from support import error_lines, minimal_project

TWO_PARTIES = ("  - id: pakistan\n    name: Pakistan\n    aliases: [Islamabad]\n"
               "  - id: afghanistan\n    name: Afghanistan\n    aliases: [Kabul, Taliban]\n")
THREE_PARTIES = TWO_PARTIES + "  - id: iran\n    name: Iran\n"


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck11") / "project")


def checked(root: Path, source: str, summary: str, parties: str = TWO_PARTIES) -> list[str]:
    """Make the source one sentence, cite it whole from a one-sentence summary of a briefing of `parties`, and
    return `check`'s error lines."""
    (root / "seeds" / "flood.txt").write_text(source + "\n", encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: flood\n    file: flood.txt\n    title: Flood report\n    publisher: unknown\n"
        f"    date: unknown\n    sha256: {hashlib.sha256((source + chr(10)).encode()).hexdigest()}\n", encoding="utf-8")
    for name in ("claims.yaml", "comparisons.yaml"):
        (root / "content" / "flood" / name).unlink(missing_ok=True)
    (root / "content" / "flood" / "briefing.yaml").write_text(
        f"title: The flood\nsummary: |\n  {summary}[^q]\nlanguage: en\nupdates:\n  - date: 2026-03-03\n"
        f"    kind: update\n    text: First published.\nparties:\n{parties}citations:\n  q:\n    source: flood\n"
        f"    quote: {json.dumps(source)}\n", encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def assert_outcome(lines: list[str], outcome: str) -> None:
    """Assert the one-sentence summary built ("ok"), or was refused on its line (3) with `outcome` in the error."""
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and outcome in line
                   for line in lines), lines


# --- 1. a party swapped ------------------------------------------------------------------------------------------

SWAPPED = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Pakistan lost 58 soldiers in the fighting.", "Afghanistan lost 58 soldiers in the fighting.",
     "this sentence names Afghanistan where its cited passages name Pakistan ('Pakistan lost'): Afghanistan lost 58"),
    ("The fighting killed 58 Afghan soldiers.", "The fighting killed 58 Pakistani soldiers.",
     "names Pakistani where its cited passages name Afghan ('58 Afghan soldiers')"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "Afghanistan launched airstrikes across Pakistan on Friday.", "names Afghanistan where its cited passages name "
     "Pakistan ('Pakistan launched')"),
    ("Pakistani forces attacked Afghan border posts on Friday.",
     "Afghan forces attacked Pakistani border posts on Friday.", "names Afghan where"),
    ("Pakistan has 660,000 active personnel while Afghanistan has 172,000.",
     "Afghanistan has 660,000 active personnel while Pakistan has 172,000.",
     "names Afghanistan where its cited passages name Pakistan ('Pakistan has 660,000')"),
    ("Pakistan's army captured 18 Taliban posts.", "Afghanistan's army captured 18 Pakistani posts.",
     "names Afghanistan where its cited passages name Pakistan ('Pakistan's army')"),
    ("Pakistan's army captured 18 Taliban posts.", "The Taliban captured 18 Pakistani posts.",
     "names Pakistani where its cited passages name Taliban ('18 Taliban posts')"),
    ("Islamabad closed the Torkham crossing on Friday.", "Kabul closed the Torkham crossing on Friday.",
     "names Kabul where its cited passages name Islamabad"),  # an alias names its party
    # honest: the parties where the source puts them, in other words or order
    ("Pakistan lost 58 soldiers in the fighting.", "In the fighting, Pakistan lost 58 soldiers.", "ok"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "On Friday, Pakistan launched airstrikes across Afghanistan.", "ok"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "Airstrikes across Afghanistan were launched by Pakistan on Friday.", "ok"),
    ("Pakistan launched airstrikes across Afghanistan on Friday.",
     "Afghanistan was hit by Pakistani airstrikes on Friday.", "ok"),
    ("Pakistan's army captured 18 Taliban posts.", "Pakistani troops captured 18 Afghan posts.", "ok"),
    ("Islamabad closed the Torkham crossing on Friday.", "Pakistan closed the Torkham crossing on Friday.", "ok"),
    ("Afghanistan and Pakistan traded fire across the border.",
     "Pakistan and Afghanistan traded fire across the border.", "ok"),  # joined by "and": one mention
    ("Pakistan traded fire with Afghanistan across the border.",
     "Pakistan and Afghanistan traded fire across the border.", "ok"),
    ("Pakistan and Afghanistan agreed to a ceasefire in Doha.", "Pakistan agreed to a ceasefire in Doha.", "ok"),
    # whose words: the speaker check's, one error
    ("Afghanistan's government denied the report on Friday.", "Pakistan's government denied the report on Friday.",
     "this sentence gives the words to Pakistan's government"),
]


@pytest.mark.parametrize("given, written, outcome", SWAPPED, ids=[w[:50] for _, w, _ in SWAPPED])
def test_a_party_swapped_in_prose_is_refused(fixture_root: Path, given, written, outcome):
    lines = checked(fixture_root, given, written)
    assert_outcome(lines, outcome)
    assert len(lines) <= 1, lines  # one fault, one error: a speaker swapped is not named twice


def test_a_party_swapped_is_read_in_an_item_cited_as_a_whole(fixture_root: Path):
    claims = ("topics:\n  - id: losses\n    title: Losses\n    claims:\n      - claimant: The report\n"
              "        parties: [pakistan]\n        status: reported\n        says: Afghanistan lost 58 soldiers in "
              "the fighting. Talks resumed.\n        cite: [q]\n")
    checked(fixture_root, "Pakistan lost 58 soldiers in the fighting.", "Pakistan lost 58 soldiers in the fighting.")
    (fixture_root / "content" / "flood" / "claims.yaml").write_text(claims, encoding="utf-8")
    lines = error_lines(run_build(fixture_root, "check"))
    assert any(line.startswith("content/flood/claims.yaml:8: `says`: this sentence names Afghanistan where its cited "
                               "passages name Pakistan") for line in lines), lines


# --- 4. "the two sides" ------------------------------------------------------------------------------------------

SIDES = [
    ("Both sides traded fire on the border on Friday.", "The two sides traded fire on the border on Friday.", "ok"),
    ("Clashes between both countries continued on Friday.",
     "Clashes between the two countries continued on Friday.", "ok"),
    ("Both parties met in Doha on Friday.", "The two parties met in Doha on Friday.", "ok"),
    ("Both sides traded fire on the border on Friday.", "The two sides traded fire on the border on 2 March.",
     'date "2 March" is not in the passages'),  # the figures beside it are read as before
    # a count all the same: not "the two" sides, or two of something else
    ("Both sides traded fire on the border on Friday.", "Two sides traded fire on the border on Friday.",
     'figure "Two" is not in the passages'),
    ("Both sides traded fire on the border on Friday.", "The two armies traded fire on the border on Friday.",
     'figure "two" is not in the passages'),
]


@pytest.mark.parametrize("given, written, outcome", SIDES, ids=[w[:50] for _, w, _ in SIDES])
def test_the_two_sides_of_a_briefing_of_two_parties_is_no_figure(fixture_root: Path, given, written, outcome):
    assert_outcome(checked(fixture_root, given, written), outcome)


def test_the_two_sides_of_a_briefing_of_three_parties_is_a_figure(fixture_root: Path):
    # Of three parties, "the two sides" counts two of them: a figure a passage must state, as before.
    assert_outcome(checked(fixture_root, "All sides traded fire on the border on Friday.",
                           "The two sides traded fire on the border on Friday.", THREE_PARTIES),
                   'figure "two" is not in the passages')
