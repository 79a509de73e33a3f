"""A hundred-and-twenty-fifth fact-check: tenses, opposites and ordinals in Dutch, French, Spanish and German, each read
as a general rule, with its twin kept.

Misstatements that built, now refused:
- a Dutch strong verb's past told for a plan: "De bouw begon in maart" citing "De bouw wordt verwacht in maart te
  beginnen", and "ging", "kwam", "nam", "gaf", "besloot", "sloot", "trad af", "nam ... aan", "is ... begonnen",
  "gegeven" of "wil", "verwacht", "dreigt", "overweegt", "is van plan" (dutch_verbs.py, read by possible_done.py: a
  weak verb's past is made from its stem, a strong one's vowel changes, and "gaan" was no infinitive of five letters);
- an appeal told as filed that the passage gives only as announced: Dutch "is in hoger beroep gegaan", "ging in hoger
  beroep", "tekende hoger beroep aan" citing "gaat in hoger beroep" ("zal in hoger beroep gaan"); Spanish "recurrió"
  citing "piensa recurrir" ("tiene previsto", "va a presentar un recurso"); French "a fait appel" citing "envisage de
  faire appel" ("veut", "prévoit de", "a l'intention de") (legal_status.py);
- a French or Spanish opposite by its prefix of a word of four letters: "inapte" of "apte", "inutile" of "utile",
  "inútil" of "útil" (prefixed_opposites.py);
- English "in the first quarter" of "in the last quarter": "the last quarter" was read as a time back from now
  (opposites.py); "sales rose last quarter", with no "the", still is.
One message where there were two:
- Spanish "el primer trimestre" of "el último trimestre" and German "im ersten Quartal" of "im letzten Quartal" were
  also a figure not in the passages; they are the order turned, once (turned_ordinals.py).
Built, as before: the same words in the same tense, a perfect for a past of the same act ("is in hoger beroep
gegaan" of "ging in hoger beroep"), a plan kept a plan, "gaat" for "wil", and a negated opposite restating its passage.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from support import found_in_language


TOLD_DONE = "tells as done ('{}') what its cited passages give only as to come"
FILED = "tells as filed ('{}') an appeal its cited passages give only as announced"

# (language, sentence, passage, what the finding names)
MISSTATED = {
    # 1. Dutch strong verbs' pasts told for a plan
    "nl-begon-verwacht": ("nl", "De bouw begon in maart.", "De bouw wordt verwacht in maart te beginnen.",
                          TOLD_DONE.format("begon")),
    "nl-is-begonnen": ("nl", "De bouw is in maart begonnen.", "De bouw wordt verwacht in maart te beginnen.",
                       TOLD_DONE.format("begonnen")),
    "nl-ging-wil": ("nl", "De gemeente ging in hoger beroep.", "De gemeente wil in hoger beroep gaan.",
                    TOLD_DONE.format("ging")),
    "nl-gegaan-wil": ("nl", "De gemeente is in hoger beroep gegaan.", "De gemeente wil in hoger beroep gaan.",
                      TOLD_DONE.format("gegaan")),
    "nl-kwam": ("nl", "De minister kwam naar Hoorndijk.", "De minister wil naar Hoorndijk komen.",
                TOLD_DONE.format("kwam")),
    "nl-nam": ("nl", "Het bedrijf nam een besluit over de turbines.", "Het bedrijf wil een besluit over de turbines "
               "nemen.", TOLD_DONE.format("nam")),
    "nl-nam-aan-apart": ("nl", "De gemeente nam het voorstel aan.", "De gemeente wil het voorstel aannemen.",
                         TOLD_DONE.format("nam het voorstel aan")),
    "nl-aangenomen": ("nl", "De gemeente heeft het voorstel aangenomen.", "De gemeente wil het voorstel aannemen.",
                      TOLD_DONE.format("aangenomen")),
    "nl-gaf": ("nl", "De gemeente gaf toestemming voor de bouw.", "De gemeente wil toestemming voor de bouw geven.",
               TOLD_DONE.format("gaf")),
    "nl-gegeven": ("nl", "De gemeente heeft toestemming gegeven voor de bouw.",
                   "De gemeente wil toestemming voor de bouw geven.", TOLD_DONE.format("gegeven")),
    "nl-besloot": ("nl", "De raad besloot de bouw te stoppen.", "De raad wil besluiten de bouw te stoppen.",
                   TOLD_DONE.format("besloot")),
    "nl-besloten": ("nl", "De raad heeft besloten de bouw te stoppen.", "De raad wil besluiten de bouw te stoppen.",
                    TOLD_DONE.format("besloten")),
    "nl-sloot-van-plan": ("nl", "Het bedrijf sloot een akkoord met de gemeente.",
                          "Het bedrijf is van plan een akkoord met de gemeente te sluiten.",
                          "tells as done ('sloot') what its cited passages give only as to come ('van plan sluiten')"),
    "nl-verbood-overweegt": ("nl", "De gemeente verbood de bouw.", "De gemeente overweegt de bouw te verbieden.",
                             TOLD_DONE.format("verbood")),
    "nl-trad-af-dreigt": ("nl", "De wethouder trad af.", "De wethouder dreigt af te treden.", TOLD_DONE.format("trad")),
    "nl-stegen-kunnen": ("nl", "De kosten stegen tot 4,2 miljoen euro.", "De kosten kunnen stijgen tot 4,2 miljoen euro.",
                         "tells as done ('stegen') what its cited passages give only as possible"),
    # 2. an appeal told as filed
    "nl-gegaan-gaat": ("nl", "De gemeente is in hoger beroep gegaan.", "De gemeente gaat in hoger beroep.",
                       FILED.format("is in hoger beroep gegaan")),
    "nl-ging-gaat": ("nl", "De gemeente ging in hoger beroep.", "De gemeente gaat in hoger beroep.",
                     FILED.format("ging in hoger beroep")),
    "nl-ging-inverted-zal": ("nl", "Vorige week ging de gemeente in hoger beroep.", "De gemeente zal in hoger beroep "
                             "gaan.", FILED.format("ging de gemeente in hoger beroep")),
    "nl-aangetekend": ("nl", "De gemeente heeft hoger beroep aangetekend.", "De gemeente gaat in hoger beroep.",
                       FILED.format("heeft hoger beroep aangetekend")),
    "nl-tekende-aan": ("nl", "De gemeente tekende hoger beroep aan.", "De gemeente gaat in hoger beroep.",
                       FILED.format("tekende hoger beroep aan")),
    "fr-envisage-de": ("fr", "La commune a fait appel.", "La commune envisage de faire appel.",
                       FILED.format("a fait appel")),
    "fr-compte": ("fr", "La commune a fait appel.", "La commune compte faire appel.", FILED.format("a fait appel")),
    "fr-entend": ("fr", "La commune a fait appel.", "La commune entend faire appel.", FILED.format("a fait appel")),
    "fr-veut-interjete": ("fr", "La commune a interjeté appel.", "La commune veut faire appel.",
                          FILED.format("a interjeté appel")),
    "fr-prevoit-de": ("fr", "La commune a fait appel.", "La commune prévoit de faire appel.",
                      FILED.format("a fait appel")),
    "fr-intention-plural": ("fr", "Les communes ont fait appel.", "Les communes ont l'intention de faire appel.",
                            FILED.format("ont fait appel")),
    "es-piensa": ("es", "El ayuntamiento recurrió la sentencia.", "El ayuntamiento piensa recurrir la sentencia.",
                  FILED.format("recurrió")),
    "es-tiene-previsto": ("es", "El ayuntamiento recurrió la sentencia.",
                          "El ayuntamiento tiene previsto recurrir la sentencia.", FILED.format("recurrió")),
    "es-ha-recurrido": ("es", "El ayuntamiento ha recurrido la sentencia.", "El ayuntamiento quiere recurrir la "
                        "sentencia.", FILED.format("ha recurrido")),
    "es-presento-recurso": ("es", "El ayuntamiento presentó un recurso contra la sentencia.",
                            "El ayuntamiento va a presentar un recurso contra la sentencia.",
                            FILED.format("presentó un recurso")),
    "es-al-supremo": ("es", "El ayuntamiento recurrió al Tribunal Supremo.",
                      "El ayuntamiento piensa recurrir al Tribunal Supremo.", FILED.format("recurrió")),
    "de-legte-ein": ("de", "Die Gemeinde legte Berufung ein.", "Die Gemeinde will Berufung einlegen.",
                     "tells as done ('legte')"),
    "de-eingelegt": ("de", "Die Gemeinde hat Berufung eingelegt.", "Die Gemeinde will Berufung einlegen.",
                     "tells as done ('eingelegt')"),
    # 3. opposites
    "fr-inapte": ("fr", "Le candidat est inapte au service.", "Le candidat est apte au service.",
                  "says 'inapte' where its cited passages say 'apte'"),
    "fr-apte-of-inapte": ("fr", "Le candidat est apte au service.", "Le candidat est inapte au service.",
                          "says 'apte' where its cited passages say 'inapte'"),
    "fr-inutile": ("fr", "Le rapport est inutile pour le tribunal.", "Le rapport est utile pour le tribunal.",
                   "says 'inutile' where its cited passages say 'utile'"),
    "es-inutil": ("es", "El informe es inútil para el tribunal.", "El informe es útil para el tribunal.",
                  "says 'inútil' where its cited passages say 'útil'"),
    "es-utiles-of-inutiles": ("es", "Los informes son útiles para el tribunal.",
                              "Los informes son inútiles para el tribunal.",
                              "says 'útiles' where its cited passages say 'inútiles'"),
    "es-ilegal": ("es", "El contrato es ilegal.", "El contrato es legal.", "says 'ilegal' where"),
    "de-unzulaessig": ("de", "Der Antrag ist unzulässig.", "Der Antrag ist zulässig.", "says 'unzulässig' where"),
    "nl-onwettig": ("nl", "Het besluit is onwettig.", "Het besluit is wettig.", "says 'onwettig' where"),
    "fr-n-est-pas-legal": ("fr", "Le contrat n'est pas légal.", "Le contrat est légal.", "adds a negation"),
    "fr-n-est-pas-illegal-of-illegal": ("fr", "Le contrat n'est pas illégal.", "Le contrat est illégal.",
                                       "adds a negation"),
    "es-no-es-util": ("es", "El informe no es útil para el tribunal.", "El informe es útil para el tribunal.",
                      "adds a negation"),
    "de-nicht-unzulaessig": ("de", "Der Antrag ist nicht unzulässig.", "Der Antrag ist unzulässig.",
                             "adds a negation"),
    "nl-niet-wettig": ("nl", "Het besluit is niet wettig.", "Het besluit is wettig.", "adds a negation"),
    # 4. ordinals
    "en-first-of-last-quarter": ("en", "Sales rose 4% in the first quarter.", "Sales rose 4% in the last quarter.",
                                 "says 'first' where its cited passages say 'last'"),
    "en-last-of-first-quarter": ("en", "Sales rose 4% in the last quarter.", "Sales rose 4% in the first quarter.",
                                 "says 'last' where its cited passages say 'first'"),
    "en-first-of-last-half": ("en", "Sales rose 4% in the first half.", "Sales rose 4% in the last half of the year.",
                              "says 'first' where its cited passages say 'last'"),
    "en-first-of-second-half": ("en", "Sales rose 4% in the first half.", "Sales rose 4% in the second half.",
                                "says 'first half' where its cited passages say 'second half'"),
    "fr-premier-of-dernier": ("fr", "Les ventes ont augmenté de 4 % au premier trimestre.",
                              "Les ventes ont augmenté de 4 % au dernier trimestre.",
                              "says 'premier' where its cited passages say 'dernier'"),
}

# One finding where there were two: (language, sentence, passage, what the one finding names)
ONCE = {
    "es-primer-of-ultimo-trimestre": ("es", "Las ventas subieron un 4 % en el primer trimestre.",
                                      "Las ventas subieron un 4 % en el último trimestre.",
                                      "says 'primer' where its cited passages say 'último'"),
    "es-ultimo-of-primer-trimestre": ("es", "Las ventas subieron un 4 % en el último trimestre.",
                                      "Las ventas subieron un 4 % en el primer trimestre.",
                                      "says 'último' where its cited passages say 'primer'"),
    "de-ersten-of-letzten-quartal": ("de", "Der Umsatz stieg im ersten Quartal um 4 %.",
                                     "Der Umsatz stieg im letzten Quartal um 4 %.",
                                     "says 'ersten' where its cited passages say 'letzten'"),
    "de-ersten-of-letzten-halbjahr": ("de", "Der Umsatz stieg im ersten Halbjahr um 4 %.",
                                      "Der Umsatz stieg im letzten Halbjahr um 4 %.",
                                      "says 'ersten' where its cited passages say 'letzten'"),
    "nl-ging-wil": ("nl", "De gemeente ging in hoger beroep.", "De gemeente wil in hoger beroep gaan.",
                    TOLD_DONE.format("ging")),
    "es-recurrira-future": ("es", "El ayuntamiento ha recurrido la sentencia.", "El ayuntamiento recurrirá la "
                            "sentencia.", "tells as done ('recurrido') what its cited passages give as still to come"),
    "nl-niet-gegaan": ("nl", "De gemeente is niet in hoger beroep gegaan.", "De gemeente gaat in hoger beroep.",
                       "adds a negation"),
}

# (language, sentence, passage)
HONEST = {
    # the same words, the same tense
    "nl-begon-begon": ("nl", "De bouw begon in maart.", "De bouw begon in maart, later dan gepland."),
    "nl-gegaan-of-ging": ("nl", "De gemeente is in hoger beroep gegaan.", "De gemeente ging in hoger beroep."),
    "nl-ging-of-gegaan": ("nl", "De gemeente ging in hoger beroep.", "De gemeente is in hoger beroep gegaan."),
    "nl-gaat-gaat": ("nl", "De gemeente gaat in hoger beroep.", "De gemeente gaat in hoger beroep."),
    # "gaat" citing "wil ... gaan" tells a wish as decided: refused since factcheck_127 (tests/test_factcheck_127.py)
    "nl-wil-of-gaat": ("nl", "De gemeente wil in hoger beroep gaan.", "De gemeente gaat in hoger beroep."),
    "nl-wil-kept": ("nl", "De gemeente wil toestemming voor de bouw geven.",
                    "De gemeente wil toestemming voor de bouw geven."),
    "nl-gaf-gaf": ("nl", "De gemeente gaf toestemming voor de bouw.", "De gemeente gaf toestemming voor de bouw."),
    "nl-besloot-besloot": ("nl", "De raad besloot de bouw te stoppen.", "De raad besloot de bouw te stoppen."),
    "nl-aangeboden": ("nl", "Het bedrijf heeft de bewoners een vergoeding aangeboden.",
                      "Het bedrijf bood de bewoners een vergoeding aan."),
    "nl-verwacht-kept": ("nl", "De bouw begint naar verwachting in maart.",
                         "De bouw wordt verwacht in maart te beginnen."),
    "fr-a-fait-appel": ("fr", "La commune a fait appel.", "La commune a fait appel."),
    "fr-envisage-kept": ("fr", "La commune envisage de faire appel.", "La commune envisage de faire appel."),
    "es-recurrio": ("es", "El ayuntamiento recurrió la sentencia.", "El ayuntamiento recurrió la sentencia."),
    "es-va-a-of-piensa": ("es", "El ayuntamiento va a recurrir la sentencia.",
                          "El ayuntamiento piensa recurrir la sentencia."),
    "es-recurrir-a-resort": ("es", "El ayuntamiento recurrió a la mediación.",
                             "El ayuntamiento recurrió a la mediación y piensa recurrir a un árbitro."),
    "de-legte-ein": ("de", "Die Gemeinde legte Berufung ein.", "Die Gemeinde legte Berufung ein."),
    "fr-apte": ("fr", "Le candidat est apte au service.", "Le candidat est apte au service."),
    "fr-apte-of-pas-inapte": ("fr", "Le candidat est apte au service.", "Le candidat n'est pas inapte au service."),
    "fr-inutile": ("fr", "Le rapport est inutile pour le tribunal.", "Le rapport est inutile pour le tribunal."),
    "es-util": ("es", "El informe es útil para el tribunal.", "El informe es útil para el tribunal."),
    "es-inutiles": ("es", "Los informes son inútiles para el tribunal.", "Los informes son inútiles para el tribunal."),
    "nl-wettig": ("nl", "Het besluit is wettig.", "Het besluit is wettig."),
    "en-first-quarter": ("en", "Sales rose 4% in the first quarter.", "Sales rose 4% in the first quarter."),
    "en-last-quarter": ("en", "Sales rose 4% in the last quarter.", "Sales rose 4% in the last quarter."),
    "en-last-quarter-no-the": ("en", "Sales rose 4% last quarter.", "Sales rose 4% last quarter."),
    "en-last-of-fourth-quarter": ("en", "Sales rose 4% in the last quarter of 2025.",
                                  "Sales rose 4% in the fourth quarter of 2025."),
    "es-primer-trimestre": ("es", "Las ventas subieron un 4 % en el primer trimestre.",
                            "Las ventas subieron un 4 % en el primer trimestre."),
    "de-ersten-quartal": ("de", "Der Umsatz stieg im ersten Quartal um 4 %.",
                          "Der Umsatz stieg im ersten Quartal um 4 %."),
    "de-letzten-quartal": ("de", "Der Umsatz stieg im letzten Quartal um 4 %.",
                           "Der Umsatz stieg im letzten Quartal um 4 %."),
}


found = found_in_language  # a sentence citing one passage, read as a build reads its language


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(language: str, sentence: str, passage: str):
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passage: str, named: str):
    findings = found(language, sentence, passage)
    assert any(named in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage, named", ONCE.values(), ids=ONCE.keys())
def test_one_slip_is_named_once(language: str, sentence: str, passage: str, named: str):
    findings = found(language, sentence, passage)
    assert len(findings) == 1 and named in findings[0], findings
