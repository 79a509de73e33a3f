"""A list shorter than its field needs says how many items to add, not only what the list is."""

from __future__ import annotations

from pathlib import Path

from conftest import run_build


def test_a_list_short_of_its_items_says_how_many_to_add(built_minimal: Path):
    """A claim's `cite: []` said only "needs at least 1 item, found 0 (Keys of the citations for this claim.)",
    what the list is but not what to do (found by newuser16)."""
    claims = built_minimal / "content" / "flood" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("cite: [alpha-rise]", "cite: []"), encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 1
    assert ("content/flood/claims.yaml:11: topics[0].claims[0].cite: needs at least 1 item, found 0 "
            "(Keys of the citations for this claim. Add 1 more item.)") in result.err
