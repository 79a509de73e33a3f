"""A ninety-seventh fact-check: denials and charges in French, Spanish and English, after factcheck96.

"Southland nie subventionner ses aciéristes." citing "Northland affirme que Southland subventionne ses aciéristes, ce
que dément Southland." was refused as Northland's word worded as fact: "nie", "conteste", "réfute" and "rejette
l'accusation" did not say whose word it is as "dément" does (attribution.py). "Southland rejects Northland's charge
that it subsidises its steelmakers." was refused twice: "the charge that" did not name an accusation as "the accusation
that" does (explainer/named_charges.py). And three misstatements built: "Southland reconnaît subventionner ses
aciéristes." and "Southland admite subvencionar a sus siderúrgicas." against a French or Spanish denial
(turned_stances.py read English only: explainer/stances_languages.py), and "Southland rejects the allegation that it
dumps steel." citing a passage accusing it of subsidies (explainer/denied_contents.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import item_findings, sentence_findings

PARTIES = (Party(id="north", name="Northland"), Party(id="south", name="Southland"))

FR = "Northland affirme que Southland subventionne ses aciéristes, ce que dément Southland."
FR_LE = "Northland affirme que Southland subventionne ses aciéristes. Southland le dément."
FR_PLAIN = "Northland affirme que Southland subventionne ses aciéristes."
FR_NIE = "Southland a démenti subventionner ses aciéristes."
ES = "Northland afirma que Southland subvenciona a sus siderúrgicas, lo que niega Southland."
ES_LO = "Northland afirma que Southland subvenciona a sus siderúrgicas. Southland lo niega."
ES_NEGO = "Southland negó subvencionar a sus siderúrgicas."
CHARGE = "Northland accuses Southland of subsidising its steelmakers, a charge Southland rejects."
SAYS = "Northland says Southland subsidises its steelmakers, allowing them to sell below cost; Southland denies this."

HONEST = {
    "fr-nie": ("Southland nie subventionner ses aciéristes.", FR, "fr"),
    "fr-conteste": ("Southland conteste subventionner ses aciéristes.", FR, "fr"),
    "fr-reffute": ("Southland réfute subventionner ses aciéristes.", FR, "fr"),
    "fr-nient-le": ("Les dirigeants de Southland nient subventionner ses aciéristes.", FR_LE, "fr"),
    "fr-nie-que": ("Southland nie qu'elle subventionne ses aciéristes.", FR, "fr"),
    "fr-rejette-accusation": ("Southland rejette l'accusation de subventionner ses aciéristes.", FR, "fr"),
    "fr-dement-kept": ("Southland dément subventionner ses aciéristes.", FR, "fr"),
    "fr-accusation-kept": ("Northland affirme que Southland subventionne ses aciéristes.", FR, "fr"),
    "fr-denied-kept": ("Southland a nié subventionner ses aciéristes.", FR_NIE, "fr"),
    "es-niega": ("Southland niega subvencionar a sus siderúrgicas.", ES, "es"),
    "es-rechaza-acusacion": ("Southland rechaza la acusación de que subvenciona a sus siderúrgicas.", ES, "es"),
    "es-desmiente": ("Southland desmiente subvencionar a sus siderúrgicas.", ES_LO, "es"),
    "es-nego-kept": ("Southland niega subvencionar a sus siderúrgicas.", ES_NEGO, "es"),
    "charge-possessive": ("Southland rejects Northland's charge that it subsidises its steelmakers.", CHARGE, "en"),
    "the-charge": ("Southland rejects the charge that it subsidises its steelmakers.", CHARGE, "en"),
    "charges-of": ("Southland denies the charges of subsidising its steelmakers.", CHARGE, "en"),
    "accusation-kept": ("Southland rejects the accusation that it subsidises its steelmakers.", CHARGE, "en"),
    "allegation-paraphrase": ("Southland rejects the allegation that it subsidises steel producers.", CHARGE, "en"),
    "claim-below-cost": ("Southland denies the claim that it lets its steelmakers sell below cost.", SAYS, "en"),
    "rejects-the-charges": ("Southland rejects the charges.", CHARGE, "en"),
    "light-verb-paraphrase": ("Southland denies that it gives aid to its steelmakers.", CHARGE, "en"),
    "fr-light-verb": ("Southland nie accorder des subventions à ses aciéristes.", FR, "fr"),
    "same-words": ("Northland accuses Southland of subsidising its steelmakers, a charge Southland rejects.",
                   CHARGE, "en"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_an_honest_denial_or_charge_builds(sentence: str, passage: str, language: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


MISSTATED = {
    "fr-reconnait": ("Southland reconnaît subventionner ses aciéristes.", FR, "fr",
                     "this sentence tells as admitted ('reconnaît') what its cited passages give as denied ('dément')"),
    "fr-admet-le": ("Southland admet subventionner ses aciéristes.", FR_LE, "fr",
                    "this sentence tells as admitted ('admet')"),
    # a plain denial turned is named as a negation dropped (polarity.py), once
    "fr-reconnu-plain": ("Southland a reconnu subventionner ses aciéristes.", FR_NIE, "fr",
                         "this sentence drops the negation of its cited passage"),
    "fr-as-fact": ("Southland subventionne ses aciéristes.", FR, "fr",
                   "the source gives this as someone's word ('affirme')"),
    "fr-denial-unsaid": ("Southland nie subventionner ses aciéristes.", FR_PLAIN, "fr",
                         "this sentence adds a negation to its cited passage"),
    "es-admite": ("Southland admite subvencionar a sus siderúrgicas.", ES, "es",
                  "this sentence tells as admitted ('admite') what its cited passages give as denied ('niega')"),
    "es-admite-lo": ("Southland admite subvencionar a sus siderúrgicas.", ES_LO, "es",
                     "this sentence tells as admitted ('admite')"),
    "es-reconocio-plain": ("Southland reconoció subvencionar a sus siderúrgicas.", ES_NEGO, "es",
                           "this sentence drops the negation of its cited passage"),
    "es-niega-by-accuser": ("Northland niega que Southland subvencione a sus siderúrgicas.", ES, "es",
                            "this sentence gives the denial to Northland"),
    "allegation-invented": ("Southland rejects the allegation that it dumps steel.", CHARGE, "en",
                            "this sentence has Southland deny what its cited passage does not accuse it of ('it dumps "
                            "steel')"),
    "charge-invented": ("Southland denies Northland's charge that it dumps steel.", CHARGE, "en",
                        "this sentence has Southland deny what its cited passage does not accuse it of"),
    "denies-that-invented": ("Southland denies that it dumps steel on world markets.", SAYS, "en",
                             "this sentence has Southland deny what its cited passage does not accuse it of"),
    "denies-gerund-invented": ("Southland denies dumping steel.", CHARGE, "en",
                               "this sentence has Southland deny what its cited passage does not accuse it of"),
    "fr-invented": ("Southland rejette l'accusation de brader son acier.", FR, "fr",
                    "this sentence has Southland deny what its cited passage does not accuse it of ('brader son "
                    "acier')"),
    "es-invented": ("Southland rechaza la acusación de que vende acero barato.", ES, "es",
                    "this sentence has Southland deny what its cited passage does not accuse it of"),
    "fr-rejected-bill-as-fact": ("Southland rejette le projet de loi.",
                                 "Northland affirme que Southland rejette le projet de loi.", "fr",
                                 "the source gives this as someone's word ('affirme')"),
    "charge-as-fact": ("Southland subsidises its steelmakers.", CHARGE, "en",
                       "the source gives this as someone's word ('accuses')"),
    "admits-charge": ("Southland admits the charge that it subsidises its steelmakers.", CHARGE, "en",
                      "this sentence gives the words to Southland, but its cited passages give them to Northland"),
    "fr-confirme-inverted": ("Southland confirme qu'elle subventionne ses aciéristes.", FR, "fr",
                             "this sentence tells as admitted ('confirme') what its cited passages give as denied"),
    "es-confiesa-lo": ("Southland confiesa que subvenciona a sus siderúrgicas.", ES_LO, "es",
                       "this sentence tells as admitted ('confiesa') what its cited passages give as denied"),
}


@pytest.mark.parametrize("sentence, passage, language, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_denial_or_charge_is_refused(sentence: str, passage: str, language: str, expected: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(message.startswith(expected) for message in found), found


def test_the_invented_accusations_hint_gives_the_sources():
    found = sentence_findings("Southland rejects the allegation that it dumps steel.", (CHARGE,), "en", PARTIES)
    assert found == ["this sentence has Southland deny what its cited passage does not accuse it of ('it dumps "
                     "steel'): \"Southland rejects the allegation that it dumps steel.\""]


def test_an_item_inventing_an_accusation_is_refused():
    found = item_findings("Southland rejects the allegation that it dumps steel", (CHARGE,), "en", PARTIES)
    assert any(message.startswith("this sentence has Southland deny what") for message in found), found


# "rejette" says whose word it is only of someone's word: a bill rejected is a deed, and Northland's word of it stays
# Northland's
@pytest.mark.parametrize("sentence, language", [("Southland rejette le projet de loi.", "fr"),
                                                ("Southland rechaza el proyecto de ley.", "es")])
def test_a_rejected_bill_told_as_fact_is_no_word_named(sentence: str, language: str):
    from explainer.attribution import says_whose_word
    assert not says_whose_word(sentence)


@pytest.mark.parametrize("sentence, named", [("Southland rejects the charge that it subsidises steel.", True),
                                             ("Northland's charges of dumping were dropped.", True),
                                             ("The port adds a charge of $5 a container.", False),
                                             ("The minister in charge of steel resigned.", False),
                                             ("The company charges a fee.", False),
                                             ("Southland rejected Northland's charges.", True)])
def test_a_charge_names_an_accusation_only_as_a_noun(sentence: str, named: bool):
    from explainer.named_charges import names_a_charge
    assert names_a_charge(sentence) is named
