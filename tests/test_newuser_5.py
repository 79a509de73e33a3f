"""A municipal water-rate dispute, as a local newsroom's editor new to the tool writes it: a city fighting its water
company's rate rise before a regulator, from one English report (money with cents, ranges, "nearly twice", a city
that says the company "should not earn more than 9%") and a short Polish one ("prawie 2 tysiące").

Each wrong figure must be refused with the file and line, and each faithful one built.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import edit, locale_from_english, minimal_project, project_in_language, refused_with
from test_microsite import microsite

from explainer import numbers
from explainer.attribution import Cited, check_item_text, unbacked_multiples, unbacked_superlatives

COURIER_SHA = "2269fbb93886e0b5837b50eed0c765a4c85aec0fca8d1855f6669521855b38ff"
MINUTES_SHA = "1ba534d98243b4856e61a43b8b1483071b5af0bf0536bdbda60d7625fa723897"


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set Polish's."""
    yield
    numbers.read_as_locales({})


def found(written: str, passage: str, language: str = "en") -> list[str]:
    """Return the messages of the faults of `written`, an item cited as a whole by `passage`."""
    return [finding.message for finding in check_item_text(written, [Cited(passage, language)], language)]


# Two new sources, each with `sha256: TODO` as an editor first writes it: accept-source refused either while the
# other's placeholder stood ("sha256: 'TODO' is not in the expected form ... accept-source records it"), and so did
# `cite` and `new`, so the editor following the message went round in a circle.
def test_two_new_sources_placeholders_are_each_accepted_and_cited(tmp_path: Path):
    root = microsite(tmp_path / "project")
    library = root / "content" / "sources.yaml"
    edit(library, f"    sha256: {COURIER_SHA}\n", "    sha256: TODO\n")
    edit(library, f"    sha256: {MINUTES_SHA}\n", "    sha256: TODO\n")
    cited = run_build(root, "cite", "minutes", "less than 2 million crowns")
    assert cited.code == 0 and "quote:" in cited.out, cited.err
    started = run_build(root, "new", "started", "--title", "A new briefing", "--source", "courier")
    assert started.code == 0, started.err
    for source in ("courier", "minutes"):
        accepted = run_build(root, "accept-source", source)
        assert (accepted.code, accepted.err) == (0, ""), accepted.err
    text = library.read_text(encoding="utf-8")
    assert f"    sha256: {COURIER_SHA}\n" in text and f"    sha256: {MINUTES_SHA}\n" in text
    assert run_build(root, "check").code == 0
