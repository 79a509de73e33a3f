"""A sentence's markers run on over a soft line break: in "...offer.[^rejected]\n  [^offer]" (a `|` block, one
paragraph) both cite the offer's sentence, as the page shows them. The second was read as a sentence of its own, of
no words, so the sentence was checked against the first passage alone: a figure only the second passage holds was
refused as not in the passages, and a sentence was checked without a passage its editor gave it
(tests/fixtures/newuser142)."""

from __future__ import annotations

import json

from conftest import run_build
from explainer.sentences import split_sentences
from support import error_lines, one_source_project

SOURCE = ("Before the hearing, Grainline offered to settle the claim for £450,000. The association rejected the offer "
          "last week.\n")


def test_a_marker_on_the_next_line_of_a_paragraph_is_the_sentence_before_its():
    text = "The association turned down a £450,000 offer.[^offer]\n  [^rejected] Talks go on.[^talks]"
    sentences = split_sentences(text, "en")
    assert [sentence.keys for sentence in sentences] == [("offer", "rejected"), ("talks",)]


def test_a_marker_after_a_blank_line_is_not_the_paragraph_before_its():
    sentences = split_sentences("The offer was turned down.[^offer]\n\n[^rejected] Talks go on.", "en")
    assert sentences[0].keys == ("offer",)


def _briefing(summary: str) -> str:
    quotes = {"offer": "Grainline offered to settle the claim for £450,000",
              "rejected": "The association rejected the offer last week."}
    citations = "".join(f"  {key}:\n    source: report\n    quote: {json.dumps(quote)}\n" for key, quote in quotes.items())
    return (f"title: The claim\nsummary: |\n  {summary}\nupdates:\n  - date: 2025-05-15\n    kind: update\n"
            f"    text: First published.\nparties:\n  - id: tenants\n    name: Harrow Tenants' Association\n"
            f"    aliases: [the association]\n  - id: grainline\n    name: Grainline Homes\ncitations:\n{citations}")


def test_a_figure_backed_with_the_second_marker_on_the_next_line_builds(tmp_path):
    root = one_source_project(tmp_path, SOURCE)
    folder = root / "content" / "claim"
    folder.mkdir()
    (folder / "briefing.yaml").write_text(
        _briefing("The association turned down a £450,000 settlement offer.[^rejected]\n  [^offer]"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, error_lines(result)
