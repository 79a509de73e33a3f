"""A hundred-and-sixteenth fact-check: English leftovers of the last ones, each read as a general rule.

Honest wording that was refused, now built: an offer of a promised act, "Southland offered to cut steel exports"
citing "Southland promised to cut steel exports": a past that is its plain verb ("cut", "shut") after "to" is an
infinitive, no deed done (commitments.py, possible_done.infinitive_at), where a "to" that tells it done ("was forced to
cut", "had to cut") still is.
Misstatements that built, now refused:
- a negation dropped where a clause's words are short and the speaker stands apart in commas: "Marsh said the case was
  about size" (or "The case was about size") citing "The chair, Lena Marsh, said the case was not about size but about
  conduct" (polarity.py: a clause holding the negative one's short words may add only words of its sentence);
- a commitment given to another doer in the passive or as under way: "The clean-up will be paid for by the regulator",
  "The regulator is paying for the clean-up" citing "..., which Meridian has agreed to pay"; French "sera payé par",
  Spanish "será pagada por", "está pagando" (commitment_doers.py);
- a possibility, or a not ruling out, told as the speaker's certain forecast: "The union said talks will collapse"
  citing "The union said it was possible talks would collapse", "The union said talks would collapse" citing "The
  union did not rule out that talks would collapse"; "n'a pas exclu", "no descartó", "schloss nicht aus"
  (forecasts.py);
- a spokesperson's account of "the company"'s deed told as fact: "Orbis changed how it displays shopping results in
  2024" citing "Orbis said it would appeal. A spokeswoman said the company had already changed how it displays
  shopping results in 2024." (own_deeds.py).
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import findings_in_language, sentence_findings

SPILL = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="operator"),
         Party(id="regulator", name="National environment regulator", short_name="the regulator", role="regulator"),
         Party(id="bluecoast", name="Blue Coast", short_name="Blue Coast", role="environmental group"))
SEARCH = (Party(id="orbis", name="Orbis Search", short_name="Orbis", role="company"),
          Party(id="authority", name="Competition authority", short_name="the authority", role="regulator"))

PROMISED = "Southland promised to cut steel exports."
PROMISED_SHUT = "Southland promised to shut the steel plant."
CHAIR = "The chair, Lena Marsh, said the case was not about size but about conduct."
MAYOR = "The mayor, Ann Lee, said the city would not pay the bill."
PAY = "The clean-up has so far cost 14 million dollars, which Meridian has agreed to pay."
PAY_FR = "Le nettoyage a déjà coûté 14 millions de dollars, que Meridian a accepté de payer."
PAY_ES = "La limpieza ya ha costado 14 millones de dólares, que Meridian ha aceptado pagar."
POSSIBLE = "The union said it was possible talks would collapse."
NOT_RULED_OUT = "The union did not rule out that talks would collapse."
APPEAL = ("Orbis said it would appeal. A spokeswoman said the company had already changed how it displays shopping "
          "results in 2024.")

MISSTATED = {
    "promised-as-cut": ("Southland cut steel exports.", PROMISED, (), "tells as done ('cut')"),
    "promised-as-has-cut": ("Southland has cut steel exports.", PROMISED, (), "tells as done ('cut')"),
    "promised-as-forced-to-cut": ("Southland was forced to cut steel exports.", PROMISED, (),
                                  "tells as done ('cut')"),
    "promised-as-had-to-cut": ("Southland had to cut steel exports.", PROMISED, (), "tells as done ('cut')"),
    "promised-as-shut": ("Southland shut the steel plant.", PROMISED_SHUT, (), "tells as done ('shut')"),
    "not-but-dropped": ("Marsh said the case was about size.", CHAIR, (),
                        "drops the negation of its cited passage ('said the case was not about size')"),
    "not-but-dropped-unsaid": ("The case was about size.", CHAIR, (), "drops the negation"),
    "apposed-speaker-dropped": ("Lee said the city would pay the bill.", MAYOR, (), "drops the negation"),
    "apposed-title-dropped": ("The mayor said the city would pay the bill.", MAYOR, (), "drops the negation"),
    "passive-payer": ("The clean-up will be paid for by the regulator.", PAY, SPILL,
                      "gives the commitment ('will be paid for by the regulator') to another than its cited passages "
                      "do ('Meridian has agreed to pay')"),
    "passive-government": ("The clean-up will be paid for by the government.", PAY, SPILL,
                           "('will be paid for by the government')"),
    "passive-past": ("The clean-up was paid for by Blue Coast.", PAY, SPILL, "('was paid for by Blue Coast')"),
    "paying": ("The regulator is paying for the clean-up.", PAY, SPILL, "('The regulator is paying')"),
    "was-paying": ("The regulator was paying for the clean-up.", PAY, SPILL, "('The regulator was paying')"),
    "going-to-pay": ("Blue Coast is going to pay for the clean-up.", PAY, SPILL, "('Blue Coast is going to pay')"),
    "possible-as-will": ("The union said talks will collapse.", POSSIBLE, (),
                         "the source gives this only as expected ('possible'), but it is worded as certain ('will')"),
    "possible-as-would": ("The union said talks would collapse.", POSSIBLE, (), "worded as certain ('would')"),
    "possible-as-fact": ("Talks will collapse.", POSSIBLE, (), "worded as certain ('will')"),
    "not-ruled-out-as-would": ("The union said talks would collapse.", NOT_RULED_OUT, (),
                               "the source gives this only as expected ('not rule out'), but it is worded as "
                               "certain ('would')"),
    "not-ruled-out-as-will": ("The union said talks will collapse.", NOT_RULED_OUT, (), "worded as certain ('will')"),
    "spokeswoman-as-fact": ("Orbis changed how it displays shopping results in 2024.", APPEAL, SEARCH,
                            "states as done what its cited passages give only as the word of Orbis about itself "
                            "('had already changed how it displays shopping results in 2024')"),
    "spokeswoman-as-present-perfect": ("Orbis has changed how it displays shopping results.", APPEAL, SEARCH,
                                       "the word of Orbis about itself"),
    "spokeswoman-company": ("The company changed how it displays shopping results in 2024.", APPEAL, SEARCH,
                            "the word of the company about itself"),
    "representative-firm": ("The firm repaid the loan.",
                            "Harlow Bank said it would cut jobs. A representative said the firm had repaid the loan.",
                            (), "the word of the firm about itself ('had repaid the loan')"),
}

HONEST = {
    "offered-to-cut": ("Southland offered to cut steel exports.", PROMISED, ()),
    "wants-to-cut": ("Southland wants to cut steel exports.", PROMISED, ()),
    "offered-to-shut": ("Southland offered to shut the steel plant.", PROMISED_SHUT, ()),
    "cut-itself": ("Southland cut steel exports.", "Southland cut steel exports in March.", ()),
    "not-but-kept": ("Marsh said the case was about conduct.", CHAIR, ()),
    "not-kept": ("Marsh said the case was not about size.", CHAIR, ()),
    "rather-than": ("Marsh said the case was about conduct rather than size.", CHAIR, ()),
    "apposed-kept": ("Lee said the city would not pay the bill.", MAYOR, ()),
    "another-payer-of-no-negation": ("Lee said the state would pay the bill.", MAYOR, ()),
    "passive-operator": ("The clean-up will be paid for by Meridian.", PAY, SPILL),
    "passive-operator-full-name": ("The clean-up will be paid for by Meridian Energy.", PAY, SPILL),
    "passive-company": ("The clean-up will be paid for by the company.", PAY, SPILL),
    "operator-paying": ("Meridian is paying for the clean-up.", PAY, SPILL),
    "operator-going-to-pay": ("Meridian is going to pay for the clean-up.", PAY, SPILL),
    "not-paid-by-regulator": ("The clean-up will not be paid for by the regulator.", PAY, SPILL),
    "possible-kept": ("The union said talks could collapse.", POSSIBLE, ()),
    "possible-said": ("The union said a collapse of talks was possible.", POSSIBLE, ()),
    "possible-reported": ("The union said it was possible talks would collapse.", POSSIBLE, ()),
    "not-ruled-out-kept": ("The union did not rule out a collapse of the talks.", NOT_RULED_OUT, ()),
    "not-ruled-out-might": ("The union said talks might collapse.", NOT_RULED_OUT, ()),
    "said-would-of-said-would": ("The union said talks would collapse.",
                                 "The union said talks would collapse and did not rule out a strike.", ()),
    "made-possible-will": ("The plant will open in 2027.", "The plant, made possible by a loan, will open in 2027.", ()),
    "spokeswoman-attributed": ("Orbis said it changed how it displays shopping results in 2024.", APPEAL, SEARCH),
    "spokeswoman-named": ("A spokeswoman said Orbis had changed how it displays shopping results in 2024.", APPEAL,
                          SEARCH),
    "spokeswoman-according": ("According to a spokeswoman, Orbis changed how it displays shopping results in 2024.",
                              APPEAL, SEARCH),
    "stated-plainly-too": ("Orbis changed how it displays shopping results in 2024.",
                           APPEAL + " Records show Orbis changed how it displays shopping results in 2024.", SEARCH),
}

IN_LANGUAGES = {
    "fr-passive-government": ("fr", "Le nettoyage sera payé par le gouvernement.", PAY_FR,
                              "('sera payé par le gouvernement')"),
    "fr-passive-group": ("fr", "Le nettoyage sera payé par Blue Coast.", PAY_FR, "('sera payé par Blue Coast')"),
    "fr-passive-operator": ("fr", "Le nettoyage sera payé par Meridian.", PAY_FR, ""),
    "fr-under-way-group": ("fr", "Blue Coast est en train de payer le nettoyage.", PAY_FR,
                           "('Blue Coast est en train de payer')"),
    "es-passive-government": ("es", "La limpieza será pagada por el gobierno.", PAY_ES,
                              "('será pagada por el gobierno')"),
    "es-passive-operator": ("es", "La limpieza será pagada por Meridian.", PAY_ES, ""),
    "es-paying-government": ("es", "El gobierno está pagando la limpieza.", PAY_ES, "('El gobierno está pagando')"),
    "es-paying-operator": ("es", "Meridian está pagando la limpieza.", PAY_ES, ""),
}

NOT_RULED_OUT_IN_LANGUAGES = {
    "es-no-descarto": ("es", "El sindicato dijo que las negociaciones fracasarían.",
                       "El sindicato no descartó que las negociaciones fracasaran.", "('no descartó')"),
    "fr-pas-exclu": ("fr", "Le syndicat a dit que les négociations échoueraient.",
                     "Le syndicat n'a pas exclu que les négociations échouent.", "('n'a pas exclu')"),
    "de-nicht-aus": ("de", "Die Gewerkschaft sagte, die Gespräche würden scheitern.",
                     "Die Gewerkschaft schloss nicht aus, dass die Gespräche scheitern.", "('schloss nicht aus')"),
}


def found(sentence: str, passage: str, parties=(), language: str = "en") -> list[str]:
    """Return the findings of a sentence citing one passage, of a briefing of `parties`."""
    return sentence_findings(sentence, (passage,), language, parties)


@pytest.mark.parametrize("sentence, passage, parties, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, parties, said: str):
    findings = found(sentence, passage, parties)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str, parties):
    assert found(sentence, passage, parties) == []


@pytest.mark.parametrize("language, sentence, passage, said", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
def test_a_passive_or_an_act_under_way_keeps_its_doer_in_french_and_spanish(language: str, sentence: str,
                                                                           passage: str, said: str):
    findings = found(sentence, passage, SPILL, language)
    assert any(said in finding for finding in findings) if said else findings == []


@pytest.mark.parametrize("language, sentence, passage, said", NOT_RULED_OUT_IN_LANGUAGES.values(),
                         ids=NOT_RULED_OUT_IN_LANGUAGES.keys())
def test_a_not_ruling_out_is_no_certain_forecast_in_other_languages(language: str, sentence: str, passage: str,
                                                                    said: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(said in finding for finding in findings), findings
