"""A hundred-and-forty-seventh fact-check: fractions "as many" of two counts or of a change, French "l'an", plans
told done in other verbs, plans announced, plans told as to come.

Built, where each was refused:
- a fraction or a multiple "as many" of two counts of one noun, the later one's noun left out: "Police counted
  two-thirds as many protesters as in May." (or "three times as many") citing "Police counted about 40,000 protesters
  in May and 27,000 on Saturday." (fractions_said._counts_by_noun, _held_as_a_level);
- French "l'an" after a figure, no litres: "soit 400 l'an", "40 000 l’an" (measures.py);
- a plan given by its noun, told as to come: "The Lyon plant will close in 2027." citing "The closure of the Lyon
  plant is planned for 2027." (forecasts._a_schedule), "L'usine de Lyon fermera en 2027.", German "Das Werk wird 2027
  geschlossen." (possible_done.py no longer reads a participle after "wird" as done).

Refused, where each built:
- a fraction "as many" that two counts of one noun do not make: "half as many protesters" of the same passage;
- a fraction "as many" of a change in per cent it does not bear out: "Half as many jobs were lost this year." citing
  "Job losses fell 20 percent this year." (percent_changes_told.py), Spanish "se redujeron a la mitad" of "cayeron un
  20 %";
- a plan told done in another verb: "The Lyon plant has shut down." (or "was shut", "was torn down", "stepped
  down", "fue clausurada", "wurde stillgelegt") citing "The closure of the Lyon plant is planned for 2027."
  (planned_nouns.py);
- a plan announced for a time, told done: "The plant closed in 2027." citing "The closure of the plant was announced
  for 2027." (and "a été annoncée pour", "fue anunciado para", "wurde für 2027 angekündigt").
Each has its twin: "half as many" of "fell 50 percent" builds, "will definitely close" and "will close" of an
expected closure stay refused, litres stay litres ("3 000 l d'eau").
"""

from __future__ import annotations

import pytest

from test_factcheck_143 import found  # a sentence in a language citing one passage, read as its locale writes it

PROTEST = "Police counted about 40,000 protesters in May and 27,000 on Saturday."
TRIPLED = "Police counted about 9,000 protesters in May and 27,000 on Saturday."
JOBS_20 = "Job losses fell 20 percent this year."
JOBS_50 = "Job losses fell 50 percent this year."
CLOSURE = "The closure of the Lyon plant is planned for 2027."
ANNOUNCED = "The closure of the plant was announced for 2027."
HONEST = {
    "two-thirds-as-many": ("en", "Police counted two-thirds as many protesters as in May.", PROTEST),
    "two-thirds-both-named": ("en", "Police counted two-thirds as many protesters as in May.",
                              "Police counted 40,000 protesters in May and 27,000 protesters on Saturday."),
    "two-thirds-of-a-fall": ("en", "Police counted two-thirds as many protesters as in May.",
                             "The count of protesters fell from 40,000 in May to 27,000."),
    "three-times-as-many": ("en", "Police counted three times as many protesters as in May.", TRIPLED),
    "twice-as-many-years": ("en", "There were twice as many applications in 2025 as in 2024.",
                            "The council received 450 applications in 2024 and 900 in 2025."),
    "a-third-as-many-comma": ("en", "Police made a third as many arrests this year.",
                              "Police made 300 arrests last year, 100 this year."),
    "half-as-many-50": ("en", "Half as many jobs were lost this year.", JOBS_50),
    "fell-by-half-50": ("en", "Job losses fell by half this year.", JOBS_50),
    "nearly-half-as-many": ("en", "There were nearly half as many burglaries.", "Burglaries fell 52 percent."),
    "their-own-fraction": ("en", "Half as many women as men applied.",
                           "Applications fell 20 percent. Half as many women as men applied."),
    "es-a-la-mitad-50": ("es", "Las ventas se redujeron a la mitad.", "Las ventas cayeron un 50 % en mayo."),
    "fr-400-l-an": ("fr", "La commune a gagné 2 000 habitants en cinq ans, soit 400 l'an.",
                    "La commune a gagné 2 000 habitants en cinq ans, soit 400 par an."),
    "fr-l-an-typographic": ("fr", "Le fonds rapporte 40 000 l’an.", "Le fonds rapporte 40 000 par an."),
    "fr-l-an-dernier": ("fr", "Le musée a reçu 12 000 l'an dernier.", "Le musée a reçu 12 000 visiteurs l'an dernier."),
    "fr-litres-kept": ("fr", "La citerne contient 3 000 l d'eau.", "La citerne contient 3 000 l d'eau."),
    "en-not-shut-down": ("en", "The Lyon plant has not shut down.", CLOSURE),
    "en-shutdown-kept": ("en", "The plant's shutdown is planned for 2027.", "The plant's shutdown is planned for 2027."),
    "en-company-announced": ("en", "The company announced the closure of the plant for 2027.", ANNOUNCED),
    "en-announced-kept": ("en", ANNOUNCED, ANNOUNCED),
    "en-will-close-announced": ("en", "The plant will close in 2027.", ANNOUNCED),
    "en-will-close-planned": ("en", "The Lyon plant will close in 2027.", CLOSURE),
    "en-will-shut-planned": ("en", "The Lyon plant will shut down in 2027.", CLOSURE),
    "fr-fermera": ("fr", "L'usine de Lyon fermera en 2027.", "La fermeture de l'usine de Lyon est prévue pour 2027."),
    "de-wird-geschlossen": ("de", "Das Werk wird 2027 geschlossen.", "Die Schließung des Werks ist für 2027 geplant."),
    "fr-annoncee-kept": ("fr", "La fermeture de l'usine a été annoncée pour 2027.",
                         "La fermeture de l'usine a été annoncée pour 2027."),
}
MISSTATED = {
    "half-as-many": ("en", "Police counted half as many protesters as in May.", PROTEST, 'says "half as many" (0.5 times'),
    "three-quarters-as-many": ("en", "Police counted three-quarters as many protesters as in May.", PROTEST, "three-quarters"),
    "twice-as-many": ("en", "Police counted twice as many protesters as in May.", TRIPLED, "twice"),
    "half-as-many-years": ("en", "There were half as many applications in 2025.",
                           "The council received 450 applications in 2024 and 400 in 2025.", 'says "half as many"'),
    "half-as-many-jobs": ("en", "Half as many jobs were lost this year.", JOBS_20,
                          'says "Half as many" (0.5 times the earlier level) where its cited passages give a level 0.8'),
    "a-third-as-many-down": ("en", "There were a third as many burglaries as last year.",
                             "Burglaries were down 20% on last year.", 'says "a third as many"'),
    "fell-by-half-20": ("en", "Job losses fell by half this year.", JOBS_20, 'says "by half"'),
    "es-a-la-mitad-20": ("es", "Las ventas se redujeron a la mitad.", "Las ventas cayeron un 20 % en mayo.", "a la mitad"),
    "fr-litres-of-m3": ("fr", "La citerne contient 3 000 l d'eau.", "La citerne contient 3 000 m³ d'eau.", "litres"),
    "en-has-shut-down": ("en", "The Lyon plant has shut down.", CLOSURE, "tells as done ('shut down')"),
    "en-was-shut": ("en", "The Lyon plant was shut.", CLOSURE, "tells as done ('shut')"),
    "en-has-been-closed": ("en", "The Lyon plant has been closed.", CLOSURE, "tells as done ('closed')"),
    "en-closed-of-shutdown": ("en", "The Lyon plant closed.", "The shutdown of the Lyon plant is scheduled for March.",
                              "tells as done ('closed')"),
    "en-torn-down": ("en", "The Lyon plant was torn down.", "The demolition of the Lyon plant is planned for 2027.",
                     "tells as done ('torn down')"),
    "en-stepped-down": ("en", "Marsh stepped down as chair.", "Marsh's resignation as chair is expected next week.",
                        "tells as done ('stepped down')"),
    "es-clausurada": ("es", "La planta de Valencia fue clausurada.",
                      "El cierre de la planta de Valencia está previsto para 2027.", "tells as done ('clausurada')"),
    "de-stillgelegt": ("de", "Das Werk in Köln wurde stillgelegt.", "Die Schließung des Werks in Köln ist für 2027 geplant.",
                       "tells as done ('stillgelegt')"),
    "en-closed-announced": ("en", "The plant closed in 2027.", ANNOUNCED,
                            "tells as done ('closed') what its cited passages give only as to come ('closure of the plant was announced')"),
    "en-shut-announced": ("en", "The plant has shut down.", ANNOUNCED, "tells as done ('shut down')"),
    "fr-ferme-annoncee": ("fr", "L'usine a fermé.", "La fermeture de l'usine a été annoncée pour 2027.",
                          "tells as done ('a fermé')"),
    "es-cerro-anunciado": ("es", "La planta cerró.", "El cierre de la planta fue anunciado para 2027.",
                           "tells as done ('cerró')"),
    "de-angekuendigt": ("de", "Das Werk wurde geschlossen.", "Die Schließung des Werks wurde für 2027 angekündigt.",
                        "tells as done ('geschlossen')"),
    "de-wurde-2027-geschlossen": ("de", "Das Werk wurde 2027 geschlossen.",
                                  "Die Schließung des Werks ist für 2027 geplant.", "tells as done ('geschlossen')"),
    "nl-werden-gesloten": ("nl", "De fabrieken in Venlo werden gesloten.",
                           "De sluiting van de fabrieken in Venlo is gepland voor 2027.", "tells as done ('gesloten')"),
    "en-will-definitely-close": ("en", "The Lyon plant will definitely close in 2027.", CLOSURE, "worded as certain"),
    "en-will-close-expected": ("en", "The Lyon plant will close in 2027.",
                               "The closure of the Lyon plant is expected in 2027.", "worded as certain"),
    "en-will-close-plans-to": ("en", "The company will close the plant in 2027.",
                               "The company plans to close the plant in 2027.", "worded as certain"),
    "fr-fermera-certainement": ("fr", "L'usine de Lyon fermera certainement en 2027.",
                                "La fermeture de l'usine de Lyon est prévue pour 2027.", "worded as certain"),
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
