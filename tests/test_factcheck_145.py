"""The German regional election of tests/fixtures/newuser_104 (the Landtag of the Nordmark), fact-checked again:
turnout's two levels swapped, a consent the source denies told as given, a rise in points its two ends bear out, an
expectation denied told as a future fact, and a quote's context naming a letter. Helpers and the reports' sentences are
tests/test_newuser_104.py's.

Misstatements that built, now refused:
- a change's two levels swapped: "Die Wahlbeteiligung stieg auf 58,9 Prozent, nach 61,8 Prozent" (or "von 61,8 auf
  58,9") of "stieg ... auf 61,8 Prozent" and "2021 hatten 58,9 Prozent" (its own levels fall: level_directions.py,
  level_ratios.py's ", nach"), and "sank auf 58,9 Prozent, nach 61,8 Prozent", the passages' level reached told as the
  start (reached_as_start.py); French "a augmenté de 61,8 % à 58,9 %" alike;
- a consent denied by its noun told as given: "Die Partei hat einer Regierungsbeteiligung zugestimmt" of "Eine Zusage
  für eine Regierungsbeteiligung sei das nicht"; English "agreed" of "not a commitment", French "a accepté" of "pas un
  engagement", Spanish "aceptó" of "No es un compromiso" (denied_consents.py);
- an expectation denied told as a fact: "Vor Ende Oktober wird eine neue Regierung gebildet" of "Er erwarte nicht, dass
  ..."; French and Spanish alike (negated_expectations.py);
- a quote's context "In einem Brief an die Fraktion" of words given at a press conference, as "In a letter" is; a
  report's "Briefwahl" (or an English "briefing") backs no letter (channel_kinds.py).

Honest wording that was refused, now built: "Die Wahlbeteiligung stieg um 2,9 Prozentpunkte" citing the level reached
and the level of 2021, each in a sentence of its own (change_sizes_german.py), and "stieg von 58,9 auf 61,8 Prozent"
(a change's unit written once, numbers.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.attribution import Cited
from explainer.channel_kinds import unbacked_channel
from support import checked_fixture_project, edit, findings_in_language, sentence_findings
from test_newuser_104 import (BRIEFING, FINAL, FIXTURE, OK, PARTIES, PRELIMINARY, german_locale,  # noqa: F401
                              sentence)

TURNOUT = sentence(PRELIMINARY, "Die Wahlbeteiligung stieg")
TURNOUT_2021 = sentence(PRELIMINARY, "Bei der Landtagswahl 2021 hatten")
NO_PROMISE = sentence(FINAL, "Eine Zusage")
SPD_PARAGRAPH = next(paragraph for paragraph in FINAL.split("\n\n") if "Eine Zusage" in paragraph)
LASSEN = sentence(PRELIMINARY, "Er erwarte nicht")
LASSEN_BRIEF = "Er erwarte nicht, dass vor Ende Oktober eine Regierung gebildet werde."
PRELIMINARY_DAY = "2026-09-14"


def outcome(text: str, passages: tuple[str, ...], expected: str, published: str = PRELIMINARY_DAY) -> None:
    """Assert a German sentence citing `passages` builds ("ok") or is refused with `expected` in a finding."""
    findings = sentence_findings(text, passages, "de", PARTIES, published=published)
    assert (findings == []) if expected == OK else any(expected in finding for finding in findings), findings


def outcome_in(language: str, text: str, passage: str, expected: str) -> None:
    findings = findings_in_language(language, text, passage)
    assert (findings == []) if expected == OK else any(expected in finding for finding in findings), findings


SWAPPED = [
    ("Die Wahlbeteiligung stieg auf 58,9 Prozent, nach 61,8 Prozent.", "its own two levels give as a fall"),
    ("Die Wahlbeteiligung stieg von 61,8 Prozent auf 58,9 Prozent.", "its own two levels give as a fall"),
    ("Die Wahlbeteiligung stieg von 61,8 auf 58,9 Prozent.", "its own two levels give as a fall"),
    ("Die Wahlbeteiligung sank auf 58,9 Prozent, nach 61,8 Prozent.", "gives 61,8 Prozent as the starting level"),
    ("Die Wahlbeteiligung sank von 61,8 Prozent auf 58,9 Prozent.", "gives 61,8 Prozent as the starting level"),
    ("Die Wahlbeteiligung stieg auf 61,8 Prozent, nach 58,9 Prozent.", OK),
    ("Die Wahlbeteiligung stieg auf 61,8 Prozent, nach zuvor 58,9 Prozent.", OK),
    ("Die Wahlbeteiligung stieg von 58,9 Prozent auf 61,8 Prozent.", OK),
    ("Die Wahlbeteiligung stieg von 58,9 auf 61,8 Prozent.", OK),  # the unit written once (refused before)
]


@pytest.mark.parametrize("text, expected", SWAPPED)
def test_a_changes_two_levels_are_not_swapped(text: str, expected: str):
    outcome(text, (TURNOUT, TURNOUT_2021), expected)


@pytest.mark.parametrize("language, text, passage, expected", [
    ("fr", "La participation a augmenté de 61,8 % à 58,9 %.", "La participation a augmenté de 58,9 % à 61,8 %.",
     "its own two levels give as a fall"),
    ("fr", "La participation a augmenté de 58,9 % à 61,8 %.", "La participation a augmenté de 58,9 % à 61,8 %.", OK),
    ("en", "Turnout rose to 58.9 per cent from 61.8 per cent.", "Turnout rose to 61.8 per cent from 58.9 per cent.",
     "its own two levels give as a fall"),
    ("en", "Turnout rose to 61.8 per cent from 58.9 per cent.", "Turnout rose to 61.8 per cent from 58.9 per cent.", OK),
    ("es", "La participación subió del 61,8 % al 58,9 %.", "La participación subió del 58,9 % al 61,8 %.",
     "its own two levels give as a fall"),
    ("de", "Die Arbeitslosenquote sank auf 5,1 Prozent, nach 4,8 Prozent.",
     "Die Arbeitslosenquote stieg auf 5,1 Prozent, nach 4,8 Prozent im Vorjahr.", "is given as a fall"),
    ("de", "Die Arbeitslosenquote stieg auf 5,1 Prozent, nach 4,8 Prozent.",
     "Die Arbeitslosenquote stieg auf 5,1 Prozent, nach 4,8 Prozent im Vorjahr.", OK),
])
def test_a_changes_two_levels_in_other_languages(language: str, text: str, passage: str, expected: str):
    outcome_in(language, text, passage, expected)


@pytest.mark.parametrize("text, passages, expected", [
    ("Die Partei hat einer Regierungsbeteiligung zugestimmt.", (NO_PROMISE,), "tells a consent as given ('zugestimmt')"),
    ("Die SPD hat einer Regierungsbeteiligung zugesagt.", (NO_PROMISE,), "tells a consent as given"),
    ("Die SPD stimmte einer Regierungsbeteiligung zu.", (SPD_PARAGRAPH,), "tells a consent as given"),
    ("Die SPD hat ihre Zustimmung zu einer Regierungsbeteiligung gegeben.", (NO_PROMISE,), "tells a consent as given"),
    ("Die SPD hat einer Regierungsbeteiligung nicht zugestimmt.", (NO_PROMISE,), OK),
    ("Die SPD hat noch keine Zusage für eine Regierungsbeteiligung gegeben.", (NO_PROMISE,), OK),
    ("Die SPD hat einer Regierungsbeteiligung noch nicht zugesagt.", (SPD_PARAGRAPH,), OK),
])
def test_a_consent_the_source_denies_is_not_told_given(text: str, passages: tuple[str, ...], expected: str):
    outcome(text, passages, expected, "2026-09-21")


@pytest.mark.parametrize("language, text, passage, expected", [
    ("en", "The party has agreed to join the government.",
     "That was not a commitment to join the government, he said.", "tells a consent as given ('agreed')"),
    ("fr", "Le parti a accepté d'entrer au gouvernement.",
     "Ce n'est pas un engagement à entrer au gouvernement, a-t-il dit.", "tells a consent as given ('accepté')"),
    ("fr", "Le parti n'a pas accepté d'entrer au gouvernement.",
     "Ce n'est pas un engagement à entrer au gouvernement, a-t-il dit.", OK),
    ("es", "El partido aceptó entrar en el gobierno.", "No es un compromiso de entrar en el gobierno, dijo.",
     "tells a consent as given ('aceptó')"),
    ("es", "El partido no aceptó entrar en el gobierno.", "No es un compromiso de entrar en el gobierno, dijo.", OK),
    # a consent the passage gives to something else is no consent denied
    ("de", "Die Partei hat einer Regierungsbeteiligung zugestimmt.",
     "Die Partei hat einer Regierungsbeteiligung zugestimmt. Eine Zusage für einen Ministerposten sei das nicht.", OK),
])
def test_a_consent_denied_in_other_languages(language: str, text: str, passage: str, expected: str):
    outcome_in(language, text, passage, expected)


@pytest.mark.parametrize("text, passages, expected", [
    ("Die Wahlbeteiligung stieg um 2,9 Prozentpunkte.", (TURNOUT, TURNOUT_2021), OK),
    ("Die Wahlbeteiligung stieg um 2,9 Prozentpunkte auf 61,8 Prozent.", (TURNOUT, TURNOUT_2021), OK),
    ("Die Wahlbeteiligung stieg um 2,9 Prozentpunkte.", (f"{TURNOUT} {TURNOUT_2021}",), OK),
    ("Die Wahlbeteiligung stieg um 3,9 Prozentpunkte.", (TURNOUT, TURNOUT_2021), 'figure "3,9" is not in the passages'),
    ("Die Wahlbeteiligung sank um 2,9 Prozentpunkte.", (TURNOUT, TURNOUT_2021), 'figure "2,9" is not in the passages'),
    # the level reached alone, or a level of 2021 alone, gives no difference
    ("Die Wahlbeteiligung stieg um 2,9 Prozentpunkte.", (TURNOUT,), 'figure "2,9" is not in the passages'),
    # what the sentence names must be what the passage's level reached is of
    ("Die Briefwahl stieg um 2,9 Prozentpunkte.", (TURNOUT, TURNOUT_2021), 'figure "2,9" is not in the passages'),
])
def test_a_rise_in_points_its_two_ends_bear_out(text: str, passages: tuple[str, ...], expected: str):
    outcome(text, passages, expected)


@pytest.mark.parametrize("text, passage, expected", [
    ("Vor Ende Oktober wird eine neue Regierung gebildet.", LASSEN, "tells as a fact what its cited passage expects "
                                                                   "not to happen ('Er erwarte nicht, dass')"),
    ("Vor Ende Oktober wird eine neue Regierung gebildet.", LASSEN_BRIEF, "expects not to happen"),
    ("Eine neue Regierung wird vor Ende Oktober gebildet.", LASSEN, "expects not to happen"),
    ("Lassen zufolge wird vor Ende Oktober eine neue Regierung gebildet.", LASSEN, "expects not to happen"),
    ("Lassen erwartet nicht, dass vor Ende Oktober eine neue Regierung gebildet wird.", LASSEN, OK),
    ("Eine neue Regierung wird wohl erst nach Ende Oktober gebildet.", LASSEN, OK),
    ("Lassen rechnet mit schwierigen Verhandlungen.", sentence(PRELIMINARY, "rechnet mit schwierigen"), OK),
])
def test_an_expectation_denied_is_not_told_as_fact(text: str, passage: str, expected: str):
    outcome(text, (passage,), expected)


@pytest.mark.parametrize("language, text, passage, expected", [
    ("fr", "Un nouveau gouvernement sera formé avant fin octobre.",
     "Il ne pense pas qu'un nouveau gouvernement sera formé avant fin octobre.", "expects not to happen"),
    ("fr", "Un nouveau gouvernement ne sera pas formé avant fin octobre.",
     "Il ne pense pas qu'un nouveau gouvernement sera formé avant fin octobre.", OK),
    ("es", "Se formará un nuevo gobierno antes de finales de octubre.",
     "No cree que se forme un nuevo gobierno antes de finales de octubre.", "expects not to happen"),
    ("es", "No se formará un nuevo gobierno antes de finales de octubre.",
     "No cree que se forme un nuevo gobierno antes de finales de octubre.", OK),
])
def test_an_expectation_denied_in_other_languages(language: str, text: str, passage: str, expected: str):
    outcome_in(language, text, passage, expected)


AT_A_CONFERENCE = Cited("„Wir führen zuerst Sondierungsgespräche“, sagte Albers auf einer Pressekonferenz.", "de")
IN_A_LETTER = Cited("„Wir führen zuerst Sondierungsgespräche“, schrieb Albers in einem Brief an die Fraktion.", "de")


@pytest.mark.parametrize("context, passage, kind", [
    ("In einem Brief an die Fraktion.", AT_A_CONFERENCE, "a letter"),
    ("In einem Brief an die Fraktion.", Cited("Mehr als 310.000 stimmten per Briefwahl ab, sagte sie auf einer "
                                              "Pressekonferenz.", "de"), "a letter"),
    ("Dans une lettre aux députés.", Cited("« Nous menons d'abord des discussions », a déclaré Albers lors d'une "
                                           "conférence de presse.", "fr"), "a letter"),
    ("En una carta a los diputados.", Cited("«Primero hablaremos», dijo Albers en una rueda de prensa.", "es"),
     "a letter"),
    ("In a letter to the group.", Cited("She said at a briefing for reporters.", "en"), "a letter"),
    ("In einem Brief an die Fraktion.", IN_A_LETTER, ""),
    ("Auf einer Pressekonferenz.", AT_A_CONFERENCE, ""),
    ("In a brief statement.", Cited("She said at a news conference.", "en"), ""),
])
def test_a_letter_named_in_german_is_a_channel(context: str, passage: Cited, kind: str):
    assert unbacked_channel(context, [passage])[0] == kind


def test_a_letter_a_report_never_tells_is_refused_in_a_quotes_context(tmp_path: Path):
    """Wendt's words on election night, given at his party's reaction: "In einem Brief an die Fraktion" built, the
    report's "per Briefwahl" backing it."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "quotes.yaml", "context: Am Wahlabend, auf die Frage",
         "context: In einem Brief an die Fraktion, auf die Frage")
    result = run_build(desk, "check")
    assert result.code == 1 and "'Brief' says the words were given in a letter" in result.err, result.err
