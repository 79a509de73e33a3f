"""A ninety-eighth fact-check: "not X until Y" read as X at Y, and trade deeds no passage tells.

"Results are not final until postal ballots are counted on Thursday." citing "Final results are due on Thursday,
after postal ballots are counted." was refused as adding a negation: its "not ... until" says when the results come,
as the passage does (explainer/not_until.py, read by polarity.py, and by sequence.py for "not ... before"). A "not"
with no "until", or with a Y the passage never gives as its time, is still refused.

"Southland dumps steel." and "Northland says Southland dumps steel." citing "Northland says Southland subsidises its
steelmakers, allowing them to sell below cost; Southland denies this." built: explainer/unbacked_deeds.py read no
deed of trade or business. Dumping, smuggling, bribes, laundering, evasion, rigging, collusion and poaching
(explainer/trade_deeds.py) are now read, with their other senses backed by the passage's words for them.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

RESULTS = "Final results are due on Thursday, after postal ballots are counted."
STEEL = ("Northland says Southland subsidises its steelmakers, allowing them to sell below cost; Southland denies "
         "this.")

WAITED_FOR = {
    "until-event-and-day": "Results are not final until postal ballots are counted on Thursday.",
    "until-event": "Results are not final until postal ballots are counted.",
    "wont-until": "Results won't be final until postal ballots are counted.",
    "not-before-event": "Results will not be final before postal ballots are counted.",
    "same-words": "Final results are due on Thursday, after postal ballots are counted.",
}


@pytest.mark.parametrize("sentence", WAITED_FOR.values(), ids=WAITED_FOR.keys())
def test_not_until_what_the_passage_gives_as_its_time_builds(sentence: str):
    assert sentence_findings(sentence, (RESULTS,), "en", PARTIES) == []


ADDED_NEGATIONS = {
    "no-until": "The results are not final.",
    "until-another-thing": "Results are not final until the recount is done.",
    "ballots-never-counted": "Postal ballots will not be counted.",
}


@pytest.mark.parametrize("sentence", ADDED_NEGATIONS.values(), ids=ADDED_NEGATIONS.keys())
def test_a_negation_waiting_for_nothing_the_passage_gives_is_refused(sentence: str):
    found = sentence_findings(sentence, (RESULTS,), "en", PARTIES)
    assert any(message.startswith("this sentence adds a negation to its cited passage") for message in found), found


def test_not_before_what_the_passage_puts_after_is_refused_as_the_order_turned():
    found = sentence_findings("Results were not final before postal ballots were counted.",
                              ("Final results came before postal ballots were counted.",), "en", PARTIES)
    assert any(message.startswith("this sentence says 'not ... before postal ballots were counted' where its cited "
                                  "passages say 'before postal ballots were counted'") for message in found), found


UNTOLD_DEEDS = {
    "dumps": ("Southland dumps steel.", "dumps"),
    "says-dumps": ("Northland says Southland dumps steel.", "dumps"),
    "accused-of-dumping": ("Northland accuses Southland of dumping steel.", "dumping"),
    "smuggles": ("Southland smuggles steel into Northland.", "smuggles"),
    "bribes": ("Northland says Southland bribes its steelmakers.", "bribes"),
    "launders": ("Southland launders its steelmakers' profits.", "launders"),
    "evades": ("Southland evades Northland's tariffs.", "evades"),
    "rigs": ("Northland says Southland rigs steel prices.", "rigs"),
    "colludes": ("Northland says Southland colludes with its steelmakers.", "colludes"),
    "poaches": ("Southland poaches Northland's steelworkers.", "poaches"),
}


@pytest.mark.parametrize("sentence, deed", UNTOLD_DEEDS.values(), ids=UNTOLD_DEEDS.keys())
def test_a_trade_deed_the_passage_never_tells_is_refused(sentence: str, deed: str):
    found = sentence_findings(sentence, (STEEL,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells a deed ('{deed}') that no passage it cites gives")
               for message in found), found


TOLD_DEEDS = {
    "subsidises-said": ("Southland subsidises its steelmakers, Northland says.", (STEEL,)),
    "below-cost-said": ("Northland says Southland's steelmakers sell below cost.", (STEEL,)),
    "anti-dumping": ("Northland imposed anti-dumping duties on Southland steel.",
                     ("Northland imposed duties on Southland steel.",)),
    "dumping-said-dumping": ("Northland says Southland dumps steel.",
                             ("Northland says Southland dumps steel below cost; Southland denies this.",)),
    "dumped-a-stake": ("Acme dumped its stake in Bolt.", ("Acme sold off its stake in Bolt.",)),
    "evaded-slipped-past": ("The tanker evaded the blockade.", ("The tanker slipped past the blockade.",)),
    "poached-hired": ("Acme poached three engineers from Bolt.", ("Acme hired three engineers from Bolt.",)),
    "oil-rigs": ("Acme runs three oil rigs.", ("Acme runs three oil rigs.",)),
    "bribery-charged": ("Prosecutors charged Acme with bribery.",
                        ("Prosecutors charged Acme with paying kickbacks to officials.",)),
}


@pytest.mark.parametrize("sentence, passages", TOLD_DEEDS.values(), ids=TOLD_DEEDS.keys())
def test_a_deed_the_passage_tells_in_its_words_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


def test_a_trade_deed_told_only_as_denied_is_named_once_as_an_invented_accusation():
    found = sentence_findings("Southland denies that it dumps steel.", (STEEL,), "en", PARTIES)
    assert found == ["this sentence has Southland deny what its cited passage does not accuse it of ('it dumps "
                     "steel'): \"Southland denies that it dumps steel.\""]
