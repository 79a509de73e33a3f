"""A hundred-and-fifty-ninth fact-check: initials, plans and pauses, in English, French, Spanish and German.

Built, where each was refused: a speaker named by its initials where no party is defined, "According to the IMF,
growth will be 3%." citing "According to the International Monetary Fund, growth will be 3%." (French "Selon le FMI"
of "Selon le Fonds Monétaire International"): the initials of capitalised words the passage writes in a row name them
(speakers.py, initials.py). Another body's initials ("the IMO", "le FMO") still give the words to no one the passage
names.

Refused, where each built:
- a plan reported told as the speaker's firm "will": "The company said it will close the plant in 2027." citing "The
  company said it planned to close the plant in 2027." ("says it intends to", "said it wanted to"); a reported
  "would" ("said it would close") or the plan kept builds (forecasts.py);
- a plan told as set: "The company is set to close the plant in 2027." citing "The company plans to close the plant
  in 2027." ("are poised to" of "intend to"); "intends to", and "is set to" of a forecast's "is expected to", build
  (forecasts.py);
- a plan given by the act's noun told as certain: "Das Unternehmen wird das Werk 2027 schließen." citing "Das
  Unternehmen plant die Schließung des Werks 2027." (and "Das Werk wird 2027 geschlossen."), "cerrará" of "prevé el
  cierre", "fermera" of "prévoit la fermeture" or "envisage la fermeture" (offers_languages.py);
- a closure for a time told as a closure: "L'usine a fermé." citing "L'usine a fermé temporairement après
  l'incendie.", "La planta cerró." of "cerró temporalmente", "Das Werk wurde geschlossen." of "vorübergehend
  geschlossen", and English's "closed temporarily" after the verb as its "temporarily closed" (paused_as_ceased.py).
Each has its twin: the plan, the pause and the body kept, or a passage that tells the deed itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import minimal_project, one_sentence_checked
from test_factcheck_143 import found  # a sentence in a language citing one passage, read as its locale writes it

IMF = "According to the International Monetary Fund, growth will be 3%."
FMI = "Selon le Fonds Monétaire International, la croissance sera de 3 %."
SAID_PLANNED = "The company said it planned to close the plant in 2027."
PLAN_EN = "The company plans to close the plant in 2027."
DE_NOUN = "Das Unternehmen plant die Schließung des Werks 2027."
ES_NOUN = "La empresa prevé el cierre de la planta en 2027."
FR_NOUN = "L'entreprise prévoit la fermeture de l'usine en 2027."
FR_FIRE = "L'usine a fermé temporairement après l'incendie."
ES_FIRE = "La planta cerró temporalmente tras el incendio."
DE_FIRE = "Das Werk wurde nach dem Brand vorübergehend geschlossen."

MISSTATED = {
    # 1. another body's initials
    "en-imo": ("en", "According to the IMO, growth will be 3%.", IMF, "gives the words to the IMO"),
    "en-imo-said": ("en", "The IMO said growth will be 3%.", "The International Monetary Fund said growth will be 3%.",
                    "gives the words to The IMO"),
    "fr-fmo": ("fr", "Selon le FMO, la croissance sera de 3 %.", FMI, "gives the words to FMO"),
    "en-initials-elsewhere": ("en", "According to the IMF, growth will be 3%.",
                              "According to the World Bank, growth will be 3%.", "gives the words to the IMF"),
    # 2. a plan reported, told as the speaker's firm "will"
    "en-said-will": ("en", "The company said it will close the plant in 2027.", SAID_PLANNED,
                     "worded as certain ('will')"),
    "en-says-will-intends": ("en", "The company says it will close the plant in 2027.",
                             "The company says it intends to close the plant in 2027.", "worded as certain ('will')"),
    "en-said-will-wanted": ("en", "The company said it will sell the plant next year.",
                            "The company said it wanted to sell the plant next year.", "worded as certain ('will')"),
    # 3. a plan told as set
    "en-is-set-to": ("en", "The company is set to close the plant in 2027.", PLAN_EN,
                     "worded as certain ('is set to')"),
    "en-are-poised-to": ("en", "The owners are poised to sell the club next year.",
                         "The owners intend to sell the club next year.", "worded as certain ('are poised to')"),
    "en-set-to-of-aims": ("en", "The company is set to close the plant in 2027.",
                          "The company aims to close the plant in 2027.", "worded as certain ('is set to')"),
    # 4. a plan by its noun told as certain
    "de-plant-die-schliessung": ("de", "Das Unternehmen wird das Werk 2027 schließen.", DE_NOUN,
                                 "give only as planned ('plant die Schließung')"),
    "de-passive": ("de", "Das Werk wird 2027 geschlossen.", DE_NOUN, "give only as planned"),
    "de-stilllegung": ("de", "Der Konzern wird das Werk in Bochum stilllegen.",
                       "Der Konzern plant die Stilllegung des Werks in Bochum.", "give only as planned"),
    "de-erwaegt": ("de", "Das Unternehmen wird das Werk 2027 schließen.",
                   "Das Unternehmen erwägt die Schließung des Werks 2027.", "give only as weighed"),
    "es-preve-el-cierre": ("es", "La empresa cerrará la planta en 2027.", ES_NOUN,
                           "give only as planned ('prevé el cierre')"),
    "es-va-a-cerrar": ("es", "La empresa va a cerrar la planta en 2027.", ES_NOUN, "give only as planned"),
    "es-planea-la-reduccion": ("es", "El gobierno reducirá la plantilla en 2027.",
                               "El gobierno planea la reducción de la plantilla en 2027.", "give only as planned"),
    "fr-prevoit-la-fermeture": ("fr", "L'entreprise fermera l'usine en 2027.", FR_NOUN, "fermera"),
    "fr-envisage-la-fermeture": ("fr", "L'entreprise fermera l'usine en 2027.",
                                 "L'entreprise envisage la fermeture de l'usine en 2027.", "give only as weighed"),
    # 5. a closure for a time, told as a closure
    "fr-a-ferme": ("fr", "L'usine a fermé.", FR_FIRE, "give only as for a time ('temporairement')"),
    "fr-a-ete-fermee": ("fr", "L'usine a été fermée après l'incendie.",
                        "L'usine a été fermée provisoirement après l'incendie.", "give only as for a time"),
    "es-cerro": ("es", "La planta cerró.", ES_FIRE, "give only as for a time ('temporalmente')"),
    "es-fue-cerrada": ("es", "La planta fue cerrada tras el incendio.",
                       "La planta fue cerrada temporalmente tras el incendio.", "give only as for a time"),
    "de-geschlossen": ("de", "Das Werk wurde geschlossen.", DE_FIRE, "give only as for a time ('vorübergehend')"),
    "de-schloss": ("de", "Das Unternehmen schloss das Werk nach dem Brand.",
                   "Das Unternehmen schloss das Werk nach dem Brand vorübergehend.", "give only as for a time"),
    "en-closed-after": ("en", "The plant closed after the fire.", "The plant closed temporarily after the fire.",
                        "give only as for a time ('temporarily')"),
    "en-shut": ("en", "The plant was shut after the fire.", "The plant was shut temporarily after the fire.",
                "give only as for a time"),
}

HONEST = {
    # 1. the body named by its initials, or as the passage names it
    "en-imf": ("en", "According to the IMF, growth will be 3%.", IMF),
    "en-imf-said": ("en", "The IMF said growth will be 3%.", "The International Monetary Fund said growth will be 3%."),
    "en-imfs": ("en", "The IMF's chief economist said growth will be 3%.",
                "The International Monetary Fund's chief economist said growth will be 3%."),
    "fr-fmi": ("fr", "Selon le FMI, la croissance sera de 3 %.", FMI),
    "en-spelled": ("en", "According to the International Monetary Fund, growth will be 3%.", IMF),
    # 2. the plan reported kept, or reported as a "would"
    "en-said-planned": ("en", SAID_PLANNED, SAID_PLANNED),
    "en-said-would": ("en", "The company said it would close the plant in 2027.", SAID_PLANNED),
    "en-said-will-of-will": ("en", "The company said it will close the plant in 2027.",
                             "The company said it will close the plant in 2027."),
    "en-says-intends": ("en", "The company says it intends to close the plant in 2027.",
                        "The company says it plans to close the plant in 2027."),
    # 3. the plan kept, or a passage that sets it
    "en-plans": ("en", PLAN_EN, PLAN_EN),
    "en-intends": ("en", "The company intends to close the plant in 2027.", PLAN_EN),
    "en-set-of-set": ("en", "The company is set to close the plant in 2027.",
                      "The company is set to close the plant in 2027."),
    "en-will-of-set": ("en", "The company will close the plant in 2027.",
                       "The company is set to close the plant in 2027."),
    # a forecast's "is expected to" is "is set to" (test_factcheck_112's "set-kept-modal")
    "en-set-of-expected": ("en", "The company is set to close the plant in 2027.",
                           "The company is expected to close the plant in 2027."),
    # 4. the plan by its noun kept, or a passage that says it will be done
    "de-plant-kept": ("de", "Das Unternehmen plant die Schließung des Werks 2027.", DE_NOUN),
    "de-wird-of-wird": ("de", "Das Unternehmen wird das Werk 2027 schließen.",
                        "Das Unternehmen wird das Werk 2027 schließen."),
    "de-plant-zu": ("de", "Das Unternehmen plant, das Werk 2027 zu schließen.", DE_NOUN),
    "es-preve-kept": ("es", "La empresa prevé el cierre de la planta en 2027.", ES_NOUN),
    "es-cerrara-of-cerrara": ("es", "La empresa cerrará la planta en 2027.", "La empresa cerrará la planta en 2027."),
    "es-planea-cerrar": ("es", "La empresa planea cerrar la planta en 2027.", ES_NOUN),
    "fr-prevoit-kept": ("fr", "L'entreprise prévoit la fermeture de l'usine en 2027.", FR_NOUN),
    "fr-envisage-kept": ("fr", "L'entreprise envisage la fermeture de l'usine en 2027.",
                         "L'entreprise envisage la fermeture de l'usine en 2027."),
    # 5. the closure for a time kept, or a passage that tells it closed for good
    "fr-temporairement": ("fr", "L'usine a fermé temporairement.", FR_FIRE),
    "fr-provisoirement": ("fr", "L'usine a fermé provisoirement.", FR_FIRE),
    "fr-ferme-of-ferme": ("fr", "L'usine a fermé après l'incendie.", "L'usine a fermé après l'incendie."),
    "fr-definitivement-later": ("fr", "L'usine a fermé.",
                                "L'usine a fermé temporairement après l'incendie, puis elle a fermé définitivement "
                                "en mai."),
    "es-temporalmente": ("es", "La planta cerró temporalmente.", ES_FIRE),
    "es-cerro-of-cerro": ("es", "La planta cerró tras el incendio.", "La planta cerró tras el incendio."),
    "de-voruebergehend": ("de", "Das Werk wurde vorübergehend geschlossen.", DE_FIRE),
    "de-geschlossen-of-geschlossen": ("de", "Das Werk wurde geschlossen.", "Das Werk wurde nach dem Brand geschlossen."),
    "en-temporarily": ("en", "The plant closed temporarily.", "The plant closed temporarily after the fire."),
    "en-closed-of-closed": ("en", "The plant closed after the fire.", "The plant closed after the fire."),
    "en-temporarily-before": ("en", "The plant was temporarily shut.", "The plant was shut temporarily after the fire."),
    "en-other-closed": ("en", "The school closed in June.",
                        "The school closed in June, and the road was closed temporarily."),
}


@pytest.mark.parametrize("case", sorted(HONEST))
def test_an_honest_sentence_builds(case):
    language, sentence, passage = HONEST[case]
    assert found(language, sentence, passage) == []


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_its_misstated_twin_is_refused(case):
    language, sentence, passage, expected = MISSTATED[case]
    findings = found(language, sentence, passage)
    assert any(expected in finding for finding in findings), findings


SHUT = "The Halden plant closed temporarily after the fire in March."
FUND = "According to the International Monetary Fund, growth in Veskland will be 3% in 2027."


def test_a_small_project_reads_initials_and_keeps_a_pause(tmp_path: Path):
    """Through the front door: a one-sentence briefing naming the IMF builds of the International Monetary Fund's
    words and the IMO's is refused; one telling the plant closed is refused of a plant closed temporarily, and builds
    when it keeps the pause."""
    assert one_sentence_checked(minimal_project(tmp_path / "imf"), FUND,
                                "According to the IMF, growth in Veskland will be 3% in 2027.") == []
    refused = one_sentence_checked(minimal_project(tmp_path / "imo"), FUND,
                                   "According to the IMO, growth in Veskland will be 3% in 2027.")
    assert any("gives the words to the IMO" in line for line in refused), refused
    refused = one_sentence_checked(minimal_project(tmp_path / "closed"), SHUT,
                                   "The Halden plant closed after the fire in March.")
    assert any("give only as for a time ('temporarily')" in line for line in refused), refused
    assert one_sentence_checked(minimal_project(tmp_path / "kept"), SHUT,
                                "The Halden plant closed temporarily after the fire in March.") == []
