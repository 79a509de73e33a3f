"""The German regional election of tests/fixtures/newuser_104 (the Landtag of the Nordmark), tried again: a margin,
a vote's unanimity, an expectation's negation, a step weighed and a coalition ruled out, each in words the build let
through. Helpers and the reports' sentences are tests/test_newuser_104.py's.

Misstatements that built, now refused:
- a margin turned: "schafft mit 5,1 Prozent deutlich den Wiedereinzug" of "knapp den Wiedereinzug", "eine komfortable
  Mehrheit" of "nur eine knappe Mehrheit"; a vote's: "mehrheitlich" of "einstimmig"; in French ("large" of
  "courte", "à la majorité" of "à l'unanimité"), Spanish ("holgadamente" of "por la mínima", "por mayoría" of "por
  unanimidad") and English ("comfortable" of "narrow", "by a majority" of "unanimously") alike
  (explainer/opposites_languages.py, explainer/opposites.py); "knapp 4.900 Stimmen", nearly so many, is no margin;
- a negated expectation told through another verb of expecting: "Lassen rechnet damit, dass ..." of "Er erwarte
  nicht, dass ..."; "Lassen pense que" of "Il ne pense pas que", "Lassen cree que" of "No cree que", and a negation
  added the other way (explainer/negated_expectations.py);
- a step weighed in reported speech told as done: "Die Grünen gehen in die Opposition" of "Die Partei erwäge auch,
  in die Opposition zu gehen" (Konjunktiv I "erwäge", and a doer named only as "die Partei": german_plans.py).

Honest wording that was refused, now built: "Eine Koalition mit den Freien Wählern ist für die CDU ausgeschlossen" of
"schließe die CDU weiterhin aus" ("schließt ... aus" folds to "schliesst", which polarity.py's table never met).
"""

from __future__ import annotations

import pytest

from support import findings_in_language
from test_newuser_104 import FINAL, OK, PRELIMINARY, RULED_OUT, assert_outcome, german_locale, sentence  # noqa: F401

LINKE = sentence(PRELIMINARY, "knapp den Wiedereinzug")
FDP = sentence(PRELIMINARY, "Die FDP scheitert mit 4,9 Prozent knapp")
NARROW = sentence(PRELIMINARY, "nur eine knappe Mehrheit")
LASSEN = sentence(PRELIMINARY, "Er erwarte nicht")
OPPOSITION = sentence(FINAL, "Die Partei erwäge auch")
UNANIMOUS = sentence(FINAL, "einstimmig fest")
SHORT = sentence(FINAL, "knapp 4.900 Stimmen")
PRELIMINARY_DAY = "2026-09-14"

MARGINS = [
    ("Die Linke schafft mit 5,1 Prozent deutlich den Wiedereinzug.", LINKE, "says 'deutlich' where its cited passages say 'knapp'"),
    ("Die Linke schafft mit 5,1 Prozent klar den Wiedereinzug.", LINKE, "says 'klar' where its cited passages say 'knapp'"),
    ("Die Linke schafft mit 5,1 Prozent knapp den Wiedereinzug.", LINKE, OK),
    ("Die FDP scheitert mit 4,9 Prozent deutlich an der Fünf-Prozent-Hürde.", FDP, "says 'deutlich'"),
    ("Die FDP scheitert mit 4,9 Prozent knapp an der Fünf-Prozent-Hürde.", FDP, OK),
    ("Lassen zufolge hätte eine Koalition aus CDU und Grünen eine komfortable Mehrheit.", NARROW,
     "says 'komfortable' where its cited passages say 'knappe'"),
    ("Lassen zufolge hätte eine Koalition aus CDU und Grünen eine deutliche Mehrheit.", NARROW, "says 'deutliche'"),
    ("Lassen zufolge hätte eine Koalition aus CDU und Grünen nur eine knappe Mehrheit.", NARROW, OK),
]


@pytest.mark.parametrize("text, passage, expected", MARGINS)
def test_a_narrow_margin_is_not_told_wide(text: str, passage: str, expected: str):
    assert_outcome(text, passage, expected, PRELIMINARY_DAY)


@pytest.mark.parametrize("text, passage, expected", [
    ("Der Landeswahlausschuss stellte das Ergebnis mehrheitlich fest.", UNANIMOUS,
     "says 'mehrheitlich' where its cited passages say 'einstimmig'"),
    ("Der Landeswahlausschuss stellte das Ergebnis einstimmig fest.", UNANIMOUS, OK),
    # nearly so many ("knapp 4.900"), no narrow margin: "deutlich zu wenige" turns none
    ("Insgesamt wurden der SPD dadurch deutlich zu wenige Stimmen zugerechnet.", SHORT, OK),
])
def test_a_unanimous_vote_is_not_told_split(text: str, passage: str, expected: str):
    assert_outcome(text, passage, expected)


@pytest.mark.parametrize("language, text, passage, expected", [
    ("fr", "Les socialistes obtiennent une large majorité.", "Les socialistes obtiennent une courte majorité.",
     "says 'large'"),
    ("fr", "Le comité a adopté le texte à la majorité.", "Le comité a adopté le texte à l'unanimité.",
     "says 'à la majorité'"),
    ("fr", "Le comité a adopté le texte à l'unanimité.", "Le comité a adopté le texte à l'unanimité.", OK),
    ("es", "Los socialistas ganaron holgadamente las elecciones.", "Los socialistas ganaron por la mínima las elecciones.",
     "says 'holgadamente'"),
    ("es", "El comité aprobó el texto por mayoría.", "El comité aprobó el texto por unanimidad.", "says 'por mayoría'"),
    ("es", "El comité aprobó el texto por unanimidad.", "El comité aprobó el texto por unanimidad.", OK),
    ("en", "The committee approved the result by a majority.", "The committee approved the result unanimously.",
     "says 'by a majority'"),
    ("en", "The coalition would have a comfortable majority.", "The coalition would have only a narrow majority.",
     "says 'comfortable'"),
    ("en", "The coalition would have only a narrow majority.", "The coalition would have only a narrow majority.", OK),
    ("de", "Der Ausschuss stellte das Ergebnis einstimmig fest.", "Der Ausschuss stellte das Ergebnis mehrheitlich fest.",
     "says 'einstimmig'"),
])
def test_a_margin_kept_in_other_languages(language: str, text: str, passage: str, expected: str):
    findings = findings_in_language(language, text, passage)
    assert (findings == []) if expected == OK else any(expected in finding for finding in findings), findings


EXPECTATIONS = [
    ("Lassen rechnet damit, dass vor Ende Oktober eine neue Regierung gebildet wird.", "drops the negation"),
    ("Lassen geht davon aus, dass vor Ende Oktober eine neue Regierung gebildet wird.", "drops the negation"),
    ("Lassen glaubt, dass vor Ende Oktober eine neue Regierung gebildet wird.", "drops the negation"),
    ("Lassen rechnet nicht damit, dass vor Ende Oktober eine neue Regierung gebildet wird.", OK),
    ("Lassen glaubt nicht, dass vor Ende Oktober eine neue Regierung gebildet wird.", OK),
]


@pytest.mark.parametrize("text, expected", EXPECTATIONS)
def test_a_negated_expectation_keeps_its_negation(text: str, expected: str):
    assert_outcome(text, LASSEN, expected, PRELIMINARY_DAY)


@pytest.mark.parametrize("language, text, passage, expected", [
    ("fr", "Lassen pense qu'un nouveau gouvernement sera formé avant fin octobre.",
     "Il ne pense pas qu'un nouveau gouvernement sera formé avant fin octobre.", "drops the negation"),
    ("fr", "Lassen ne pense pas qu'un nouveau gouvernement sera formé avant fin octobre.",
     "Il ne pense pas qu'un nouveau gouvernement sera formé avant fin octobre.", OK),
    ("es", "Lassen cree que se formará un nuevo gobierno antes de finales de octubre.",
     "No cree que se forme un nuevo gobierno antes de finales de octubre.", "drops the negation"),
    ("es", "Lassen no cree que se formará un nuevo gobierno antes de finales de octubre.",
     "No cree que se forme un nuevo gobierno antes de finales de octubre.", OK),
    ("de", "Die Gewerkschaft erwartet, dass der Streik am Freitag endet.",
     "Die Gewerkschaft glaubt nicht, dass der Streik am Freitag endet.", "drops the negation"),
    ("de", "Die Gewerkschaft glaubt nicht, dass der Streik am Freitag endet.",
     "Die Gewerkschaft rechnet damit, dass der Streik am Freitag endet.", "adds a negation"),
    ("de", "Die Gewerkschaft geht davon aus, dass der Streik am Freitag endet.",
     "Die Gewerkschaft rechnet damit, dass der Streik am Freitag endet.", OK),
])
def test_a_negated_expectation_in_other_languages(language: str, text: str, passage: str, expected: str):
    findings = findings_in_language(language, text, passage)
    assert (findings == []) if expected == OK else any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("text, passage, expected", [
    ("Die Grünen gehen in die Opposition.", OPPOSITION, "tells as done ('gehen')"),
    ("Die Partei geht in die Opposition.", OPPOSITION, "tells as done ('geht')"),
    ("Die Grünen erwägen, in die Opposition zu gehen.", OPPOSITION, OK),
    ("Die Grünen gehen in die Sondierungen.", OPPOSITION, OK),
    ("Die Linke geht in die Opposition.", sentence(FINAL, "Die Linke schließt"), OK),
])
def test_a_step_weighed_in_reported_speech_is_not_told_done(text: str, passage: str, expected: str):
    assert_outcome(text, passage, expected)


@pytest.mark.parametrize("text, expected", [
    ("Eine Koalition mit den Freien Wählern ist für die CDU ausgeschlossen.", OK),
    ("Die CDU schließt eine Koalition mit den Freien Wählern weiterhin aus.", OK),
    ("Eine Koalition mit den Freien Wählern ist für die CDU möglich.", "weighed"),
])
def test_a_coalition_ruled_out_in_reported_speech(text: str, expected: str):
    """"schließe ... aus" (Konjunktiv I) rules out as "ausgeschlossen" does."""
    assert_outcome(text, RULED_OUT, expected)
