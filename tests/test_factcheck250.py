"""A fact-checker's misstatements that built and honest sentences refused, on the strike and clash desks' parties
(tests/fixtures/strike_desk, clash_desk), each with a twin on another topic and honest sentences near it that build:

1. "Harbour is paying shares, not cash" citing "Harbour is paying cash, not shares": a contrast turned round
   (explainer/swapped_contrasts.py; "Kestrel sent food, not weapons" of "weapons, not food" built). The honest
   "Harbour is paying cash, not shares" citing "Harbour is not paying in shares; it is paying cash" was refused as a
   negation dropped (polarity.py asks swapped_contrasts.denied_by_own_contrast).
2. "Investigators cleared the driver of any fault" citing "investigators found no fault with the driver" was refused
   (explainer/clearings.py, asked by polarity.py); citing "found fault with the driver" it built, and is refused.
3. "The ceasefire was broken" citing "both sides signed a ceasefire" built (explainer/broken_agreements.py).
4. "Valdoria will give up land" citing "Valdoria will not give up a metre of its land" built
   (explainer/emphatic_denials.py).
5. "The union has offered 4.5%" citing "The trust has offered 4.5%" built: "the union" named no Guild
   (explainer/kind_nouns.py, read by owners.party_words).
6. "One in five has taken jobs abroad" citing "one in five has applied for jobs abroad" built
   (explainer/applications_granted.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings

from explainer.model import Party

STRIKE = (Party(id="guild", name="Medical Practitioners' Guild", aliases=("the Guild",)),
          Party(id="trust", name="Calderbury Health Trust", aliases=("the trust",)))
SIDES = (Party(id="valdoria", name="Valdoria"), Party(id="kestrel", name="Kestrel"))
DEAL = (Party(id="harbour", name="Harbour Foods", aliases=("Harbour",)),
        Party(id="union", name="Dairy Workers Union"))
RAIL = (Party(id="crews", name="Rail Crews' Brotherhood"),
        Party(id="westline", name="Westline Trains", aliases=("the operator",)))
WARD = (Party(id="nurses", name="Royal College of Nursing", role="union"),
        Party(id="board", name="Northfield Health Board", aliases=("the board",)))

CASH = "Harbour is paying cash, not shares."
ARMS = "Kestrel sent weapons, not food."
FAULT = "investigators found no fault with the driver"
WRONGDOING = "The inquiry found no wrongdoing by the minister."
SIGNED = "both sides signed a ceasefire"
DEAL_AGREED = "The union and the trust agreed a deal on rotas on Friday."
LAND = "Valdoria will not give up a metre of its land."
PRISONERS = "Kestrel will not hand over a single prisoner."
OFFER = "The trust has offered 4.5%."
ROTA = "The operator has accepted the new rota."
REJECTED = "The board has rejected the offer."
ABROAD = "one in five has applied for jobs abroad"
GRANTS = "two in three households have applied for grants"

REFUSED = [
    # 1: a contrast turned round, and its twins
    ("Harbour is paying shares, not cash.", CASH, DEAL, "turns round the contrast"),
    ("Harbour is paying shares rather than cash.", CASH, DEAL, "turns round the contrast"),
    ("Kestrel sent food, not weapons.", ARMS, SIDES, "turns round the contrast"),
    ("Kestrel sent not weapons but food.", ARMS, SIDES, "turns round the contrast"),
    ("Doctors walked out on Tuesday, not Monday.", "Doctors walked out on Monday, not Tuesday.", STRIKE,
     "turns round the contrast"),
    ("Harbour is paying shares, not cash.", "Harbour is not paying in shares; it is paying cash.", DEAL,
     "drops the negation"),
    ("Kestrel is sending troops, not food.", "Kestrel is not sending troops; it is sending food.", SIDES,
     "drops the negation"),
    # 2: what a clearing is not
    ("Investigators found the driver at fault.", FAULT, STRIKE, "drops the negation"),
    ("The inquiry cleared the minister of any wrongdoing.", "The inquiry found no wrongdoing by the contractor.",
     STRIKE, "drops the negation"),
    ("Investigators cleared the driver of any fault.", "investigators found fault with the driver", STRIKE,
     "clears of a thing"),
    ("The inquiry cleared the minister of wrongdoing.", "The inquiry found wrongdoing by the minister.", STRIKE,
     "clears of a thing"),
    # 3: an agreement made told as broken
    ("A ceasefire is broken.", SIGNED, SIDES, "tells the ceasefire as broken"),
    ("The ceasefire was broken.", SIGNED, SIDES, "tells the ceasefire as broken"),
    ("Kestrel broke the truce.", SIGNED, SIDES, "as broken"),
    ("The deal has collapsed.", DEAL_AGREED, STRIKE, "tells the deal as broken"),
    # 4: an emphatic denial told as the deed
    ("Valdoria will give up land.", LAND, SIDES, "drops the negation"),
    ("Kestrel will hand over prisoners.", PRISONERS, SIDES, "drops the negation"),
    ("The trust has paid the fine.", "The trust has not paid a penny of the fine.", STRIKE, "drops the negation"),
    # 5: a party named by its kind's common noun
    ("The union has offered 4.5%.", OFFER, STRIKE, "names union where its cited passages name trust"),
    ("The trust has offered 4.5%.", "The union has offered 4.5%.", STRIKE, "names trust where"),
    ("The union has accepted the new rota.", ROTA, RAIL, "names union where its cited passages name operator"),
    ("The union has rejected the offer.", REJECTED, WARD, "names union where its cited passages name board"),
    # 6: an application told as granted
    ("One in five has taken jobs abroad.", ABROAD, STRIKE, "tells as got"),
    ("Two in three households have received grants.", GRANTS, STRIKE, "tells as got"),
    ("Most of the firms have won contracts.", "Most of the firms have applied for contracts.", STRIKE, "tells as got"),
]

BUILT = [
    # 1: the contrast kept, in the passage's words or others
    ("Harbour is paying cash, not shares.", CASH, DEAL),
    ("Harbour is paying cash, not shares.", "Harbour is not paying in shares; it is paying cash.", DEAL),
    ("Harbour is paying cash rather than shares.", CASH, DEAL),
    ("Harbour is paying in cash, not in shares.", CASH, DEAL),
    ("Kestrel sent weapons, not food.", ARMS, SIDES),
    ("Kestrel sent not food but weapons.", ARMS, SIDES),
    ("Kestrel sent weapons rather than food.", ARMS, SIDES),
    ("Doctors walked out on Monday, not Tuesday.", "Doctors walked out on Monday, not on Tuesday as planned.",
     STRIKE),
    ("Harbour is paying cash.", CASH, DEAL),
    ("Kestrel is sending food, not troops.", "Kestrel is not sending troops; it is sending food.", SIDES),
    ("Valdoria is shipping fuel, not weapons.", "Valdoria is not shipping weapons; it is shipping fuel.", SIDES),
    ("The trust is offering time off, not bonuses.", "The trust is not offering bonuses; it is offering time off.",
     STRIKE),
    # 2: a clearing told of a finding of none
    ("Investigators cleared the driver of any fault.", FAULT, STRIKE),
    ("Investigators found no fault with the driver.", FAULT, STRIKE),
    ("The inquiry cleared the minister of wrongdoing.", WRONGDOING, STRIKE),
    ("The inquiry found that the minister did nothing wrong.", WRONGDOING, STRIKE),
    # 3: an agreement told as made, or its break as the source tells it
    ("Both sides signed a ceasefire.", SIGNED, SIDES),
    ("A ceasefire is in place.", SIGNED, SIDES),
    ("The ceasefire was broken within hours.", "The ceasefire both sides signed was broken within hours.", SIDES),
    ("Kestrel says Valdoria broke the ceasefire.", "Kestrel accused Valdoria of violating the ceasefire.", SIDES),
    ("The ceasefire has not been broken.", SIGNED, SIDES),
    ("The union and the trust agreed a deal on rotas.", DEAL_AGREED, STRIKE),
    ("The truce broke down in March.", "The truce lasted until March.", SIDES),
    ("The truce ended the shelling.", "Valdoria and Kestrel agreed a truce to stop the shelling.", SIDES),
    # 4: the emphatic denial kept
    ("Valdoria will not give up any land.", LAND, SIDES),
    ("Valdoria refuses to give up land.", LAND, SIDES),
    ("Valdoria will not give up land.", LAND, SIDES),
    ("Kestrel will not hand over prisoners.", PRISONERS, SIDES),
    ("Kestrel will keep its prisoners.", "Kestrel will hand over a dozen prisoners.", SIDES),
    # 5: a party named by its kind's noun where the passage names it
    ("The trust has offered 4.5%.", OFFER, STRIKE),
    ("The union has offered 4.5%.", "The Guild has offered 4.5%.", STRIKE),
    ("The Guild has offered 4.5%.", "The union has offered 4.5%.", STRIKE),
    ("The union has accepted the new rota.", "The Brotherhood has accepted the new rota.", RAIL),
    ("The operator has accepted the new rota.", ROTA, RAIL),
    ("The union has rejected the offer.", "The Royal College of Nursing has rejected the offer.", WARD),
    # 6: an application told as one
    ("One in five has applied for jobs abroad.", ABROAD, STRIKE),
    ("One in five doctors has applied for work abroad.", ABROAD, STRIKE),
    ("One in five has sought jobs abroad.", ABROAD, STRIKE),
    ("Two in three households have applied for grants.", GRANTS, STRIKE),
    ("One in five has taken jobs abroad.", "one in five has applied for jobs abroad and taken jobs abroad", STRIKE),
]


@pytest.mark.parametrize("sentence, passage, parties, told", REFUSED)
def test_the_misstatement_is_refused(sentence, passage, parties, told):
    findings = sentence_findings(sentence, (passage,), "en", parties)
    assert any(told in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, parties", BUILT)
def test_the_honest_sentence_builds(sentence, passage, parties):
    assert not sentence_findings(sentence, (passage,), "en", parties), sentence
