"""A ninety-fifth fact-check: honest sentences an editor writes against passages of several sentences.

Each was refused: "The union says salaries have fallen behind inflation since 2022" citing "The union is demanding a
9% raise over two years, arguing that salaries have fallen behind inflation since 2022. The school board has offered
4% ... and says the district faces a budget shortfall of $38 million next year." gave the words to "The school board
has" (the union's ", arguing that" named no speaker, the board's "says" was read for both sentences, and a verb ran on
into its name: participle_speakers.py, held_speakers.py); "The tribunal cut Ferrandi's ban" citing "reduced the
doping ban of ... Matteo Ferrandi" named the Anti-Doping Agency in "the doping ban" (head_nouns.py); "Northmart is
offering $38 a share" citing "The deal values FreshCo at $38 a share" gave FreshCo's figure to Northmart
(offer_prices.py); a relative clause before a speaker's verb (", which gathered 18,500 signatures, says") named none,
and a plain sentence before another's "accuses" was read as its word (plain_clauses.py). A city's rent-control
referendum is the topic of the paraphrases a careful editor writes. Every misstatement beside them stays refused.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

P1 = ("Voters in Brookfield will decide on November 4 whether to cap annual rent increases at 3%. The Brookfield Fair "
      "Rent Coalition, which gathered 18,500 signatures to put the measure on the ballot, says rents in the city have "
      "risen 41% since 2019. The Brookfield Property Owners Association opposes the cap, arguing that it would "
      "discourage construction of new housing.")
P2 = ('"Families are being priced out of neighbourhoods they have lived in for decades," said coalition spokesperson '
      "Ana Ruiz. The association's director, Mark Feld, said the measure would \"freeze investment\" and cost the city "
      "1,200 new units a year.")
P3 = ("The City Council voted 6-3 on Tuesday to place the measure on the ballot. Council member Joy Tan, who voted "
      "against it, said a cap would reduce the city's property tax revenue by $12 million a year.")
P4 = ("A poll by Brookfield University found that 54% of likely voters support the cap, while 38% oppose it. The poll "
      "of 800 residents, conducted between October 1 and October 5, has a margin of error of 3.5 percentage points.")
P5 = ("The measure would apply to about 62,000 rental units built before 2000. Landlords could raise rents above the "
      "cap only after major renovations, the city attorney said.")
P6 = ("The Brookfield Property Owners Association has spent $2.4 million campaigning against the measure. It says the "
      "cap would push small landlords to sell.")
P7 = ("The coalition says the cap would protect 62,000 households. The association says it would shrink the supply "
      "of rental housing.")
P8 = ("Mayor Dana Whitfield has not taken a position on the measure. The coalition accuses landlords of exploiting a "
      "housing shortage. The association says most of its members own fewer than five units.")
P9 = ("The coalition disputed the estimate, insisting that building permits rose in neighbouring Elmwood after it "
      "capped rents in 2021. The association said Elmwood's permits fell the following year.")
P10 = ("The measure was drafted by the coalition with help from tenant lawyers. The association says it was written "
       "to favour tenants.")
RENT_HONEST = {
    "decide": ("Brookfield voters will decide on November 4 whether to cap yearly rent increases at 3%.", P1),
    "coalition-says": ("The Fair Rent Coalition says rents in Brookfield have risen 41% since 2019.", P1),
    "according-to-coalition": ("According to the coalition, rents have gone up 41% since 2019.", P1),
    "association-argues": ("The Property Owners Association argues that the cap would discourage new housing "
                           "construction.", P1),
    "association-says": ("The association says the cap would discourage the construction of new housing.", P1),
    "said-after": ("Rents in the city have risen 41% since 2019, the coalition says.", P1),
    "signatures": ("The coalition gathered 18,500 signatures to put the measure on the ballot.", P1),
    "says-after-name": ("Rents in Brookfield have risen 41% since 2019, says the Fair Rent Coalition.", P1),
    "saying-kept": ("The association opposes the 3% cap, saying it would discourage the construction of new "
                    "housing.", P1),
    "percent-spelled": ("The coalition says rents have risen by 41 per cent since 2019.", P1),
    "ruiz": ("Ana Ruiz, a spokesperson for the coalition, said families are being priced out of their "
             "neighbourhoods.", P2),
    "feld": ("Mark Feld said the measure would cost the city 1,200 new units a year.", P2),
    "feld-after": ("The measure would cost the city 1,200 new housing units a year, Feld said.", P2),
    "council-vote": ("The City Council voted 6-3 on Tuesday to put the measure on the ballot.", P3),
    "tan": ("Joy Tan said a cap would cut the city's property tax revenue by $12 million a year.", P3),
    "according-to-tan": ("A cap would reduce property tax revenue by $12 million a year, according to council member "
                         "Joy Tan.", P3),
    "passive-vote": ("The measure was placed on the ballot by the City Council in a 6-3 vote on Tuesday.", P3),
    "poll": ("A Brookfield University poll found 54% of likely voters back the cap and 38% oppose it.", P4),
    "margin": ("The poll's margin of error is 3.5 percentage points.", P4),
    "units": ("About 62,000 rental units built before 2000 would be covered by the measure.", P5),
    "attorney": ("The city attorney said landlords could raise rents above the cap only after major renovations.", P5),
    "according-to-attorney": ("Landlords could exceed the cap only after major renovations, according to the city "
                              "attorney.", P5),
    "pronoun-speaker": ("The association says the cap would push small landlords to sell.", P6),
    "which-spent": ("The Property Owners Association, which has spent $2.4 million against the measure, says the cap "
                    "would push small landlords to sell.", P6),
    "unit-reordered": ("The association has spent 2.4 million dollars campaigning against the measure.", P6),
    "second-speaker": ("The association says the cap would shrink the supply of rental housing.", P7),
    "first-speaker": ("The coalition says the cap would protect 62,000 households.", P7),
    "both-speakers": ("The coalition says the cap would protect 62,000 households, while the association says it would "
                      "shrink the supply of rental housing.", P7),
    "third-sentence": ("The association says most of its members own fewer than five units.", P8),
    "mayor": ("Mayor Dana Whitfield has not taken a position on the measure.", P8),
    "accuses": ("The coalition accuses landlords of exploiting a housing shortage.", P8),
    "insisting": ("The coalition insists that building permits rose in Elmwood after it capped rents in 2021.", P9),
    "insisting-after": ("Building permits rose in neighbouring Elmwood after it capped rents in 2021, the coalition "
                        "says.", P9),
    "association-elmwood": ("The association says permits in Elmwood fell the following year.", P9),
    "drafted-active": ("The coalition drafted the measure with help from tenant lawyers.", P10),
}
RENT_MISSTATED = {
    "association-for-coalition": ("The Property Owners Association says rents have risen 41% since 2019.", P1),
    "coalition-for-association": ("The coalition argues that the cap would discourage new housing construction.", P1),
    "association-for-coalition-p7": ("The association says the cap would protect 62,000 households.", P7),
    "coalition-for-association-p8": ("The coalition says most of its members own fewer than five units.", P8),
    "association-for-coalition-p9": ("The association insists that building permits rose in Elmwood after it capped "
                                     "rents in 2021.", P9),
    "coalition-for-association-p9": ("The coalition says Elmwood's permits fell the following year.", P9),
}

RENT_PARTIES = (Party(id="coalition", name="Brookfield Fair Rent Coalition", short_name="Fair Rent Coalition"),
                Party(id="owners", name="Brookfield Property Owners Association", short_name="Property Owners Association"),
                Party(id="council", name="Brookfield City Council", short_name="City Council"))


@pytest.mark.parametrize("sentence, passage", RENT_HONEST.values(), ids=RENT_HONEST.keys())
def test_an_honest_paraphrase_of_a_referendum_passage_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", RENT_PARTIES) == []


@pytest.mark.parametrize("sentence, passage", RENT_MISSTATED.values(), ids=RENT_MISSTATED.keys())
def test_words_given_to_the_speaker_of_another_sentence_are_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", RENT_PARTIES)
    assert any(message.startswith("this sentence gives the words to ") for message in found), found


TEACHERS = (Party(id="union", name="Lakeport Teachers Union"), Party(id="board", name="Lakeport school board"))
STRIKE = ("The union is demanding a 9% raise over two years, arguing that salaries have fallen behind inflation since "
          "2022. The school board has offered 4% over the same period and says the district faces a budget shortfall "
          "of $38 million next year.")
PAY = ("According to the district, average teacher pay in Lakeport is $61,400 a year, compared with $66,900 in "
       "neighbouring Millbrook. The union disputes the figure, saying it includes administrators' salaries.")
TEACHERS_HONEST = {
    "union-says": ("The union says salaries have fallen behind inflation since 2022.", STRIKE),
    "union-argues": ("The union argues that salaries have fallen behind inflation since 2022.", STRIKE),
    "according-to-union": ("According to the union, salaries have fallen behind inflation since 2022.", STRIKE),
    "board-says": ("The school board says the district faces a budget shortfall of $38 million next year.", STRIKE),
    "board-offered": ("The board has offered 4% over two years.", STRIKE),
    "district-figure": ("According to the district, average teacher pay in Lakeport is $61,400 a year.", PAY),
    "union-disputes": ("The union disputes the district's $61,400 figure, saying it includes administrators' "
                       "salaries.", PAY),
}


@pytest.mark.parametrize("sentence, passage", TEACHERS_HONEST.values(), ids=TEACHERS_HONEST.keys())
def test_each_sentence_of_a_strike_passage_keeps_its_own_speaker(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", TEACHERS) == []


TEACHERS_MISSTATED = {
    "union-for-board": ("The union says the district faces a budget shortfall of $38 million next year.",
                        "this sentence gives the words to The union, but its cited passages give them to The school "
                        "board"),
    "board-for-union": ("The school board says salaries have fallen behind inflation since 2022.",
                        "this sentence gives the words to The school board, but its cited passages give them to The "
                        "union"),
}


@pytest.mark.parametrize("sentence, expected", TEACHERS_MISSTATED.values(), ids=TEACHERS_MISSTATED.keys())
def test_the_other_sentences_speaker_given_the_words_is_refused_by_name_alone(sentence: str, expected: str):
    assert sentence_findings(sentence, (STRIKE,), "en", TEACHERS) == [expected]


# tests/fixtures/newuser_60/content/ferrandi-ban/briefing.yaml's parties
FERRANDI = (Party(id="rider", name="Matteo Ferrandi", short_name="Ferrandi", role="rider",
                  aliases=("Paolo Rinaldi", "the rider")),
            Party(id="agency", name="Alpine Anti-Doping Agency", short_name="AADA", role="anti-doping agency",
                  aliases=("Sabine Kroll", "the agency")),
            Party(id="team", name="Team Corvex-Halden", short_name="Corvex-Halden", role="the rider's team",
                  aliases=("Jonas Eberhardt", "the team")),
            Party(id="tribunal", name="International Sports Tribunal", short_name="The tribunal", role="tribunal",
                  aliases=("the panel",)))
RULING = ("The International Sports Tribunal on Tuesday reduced the doping ban of Italian cyclist Matteo Ferrandi from "
          "four years to two, finding that the rider had not intended to cheat but had been negligent in checking a "
          "supplement.")


@pytest.mark.parametrize("sentence", ["The tribunal cut Ferrandi's ban from 4 years to 2.",
                                      "The tribunal cut the rider's doping ban from 4 years to 2.",
                                      "The tribunal reduced the ban of Matteo Ferrandi from four years to two."])
def test_a_party_word_modifying_a_noun_names_no_party(sentence: str):
    assert sentence_findings(sentence, (RULING,), "en", FERRANDI) == []


def test_a_ban_told_as_overturned_is_refused_for_its_verb_alone():
    found = sentence_findings("The tribunal overturned Ferrandi's ban.", (RULING,), "en", FERRANDI)
    assert [message.split(" (")[0] for message in found] == [
        "this sentence says the ban was 'overturned' where its cited passages say it was 'reduced'"], found


def test_the_party_that_did_not_reduce_the_ban_is_refused():
    found = sentence_findings("The agency reduced Ferrandi's ban from four years to two.", (RULING,), "en", FERRANDI)
    assert any(message.startswith("this sentence names agency where its cited passages name International Sports "
                                  "Tribunal") for message in found), found


TAKEOVER = (Party(id="northmart", name="Northmart"), Party(id="freshco", name="FreshCo"))
DEAL = "The deal values FreshCo at $38 a share, a premium of 27% to its closing price on Monday."


@pytest.mark.parametrize("sentence", ["Northmart is offering $38 a share, 27% more than FreshCo's Monday close.",
                                      "Northmart agreed to pay $38 a share for FreshCo.",
                                      "The deal values FreshCo at $38 a share."])
def test_a_price_a_share_offered_is_the_buyers_offer(sentence: str):
    assert sentence_findings(sentence, (DEAL,), "en", TAKEOVER) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Northmart is valued at $38 a share.", DEAL),
    ("Northmart is offering $38 a share.", "FreshCo's shares closed at $38 a share on Monday.")])
def test_a_targets_value_or_price_given_to_the_buyer_otherwise_is_refused(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", TAKEOVER)
    assert any(message.startswith("this sentence gives Northmart 38 where its cited passages give it to FreshCo")
               for message in found), found


AS_FACT = {
    "poll-of-a-party": ("54% of likely voters support the cap.",
                        "A poll by the Brookfield Fair Rent Coalition found that 54% of likely voters support the cap.",
                        "this sentence states as fact what its cited passages give only as the word of"),
    "accusation": ("Landlords are exploiting a housing shortage.", P8,
                   "the source gives this as someone's word ('accuses'), but it is worded as fact"),
}


@pytest.mark.parametrize("sentence, passage, expected", AS_FACT.values(), ids=AS_FACT.keys())
def test_a_partys_word_beside_a_plain_sentence_stays_its_word(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", RENT_PARTIES)
    assert any(message.startswith(expected) for message in found), found


SIDES = (Party(id="north", name="Northland", short_name="Northland"),
         Party(id="south", name="Southland", short_name="Southland"))
CROSSED = "Northland said Southland's troops had crossed the border on Friday. Southland denied it."
REJECTED = ("Northland proposed a ceasefire on Friday. Southland rejected the proposal, saying it would let Northland "
            "regroup.")
SIDES_HONEST = {
    "denial-of-the-sentence-before": ("Southland denied that its troops had crossed the border.", CROSSED),
    "claim-before-the-denial": ("Northland said Southland's troops had crossed the border.", CROSSED),
    "saying-after-a-rejection": ("Southland says a ceasefire would let Northland regroup.", REJECTED),
}


@pytest.mark.parametrize("sentence, passage", SIDES_HONEST.values(), ids=SIDES_HONEST.keys())
def test_a_reply_keeps_the_words_it_replies_to(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", SIDES) == []


def test_the_reason_a_side_gives_is_not_the_other_sides():
    assert sentence_findings("Northland says a ceasefire would let Northland regroup.", (REJECTED,), "en", SIDES) == [
        "this sentence gives the words to Northland, but its cited passages give them to Southland"]
