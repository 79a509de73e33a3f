"""A forty-first fact-check: election misstatements that still built in the new user's Spanish briefing of round 33
(tests/test_newuser_33.py), each with its English twin and one more on another topic, and two honest wordings of the
same shape in each language that must still build.

- A subject negated told of one: "Ibarra supera el 50 %" citing "ningún candidato supera el 50 %", "Ibarra passes
  50%" citing "no candidate passes 50%" (explainer/polarity.py denies the verb after "no", "none", "ningún" of each
  one, where every figure of the negative clause is kept).
- An act to come told as done: "publicó" for "publicará", "published" for "will publish" (explainer/future_as_past.py);
  a sentence keeping the day the act was due still builds, as factcheck 36's "appealed for calm on Friday" does.
- A share told as a count: "2,1 votos" for "2,1 puntos porcentuales", "2.1 votes" for "2.1 percentage points"
  (explainer/points_counted.py).
- Two-part lists swapped: "240 observadores nacionales y 1.850 internacionales", "Ibarra ganó en la Región Norte y
  Garrido en la Región Sur" and "61,5 %, frente al 68,2 % de 2020" for the reverse, and a figure alone given its list's other words, "246 están en
  revisión" for the 418 that are (explainer/paired_lists.py).
- A count of a whole told as a fraction it is not: "la mitad de las actas" for "301 de las 418", "half" for "301 of
  the 418" (explainer/fractions_said.py reads a count of a whole as the share it is).
- A place named by its kind moved: "mesas de la Región Costa" for "de la Región Sur", "of the Coast Region"
  (explainer/places.py reads a place with a kind of place, "Región", "Region", after "de" and "of" too).
- One speaker's figure given to another: "150.000 personas, según la policía" for the organisers' count, "150,000
  people, according to police" (explainer/figure_speakers.py).
- A rise told as a fall against the sentence's own two levels: "bajó al 68,2 %, desde el 61,5 %", "fell to 68.2%,
  from 61.5%" (explainer/level_directions.py), where the passage gives both levels and no direction ("frente al").

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import functools

import pytest
from support import sentence_findings

from conftest import REPO


@functools.cache
def _built_in_locales():
    from explainer.locale import load_locales

    return load_locales(REPO)[0]


def findings(sentence: str, passage: str, language: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence citing one passage, in `language`, in a briefing
    whose parties are the election's two candidates and a union ballot's two lists."""
    from explainer.locale import read_as_written
    from explainer.model import Party

    read_as_written(_built_in_locales())  # Spanish is read with its built-in locale's words, as the build does
    return sentence_findings(sentence, (passage,), language, (
        Party(id="ibarra", name="Marta Ibarra", aliases=("Renovación Nacional",)),
        Party(id="garrido", name="Tomás Garrido", aliases=("Alianza Cívica",)),
        Party(id="unido", name="Sindicato Unido"), Party(id="obrero", name="Frente Obrero")))


NO_ONE_ES = "Con los resultados de este boletín, ningún candidato supera el 50 % de los votos válidos."
NO_ONE_EN = "With the results of this bulletin, no candidate passes 50% of the valid votes."
DEFINITIVE_ES = "El CNE publicará los resultados definitivos el 30 de abril de 2026."
DEFINITIVE_EN = "The council will publish the final results on April 30, 2026."
GAP_ES = "La diferencia entre los dos primeros candidatos es de 208.212 votos, 2,1 puntos porcentuales."
GAP_EN = "The gap between the two leading candidates is 208,212 votes, 2.1 percentage points."
OBSERVERS_ES = "El CNE acreditó a 1.850 observadores nacionales y a 240 observadores internacionales."
OBSERVERS_EN = "The council accredited 1,850 national observers and 240 international observers."
REGIONS_ES = "Garrido ganó en la Región Norte e Ibarra en la Región Sur."
REGIONS_EN = "Garrido won in the North and Ibarra in the South."
CAMPAIGN_ES = ("Según su campaña, en al menos 1.200 mesas de la Región Sur las actas registran más votos que electores "
               "inscritos.")
CAMPAIGN_EN = ("According to his campaign, at least 1,200 polling stations of the South Region recorded more votes than "
               "voters.")
MARCH_ES = ("Unas 40.000 personas, según la policía, participaron en la marcha convocada por Garrido el 19 de abril en la "
            "capital. Los organizadores calcularon la asistencia en 150.000 personas.")
MARCH_EN = ("About 40,000 people, according to police, joined the march called by Garrido on April 19. The organisers "
            "put attendance at 150,000 people.")
STRIKE_ES = "La empresa cifró el seguimiento de la huelga en el 90 %. El sindicato lo cifró en el 35 %."
PENDING_ES = ("De las actas pendientes, 418 están en revisión por inconsistencias aritméticas y 246 no han llegado "
              "todavía a los centros de cómputo.")
PENDING_EN = ("Of the pending tally sheets, 418 are under review for arithmetic errors and 246 have not yet reached the "
              "counting centres.")
STRIKERS_EN = "Of the 900 strikers, 600 returned to work and 300 stayed out."
SOUTH_ES = "En la Región Sur se concentran 301 de las 418 actas en revisión."
SOUTH_EN = "The South holds 301 of the 418 tally sheets under review."
TURNOUT_ES = "La participación fue del 68,2 %, frente al 61,5 % de la elección presidencial de 2020."
TURNOUT_EN = "Turnout was 68.2%, against 61.5% in the 2020 presidential election."

MISSTATED = {
    # a subject negated told of one
    "one-passes-es": ("Ibarra supera el 50 % de los votos válidos.", NO_ONE_ES, "es",
                      "drops the negation of its cited passage ('ningún candidato supera el 50 %"),
    "one-passes-en": ("Ibarra passes 50% of the valid votes.", NO_ONE_EN, "en",
                      "drops the negation of its cited passage ('no candidate passes 50%"),
    "union-signed-es": ("La Federación Minera firmó el convenio colectivo.", "Ningún sindicato firmó el convenio colectivo.",
                        "es", "drops the negation of its cited passage ('Ningún sindicato firmó"),
    "party-majority-en": ("Labour won a majority in parliament.", "No party won a majority in parliament.", "en",
                          "drops the negation of its cited passage ('No party won a majority"),
    # an act to come told as done
    "published-es": ("El CNE publicó los resultados definitivos.", DEFINITIVE_ES, "es",
                     "tells as done ('publicó') what its cited passages give as still to come ('publicará'"),
    "published-en": ("The council published the final results.", DEFINITIVE_EN, "en",
                     "tells as done ('published') what its cited passages give as still to come ('will publish'"),
    "proposal-es": ("El comité de huelga presentó su propuesta a la empresa.",
                    "El comité de huelga presentará su propuesta a la empresa la próxima semana.", "es",
                    "tells as done ('presentó')"),
    "fined-en": ("The regulator fined the bank for the breach.",
                 "The regulator will fine the bank for the breach next month.", "en", "tells as done ('fined')"),
    # a share told as a count
    "votes-es": ("La diferencia entre los dos primeros candidatos es de 2,1 votos.", GAP_ES, "es",
                 'figure "2,1 votos" counts votos, where its cited passages give 2,1 only as a percentage'),
    "votes-en": ("The gap between the two leading candidates is 2.1 votes.", GAP_EN, "en",
                 'figure "2.1 votes" counts votes, where its cited passages give 2.1 only as a percentage'),
    "seats-en": ("The party won 3 seats.", "The party's share rose by 3 percentage points, to 41%, and it won 12 seats.",
                 "en", 'figure "3 seats" counts seats'),
    # two-part lists swapped
    "observers-es": ("El CNE acreditó a 240 observadores nacionales y a 1.850 observadores internacionales.",
                     OBSERVERS_ES, "es", "pairs 240 with 'observadores nacionales' where its cited passages pair it "
                                         "with 'observadores internacionales'"),
    "observers-en": ("The council accredited 240 national observers and 1,850 international observers.", OBSERVERS_EN,
                     "en", "pairs 240 with 'national observers' where its cited passages pair it with 'international "
                           "observers'"),
    "schools-en": ("The strike closed 12 primary schools and 40 secondary schools.",
                   "The strike closed 40 primary schools and 12 secondary schools.", "en",
                   "pairs 12 with 'primary schools'"),
    "regions-es": ("Ibarra ganó en la Región Norte y Garrido en la Región Sur.", REGIONS_ES, "es",
                   "pairs Ibarra with 'la Región Norte' where its cited passages pair it with 'la Región Sur'"),
    "regions-en": ("Ibarra won in the North and Garrido in the South.", REGIONS_EN, "en",
                   "pairs Ibarra with 'the North' where its cited passages pair it with 'the South'"),
    "union-cities-es": ("El Sindicato Unido ganó en Sevilla y el Frente Obrero en Madrid.",
                        "El Frente Obrero ganó en Sevilla y el Sindicato Unido en Madrid.", "es",
                        "pairs El Sindicato Unido with 'Sevilla' where its cited passages pair it with 'Madrid'"),
    "years-es": ("La participación fue del 61,5 %, frente al 68,2 % de la elección presidencial de 2020.", TURNOUT_ES,
                 "es", "pairs 61,5 % with 'La participación fue del' where its cited passages pair it with 'de la "
                       "elección presidencial de 2020'"),
    "years-en": ("Turnout was 61.5%, against 68.2% in the 2020 presidential election.", TURNOUT_EN, "en",
                 "pairs 61.5% with 'Turnout was' where its cited passages pair it with 'in the 2020 presidential "
                 "election'"),
    "jobless-years-en": ("Unemployment was 12%, against 9% a year earlier.",
                         "Unemployment was 9%, against 12% a year earlier.", "en", "pairs 12% with 'Unemployment was'"),
    "under-review-es": ("De las actas pendientes, 246 están en revisión.", PENDING_ES, "es",
                        "pairs 246 with 'están en revisión' where its cited passages pair it with 'no han llegado'"),
    "under-review-en": ("Of the pending tally sheets, 246 are under review.", PENDING_EN, "en",
                        "pairs 246 with 'are under review' where its cited passages pair it with 'have not yet'"),
    "strikers-en": ("Of the 900 strikers, 300 returned to work.", STRIKERS_EN, "en",
                    "pairs 300 with 'returned to work' where its cited passages pair it with 'stayed out'"),
    # a share of a count told as a fraction it is not
    "half-es": ("En la Región Sur se concentra la mitad de las actas en revisión.", SOUTH_ES, "es",
                'says "la mitad" (about 50%) where its cited passages give 72%'),
    "half-en": ("The South holds half of the tally sheets under review.", SOUTH_EN, "en",
                'says "half" (about 50%) where its cited passages give 72%'),
    "half-strikers-en": ("Half of the 40 strikers returned to work.", "31 of the 40 strikers returned to work.", "en",
                         'says "Half" (about 50%) where its cited passages give 77.5%'),
    # a place named by its kind after "de" or "of" moved
    "region-of-es": ("Según su campaña, en al menos 1.200 mesas de la Región Costa las actas registran más votos que "
                     "electores inscritos.", CAMPAIGN_ES, "es", "names 'Región Costa' where its cited passages name "
                                                                "'Región Sur'"),
    "region-of-en": ("According to his campaign, at least 1,200 polling stations of the Coast Region recorded more "
                     "votes than voters.", CAMPAIGN_EN, "en", "names 'Coast Region' where its cited passages name "
                                                              "'South Region'"),
    "province-of-es": ("La huelga paralizó las minas de la Provincia Oriental.",
                       "La huelga paralizó 30 minas en la Provincia Occidental.", "es", "names 'Provincia Oriental'"),
    # one speaker's figure given to another
    "police-es": ("Según la policía, unas 150.000 personas participaron en la marcha.", MARCH_ES, "es",
                  "gives 150.000 as the word of 'policía' where its cited passages give it as the word of "
                  "'organizadores'"),
    "police-en": ("About 150,000 people, according to police, joined the march.", MARCH_EN, "en",
                  "gives 150,000 as the word of 'police' where its cited passages give it as the word of 'organisers'"),
    "strike-turnout-es": ("El sindicato cifró el seguimiento de la huelga en el 90 %.", STRIKE_ES, "es",
                          "gives 90 % as the word of 'sindicato' where its cited passages give it as the word of "
                          "'empresa'"),
    # a rise told as a fall against the sentence's own levels
    "turnout-fell-es": ("La participación bajó al 68,2 %, desde el 61,5 % de 2020.", TURNOUT_ES, "es",
                        "tells as a fall ('bajó') a change its own two levels give as a rise"),
    "turnout-fell-en": ("Turnout fell to 68.2%, from 61.5% in 2020.", TURNOUT_EN, "en",
                        "tells as a fall ('fell') a change its own two levels give as a rise"),
    "jobless-rose-es": ("El paro subió del 12 % al 9 %.", "El paro fue del 9 %, frente al 12 % de 2024.", "es",
                        "tells as a rise ('subió') a change its own two levels give as a fall"),
}


@pytest.mark.parametrize("sentence, passage, language, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_election_misstatement_is_refused(sentence: str, passage: str, language: str, named: str):
    found = findings(sentence, passage, language)
    assert any(named in message for message in found), found


HONEST = {
    # the negation kept
    "not-passes-es": ("Ibarra no supera el 50 % de los votos válidos.", NO_ONE_ES, "es"),
    "none-of-es": ("Ninguno de los candidatos supera el 50 % de los votos válidos.", NO_ONE_ES, "es"),
    "not-passes-en": ("Ibarra does not pass 50% of the valid votes.", NO_ONE_EN, "en"),
    "neither-en": ("Neither candidate passes 50% of the valid votes.", NO_ONE_EN, "en"),
    "leads-without-figure-es": ("Ibarra supera a Garrido en votos válidos.", NO_ONE_ES, "es"),
    # the act kept to come, or on its day
    "still-to-come-es": ("El CNE publicará los resultados definitivos.", DEFINITIVE_ES, "es"),
    "said-it-will-es": ("El CNE ha dicho que publicará los resultados definitivos el 30 de abril.", DEFINITIVE_ES, "es"),
    "due-to-en": ("The council is due to publish the final results.", DEFINITIVE_EN, "en"),
    "on-its-day-en": ("The council published the final results on April 30.", DEFINITIVE_EN, "en"),
    "done-and-to-come-en": ("The council published its fourth bulletin.",
                            "The council published its fourth bulletin and will publish the final results on April "
                            "30.", "en"),
    # the share kept a share
    "points-es": ("La diferencia entre los dos primeros candidatos es de 2,1 puntos.", GAP_ES, "es"),
    "both-es": ("Ibarra aventaja a Garrido en 208.212 votos, 2,1 puntos porcentuales.", GAP_ES, "es"),
    "points-en": ("Ibarra leads Garrido by 2.1 points, or 208,212 votes.", GAP_EN, "en"),
    "share-rose-en": ("The party's share rose 3 points and it won 12 seats.",
                      "The party's share rose by 3 percentage points, to 41%, and it won 12 seats.", "en"),
    # each kept with its pair
    "observers-kept-es": ("El CNE acreditó a 1.850 observadores nacionales y 240 internacionales.", OBSERVERS_ES, "es"),
    "observers-reordered-es": ("El CNE acreditó a 240 observadores internacionales y a 1.850 nacionales.", OBSERVERS_ES,
                               "es"),
    "observers-kept-en": ("The council accredited 240 international and 1,850 national observers.", OBSERVERS_EN,
                          "en"),
    "schools-kept-en": ("The strike closed 40 primary and 12 secondary schools.",
                        "The strike closed 40 primary schools and 12 secondary schools.", "en"),
    "regions-kept-es": ("Garrido ganó en la Región Norte e Ibarra en la Región Sur.", REGIONS_ES, "es"),
    "regions-reordered-es": ("Ibarra ganó en la Región Sur y Garrido en la Región Norte.", REGIONS_ES, "es"),
    "regions-reordered-en": ("Ibarra won in the South and Garrido in the North.", REGIONS_EN, "en"),
    "years-kept-es": ("La participación fue del 68,2 %, frente al 61,5 % de 2020.", TURNOUT_ES, "es"),
    "years-reached-es": ("La participación alcanzó el 68,2 %, frente al 61,5 % de la elección de 2020.", TURNOUT_ES,
                         "es"),
    "years-kept-en": ("Turnout reached 68.2%, against 61.5% in 2020.", TURNOUT_EN, "en"),
    "compared-with-en": ("Unemployment was 9%, compared with 12% a year earlier.",
                         "Unemployment was 9%, against 12% a year earlier.", "en"),
    "under-review-kept-es": ("De las actas pendientes, 418 están en revisión.", PENDING_ES, "es"),
    "not-arrived-es": ("De las actas pendientes, 246 están pendientes de llegar.", PENDING_ES, "es"),
    "not-arrived-en": ("246 tally sheets have not yet reached the counting centres.", PENDING_EN, "en"),
    "stayed-out-en": ("Of the 900 strikers, 300 stayed out.", STRIKERS_EN, "en"),
    "count-kept-es": ("La Región Sur concentra 301 de las 418 actas en revisión.", SOUTH_ES, "es"),
    "more-than-half-es": ("En la Región Sur se concentra más de la mitad de las actas en revisión.", SOUTH_ES, "es"),
    "count-kept-en": ("301 of the 418 tally sheets under review are in the South.", SOUTH_EN, "en"),
    "more-than-half-en": ("More than half of the 40 strikers returned to work.", "31 of the 40 strikers returned to "
                                                                               "work.", "en"),
    # the place kept
    "region-of-kept-es": ("Según su campaña, en al menos 1.200 mesas de la Región Sur hay más votos que electores.",
                          CAMPAIGN_ES, "es"),
    "person-of-es": ("La campaña de Tomás Garrido denunció irregularidades en la Región Sur.",
                     "Garrido denunció irregularidades en la Región Sur.", "es"),
    "region-of-kept-en": ("His campaign says at least 1,200 polling stations of the South Region recorded more votes than "
                          "voters.", CAMPAIGN_EN, "en"),
    "mayor-of-en": ("The mayor of the South Region resigned.", "The mayor of the South Region resigned on Monday.",
                    "en"),
    # each figure kept to its speaker
    "organisers-es": ("Según los organizadores, unas 150.000 personas participaron en la marcha.", MARCH_ES, "es"),
    "police-kept-es": ("Unas 40.000 personas participaron en la marcha, según la policía.", MARCH_ES, "es"),
    "organisers-en": ("The organisers said 150,000 people joined the march.", MARCH_EN, "en"),
    "both-counts-en": ("Police counted about 40,000 marchers; the organisers put attendance at 150,000 people.",
                       MARCH_EN, "en"),
    "union-kept-es": ("El sindicato cifró el seguimiento de la huelga en el 35 %.", STRIKE_ES, "es"),
    # the direction kept
    "turnout-rose-es": ("La participación subió al 68,2 %, desde el 61,5 % de 2020.", TURNOUT_ES, "es"),
    "jobless-fell-es": ("El paro bajó del 12 % al 9 %.", "El paro fue del 9 %, frente al 12 % de 2024.", "es"),
    "turnout-rose-en": ("Turnout rose to 68.2%, from 61.5% in 2020.", TURNOUT_EN, "en"),
    "jobless-fell-en": ("Unemployment fell to 9% from 12% in 2024.", "Unemployment was 9%, against 12% in 2024.", "en"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_an_honest_election_wording_builds(sentence: str, passage: str, language: str):
    assert findings(sentence, passage, language) == []
