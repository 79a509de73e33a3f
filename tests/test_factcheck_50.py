"""A fiftieth fact-check: figures in words, and figures a fact-checker found by probing.

1. Figures written in words escaped the checks that read digits: "Forty soldiers were killed." citing "Forty civilians
   were killed." (or "40 civilians") built, while "40 soldiers were killed." was refused. The checks that pair a figure
   with whom or what it counts (explainer/counted.py, figure_acts.py, counted_nouns.py, figure_owners.py) now read a
   figure in words as explainer/numbers.py does (numbers.COUNT_IN_WORDS, numbers.count_written), "Forty" being 40.
2. Two levels swapped around "down from": "Turnout was 61%, down from 55%." citing "Turnout was 55%, down from 61%."
   built, while "fell from 55% to 61%" was refused. A sentence's own "X, down from Y" (or "up from") whose levels go
   the other way is refused as its "fell" is (explainer/level_directions.py).
3. A comparison computed against the passage's own figures: "Wages rose 5%, faster than prices." citing "Wages rose
   5%, while prices rose 7%." built. A figure said greater or smaller than a thing ("5%, faster than prices") is held
   to the figures its passages give that thing (explainer/compared_figures.py).
4. "Exports fell by half." citing "Exports fell by 33%." built: explainer/fractions_said.py held "a fifth of" to the
   percentages cited, not the fraction a change is "by" ("by half", "by a third", "by nearly a quarter"). Now it does.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

IN_WORDS = {
    "forty-soldiers-of-forty-civilians": ("Forty soldiers were killed.", "Forty civilians were killed.",
                                          "this sentence gives Forty as 'soldiers' where its cited passages count "
                                          "'civilians' by it"),
    "forty-soldiers-of-40-civilians": ("Forty soldiers were killed.", "40 civilians were killed.",
                                       "this sentence gives Forty as 'soldiers' where its cited passages count "
                                       "'civilians' by it"),
    "40-soldiers-of-forty-civilians": ("40 soldiers were killed.", "Forty civilians were killed.",
                                       "this sentence gives 40 as 'soldiers' where its cited passages count "
                                       "'civilians' by it"),
    "twelve-children-of-twelve-women": ("Twelve children were among the dead.", "Twelve women were among the dead.",
                                        "this sentence gives Twelve as 'children' where its cited passages count "
                                        "'women' by it"),
    "three-hundred-protesters": ("Three hundred protesters were detained.", "Three hundred journalists were detained.",
                                 "this sentence gives Three hundred as 'protesters' where its cited passages count "
                                 "'journalists' by it"),
    "forty-killed-of-forty-wounded": ("Forty were killed in the raid.", "Forty were wounded in the raid.",
                                      "this sentence gives Forty as 'killed' where its cited passages give it as "
                                      "'wounded'"),
    "posts-destroyed-and-captured": ("Eighteen posts were destroyed and 74 captured.",
                                     "74 posts were destroyed and eighteen captured.",
                                     "this sentence gives Eighteen as 'destroyed' where its cited passages give it "
                                     "as 'captured'"),
    "samples-and-athletes": ("The agency collected twelve samples from 30 athletes.",
                             "The agency collected 30 samples from twelve athletes.",
                             "this sentence gives 12 'samples' and 30 'athletes' where its cited passages give 12 "
                             "'athletes' and 30 'samples'"),
    "posts-given-an-owner": ("Forty Northland soldiers were killed and nineteen Northland posts seized.",
                             "Forty Northland soldiers were killed and 19 posts seized.",
                             "this sentence says 'nineteen Northland posts' where its cited passages say '19 posts', "
                             "not whose"),
}


@pytest.mark.parametrize("sentence, passage, message", IN_WORDS.values(), ids=IN_WORDS.keys())
def test_a_figure_in_words_given_what_its_source_does_not_count_by_it_is_refused(sentence: str, passage: str,
                                                                                 message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(f"{message}: ") for finding in found), found


IN_WORDS_HONEST = {
    "forty-as-40": ("Forty civilians were killed.", "40 civilians were killed."),
    "40-as-forty": ("40 civilians were killed.", "Forty civilians were killed."),
    "twelve-children": ("Twelve children were among the dead.", "12 children and twelve women were among the dead."),
    "a-lone-one-counts-nothing": ("One soldier was killed.", "One civilian was killed."),
    "a-possessive-between": ("The two sides' soldiers clashed at the border.",
                             "The two sides' fighters clashed at the border."),
    "forty-killed": ("Forty were killed in the raid.", "Forty were killed and 12 wounded in the raid."),
    "posts-kept-whose": ("Forty Northland soldiers were killed and nineteen posts seized.",
                         "Forty Northland soldiers were killed and 19 posts seized."),
    "samples-kept": ("The agency collected thirty samples from 12 athletes.",
                     "The agency collected 30 samples from twelve athletes."),
}


@pytest.mark.parametrize("sentence, passage", IN_WORDS_HONEST.values(), ids=IN_WORDS_HONEST.keys())
def test_a_figure_in_words_counting_what_its_source_counts_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


SWAPPED_AROUND_FROM = {
    "turnout-down-from": ("Turnout was 61%, down from 55%.", "Turnout was 55%, down from 61%.",
                          "this sentence tells as a fall ('61%, down from 55%') a change its own two levels give as "
                          "a rise"),
    "unemployment-up-from": ("Unemployment stood at 4.1%, up from 4.5% a year earlier.",
                             "Unemployment stood at 4.5%, up from 4.1% a year earlier.",
                             "this sentence tells as a rise ('4.1%, up from 4.5%') a change its own two levels give "
                             "as a fall"),
}


@pytest.mark.parametrize("sentence, passage, message", SWAPPED_AROUND_FROM.values(), ids=SWAPPED_AROUND_FROM.keys())
def test_two_levels_swapped_around_down_from_are_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(f"{message}: ") for finding in found), found


KEPT_AROUND_FROM = {
    "turnout-down-from": ("Turnout was 55%, down from 61%.", "Turnout was 55%, down from 61%."),
    "turnout-fell-to-from": ("Turnout fell to 55%, from 61%.", "Turnout was 55%, down from 61%."),
    "with-a-month-and-a-year": ("Unemployment stood at 4.5% in March 2026, up from 4.1% a year earlier.",
                                "Unemployment stood at 4.5% in March 2026, up from 4.1% a year earlier."),
}


@pytest.mark.parametrize("sentence, passage", KEPT_AROUND_FROM.values(), ids=KEPT_AROUND_FROM.keys())
def test_two_levels_kept_around_down_from_build(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


COMPARED = {
    "wages-faster-than-prices": ("Wages rose 5%, faster than prices.", "Wages rose 5%, while prices rose 7%.",
                                 "this sentence gives 5% as 'faster than prices' where its cited passages give prices "
                                 "7%"),
    "troops-more-than-a-side": ("Northland's army has 300,000 troops, more than Southland.",
                                "Northland's army has 300,000 troops and Southland 450,000.",
                                "this sentence gives 300,000 as 'more than Southland' where its cited passages give "
                                "Southland 450,000"),
    "exports-fell-faster": ("Exports fell 5%, faster than imports.", "Exports fell 5% while imports fell 7%.",
                            "this sentence gives 5% as 'faster than imports' where its cited passages give imports "
                            "7%"),
}


@pytest.mark.parametrize("sentence, passage, message", COMPARED.values(), ids=COMPARED.keys())
def test_a_comparison_its_passages_figures_contradict_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(f"{message}: ") for finding in found), found


COMPARED_HONEST = {
    "slower-than-prices": ("Wages rose 5%, slower than prices.", "Wages rose 5%, while prices rose 7%."),
    "less-than-prices": ("Wages rose 5%, less than prices.", "Wages rose 5%, while prices rose 7%."),
    "prices-faster-than-wages": ("Prices rose 7%, faster than wages.", "Wages rose 5%, while prices rose 7%."),
    "fewer-than-a-side": ("Northland's army has 300,000 troops, fewer than Southland.",
                          "Northland's army has 300,000 troops and Southland 450,000."),
    "a-rise-beside-a-fall": ("Exports fell 5%, more than imports.", "Exports fell 5% while imports rose 7%."),
    "no-comma-the-difference": ("Wages rose 2% more than prices.", "Wages rose 7%, while prices rose 5%."),
}


@pytest.mark.parametrize("sentence, passage", COMPARED_HONEST.values(), ids=COMPARED_HONEST.keys())
def test_a_comparison_its_passages_figures_bear_out_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


BY_A_FRACTION = {
    "fell-by-half": ("Exports fell by half.", "Exports fell by 33%.",
                     'this sentence says "by half" (about 50%) where its cited passages give 33%'),
    "cut-by-a-quarter": ("Northland cut its troops by a quarter.", "Northland cut its troops by 10%.",
                         'this sentence says "by a quarter" (about 25%) where its cited passages give 10%'),
}


@pytest.mark.parametrize("sentence, passage, message", BY_A_FRACTION.values(), ids=BY_A_FRACTION.keys())
def test_a_change_by_a_fraction_its_percentage_does_not_fit_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(f"{message}: ") for finding in found), found


BY_A_FRACTION_HONEST = {
    "fell-by-a-third": ("Exports fell by a third.", "Exports fell by 33%."),
    "by-nearly-a-third": ("Exports fell by nearly a third.", "Exports fell by 31%."),
    "cut-by-a-tenth": ("Northland cut its troops by a tenth.", "Northland cut its troops by 10%."),
    "by-half-of-two-levels": ("The rate was cut by half.", "The rate was cut from 10% to 5%."),
    "by-a-fraction-the-passage-says": ("Imports of cars fell by about a third.",
                                       "Imports of steel fell by 41%, while imports of cars fell by about a third."),
    "by-half-a-point": ("Output fell by half a point.", "Output fell 0.5 points, or 3%."),
}


@pytest.mark.parametrize("sentence, passage", BY_A_FRACTION_HONEST.values(), ids=BY_A_FRACTION_HONEST.keys())
def test_a_change_by_a_fraction_its_percentage_fits_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
