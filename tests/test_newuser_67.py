"""What a Spanish new user still met after newuser65, on the same doctors' strike in Aragón
(tests/fixtures/newuser_65/seeds/cronica.txt), in the built-in Spanish locale.

- "El Gobierno ofrece subir la hora de guardia en 4 euros" citing "de 24 a 28 euros", and "El seguimiento subió 4
  puntos" citing "pasó del 68 % al 72 %", were refused ("figure "4" is not in the passages"): a change's size was read
  in English only. Spanish and French "en N", "de N", "una subida de N", "subió N puntos" are now read against a
  passage's "de A a B", "del A al B", "de A à B" after a word of change (explainer/change_sizes_romance.py).
- "El Gobierno sostiene que no puede asumir más de 18 millones" citing "18 millones ... y que no puede asumir más" was
  refused as "more than 18 million": a negated "más de" (French "ne ... pas ... plus de") is a cap, up to, as English
  "not more than" is (explainer/qualifiers.py).
- "un mínimo de 35 pacientes" citing "un máximo de 35" built: Spanish "un mínimo de", "como mínimo", "por lo menos"
  are now at least, "un máximo de", "como máximo", "a lo sumo" up to (explainer/locales/es.yaml, qualifiers.py).
- "El Gobierno garantiza que ningún paciente se quedará sin atender" citing "Ningún paciente urgente se quedará sin
  atender" built: a universal's narrowing word dropped is now refused (explainer/universal_qualifiers.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer import numbers
from explainer.model import Party
from support import read_as_project_locale, sentence_findings

PARTIES = (Party(id="gobierno", name="Gobierno de Aragón", short_name="Gobierno"),
           Party(id="sindicato", name="Sindicato de Médicos de Aragón", short_name="Sindicato"))

OFERTA = ("El Gobierno ofrece subir el precio de la hora de guardia de 24 a 28 euros, mientras que los médicos "
          "reclaman 35 euros.")
SEGUIMIENTO = "Según el sindicato, el seguimiento de la huelga pasó del 68 % el primer día al 72 % el segundo."
RECORTE = "El Gobierno quiere bajar la jornada de guardia de 17 a 15 horas."
FR_TARIF = "Le gouvernement propose de relever le tarif de l'heure de garde de 24 à 28 euros."
FR_SUIVI = "Le taux de grévistes est passé de 68 % à 72 %."
COSTE = ("El Gobierno de Aragón sostiene que la subida a 28 euros supondría un coste de 18 millones de euros al año y "
         "que no puede asumir más.")
TOPE = "El Gobierno sostiene que no puede asumir más de 18 millones de euros al año."
FR_COUT = ("Le gouvernement affirme que la hausse coûterait 18 millions d'euros par an et qu'il ne peut pas payer "
           "davantage.")
MAXIMO = ("Aquel acuerdo fijó un máximo de 35 pacientes al día por médico de familia, un límite que el sindicato "
          "asegura que no se cumple en la mitad de los centros.")
MINIMO = "Los servicios mínimos fijan como mínimo 20 médicos por turno."
URGENTE = "«Ningún paciente urgente se quedará sin atender», dijo Lozano en una rueda de prensa el 11 de marzo."
TODOS = "Todos los pacientes urgentes serán atendidos, dijo Lozano."
FR_AUCUN = "« Aucun patient urgent ne restera sans soins », a dit la ministre."
EN_EVERY = "Every urgent patient will be seen within the hour, the minister said."

HONEST = {
    # a change's size, of a passage's two ends
    "en-4-euros": ("es", "El Gobierno ofrece subir la hora de guardia en 4 euros.", (OFERTA,)),
    "subida-de": ("es", "El Gobierno ofrece una subida de 4 euros por hora de guardia.", (OFERTA,)),
    "subio-puntos": ("es", "Según el sindicato, el seguimiento subió 4 puntos el segundo día.", (SEGUIMIENTO,)),
    "puntos-porcentuales": ("es", "Según el sindicato, el seguimiento aumentó 4 puntos porcentuales.",
                            (SEGUIMIENTO,)),
    "bajar-en": ("es", "El Gobierno quiere bajar la jornada de guardia en 2 horas.", (RECORTE,)),
    "same-ends": ("es", "El Gobierno ofrece subir la hora de guardia de 24 a 28 euros.", (OFERTA,)),
    "fr-de-4-euros": ("fr", "Le gouvernement propose d'augmenter le tarif de 4 euros.", (FR_TARIF,)),
    "fr-points": ("fr", "Le taux de grévistes a augmenté de 4 points.", (FR_SUIVI,)),
    # a negated "más de" is a cap
    "no-mas-de": ("es", "El Gobierno sostiene que no puede asumir más de 18 millones de euros al año.", (COSTE,)),
    "hasta": ("es", "El Gobierno sostiene que puede asumir hasta 18 millones de euros al año.", (COSTE,)),
    "no-mas-de-kept": ("es", "Según el Gobierno, no puede asumir más de 18 millones de euros al año.", (TOPE,)),
    "fr-ne-pas-plus-de": ("fr", "Le gouvernement dit qu'il ne peut pas payer plus de 18 millions d'euros par an.",
                          (FR_COUT,)),
    # a floor and a cap kept
    "un-maximo-de": ("es", "El acuerdo fijó un máximo de 35 pacientes al día por médico de familia.",
                     (MAXIMO,)),
    "como-maximo": ("es", "El acuerdo fijó como máximo 35 pacientes al día por médico de familia.", (MAXIMO,)),
    "hasta-35": ("es", "El acuerdo permite a cada médico de familia atender hasta 35 pacientes al día.", (MAXIMO,)),
    "maximo-after": ("es", "El acuerdo fijó 35 pacientes como máximo al día por médico de familia.", (MAXIMO,)),
    "al-menos": ("es", "Los servicios mínimos fijan al menos 20 médicos por turno.", (MINIMO,)),
    # a universal kept with what narrows it
    "urgente-kept": ("es", "Lozano garantizó que ningún paciente urgente se quedará sin atender.", (URGENTE,)),
    "urgencias-kept": ("es", "Lozano dijo que ningún paciente se quedará sin atender en urgencias.", (URGENTE,)),
    "todos-urgentes": ("es", "Lozano dijo que todos los pacientes urgentes serán atendidos.", (TODOS,)),
    "fr-aucun-urgent": ("fr", "Aucun patient urgent ne restera sans soins, selon la ministre.", (FR_AUCUN,)),
    "en-every-urgent": ("en", "Every urgent patient will be seen within the hour, the minister said.", (EN_EVERY,)),
}

MISSTATED = {
    # a change's size that is not the difference of the ends, or the other way
    "en-5-euros": ("es", "El Gobierno ofrece subir la hora de guardia en 5 euros.", (OFERTA,),
                   'figure "5" is not in the passages'),
    "bajar-en-4": ("es", "El Gobierno ofrece bajar la hora de guardia en 4 euros.", (OFERTA,),
                   'figure "4" is not in the passages'),
    "subio-un-4-por-ciento": ("es", "Según el sindicato, el seguimiento subió un 4 %.", (SEGUIMIENTO,),
                              'figure "4 %" is not in the passages'),
    "subio-5-puntos": ("es", "Según el sindicato, el seguimiento subió 5 puntos.", (SEGUIMIENTO,),
                       'figure "5" is not in the passages'),
    "fr-de-5-euros": ("fr", "Le gouvernement propose d'augmenter le tarif de 5 euros.", (FR_TARIF,),
                      'figure "5" is not in the passages'),
    "no-change-said": ("es", "La hora de guardia cuesta 4 euros.", (OFERTA,), 'figure "4" is not in the passages'),
    # a cap and a floor kept apart
    "mas-de-unnegated": ("es", "El Gobierno sostiene que puede asumir más de 18 millones de euros al año.", (COSTE,),
                         'figure "más de 18 millones" says more or less than "18 millones"'),
    "un-minimo-de": ("es", "El acuerdo fijó un mínimo de 35 pacientes al día por médico de familia.", (MAXIMO,),
                     'figure "un mínimo de 35" contradicts "un máximo de 35"'),
    "como-minimo": ("es", "El acuerdo fijó como mínimo 35 pacientes al día por médico de familia.", (MAXIMO,),
                    'figure "como mínimo 35" contradicts "un máximo de 35"'),
    "minimo-after": ("es", "El acuerdo fijó 35 pacientes como mínimo al día por médico de familia.", (MAXIMO,),
                     'contradicts "un máximo de 35"'),
    "como-maximo-for-minimo": ("es", "Los servicios mínimos fijan como máximo 20 médicos por turno.", (MINIMO,),
                               'figure "como máximo 20" contradicts "como mínimo 20"'),
    # a universal's narrowing word dropped
    "ningun-paciente": ("es", "El Gobierno garantiza que ningún paciente se quedará sin atender.", (URGENTE,),
                        "this sentence drops 'urgente' from its cited passage's 'ningún paciente urgente'"),
    "todos-los-pacientes": ("es", "Lozano dijo que todos los pacientes serán atendidos.", (TODOS,),
                            "this sentence drops 'urgentes' from its cited passage's 'todos los pacientes urgentes'"),
    "fr-aucun-patient": ("fr", "Aucun patient ne restera sans soins, selon la ministre.", (FR_AUCUN,),
                         "this sentence drops 'urgent' from its cited passage's 'aucun patient urgent'"),
    "en-every-patient": ("en", "Every patient will be seen within the hour, the minister said.", (EN_EVERY,),
                         "this sentence drops 'urgent' from its cited passage's 'every urgent patient'"),
}


@pytest.fixture(autouse=True)
def built_in_locale(request):
    """Read the case's text as a build does, with its built-in locale (after conftest's reset to none), then none."""
    language = request.node.callspec.params["language"]
    if language != "en":
        read_as_project_locale(REPO, language)
    yield
    numbers.read_as_locales({})


@pytest.mark.parametrize("language, sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(language: str, sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, language, PARTIES) == []


@pytest.mark.parametrize("language, sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, language, PARTIES)
    assert any(message in said for said in found), found
