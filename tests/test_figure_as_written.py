"""An error names a figure as the editor wrote it: "US$ 430 million", not the "$ 430 million" the figure is read from.

A dollar's country code glued before its sign ("US$", "A$", "HK$") is part of how the figure is written; an error that
drops it sends the editor looking for words that are not in their sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import deal_project, refused_with

SOURCE = "The court awarded Harbor US$ 340 million in damages on March 3, 2026.\n"
PASSAGE = "The court awarded Harbor US$ 340 million in damages"


@pytest.mark.parametrize("written", ["US$ 430 million", "US$430 million", "A$430 million", "HK$ 430 million",
                                     "$430 million"])
def test_an_unsupported_figure_is_named_with_its_dollar_code(tmp_path: Path, written: str):
    refused_with(deal_project(tmp_path, f"The court awarded Harbor {written}.", PASSAGE, SOURCE),
                 f'figure "{written}" is not in the passages this sentence cites')


def test_a_figure_in_another_unit_is_named_with_its_dollar_code(tmp_path: Path):
    source = "The court awarded Harbor €340 million in damages.\n"
    refused_with(deal_project(tmp_path, "The court awarded Harbor US$ 340 million.", "awarded Harbor €340 million",
                              source),
                 'figure "US$ 340 million" is given in dollars')
