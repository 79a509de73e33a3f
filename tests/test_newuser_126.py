"""A new user's English briefing of a river pollution dispute (tests/fixtures/newuser_126: the Alder Valley Water
Authority's 30-day suspension of the Corrow copper mine's discharge permit after a reading of 0.42 milligrams of copper
per litre at Millford bridge against a legal limit of 0.13; a fish kill counted about 4,000 by the Alder River Trust
and 1,150 by the authority; the company's denial and its consultant's 0.11 at the outfall; a first court hearing on 14
October; the reading first misprinted as 0.24), written from the README's first sections alone, from a news report of
about 800 words they wrote (seeds/report.txt), started with `python build.py new --source report`. Every content
file is used: background, timeline, comparisons (the two fish counts), claims of each side, quotes, caveats and a log
with an update and a correction.

Read as a fact-checker, 48 misstatements and 42 honest paraphrases were tried against the report's paragraphs (the
probe of `found` below, and the limits of LIMIT_PASSAGE): on main 12 misstatements built and 10 honest sentences were
refused; now 6 build and 5 honest ones are refused (LEFTOVER; two of them fairly: "more than three times the legal
limit" and "Two days later" cite a paragraph without "three" or "two"). Nothing misled this user: the build's
refusals of their own mistakes (a citation key defined in two files, a claim figure's measure with a comma left
unquoted, a caveat `kind: other`) each named the line and the fix. Fixed:

1. A side of a limit told of one level refused for a side the passage tells of another: "Copper at the Millford
   bridge measured 0.42 milligrams per litre on 4 August, above the legal limit of 0.13." citing the paragraph whose
   "A second sample taken upstream ... contained 0.02 milligrams per litre, well below the limit" ('milligrams' and
   'litre' their only shared words). Where both clauses give figures and none is the same, the sides are of two
   levels (explainer/bound_sides.py, both readings); "0.09 milligrams per litre, above the limit" of "was 0.09
   milligrams per litre, below the limit" stays refused.
2. A modal's subject with a place after it: "The consultant says the higher reading may reflect runoff from old spoil
   heaps." citing 'says the higher reading at Millford bridge "may reflect" runoff' was refused as giving the power to
   'reflect' to the reading where the passage gives it to the bridge. A subject's head is now read before "at",
   "near", "outside", "inside" as before "of" (explainer/powers_given.py); "The company may reflect runoff" stays
   refused.
3. A figure told on the wrong side of a limit the passages give as a figure: "The reading at Millford bridge on 4
   August, 0.42 milligrams per litre, was below the legal limit." citing "contained 0.42 milligrams of copper per
   litre. The legal limit for the river is 0.13 milligrams per litre." built: no passage says a side of 0.42 in
   words. A side ("above", "over", "exceeded", "in excess of"; "below", "under", "within", "beneath") before "the/its
   ... limit", after a figure with a unit in its clause, is compared with each limit a passage (or the sentence)
   gives in the same unit (explainer/limit_levels.py, read by bound_sides.py).

LEFTOVER (misstatements that still build, honest sentences still refused; paragraph of the report cited):
- "The authority has revoked the Corrow mine's discharge permit." of the lead paragraph's "has suspended the
  discharge permit ... for 30 days" (the paragraph saying "suspended, not revoked" refuses it; suspended_as_reversed.py
  of newuser125 may cover it).
- "According to the authority, the reading at the outfall was 0.11 milligrams per litre." of "A consultant hired by
  the company, Tarn Environmental, measured 0.11": the company's consultant's figure given to the regulator by
  "according to" ("The authority measured 0.11" is refused).
- "The Environment Minister said the government would seek a fine." of "He did not say whether the government would
  seek a fine." (polarity.py: "did not say whether").
- "Mr Reyes said the suspension would not lead to job losses." of 'would not lead to job losses "for now"': a hedge
  dropped (qualifiers.py).
- "In 2021 the authority fined the company after a reading of 0.18 milligrams per litre." of "issued a warning to the
  company ... but took no further action" (unbacked_deeds.py).
- "The minister said the company had broken the law." of '"If the company is found to have broken the law, it will be
  held to account,"' (conditions.py).
- Refused though honest: "The upstream reading was 0.02 milligrams per litre, but the downstream sample exceeded the
  limit." of the paragraph's "0.42 ... The legal limit ... is 0.13 ... upstream ... 0.02 ..., well below the limit"
  (bound_sides' first reading: the clause after "but" has no figure, so 1 does not apply; the passage says no side of
  0.42 in words).
- Refused though honest: "The 0.42 milligrams per litre found was not below the limit." ("adds a negation", polarity).
- Refused though honest: "At 12 stations, levels exceeded the EU limit of 40 micrograms per cubic metre." of "The EU
  limit of 40 micrograms per cubic metre was exceeded at 12 stations" (comparatives.py reads the passive as the other
  way round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import (checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_126"
BRIEFING = "alder-river"
REPORT = (FIXTURE / "seeds" / "report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="authority", name="Alder Valley Water Authority", short_name="the authority", role="regulator",
                 aliases=("Helen Ashby", "Ms Ashby")),
           Party(id="corrow", name="Corrow Mining Ltd", short_name="Corrow Mining", role="mine operator",
                 aliases=("Daniel Reyes", "Mr Reyes", "the company")),
           Party(id="trust", name="Alder River Trust", short_name="the trust", role="community group",
                 aliases=("Mary Okonkwo", "Ms Okonkwo")))
PASSAGES = {"SAMPLES": paragraph(REPORT, "0.42 milligrams of copper"),
            "FALLING": paragraph(REPORT, "appeared to be falling"), "TARN": paragraph(REPORT, "Tarn Environmental")}
LIMIT_PASSAGE = ("Samples taken on 4 August contained 0.42 milligrams of copper per litre. The legal limit for the "
                 "river is 0.13 milligrams per litre. A second sample upstream contained 0.02 milligrams per litre, "
                 "well below the limit.")


def found(key: str, sentence: str) -> list[str]:
    """Return the build's findings of an English sentence citing the report's paragraph `key`."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES)


def test_the_briefing_builds_and_shows_the_readings_the_counts_and_the_correction(tmp_path: Path):
    """The fixture builds: the reader sees the reading against the limit, the suspension not a revocation, both fish
    counts in the table, the consultant's figure as the company's, the quotes, the court date and the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ("0.42 milligrams of copper per litre", "legal limit of 0.13 milligrams per litre",
                  "suspended, not revoked", "4,000", "1,150", "Tarn Environmental, a consultant hired by the company",
                  "We did not poison this river", "14 October", "What was wrong", "0.24 milligrams per litre",
                  'href="../sources/report.html#passage-'):
        assert words in page, words


def test_a_reading_told_below_the_limit_is_refused_on_its_line(tmp_path: Path):
    """3 through the front door: background.yaml's 0.42 told below the legal limit of 0.13."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "background.yaml", "contained 0.42 milligrams of copper per litre, against a "
         "legal limit of 0.13 milligrams per litre.", "contained 0.42 milligrams of copper per litre, below the legal "
         "limit.")
    result = run_build(desk, "check")
    assert result.code == 1 and ("background.yaml:7: `body`: this sentence puts 0.42 below the legal limit where its "
                                 "cited passages give that limit as 0.13") in result.err, result.err


OTHER_LEVELS_HONEST = [  # 1: all but the last two refused on main
    "Copper at the Millford bridge measured 0.42 milligrams per litre on 4 August, above the legal limit of 0.13.",
    "The sample from Millford bridge, with 0.42 milligrams per litre, exceeded the legal limit.",
    "The 4 August sample at Millford bridge held 0.42 milligrams per litre, well above the limit.",
    "At 0.42 milligrams per litre, the Millford bridge reading was above the legal limit.",
    "On 4 August the river carried 0.42 milligrams of copper per litre at Millford bridge, over the limit.",
    "The upstream sample contained 0.02 milligrams per litre, below the limit.",
    "Upstream of the outfall, copper was at 0.02 milligrams per litre, well under the limit.",
]
SAME_LEVEL_TURNED = [  # 1's misstatements, refused before and after
    ("SAMPLES", "The upstream sample contained 0.02 milligrams per litre, above the limit."),
    ("SAMPLES", "Upstream of the outfall, copper was 0.02 milligrams per litre, over the limit."),
    ("FALLING", "The reading of 0.09 milligrams per litre on 6 August was above the limit."),
    ("FALLING", "On 6 August the bridge reading, 0.09 milligrams per litre, exceeded the limit."),
]


@pytest.mark.parametrize("sentence", OTHER_LEVELS_HONEST)
def test_a_side_of_another_level_builds(sentence: str):
    assert not found("SAMPLES", sentence)


@pytest.mark.parametrize("key, sentence", SAME_LEVEL_TURNED)
def test_the_same_level_on_the_other_side_is_still_refused(key: str, sentence: str):
    assert any("where its cited passages say" in finding for finding in found(key, sentence)), sentence


POWER_HONEST = [  # 2: the first refused on main
    "The consultant says the higher reading may reflect runoff from old spoil heaps.",
    "The consultant's report says the higher reading may reflect runoff from the old spoil heaps.",
    "According to the consultant, the Millford bridge reading may reflect runoff from old spoil heaps.",
    "Tarn Environmental's report says the reading at the bridge may reflect runoff rather than the mine's discharge.",
    "The higher reading at Millford bridge may reflect runoff from the old spoil heaps, the consultant's report says.",
]


@pytest.mark.parametrize("sentence", POWER_HONEST)
def test_a_modal_s_subject_before_its_place_builds(sentence: str):
    assert not found("TARN", sentence)


def test_a_modal_given_to_another_subject_is_still_refused():
    assert any("gives the power to 'reflect' to the company" in finding for finding in found(
        "TARN", "The company may reflect runoff from the old spoil heaps, the report says."))


BEYOND_LIMIT = [  # 3: all built on main
    ("Copper measured 0.42 milligrams per litre, below the legal limit.", "puts 0.42 below the legal limit"),
    ("At 0.42 milligrams per litre the sample was within the limit.", "puts 0.42 within the limit"),
    ("The sample, 0.42 milligrams per litre, was under the river's legal limit.", "puts 0.42 under the river's"),
    ("Nitrogen dioxide averaged 52 micrograms, below the EU limit.", "puts 52 below the EU limit"),
]
WITHIN_LIMIT_HONEST = [  # 3's twins: the first five refused on main by what 1 fixes
    "Copper measured 0.42 milligrams per litre, above the legal limit of 0.13 milligrams per litre.",
    "At 0.42 milligrams per litre, the sample was well over the limit.",
    "The sample held 0.42 milligrams per litre, in excess of the legal limit.",
    "The upstream sample, 0.02 milligrams per litre, was within the limit.",
    "Upstream, copper stood at 0.02 milligrams per litre, below the legal limit.",
    "The reading of 0.42 milligrams per litre exceeded the limit, which is 0.13 milligrams per litre.",
    "The limit is 0.13 milligrams per litre; the sample, at 0.42 milligrams per litre, was above the limit.",
    "Nitrogen dioxide averaged 52 micrograms at 12 stations, above the EU limit.",
    "Its 48 tonnes of sulphur were under the 50 tonne limit.",
    "The plant emitted 48 tonnes of sulphur last year, below its 50 tonne limit.",
    "Twelve samples were below the limit.",
]
OTHER_LIMITS = ("The EU limit of 40 micrograms per cubic metre was exceeded at 12 stations, where nitrogen dioxide "
                "averaged 52 micrograms. The plant emitted 48 tonnes of sulphur last year, under its 50 tonne limit.")


@pytest.mark.parametrize("sentence, words", BEYOND_LIMIT)
def test_a_figure_told_on_the_wrong_side_of_a_stated_limit_is_refused(sentence: str, words: str):
    passages = (LIMIT_PASSAGE, OTHER_LIMITS)
    assert any(words in finding for finding in findings_in_language("en", sentence, passages)), sentence


@pytest.mark.parametrize("sentence", WITHIN_LIMIT_HONEST)
def test_a_figure_on_its_side_of_a_stated_limit_builds(sentence: str):
    assert not findings_in_language("en", sentence, (LIMIT_PASSAGE, OTHER_LIMITS))
