"""A new user's briefing on a trade dispute (tests/fixtures/newuser_100: Norvania's steel tariffs, Kestria's dairy
duties and a WTO panel's ruling), written from the README alone, and what a fact-checker found reading it against
its wire report, which ends with a correction ("An earlier version ... said the panel was unanimous on both
breaches. It was split two to one on the second.")."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_100"
PARTIES = (Party(id="norvania", name="Norvania", short_name="Norvania", role="side"),
           Party(id="kestria", name="Kestria", short_name="Kestria", role="side"))


def found(sentence: str, *passages: str) -> list[str]:
    """Return the findings of a sentence citing passages, in English, of the dispute's two parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-10-14")


def edited_check(tmp_path: Path, file: str, old: str, new: str):
    """Return the result of `check` on the briefing with one edit made to one of its files."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / "content" / "steel-dairy" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return run_build(desk, "check")


def test_the_briefing_builds(tmp_path: Path):
    """The trade briefing builds: a ruling in part, two sides' statistics that differ, each side's losses, a minister's
    announced appeal, and the wire's correction left to the source."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "steel-dairy" / "index.html").read_text(encoding="utf-8").split())
    for words in ("two of the three trade rules", "We will not disarm first", "split two to one on the second breach"):
        assert words in page, words
