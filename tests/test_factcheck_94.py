"""A ninety-fourth fact-check: what a new user's teachers'-strike briefing showed the checks miss.

A report of a teachers' strike (the Lakeport Teachers Union against the Lakeport school board) named the parties
by their head nouns, "the union" and "the board", gave one side's demand and the other's offer over two years,
bounded a first with "since 2011", a part of the parents with "Some" after "Parents were divided", an argument
with "arguing that", and an estimate with "could cost". Each of these built when a sentence misstated it:

- "The board is demanding a 9% raise" citing "The union is demanding a 9% raise": the union's place ("is
  demanding", a progressive) was read as no place, and "the school board" as "the school" (swapped.py); and "the
  board" gave no figure (party_figures.py), so "The board is offering a 9% raise" built too;
- "The union has accepted a 4% raise" citing "The school board has offered 4%" (offers_accepted.py);
- "The strike is the first in Lakeport's history" citing "the first in Lakeport since 2011" (first_since.py);
- "All parents joined teachers on picket lines" citing "Parents were divided. Some joined ..." (proportions.py);
- "The district closed school buildings" citing "would keep school buildings open" (opposite_deeds.py);
- "Salaries have fallen behind inflation since 2022" citing "..., arguing that salaries have fallen ..."
  (attribution.py's contested words, plain_clauses.py);
- "The board offered 4% a year" citing "offered 4% over the same period" (rates.py).

And an honest sentence was refused: "Analysts put the cost of a deal at $20 million to $30 million." citing "could
cost the district between $20 million and $30 million" told a noun, "the cost of", as a cost paid
(possible_done.py); and "could cost the district $20 million to $30 million" read "district $20 million" as a
district's number (numbers.py). Each sentence is checked in-process against its cited passages, as `check` does,
for parties named by `name:` alone and with a short name.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

REPORT = """Teachers in Lakeport strike over pay as city offers 4% raise

LAKEPORT, March 3, 2026 — About 2,300 teachers in Lakeport walked off the job on Monday, closing 41 public schools, \
after talks with the city's school board broke down over pay, the Lakeport Teachers Union said.

The union is demanding a 9% raise over two years, arguing that salaries have fallen behind inflation since 2022. \
The school board has offered 4% over the same period and says the district faces a budget shortfall of $38 million \
next year.

"We did not want to strike, but the board left us no choice," union president Maria Okafor told reporters outside \
City Hall. "Our members cannot keep paying more for rent and groceries while their pay stands still."

Board chair Daniel Reyes said the offer was "the most the district can afford without cutting programs for \
students." He added that the board remained "ready to meet at any time."

According to the district, average teacher pay in Lakeport is $61,400 a year, compared with $66,900 in \
neighbouring Millbrook. The union disputes the figure, saying it includes administrators' salaries.

The strike is the first in Lakeport since 2011, when teachers stayed out for six days. State mediators are expected \
to join the talks on Wednesday, a spokesperson for the state labour department said.

Parents were divided. Some joined teachers on picket lines, while others said the closures had forced them to miss \
work. The district said it would keep school buildings open for meals from 8 a.m. to noon.

Analysts say a settlement could cost the district between $20 million and $30 million, depending on the size of \
the raise. The city council has not said whether it would help cover the cost.
"""
PARAGRAPHS = [paragraph.replace("\n", " ") for paragraph in REPORT.split("\n\n")]
DEMAND = PARAGRAPHS[2]  # the union's demand and argument, the board's offer
FIRST = PARAGRAPHS[6]
PARENTS = PARAGRAPHS[7]
COST = PARAGRAPHS[8]
ESTIMATE = COST.split(". ")[0] + "."  # the analysts' sentence alone, as the user cited it
ARGUMENT = DEMAND.split(". ")[0] + "."
OFFER = "The school board has offered 4% over the same period."

NAMED = (Party(id="union", name="Lakeport Teachers Union"), Party(id="board", name="Lakeport school board"))
SHORT = (Party(id="union", name="Lakeport Teachers Union", short_name="the union"),
         Party(id="board", name="Lakeport school board", short_name="the board"))
PARTY_SETS = {"name-only": NAMED, "short-name": SHORT}

MISSTATED = {
    # a party named by its head noun, swapped for the other
    "demand-given-to-board": ("The board is demanding a 9% raise over two years.", (DEMAND,),
                              "this sentence names board where its cited passages name union"),
    "demand-given-to-school-board": ("The school board is demanding a 9% raise over two years.", (DEMAND,),
                                     "this sentence names school board where its cited passages name union"),
    "demand-given-to-board-in-full": ("Lakeport school board is demanding a 9% raise.", (DEMAND,),
                                      "this sentence names Lakeport school board where its cited passages name union"),
    "demand-told-as-offer": ("The board is offering a 9% raise over two years.", (DEMAND,),
                             "this sentence gives board 9% where its cited passages give"),
    "offer-told-as-demand": ("The union is demanding a 4% raise over two years.", (DEMAND,),
                             "this sentence gives union 4% where its cited passages give union 9%"),
    # an offer told as accepted
    "offer-accepted": ("The union has accepted a 4% raise.", (OFFER,),
                       "this sentence tells 4% as accepted ('accepted') where its cited passages give it only as "
                       "offered ('offered 4%')"),
    "offer-agreed-to": ("The union agreed to a 4% raise.", (DEMAND,),
                        "this sentence tells 4% as accepted ('agreed to')"),
    "offer-accepted-named": ("The union accepted the board's offer of 4%.", (OFFER,),
                             "this sentence tells 4% as accepted ('accepted')"),
    # a first bounded by a span told as ever
    "first-in-history": ("The strike is the first in Lakeport's history.", (FIRST,),
                         "this sentence says 'the first in Lakeport's history' where its cited passages say 'the "
                         "first in Lakeport since 2011'"),
    "first-ever": ("It is Lakeport's first-ever teachers' strike.", (FIRST,),
                   "this sentence says 'first-ever' where its cited passages say 'the first in Lakeport since 2011'"),
    "first-span-dropped": ("The strike is the first in Lakeport.", (FIRST,),
                           "this sentence says 'the first in Lakeport' where its cited passages say"),
    # some widened
    "some-as-all": ("All parents joined teachers on picket lines.", (PARENTS,),
                    "this sentence says 'All parents' where its cited passages say 'Some joined'"),
    "some-as-every": ("Every parent joined teachers on picket lines.", (PARENTS,),
                      "this sentence says 'Every parent' where its cited passages say 'Some joined'"),
    "some-as-most": ("Most parents joined teachers on picket lines.", (PARENTS,),
                     "this sentence says 'Most parents' where its cited passages say 'Some joined'"),
    # open turned closed
    "open-as-closed": ("The district closed school buildings entirely.", (PARENTS,),
                       "this sentence says 'closed' where its cited passages say 'keep school buildings open'"),
    "open-as-shut": ("The district shut school buildings.", (PARENTS,),
                     "this sentence says 'shut' where its cited passages say 'keep school buildings open'"),
    "closed-as-opened": ("The district opened the border.", ("The district kept the border closed.",),
                         "this sentence says 'opened' where its cited passages say 'closed'"),
    # a party's argument told as fact
    "arguing-as-fact": ("Salaries have fallen behind inflation since 2022.", (DEMAND,),
                        "the source gives this as someone's word ('arguing'), but it is worded as fact"),
    "argues-as-fact": ("Teachers' salaries have fallen behind inflation since 2022.",
                       ("The union argues that salaries have fallen behind inflation since 2022.",),
                       "the source gives this as someone's word ('argues'), but it is worded as fact"),
    "insisting-as-fact": ("Salaries have fallen behind inflation since 2022.",
                          ("The union wants 9%, insisting that salaries have fallen behind inflation since 2022.",),
                          "the source gives this as someone's word ('insisting'), but it is worded as fact"),
    # a period changed
    "same-period-as-a-year": ("The board offered 4% a year.", (DEMAND,),
                              'figure "4%" is given per year, but the passages this sentence cites give it per another '
                              'period ("4% over the same period")'),
    "same-period-as-a-month": ("The board offered 4% a month.", (OFFER,),
                               'figure "4%" is given per month'),
    "two-years-as-a-year": ("The union is demanding a 9% raise a year.", (DEMAND,),
                            'figure "9%" is given per year, but the passages this sentence cites give it per another '
                            'period ("9% raise over two years")'),
    # the estimate still refused told as paid
    "cost-told-as-paid": ("The settlement cost the district $30 million.", (ESTIMATE,),
                          "this sentence tells as done ('cost') what its cited passages give only as possible "
                          "('could cost')"),
    "cost-told-as-paid-beside-a-noun": ("The settlement cost the district $30 million.", (COST,),
                                        "this sentence tells as done ('cost')"),
    "cost-told-as-paid-whole-report": ("The settlement cost the district $30 million.", (REPORT,),
                                       "this sentence tells as done ('cost')"),
}


@pytest.mark.parametrize("party_set", PARTY_SETS.values(), ids=PARTY_SETS.keys())
@pytest.mark.parametrize("sentence, passages, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_of_the_strike_report_is_refused(sentence: str, passages: tuple[str, ...], expected: str,
                                                        party_set: tuple[Party, ...]):
    found = sentence_findings(sentence, passages, "en", party_set)
    assert any(message.startswith(expected) for message in found), found


HONEST = {
    # the reported user's sentence: a noun's "cost", and a range of the district's cost
    "cost-of-a-deal": ("Analysts put the cost of a deal at $20 million to $30 million.", (ESTIMATE,)),
    "cost-of-a-deal-paragraph": ("Analysts put the cost of a deal at $20 million to $30 million.", (COST,)),
    "cost-of-a-deal-whole-report": ("Analysts put the cost of a deal at $20 million to $30 million.", (REPORT,)),
    "its-cost": ("Analysts say its cost could be between $20 million and $30 million.", (COST,)),
    "total-cost": ("The total cost of a settlement is put at $20 million to $30 million.", (COST,)),
    "could-cost-the-district": ("A deal could cost the district $20 million to $30 million, analysts say.", (COST,)),
    "estimate-kept": ("Analysts estimate a deal could cost the district $20 million to $30 million.", (COST,)),
    # each party given its own
    "demand-kept": ("The union is demanding a 9% raise over two years.", (DEMAND,)),
    "demand-by-full-name": ("The Lakeport Teachers Union is demanding a 9% raise over two years.", (DEMAND,)),
    "demand-in-other-words": ("The union wants a 9% raise over two years.", (DEMAND,)),
    "offer-kept": ("The board has offered 4% over two years.", (DEMAND,)),
    "both-kept": ("The union wants 9%, the board offers 4%.", (DEMAND,)),
    "offer-same-period": ("The board offered 4% over the same period.", (OFFER,)),
    "offer-plainly": ("The board has offered 4%.", (OFFER,)),
    "offer-not-accepted": ("The union has not accepted the board's 4% offer.", (OFFER,)),
    "offer-refused": ("The union has refused to accept a 4% raise.", (OFFER,)),
    "offer-possible": ("The union could accept 4%.", (OFFER,)),
    "offer-turned-down-said": ("The union rejected a 4% raise.", ("The union rejected the board's offer of 4%.",)),
    "offer-accepted-said": ("The union accepted a 4% raise.", ("The school board offered 4%, which the union accepted "
                                                              "on Friday.",)),
    # a first kept to its span
    "first-since-kept": ("The strike is the first in Lakeport since 2011.", (FIRST,)),
    "last-strike": ("Lakeport's last teachers' strike was in 2011.", (FIRST,)),
    "first-in-history-said": ("The strike is the first in Lakeport's history.", ("The strike is the first in "
                                                                                 "Lakeport's history, the union said.",)),
    "first-day": ("Teachers walked out on the first day of the month.", (FIRST,)),
    # a part kept
    "some-kept": ("Some parents joined teachers on picket lines.", (PARENTS,)),
    "divided-kept": ("Parents were divided: some joined teachers on picket lines.", (PARENTS,)),
    "others-kept": ("Some parents joined teachers on picket lines, while others said the closures forced them to miss "
                    "work.", (PARENTS,)),
    # open kept
    "open-kept": ("The district said it would keep school buildings open for meals.", (PARENTS,)),
    "open-said": ("The district said school buildings would stay open for meals in the morning.", (PARENTS,)),
    # an argument kept as the union's
    "argues-kept": ("The union argues that salaries have fallen behind inflation since 2022.", (ARGUMENT,)),
    "says-kept": ("The union says salaries have fallen behind inflation since 2022.", (ARGUMENT,)),
    "arguing-fronted": ("Arguing that salaries have fallen behind inflation since 2022, the union is demanding a 9% "
                        "raise over two years.", (DEMAND,)),
    "demand-beside-argument": ("The union is demanding a 9% raise over two years.",
                               ("The union is demanding a 9% raise over two years, insisting that salaries have "
                                "fallen behind inflation since 2022.",)),
}


@pytest.mark.parametrize("party_set", PARTY_SETS.values(), ids=PARTY_SETS.keys())
@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_of_the_strike_report_builds(sentence: str, passages: tuple[str, ...],
                                                        party_set: tuple[Party, ...]):
    assert sentence_findings(sentence, passages, "en", party_set) == []
