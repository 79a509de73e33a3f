"""The checked load outside the sentence checks: what a `check` no longer does for nothing.

A claim giving no figure has nothing for `comparisons.unsupported_figures` to find in its passages: it read every
passage's quantities and qualifiers all the same (1,200 of 2,700 calls at 4,000 sources, the claims without figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import edit, minimal_project, refused_with

from explainer import comparisons

BETA_FIGURES = "        figures:\n          - {measure: River rise, value: 5}\n"


@pytest.fixture
def figures_read(monkeypatch) -> list[str]:
    """Return the passages whose quantities unsupported_figures reads from now on, in this process."""
    read: list[str] = []
    quantities_in = comparisons.quantities_in
    monkeypatch.setattr(comparisons, "quantities_in", lambda text, language="": read.append(text)
                        or quantities_in(text, language))
    monkeypatch.setenv("EXPLAINER_WORKERS", "1")  # the plans made in this process, where the list is
    return read


def claims_of(root: Path) -> Path:
    return root / "content" / "flood" / "claims.yaml"


def test_a_claim_giving_no_figure_reads_none_of_its_passages_quantities(tmp_path: Path, figures_read: list[str]):
    root = minimal_project(tmp_path / "project")
    edit(claims_of(root), BETA_FIGURES, "")  # Beta's claim: its words only
    result = run_build(root, "check")
    assert result.code == 0, result.err
    assert figures_read == ["Alpha said the river rose by 3 metres on Monday."]  # Alpha's figure, in its one passage


def test_a_claims_figure_is_still_read_against_each_passage_it_cites(tmp_path: Path, figures_read: list[str]):
    root = minimal_project(tmp_path / "project")
    edit(claims_of(root), "{measure: River rise, value: 5}", "{measure: River rise, value: 6}")
    refused_with(root, "claims.yaml", "figure 6 (River rise) is not in the passages cited for it")
    assert len(figures_read) == 3  # Alpha's passage; Beta's two (its `cite` list's and its marker's)
