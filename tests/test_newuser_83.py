"""A new user's briefing on a fisheries dispute (tests/fixtures/newuser_83: two coastal states that cannot agree how to
share the mackerel catch, a scientific council's advice), written from the README alone, and what a fact-checker
found reading it.

Misstatements that built, now refused:
- a cap told as a floor: "The council recommended a catch of at least 574,000 tonnes" citing "the total catch next
  year should not exceed 574,000 tonnes". A verb of excess ("exceed", "exceeded") is "more than", and negated a cap,
  as "not more than" was (qualifiers.py); "no more than", "up to" and "at or below 574,000" build;
- an estimate told as a count: "1,200 jobs depend on the mackerel fishery" citing "The Isles Fishermen's Federation
  estimated that 1,200 jobs depended on the mackerel fishery". A figure right after "estimated that" is hedged as
  "an estimated 1,200" is (qualifiers.py); "about 1,200" and "the federation estimates that 1,200" build
  (estimated_figures.py).
`new` quoted a news dateline, "BERGEN, 14 November -", as the new briefing's opening passage: it now quotes the words
after it ("Talks between Norlandia and"), as it left out a section's number (running_prose.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_83"
PARTIES = (Party(id="norlandia", name="Norlandia", short_name="Norlandia", role="side"),
           Party(id="isles", name="The Eastern Isles", short_name="the Isles", role="side"),
           Party(id="icfa", name="International Council for Fisheries Advice", short_name="ICFA",
                 role="scientific adviser"))

ADVICE = ("The International Council for Fisheries Advice (ICFA) recommended in September that the total catch next "
          "year should not exceed 574,000 tonnes, a cut of 22 per cent from this year's advice of 739,000 tonnes.")
JOBS = ("Fishing industry groups on both sides said the uncertainty was hurting exports. The Isles Fishermen's "
        "Federation estimated that 1,200 jobs depended on the mackerel fishery in the islands.")

HONEST = {
    "cap-no-more-than": "The council recommended a catch of no more than 574,000 tonnes next year.",
    "cap-up-to": "The council recommended a catch of up to 574,000 tonnes next year.",
    "cap-at-or-below": "The council advised that next year's catch stay at or below 574,000 tonnes.",
    "cap-at-most": "Scientists advise a catch of at most 574,000 tonnes.",
    "cap-as-written": "The council said next year's catch should not exceed 574,000 tonnes.",
    "estimate-about": "About 1,200 jobs depend on the mackerel fishery in the islands.",
    "estimate-kept": "The federation estimates that 1,200 jobs depend on the fishery.",
    "estimate-as-written": "The federation estimated that 1,200 jobs depended on the mackerel fishery.",
}
MISSTATED = {
    "cap-as-floor": ("The council recommended a catch of at least 574,000 tonnes next year.", ADVICE,
                     'figure "at least 574,000" contradicts "not exceed 574,000"'),
    "cap-as-more-than": ("The council recommended a catch of more than 574,000 tonnes.", ADVICE,
                         'figure "more than 574,000" contradicts'),
    "cap-dropped": ("The council recommended a catch of 574,000 tonnes next year.", ADVICE,
                    'figure "574,000" leaves out the qualifier of "not exceed 574,000"'),
    "estimate-as-count": ("1,200 jobs depend on the mackerel fishery in the islands.", JOBS,
                          'figure "1,200" leaves out the qualifier of "estimated that 1,200"'),
    "estimate-as-floor": ("At least 1,200 jobs depend on the mackerel fishery.", JOBS, 'figure "At least 1,200"'),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the fisheries dispute's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-11-14")


@pytest.mark.parametrize("sentence", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str):
    passage = JOBS if "1,200" in sentence else ADVICE
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("passage, sentence, builds", [
    ("Sales exceeded $5 million last year.", "Sales were more than $5 million last year.", True),
    ("Sales exceeded $5 million last year.", "Sales were less than $5 million last year.", False),
    ("The fine must not exceed €50,000.", "The fine can be up to €50,000.", True),
    ("The fine must not exceed €50,000.", "The fine is at least €50,000.", False),
    ("The council estimated that 2027 would be the low point.", "The low point is expected in 2027.", True),
])
def test_a_verb_of_excess_and_an_estimate_bound_their_figure(passage: str, sentence: str, builds: bool):
    assert (found(sentence, passage) == []) == builds


def test_the_briefing_builds(tmp_path: Path):
    """The fisheries briefing builds: a cap kept as "at or below", a weekday and dates dated from the report's date, a
    bound kept in a timeline's "By 31 December", each side's share in a comparison and a correction in the log."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "mackerel-quotas" / "index.html").read_text(encoding="utf-8").split())
    for words in ("at or below 574,000 tonnes", "fishing first and negotiating later", "246,000",
                  "We said the talks ended on Wednesday."):
        assert words in page, words


def test_new_quotes_the_words_after_a_dateline(tmp_path: Path):
    """`new` on a report whose first sentence opens with its dateline quotes that sentence's words, not the dateline."""
    desk = fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "new", "talks", "--title", "Why the talks failed", "--source", "mackerel")
    assert result.code == 0, result.err
    written = (desk / "content" / "talks" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'quote: "Talks between Norlandia and"' in written, written
    assert run_build(desk, "check").code == 0


def test_a_when_the_source_words_otherwise_is_pointed_to_date_and_date_basis(tmp_path: Path):
    """A timeline's `when` written as a calendar date the source gives only as "Thursday" is refused with its line, and
    the hint names `date` and `date_basis`, where the editor writes the date the source's wording and date make."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    timeline = desk / "content" / "mackerel-quotas" / "timeline.yaml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("  - when: Thursday\n",
                                                                      "  - when: 12 November 2026\n"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1
    assert result.err.startswith('error: content/mackerel-quotas/timeline.yaml:9: `when`: date "12 November 2026" is '
                                 "not in the passages"), result.err
    assert "give the calendar date in `date`, with `date_basis` saying how it follows" in result.err, result.err


def _edited(tmp_path: Path, name: str, old: str, new: str) -> Path:
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / "content" / "mackerel-quotas" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return desk


@pytest.mark.parametrize("role, refused", [
    ("Norlandia's foreign minister", "`role`: calls Kari Vold 'Norlandia's foreign minister', but the source calls "
                                     "them 'Norlandia's fisheries minister'"),
    ("Norlandia's defence minister", "but the source calls them 'Norlandia's fisheries minister'"),
    ("fisheries minister", ""),
    ("Norlandia's minister for fisheries", ""),
    ("not given", ""),
])
def test_a_quotes_role_is_the_office_the_source_gives_its_speaker(tmp_path: Path, role: str, refused: str):
    """A quote's `role` naming another office than the source's sentence gives its speaker ("..., said Norlandia's
    fisheries minister, Kari Vold.") is refused on its line; the same office in other words builds."""
    desk = _edited(tmp_path, "quotes.yaml", "role: Norlandia's fisheries minister", f"role: {role}")
    result = run_build(desk, "check")
    if refused:
        assert result.code == 1 and result.err.startswith("error: content/mackerel-quotas/quotes.yaml:5: "), result.err
        assert refused in result.err, result.err
    else:
        assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, refused", [
    ("parties: [norlandia]", "parties: [isles]",
     "claims.yaml:7: `parties`: the claimant, Norlandia, speaks for Norlandia, which this claim does not list (isles)"),
    ("parties: [isles]", "parties: [norlandia]",
     "claims.yaml:13: `parties`: the claimant, Tomas Reyne, the Isles' fisheries secretary, speaks for Isles"),
    ("claimant: Norlandia\n", "claimant: Norlandia's government\n", ""),
    ("parties: [norlandia]", "parties: [norlandia, isles]", ""),
])
def test_a_claim_is_listed_under_the_party_its_claimant_speaks_for(tmp_path: Path, old: str, new: str, refused: str):
    """A claim whose claimant speaks for one party ("Norlandia", "..., the Isles' fisheries secretary") listed under
    the other's column only is refused on its `parties` line: the card showed Norlandia's claim as the Isles'."""
    desk = _edited(tmp_path, "claims.yaml", old, new)
    result = run_build(desk, "check")
    if refused:
        assert result.code == 1 and refused in result.err, result.err
    else:
        assert result.code == 0, result.err


@pytest.mark.parametrize("passage, sentence", [
    ('"The quota has to follow the fish," said Norlandia\'s fisheries minister, Kari Vold.',
     "Kari Vold, Norlandia's foreign minister, said the quota had to follow the fish."),
    ("Their fisheries secretary, Tomas Reyne, said the shift was temporary.",
     "Tomas Reyne, the Isles' foreign secretary, said the shift was temporary."),
])
def test_a_role_given_before_a_name_ending_or_opening_a_sentence_is_kept(passage: str, sentence: str):
    """A role before a name at a sentence's end, or opening it with "Their", is read as the name's role in prose too."""
    findings = found(sentence, passage)
    assert any("where its cited passages call them" in finding for finding in findings), findings


def test_a_role_in_other_words_of_the_same_office_builds():
    """"Norlandia's minister for fisheries" says every word of "Norlandia's fisheries minister": an owner's "'s" in the
    sentence was read as another word, and the role refused as swapped."""
    assert found("Kari Vold, Norlandia's minister for fisheries, said the quota had to follow the fish.",
                 "Norlandia's fisheries minister, Kari Vold, said the quota had to follow the fish.") == []


TOTAL = ("Taken together, the quotas the coastal states set for themselves this year added up to about 1.05 million "
         "tonnes, or 42 per cent more than the scientific advice, according to ICFA figures. Neither side disputes that "
         "total.")
MARSH = ('Dr Helena Marsh, a fisheries ecologist at the University of Aberdale who was not involved in the talks, said '
         'the evidence of a decline was "clear, though not yet alarming".')
SPAWNING = "The council said the spawning stock had fallen below its precautionary level for the first time since 2011."


@pytest.mark.parametrize("sentence, passage, said", [
    ("Norlandia disputes that total.", TOTAL, "says 'disputes' where its cited passages say 'Neither side disputes'"),
    ("Both sides dispute the ICFA total.", TOTAL, "where its cited passages say 'Neither side disputes'"),
    ("Norlandia disputes that total.", "No one disputes that total.", "say 'No one disputes'"),
    ("Marsh said the decline was alarming.", MARSH,
     "drops the negation of its cited passage ('not yet alarming'):"),
    ("The spawning stock is below its precautionary level for the second year running.", SPAWNING,
     'figure "second" is not in the passages'),
])
def test_a_negating_subject_a_quoted_negation_and_a_year_running_are_kept(sentence: str, passage: str, said: str):
    """"Neither side disputes" negates as "does not dispute" does; a negation a passage quotes after "though" ("clear,
    though not yet alarming") is dropped by "was alarming" as it is unquoted; "the second year running" ranks as
    "the second year in a row" does."""
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Neither side disputes the total.", TOTAL),
    ("The total is not disputed by either side.", TOTAL),
    ("Marsh said the evidence of a decline was clear but not yet alarming.", MARSH),
    ("Marsh called the evidence clear.", MARSH),
    ("The stock fell below its precautionary level for the first time since 2011.", SPAWNING),
    ("Sales fell for the third year running.", "Sales fell for a third straight year."),
])
def test_their_honest_twins_build(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("opening, after", [
    ("BERGEN, 14 November - Talks between Norlandia and the Isles ended.", "Talks between"),
    ("SAINT-AUBIN-SUR-VÈRE, 12 mars 2026 (Agence Presse Centre) - La maternité fermera.", "La maternité"),
    ("WASHINGTON (Reuters) — The talks ended.", "The talks"),
    ("Talks - between them - ended.", None),
    ("NATO - the alliance said so.", None),
])
def test_a_dateline_is_its_place_in_capitals_in_any_script(opening: str, after: str | None):
    """`new` passes over a dateline whose place is in capitals with accents too ("SAINT-AUBIN-SUR-VÈRE"), with an
    agency in brackets, and over nothing else."""
    from explainer.running_prose import prose_first

    class Text:  # a source of one sentence, as prose_first reads it
        text = opening + "\n"
        sentences = ((0, len(opening)),)

    start, _ = next(prose_first(Text()))
    assert (opening[start:].startswith(after) if after else start == 0), opening[start:]
