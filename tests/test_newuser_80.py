"""Honest sentences a new user writes that the build refused, and their misstatements, still refused.

1. "Marsh steps down on Friday." citing "Marsh is due to step down on Friday.": a plan fixed, told in the present with
   its time, as "Marsh resigns on Friday" is; "down" was read as the verb's object (possible_done.py).
2. "Okafor's allies hold 9 seats, two short of the 11 he needs." citing "... needs 11 votes ...; his allies hold 9
   seats, so he would need the support of at least two independents.": the sentence's own difference of two figures
   it names, not the passage's "at least two" with its qualifier left out (computed.difference_of_named, read by
   attribution.py).
3. "The budget would grow by $6.4 million." citing "... unveiled the $312 million spending plan ... would increase
   spending by 2.1% compared with this year's budget of $305.6 million.": a change told by its share of a base, the
   level it reaches beside it (change_bases.py, read by change_sizes.py).
4. "Castellane offered 412 pence" citing "Castellane agreed on 4 March to pay 412 pence a share for Norwave": a buyer's
   agreement to pay is its offer; the target offered nothing (outcomes.py).
5. Spanish "Cifras de cada parte según la Agencia Ibérica de Noticias.": "según X" names X as the speaker, as "according
   to X" and "selon X" do, never the words before it (speakers.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import REPO, findings_in_language, read_as_project_locale, sentence_findings

PARTIES = {"en": (Party(id="union", name="Teachers' Union", short_name="Union", role="union"),),
           "es": (Party(id="sindicato", name="Sindicato de Profesores", short_name="Sindicato", role="union"),
                  Party(id="gobierno", name="Gobierno", short_name="Gobierno", role="government")),
           "fr": (Party(id="syndicat", name="Syndicat des enseignants", short_name="Syndicat", role="union"),)}

DUE = "Marsh is due to step down on Friday."
SEATS = ("The mayor needs 11 votes to pass his plan; his allies hold 9 seats, so he would need the support of at least "
         "two independents.")
BUDGET = ("Mayor Daniel Okafor unveiled the $312 million spending plan on Monday. The plan would increase spending by "
          "2.1% compared with this year's budget of $305.6 million.")
DEAL = ("Castellane agreed on 4 March to pay 412 pence a share for Norwave, a 31% premium to Norwave's closing price. "
        "Norwave shares now trade at 405 pence.")
STRIKE = {"en": "According to the union, more than 180,000 teachers stopped work, about 62% of the workforce.",
          "es": "Según el sindicato, más de 180.000 profesores dejaron de trabajar, alrededor del 62 % de la plantilla.",
          "fr": "Selon le syndicat, plus de 180 000 enseignants ont cessé le travail, environ 62 % des effectifs."}

HONEST = {
    "step-down-due": ("en", "Marsh steps down on Friday.", (DUE,)),
    "step-down-set": ("en", "Marsh steps down next week.", ("Marsh is set to step down next week.",)),
    "step-down-plural": ("en", "The ministers step down on Friday.",
                         ("The ministers are due to step down on Friday.",)),
    "shut-down-due": ("en", "The plant shuts down on Friday.", ("The plant is due to shut down on Friday.",)),
    "step-down-will": ("en", "Marsh will step down on Friday.", (DUE,)),
    "resigns-due": ("en", "Marsh resigns on Friday.", ("Marsh is due to resign on Friday.",)),
    "two-short": ("en", "Okafor's allies hold 9 seats, two short of the 11 he needs.", (SEATS,)),
    "at-least-kept": ("en", "Okafor needs the support of at least two independents.", (SEATS,)),
    "budget-grows": ("en", "The budget would grow by $6.4 million.", (BUDGET,)),
    "budget-spending": ("en", "The plan would increase spending by $6.4 million.", (BUDGET,)),
    "budget-cut": ("en", "The budget would be cut by $6.7 million.",
                   ("The council approved a $312 million plan. Spending would be cut by 2.1% from this year's budget "
                    "of $318.7 million.",)),
    "budget-share-kept": ("en", "The plan would increase spending by 2.1%.", (BUDGET,)),
    "buyer-offered": ("en", "Castellane offered 412 pence, a 31% premium, and the shares now trade at 405 pence.",
                      (DEAL,)),
    "buyer-offered-short": ("en", "Castellane offered 412 pence a share for Norwave.", (DEAL,)),
    "agreed-to-buy": ("en", "Castellane offered 412 pence a share.",
                      ("Castellane agreed to buy Norwave for 412 pence a share.",)),
    "agreed-kept": ("en", "Castellane agreed to pay 412 pence a share.", (DEAL,)),
    "target-accepted": ("en", "Norwave accepted 412 pence a share.", (DEAL,)),
    "según-the-speaker": ("es", "Cifras de cada parte según el sindicato.", (STRIKE["es"],)),
    "según-after-its-clause": ("es", "Más de 180.000 profesores dejaron de trabajar según el sindicato.",
                               (STRIKE["es"],)),
    "según-first": ("es", "Según el sindicato, más de 180.000 profesores dejaron de trabajar.", (STRIKE["es"],)),
    "selon-the-speaker": ("fr", "Chiffres de chaque camp selon le syndicat.", (STRIKE["fr"],)),
    "according-to-the-speaker": ("en", "Each side's figures according to the union.", (STRIKE["en"],)),
}


@pytest.mark.parametrize("language, sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(language: str, sentence: str, passages: tuple[str, ...]):
    if language != "en":
        read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, passages, language, PARTIES[language]) == []


MISSTATED = {
    "stepped-down": ("en", "Marsh stepped down on Friday.", (DUE,),
                     "this sentence tells as done ('stepped') what its cited passages give only as possible ('is due "
                     "to step'): \"Marsh stepped down on Friday.\""),
    "steps-down-no-time": ("en", "Marsh steps down.", (DUE,),
                           "this sentence tells as done ('steps down') what its cited passages give only as possible "
                           "('is due to step'): \"Marsh steps down.\""),
    "steps-down-may": ("en", "Marsh steps down on Friday.", ("Marsh may step down on Friday.",),
                       "this sentence tells as done ('steps down') what its cited passages give only as possible "
                       "('may step'): \"Marsh steps down on Friday.\""),
    "step-down-plural-may": ("en", "The ministers step down on Friday.", ("The ministers may step down on Friday.",),
                             "this sentence tells as done ('step down') what its cited passages give only as possible "
                             "('may step'): \"The ministers step down on Friday.\""),
    "three-short": ("en", "Okafor's allies hold 9 seats, three short of the 11 he needs.", (SEATS,),
                    "figure \"three\" is not in the passages this sentence cites: \"Okafor's allies hold 9 seats, three "
                    "short of the 11 he needs.\" (checked: \"The mayor needs 11 votes to pass his plan; his allies hold "
                    "9 seats, so he would…\")"),
    "two-more-unnamed": ("en", "Okafor needs two more independents.", (SEATS,),
                         "figure \"two\" leaves out the qualifier of \"at least two\" in the passages this sentence "
                         "cites: \"Okafor needs two more independents.\""),
    "budget-wrong-size": ("en", "The budget would grow by $7.4 million.", (BUDGET,),
                          "figure \"$7.4 million\" is not in the passages this sentence cites: \"The budget would grow "
                          "by $7.4 million.\" (checked: \"Mayor Daniel Okafor unveiled the $312 million spending plan "
                          "on Monday. The plan…\")"),
    "budget-wrong-way": ("en", "The budget would fall by $6.4 million.", (BUDGET,),
                         "figure \"$6.4 million\" is not in the passages this sentence cites: \"The budget would fall "
                         "by $6.4 million.\" (checked: \"Mayor Daniel Okafor unveiled the $312 million spending plan "
                         "on Monday. The plan…\")"),
    "budget-share-unfit": ("en", "The budget would grow by $12.4 million.", (BUDGET.replace("$312", "$318"),),
                           "figure \"$12.4 million\" is not in the passages this sentence cites: \"The budget would "
                           "grow by $12.4 million.\" (checked: \"Mayor Daniel Okafor unveiled the $318 million "
                           "spending plan on Monday. The plan…\")"),
    "target-offered": ("en", "Norwave offered 412 pence, a 31% premium, and the shares now trade at 405 pence.",
                       (DEAL,),
                       "this sentence says 'offered' where its cited passages say 'agreed' ('Castellane agreed on 4 "
                       "March to pay 412 pence a share for Norwave'): \"Norwave offered 412 pence, a 31% premium, and "
                       "the shares now trade at 405 pence.\""),
    "offer-accepted": ("en", "The union accepted 4 per cent.", ("The authority offered 4 per cent.",),
                       "this sentence says 'accepted' where its cited passages say 'offered' ('The authority offered 4 "
                       "per cent'): \"The union accepted 4 per cent.\""),
    "según-another": ("es", "Más de 180.000 profesores dejaron de trabajar según el Gobierno.", (STRIKE["es"],),
                      "this sentence gives the words to Gobierno, but its cited passages give them to el sindicato"),
}


@pytest.mark.parametrize("language, sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passages: tuple[str, ...], message: str):
    if language != "en":
        read_as_project_locale(REPO, language)
    assert message in sentence_findings(sentence, passages, language, PARTIES[language])


# A news agency after "según", "selon" or "according to" is read as the speaker in each language alike: where the
# passage gives the words to a party, the agency is named, never the words before it ("Cifras de cada parte").
AGENCY = {"en": ("Each side's figures according to Reuters.", "Reuters", "the union"),
          "es": ("Cifras de cada parte según la Agencia Ibérica de Noticias.", "Agencia Ibérica de Noticias",
                 "el sindicato"),
          "fr": ("Chiffres de chaque camp selon l'Agence France-Presse.", "l'Agence France-Presse", "le syndicat")}


@pytest.mark.parametrize("language", AGENCY)
def test_the_speaker_after_according_to_is_read_alike(language: str):
    sentence, agency, party = AGENCY[language]
    if language != "en":
        read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, (STRIKE[language],), language, PARTIES[language]) == [
        f"this sentence gives the words to {agency}, but its cited passages give them to {party}"]


@pytest.mark.parametrize("language", AGENCY)
def test_an_agency_builds_where_no_party_speaks(language: str):
    assert findings_in_language(language, AGENCY[language][0], STRIKE[language]) == []
