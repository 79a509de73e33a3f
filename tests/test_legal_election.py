"""Court rulings and election results: figures that share a unit, labels that are not counts, rounded totals."""

from __future__ import annotations

import pytest

from explainer.attribution import Cited, check_prose


def cited(passage: str, language: str = "en"):
    return lambda key: [Cited(passage, language)]


POLLS = "Final polls had put the Alliance between 44% and 47%, with a margin of error of ±3 points."


@pytest.mark.parametrize("prose, passage, language", [
    ("Final polls put the Alliance between 44 and 47 per cent.", POLLS, "en"),
    ("Final polls gave the Alliance 44–47%.", POLLS, "en"),
    ("Final polls put the Alliance at 44-47 per cent.", POLLS, "en"),
    ("Polls put it at 44% to 47%.", "Polls put it at 44-47%.", "en"),
    ("The deal is worth $4 million to $5 million.", "The deal is worth $4-5 million.", "en"),
    ("The deal is worth between 4 and 5 million dollars.", "The deal is worth $4 million to $5 million.", "en"),
    ("Les sondages la donnaient entre 44 % et 47 %.", "Les sondages la donnaient entre 44 et 47 %.", "fr"),
])
def test_a_range_writes_its_unit_and_scale_once(prose, passage, language):
    # The low end of "44-47%" is a percentage too: "44" was read as a plain number and refused.
    assert check_prose(prose + "[^p]", cited(passage, language), language) == []


@pytest.mark.parametrize("prose, passage, figure", [
    ("Final polls put the Alliance between 44 and 49 per cent.", POLLS, "49 per cent"),
    ("Final polls put the Alliance between 41 and 47 per cent.", POLLS, "41"),
    ("The Alliance won 312 seats and 47% of the vote.", "The Alliance won 47% of the vote and 312 of 650 seats,"
                                                        " 312% more than in 2021.", None),
    ("The deal is worth $4-5 million.", "The deal is worth $4 million to $6 million.", "5 million"),
])
def test_a_range_of_other_figures_is_still_named(prose, passage, figure):
    findings = check_prose(prose + "[^p]", cited(passage))
    if figure is None:  # "and" makes a range only after "between": 312 stays a count of seats
        assert findings == []
    else:
        assert [f.message.split(" is not")[0] for f in findings] == [f'figure "{figure}"']


def test_a_range_without_its_unit_is_still_named():
    # "between 44 and 47" says neither is a percentage: both are plain numbers the passage does not give.
    findings = check_prose("Final polls put the Alliance between 44 and 47.[^p]", cited(POLLS))
    assert [f.message.split(" is not")[0] for f in findings] == ['figure "44"', 'figure "47"']


STATUTE = "Delgado sued under 42 U.S.C. § 1983, arguing that her dismissal violated the First Amendment."


@pytest.mark.parametrize("prose", [
    "Delgado brought her claim under Section 1983 of Title 42 of the U.S. Code.",
    "Title 42 of the U.S. Code, section 1983, was the basis of her suit.",
    "She sued under 42 U.S.C. § 1983.",
    "She relied on 42 USC 1983.",
])
def test_the_number_of_a_code_takes_no_qualifier(prose):
    # "under 42 U.S.C." names a title of the code: it was read as "fewer than 42", and "Title 42" was refused.
    assert check_prose(prose + "[^p]", cited(STATUTE)) == []


@pytest.mark.parametrize("prose, passage, figure", [
    ("Delgado sued under 42 U.S.C. § 1985.", STATUTE, "1985"),
    ("Delgado sued under 41 U.S.C. § 1983.", STATUTE, "41"),
])
def test_another_code_section_is_still_named(prose, passage, figure):
    [finding] = check_prose(prose + "[^p]", cited(passage))
    assert finding.message.startswith(f'figure "{figure}" is not in the passages')


def test_a_count_under_a_figure_keeps_its_qualifier():
    [finding] = check_prose("Children aged 5 were excluded.[^p]", cited("Children under 5 were excluded."))
    assert finding.message.startswith('figure "5" leaves out the qualifier of "under 5"')


SHARE = ("It took 48.7% of the vote, with 1,204,311 votes counted in its favour, against 46.4% for the Progress Bloc, "
         "a lead of 2.3 percentage points, up from 2021.")


@pytest.mark.parametrize("prose", [
    "The Alliance won about 1.2 million votes.",
    "More than 1.2 million votes went to the Alliance.",
    "The Alliance won more than a million votes.",
    "The Alliance took nearly 49% of the vote.",
    "The Bloc took roughly 46 per cent.",
    "The Alliance won some 1,204,000 votes.",
])
def test_a_hedged_figure_may_round_the_source(prose):
    # "about 1.2 million" for 1,204,311 was refused: only the exact figure stood in the passage.
    assert check_prose(prose + "[^p]", cited(SHARE)) == []


@pytest.mark.parametrize("prose, figure, hint", [
    ("The Alliance won 1.2 million votes.", "1.2 million", 'the passages give "1,204,311": a rounded figure says so'),
    ("The Alliance took 49% of the vote.", "49%", 'the passages give "48.7%"'),
    ("The Alliance won about 1.3 million votes.", "1.3 million", "cite the passage"),
    ("The Alliance took more than 49% of the vote.", "49%", "cite the passage"),  # 48.7 is less
    ("The Alliance took nearly 48% of the vote.", "48%", "cite the passage"),  # 48.7 is more
    ("The Alliance took about 40% of the vote.", "40%", "cite the passage"),  # more than 5% off
    ("The Alliance took about 49 points.", "49", "cite the passage"),  # a percentage is not a plain number
    ("More than 2,000 people voted early.", "2,000", "cite the passage"),  # 2021 is a year, no count
    ("The Alliance won about $1.2 million.", None, None),  # votes are not dollars
])
def test_a_rounding_the_hedge_or_the_source_does_not_allow_is_named(prose, figure, hint):
    [finding] = check_prose(prose + "[^p]", cited(SHARE))
    if figure is None:
        assert "is given in dollars" in finding.message
    else:
        assert finding.message.startswith(f'figure "{figure}" is not in the passages')
        assert finding.hint.startswith(hint)


def test_a_rounding_keeps_the_source_qualifier():
    # A passage's "about 1,800" may be "some 1,800", never "more than 2,000": the source does not say which way. Every
    # figure "about 1,800" may be (1,750 to 1,850) is more than 1,000, which builds (tests/test_factcheck_69.py).
    passage = "Observers noted about 1,800 complaints."
    assert check_prose("Observers noted some 1,800 complaints.[^p]", cited(passage)) == []
    assert check_prose("Observers noted more than 1,000 complaints.[^p]", cited(passage)) == []
    [finding] = check_prose("Observers noted more than 2,000 complaints.[^p]", cited(passage))
    assert finding.message.startswith('figure "2,000" is not in the passages')


@pytest.mark.parametrize("prose, passage, figure", [
    ("Polls closed at 10 a.m.", "Polls closed at 10 p.m. on Thursday.", "10 a.m."),
    ("The last result was declared at 6.15 p.m.", "The last result was declared at 6.15am.", "6.15 p.m."),
    ("The count began at 12 a.m.", "The count began at 12 p.m.", "12 a.m."),
])
def test_a_time_on_the_other_half_of_the_day_is_named(prose, passage, figure):
    # "10 a.m." and "10 p.m." both stated a bare 10: swapping them passed.
    [finding] = check_prose(prose + "[^p]", cited(passage))
    assert finding.message.startswith(f'figure "{figure}" is not in the passages')


@pytest.mark.parametrize("prose, passage", [
    ("Polls closed at 10pm.", "Polls closed at 10 p.m. on Thursday."),
    ("The last result came at 6:15 a.m.", "The last result was declared at 6.15am."),
    ("The blast happened at 10:45.", "The blast happened at 10.45pm."),
    ("Le bureau a fermé à 22 h 00.", "Le bureau a fermé à 22h00."),
])
def test_the_same_time_of_day_passes(prose, passage):
    assert check_prose(prose + "[^p]", cited(passage)) == []


@pytest.mark.parametrize("prose, passage", [
    ("The Group of 7 won 7 seats.", "The Group of 7, a coalition of independents, won 9."),
    ("The dissent ran to 38 pages.", "The majority rejected that view in paragraph 38 of the opinion."),
    ("Kline's dissent ran to 51 pages.", "no reasonable reading of Rule 51 permits"),
    ("The Route 66 Party won 66 seats.", "The Route 66 Party won 4 seats."),
    ("Turnout was 7 points higher.", "The last result, in District 7, came at 6.15am; turnout rose 4 points."),
    ("Each party took 21 seats.", "The 21st parliament meets in May."),
])
def test_a_number_that_names_is_not_a_count(prose, passage):
    # "Group of 7" and "paragraph 38" name something: they backed "7 seats" and "38 pages".
    [finding] = check_prose(prose + "[^p]", cited(passage))
    assert " is not in the passages " in finding.message
    assert finding.hint.startswith("the passages give this number only as a name or rank")


@pytest.mark.parametrize("prose, passage", [
    ("The panel split 2–1 in Delgado v. Harlan County, No. 21-1234.", "The panel split 2-1 in Delgado v. Harlan County,"
                                                                      " No. 21-1234."),
    ("The appeal was case number 21-1234.", "The panel split 2-1 in Delgado v. Harlan County, No. 21-1234."),
    ("Delgado sued under section 1983 of title 42.", STATUTE),
    ("She relied on 42 U.S.C. 1983.", STATUTE),
    ("The fine was imposed under Art. 6(1) GDPR.", "a €1.5m fine under Article 6(1) of the GDPR"),
    ("The Group of Seven won nine seats.", "The Group of 7, a coalition of independents, won 9."),
    ("The last result came in the 7th district.", "The last result, in District 7, was declared at 6.15am."),
    ("District 7 declared last.", "The last result came from the 7th district."),
    ("District 7 declared last.", "The last of 7 districts declared at dawn."),
    ("The justices split 5-4 in 2019.", "The justices rule 5-4 in a similar case in 2019."),
    ("Some 500 soldiers were sent.", "About 500 U.S. troops were sent."),
])
def test_a_name_or_rank_in_any_form_passes(prose, passage):
    assert check_prose(prose + "[^p]", cited(passage)) == []


@pytest.mark.parametrize("prose, passage, figure", [
    ("The fine was imposed under Article 1(6) of the GDPR.", "a €1.5m fine under Article 6(1) of the GDPR", "6"),
    ("The panel ruled in No. 21-1243.", "The panel split 2-1 in Delgado v. Harlan County, No. 21-1234.", "1243"),
    ("Delgado sued under 42 U.S.C. § 1985.", STATUTE, "1985"),
])
def test_another_name_or_number_is_still_named(prose, passage, figure):
    [finding] = check_prose(prose + "[^p]", cited(passage))
    assert finding.message.startswith(f'figure "{figure}" is not in the passages')
