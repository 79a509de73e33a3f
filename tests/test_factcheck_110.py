"""A hundred-and-tenth fact-check: misstatements that still built, found by other engineers (the Castellane–Norwave
merger briefing's passages, tests/fixtures/factcheck_107, and a few of their own).

Misstatements that built, now refused:
1. "The board will take its final decision by 10 December" citing "The board will take a final decision by 15 January
   2027, after hearing comments until 10 December": a deadline moved to another act to come (dated_acts.py, which
   now reads an act after a modal or "after ...ing" and a date after "by" or "until");
2. "Marsh is stepping down." citing "Marsh is expected to step down next week": a progressive with no time word told
   as under way (possible_done.py);
3. "Officials said the toll would not rise" citing "a toll officials said could rise": a negation added to a
   speaker's words of short words, its modal changed (polarity.py);
4. "Members backed the strike." citing "48% of members backed the strike": a plural with no word of how many told of
   a minority, by a verb of a stance or a vote (majorities.py; "Workers went on strike" says only some did);
5. Spanish "La reunión del 10 de marzo será la tercera desde enero" citing "Será la cuarta reunión desde enero": an
   ordinal with no noun after it (spanish_ranks.py, read by ranks.py, which now reads Spanish ordinals);
6. "Castellane's offer of 412 pence is a premium of 31% to Norwave's shares, which now trade at 405 pence": a premium
   set against a price told in a relative clause (premiums.py).
Each has honest twins that keep building.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from support import findings_in_language, sentence_findings

BOARD = "The board will take a final decision by 15 January 2027, after hearing comments until 10 December."
MARSH = "Marsh is expected to step down next week."
TOLL = "At least 40 people were killed, a toll officials said could rise."
MINORITY = "48% of members backed the strike."
MAJORITY = "61% of members backed the strike."
OFFER = ("Castellane agreed on 4 March to pay 412 pence a share in cash for Norwave, a premium of 31% to Norwave's "
         "closing price of 314.5 pence on 3 March, the last trading day before the offer was announced.")
TRADE = "Norwave's shares now trade at 405 pence."
REUNION = "La mesa de negociación volverá a reunirse el 10 de marzo. Será la cuarta reunión desde enero."


def found(sentence: str, passages: tuple[str, ...]) -> list[str]:
    """Return the findings of an English sentence citing `passages`."""
    return sentence_findings(sentence, passages, "en", ())


MISSTATED = {
    # 1. a deadline moved to another act
    "decision-by-the-comments-deadline": (
        "The board will take its final decision by 10 December.", (BOARD,),
        "this sentence dates 'take' to '10 December', which its cited passages give to 'hearing' (they date 'take' to "
        "'15 January'): \"The board will take its final decision by 10 December.\""),
    # 2. an expected act told as under way
    "stepping-down": ("Marsh is stepping down.", (MARSH,),
                      "this sentence tells as done ('is stepping') what its cited passages give only as possible ('is "
                      "expected to step'): \"Marsh is stepping down.\""),
    "resigning": ("Marsh is resigning.", ("Marsh is expected to resign next week.",),
                  "this sentence tells as done ('is resigning') what its cited passages give only as possible ('is "
                  "expected to resign'): \"Marsh is resigning.\""),
    # 3. a negation added to a speaker's words
    "toll-would-not-rise": ("Officials said the toll would not rise.", (TOLL,),
                            "this sentence adds a negation to its cited passage ('a toll officials said could rise'): "
                            "\"Officials said the toll would not rise\""),
    "toll-could-not-rise": ("Officials said the toll could not rise.", (TOLL,),
                            "this sentence adds a negation to its cited passage ('a toll officials said could rise'): "
                            "\"Officials said the toll could not rise\""),
    # 4. a minority told as the whole
    "members-of-a-minority": ("Members backed the strike.", (MINORITY,),
                              "this sentence tells of 'Members' as a whole where its cited passages give '48% of "
                              "members', no more than half: \"Members backed the strike.\""),
    "members-voted-for": ("Members voted for the strike.", ("48% of members voted for the strike.",),
                          "this sentence tells of 'Members' as a whole where its cited passages give '48% of "
                          "members', no more than half: \"Members voted for the strike.\""),
    # 6. a premium set against the price of a relative clause
    "premium-to-todays-price": (
        "Castellane's offer of 412 pence is a premium of 31% to Norwave's shares, which now trade at 405 pence.",
        (OFFER, TRADE),
        "this sentence gives a premium of 31% between two prices it names that are 1.7% apart: \"Castellane's offer "
        "of 412 pence is a premium of 31% to Norwave's shares, which now trade at 405 pence.\""),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    assert message in found(sentence, passages)


HONEST = {
    # 1. each act with its own deadline
    "comments-until-10-december": ("The board will hear comments until 10 December.", (BOARD,)),
    "decision-by-15-january": ("The board will take a final decision by 15 January.", (BOARD,)),
    "decision-by-january": ("The board will take its final decision by January.", (BOARD,)),
    "both-deadlines": ("The board will hear comments until December, and decide by 15 January.", (BOARD,)),
    # 2. an expectation kept, or a plan fixed told as under way
    "expected-to-step-down": ("Marsh is expected to step down.", (MARSH,)),
    "set-to-step-down": ("Marsh is stepping down.", ("Marsh is set to step down next week.",)),
    "told-as-under-way": ("Marsh is stepping down.", ("Marsh is stepping down, she said, and is expected to leave "
                                                      "next week.",)),
    "another-verb-under-way": ("Talks are continuing.", ("Talks could resume next week.",)),
    # 3. the speaker's possibility kept, or kept possible the other way
    "toll-could-rise": ("Officials said the toll could rise.", (TOLL,)),
    "toll-might-rise": ("Officials said the toll might rise.", (TOLL,)),
    "toll-may-not-rise": ("Officials said the toll may not rise.", (TOLL,)),
    "toll-could-rise-said-after": ("The toll could rise, officials said.", (TOLL,)),
    # 4. a part told as a part, a majority as them
    "some-members": ("Some members backed the strike.", (MINORITY,)),
    "nearly-half": ("Nearly half of members backed the strike.", (MINORITY,)),
    "members-of-a-majority": ("Members backed the strike.", (MAJORITY,)),
    "members-split": ("Members were split on the strike.", (MINORITY,)),
    "members-voted": ("Members voted on the strike, with 48% backing it.", (MINORITY,)),
    "workers-went-on-strike": ("Workers went on strike.", ("48% of workers went on strike.",)),
    # 6. a premium reckoned on the price of its relative clause
    "premium-to-the-close-which-was": ("Castellane's offer of 412 pence is a premium of 31% to Norwave's close on 3 "
                                       "March, which was 314.5 pence.", (OFFER,)),
    "relative-after-the-price": ("Castellane's offer of 412 pence is a premium of 31% to Norwave's closing price of "
                                 "314.5 pence, which was the last price before the offer.", (OFFER,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []


IN_SPANISH = {
    # 5. an ordinal with no noun after it ranks what its sentence named
    "la-tercera-desde-enero": ("La reunión del 10 de marzo será la tercera desde enero.",
                               "this sentence says 'la tercera' where its cited passages say 'cuarta reunión': \"La "
                               "reunión del 10 de marzo será la tercera desde enero.\""),
    "la-tercera-apposed": ("La reunión, la tercera desde enero, será el 10 de marzo.",
                           "this sentence says 'la tercera' where its cited passages say 'cuarta reunión'"),
    "tercera-reunion": ("Será la tercera reunión desde enero.",
                        "this sentence says 'tercera reunión' where its cited passages say 'cuarta reunión'"),
    "la-cuarta-desde-enero": ("La reunión del 10 de marzo será la cuarta desde enero.", ""),
    "la-cuarta": ("La reunión del 10 de marzo será la cuarta.", ""),
    "cuarta-reunion": ("La cuarta reunión será el 10 de marzo.", ""),
    "por-cuarta-vez": ("La mesa se reunirá por cuarta vez desde enero.", ""),
}


@pytest.mark.parametrize("sentence, message", IN_SPANISH.values(), ids=IN_SPANISH.keys())
def test_a_spanish_rank_is_kept(sentence: str, message: str):
    findings = findings_in_language("es", sentence, REUNION)
    assert (any(message in finding for finding in findings) if message else findings == []), findings
