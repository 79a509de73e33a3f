"""A hundred-and-fifteenth fact-check: an oil spill read against its source (an operator, a regulator, an
environmental group).

Misstatements that built, now refused:
- a review under way told as its outcome: "Meridian accepted the regulator's figures" (or "has accepted", "rejected",
  "has completed its review") citing "Meridian said on Friday that it was reviewing the regulator's figures"
  (process_outcomes.py, a family of its own);
- a commitment given to another doer in a sentence shaped otherwise than the passage: "The regulator has agreed to pay
  for the clean-up" (or "Blue Coast", "the government", "will pay") citing "The clean-up has so far cost 14 million
  dollars, which Meridian has agreed to pay"; French "a accepté de payer", Spanish "ha aceptado pagar"
  (commitment_doers.py);
- a contested "may have been" backed by the other side's answer: "The leak was detected on 26 September" citing the
  regulator's "may have been detected on 26 September" and Meridian's "flagged a pressure drop late on 26 September but
  that the leak was not confirmed until the following morning" (likelihood.py: a plain clause backs no sentence by a
  date alone, nor denying it, and ends at "but");
- an act given the day of another the passage puts a span apart: "Meridian informed the authorities on 26 September"
  citing "may have been detected on 26 September, a day before the company informed the authorities" (dated_acts.py);
- a running cost told whole: "The total cost of the clean-up is 14 million dollars" (or "in total", "altogether",
  "totalled") citing "has so far cost 14 million dollars" (final_tolls.py).
Honest wording that was refused, now built: a cap told by its noun, "The maximum fine is 50 million dollars" (or
"Fines are capped at", "a cap of", French "L'amende maximale est de", "plafonnées à", Spanish "La multa máxima es
de") citing "can be fined up to 50 million dollars" (qualifiers.py); "The fine is 50 million dollars" stays refused.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import findings_in_language, sentence_findings

PARTIES = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="operator"),
           Party(id="regulator", name="National environment regulator", short_name="the regulator", role="regulator"),
           Party(id="bluecoast", name="Blue Coast", short_name="Blue Coast", role="environmental group"))

REVIEW = ("Meridian said on Friday that it was reviewing the regulator's figures and did not dispute that the spill was "
          "larger than its first estimate.")
WILL_REVIEW = "Meridian said it would review the regulator's figures."
REVIEWED = "Meridian said on Friday that it had reviewed and accepted the regulator's figures."
PAY = "The clean-up has so far cost 14 million dollars, which Meridian has agreed to pay."
PAY_NAMED = "Blue Coast said the clean-up has so far cost 14 million dollars, which Meridian has agreed to pay."
LAW = ("Under Corwen law, an operator that fails to report a spill within 24 hours can be fined up to 50 million "
       "dollars.")
INQUIRY = ("The regulator said it had opened an investigation into whether Meridian delayed reporting the leak, which "
           "it said may have been detected on 26 September, a day before the company informed the authorities.")
DENIAL = ("Meridian denied any delay, saying its monitoring systems flagged a pressure drop late on 26 September but "
          "that the leak was not confirmed until the following morning.")
BOTH = f"{INQUIRY} {DENIAL}"
NOT_DETECTED = f"{INQUIRY} Meridian said the leak was not detected on 26 September."
CONFIRMED = f"{INQUIRY} The leak was detected on 26 September, officials later confirmed."
AFTER = "Meridian informed the authorities on 27 September, a day after the leak was detected."

MISSTATED = {
    "review-as-accepted": ("Meridian accepted the regulator's figures.", REVIEW, "give only as a review under way"),
    "review-as-has-accepted": ("Meridian has accepted the regulator's figures.", REVIEW,
                               "give only as a review under way ('reviewing')"),
    "review-as-accepts": ("Meridian accepts the regulator's figures.", REVIEW, "give only as a review under way"),
    "review-as-rejected": ("Meridian rejected the regulator's figures.", REVIEW, "give only as a review under way"),
    "review-as-endorsed": ("Meridian endorsed the regulator's figures.", REVIEW, "give only as a review under way"),
    "review-as-completed": ("Meridian has completed its review of the regulator's figures.", REVIEW,
                            "('completed its review')"),
    "review-to-come-as-accepted": ("Meridian accepted the regulator's figures.", WILL_REVIEW,
                                   "give only as a review under way ('would review')"),
    "agreed-with": ("Meridian agreed with the regulator's figures.", REVIEW, "tells a deed ('agreed')"),
    "regulator-pays": ("The regulator has agreed to pay for the clean-up.", PAY,
                       "gives the commitment ('The regulator has agreed to pay') to another than its cited passages "
                       "do ('Meridian has agreed to pay')"),
    "group-pays": ("Blue Coast has agreed to pay for the clean-up.", PAY, "('Blue Coast has agreed to pay')"),
    "group-named-pays": ("Blue Coast has agreed to pay for the clean-up.", PAY_NAMED,
                         "('Blue Coast has agreed to pay')"),
    "government-pays": ("The clean-up has cost 14 million dollars, which the government has agreed to pay.", PAY,
                        "('the government has agreed to pay')"),
    "government-pays-plainly": ("The government has agreed to pay for the clean-up.", PAY,
                                "gives the commitment ('The government has agreed to pay')"),
    "regulator-will-pay": ("The regulator will pay the 14 million dollars.", PAY, "('The regulator will pay')"),
    "regulator-pledged": ("The regulator pledged to pay for the clean-up.", PAY, "('The regulator pledged to pay')"),
    "swapped-in-place": ("The clean-up has cost 14 million dollars, which the regulator has agreed to pay.", PAY,
                         "names regulator where its cited passages name Meridian"),
    "fine-uncapped": ("The fine is 50 million dollars.", LAW, 'leaves out the qualifier of "up to 50 million"'),
    "fine-of-a-maximum": ("The fine is 50 million dollars.", "The maximum fine is 50 million dollars.",
                          'leaves out the qualifier of "maximum fine is 50 million"'),
    "maximum-misstated": ("The maximum fine is 60 million dollars.", LAW, 'figure "60 million" is not in'),
    "detected-of-both-sides": ("The leak was detected on 26 September.", BOTH,
                               "give only as probable or possible ('may have'"),
    "detected-of-one-side": ("The leak was detected on 26 September.", INQUIRY, "give only as probable or possible"),
    "detected-of-a-denial": ("The leak was detected on 26 September.", NOT_DETECTED,
                             "give only as probable or possible"),
    "informed-on-detection-day": ("Meridian informed the authorities on 26 September.", INQUIRY,
                                  "dates 'informed' to '26 September', which its cited passages give to 'detected' "
                                  "(they date 'informed' to 'a day after 26 September')"),
    "detected-on-informing-day": ("The leak was detected on 27 September.", AFTER,
                                  "dates 'detected' to '27 September', which its cited passages give to 'informed'"),
    "running-cost-in-total": ("The clean-up has cost 14 million dollars in total.", PAY,
                              "gives a count as final ('in total') where its cited passages give it as still open "
                              "('so far')"),
    "running-cost-total": ("The total cost of the clean-up is 14 million dollars.", PAY, "('total cost')"),
    "running-cost-altogether": ("The clean-up cost 14 million dollars altogether.", PAY, "('altogether')"),
    "running-cost-totalled": ("The clean-up bill totalled 14 million dollars.", PAY, "('totalled')"),
}

HONEST = {
    "reviewing": ("Meridian is reviewing the regulator's figures.", REVIEW),
    "not-disputed": ("Meridian does not dispute that the spill was larger.", REVIEW),
    "not-yet-accepted": ("Meridian has not yet accepted the regulator's figures.", REVIEW),
    "reviewed-and-accepted": ("Meridian accepted the regulator's figures.", REVIEWED),
    "operator-pays": ("Meridian has agreed to pay for the clean-up.", PAY),
    "operator-will-pay": ("Meridian will pay the 14 million dollars.", PAY),
    "company-pays": ("The company has agreed to pay for the clean-up.", PAY),
    "full-name-pays": ("Meridian Energy has agreed to pay for the clean-up.", PAY),
    "operator-noun-pays": ("The operator has agreed to pay the 14 million dollars.", PAY),
    "maximum-fine": ("The maximum fine is 50 million dollars.", LAW),
    "capped": ("Fines are capped at 50 million dollars.", LAW),
    "capped-singular": ("The fine is capped at 50 million dollars.", LAW),
    "at-most": ("An operator faces a fine of at most 50 million dollars.", LAW),
    "maximum-penalty-for": ("The maximum penalty for a late report is 50 million dollars.", LAW),
    "maximum-fine-of": ("An operator faces a maximum fine of 50 million dollars.", LAW),
    "a-cap-of": ("Fines for a late report have a cap of 50 million dollars.", LAW),
    "measured-maximum": ("Temperatures reached 40 degrees.", "The maximum temperature was 40 degrees."),
    "hedge-kept": ("The leak may have been detected on 26 September.", BOTH),
    "hedge-given": ("The regulator said the leak may have been detected on 26 September.", BOTH),
    "stated-plainly-too": ("The leak was detected on 26 September.", CONFIRMED),
    "detection-dated": ("The leak was detected on 26 September.",
                        "The leak was detected on 26 September, a day before Meridian informed the authorities."),
    "informing-dated": ("Meridian informed the authorities on 27 September.", AFTER),
    "running-cost-kept": ("The clean-up has so far cost 14 million dollars.", PAY),
    "running-cost-to-date": ("The clean-up has cost 14 million dollars to date.", PAY),
    "running-total-kept": ("The clean-up has so far cost a total of 14 million dollars.", PAY),
}

LAW_FR = ("Selon la loi, un opérateur qui ne signale pas une marée noire dans les 24 heures encourt une amende pouvant "
          "aller jusqu'à 50 millions de dollars.")
LAW_ES = ("Según la ley, un operador que no informe de un vertido en 24 horas puede ser multado con hasta 50 millones "
          "de dólares.")
PAY_FR = "Le nettoyage a déjà coûté 14 millions de dollars, que Meridian a accepté de payer."
PAY_ES = "La limpieza ya ha costado 14 millones de dólares, que Meridian ha aceptado pagar."

IN_LANGUAGES = {
    "fr-maximum": ("fr", "L'amende maximale est de 50 millions de dollars.", LAW_FR, ""),
    "fr-capped": ("fr", "Les amendes sont plafonnées à 50 millions de dollars.", LAW_FR, ""),
    "fr-uncapped": ("fr", "L'amende est de 50 millions de dollars.", LAW_FR, "leaves out the qualifier"),
    "es-maximum": ("es", "La multa máxima es de 50 millones de dólares.", LAW_ES, ""),
    "es-cap": ("es", "Las multas tienen un tope de 50 millones de dólares.", LAW_ES, ""),
    "es-uncapped": ("es", "La multa es de 50 millones de dólares.", LAW_ES, "leaves out the qualifier"),
}

COMMITMENTS_IN_LANGUAGES = {
    "fr-government": ("fr", "Le gouvernement a accepté de payer le nettoyage.", PAY_FR,
                      "('Le gouvernement a accepté de payer')"),
    "fr-operator": ("fr", "Meridian a accepté de payer le nettoyage.", PAY_FR, ""),
    "fr-operator-engaged": ("fr", "Meridian s'est engagé à payer le nettoyage.", PAY_FR, ""),
    "es-government": ("es", "El gobierno ha aceptado pagar la limpieza.", PAY_ES, "('El gobierno ha aceptado pagar')"),
    "es-operator": ("es", "Meridian ha aceptado pagar la limpieza.", PAY_ES, ""),
    "es-operator-committed": ("es", "Meridian se comprometió a pagar la limpieza.", PAY_ES, ""),
}


def found(sentence: str, passage: str, language: str = "en") -> list[str]:
    """Return the findings of a sentence citing one passage, of the spill story's parties."""
    return sentence_findings(sentence, (passage,), language, PARTIES, published="2026-10-03")


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, said", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
def test_a_cap_reads_alike_in_french_and_spanish(language: str, sentence: str, passage: str, said: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(said in finding for finding in findings) if said else findings == []


@pytest.mark.parametrize("language, sentence, passage, said", COMMITMENTS_IN_LANGUAGES.values(),
                         ids=COMMITMENTS_IN_LANGUAGES.keys())
def test_a_commitment_keeps_its_doer_in_french_and_spanish(language: str, sentence: str, passage: str, said: str):
    findings = found(sentence, passage, language)
    assert any(said in finding for finding in findings) if said else findings == []
