"""Time spans a figure or an event holds, left over from the rail strike's briefing (tests/fixtures/newuser_106):

1. A figure a passage gives for one day told as a rate: "The strike affected some 410,000 commuters a day" citing
   "some 410,000 commuters were affected on Monday alone" built (explainer/one_day_rates.py); "12 million euros a day"
   of "each day of strike action costs it about 12 million euros" builds.
2. A figure's span told shorter or longer: "Norland Rail offered a pay rise of 4.5% in one year" citing "a pay rise of
   4.5% over two years" built; the same span in other words ("over 24 months", "across two years") now builds, where
   "over 24 months" was refused as a figure not in the passage (explainer/figure_periods.py).
3. An event's single year told for several, or the reverse: "Fares rose last year" citing "fares rose over the last
   three years" built (explainer/period_spans.py).

Each in French, Spanish and German too, with its honest twin.
"""

from __future__ import annotations

import pytest

from support import found_in_language
from test_factcheck_134 import outcome_of
from test_newuser_106 import agency, found, union

ONE_DAY = "give it for one"
SPAN = "for another period"
PERIOD = "where its cited passages say"


# 1. One day's figure told as a rate
@pytest.mark.parametrize("sentence, cited, outcome", [
    ("The strike affected some 410,000 commuters a day.", agency("on Monday alone"), "refused"),
    ("The Ministry of Transport estimated that some 410,000 commuters were affected each day.",
     agency("on Monday alone"), "refused"),
    ("The Ministry of Transport estimated that some 410,000 commuters are affected daily.",
     agency("on Monday alone"), "refused"),
    ("The Ministry of Transport estimated that some 410,000 commuters were affected on Monday.",
     agency("on Monday alone"), "ok"),
    ("Norland Rail says each day of strike action costs it about 12 million euros.", agency("in lost revenue"), "ok"),
    ("Norland Rail says the strike costs it about 12 million euros a day.", agency("in lost revenue"), "ok"),
])
def test_one_days_figure_told_as_a_rate_in_the_briefing(sentence, cited, outcome):
    assert outcome_of(found(sentence, cited), ONE_DAY) == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "The strike cost the operator 3 million a day.", "The operator lost 3 million on Monday alone.", "refused"),
    ("en", "The strike cost the operator 3 million per day.", "The operator lost 3 million that day.", "refused"),
    ("en", "The strike costs the operator 3 million each day.", "On Monday the operator lost 3 million.", "refused"),
    ("en", "The blockade cost exporters 3 million a week.", "Exporters lost 3 million that week.", "refused"),
    ("en", "Sales fell by 2 million units a month.", "Sales fell by 2 million units in March alone.", "refused"),
    ("en", "The strike cost the operator 3 million a day.", "The operator has been losing 3 million a day.", "ok"),
    ("en", "The strike cost the operator 3 million on Monday.", "The operator lost 3 million on Monday alone.", "ok"),
    ("en", "Sales fell by 2 million units in March.", "Sales fell by 2 million units in March alone.", "ok"),
    # the day names the saying, not the figure
    ("en", "The strike costs the operator 3 million a day.",
     "The operator said on Monday that the strike costs it 3 million.", "ok"),
    ("fr", "La grève a coûté 3 millions d'euros par jour à l'opérateur.",
     "L'opérateur a perdu 3 millions d'euros pour la seule journée de lundi.", "refused"),
    ("fr", "La grève a coûté 3 millions d'euros par jour à l'opérateur.",
     "L'opérateur a perdu 3 millions d'euros ce jour-là.", "refused"),
    ("fr", "La grève a coûté 3 millions d'euros par jour à l'opérateur.", "L'opérateur perd 3 millions d'euros par jour.",
     "ok"),
    ("fr", "La grève a coûté 3 millions d'euros lundi.", "L'opérateur a perdu 3 millions d'euros lundi.", "ok"),
    ("es", "La huelga costó al operador 3 millones de euros al día.",
     "El operador perdió 3 millones de euros solo el lunes.", "refused"),
    ("es", "La huelga costó al operador 3 millones de euros por día.", "El operador perdió 3 millones de euros ese día.",
     "refused"),
    ("es", "La huelga costó al operador 3 millones de euros al día.", "El operador pierde 3 millones de euros al día.",
     "ok"),
    ("es", "La huelga costó al operador 3 millones de euros el lunes.",
     "El operador perdió 3 millones de euros solo el lunes.", "ok"),
    ("de", "Der Streik kostete den Betreiber 3 Millionen Euro pro Tag.",
     "Der Betreiber verlor allein am Montag 3 Millionen Euro.", "refused"),
    ("de", "Der Streik kostete den Betreiber 3 Millionen Euro täglich.",
     "Der Betreiber verlor an diesem Tag 3 Millionen Euro.", "refused"),
    ("de", "Der Streik kostet den Betreiber 3 Millionen Euro pro Tag.", "Der Betreiber verliert 3 Millionen Euro pro Tag.",
     "ok"),
    ("de", "Der Streik kostete den Betreiber am Montag 3 Millionen Euro.",
     "Der Betreiber verlor allein am Montag 3 Millionen Euro.", "ok"),
])
def test_one_days_figure_told_as_a_rate_in_other_words_and_languages(language, sentence, passage, outcome):
    assert outcome_of(found_in_language(language, sentence, passage), ONE_DAY) == outcome


# 2. A figure's span told shorter or longer, and the same span in other words
@pytest.mark.parametrize("sentence, cited, outcome", [
    ("Norland Rail offered a pay rise of 4.5% in one year.", agency("is a pay rise of 4.5%"), "refused"),
    ("Norland Rail offered a pay rise of 4.5% within a year.", agency("is a pay rise of 4.5%"), "refused"),
    ("Norland Rail offered a pay rise of 4.5% over three years.", agency("is a pay rise of 4.5%"), "refused"),
    ("Norland Rail offered a pay rise of 4.5% over 36 months.", agency("is a pay rise of 4.5%"), "refused"),
    ("Norland Rail offered a pay rise of 4.5% over 18 months.", agency("is a pay rise of 4.5%"), "refused"),
    ("The union says Norland Rail's offer of 4.5% is spread over one year.", union("is spread over two years"),
     "refused"),
    ("Norland Rail offered a pay rise of 4.5% over two years.", agency("is a pay rise of 4.5%"), "ok"),
    ("Norland Rail offered a pay rise of 4.5% over 24 months.", agency("is a pay rise of 4.5%"), "ok"),
    ("Norland Rail offered a pay rise of 4.5% across two years.", agency("is a pay rise of 4.5%"), "ok"),
    ("Norland Rail offered a pay rise of 4.5% in two years.", agency("is a pay rise of 4.5%"), "ok"),
    ("The union says Norland Rail's offer of 4.5% is spread over 24 months.", union("is spread over two years"), "ok"),
])
def test_a_figures_span_told_shorter_or_longer_in_the_briefing(sentence, cited, outcome):
    assert outcome_of(found(sentence, cited), SPAN) == outcome


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "Pay rose 4.5% in a single year.", "Pay rose 4.5% over two years.", "refused"),
    ("en", "Pay rose 4.5% in one year.", "Pay rose 4.5% in 2025.", "ok"),
    ("en", "Prices have risen 40% in 72 months.", "Prices have risen 40% over six years.", "ok"),
    ("en", "Prices have risen 40% in 60 months.", "Prices have risen 40% over six years.", "refused"),
    ("fr", "Les salaires augmentent de 4,5 % en un an.", "Une hausse des salaires de 4,5 % sur deux ans.", "refused"),
    ("fr", "Les salaires augmentent de 4,5 % par an.", "Une hausse des salaires de 4,5 % sur deux ans.", "refused"),
    ("fr", "Les salaires augmentent de 4,5 % en deux ans.", "Une hausse des salaires de 4,5 % sur deux ans.", "ok"),
    ("fr", "Les salaires augmentent de 4,5 % sur 24 mois.", "Une hausse des salaires de 4,5 % sur deux ans.", "ok"),
    ("es", "Los salarios subirán un 4,5 % en un año.", "Una subida salarial del 4,5 % en dos años.", "refused"),
    ("es", "Los salarios subirán un 4,5 % al año.", "Una subida salarial del 4,5 % en dos años.", "refused"),
    ("es", "Los salarios subirán un 4,5 % a lo largo de dos años.", "Una subida salarial del 4,5 % en dos años.", "ok"),
    ("es", "Los salarios subirán un 4,5 % en 24 meses.", "Una subida salarial del 4,5 % en dos años.", "ok"),
    ("de", "Die Löhne steigen um 4,5 Prozent in einem Jahr.", "Ein Lohnplus von 4,5 Prozent über zwei Jahre.",
     "refused"),
    ("de", "Die Löhne steigen um 4,5 Prozent pro Jahr.", "Ein Lohnplus von 4,5 Prozent über zwei Jahre.", "refused"),
    ("de", "Die Löhne steigen um 4,5 Prozent in zwei Jahren.", "Ein Lohnplus von 4,5 Prozent über zwei Jahre.", "ok"),
    ("de", "Die Löhne steigen um 4,5 Prozent über 24 Monate.", "Ein Lohnplus von 4,5 Prozent über zwei Jahre.", "ok"),
])
def test_a_figures_span_in_other_words_and_languages(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SPAN if outcome == "refused" else "") == outcome, findings


# 3. An event's single year told for several years, or the reverse
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "Fares rose last year.", "Fares rose over the last three years.", "refused"),
    ("en", "Fares rose this year.", "Fares rose over the last three years.", "refused"),
    ("en", "Fares rose over the past year.", "Fares rose in recent years.", "refused"),
    ("en", "Fares rose in recent years.", "Fares rose last year.", "refused"),
    ("en", "Fares rose over the past decade.", "Fares rose last year.", "refused"),
    ("en", "Fares rose over the past three years.", "Fares rose over the last three years.", "ok"),
    ("en", "Fares rose last year.", "Fares rose last year.", "ok"),
    ("en", "Fares rose in recent years.", "Fares rose in recent years.", "ok"),
    ("en", "Fares rose last year.", "Fares rose last year, as they have over the last three years.", "ok"),
    ("en", "Ticket offices closed last year.", "Fares rose over the last three years.", "ok"),
    ("fr", "Les tarifs ont augmenté l'an dernier.", "Les tarifs ont augmenté au cours des trois dernières années.",
     "refused"),
    ("fr", "Les tarifs ont augmenté ces dernières années.", "Les tarifs ont augmenté l'an dernier.", "refused"),
    ("fr", "Les tarifs ont augmenté au cours des trois dernières années.",
     "Les tarifs ont augmenté au cours des trois dernières années.", "ok"),
    ("fr", "Les tarifs ont augmenté l'an dernier.", "Les tarifs ont augmenté l'an dernier.", "ok"),
    ("es", "Las tarifas subieron el año pasado.", "Las tarifas subieron en los últimos tres años.", "refused"),
    ("es", "Las tarifas subieron en los últimos años.", "Las tarifas subieron el año pasado.", "refused"),
    ("es", "Las tarifas subieron en los últimos tres años.", "Las tarifas subieron en los últimos tres años.", "ok"),
    ("de", "Die Fahrpreise stiegen im vergangenen Jahr.", "Die Fahrpreise stiegen in den letzten drei Jahren.",
     "refused"),
    ("de", "Die Fahrpreise stiegen in den letzten Jahren.", "Die Fahrpreise stiegen letztes Jahr.", "refused"),
    ("de", "Die Fahrpreise stiegen in den letzten drei Jahren.", "Die Fahrpreise stiegen in den letzten drei Jahren.",
     "ok"),
])
def test_an_events_year_told_for_several_or_the_reverse(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, PERIOD if outcome == "refused" else "") == outcome, findings


@pytest.mark.parametrize("sentence, outcome", [
    ("The union says Norland Rail paid bonuses and consultancy fees last year.", "refused"),
    ("The union says Norland Rail paid bonuses and consultancy fees over the last three years.", "ok"),
])
def test_an_events_year_in_the_briefing(sentence, outcome):
    findings = found(sentence, union("bonuses and consultancy fees"))
    assert outcome_of(findings, PERIOD if outcome == "refused" else "") == outcome, findings
