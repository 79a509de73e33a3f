"""A ninety-sixth fact-check: a denial a passage gives by pointing back backs an honest summary of it.

"Southland denies subsidising its steelmakers" citing "Northland says Southland subsidises its steelmakers, allowing
them to sell below cost; Southland denies this." was refused as a negation added to Northland's words
(polarity.py), and "Southland denies that it subsidises its steelmakers" as Northland's words given to Southland
(speaker_turns.py): the passage's "this" holds none of the words it denies. Now a denial that points back ("denies
this", "denies it", "rejects the claim", "disputes the allegations", "has denied wrongdoing", "..., which Southland
denies", "..., a charge Southland rejects"; French "ce que dément Southland", Spanish "lo que niega Southland", German
"was Southland bestreitet") is read as its speaker's denial of what the clause before it has the accuser say
(explainer/pointed_denials.py). A sentence saying the opposite, stating the denial as fact, telling of a denial the
passage points elsewhere or by another, or giving the denial to the accuser, is still refused.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import item_findings, sentence_findings

PARTIES = (Party(id="north", name="Northland"), Party(id="south", name="Southland"), Party(id="east", name="Eastland"))

SAYS = "Northland says Southland subsidises its steelmakers, allowing them to sell below cost; Southland denies this."
SAYS_TWO = "Northland says Southland subsidises its steelmakers, allowing them to sell below cost. Southland denies this."
WHICH = "Northland says Southland subsidises its steelmakers, which Southland denies."
CHARGE = "Northland accuses Southland of subsidising its steelmakers, a charge Southland rejects."
WRONGDOING = "Northland accuses Southland of subsidising its steelmakers. Southland has denied wrongdoing."
IT = "Northland alleges that Southland subsidises its steelmakers, which it denies."
DISPUTES = "Northland claims Southland subsidises its steelmakers. Southland disputes the claim."
ALLEGATIONS = "Northland says Southland subsidises its steelmakers; Southland has rejected the allegations."
FR = "Northland affirme que Southland subventionne ses aciéristes, ce que dément Southland."
FR_LE = "Northland affirme que Southland subventionne ses aciéristes. Southland le dément."
ES = "Northland afirma que Southland subvenciona a sus siderúrgicas, lo que niega Southland."
ES_LO = "Northland afirma que Southland subvenciona a sus siderúrgicas. Southland lo niega."
DE = "Northland sagt, Southland subventioniere seine Stahlhersteller, was Southland bestreitet."

HONEST = {
    "rejects-the-claim": ("Southland rejects Northland's claim that it subsidises steelmakers.", SAYS, "en"),
    "denies-subsidising": ("Southland denies subsidising its steelmakers.", SAYS, "en"),
    "denies-that": ("Southland denies that it subsidises its steelmakers.", SAYS, "en"),
    "denies-the-charge": ("Southland denies Northland's charge that it subsidises steelmakers.", SAYS, "en"),
    "two-sentences": ("Southland denies subsidising its steelmakers.", SAYS_TWO, "en"),
    "two-sentences-that": ("Southland denies that it subsidises its steelmakers.", SAYS_TWO, "en"),
    "two-sentences-claim": ("Southland rejects Northland's claim that it subsidises steelmakers.", SAYS_TWO, "en"),
    "same-words": ("Northland says Southland subsidises its steelmakers; Southland denies this.", SAYS, "en"),
    "which-denies": ("Southland denies subsidising its steelmakers.", WHICH, "en"),
    "which-denies-that": ("Southland denies that it subsidises its steelmakers.", WHICH, "en"),
    "a-charge-rejected": ("Southland rejects the accusation that it subsidises its steelmakers.", CHARGE, "en"),
    "a-charge-denied": ("Southland denies subsidising its steelmakers.", CHARGE, "en"),
    "denied-wrongdoing": ("Southland has denied subsidising its steelmakers.", WRONGDOING, "en"),
    "which-it-denies": ("Southland denies that it subsidises its steelmakers.", IT, "en"),
    "disputes-the-claim": ("Southland disputes that it subsidises its steelmakers.", DISPUTES, "en"),
    "rejected-allegations": ("Southland has denied subsidising its steelmakers.", ALLEGATIONS, "en"),
    "accusation-kept": ("Northland says Southland subsidises its steelmakers.", SAYS, "en"),
    "fr-dement": ("Southland dément subventionner ses aciéristes.", FR, "fr"),
    "fr-le-dement": ("Southland dément subventionner ses aciéristes.", FR_LE, "fr"),
    "es-niega": ("Southland niega subvencionar a sus siderúrgicas.", ES, "es"),
    "es-rechaza-que": ("Southland rechaza que subvencione a sus siderúrgicas.", ES, "es"),
    "es-lo-niega": ("Southland niega subvencionar a sus siderúrgicas.", ES_LO, "es"),
    "de-bestreitet": ("Southland bestreitet, dass es seine Stahlhersteller subventioniert.", DE, "de"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_an_honest_summary_of_a_pointing_denial_builds(sentence: str, passage: str, language: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


ELSEWHERE = ("Southland admits selling steel below cost. Northland says Southland subsidises its steelmakers; "
             "Southland denies this.")
OTHER_DENIER = "Northland says Southland subsidises its steelmakers; Eastland denies this."
NO_ACCUSATION = "Southland subsidised its steelmakers in 2024. Northland denied it."

MISSTATED = {
    "admits": ("Southland admits it subsidises its steelmakers.", SAYS, "en",
               "this sentence tells as admitted ('admits') what its cited passages give as denied ('denies')"),
    "admits-two-sentences": ("Southland admits it subsidises its steelmakers.", SAYS_TWO, "en",
                             "this sentence tells as admitted ('admits')"),
    "as-fact": ("Southland subsidises its steelmakers.", SAYS, "en",
                "this sentence states as fact what its cited passages give only as the word of Northland"),
    "denial-as-fact": ("Southland does not subsidise its steelmakers.", SAYS, "en",
                       "this sentence adds a negation to its cited passage"),
    "accuser-denies": ("Northland denies that Southland subsidises its steelmakers.", SAYS, "en",
                       "this sentence gives the denial to Northland, but its cited passage has Northland make the "
                       "claim and Southland deny it"),
    "accuser-denies-which": ("Northland denies that Southland subsidises its steelmakers.", WHICH, "en",
                             "this sentence gives the denial to Northland, but its cited passage has Northland "
                             "make the claim and Southland deny it"),
    "accuser-rejects-charge": ("Northland rejects the charge that Southland subsidises its steelmakers.", CHARGE, "en",
                               "this sentence gives the denial to Northland"),
    "denial-pointed-elsewhere": ("Southland denies selling steel below cost.", ELSEWHERE, "en",
                                 "this sentence adds a negation to its cited passage ('Southland admits selling steel "
                                 "below cost')"),
    "another-denier": ("Southland denies subsidising its steelmakers.", OTHER_DENIER, "en",
                       "this sentence gives the words to Southland, but its cited passages give them to Northland"),
    "no-accusation": ("Southland denies subsidising its steelmakers in 2024.", NO_ACCUSATION, "en",
                      "this sentence gives the words to Southland, but its cited passages give them to Northland"),
    "fr-accuser": ("Northland dément que Southland subventionne ses aciéristes.", FR, "fr",
                   "this sentence gives the denial to Northland, but its cited passage has Northland make the claim"),
    "es-accuser": ("Northland niega que Southland subvencione a sus siderúrgicas.", ES, "es",
                   "this sentence gives the denial to Northland, but its cited passage has Northland make the claim"),
    "de-accuser": ("Northland bestreitet, dass Southland seine Stahlhersteller subventioniert.", DE, "de",
                   "this sentence gives the denial to Northland, but its cited passage has Northland make the claim"),
    "fr-denial-as-fact": ("Southland ne subventionne pas ses aciéristes.", FR, "fr",
                          "this sentence adds a negation to its cited passage"),
    "es-denial-as-fact": ("Southland no subvenciona a sus siderúrgicas.", ES, "es",
                          "this sentence adds a negation to its cited passage"),
}


@pytest.mark.parametrize("sentence, passage, language, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_denial_is_refused(sentence: str, passage: str, language: str, expected: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(message.startswith(expected) for message in found), found


CITY = "The union said the city had cut 200 jobs, closing two depots; the city denied this."
CHARGE_NAMED = "Northland says Southland subsidises its steelmakers, allowing them to sell below cost. Southland denies the charge."
REBUFFED = "Northland claims Southland subsidises its steelmakers, allowing them to sell below cost; Southland rebuffed the accusations."
DE_VORWURF = ("Northland sagt, Southland subventioniere seine Stahlhersteller, damit sie billig verkaufen. "
              "Southland weist die Vorwürfe zurück.")

MORE_HONEST = {
    "the-city": ("The city denied cutting 200 jobs.", CITY, "en"),
    "the-charge": ("Southland denies that it subsidises its steelmakers.", CHARGE_NAMED, "en"),
    "rebuffed": ("Southland rejects the claim that it subsidises its steelmakers.", REBUFFED, "en"),
    "de-vorwuerfe": ("Southland bestreitet, dass es seine Stahlhersteller subventioniert.", DE_VORWURF, "de"),
}


@pytest.mark.parametrize("sentence, passage, language", MORE_HONEST.values(), ids=MORE_HONEST.keys())
def test_other_pointing_words_back_an_honest_summary(sentence: str, passage: str, language: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


def test_the_accusers_own_denial_told_elsewhere_builds():
    passage = SAYS + " Northland denies subsidising its own steelmakers."
    assert sentence_findings("Northland denies subsidising its own steelmakers.", (passage,), "en", PARTIES) == []


def test_a_union_given_the_citys_denial_is_refused():
    found = sentence_findings("The union denied that the city had cut 200 jobs.", (CITY,), "en", PARTIES)
    assert found == ["this sentence gives the denial to the union, but its cited passage has the union make the claim "
                     "and the city deny it: \"The union denied that the city had cut 200 jobs.\""]


# Named by no party of the briefing, Northland and Southland are speakers by their names (speaker_turns.py)
@pytest.mark.parametrize("sentence", ["Southland denies that it subsidises its steelmakers.",
                                      "Southland denies Northland's charge that it subsidises steelmakers."])
def test_a_speakers_pointing_denial_is_their_own_words(sentence: str):
    assert sentence_findings(sentence, (SAYS,), "en", ()) == []


def test_a_denial_told_as_admitted_by_a_speaker_is_still_given_to_the_accuser():
    found = sentence_findings("Southland admits it subsidises its steelmakers.", (SAYS,), "en", ())
    assert any(message.startswith("this sentence gives the words to Southland, but its cited passage gives them to "
                                  "Northland") for message in found), found


def test_an_item_cited_whole_reads_a_pointing_denial():
    assert item_findings("Southland denies that it subsidises its steelmakers.", (SAYS,), "en", ()) == []
    found = item_findings("Northland denies that Southland subsidises its steelmakers.", (SAYS,), "en", PARTIES)
    assert any(message.startswith("this sentence gives the denial to Northland") for message in found), found
