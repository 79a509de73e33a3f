"""A hundred-and-seventh fact-check: a hurried editor's briefing on a merger, read against its wire report
(tests/fixtures/factcheck_107/source.txt: Castellane Group's takeover of Norwave, provisionally approved by the
Competition and Markets Board, opposed in part by the consumer group Fair Tariffs).

Forty sentences citing the report's passages: twenty-five honest paraphrases, fifteen subtle misstatements. Of the
misstatements these built, now refused:
- "Castellane agreed the deal on 3 March" citing "Castellane agreed on 4 March ..., a premium of 31% to Norwave's
  closing price of 314.5 pence on 3 March": an act given a day the passage gives something else; and "raised its mast
  offer to 2,400 in September, after the board rejected its 1,500-mast offer in October", two passages' acts read
  together (dated_acts.py, which also reads "to 2,400 in October" past the figure's comma, seven words back);
- "Norwave holds 38% of the British mobile market" citing "Among customers under 25, Norwave is the market leader,
  with a share of 38%": a percentage of a part told of the whole (part_figures.py);
- "Castellane's offer of 412 pence is a 31% premium to Norwave's share price of 405 pence": a premium its own two
  prices are not apart by (premiums.py, new, read by cite.py with the other checks of a sentence's wording);
- "Tomas Rey said the deal would harm business customers" citing "the board had not found evidence that the deal
  would harm business customers", and "The board has made the spectrum-sharing offer a condition of its approval"
  citing "it had not yet decided whether to make this a condition": a clause framed as not found or not decided told
  as fact (framed_clauses.py);
- "Norwave employs about 5.2 million people" citing "has about 5.2 million customers and employs about 6,000 people":
  one figure given the word the passage counts by another (counted_nouns.py's recounted_figures).
- "Castellane says all of the job cuts will be at Norwave's headquarters in Reading" citing "cut about 1,800 jobs
  ..., most of them at Norwave's headquarters": "all" for a "most of them" the report's own correction stresses
  (proportions.py reads a part by pronoun by the word before it that names its thing);
- 'Castellane's chief executive called the offer "fair value for our shareholders"' citing the chief executive's
  passage beside the chairman's, whose words they are: a quotation read for the speaker of the passage holding it
  (speakers.py).
Honest sentences that were refused, now built:
- "Norwave holds 14% of the British mobile market" citing "Castellane holds 27% ... and Norwave 14%, ..., giving the
  combined company 41%": "combined" is 41%'s alone (joint_figures.py);
- "Together the two would hold 41% of the market": a bare "the two" holding something together names the two sides
  (attribution.py's _names_the_sides);
- "Norwave leads the market among customers under 25, with a 38% share": a capitalised "Among" opening the passage
  names no one a figure is bound to (moved_figures.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.model import Party
from support import sentence_findings

SOURCE = (Path(__file__).parent / "fixtures" / "factcheck_107" / "source.txt").read_text(encoding="utf-8")

PARTIES = (Party(id="castellane", name="Castellane Group", short_name="Castellane", role="acquirer"),
           Party(id="norwave", name="Norwave", short_name="Norwave", role="target"),
           Party(id="board", name="Competition and Markets Board", short_name="the board",
                 role="competition authority", aliases=("CMB",)),
           Party(id="fair-tariffs", name="Fair Tariffs", short_name="Fair Tariffs", role="consumer group"))

# passages of the wire report, each one of its sentences as written
LEDE = ("Britain's competition regulator on Thursday provisionally approved Castellane Group's £4.1 billion takeover "
        "of rival mobile operator Norwave, on condition that the combined company sells 2,400 of its phone masts and "
        "freezes prices on its cheapest plans for three years.")
RULING = ("The Competition and Markets Board (CMB) said in its provisional ruling that the deal, as first proposed, "
          "could have led to higher prices for around 9 million customers, but that the remedies offered by Castellane "
          "would address its concerns.")
DEADLINE = "The board will take a final decision by 15 January 2027, after hearing comments until 10 December."
OFFER = ("Castellane agreed on 4 March to pay 412 pence a share in cash for Norwave, a premium of 31% to Norwave's "
         "closing price of 314.5 pence on 3 March, the last trading day before the offer was announced.")
SHARES = ("Castellane holds 27% of the British mobile market by subscribers and Norwave 14%, according to the board's "
          "figures, giving the combined company 41% and making it the largest operator ahead of Vantis, which has 33%.")
YOUNG = "Among customers under 25, Norwave is the market leader, with a share of 38%."
MARSH = ('"This deal will give customers a stronger network and better coverage in rural areas," Castellane\'s chief '
         'executive, Helen Marsh, said in a statement.')
OKORO = ('Norwave\'s chairman, David Okoro, said the offer was "fair value for our shareholders" and had been "the best '
         'route to the investment our network needs".')
VOTE = "Norwave shareholders approved the deal on 21 May, with 88% of the votes cast in favour."
JOBS = ("Castellane has said it expects to cut about 1,800 jobs over three years as it merges the two companies' "
        "networks and head offices, most of them at Norwave's headquarters in Reading.")
UNION = "The Communication Workers Union has said the figure could rise to 2,500."
REMEDIES = "The consumer group Fair Tariffs said the remedies did not go far enough."
FAIR = ('"Freezing the cheapest plans for three years is welcome, but most customers are not on those plans and will '
        'pay more," said its director, Priya Nandakumar.')
EXTEND = ("The group said it would ask the board to extend the freeze to all pay-monthly plans, and that prices for a "
          "typical family could rise by up to £90 a year.")
REY = "The board's chair, Tomas Rey, said the conditions were \"essential\" to preserve competition."
BLOCKED = '"Without the sale of these masts, we would have blocked this merger," he said.'
BUSINESS = "He added that the board had not found evidence that the deal would harm business customers."
SPECTRUM = ("The board said on Thursday that Castellane had offered to share part of that spectrum with smaller rivals "
            "for ten years, but that it had not yet decided whether to make this a condition of its approval.")
VANTIS = ("The mast sale is expected to be made to Vantis, according to people familiar with the matter, who asked not "
          "to be named because the talks are private.")
FINE = ("The board fined Castellane £6.5 million in 2024 for failing to notify it of its purchase of a smaller network "
        "operator, Linkwell, before completing that deal.")
TRADE = ("Castellane shares rose 2.3% to 186 pence in London trading on Thursday, while Norwave shares rose 1.1% to "
         "405 pence, still below the offer price.")
CLOSE = "The deal is expected to close in the first quarter of 2027 if the board confirms its provisional decision."
FINANCE = ("Castellane said it would finance the purchase with £2.5 billion of new debt and £1.6 billion of its own "
           "cash.")
SAVINGS = ("Analysts at Harwood Securities estimated that the merger would save the combined company about £350 "
           "million a year by 2029, mostly from sharing masts and closing duplicate shops.")
SHOPS = "Castellane has said it will close 140 of the two companies' 620 shops by the end of 2027."
SEPT = ("The board rejected an earlier version of the remedies in September, saying that the sale of 1,500 masts then "
        "offered would not have been enough to create a strong fourth operator.")
OCT = "Castellane raised its offer to 2,400 masts in October."
SIZE = "Norwave, founded in 2003, has about 5.2 million customers and employs about 6,000 people."

PASSAGES = (LEDE, RULING, DEADLINE, OFFER, SHARES, YOUNG, MARSH, OKORO, VOTE, JOBS, UNION, REMEDIES, FAIR, EXTEND, REY,
            BLOCKED, BUSINESS, SPECTRUM, VANTIS, FINE, TRADE, CLOSE, FINANCE, SAVINGS, SHOPS, SEPT, OCT, SIZE)


def found(sentence: str, passages: tuple[str, ...]) -> list[str]:
    """Return the findings of a sentence citing `passages`, in English, of the merger briefing's four parties."""
    return sentence_findings(sentence, passages, "en", PARTIES)


@pytest.mark.parametrize("passage", PASSAGES, ids=range(len(PASSAGES)))
def test_each_passage_is_the_reports_own(passage: str):
    assert passage in SOURCE


HONEST = {
    "provisionally-approved": ("The Competition and Markets Board provisionally approved Castellane's £4.1 billion "
                               "takeover of Norwave on Thursday.", (LEDE,)),
    "both-conditions": ("The approval depends on the combined company selling 2,400 phone masts and freezing prices on "
                        "its cheapest plans for three years.", (LEDE,)),
    "premium-to-the-close": ("Castellane is paying 412p a share in cash, a 31% premium to Norwave's closing price on 3 "
                             "March.", (OFFER,)),
    "premium-in-pence": ("Castellane's offer of 412 pence a share is 97.5 pence above Norwave's closing price of 314.5 "
                         "pence before the bid.", (OFFER,)),
    "each-its-share": ("Castellane has 27% of the British mobile market and Norwave 14%, according to the board.",
                       (SHARES,)),
    "together-the-two": ("Together the two would hold 41% of the market, more than Vantis's 33%.", (SHARES,)),
    "final-decision": ("The board will make its final decision by 15 January 2027.", (DEADLINE,)),
    "comments-until": ("Comments can be sent to the board until 10 December.", (DEADLINE,)),
    "most-job-cuts": ("Castellane expects to cut about 1,800 jobs over three years, most of them at Norwave's "
                      "headquarters in Reading.", (JOBS,)),
    "union-could": ("The union says the job cuts could reach 2,500.", (UNION,)),
    "chairman-quote": ('Norwave\'s chairman called the offer "fair value for our shareholders".', (OKORO,)),
    "director-quote": ('Priya Nandakumar of Fair Tariffs said most customers "will pay more".', (FAIR,)),
    "would-have-blocked": ("Tomas Rey, the board's chair, said it would have blocked the merger without the mast "
                           "sale.", (REY, BLOCKED)),
    "vantis-expected": ("Vantis is expected to buy the masts, according to people familiar with the matter.",
                        (VANTIS,)),
    "linkwell-fine": ("The board fined Castellane £6.5 million in 2024 for not telling it about its purchase of "
                      "Linkwell.", (FINE,)),
    "shareholder-vote": ("Norwave shareholders approved the deal on 21 May, with 88% of votes cast in favour.",
                         (VOTE,)),
    "below-the-offer": ("Norwave shares rose to 405 pence on Thursday, still below the 412p offer.", (TRADE, OFFER)),
    "financing-said": ("Castellane will fund the deal with £2.5 billion of new debt and £1.6 billion of its own cash, "
                       "it said.", (FINANCE,)),
    "close-if-confirmed": ("The deal could close in the first quarter of 2027 if the board confirms its decision.",
                           (CLOSE,)),
    "savings-estimated": ("Harwood Securities analysts estimate savings of about £350 million a year by 2029.",
                          (SAVINGS,)),
    "rejected-then-raised": ("The board rejected an offer of 1,500 masts in September, and Castellane raised it to "
                             "2,400 in October.", (SEPT, OCT)),
    "freeze-for-all": ("Fair Tariffs wants the price freeze extended to all pay-monthly plans.", (EXTEND,)),
    "shops-said": ("Castellane says it will close 140 of the two companies' 620 shops by the end of 2027.", (SHOPS,)),
    "leads-among-young": ("Norwave leads the market among customers under 25, with a 38% share.", (YOUNG,)),
    "could-have-raised": ("The board said the deal as first proposed could have raised prices for around 9 million "
                          "customers.", (RULING,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_paraphrase_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []


MISSTATED = {
    # a figure moved to the other company
    "share-moved": ("Norwave holds 27% of the British mobile market.", (SHARES,),
                    "this sentence names Norwave where its cited passages name Castellane ('Castellane holds')"),
    "fine-moved": ("The board fined Norwave £6.5 million in 2024.", (FINE,),
                   "this sentence names Norwave where its cited passages name Castellane ('fined Castellane £6.5')"),
    # a percentage of the wrong base: the under-25s' share told of the whole market
    "share-of-a-part": ("Norwave holds 38% of the British mobile market.", (SHARES, YOUNG),
                        "this sentence gives 38% for the whole where its cited passages give it only for a part "
                        "('customers under 25: 38%')"),
    # a date shifted to the day before, which the passage gives the closing price
    "agreed-a-day-early": ("Castellane agreed the deal on 3 March.", (OFFER,),
                           "this sentence dates 'agreed' to '3 March', a day its cited passages give something else "
                           "(they date 'agreed' to '4 March')"),
    # "approved" for "provisionally approved"
    "approved-outright": ("Britain's competition regulator approved Castellane's £4.1 billion takeover of Norwave on "
                          "Thursday.", (LEDE,),
                          "this sentence tells as agreed outright ('approved') what its cited passages give only as "
                          "not yet final ('provisionally approved')"),
    # a condition dropped
    "close-unconditionally": ("The deal will close in the first quarter of 2027.", (CLOSE,),
                              "the source gives this only on a condition ('if the board confirms its provisional "
                              "decision'), but it is stated as plain fact"),
    # a quote given to the wrong side
    "quote-to-the-buyer": ('Castellane\'s chief executive called the offer "fair value for our shareholders".',
                           (MARSH, OKORO),
                           "this sentence gives the words to Castellane's chief executive, but its cited passages "
                           "give them to Norwave's chairman David Okoro"),
    "words-to-the-buyer": ("Castellane said the remedies did not go far enough.", (REMEDIES,),
                           "this sentence gives the words to Castellane, but its cited passages give them to Fair "
                           "Tariffs"),
    # a premium computed wrongly: reckoned on Thursday's price
    "premium-on-the-wrong-price": ("Castellane's offer of 412 pence is a 31% premium to Norwave's share price of 405 "
                                   "pence.", (OFFER, TRADE),
                                   "this sentence gives a premium of 31% between two prices it names that are 1.7% "
                                   "apart"),
    # a hedge dropped
    "sale-told-as-certain": ("The masts will be sold to Vantis.", (VANTIS,),
                             "the source gives this only as expected ('expected'), but it is worded as certain "
                             "('will')"),
    # an order reversed
    "raised-before-rejected": ("Castellane raised its mast offer to 2,400 in September, after the board rejected its "
                               "1,500-mast offer in October.", (SEPT, OCT),
                               "this sentence dates 'raised' to 'September', which its cited passages give to "
                               "'rejected' (they date 'raised' to 'October')"),
    # "all" for "most"
    "all-customers": ("Fair Tariffs says all customers will pay more.", (FAIR,),
                      "this sentence says 'all customers' where its cited passages say 'most customers'"),
    # no evidence found, and no decision made, told as fact
    "harm-without-evidence": ("Tomas Rey said the deal would harm business customers.", (BUSINESS,),
                              "this sentence states as fact what its cited passages give only after 'not found "
                              "evidence that' ('the deal would harm business customers')"),
    "condition-not-decided": ("The board has made the spectrum-sharing offer a condition of its approval.",
                              (SPECTRUM,),
                              "this sentence states as fact what its cited passages give only after 'not yet decided "
                              "whether' ('to make this a condition of its approval')"),
    # a figure given what the passage counts by another
    "customers-as-staff": ("Norwave employs about 5.2 million people.", (SIZE,),
                           "this sentence gives 5.2 million 'people', which its cited passage counts by another "
                           "figure, where it gives 5.2 million 'customers'"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(message in finding for finding in findings), findings


TWINS_HONEST = {
    # each premium reckoned on its own prices, hedged or not; a price in another clause is no base
    "premium-reckoned-right": ("Castellane is paying 412p a share, a 31% premium to the 314.5p close.", (OFFER,)),
    "premium-in-pounds-hedged": ("The offer of £4.12 a share is a premium of about 31% to the 314.5 pence close.",
                                 (OFFER,)),
    "premium-more-than": ("The offer of 412 pence is a premium of more than 30% to the 314.5p close.", (OFFER,)),
    "price-in-another-clause": ("Castellane agreed to pay 412 pence, a 31% premium, and Norwave shares now trade at "
                                "405 pence.", (OFFER, TRADE)),
    # the act kept on its own day, or its month
    "agreed-on-its-day": ("Castellane agreed the deal on 4 March.", (OFFER,)),
    "agreed-in-its-month": ("Castellane agreed the deal in March.", (OFFER,)),
    "each-day-its-own": ("Norwave closed at 314.5 pence on 3 March, and Castellane agreed its offer on 4 March.",
                         (OFFER,)),
    # the frame kept
    "no-evidence-kept": ("Rey said the board had not found evidence that the deal would harm business customers.",
                         (BUSINESS,)),
    "no-evidence-found": ("The board found no evidence that the deal would harm business customers, Rey said.",
                          (BUSINESS,)),
    "not-yet-decided-kept": ("The board has not yet decided whether to make the spectrum-sharing offer a condition of "
                             "its approval.", (SPECTRUM,)),
    "may-make-it-a-condition": ("The board may make the spectrum-sharing offer a condition of its approval.",
                                (SPECTRUM,)),
    "offered-to-share": ("Castellane offered to share part of its spectrum with smaller rivals for ten years.",
                         (SPECTRUM,)),
    # each figure with its own count, its own part, its own holder
    "staff-kept": ("Norwave employs about 6,000 people.", (SIZE,)),
    "both-counts": ("Norwave has about 5.2 million customers and about 6,000 staff.", (SIZE,)),
    "young-customers": ("Norwave has 38% of customers under 25.", (YOUNG,)),
    "among-under-25s": ("Among under-25s, Norwave leads with 38%.", (YOUNG,)),
    "own-share-of-a-joint-sentence": ("Norwave holds 14% of the British mobile market.", (SHARES,)),
    "own-share-and-a-part": ("Norwave holds 14% of the market and 38% of customers under 25.", (SHARES, YOUNG)),
    "the-two-combined": ("The two combined would hold 41% of the market.", (SHARES,)),
    "the-two-companies": ("The two companies would hold 41% of the market between them.", (SHARES,)),
    # a part by pronoun kept, or the whole said of what the part's clause does not say
    "most-job-cuts-said": ("Castellane says most of the job cuts will be at Norwave's headquarters in Reading.",
                           (JOBS,)),
    "all-over-three-years": ("Castellane says all of the job cuts will come over three years.", (JOBS,)),
    # each quotation given to its own passage's speaker
    "marsh-quoted": ('Helen Marsh said the deal would give customers "a stronger network".', (MARSH, OKORO)),
    "chief-executive-quoted": ("Castellane's chief executive said the deal would give customers \"a stronger network "
                               'and better coverage in rural areas".', (MARSH, OKORO)),
    "each-quoted": ('Okoro called the offer "fair value for our shareholders", while Marsh promised "a stronger '
                    'network".', (MARSH, OKORO)),
}


@pytest.mark.parametrize("sentence, passages", TWINS_HONEST.values(), ids=TWINS_HONEST.keys())
def test_an_honest_twin_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []


TWINS_REFUSED = {
    "premium-hedged-too-far": ("The offer of 412 pence is a premium of nearly 40% to the 314.5p close.", (OFFER,),
                               "this sentence gives a premium of 40% between two prices it names that are 31.0% "
                               "apart"),
    "discount-reckoned-wrong": ("The shares trade at 405 pence, a 17% discount to the 412p offer.", (OFFER, TRADE),
                                "this sentence gives a discount of 17% between two prices it names that are 1.7% "
                                "apart"),
    "whole-of-a-part": ("Norwave has 38% of the market.", (YOUNG,),
                        "this sentence gives 38% for the whole where its cited passages give it only for a part"),
    "staff-as-customers": ("Norwave has about 6,000 customers.", (SIZE,),
                           "this sentence gives 6,000 'customers', which its cited passage counts by another figure, "
                           "where it gives 6,000 'people'"),
    "joint-share-to-one": ("Castellane holds 41% of the market.", (SHARES,),
                           "this sentence gives 41% to Castellane alone where its cited passages give it to several "
                           "together"),
    "the-two-were-fined": ("The two were fined.", (FINE,), 'figure "two" is not in the passages'),
    "quote-to-the-target": ('Norwave\'s chairman said the deal would give customers "a stronger network".',
                            (MARSH, OKORO),
                            "this sentence gives the words to Norwave's chairman, but its cited passages give them to "
                            "Castellane's chief executive Helen Marsh"),
    "all-job-cuts-at-headquarters": ("Castellane says all of the job cuts will be at Norwave's headquarters in "
                                     "Reading.", (JOBS,),
                                     "this sentence says 'all of the job' where its cited passages say 'most of "
                                     "them'"),
    "no-harm-told": ("Rey said the deal would not harm business customers.", (BUSINESS,),
                     "this sentence states as fact what its cited passages give only after 'not found evidence "
                     "that'"),
}


@pytest.mark.parametrize("sentence, passages, message", TWINS_REFUSED.values(), ids=TWINS_REFUSED.keys())
def test_a_misstating_twin_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(message in finding for finding in findings), findings
