"""A hundredth fact-check: a measure's fate told the other way, a tally's sides, an election's loser told as its
winner, a direction with no figure beside it, an ordinal in apposition, a passive that drops whose claim it is.

"The bill passed." citing "The Senate rejected the bill." built (outcomes.py paired "passed" only with "failed" and
"defeated"), and so did "The motion carried." citing "The motion was defeated by 30 votes to 12"; "Most members voted
against the merger." citing "The board approved the merger by seven votes to two" (tally_sides.py); "Garrido won the
election." citing "Ibarra won 48% of the vote, ahead of Garrido with 41%" (share_winners.py); "Turnout rose." citing
"Turnout was 62%, down from 68% in 2020." (bare_directions.py); "The strike, the union's second" citing "The strike,
the first in the union's 40-year history" (apposed_ranks.py); "Two drones were shot down." citing "The group said it
had shot down two drones." (passive_deeds.py). "Two board members voted against the merger." of the same tally was
refused as a negation added, and builds.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="union", name="the Teachers' Union", short_name="the union", role="side"),
           Party(id="ministry", name="the Education Ministry", short_name="the ministry", role="side"))

REJECTED = "The Senate rejected the bill."
DEFEATED = "The motion was defeated by 30 votes to 12."
PASSED = "The Senate passed the bill by 60 votes to 40."
DRONES = "The group said it had shot down two drones."
HEDGED = "The group said it had shot down two drones, a claim that could not be independently verified."
CITY = "The army said it had captured the city."
SHARES = "Ibarra won 48% of the vote, ahead of Garrido with 41%."
SEVEN_TWO = "The board approved the merger by seven votes to two."
CLOSE = "The Senate rejected the bill by 51 votes to 49."
TURNOUT = "Turnout was 62%, down from 68% in 2020."
PRICES = "Prices rose 2.1% in March, slightly faster than February's 1.9%."
SLOWED = "Inflation slowed to 1.9% in March from 2.1% in February."
TRADE = "Exports fell 3% in May while imports rose 2%."
FIRST = "The strike, the first in the union's 40-year history, lasted three days."


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of a briefing of the union and ministry."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


HONEST = {
    "voted-down-of-rejected": ("The Senate voted the bill down.", REJECTED),
    "failed-of-rejected": ("The bill failed in the Senate.", REJECTED),
    "rejected-of-voted-down": ("The Senate rejected the bill.", "The Senate voted down the bill."),
    "defeated-of-rejected": ("The motion was defeated.", "The motion was rejected by 30 votes to 12."),
    "carried-same-words": ("The motion carried by 30 votes to 12.", "The motion carried by 30 votes to 12."),
    "passed-of-passed": ("The bill passed.", PASSED),
    "voted-to-keep-down": ("The board voted to keep rates down.", "The board rejected a rate rise."),
    "carried-a-thing": ("The truck carried the bill.", REJECTED),
    "passive-the-group-said": ("Two drones were shot down, the group said.", DRONES),
    "passive-hedged-the-group-said": ("Two drones were shot down, the group said.", HEDGED),
    "passive-within-said": ("The group said two drones were shot down.", DRONES),
    "passive-according-to": ("According to the group, two drones were shot down.", DRONES),
    "passive-stated-plainly": ("Two drones were shot down.",
                               "Two drones were shot down over the city. The group said it had shot them down."),
    "passive-decision-announced": ("The levy was approved.", "The council said it approved the levy."),
    "passive-says": ("The company says the loan was repaid.", "The company said it had repaid the loan."),
    "apposed-same-rank": ("The strike, the union's first, lasted three days.", FIRST),
    "apposed-after-was": ("The strike was the first in the union's history.", FIRST),
    "ordinal-before-noun-kept": ("The union's first strike lasted three days.", FIRST),
    "rank-left-out": ("The strike lasted three days.", FIRST),
    "pronoun-ranked": ("It was the union's second.", "It was the first strike in 40 years."),
    "loser-share-kept": ("Garrido won 41% of the vote.", SHARES),
    "leader-first-round": ("Ibarra won the first round.", SHARES),
    "landslide-of-62-to-30": ("Ibarra won a landslide.", "Ibarra won 62% of the vote, ahead of Garrido with 30%."),
    "run-off-won-by-second": ("Garrido won the run-off.",
                              "Ibarra won 48% of the first-round vote, ahead of Garrido with 41%. Garrido won the run-off."),
    "loser-did-not-win": ("Garrido did not win.", SHARES),
    "narrow-victory-of-48-to-41": ("Ibarra won a narrow victory.", SHARES),
    "minority-voted-against": ("Two board members voted against the merger.", SEVEN_TWO),
    "majority-voted-for": ("Seven members voted for the merger.", SEVEN_TWO),
    "most-voted-for": ("Most members voted for the merger.", SEVEN_TWO),
    "majority-backed": ("A majority of the board backed the merger.", SEVEN_TWO),
    "most-against-a-rejection": ("Most senators voted against the bill.", CLOSE),
    "only-two-against-of-dash": ("Only two members voted against.", "The board approved the merger 7-2."),
    "two-opposed-of-dash": ("Two members opposed the merger.", "The board approved the merger 7-2."),
    "turnout-fell": ("Turnout fell.", TURNOUT),
    "turnout-lower-than": ("Turnout was lower than in 2020.", TURNOUT),
    "turnout-was-down": ("Turnout was down on 2020.", TURNOUT),
    "turnout-did-not-rise": ("Turnout did not rise.", TURNOUT),
    "prices-rose": ("Prices rose in March.", PRICES),
    "inflation-picked-up": ("Inflation picked up in March.", PRICES),
    "inflation-quickened": ("Inflation quickened in March.", PRICES),
    "inflation-slowed-of-slowed": ("Inflation slowed in March.", SLOWED),
    "tensions-eased": ("Tensions eased in March.", PRICES),
    "imports-rose-of-while": ("Imports rose.", TRADE),
    "higher-than-another-thing": ("Northland's count is higher than Southland's.",
                                  "Southland's count is 200 lower than Northland's."),
    "faster-than-another-thing": ("Wages rose faster than prices in March.", PRICES),
    "fell-in-words-alone": ("Turnout fell in 2020.", "Turnout fell in 2020 after a bitter campaign."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


MISSTATED = {
    "passed-of-rejected": ("The bill passed.", REJECTED,
                           "this sentence says 'passed' where its cited passages say 'rejected' ('The Senate rejected "
                           "the bill')"),
    "carried-of-defeated": ("The motion carried.", DEFEATED,
                            "this sentence says 'carried' where its cited passages say 'defeated'"),
    "was-passed-of-rejected": ("The bill was passed.", REJECTED, "this sentence says 'passed'"),
    "adopted-of-voted-down": ("The motion was adopted.", "The assembly voted down the motion.",
                              "this sentence says 'adopted' where its cited passages say 'voted down'"),
    "adopted-of-voted-it-down": ("The assembly adopted the motion.", "The assembly voted the motion down.",
                                 "this sentence says 'adopted' where its cited passages say 'voted the motion down'"),
    "failed-of-passed": ("The bill failed.", PASSED, "this sentence says 'failed' where its cited passages say "
                                                     "'passed'"),
    "voted-down-of-passed": ("The Senate voted the bill down.", PASSED, "this sentence says 'voted the bill down'"),
    "thrown-out-of-passed": ("The bill was thrown out.", PASSED, "this sentence says 'thrown out'"),
    "passive-drops-claimant": ("Two drones were shot down.", DRONES,
                               "this sentence states as done ('were shot down') what its cited passages give only as "
                               "the word of the group about itself ('had shot down two drones')"),
    "passive-drops-hedged-claimant": ("Two drones were shot down.", HEDGED, "this sentence states as done ('were shot "
                                                                            "down')"),
    "passive-captured": ("The city was captured.", CITY, "this sentence states as done ('was captured') what its cited "
                                                         "passages give only as the word of the army"),
    "passive-agent-named": ("The city was captured by the army.", CITY, "this sentence states as done ('was "
                                                                        "captured')"),
    "passive-irregular-taken": ("The town was taken on Monday.", "The rebels said they took the town on Monday.",
                                "this sentence states as done ('was taken')"),
    "apposed-second-of-first": ("The strike, the union's second, lasted three days.", FIRST,
                                "this sentence says 'the union's second' where its cited passages say 'the first'"),
    "was-second-of-first": ("The strike was the union's second.", FIRST, "this sentence says 'the union's second'"),
    "apposed-its-third": ("The strike, its third this year, lasted three days.", FIRST,
                          "this sentence says 'its third' where its cited passages say 'the first'"),
    "second-strike-of-apposed-first": ("The second strike lasted three days.", FIRST,
                                       "this sentence says 'second strike' where its cited passages say 'the first'"),
    "apposed-of-ordinal-before": ("The cut, the bank's third this year, took rates to 4%.",
                                  "The bank cut rates to 4%, its second cut this year.",
                                  "this sentence says 'the bank's third' where its cited passages say 'second cut'"),
    "loser-won": ("Garrido won the election.", SHARES,
                  "this sentence gives the win to Garrido ('Garrido won') where its cited passages give Ibarra the larger "
                  "share (48% to 41%)"),
    "loser-beat-leader": ("Garrido beat Ibarra.", SHARES, "this sentence gives the win to Garrido ('Garrido beat')"),
    "loser-elected": ("Garrido was elected governor.", SHARES,
                      "this sentence gives the win to Garrido ('Garrido was elected')"),
    "loser-came-first": ("Garrido came first.", SHARES, "this sentence gives the win to Garrido ('Garrido came first')"),
    "landslide-of-plurality": ("Ibarra won a landslide.", SHARES,
                               "this sentence calls the win a landslide ('landslide') where its cited passages give 48% "
                               "of the vote to 41%"),
    "in-a-landslide-of-plurality": ("Ibarra won in a landslide.", SHARES, "this sentence calls the win a landslide"),
    "commanding-of-55-to-48": ("Ibarra won a commanding victory.",
                               "Ibarra won 55% of the vote, ahead of Garrido with 47%.",
                               "this sentence calls the win a landslide ('commanding')"),
    "most-against-of-approved": ("Most members voted against the merger.", SEVEN_TWO,
                                 "this sentence gives most as voting against where its cited passages give 7 for and 2 "
                                 "against ('approved the merger by seven votes to two')"),
    "minority-for-of-approved": ("Two board members voted for the merger.", SEVEN_TWO,
                                 "this sentence gives two as voting for where its cited passages give 7 for and 2 "
                                 "against"),
    "majority-opposed-of-approved": ("A majority of the board opposed the merger.", SEVEN_TWO,
                                     "this sentence gives a majority as voting against"),
    "most-for-of-rejected": ("Most senators voted for the bill.", CLOSE,
                             "this sentence gives most as voting for where its cited passages give 51 against and 49 "
                             "for"),
    "majority-against-of-approved": ("Seven members voted against the merger.", SEVEN_TWO,
                                     "this sentence adds a negation to its cited passage"),
    "rose-of-down-from": ("Turnout rose.", TURNOUT,
                          "this sentence tells a rise ('rose') where its cited passages give a fall ('Turnout was 62%, "
                          "down from 68% in 2020.')"),
    "higher-than-of-down-from": ("Turnout was higher than in 2020.", TURNOUT,
                                 "this sentence tells a rise ('higher') where its cited passages give a fall"),
    "was-up-of-down-from": ("Turnout was up.", TURNOUT, "this sentence tells a rise ('was up')"),
    "eased-of-faster": ("Inflation eased in March.", PRICES,
                        "this sentence tells a slowing ('eased') where its cited passages give a quickening ('faster than "
                        "February's 1.9%')"),
    "accelerated-of-slowed": ("Inflation accelerated in March.", SLOWED,
                              "this sentence tells a quickening ('accelerated') where its cited passages give a slowing "
                              "('slowed')"),
    "exports-rose-of-while": ("Exports rose.", TRADE, "this sentence tells a rise ('rose') where its cited passages give "
                                                      "a fall ('Exports fell 3% in May')"),
    "imports-fell-of-while": ("Imports fell.", TRADE, "this sentence tells a fall ('fell') where its cited passages give "
                                                      "a rise"),
    "rose-of-fell-and-other-rose": ("Unemployment rose.", "Unemployment fell to 4.1% in June, and wages rose.",
                                    "this sentence tells a rise ('rose') where its cited passages give a fall"),
    "fell-of-rose-named-once": ("Prices fell in March.", PRICES, "this sentence says 'fell' where its cited passages "
                                                                 "say 'rose'"),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, message: str):
    findings = found(sentence, passage)
    assert any(finding.startswith(message) for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [("Prices fell in March.", PRICES),
                                               ("Seven members voted against the merger.", SEVEN_TWO)],
                         ids=["fall-of-rise", "majority-against-of-approved"])
def test_a_turn_another_check_names_is_named_once(sentence: str, passage: str):
    assert len(found(sentence, passage)) == 1
