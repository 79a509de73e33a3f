"""A hundred-and-forty-third fact-check: plans given as nouns, told as done.

Built, misstating their passage, now refused (explainer/planned_nouns.py, read by possible_done.py):
- an act a passage names by its noun and gives as planned, scheduled, due or expected, told done: "The Lyon plant has
  closed." citing "The closure of the Lyon plant is planned for 2027" ("is scheduled for", "is due in", "is expected
  in", "the planned closure", "the closure ..., planned for 2027,"), French "L'usine de Lyon a fermé." citing "La
  fermeture de l'usine de Lyon est prévue pour 2027" ("la fermeture prévue", "est programmée"), Italian "ha chiuso"
  citing "È prevista la chiusura", Portuguese "fechou" citing "O fecho ... está previsto para 2027", Spanish "cerró"
  citing "El cierre ... está previsto", German "Das Werk wurde geschlossen." citing "Die Schließung des Werks ist für
  2027 geplant"; and an event scheduled told held in Italian, Spanish, Portuguese and German ("si è svolto", "tuvieron
  lugar", "realizou-se", "fand statt");
- a Dutch plan told begun by a word naming the work alone: "De bouw is begonnen." citing "Het park is gepland voor
  2027." (dutch_verbs.py);
- a Dutch present passive with a time to come whose participle takes no "ge-": "De belasting is verhoogd." citing "De
  belasting wordt in 2027 verhoogd." (dutch_verbs.py);
- a plan's act told done "as planned" keeps no plan: "The Lyon plant closed as planned.", "L'usine a fermé comme
  prévu." (possible_done.py).
Each has its honest twin, which builds: the plan kept ("The closure of the Lyon plant is planned for 2027", "La
fermeture est prévue pour 2027"), a future with its year ("The Lyon plant will close in 2027", of a scheduled
closure), a negated act, the noun named and nothing told done, or a passage that tells the act done itself.
"""

from __future__ import annotations

import functools

import pytest

from support import found_in_language

DONE = "tells as done ('{}') what its cited passages give only as to come ('{}')"
CLOSURE = "The closure of the Lyon plant is planned for 2027."
FERMETURE = "La fermeture de l'usine de Lyon est prévue pour 2027."


found = functools.partial(found_in_language, published="2026-11-18")  # read as a build reads its language


MISSTATED = {
    # 1. a closure planned, told done
    "fr-a-ferme": ("fr", "L'usine de Lyon a fermé.", FERMETURE,
                   DONE.format("a fermé", "fermeture de l'usine de Lyon est prévue")),
    "fr-est-fermee-prevue-after": ("fr", "L'usine de Lyon est fermée.",
                                   "La fermeture prévue de l'usine de Lyon inquiète les syndicats.",
                                   DONE.format("est fermée", "fermeture prévue")),
    "fr-comme-prevu": ("fr", "L'usine de Lyon a fermé comme prévu.", FERMETURE,
                       DONE.format("a fermé", "fermeture de l'usine de Lyon est prévue")),
    "fr-apposed": ("fr", "L'usine de Lyon a été fermée.",
                   "La société a confirmé la fermeture de l'usine de Lyon, prévue pour 2027.",
                   DONE.format("a été fermée", "fermeture de l'usine de Lyon, prévue")),
    "fr-ouverture": ("fr", "Le musée a ouvert.", "L'ouverture du musée est prévue en juin.",
                     DONE.format("a ouvert", "ouverture du musée est prévue")),
    "fr-inauguration": ("fr", "Le nouveau pont a été inauguré.",
                        "L'inauguration du nouveau pont est programmée pour juin.",
                        DONE.format("a été inauguré", "inauguration du nouveau pont est programmée")),
    "en-planned": ("en", "The Lyon plant has closed.", CLOSURE,
                   DONE.format("closed", "closure of the Lyon plant is planned")),
    "en-scheduled": ("en", "The Lyon plant has closed.", "The closure of the Lyon plant is scheduled for 2027.",
                     DONE.format("closed", "closure of the Lyon plant is scheduled")),
    "en-due-in": ("en", "The Lyon plant has closed.", "The closure of the Lyon plant is due in 2027.",
                  DONE.format("closed", "closure of the Lyon plant is due")),
    "en-expected-in": ("en", "The Lyon plant closed.", "The closure of the Lyon plant is expected in 2027.",
                       DONE.format("closed", "closure of the Lyon plant is expected")),
    "en-as-planned": ("en", "The Lyon plant closed as planned.", CLOSURE,
                      DONE.format("closed", "closure of the Lyon plant is planned")),
    "en-planned-before": ("en", "The Lyon plant was closed.",
                          "The planned closure of the Lyon plant has angered unions.",
                          DONE.format("closed", "planned closure")),
    "en-apposed": ("en", "The Lyon plant was closed.",
                   "The closure of the Lyon plant, planned for 2027, will cost 300 jobs.",
                   DONE.format("closed", "closure of the Lyon plant, planned")),
    "en-possessive": ("en", "The plant was closed.", "The plant's closure is planned for 2027.",
                      DONE.format("closed", "closure is planned")),
    "en-after-semicolon": ("en", "The Lyon plant was demolished.",
                           "The Lyon plant closed in 2024; its demolition is planned for 2027.",
                           DONE.format("demolished", "demolition is planned")),
    "en-launch": ("en", "The satellite from Kourou was launched.",
                  "The launch of the satellite from Kourou is scheduled for June.",
                  DONE.format("launched", "launch of the satellite from Kourou is scheduled")),
    "en-completion": ("en", "The Leeds bypass was completed.", "Completion of the Leeds bypass is expected in 2027.",
                      DONE.format("completed", "Completion of the Leeds bypass is expected")),
    "en-resignation": ("en", "Gonzalez resigned as minister.",
                       "Gonzalez's resignation as minister is expected next week.",
                       DONE.format("resigned", "resignation as minister is expected")),
    "en-shutdown": ("en", "Operations at the Lyon plant were shut down.",
                    "The shutdown of the Lyon plant is scheduled for March.",
                    DONE.format("shut down", "shutdown of the Lyon plant is scheduled")),
    # 2. Italian
    "it-e-prevista-la": ("it", "L'azienda ha chiuso lo stabilimento di Torino.",
                         "È prevista la chiusura dello stabilimento di Torino.",
                         DONE.format("chiuso", "È prevista la chiusura")),
    "it-e-stato-chiuso": ("it", "Lo stabilimento di Torino è stato chiuso.",
                          "La chiusura dello stabilimento di Torino è prevista per il 2027.",
                          DONE.format("chiuso", "chiusura dello stabilimento di Torino è prevista")),
    "it-vendita": ("it", "L'azienda ha venduto lo stabilimento di Torino.",
                   "La vendita dello stabilimento di Torino è prevista entro giugno.",
                   DONE.format("venduto", "vendita dello stabilimento di Torino è prevista")),
    "it-apertura": ("it", "Il museo di Napoli ha aperto.", "L'apertura del museo di Napoli è prevista a giugno.",
                    DONE.format("aperto", "apertura del museo di Napoli è prevista")),
    "it-referendum": ("it", "Il referendum sulla riforma si è svolto.",
                      "Il referendum sulla riforma è previsto per giugno.",
                      DONE.format("si è svolto", "referendum sulla riforma è previsto")),
    # 3. Portuguese and Spanish
    "pt-fecho": ("pt", "A empresa fechou a fábrica de Setúbal.",
                 "O fecho da fábrica de Setúbal está previsto para 2027.",
                 DONE.format("fechou", "fecho da fábrica de Setúbal está previsto")),
    "pt-esta-previsto-o": ("pt", "A fábrica de Setúbal foi fechada.", "Está previsto o encerramento da fábrica de Setúbal.",
                           DONE.format("fechada", "Está previsto o encerramento")),
    "pt-abertura": ("pt", "O museu do Porto abriu.", "A abertura do museu do Porto está prevista para junho.",
                    DONE.format("abriu", "abertura do museu do Porto está prevista")),
    "pt-cimeira": ("pt", "A cimeira de Lisboa realizou-se.", "A cimeira de Lisboa está marcada para maio.",
                   DONE.format("realizou-se", "cimeira de Lisboa está marcada")),
    "es-cierre": ("es", "La empresa cerró la planta de Valencia.",
                  "El cierre de la planta de Valencia está previsto para 2027.",
                  DONE.format("cerró", "cierre de la planta de Valencia está previsto")),
    "es-construccion": ("es", "El puente de Sevilla fue construido.",
                        "La construcción del puente de Sevilla está prevista para 2027.",
                        DONE.format("construido", "construcción del puente de Sevilla está prevista")),
    "es-elecciones": ("es", "Las elecciones en Murcia tuvieron lugar.",
                      "Las elecciones en Murcia están previstas para mayo.",
                      DONE.format("tuvieron lugar", "elecciones en Murcia están previstas")),
    # 4. German
    "de-geschlossen": ("de", "Das Werk wurde geschlossen.", "Die Schließung des Werks ist für 2027 geplant.",
                       DONE.format("geschlossen", "Schließung des Werks ist für 2027 geplant")),
    "de-geplante": ("de", "Das Werk in Köln schloss.", "Die geplante Schließung des Werks in Köln sorgt für Unmut.",
                    DONE.format("schloss", "geplante Schließung")),
    "de-vorgesehen": ("de", "Die neue Brücke wurde eröffnet.",
                      "Die Eröffnung der neuen Brücke ist für Juni vorgesehen.",
                      DONE.format("eröffnet", "Eröffnung der neuen Brücke ist für Juni vorgesehen")),
    "de-verkauf": ("de", "Das Werk wurde verkauft.", "Der Verkauf des Werks ist für 2027 geplant.",
                   DONE.format("verkauft", "Verkauf des Werks ist für 2027 geplant")),
    "de-wahl": ("de", "Die Wahl in Hessen fand statt.", "Die Wahl in Hessen ist für Mai angesetzt.",
                DONE.format("fand statt", "Wahl in Hessen ist für Mai angesetzt")),
    # 5. Dutch: a plan told begun by the work's word alone, a participle without "ge-"
    "nl-bouw-begonnen": ("nl", "De bouw is begonnen.", "Het park is gepland voor 2027.",
                         DONE.format("begonnen", "gepland voor 2027")),
    "nl-sluiting": ("nl", "De fabriek in Venlo is gesloten.",
                    "De sluiting van de fabriek in Venlo is gepland voor 2027.",
                    DONE.format("gesloten", "sluiting van de fabriek in Venlo is gepland")),
    "nl-verhoogd": ("nl", "De belasting is verhoogd.", "De belasting wordt in 2027 verhoogd.",
                    DONE.format("verhoogd", "wordt in 2027 verhoogd")),
    "nl-verhoogde": ("nl", "De belasting werd verhoogd.", "De belasting wordt in 2027 verhoogd.",
                     DONE.format("verhoogd", "wordt in 2027 verhoogd")),
    "nl-verzwaard": ("nl", "De straf is verzwaard.", "De straf wordt volgend jaar verzwaard.",
                     DONE.format("verzwaard", "wordt volgend jaar verzwaard")),
}

HONEST = {
    "en-plan-kept": ("en", CLOSURE, CLOSURE),
    "en-will-close": ("en", "The Lyon plant will close in 2027.", "The closure of the Lyon plant is scheduled for 2027."),
    "en-is-to-close": ("en", "The Lyon plant is to close in 2027.", CLOSURE),
    "en-closes-in-its-year": ("en", "The Lyon plant closes in 2027.", CLOSURE),
    "en-expected-to": ("en", "The plant is expected to close.", "The closure of the Lyon plant is expected in 2027."),
    "en-not-closed": ("en", "The Lyon plant has not closed.", CLOSURE),
    "en-noun-named": ("en", "Unions called the closure of the Lyon plant a mistake.", CLOSURE),
    "en-planned-kept": ("en", "Unions are angry about the planned closure of the Lyon plant.",
                        "The planned closure of the Lyon plant has angered unions."),
    "en-done-and-planned": ("en", "The Lyon plant closed in 2024.",
                            "The Lyon plant closed in 2024; its demolition is planned for 2027."),
    "en-done-then-reopening": ("en", "The Lyon plant was closed in 2019.",
                               "The Lyon plant was closed in 2019. Its reopening is planned for 2027."),
    "en-confirmed": ("en", "The company confirmed the closure of the Lyon plant.",
                     "The company confirmed the closure of the Lyon plant, planned for 2027."),
    "en-due-to": ("en", "The plant closed due to the strike.", "The plant closed due to the strike."),
    "en-expected-to-resume": ("en", "The talks are expected to resume.", "The talks are expected to resume."),
    "fr-plan-kept": ("fr", "La fermeture est prévue pour 2027.", FERMETURE),
    "fr-a-prevu-de": ("fr", "La société a prévu de fermer l'usine de Lyon.",
                      "La société a prévu de fermer l'usine de Lyon."),
    "fr-programmee": ("fr", "L'inauguration du nouveau pont est programmée pour juin.",
                      "L'inauguration du nouveau pont est programmée pour juin."),
    "it-plan-kept": ("it", "La vendita dello stabilimento è prevista.",
                     "La vendita dello stabilimento di Torino è prevista entro giugno."),
    "pt-plan-kept": ("pt", "O fecho da fábrica de Setúbal está previsto para 2027.",
                     "O fecho da fábrica de Setúbal está previsto para 2027."),
    "es-plan-kept": ("es", "El cierre de la planta de Valencia está previsto para 2027.",
                     "El cierre de la planta de Valencia está previsto para 2027."),
    "de-plan-kept": ("de", "Der Verkauf des Werks ist geplant.", "Der Verkauf des Werks ist für 2027 geplant."),
    "de-nicht": ("de", "Das Werk wurde nicht geschlossen.", "Die Schließung des Werks ist für 2027 geplant."),
    "de-built-then-planned": ("de", "Die Brücke wurde 2020 gebaut.",
                              "Die Brücke wurde 2020 gebaut; ihre Sanierung ist für 2027 geplant."),
    "nl-nog-niet": ("nl", "De bouw is nog niet begonnen.", "Het park is gepland voor 2027."),
    "nl-another-work": ("nl", "De bouw van de school is begonnen.", "Het park is gepland voor 2027."),
    "nl-passive-kept": ("nl", "De belasting wordt in 2027 verhoogd.", "De belasting wordt in 2027 verhoogd."),
    "nl-done-and-to-come": ("nl", "De belasting is in 2024 verhoogd.",
                            "De belasting is in 2024 verhoogd en wordt in 2027 opnieuw verhoogd."),
}


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_a_plan_given_as_a_noun_told_as_done_is_refused(case):
    language, sentence, passage, expected = MISSTATED[case]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("case", sorted(HONEST))
def test_its_honest_twin_builds(case):
    language, sentence, passage = HONEST[case]
    assert found(language, sentence, passage) == []


def test_an_event_held_is_named_once():
    """An English, French or Portuguese event scheduled and told held is scheduled.py's, its message as it was: a
    plan's noun adds no second finding."""
    for language, sentence, passage in (
            ("en", "The treaty with Chile was signed.", "The signing of the treaty with Chile is scheduled for June."),
            ("en", "The new museum in Leeds opened.", "The opening of the new museum in Leeds is planned for June."),
            ("fr", "Le sommet de Genève a eu lieu.", "Le sommet de Genève est prévu le 14 mai."),
            ("pt", "A nova ponte foi inaugurada.", "A inauguração da nova ponte está prevista para junho.")):
        findings = found(language, sentence, passage)
        assert len(findings) == 1 and "tells as held" in findings[0], findings
