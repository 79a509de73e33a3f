"""Attack, round seven: a bad-faith editor who wants a reader to see what the source does not say while the build
passes, through text the page shows otherwise than the checks read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import deal_project, error_lines

SOURCE = ("Border report\n\nTaliban forces reportedly attacked the border post on Monday.\n\n"
          "No casualties were reported in Kabul.\n")
HEDGED = "Taliban forces reportedly attacked the border post"
NEGATED = "No casualties were reported in Kabul"
DROPPED_HEDGE = ("content/deal/briefing.yaml:{line}: `summary`: the source gives this only as 'reportedly', but it is "
                 "worded as fact: \"Taliban forces attacked the border post.\" (keep a hedge ('reportedly') or say who "
                 "reports it; or cite only the words it rests on)")
DROPPED_NEGATION = ("content/deal/briefing.yaml:3: `summary`: this sentence drops the negation of its cited passage "
                    "('No casualties were reported in Kabul'): \"{shown}\" (keep "
                    "the source's negation (or its absence), or cite the words that say what this says)")

# name: (summary, quote, the exact error). Each built before: the checks of a sentence's wording read the words of a
# link's target, a link's title, a reference's label or a character reference's name, which the page does not show.
HIDDEN_WORDS = {
    "hedge in a link's target": (
        "Taliban forces [attacked](https://example.org/reportedly) the border post.", HEDGED,
        DROPPED_HEDGE.format(line=3)),
    "hedge in a link's title": (
        "Taliban forces [attacked](https://example.org \"reportedly\") the border post.", HEDGED,
        DROPPED_HEDGE.format(line=3)),
    "hedge as a reference's label": (
        "Taliban forces [attacked][reportedly] the border post.[^a]\n\n  [reportedly]: https://example.org\n\n"
        "  The border post was hit on Monday.", HEDGED, DROPPED_HEDGE.format(line=3)),
    "hedge in a link of a list item, below a paragraph": (
        "The border post was hit.[^a]\n\n  - Taliban forces [attacked](https://x.org/reportedly)\n"
        "    the border post.", HEDGED, DROPPED_HEDGE.format(line=5)),
    "negation in a link's target": (
        "[Casualties](https://example.org/no) were reported in Kabul.", NEGATED, DROPPED_NEGATION.format(shown="Casualties were reported in Kabul")),
    "negation as a character reference's name": (
        "Casualties were &not; reported in Kabul.", NEGATED, DROPPED_NEGATION.format(shown="Casualties were \u00ac reported in Kabul")),
}


@pytest.mark.parametrize("case", sorted(HIDDEN_WORDS))
def test_words_the_page_does_not_show_keep_no_hedge_or_negation(case: str, tmp_path: Path):
    summary, quote, error = HIDDEN_WORDS[case]
    root = deal_project(tmp_path, summary, quote, SOURCE)
    result = run_build(root, "check")
    assert result.code == 1, result.err
    assert error in error_lines(result)


def test_a_hedge_or_negation_the_page_shows_in_markup_still_keeps_it(tmp_path: Path):
    """A link's or emphasis's own words are shown: they keep the source's hedge and negation."""
    root = deal_project(tmp_path, "Taliban forces [reportedly](https://example.org) attacked the border post.[^a]\n"
                        "  *No* casualties were reported in Kabul.", HEDGED, SOURCE)
    (root / "content/deal/briefing.yaml").write_text(
        (root / "content/deal/briefing.yaml").read_text().replace(
            "citations:", f"citations:\n  b:\n    source: report\n    quote: {NEGATED}"), encoding="utf-8")
    (root / "content/deal/briefing.yaml").write_text(
        (root / "content/deal/briefing.yaml").read_text().replace("in Kabul.[^a]", "in Kabul.[^b]"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("control, kind", [("\u2067", "embedding or isolate (U+2067)"),
                                           ("\u202b", "embedding or isolate (U+202B)"),
                                           ("\u202e", "override (U+202E)")])
def test_a_source_whose_page_shows_its_figures_in_another_order_is_refused(control: str, kind: str, tmp_path: Path):
    """Chromium shows "The vote was <RLI>120 to 30<PDI> today" as "The vote was to 30 120 today": a quote of "120 to
    30" built, and its highlight on the source page showed other words than the ones checked."""
    source = f"Vote report\n\nThe vote was {control}120 to 30{chr(0x2069) if control == chr(0x2067) else chr(0x202c)} today.\n"
    root = deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", source)
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f"seeds/report.txt:3: the document contains a direction {kind}, which shows the characters after it in "
        "another order than they are checked (remove it from the document: a source's text must read as it is stored)"]


def test_a_source_with_right_to_left_marks_still_builds(tmp_path: Path):
    """A right-to-left mark (U+200F) reorders no run of figures or Latin words; Arabic documents hold them."""
    source = "Vote report\n\nThe vote was 120 to 30 today.\u200f\n"
    root = deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", source)
    assert run_build(root, "check").code == 0
