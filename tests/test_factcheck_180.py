"""French, Spanish and German givers and multiples, and spans widened:

1. A figure's giver in a relative clause, French and Spanish (explainer/count_sides.py): "Selon la préfecture, 12 000
   personnes ont manifesté." citing "Le cortège a réuni la CGT, qui revendique 12 000 manifestants, et la
   préfecture, qui en compte 8 000." built, the prefecture named in the passage's sentence; so did "Selon la
   préfecture, ..." of "12 000 selon la CGT, qui conteste les chiffres de la préfecture" and "Según la policía,
   12.000 personas se manifestaron." of "Los sindicatos, que cifran en 12.000 los manifestantes, y la policía, que
   habla de 8.000, no coinciden." A figure's giver is now the one named right after it or nearest before it, a
   relative clause's subject too; the unions' or organisers' count told as the authorities' (or theirs as the
   unions') is refused.
2. A union's name and the unions (explainer/same_givers.py, explainer/count_sides.py): "Selon les syndicats, 12 000
   personnes ont manifesté." of "La CGT revendique 12 000 manifestants." builds, but "Selon la préfecture, ..." of it
   built too (the CGT, a name, read as no giver); it is refused, in Spanish ("CCOO cifra en 12.000") and German
   ("Verdi sprach von 12.000") as well. "Según los sindicatos, 12.000" of "12.000 manifestantes según CCOO y 8.000
   según la policía" was refused as the police's count (same_givers.py knew no union by its name); it builds. A giver
   after "que" right after its figure ("loin des 12 000 que la CGT avait annoncés") is read too.
3. German multiples without "so" (explainer/multiples_german.py): "Die Kosten sind dreimal höher als 2020." and "Die
   Kosten sind um das Dreifache gestiegen." citing "Die Kosten haben sich verdoppelt." built; a multiple before a
   comparative and "als", and one told as a noun ("das Dreifache", "um das Doppelte"), are now read.
4. German verb-last givers swapped (explainer/count_sides.py): "Am Samstag demonstrierten, wie die Polizei mitteilte,
   3.000 Menschen." citing "Nach Angaben der Veranstalter demonstrierten am Samstag 3.000 Menschen, die Polizei sprach
   von 1.800." built; it is refused, and the organisers' "wie die Veranstalter mitteilten" builds.
5. Spans widened (explainer/weekday_spans.py, explainer/discount_exemptions.py): "The library is open daily." citing
   "The library is open on weekdays." built, as did "täglich" of "werktags", "tous les jours" of "en semaine" and "a
   diario" of "entre semana"; and "Buses and residents will be exempt." citing "Buses will be exempt and residents
   will get a 90% discount." built, the buses' exemption read as the residents' too.

Each with honest paraphrases that must build, and the misstatements refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, minimal_project, one_sentence_checked


def outcome(findings: list[str], words: str = "") -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each build test."""
    return minimal_project(tmp_path_factory.mktemp("factcheck180") / "project")


SIDE = "of the other side"
CORTEGE = "Le cortège a réuni la CGT, qui revendique 12 000 manifestants, et la préfecture, qui en compte 8 000."
DIVERGENT = "Le syndicat, qui revendique 12 000 manifestants, et la préfecture, qui en compte 8 000, divergent."
CONTESTED = "Les manifestants étaient 12 000 selon la CGT, qui conteste les chiffres de la préfecture."
SINDICATOS = ("Los sindicatos, que cifran en 12.000 los manifestantes, y la policía, que habla de 8.000, no "
              "coinciden.")
PREFECTURE = "Selon la préfecture, 12 000 personnes ont manifesté."
POLICIA = "Según la policía, 12.000 personas se manifestaron."


# 1. A figure's giver in a relative clause
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", PREFECTURE, CORTEGE, "refused"),
    ("fr", PREFECTURE, DIVERGENT, "refused"),
    ("fr", PREFECTURE, CONTESTED, "refused"),
    ("fr", PREFECTURE, "La CGT, qui revendique 12 000 manifestants, accuse la préfecture de minimiser la mobilisation.",
     "refused"),
    ("es", POLICIA, SINDICATOS, "refused"),
    ("es", POLICIA, "Hubo 12.000 manifestantes según los sindicatos, que acusan a la policía de rebajar la cifra.",
     "refused"),
    # honest: each side's own figure, the figure given by both, the giver named otherwise
    ("fr", "Selon la CGT, 12 000 personnes ont manifesté.", CORTEGE, "ok"),
    ("fr", "Selon la préfecture, 8 000 personnes ont manifesté.", CORTEGE, "ok"),
    ("fr", "Selon les syndicats, 12 000 personnes ont manifesté.", CORTEGE, "ok"),
    ("fr", "Selon la préfecture, 8 000 personnes ont manifesté, bien moins que les 12 000 revendiqués par la CGT.",
     CORTEGE, "ok"),
    ("fr", PREFECTURE, "La CGT revendique 12 000 manifestants, un chiffre confirmé par la préfecture.", "ok"),
    ("fr", PREFECTURE, "12 000 personnes ont manifesté selon la préfecture, qui a interdit le cortège de la CGT.", "ok"),
    ("fr", PREFECTURE, "La préfecture et la CGT comptent toutes deux 12 000 manifestants.", "ok"),
    ("fr", PREFECTURE, "La CGT, qui reprend le chiffre de la préfecture, compte 12 000 manifestants.", "ok"),
    ("fr", "12 000 personnes ont manifesté, selon la préfecture.",
     "Selon la préfecture, 12 000 personnes ont manifesté; la CGT en revendique 30 000.", "ok"),
    ("fr", "Selon le ministère de l'Intérieur, 12 000 personnes ont manifesté.",
     "Le ministère de l'Intérieur a compté 12 000 manifestants, contre 30 000 selon la CGT.", "ok"),
    ("fr", "Selon les organisateurs, 12 000 personnes ont défilé.",
     "La CGT, qui organisait le cortège, revendique 12 000 manifestants.", "ok"),
    ("es", "Según la policía, 8.000 personas se manifestaron.", SINDICATOS, "ok"),
    ("es", "Según CCOO, 12.000 personas se manifestaron.", SINDICATOS, "ok"),
    ("es", "Según la Delegación del Gobierno, 8.000 personas se manifestaron.",
     "La Delegación del Gobierno cifró en 8.000 los manifestantes, frente a los 12.000 de los sindicatos.", "ok"),
    ("es", POLICIA, "Hubo 12.000 manifestantes según la policía, que acusa a los sindicatos de inflar las cifras.", "ok"),
    ("es", "De acuerdo con la policía, 8.000 personas marcharon.",
     "Según la policía, 8.000 personas marcharon; los sindicatos hablan de 12.000.", "ok"),
])
def test_a_relative_clause_s_giver_keeps_its_figure(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), SIDE) == expected


def test_a_relative_clause_s_count_told_as_the_prefecture_s_is_refused(project: Path):
    lines = one_sentence_checked(project, CORTEGE, PREFECTURE, language="fr")
    assert any(SIDE in line and "préfecture" in line for line in lines), lines


def test_each_side_s_own_count_builds(project: Path):
    assert one_sentence_checked(project, CORTEGE, "Selon la préfecture, 8 000 personnes ont manifesté.",
                                language="fr") == []


# 2. A union's name and the unions
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", PREFECTURE, "La CGT revendique 12 000 manifestants.", "refused"),
    ("es", POLICIA, "CCOO cifra en 12.000 los manifestantes.", "refused"),
    ("de", "Nach Angaben der Polizei demonstrierten 12.000 Menschen.", "Verdi sprach von 12.000 Demonstranten.",
     "refused"),
    ("fr", "Selon les syndicats, 12 000 personnes ont manifesté.", "La CGT revendique 12 000 manifestants.", "ok"),
    ("fr", "Selon le syndicat, 12 000 personnes ont manifesté.", "La CGT revendique 12 000 manifestants.", "ok"),
    ("fr", "Selon la CGT, 12 000 personnes ont manifesté.", "La CGT revendique 12 000 manifestants.", "ok"),
    ("es", "Según los sindicatos, 12.000 personas se manifestaron.", "CCOO cifra en 12.000 los manifestantes.", "ok"),
    ("es", "Según los organizadores, 12.000 personas se manifestaron.",
     "Los sindicatos convocantes cifran en 12.000 los manifestantes.", "ok"),
    ("de", "Nach Angaben der Gewerkschaft demonstrierten 12.000 Menschen.", "Verdi sprach von 12.000 Demonstranten.",
     "ok"),
    ("de", "Laut Gewerkschaften demonstrierten 12.000 Menschen.", "Verdi sprach von 12.000 Demonstranten.", "ok"),
    # a giver after "que", right after its figure's noun
    ("fr", PREFECTURE, "La préfecture compte 8 000 manifestants, loin des 12 000 que la CGT avait annoncés.", "refused"),
    ("es", POLICIA, "La policía contó 8.000 manifestantes, lejos de los 12.000 que los sindicatos habían anunciado.",
     "refused"),
    ("fr", "Selon la CGT, 12 000 personnes ont manifesté.",
     "La préfecture compte 8 000 manifestants, loin des 12 000 que la CGT avait annoncés.", "ok"),
    ("es", "Según los sindicatos, 12.000 personas se manifestaron.",
     "La policía contó 8.000 manifestantes, lejos de los 12.000 que los sindicatos habían anunciado.", "ok"),
    ("fr", PREFECTURE, "La préfecture annonce 12 000 manifestants, un chiffre que la CGT conteste.", "ok"),
    ("fr", PREFECTURE, "La préfecture a compté 12 000 manifestants, le chiffre que la CGT avait annoncé.", "ok"),
    ("fr", PREFECTURE, "Les 12 000 manifestants que la préfecture a recensés défilaient derrière la CGT.", "ok"),
    ("es", POLICIA, "Los 12.000 manifestantes que la policía ha contabilizado marcharon tras los sindicatos.", "ok"),
    ("es", POLICIA, "La policía contó 12.000 manifestantes, la cifra que los sindicatos habían anunciado.", "ok"),
])
def test_a_union_s_name_is_of_the_unions_side(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), SIDE) == expected


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "Según los sindicatos, 12.000 personas se manifestaron.",
     "Hubo 12.000 manifestantes según CCOO y 8.000 según la policía."),
    ("de", "Nach Angaben der Gewerkschaft demonstrierten 12.000 Menschen.",
     "Laut Verdi demonstrierten 12.000 Menschen, laut Polizei 8.000."),
])
def test_the_unions_count_given_by_a_union_s_name_builds(language: str, sentence: str, passage: str):
    assert found_in_language(language, sentence, passage) == []


def test_a_union_s_named_count_told_as_the_police_s_is_refused(project: Path):
    lines = one_sentence_checked(project, "Verdi sprach von 12.000 Demonstranten.",
                                 "Nach Angaben der Polizei demonstrierten 12.000 Menschen.", language="de")
    assert any(SIDE in line for line in lines), lines


def test_the_unions_count_of_a_union_s_name_builds(project: Path):
    assert one_sentence_checked(project, "CCOO cifra en 12.000 los manifestantes.",
                                "Según los sindicatos, 12.000 personas se manifestaron.", language="es") == []


# 3. German multiples without "so"
MULTIPLE = "multiple"
DOUBLED = "Die Kosten haben sich seit 2020 verdoppelt."


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Die Kosten sind dreimal höher als 2020.", DOUBLED, "refused"),
    ("Die Kosten sind um das Dreifache gestiegen.", DOUBLED, "refused"),
    ("Die Kosten betragen das Dreifache.", "Die Kosten betragen das Doppelte.", "refused"),
    ("Es kamen dreimal mehr Besucher als im Vorjahr.", "Es kamen doppelt so viele Besucher wie im Vorjahr.", "refused"),
    ("Die Kosten liegen beim Dreifachen des Plans.", DOUBLED, "refused"),
    # honest: the multiple the passage gives, in words, per cent or figures
    ("Die Kosten sind zweimal höher als 2020.", DOUBLED, "ok"),
    ("Die Kosten sind um das Doppelte gestiegen.", DOUBLED, "ok"),
    ("Die Kosten sind doppelt so hoch wie 2020.", "Die Kosten betragen das Doppelte des Werts von 2020.", "ok"),
    ("Die Kosten sind dreimal höher als 2020.", "Die Kosten haben sich seit 2020 verdreifacht.", "ok"),
    ("Die Kosten sind dreimal höher als 2020.",
     "Die Kosten stiegen von 10 Millionen Euro im Jahr 2020 auf 30 Millionen Euro.", "ok"),
    ("Die Kosten sind um das Dreifache gestiegen.", "Die Kosten stiegen um 200 Prozent.", "ok"),
    ("Die Kosten sind um das Doppelte gestiegen.", "Die Kosten stiegen um 100 Prozent.", "ok"),
    ("Die Preise sind auf das Dreifache gestiegen.", "Die Preise haben sich verdreifacht.", "ok"),
    ("Die Stadt wurde zweimal größer als erwartet.", "Die Stadt ist doppelt so groß wie erwartet.", "ok"),
    ("Die Kosten sind dreimal so hoch wie geplant.", "Die Kosten betragen das Dreifache der Planung.", "ok"),
    ("Die Mieten sind dreimal teurer als in Leipzig.", "Die Mieten sind doppelt so hoch wie in Leipzig.", "refused"),
    ("Er ist älter als sie und war zweimal Minister.", "Er ist älter als sie und war zweimal Minister.", "ok"),
    # a frequency, no multiple: twice late, twice more than 100 euros
    ("Der Zug kam zweimal später als geplant.", "Der Zug verspätete sich an zwei Tagen.", "ok"),
    ("Er zahlte zweimal mehr als 100 Euro.", "Er zahlte an zwei Tagen je 120 Euro.", "ok"),
    ("Die doppelte Staatsbürgerschaft bleibt erlaubt.", "Die doppelte Staatsbürgerschaft bleibt erlaubt.", "ok"),
])
def test_a_german_multiple_without_so_is_read(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("de", sentence, passage), MULTIPLE) == expected


def test_a_tripling_told_of_a_doubling_is_refused(project: Path):
    lines = one_sentence_checked(project, DOUBLED, "Die Kosten sind dreimal höher als 2020.", language="de")
    assert any("dreimal höher" in line for line in lines), lines


def test_a_doubling_told_as_twice_higher_builds(project: Path):
    assert one_sentence_checked(project, DOUBLED, "Die Kosten sind zweimal höher als 2020.", language="de") == []


# 4. German verb-last givers swapped
MARCH = ("Nach Angaben der Veranstalter demonstrierten am Samstag 3.000 Menschen, die Polizei sprach von 1.800.")


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Am Samstag demonstrierten, wie die Polizei mitteilte, 3.000 Menschen.", MARCH, "refused"),
    ("Am Samstag demonstrierten 3.000 Menschen, wie die Polizei mitteilte.", MARCH, "refused"),
    ("Nach Angaben der Polizei demonstrierten 3.000 Menschen.", MARCH, "refused"),
    ("Am Samstag demonstrierten, wie die Veranstalter mitteilten, 3.000 Menschen.", MARCH, "ok"),
    ("Wie die Polizei mitteilte, demonstrierten am Samstag 1.800 Menschen.", MARCH, "ok"),
    ("Nach Angaben der Polizei demonstrierten 1.800 Menschen.", MARCH, "ok"),
    ("3.000 Menschen demonstrierten, wie die Veranstalter mitteilten.",
     "Nach Angaben der Veranstalter demonstrierten 3.000 Menschen.", "ok"),
    ("Laut Polizei demonstrierten 1.800 Menschen.", "Die Polizei sprach von 1.800 Teilnehmern, Verdi von 3.000.", "ok"),
    ("Laut Polizei demonstrierten 3.000 Menschen.",
     "Die Polizei und die Veranstalter zählten übereinstimmend 3.000 Demonstranten.", "ok"),
    ("Nach Angaben der Polizei demonstrierten 3.000 Menschen.",
     "Nach Angaben der Veranstalter demonstrierten 3.000 Menschen, was die Polizei bestätigte.", "ok"),
])
def test_a_verb_last_giver_keeps_its_figure(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("de", sentence, passage), SIDE) == expected


def test_the_organisers_count_told_by_the_police_is_refused(project: Path):
    lines = one_sentence_checked(project, MARCH, "Am Samstag demonstrierten, wie die Polizei mitteilte, 3.000 "
                                                 "Menschen.", language="de")
    assert any(SIDE in line and "Veranstalter" in line for line in lines), lines


def test_the_organisers_count_told_by_them_builds(project: Path):
    assert one_sentence_checked(project, MARCH, "Am Samstag demonstrierten, wie die Veranstalter mitteilten, 3.000 "
                                                "Menschen.", language="de") == []


# 5. Spans widened: every day of weekdays, an exemption of a discount
DAYS = "where its cited passages say"


@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("en", "The library is open daily.", "The library is open on weekdays.", "refused"),
    ("en", "The charge applies daily between 7am and 7pm.",
     "The charge will be £8.50 a day between 7am and 7pm on weekdays.", "refused"),
    ("de", "Die Bibliothek ist täglich geöffnet.", "Die Bibliothek ist werktags geöffnet.", "refused"),
    ("de", "Die Bibliothek ist jeden Tag geöffnet.", "Die Bibliothek ist von Montag bis Freitag geöffnet.", "refused"),
    ("fr", "La bibliothèque est ouverte tous les jours.", "La bibliothèque est ouverte en semaine.", "refused"),
    ("fr", "La bibliothèque ouvre chaque jour.", "La bibliothèque ouvre du lundi au vendredi.", "refused"),
    ("fr", "La bibliothèque est ouverte tous les jours de la semaine.", "La bibliothèque est ouverte en semaine.",
     "refused"),
    ("es", "La biblioteca abre a diario.", "La biblioteca abre entre semana.", "refused"),
    ("es", "La biblioteca abre todos los días.", "La biblioteca abre de lunes a viernes.", "refused"),
    ("en", "The newspaper is published daily.", "The newspaper is published on weekdays.", "refused"),
    # honest: a rate, an adjective, the days the passage gives
    ("en", "The library charges a daily fee of £2.", "The library charges £2 a day on weekdays.", "ok"),
    ("en", "The charge is £8.50 daily.", "The charge will be £8.50 a day on weekdays.", "ok"),
    ("en", "The airline runs 12 flights daily.", "The airline runs 12 flights a day on weekdays.", "ok"),
    ("en", "The library is open daily.", "The library is open daily from 9am.", "ok"),
    ("de", "Die Gebühr beträgt täglich 8,50 Euro.", "Die Gebühr beträgt werktags 8,50 Euro pro Tag.", "ok"),
    ("de", "Die Bibliothek ist werktags geöffnet.", "Die Bibliothek ist an Werktagen geöffnet.", "ok"),
    ("de", "Die tägliche Gebühr beträgt 8,50 Euro.", "Werktags wird eine Gebühr von 8,50 Euro pro Tag fällig.", "ok"),
    ("de", "Die Bibliothek ist täglich geöffnet.", "Die Bibliothek ist täglich außer sonntags geöffnet.", "ok"),
    ("fr", "Le péage coûte 8,50 euros par jour.", "Le péage coûte 8,50 euros par jour en semaine.", "ok"),
    ("fr", "Chaque jour, 300 bus circulent.", "300 bus circulent chaque jour, samedi compris.", "ok"),
    ("es", "La tasa diaria es de 8,50 euros.", "La tasa es de 8,50 euros al día entre semana.", "ok"),
    ("es", "El peaje cuesta 8,50 euros diarios.", "El peaje cuesta 8,50 euros al día entre semana.", "ok"),
    ("es", "La biblioteca abre todos los días hábiles.", "La biblioteca abre de lunes a viernes.", "ok"),
])
def test_every_day_of_weekdays_in_each_language(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), DAYS) == expected


EXEMPT = "where its cited passages give"
BUSES = "Buses will be exempt and residents will get a 90% discount."


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Buses and residents will be exempt.", BUSES, "refused"),
    ("Residents and buses will be exempt.", BUSES, "refused"),
    ("Buses, taxis and residents will be exempt.",
     "Buses and taxis will be exempt and residents will get a 90% discount.", "refused"),
    # honest: the exempt groups alone, or the discount told as the passage tells it
    ("Buses will be exempt and residents will get a 90% discount.", BUSES, "ok"),
    ("Residents will get a 90% discount and buses will be exempt.", BUSES, "ok"),
    ("Buses entering the zone will be exempt.",
     "Buses will be exempt, and residents inside the zone get a 90% discount.", "ok"),
    ("Buses and blue badge holders will be exempt.",
     "Blue badge holders and buses will be exempt, and residents will receive a 90% discount.", "ok"),
    ("Buses and taxis will be exempt from the charge.",
     "Buses and taxis will be exempt and residents will get a 90% discount.", "ok"),
    ("Electric car drivers will be exempt.",
     "Electric car drivers will be exempt and other drivers will get a 50% discount.", "ok"),
    ("Buses will be exempt, as will taxis.", "Buses and taxis will be exempt and residents will get a 90% discount.",
     "ok"),
    ("Buses as well as ambulances will be exempt.",
     "Buses and ambulances will be exempt; residents will get a 90% discount.", "ok"),
    ("Buses and residents will be exempt.",
     "Buses and residents will be exempt, and delivery vans will get a 50% discount.", "ok"),
])
def test_one_exempt_group_beside_a_discounted_one(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("en", sentence, passage), EXEMPT) == expected


def test_daily_of_weekdays_is_refused(project: Path):
    lines = one_sentence_checked(project, "The library is open on weekdays.", "The library is open daily.")
    assert any("'daily'" in line for line in lines), lines


def test_buses_exempt_beside_a_discount_builds(project: Path):
    assert one_sentence_checked(project, BUSES, "Buses will be exempt.") == []
