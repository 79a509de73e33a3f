"""A new user's briefing on a football club's stadium lease (tests/fixtures/newuser_90: a club and the borough council
that owns its ground, a valuer, a supporters' trust), written from the README alone, and what a fact-checker found
reading it against its news-agency source.

Honest wording that was refused, now built:
- a range whose low end is written whole: "between £850,000 and £1 million a year" read its low end as "850,000
  million", so the claim's figure 850000 was refused and told to take `unit: million` (numbers._ranges_shared: a low
  end given its high end's scale may not then stand above it; "between £4 and £5 million" is still £4 million).

Misstatements that built, now refused (a news report names its parties "the club" and "the council" after the first
mention, and the editor lists those as the parties' aliases):
- a side's word told as fact where the side speaks by the noun the editor names it by: "The club broke the rules"
  citing "The council said the club had broken the rules" ("the club" was too short to be read as a party's noun, and
  "the council" was read as a regulator's word: owners.party_words keeps an alias "the <noun>" whole, as the French
  "l'agence" was, and party_word.py reads it as the side's voice);
- a side's official's word: "The club's chief executive, Martin Oyelaran, said ...", "..., said the club's chief
  executive, Martin Oyelaran." (his name was read as no party's);
- a side's quoted words told as fact: '"The council has broken the rules," the club said.' (the sentence was taken to
  name the speaker by its "the", or by a word two parties' names share, "Harlow");
- "according to the council's own figures" dropped;
- with the same nouns read, who did what swapped: "The council had asked for a 25-year lease" of "the 25 years the
  club had asked for", "A study commissioned by the club" of "by the council", "The club has offered to meet the
  council's board" of the council's offer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_90"
PARTIES = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side",
                 aliases=("the club",)),
           Party(id="council", name="Harlow Borough Council", short_name="the council", role="side",
                 aliases=("the council",)))
SOURCE = (FIXTURE / "seeds" / "stadium.txt").read_text(encoding="utf-8")


def sentence_of(words: str) -> str:
    """Return the one sentence of the source holding `words` (its paragraphs' lines joined)."""
    paragraph = next(part for part in SOURCE.split("\n\n") if words in part)
    start = max(paragraph.rfind(". ", 0, paragraph.index(words)), paragraph.rfind('" ', 0, paragraph.index(words)))
    end = paragraph.find(". ", paragraph.index(words))
    return " ".join(paragraph[start + 2 if start >= 0 else 0:end + 1 if end >= 0 else None].split())


def found(sentence: str, *passages: str, parties=PARTIES) -> list[str]:
    """Return the findings of a sentence citing passages, in English, of the stadium dispute's parties."""
    return sentence_findings(sentence, passages, "en", parties, published="2026-11-19")


def test_the_briefing_builds(tmp_path: Path):
    """The stadium briefing builds: a valuer's range "between £850,000 and £1 million" as a claim's figure, a
    cabinet's vote, a weekday dated from the report's date and a correction in the log."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "stadium-lease" / "index.html").read_text(encoding="utf-8").split())
    for words in ("850,000", "1,000,000", "too much, too fast", "We said the vote was seven to two."):
        assert words in page, words


@pytest.mark.parametrize("value, builds", [("850000", True), ("800000", False), ("85000", False)])
def test_a_ranges_low_end_written_whole_keeps_its_own_scale(tmp_path: Path, value: str, builds: bool):
    """The claim's low end 850000 of "between £850,000 and £1 million a year" builds (read as 850,000 million, the high
    end's "million" given to it, it was refused); 800000 and 85000 are refused on their line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / "content" / "stadium-lease" / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    assert "value: 850000," in text
    claims.write_text(text.replace("value: 850000,", f"value: {value},"), encoding="utf-8")
    result = run_build(desk, "check")
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1 and "claims.yaml:33: figure" in result.err, result.err


@pytest.mark.parametrize("sentence, passage, builds", [
    ("The valuer put the market rent at £850,000 or more.", "The valuer put the rent at between £850,000 and £1 "
                                                             "million a year.", True),
    ("The valuer put the rent at between £4 million and £5 million a year.",
     "The valuer put the rent at between £4 and £5 million a year.", True),
    ("The valuer put the rent at between £4,000 and £5 million a year.",
     "The valuer put the rent at between £4 and £5 million a year.", False),
    ("Between 40% and 45% of members voted.", "Between 40 and 45% of members voted.", True),
])
def test_a_range_shares_its_scale_only_where_its_ends_rise(sentence: str, passage: str, builds: bool):
    assert (found(sentence, passage) == []) == builds


BROKEN_SAID = "The council said the club had broken the rules of the league."
OFFICIAL = "The club's chief executive, Martin Oyelaran, said the council had broken the rules of the league."
QUOTED_OFFICIAL = '"The council has broken the rules of the league," said the club\'s chief executive, Martin Oyelaran.'
QUOTED_SIDE = '"The council has broken the rules of the league," the club said.'
COLON_SIDE = 'Harlow City said: "Harlow Council has broken the rules of the league."'
SHARED_NAME = '"Harlow Council has broken the rules of the league," Harlow City said.'
COSTS = sentence_of("According to the council's own figures")


@pytest.mark.parametrize("sentence, passage, whose", [
    ("The club broke the rules of the league.", BROKEN_SAID, "the council"),
    ("The council broke the rules of the league.", OFFICIAL, "Martin Oyelaran"),
    ("The council broke the rules of the league.", QUOTED_OFFICIAL, "Martin Oyelaran"),
    ("The council broke the rules of the league.", QUOTED_SIDE, "the club"),
    ("Harlow Council broke the rules of the league.", SHARED_NAME, "Harlow City"),
    ("Harlow Council broke the rules of the league.", COLON_SIDE, "Harlow City"),
    ("The stadium's running costs have risen by 38% since 2009.", COSTS, "the council's own figures"),
])
def test_a_sides_word_given_by_its_noun_or_its_official_is_not_told_as_fact(sentence: str, passage: str, whose: str):
    """A side speaking as "the council", "the club" (the nouns the editor lists as their aliases), or through "the
    club's chief executive", before or after its quoted words: its word told as fact is refused, naming it."""
    findings = found(sentence, passage)
    assert any("give only as the word of " + whose in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("The council says the club broke the rules of the league.", BROKEN_SAID),
    ("According to the council, the club broke the rules of the league.", BROKEN_SAID),
    ("Oyelaran said the council had broken the rules of the league.", OFFICIAL),
    ("Oyelaran said the council broke the rules of the league.", QUOTED_OFFICIAL),
    ("The club says the council broke the rules of the league.", QUOTED_SIDE),
    ("Harlow City says Harlow Council broke the rules of the league.", SHARED_NAME),
    ("According to the council, the stadium's running costs have risen by 38% since 2009.", COSTS),
    ("The council says running costs have risen by 38% since 2009.", COSTS),
])
def test_the_same_word_given_to_its_speaker_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


def test_a_noun_no_alias_declares_is_still_no_sides_voice():
    """Without the alias "the club", "The club said" names no party (a report's "the company said" may be any
    company's): the sentence is not refused as a side's word."""
    bare = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side"), PARTIES[1])
    passage = "The club said the council had broken the rules of the league."
    assert not any("the word of the club" in finding
                   for finding in found("The council broke the rules of the league.", passage, parties=bare))
    assert any("the word of the club" in finding for finding in found("The council broke the rules of the league.",
                                                                      passage))


@pytest.mark.parametrize("sentence, words, said", [
    ("The council had asked for a 25-year lease.", "Under the terms", "council"),
    ("A study commissioned by the club in 2024 estimated that matches bring about £9 million a year into the local "
     "economy.", "A study commissioned", "club"),
    ("The club has offered to meet the council's board.", "offered to meet", "club"),
    ("The council disputes the club's figures.", "disputes those figures", "council"),
    ("According to the council, the club pays about £700,000 of the running costs.", "running costs have risen",
     "club"),
])
def test_who_did_what_is_kept_to_the_side_the_source_names_by_its_noun(tmp_path: Path, sentence: str, words: str,
                                                                        said: str):
    """Sentences swapping the club and the council, which the source names by those nouns after the first mention,
    are refused in a build, on their line."""
    result, line = _checked_with_section(tmp_path, sentence, words)
    assert result.code == 1 and f"background.yaml:{line}: " in result.err, result.err


@pytest.mark.parametrize("sentence, words", [
    ("The club had asked for a 25-year lease.", "Under the terms"),
    ("A study commissioned by the council in 2024 estimated that matches bring about £9 million a year into the local "
     "economy.", "A study commissioned"),
    ("The council has offered to meet the club's board.", "offered to meet"),
    ("The club disputes the council's figures.", "disputes those figures"),
    ("According to the council, it pays about £700,000 of the running costs.", "running costs have risen"),
])
def test_the_same_deed_kept_to_its_side_builds(tmp_path: Path, sentence: str, words: str):
    result, _ = _checked_with_section(tmp_path, sentence, words)
    assert result.code == 0, result.err


def _checked_with_section(tmp_path: Path, sentence: str, words: str):
    """Return `check`'s run of the briefing with a background section of one sentence citing the source's sentence
    holding `words`, and that sentence's line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    background = desk / "content" / "stadium-lease" / "background.yaml"
    quote = sentence_of(words).replace('"', '\\"')
    section = f"  - id: probe\n    title: Probe\n    body: |\n      {sentence}[^probe]\n"
    text = background.read_text(encoding="utf-8").replace(
        "citations:\n", f'{section}citations:\n  probe:\n    source: report\n    quote: "{quote}"\n', 1)
    background.write_text(text, encoding="utf-8")
    return run_build(desk, "check"), text.splitlines().index(f"      {sentence}[^probe]") + 1


SCRUTINY = sentence_of("scrutiny committee, which meets")
NEAREST = sentence_of("The nearest ground")
CORRECTION = " ".join(SOURCE[SOURCE.index("Update, 21 November"):].split())


@pytest.mark.parametrize("sentence, passage, said", [
    ("The scrutiny committee met on 3 December.", SCRUTINY, "tells as held ('met') what its cited passages only "
                                                            "schedule ('meets'"),
    ("The scrutiny committee has met on 3 December.", SCRUTINY, "only schedule ('meets'"),
    ("Millbrook Stadium is the farthest ground that meets league standards.", NEAREST,
     'superlative "farthest": no passage it cites uses it'),
    ("Millbrook is the smallest ground that meets league standards.", NEAREST, 'superlative "smallest"'),
    ("The cabinet vote was seven to two.", CORRECTION, "states seven as current, but its cited passages name it as "
                                                       "revised or wrong"),
])
def test_a_fact_checker_reading_the_stadium_report_finds_these_refused(sentence: str, passage: str, said: str):
    """A committee's meeting given with its day in the present ("which meets on 3 December") told as held; the
    farthest for the nearest ground; a vote a correction note gives in words as its wrong figure, told as current."""
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("The scrutiny committee meets on 3 December.", SCRUTINY),
    ("The scrutiny committee will meet on 3 December.", SCRUTINY),
    ("Millbrook Stadium is the nearest ground that meets league standards.", NEAREST),
    ("Millbrook Stadium is the closest ground that meets league standards.", NEAREST),
    ("The cabinet vote was six to three.", CORRECTION),
    ("The report first gave the vote as seven to two.", CORRECTION),
    ("The nearest ground that meets league standards is 31 miles away.", NEAREST),
])
def test_the_same_facts_told_as_the_report_tells_them_build(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, builds", [
    ("A judge has yet to decide whether the claim can proceed.", sentence_of("A judge would first decide"), True),
    ("A judge has yet to decide whether the claim can proceed.",
     "A judge will first decide whether the claim can proceed.", True),
    ("The court has not yet ruled on the appeal.", "The court will rule on the appeal next month.", True),
    ("The court is still to rule on the appeal.", "The court is due to rule on the appeal next month.", True),
    ("The court has yet to rule on the appeal.", "The court ruled on the appeal last month.", False),
    ("The court has ruled on the appeal.", "The court will rule on the appeal next month.", False),
    ("A judge has decided that the claim can proceed.", sentence_of("A judge would first decide"), False),
])
def test_an_act_not_yet_done_restates_the_same_act_to_come(sentence: str, passage: str, builds: bool):
    """"has yet to decide" citing "would first decide" tells one fact in two tenses: it was refused as a negation
    added, and "has not yet ruled" as the ruling told done. Telling it done, or not yet done where the passage says it
    was, is still refused (polarity.py, future_as_past.py)."""
    assert (found(sentence, passage) == []) == builds
