"""Honest sentences of new users' briefings (a duties list, a takeover, holders' stakes) still refused, now built:

1. A doer listed after the act, its verb not written again: "Osric EV will pay a duty of 35%." citing "Tarsk Motors
   will pay a duty of 17%, Velar Automotive a duty of 21% and Osric EV a duty of 35%" was refused as giving Tarsk
   Motors' commitment to Osric EV (explainer/commitment_doers.py read "will pay" as its first payer's alone). A doer
   named after a comma, "and" or a semicolon and followed at once by a figure or the object's own words ("a duty") is
   the act's doer too; "will pay a fee to Vell and Osric" names no payer so.
2. A price a share is no one share: "Fresco shareholders will receive 310p in cash for each share." citing "Harbour
   will pay 310p a share in cash" was refused as "each share" where the passage names only one ('a share')
   (explainer/per_unit_amounts.py, read by part_as_all.py): "a <noun>" right after an amount the sentence gives too
   is a rate. "Harbour will close each store" of "a store in Leeds", and "34% for each share", stay refused.
3. What the target's holders receive is the buyer's price: the same sentence citing the report's whole "Harbour will
   pay 310p a share in cash, a premium of 34% to Fresco's closing price" was refused as giving Fresco the figure the
   passage gives Harbour (moved_figures.py); "shareholders ... receive/get/are paid ... 310p for each share" and
   "each share will fetch 310p" keep a price a passage's sentence of a deal or a payment states a share
   (explainer/offer_prices.py `price_received_kept`).
4. A listed holder's stake: "Zeta, which owns 12% of Bolt, opposes the deal." citing "Ayr Capital owns 20% of Bolt,
   Zeta Capital 12% and Kell Partners 5%" was refused as giving Bolt the 12% the passage gives 'Capital', where it
   gives Bolt 20% (moved_figures.py): the passage's "owns ... of Bolt" is every listed holder's
   (explainer/listed_stakes.py). "Kell, which owns 12% of Bolt" stays refused.
5. A group's word alone (tests/test_newuser_131.py's LEFTOVER): "Neither country may appeal, but either may ask the
   tribunal to interpret the ruling." citing "The ruling is final and there is no appeal, though either side may ask
   for an interpretation of its terms" was refused as giving the power to 'ask' to "the either" where the passage
   gives it to the side (explainer/powers_given.py): "either", "each", "both", "any" or "all" alone holds what the
   passage gives "either side". "The tribunal may ask ..." stays refused.

Each with honest twins that must build (another topic too), and its misstatement twins kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from explainer.model import Party
from support import (Sentence, SentencesChecked, minimal_project, paragraph, read_as_project_locale,
                     sentence_findings)

PARTIES = (Party(id="tarsk", name="Tarsk Motors", short_name="Tarsk", role="carmaker"),
           Party(id="velar", name="Velar Automotive", short_name="Velar", role="carmaker"),
           Party(id="osric", name="Osric EV", short_name="Osric", role="carmaker"),
           Party(id="kor", name="Kor Steel", short_name="Kor", role="steelmaker"),
           Party(id="harbour", name="Harbour Foods", short_name="Harbour", role="buyer"),
           Party(id="fresco", name="Fresco Markets", short_name="Fresco", role="target"),
           Party(id="ayr", name="Ayr Capital", short_name="Ayr", role="holder"),
           Party(id="zeta", name="Zeta Capital", short_name="Zeta", role="holder"),
           Party(id="kell", name="Kell Partners", short_name="Kell", role="holder"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"))

WIRE = (REPO / "tests" / "fixtures" / "newuser_135" / "seeds" / "wire.txt").read_text(encoding="utf-8")
RATES = paragraph(WIRE, "a duty of 17%")
DUTIES = "Tarsk Motors will pay a duty of 17%, Velar Automotive 22% and Osric EV a duty of 35%."
JOBS = "Tarsk Motors has agreed to cut 900 jobs, Velar Automotive 400 and Osric EV 120."
OFFER = "Harbour will pay 310p a share in cash, a premium of 34% to Fresco's closing price on Tuesday."
STAKES = "Ayr Capital owns 20% of Bolt, Zeta Capital 12% and Kell Partners 5%. Zeta opposes the deal."
BRACKETED = "Bolt's largest shareholders are Ayr Capital (20%), Zeta Capital (12%) and Kell Partners (5%)."

COMMITMENT = "gives the commitment"
EACH = "where its cited passages name only one"
MOVED = "a figure its cited passage gives"


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of an English sentence citing one passage, in a briefing of PARTIES."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


def assert_outcome(sentence: str, passage: str, expected: str) -> None:
    """Assert a sentence builds ("ok") or is refused with `expected` in a finding."""
    findings = found(sentence, passage)
    if expected == "ok":
        assert findings == [], findings
    else:
        assert any(expected in message for message in findings), findings


# 1. A doer listed after the act, its verb not written again
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Osric EV will pay a duty of 35%.", RATES, "ok"),
    ("Osric EV will pay a duty of 35%, the highest rate, the commission said.", RATES, "ok"),
    ("Velar Automotive will pay a duty of 21%, the commission said.", RATES, "ok"),
    ("Osric EV will pay 35% because it did not cooperate with the inquiry, the commission said.", RATES, "ok"),
    ("Osric EV will pay a duty of 35%.", DUTIES, "ok"),
    ("Velar Automotive will pay 22%.", DUTIES, "ok"),
    ("Osric EV will pay a 35% duty.", DUTIES, "ok"),
    ("Velar Automotive will pay 22%.", DUTIES.replace("17%", "17.5%"), "ok"),
    ("Osric EV will pay a duty of 35%.", "Tarsk Motors will pay a duty of 17%; Osric EV a duty of 35%.", "ok"),
    # another topic: jobs cut, a commitment by "has agreed to"
    ("Velar Automotive has agreed to cut 400 jobs.", JOBS, "ok"),
    ("Osric EV has agreed to cut 120 jobs.", JOBS, "ok"),
    ("Velar Automotive has agreed to pay £2m.", "Tarsk Motors has agreed to pay £5m, Velar Automotive £2m and "
                                                "Osric EV £1m.", "ok"),
    # misstatements kept refused: a payee is no payer, a figure moved, a party the passage never names
    ("Osric EV will pay a fee.", "Tarsk Motors will pay a fee to Velar Automotive and Osric EV.", "name"),
    ("Velar Automotive has agreed to cut 400 jobs.", "Tarsk Motors has agreed to cut 400 jobs at Velar Automotive.",
     "name"),
    ("Osric EV will pay a duty of 17%.", DUTIES, "name"),
    ("Velar Automotive will pay a duty of 35%, the commission said.", RATES, "35%"),
    ("Kor Steel will pay a duty of 35%.", DUTIES, "Steel"),
])
def test_a_doer_listed_after_the_act_is_its_doer(sentence, passage, expected):
    assert_outcome(sentence, passage, expected)


def test_a_payee_after_and_gives_the_commitment_no_other_doer():
    """commitment_doers.py itself: the listed doer's own act builds, a payee named after "and" is refused."""
    from explainer.attribution import Cited
    from explainer.commitment_doers import commitments_given_to_another

    named = tuple((party.id, frozenset({party.name.casefold(), party.short_name.casefold()}))
                  for party in PARTIES[:3])

    def commitments(sentence: str, passage: str) -> list:
        return commitments_given_to_another(sentence, [Cited(passage, "en", passage)], 0, "en", named)

    assert commitments("Osric EV will pay a duty of 35%.", DUTIES) == []
    assert commitments("Osric EV will pay a duty of 35%.", RATES) == []
    assert commitments("Osric EV will pay a fee.", "Tarsk Motors will pay a fee to Velar Automotive and Osric EV.")


# 2 and 3. A price a share: no one share, and the target's holders' as much as the buyer's
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Fresco shareholders will receive 310p in cash for each share.", "Harbour will pay 310p a share in cash for "
                                                                      "Fresco.", "ok"),
    ("Fresco shareholders will receive 310p in cash for each share.", OFFER, "ok"),
    ("Fresco shareholders will get 310p a share in cash.", OFFER, "ok"),
    ("Fresco's investors are to be paid 310p per share.", OFFER, "ok"),
    ("Each Fresco share will fetch 310p in cash.", OFFER, "ok"),
    ("Harbour will pay 310p in cash for each Fresco share.", OFFER, "ok"),
    ("Harbour is offering 310p for each share.", OFFER, "ok"),
    ("The offer values each share at 310p.", "Harbour's offer values Fresco at 310p a share.", "ok"),
    # another topic: fares, oil, waste bags
    ("Drivers pay £2 for each ticket.", "Drivers pay £2 a ticket on the new routes.", "ok"),
    ("The refinery pays $80 for each barrel.", "The refinery pays $80 a barrel.", "ok"),
    ("Residents will pay 5 euros for each bag.", "Residents will pay 5 euros a bag of rubbish.", "ok"),
    # misstatements kept refused: one thing told as every one, another figure for each share
    ("Harbour will close each store.", "Harbour will close a store in Leeds.", EACH),
    ("Fresco shareholders will receive 34% for each share.", OFFER, EACH),
    ("Each shareholder will receive 310p.", "Harbour will pay 310p to a shareholder who sells.", EACH),
    ("The council sold each share it held.", "The council sold a share it held in 2020 for 310p.", EACH),
])
def test_a_price_a_share_is_every_share_and_the_holders(sentence, passage, expected):
    assert_outcome(sentence, passage, expected)


def test_a_price_a_share_is_read_as_a_rate_only_after_an_amount_the_sentence_gives():
    from explainer.per_unit_amounts import per_unit_of

    text = "Harbour will pay 310p a share in cash, and will sell a share of its Leeds site."
    assert per_unit_of(text, text.index("a share"), "310p for each share")
    assert not per_unit_of(text, text.index("a share"), "34% for each share")
    assert not per_unit_of(text, text.rindex("a share"), "310p for each share")


def test_a_price_received_is_kept_only_where_a_passage_states_it_a_share():
    from explainer.attribution import Cited
    from explainer.offer_prices import price_received_kept

    offer = [Cited(OFFER, "en", OFFER)]
    assert price_received_kept("Fresco shareholders will receive 310p in cash for each share.", offer)
    assert not price_received_kept("Fresco shareholders will receive 34p for each share.", offer)
    assert not price_received_kept("Fresco will receive 310p for each share.", offer)  # no holders
    closing = "Fresco's shares closed at 310p a share on Tuesday."
    assert not price_received_kept("Fresco shareholders will receive 310p for each share.",
                                   [Cited(closing, "en", closing)])


# 4. A listed holder's stake
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Zeta, which owns 12% of Bolt, opposes the deal.", STAKES, "ok"),
    ("Zeta, which holds 12% of Bolt, opposes the deal.", STAKES, "ok"),
    ("Zeta Capital, which owns 12% of Bolt, opposes the deal.", STAKES, "ok"),
    ("Zeta owns 12% of Bolt.", STAKES, "ok"),
    ("Kell, which owns 5% of Bolt, opposes the deal.", STAKES, "ok"),
    ("Zeta, which owns 12% of Bolt, opposes the deal.", BRACKETED + " Zeta opposes the deal.", "ok"),
    # another topic: a club's owners
    ("Mira, which owns 30% of the club, backs the sale.",
     "Orla Group owns 45% of the club, Mira Holdings 30% and Teo Partners 25%. Mira backs the sale.", "ok"),
    # misstatements kept refused: another holder's stake
    ("Kell, which owns 12% of Bolt, opposes the deal.", STAKES, MOVED),
    ("Ayr, which owns 12% of Bolt, opposes the deal.", STAKES, MOVED),
    ("Zeta, which owns 5% of Bolt, opposes the deal.", STAKES, MOVED),
])
def test_a_listed_holders_stake_is_its_own(sentence, passage, expected):
    assert_outcome(sentence, passage, expected)


# 5. A group's word alone holds the group's power
RULING = ("The five judges of the Coastal Boundaries Tribunal decided the case by 4 votes to 1. The ruling is final and "
          "there is no appeal, though either side may ask for an interpretation of its terms.")
TREATY = "Under the treaty, either party may withdraw with six months' notice, and the court can settle disputes."
POWER = "gives the power to"


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Neither country may appeal, but either may ask the tribunal to interpret the ruling.", RULING, "ok"),
    ("Neither country may appeal, but either may ask for an interpretation of its terms.", RULING, "ok"),
    ("There is no appeal, though either may ask for an interpretation.", RULING, "ok"),
    ("There is no appeal, but both may ask for an interpretation.", RULING, "ok"),
    ("Either side may ask for an interpretation of the ruling.", RULING, "ok"),
    # another topic: a treaty's withdrawal
    ("Under the treaty, either may withdraw with six months' notice.", TREATY, "ok"),
    ("The treaty lets each withdraw; either may withdraw with six months' notice.", TREATY, "ok"),
    # misstatements kept refused: another's power, the group's power given to a body
    ("The tribunal may ask for an interpretation of the ruling.", RULING, POWER),
    ("Either may settle disputes.", TREATY, POWER),
    ("The court may withdraw with six months' notice.", TREATY, POWER),
])
def test_a_groups_word_alone_holds_the_groups_power(sentence, passage, expected):
    assert_outcome(sentence, passage, expected)


# The four sentences in a project of their own: each builds (twins of another topic, and misstatements refused)
BOLT = ("  - id: zeta\n    name: Zeta Capital\n    short_name: Zeta\n"
        "  - id: ayr\n    name: Ayr Capital\n    short_name: Ayr\n"
        "  - id: bolt\n    name: Bolt Industries\n    short_name: Bolt\n")
CARS = ("  - id: tarsk\n    name: Tarsk Motors\n    short_name: Tarsk\n"
        "  - id: osric\n    name: Osric EV\n    short_name: Osric\n")
TAKEOVER = ("  - id: harbour\n    name: Harbour Foods\n    short_name: Harbour\n"
            "  - id: fresco\n    name: Fresco Markets\n    short_name: Fresco\n")
CASES = [
    Sentence("Tarsk Motors will pay a duty of 17%, Vell Auto 22% and Osric EV a duty of 35%.",
             "Osric EV will pay a duty of 35%.", CARS),
    Sentence(OFFER, "Fresco shareholders will receive 310p in cash for each share.", TAKEOVER),
    Sentence(STAKES, "Zeta, which owns 12% of Bolt, opposes the deal.", BOLT),
    Sentence(STAKES, "Ayr, which owns 12% of Bolt, opposes the deal.", BOLT),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck243") / "project"), CASES)


@pytest.mark.parametrize("case", CASES[:3], ids=["listed-payer", "price-each-share", "listed-stake"])
def test_the_new_users_sentences_build(checked, case):
    assert checked(*case) == []


def test_another_holders_stake_is_still_refused_by_the_build(checked):
    lines = checked(*CASES[3])
    assert lines and MOVED in lines[0]
