"""Honest English sentences a new user writes that the build refused, and their misstatements, still refused.

1. A level whose year stands before it, "In 2025, coverage was 87%." citing "Coverage was 87% in 2025." (and "By
   2025, ..." of "... by 2025"): built already, kept; "In 2024, ..." is refused.
2. "Yields fell because of the drought." citing "The drought cut yields by a third.": a cause a passage gives by a
   verb of effect whose subject is that cause (effect_verbs.py, read by causes.py); "because of the floods" citing it,
   or "because of the drought" citing "The floods cut yields", is still refused. "The drought cut yields." citing
   "Yields fell by a third after the drought." built already and is kept.
3. A new user's briefing on a city council's budget dispute (tests/fixtures/newuser_76/source.txt, published on 14
   November 2026), 30-odd sentences an editor would write, none refused. Refused before:
   - "a shortfall in 2027" of "a shortfall of $18.4 million next year", "rose almost 12% in 2026" of "rose by 11.8%
     this year": a year a passage names from its publication date (relative_years.py, read by attribution.py);
   - "The mayor's office blamed the shortfall mainly on ..." (or "attributed ... to"): a cause put down by its
     giver is its giver's word, not told as fact, and given to no other party (speakers.py);
   - "The library service estimates that the closures would affect 38,000 card holders" of "an estimated 38,000":
     the estimate told by the sentence's verb keeps the hedge (estimated_figures.py, read by attribution.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import REPO, sentence_findings

SOURCE = (REPO / "tests" / "fixtures" / "newuser_76" / "source.txt").read_text(encoding="utf-8")
PUBLISHED = "2026-11-14"

MAYOR = Party(id="mayor", name="Mayor Daniel Okafor", short_name="Okafor", role="mayor",
              aliases=("the mayor", "the mayor's office", "Daniel Okafor"))
OPPOSITION = Party(id="opposition", name="Civic Reform", short_name="Civic Reform", role="opposition",
                   aliases=("Priya Raman", "Raman", "the opposition"))
PARTIES = (MAYOR, OPPOSITION)


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    start = SOURCE.index(opening)
    end = SOURCE.find("\n", start)
    return SOURCE[start:end if end >= 0 else len(SOURCE)]


LEDE = paragraph("ASHFORD - The mayor")
PLAN = paragraph("Mayor Daniel Okafor unveiled")
HARD_CHOICES = paragraph('"We can either')
OPPOSITION_SEATS = paragraph("The opposition, led")
PAY_MORE = paragraph('"The mayor is asking')
SAVINGS = paragraph("According to the city's finance")
HOMEOWNER = paragraph("Under the plan")
SHORTFALL = paragraph("The mayor's office said the shortfall")
ALTERNATIVE = paragraph("Civic Reform has put forward")
DISMISSED = paragraph("Okafor dismissed")
INDEPENDENTS = paragraph("The dispute has divided")
HEARING = paragraph("A public hearing")
CHARTER = paragraph("The council must adopt")
FIRST_VOTE = paragraph("A first vote")
ANALYSTS = paragraph("Some analysts")
CARD_HOLDERS = paragraph("The library closures would affect")
ASKED = paragraph("The Ashford Gazette asked")
COMPARISON = paragraph("Raman said her group")

COVERAGE = "Coverage was 87% in 2025."
CUT_BY_DROUGHT = "The drought cut yields by a third."
AFTER_DROUGHT = "Yields fell by a third after the drought."

HONEST = {
    # 1: built already, kept
    "year-before-level": ("In 2025, coverage was 87%.", (COVERAGE,), ""),
    "year-before-level-no-comma": ("In 2025 coverage was 87%.", (COVERAGE,), ""),
    "by-year-before-level": ("By 2025, coverage had reached 87%.", ("Coverage had reached 87% by 2025.",), ""),
    # 2: refused before
    "because-of-verb-of-effect": ("Yields fell because of the drought.", (CUT_BY_DROUGHT,), ""),
    "because-of-opening": ("Because of the drought, yields fell.", (CUT_BY_DROUGHT,), ""),
    "due-to-verb-of-effect": ("Yields fell by a third due to the drought.", (CUT_BY_DROUGHT,), ""),
    "as-a-result-of-verb": ("Yields fell as a result of the drought.", (CUT_BY_DROUGHT,), ""),
    "because-of-passive": ("Yields fell because of the drought.", ("Yields were cut by a third by the drought.",), ""),
    # 2: built already, kept
    "cut-of-order": ("The drought cut yields.", (AFTER_DROUGHT,), ""),
    "cut-of-cut": ("The drought cut yields.", (CUT_BY_DROUGHT,), ""),
    "caused-of-cut": ("The drought caused yields to fall.", (CUT_BY_DROUGHT,), ""),
    "cut-by-a-third-of-order": ("The drought cut yields by a third.", (AFTER_DROUGHT,), ""),
    # 3: the briefing, refused before
    "shortfall-next-year": ("Okafor said the city faced an $18.4 million shortfall in 2027.", (PLAN,), PUBLISHED),
    "year-first-next-year": ("In 2027, the city faces an $18.4 million shortfall, Okafor said.", (PLAN,), PUBLISHED),
    "pensions-this-year": ("Pension contributions rose almost 12% in 2026, the mayor's office said.", (SHORTFALL,),
                           PUBLISHED),
    "blamed-on": ("The mayor's office blamed the shortfall mainly on an $11.2 million cut in state grants.",
                  (SHORTFALL,), PUBLISHED),
    "attributed-to": ("The mayor's office attributed the shortfall mainly to an $11.2 million cut in state grants.",
                      (SHORTFALL,), PUBLISHED),
    "estimates-that": ("The library service estimates that the closures would affect 38,000 card holders.",
                       (CARD_HOLDERS,), PUBLISHED),
    "estimated-that": ("The library service estimated that the closures would affect 38,000 card holders.",
                       (CARD_HOLDERS,), PUBLISHED),
    "estimates-closing": ("The closures would affect 38,000 card holders, the library service estimates.",
                          (CARD_HOLDERS,), PUBLISHED),
    "by-its-estimate": ("By the library service's estimate, the closures would affect 38,000 card holders.",
                        (CARD_HOLDERS,), PUBLISHED),
    # 3: the briefing, built already
    "lede": ("The mayor's budget would raise property taxes by about 4.6% and close two of the city's seven branch "
             "libraries.", (LEDE,), PUBLISHED),
    "unveiled": ("The spending plan, worth $312 million, was unveiled on 3 November.", (PLAN,), PUBLISHED),
    "date-first": ("On 3 November, Okafor unveiled a $312 million budget.", (PLAN,), PUBLISHED),
    "shortfall-next-year-kept": ("Okafor said the city faced an $18.4 million shortfall next year.", (PLAN,),
                                 PUBLISHED),
    "spending-about-2": ("Spending would rise by about 2% on this year's $305.6 million budget.", (PLAN,), PUBLISHED),
    "protects": ("Okafor said the budget protects police, fire and road repair.", (HARD_CHOICES,), PUBLISHED),
    "reported-speech": ("The mayor argued that the city must make hard choices now or watch the deficit grow for "
                        "years.", (HARD_CHOICES,), PUBLISHED),
    "seats": ("Civic Reform, led by Priya Raman, holds 9 of the council's 21 seats.", (OPPOSITION_SEATS,), PUBLISHED),
    "argued": ("Raman argued that the tax rise would hit families already struggling with higher rents.",
               (OPPOSITION_SEATS,), PUBLISHED),
    "quoted": ('Raman said the mayor was asking residents to "pay more and get less".', (PAY_MORE,), PUBLISHED),
    "according-to": ("According to the finance department, closing the two libraries would save about $1.9 million a "
                     "year.", (SAVINGS,), PUBLISHED),
    "financial-year": ("The city paid $2.3 million to outside consultants in 2025-26, according to the finance "
                       "department.", (SAVINGS,), PUBLISHED),
    "about-150": ("The average homeowner would pay about $150 more a year in property tax.", (HOMEOWNER,), PUBLISHED),
    "about-12": ("Pension contributions rose by about 12% this year, the mayor's office said.", (SHORTFALL,),
                 PUBLISHED),
    "said-mid-sentence": ("The shortfall, the mayor's office said, was driven mainly by cuts in state grants and "
                          "rising pension contributions.", (SHORTFALL,), PUBLISHED),
    "alternative": ("Civic Reform's alternative would limit the tax rise to 2.5% and keep all seven libraries open.",
                    (ALTERNATIVE,), PUBLISHED),
    "caveat-not-reviewed": ("Civic Reform says a 12-month hiring freeze would save $6.7 million, an estimate the "
                            "finance department has not yet reviewed.", (ALTERNATIVE,), PUBLISHED),
    "hedge-kept": ("A finance department spokeswoman said the savings may prove smaller than claimed.", (ALTERNATIVE,),
                   PUBLISHED),
    "dismissed-as": ('Okafor dismissed the alternative as "a plan that balances the books on paper only".',
                     (DISMISSED,), PUBLISHED),
    "permits": ("Building permits already take an average of 94 days, Okafor said.", (DISMISSED,), PUBLISHED),
    "uneasy": ('Councillor Tom Reyes said he was "deeply uneasy" about the library closures.', (INDEPENDENTS,),
               PUBLISHED),
    "hearing": ("More than 400 residents attended a public hearing on 10 November.", (HEARING,), PUBLISHED),
    "two-thirds": ("About two-thirds of the 63 residents who spoke at the hearing opposed the library closures.",
                   (HEARING,), PUBLISHED),
    "turnout": ("The hearing drew the largest turnout for a budget hearing in at least a decade, according to the "
                "city clerk.", (HEARING,), PUBLISHED),
    "deadline": ("The council must adopt a budget by 15 December under the city charter.", (CHARTER,), PUBLISHED),
    "timeline-entry": ("1 December: the council holds a first vote on the budget.", (FIRST_VOTE,), PUBLISHED),
    "votes-needed": ("The mayor needs 11 votes and would need the support of at least two independents.",
                     (FIRST_VOTE,), PUBLISHED),
    "analyst": ("Laura Chen, a public finance lecturer, said a compromise was possible but that neither side had shown "
                "much willingness to move.", (ANALYSTS,), PUBLISHED),
    "an-estimated": ("The closures would affect an estimated 38,000 card holders.", (CARD_HOLDERS,), PUBLISHED),
    "cuts-of-3": ("A spokesman said every department was asked to find cuts of 3%.", (ASKED,), PUBLISHED),
    "comparison": ("Raman said her group would publish a line-by-line comparison of the two budgets before the first "
                   "vote.", (COMPARISON,), PUBLISHED),
}


@pytest.mark.parametrize("sentence, passages, published", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(sentence: str, passages: tuple[str, ...], published: str):
    assert sentence_findings(sentence, passages, "en", PARTIES, published=published) == []


NO_CAUSE = "this sentence gives a cause ('because') where its cited passages give none"
AS_FACT = "this sentence states as fact what its cited passages give only as the word of the mayor's office"
LEFT_OUT = 'figure "38,000" leaves out the qualifier of "an estimated 38,000" in the passages this sentence cites'

MISSTATED = {
    # 1
    "level-another-year": ("In 2024, coverage was 87%.", (COVERAGE,), "", 'figure "2024" is not in the passages'),
    "by-another-year": ("By 2024, coverage had reached 87%.", ("Coverage had reached 87% by 2025.",), "",
                        'figure "2024" is not in the passages'),
    # 2
    "another-cause": ("Yields fell because of the floods.", (CUT_BY_DROUGHT,), "", NO_CAUSE),
    "another-cause-in-passage": ("Yields fell because of the drought.", ("The floods cut yields by a third.",), "",
                                 NO_CAUSE),
    "another-effect": ("Prices fell because of the drought.", (CUT_BY_DROUGHT,), "", NO_CAUSE),
    "order-only": ("Yields fell because of the drought.", (AFTER_DROUGHT,), "", NO_CAUSE),
    "verb-of-another-object": ("Yields fell because of the drought.",
                               ("The drought hit the region, and yields fell by a third.",), "", NO_CAUSE),
    # 3
    "year-after-next": ("Okafor said the city faced an $18.4 million shortfall in 2028.", (PLAN,), PUBLISHED,
                        'figure "2028" is not in the passages'),
    "next-year-undated": ("Okafor said the city faced an $18.4 million shortfall in 2027.", (PLAN,), "",
                          'figure "2027" is not in the passages'),
    "this-year-of-another-thing": ("Okafor said the city faced an $18.4 million shortfall in 2027.", (PLAN,),
                                   "2027-01-10", 'figure "2027" is not in the passages'),
    "last-year-for-this": ("Pension contributions rose almost 12% in 2025, the mayor's office said.", (SHORTFALL,),
                           PUBLISHED, 'figure "2025" is not in the passages'),
    "blamed-by-another": ("Civic Reform blamed the shortfall on an $11.2 million cut in state grants.", (SHORTFALL,),
                          PUBLISHED, "this sentence gives the words to Civic Reform, but its cited passages give them "
                                     "to The mayor's office"),
    "blame-passive": ("The shortfall was blamed on an $11.2 million cut in state grants.", (SHORTFALL,), PUBLISHED,
                      AS_FACT),
    "cause-as-fact": ("The shortfall was driven mainly by an $11.2 million cut in state grants.", (SHORTFALL,),
                      PUBLISHED, AS_FACT),
    "estimate-dropped": ("The closures would affect 38,000 card holders.", (CARD_HOLDERS,), PUBLISHED, LEFT_OUT),
    "estimate-in-another-clause": ("Staff numbers would fall by 22 posts, the library service estimates, and the "
                                   "closures would affect 38,000 card holders.", (CARD_HOLDERS,), PUBLISHED, LEFT_OUT),
    "estimate-bounded": ("The library service estimates that the closures would affect more than 38,000 card holders.",
                         (CARD_HOLDERS,), PUBLISHED,
                         'figure "more than 38,000" is qualified otherwise than "an estimated 38,000"'),
}


@pytest.mark.parametrize("sentence, passages, published, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], published: str, message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES, published=published)
    assert any(finding.startswith(message) for finding in found), found
