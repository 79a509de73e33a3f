"""A new user's briefing on a trade dispute (tests/fixtures/newuser_100: Norvania's steel tariffs, Kestria's dairy
duties and a WTO panel's ruling), written from the README alone, and what a fact-checker found reading it against
its wire report, which ends with a correction ("An earlier version ... said the panel was unanimous on both
breaches. It was split two to one on the second.")."""

from __future__ import annotations

from pathlib import Path

import pytest

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


RULING_SPLIT = ("The panel's report runs to 212 pages; the three panellists were unanimous on the security defence and "
                "split two to one on the second breach.")
REYES = ("Kestria's economy minister, Tomas Reyes, welcomed the ruling and said Kestria would keep its dairy duties "
         "until the steel tariff was lifted.")


@pytest.mark.parametrize("sentence", [
    "The panellists were unanimous on both breaches.",  # what the wire's correction takes back
    "The panellists were unanimous on all counts.",
    "The panel was unanimous.",
    "The panellists were unanimous on the second breach.",
    "The panellists were split on the security defence.",
])
def test_a_margin_moved_between_a_mixed_decisions_questions_is_refused(sentence: str):
    """A decision unanimous on one question and split on another keeps each margin to its question: a margin told of
    the other question, of both or of the decision as a whole built."""
    assert any("unanimous" in finding or "split" in finding for finding in found(sentence, RULING_SPLIT))


@pytest.mark.parametrize("sentence", [
    "The panellists were unanimous on the security defence.",
    "The panellists were split two to one on the second breach.",
    "The panel was unanimous on the security defence but split on the second breach.",
])
def test_each_margin_kept_to_its_question_builds(sentence: str):
    assert found(sentence, RULING_SPLIT) == []


@pytest.mark.parametrize("sentence", [
    "Told to reporters after condemning the ruling.",  # a quote's context names no one else the passage names
    "After criticising the ruling, Reyes spoke to reporters.",
    "Reyes rejected the ruling.",
    "Reyes deplored the ruling.",
    "Reyes, denouncing the ruling, spoke to reporters.",
])
def test_a_welcome_turned_into_criticism_in_any_tense_is_refused(sentence: str):
    """A response turned is refused as a participle too, and where the sentence shares with its passage only what the
    response is to ("the ruling")."""
    assert any("where its cited passages say 'welcomed'" in finding for finding in found(sentence, REYES))


@pytest.mark.parametrize("sentence", [
    "Told to reporters after welcoming the ruling.",
    "Reyes welcomed the ruling.",
    "After welcoming the ruling, Reyes condemned the steel tariff.",  # another thing condemned: not the ruling
])
def test_a_welcome_kept_builds(sentence: str):
    assert found(sentence, REYES + " He condemned the steel tariff.") == []


@pytest.mark.parametrize("sentence", [
    "Kestria will keep its dairy duties for good.",
    "Kestria will keep its dairy duties whatever happens.",
    "Kestria will keep its dairy duties no matter what.",
])
def test_a_measure_kept_until_an_end_told_as_lasting_is_refused(sentence: str):
    """"until the steel tariff was lifted" bounds the duties in time as "for now" bounds a refusal."""
    assert any("makes lasting" in finding and "'until'" in finding for finding in found(sentence, REYES))


@pytest.mark.parametrize("sentence", [
    "Kestria will keep its dairy duties until the steel tariff is lifted.",
    "Reyes said Kestria would keep its dairy duties until Norvania lifts its steel tariff.",
])
def test_the_end_kept_builds(sentence: str):
    assert found(sentence, REYES) == []


def test_never_of_an_end_is_named_once_as_a_negation():
    """"would never lift" of "would keep ... until" is named once, as the negation added, not also as made lasting."""
    findings = found("Reyes said Kestria would never lift its dairy duties.", REYES)
    assert len(findings) == 1 and "negation" in findings[0]


@pytest.mark.parametrize("file, old, new, expected", [
    ("background.yaml", "The three panellists were\n      unanimous on the security defence and split two to one on "
     "the second breach", "The three panellists were\n      unanimous on both breaches", "background.yaml:19:"),
    ("quotes.yaml", "after welcoming the ruling", "after condemning the ruling", "quotes.yaml:13:"),
    ("claims.yaml", "says: Kestria will keep its dairy duties until the steel tariff is lifted.",
     "says: Kestria will keep its dairy duties for good.", "claims.yaml:13:"),
])
def test_the_misstatements_are_refused_on_their_line(tmp_path: Path, file: str, old: str, new: str, expected: str):
    """Each misstatement, made in the briefing, stops the build with its file and line."""
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("file, old, new, expected", [
    ("timeline.yaml", "Talks between the two governments break off, without",
     "Talks between Norvania and Germany break off, without", "timeline.yaml:9:"),
    ("background.yaml", "threatened 14,000 jobs at its mills[^tariff]",
     "threatened 14,000 jobs at its mills in Brazil[^tariff]", "background.yaml:6:"),
    ("claims.yaml", "says: Kestria will keep its dairy duties until the steel tariff is lifted.",
     "says: Kestria will keep its dairy duties until the steel tariff is lifted, as Japan did.", "claims.yaml:13:"),
])
def test_a_name_no_cited_source_names_is_refused(tmp_path: Path, file: str, old: str, new: str, expected: str):
    """A country named where the wire never names it, in prose, a timeline's event or a claim, is refused on its line:
    it built wherever the words around it stood (where a place the passage names stands beside it, as the place
    swapped: "its mills in Brazil")."""
    result = edited_check(tmp_path, file, old, new)
    name = next(word for word in ("Germany", "Brazil", "Japan") if word in new)
    assert result.code == 1 and expected in result.err and f"names '{name}'" in result.err, result.err


@pytest.mark.parametrize("file, old, new", [
    ("timeline.yaml", "Talks between the two governments break off, without",
     "Talks between Norvania and Kestria break off, without"),  # the parties' own names
    ("timeline.yaml", "Talks between the two governments break off, without",
     "Northgate Wire reports that talks between the two governments break off, without"),  # its publisher
    ("background.yaml", "Kestria\n      answered in June 2025", "Kestria, whose steelmakers sell to Norvanian mills,\n"
     "      answered in June 2025"),  # "Norvanian" begins as "Norvania" does
    ("timeline.yaml", "A WTO panel rules", "In Geneva, a WTO panel rules"),  # the wire's dateline, not the passage
])
def test_a_name_the_source_gives_builds(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert "which no source it cites names" not in result.err, result.err
