"""Decisions, findings and stances told otherwise, in two new users' English briefings (/work/tasks/busfares, a bus
operator's fare rise, and /work/tasks/merger, a grocer's takeover of a rival):

1. An examination told as a finding: "The CMA says it has found that the deal could lead to higher prices" citing
   "The Competition and Markets Authority (CMA) said it would examine whether the deal could lead to higher prices for
   shoppers" built; a question examined ("examine", "investigate", "look into", "study", "consider", "assess" ...
   "whether") told answered ("has found that", "concluded that", "established that", "ruled that") is refused
   (explainer/business_steps.py).
2. An open decision told as taken: "Tideway Capital, which owns 14% of Fresco, will vote against the deal" citing
   "... said it had not yet decided how to vote" built: "had not yet decided how to", "has yet to decide which way
   to" are options weighed now, and "has yet to decide how it will vote" tells no vote (explainer/open_decisions.py).
3. A review told as its outcome: "Ashby said the council had cancelled its contract with Lynx" citing "said the
   council would review its contract with the company" built; a review ("review", "reviewing", "under review",
   "reconsider") told as "cancelled", "scrapped", "terminated", "has cut", "has ended" ... of what shares two words
   with it is refused (explainer/business_steps.py).
4. A stance turned by its verb: "Councillor Tom Ashby welcomed the rise as 'unacceptable for families ...'" citing
   "called the rise 'unacceptable for families ...'" built, the sentence's own quoted "unacceptable" read as the
   verdict it names; "welcomed", "praised", "hailed" of a passage's "unacceptable", "disgraceful", "outrageous" ...
   are refused, read one way (explainer/opposites.py).
5. A gain shared told as kept: "Kellett said Harbour would keep the benefits of its buying power" citing "We will pass
   on the benefits of our buying power" built; "keep", "retain", "pocket" of a passage's "pass on" are refused, read
   one way (explainer/opposites.py).
6. A negation dropped with a synonym: "Passenger numbers have returned to pre-pandemic levels" citing "passenger
   numbers had not yet recovered to their level before the pandemic" built; refused since factcheck_234
   (explainer/recoveries.py).

Each with a twin of another topic, and honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import found_in_language

MERGER_CMA = ("The Competition and Markets Authority (CMA) said it would examine whether the deal could lead to higher "
              "prices for shoppers.")
MERGER_TIDEWAY = ("Fresco's largest shareholder, the investment firm Tideway Capital, which owns 14% of the company, "
                  "said it had not yet decided how to vote.")
MERGER_KELLETT = '"We will pass on the benefits of our buying power," she said.'
BUS_ASHBY = ('Councillor Tom Ashby, who leads on transport, called the rise "unacceptable for families already '
             'struggling with bills" and said the council would review its contract with the company.')
BUS_REVIEW = ("The company said it was reviewing three evening services in the north of the city but that no decision "
              "had been taken.")
BUS_PASSENGERS = ("The company said the increase was needed because its fuel and wage costs had grown by about 18% over "
                  "two years, and that passenger numbers had not yet recovered to their level before the pandemic.")
WATCHDOG = "The watchdog said it would investigate whether the new fees could break competition law."
TENANTS = "The Orchard Tenants' Association said it had not yet decided how to vote on the rent plan."
MINISTRY = "The ministry said it would review the tender for the new hospital."
TEACHERS = 'The teachers\' union called the pay offer "disgraceful" and said it would ballot members.'
AIRLINE = "The airline said it would pass on the fuel savings to passengers."

EXAMINED = "only as a question examined"
WEIGHED = "only as options weighed"
REVIEW = "only as a review"


@pytest.mark.parametrize("sentence, passage, words", [
    # 1. an examination told as a finding
    ("The CMA says it has found that the deal could lead to higher prices.", MERGER_CMA, EXAMINED),
    ("The watchdog has found that the new fees could break competition law.", WATCHDOG, EXAMINED),
    # 2. an open decision told as taken
    ("Tideway Capital, which owns 14% of Fresco, will vote against the deal.", MERGER_TIDEWAY, WEIGHED),
    ("Members of the Orchard Tenants' Association will vote for the rent plan.", TENANTS, WEIGHED),
    # 3. a review told as its outcome
    ("Ashby said the council had cancelled its contract with Lynx.", BUS_ASHBY, REVIEW),
    ("Lynx has cut three evening services in the north of the city.", BUS_REVIEW, REVIEW),
    ("The ministry has scrapped the tender for the new hospital.", MINISTRY, REVIEW),
    # 4. a stance turned by its verb
    ('Councillor Tom Ashby welcomed the rise as "unacceptable for families already struggling with bills".', BUS_ASHBY,
     "says 'welcomed' where its cited passages say 'unacceptable'"),
    ("The teachers' union praised the pay offer.", TEACHERS, "says 'praised' where its cited passages say 'disgraceful'"),
    # 5. a gain shared told as kept
    ("Kellett said Harbour would keep the benefits of its buying power.", MERGER_KELLETT,
     "says 'keep' where its cited passages say 'pass on'"),
    ("The airline said it would keep the fuel savings.", AIRLINE, "says 'keep' where its cited passages say 'pass on'"),
])
def test_a_decision_finding_or_stance_told_otherwise_is_refused(sentence: str, passage: str, words: str):
    findings = found_in_language("en", sentence, passage)
    assert any(words in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    # 1.
    ("The CMA said it would examine whether the deal could lead to higher prices.", MERGER_CMA),
    ("The CMA is looking into whether the deal could push up prices for shoppers.", MERGER_CMA),
    ("The CMA will study whether the deal could lead to higher prices; it has not opened a formal investigation.",
     MERGER_CMA + " It has not yet opened a formal investigation."),
    ("The regulator examined whether the deal could raise prices and found that it would.",
     "The regulator examined whether the deal could raise prices and concluded that it would."),
    ("The inquiry found that the deal could lead to higher prices.",
     "The inquiry, which examined whether the deal could lead to higher prices, found that it could."),
    ("The watchdog is studying whether the fees might breach competition law.", WATCHDOG),
    # 2.
    ("Tideway Capital has not yet decided how to vote.", MERGER_TIDEWAY),
    ("Tideway, which owns 14% of Fresco, has yet to decide how it will vote.", MERGER_TIDEWAY),
    ("Tideway Capital, which owns 14% of Fresco, said the price undervalues the company.",
     MERGER_TIDEWAY + ' "The price undervalues Fresco," a Tideway spokesperson said.'),
    ("The Orchard Tenants' Association has not decided how to vote on the rent plan.", TENANTS),
    ("The union has not decided how to respond and will meet members on Friday.",
     "The union has not yet decided how to respond to the offer and will meet members on Friday."),
    # 3.
    ("Ashby said the council would review its contract with Lynx.", BUS_ASHBY),
    ("The council is reviewing its contract with Lynx, Ashby said.", BUS_ASHBY),
    ("The council's contract with Lynx is under review.", BUS_ASHBY),
    ("Ashby said the council might cancel its contract with Lynx after a review.",
     "Councillor Tom Ashby said the council would review its contract with the company and could cancel it."),
    ("The council has not cancelled its contract with Lynx but will review it.",
     "Councillor Tom Ashby said the council would review its contract with the company."),
    ("The council reviewed its contract with Lynx and cancelled it in May.",
     "The council reviewed its contract with the company and cancelled it in May."),
    ("Lynx is reviewing three evening services, with no decision taken.", BUS_REVIEW),
    ("The ministry said it was reviewing the tender for the new hospital.", MINISTRY),
    # 4.
    ("Councillor Tom Ashby criticised the rise.", BUS_ASHBY),
    ("Ashby called the rise unacceptable for families.", BUS_ASHBY),
    ('Councillor Tom Ashby condemned the rise as "unacceptable for families already struggling with bills".',
     BUS_ASHBY),
    ("The union welcomed the talks but called the pay offer unacceptable.",
     'The union welcomed the talks but called the pay offer "unacceptable".'),
    ("The mayor welcomed the new bus lanes.",
     'The mayor welcomed the new bus lanes, but called the delay to the tram "unacceptable".'),
    ("Ministers hailed the ruling as a victory.", 'Ministers hailed the ruling as a victory; the union called it '
                                                  '"shameful".'),
    ("The teachers' union criticised the pay offer.", TEACHERS),
    ("The teachers' union called the pay offer disgraceful.", TEACHERS),
    # 5.
    ("Kellett said Harbour would pass on the benefits of its buying power.", MERGER_KELLETT),
    ("Kellett promised to share the benefits of Harbour's buying power with shoppers.", MERGER_KELLETT),
    ("Harbour will keep its 900 stores open and pass on the benefits of its buying power.",
     "Harbour will keep its 900 stores open and pass on the benefits of its buying power."),
    ("The retailer said it would keep prices low for customers.",
     "The retailer said it would keep prices low and pass on savings to customers."),
    ("The firm passed on the cost of fuel to passengers.",
     "The firm passed on the cost of fuel to passengers and kept fares for children frozen."),
    ("The airline said fuel savings would be passed on to passengers.", AIRLINE),
])
def test_the_honest_twins_build(sentence: str, passage: str):
    assert found_in_language("en", sentence, passage) == []


# 6. a negation dropped with a synonym ("returned" for "not yet recovered"): read by recoveries.py (factcheck_234)
def test_a_negation_dropped_with_a_synonym_is_refused():
    assert found_in_language("en", "Passenger numbers have returned to pre-pandemic levels.", BUS_PASSENGERS)
