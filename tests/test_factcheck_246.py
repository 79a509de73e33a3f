"""A Dutch new user's misstatements that still built (tests/fixtures/newuser_137, a nitrogen buy-out; LEFTOVER of
tests/test_newuser_137.py), each refused now, with a twin on another Dutch topic:

1. A demand told done in the past tense: "De rechter stelde de stikstofwet buiten werking" citing "Zij eisen dat de
   rechter de stikstofwet buiten werking stelt" (explainer/dutch_past_demands.py; dutch_demands.py read only
   "buiten werking gesteld").
2. A fall told as a rise: "De depositie is sinds 2019 met 12 procent toegenomen" citing "is de depositie sinds 2019
   met 12 procent afgenomen", and "moet in 2030 met 50 procent zijn gestegen" of "gedaald"
   (explainer/dutch_directions.py).
3. A ruling not yet given told as given: "De rechtbank in Arnhem heeft LTO-Noord in het gelijk gesteld" citing "De
   rechtbank in Arnhem ... heeft nog geen uitspraak gedaan" (explainer/dutch_rulings.py).
4. A dispute told as agreement: "Het ministerie onderschrijft dat cijfer" citing "Het ministerie betwist dat cijfer"
   (explainer/dutch_disputes.py).
5. Another speaker's words: "Minister Dijkstra noemde het plan 'een onteigening in slow motion'" citing
   'LTO-voorzitter Harm Veenstra noemde het plan "een onteigening in slow motion"'
   (explainer/dutch_quoted_speakers.py).
6. A party's word told as fact: "De uitkoop is vrijwillig" citing "De uitkoop is vrijwillig, zegt de minister"
   (explainer/dutch_dropped_sayers.py).
7. An act not ruled out told as certain: "LTO-Noord zal wegen blokkeren" citing "De organisatie sluit niet uit dat zij
   ook wegen zal blokkeren" (explainer/dutch_not_ruled_out.py).
8. Honest, refused as "adds a negation": "De stikstofwet is nog niet buiten werking gesteld" citing the demand "Zij
   eisen dat de rechter de stikstofwet buiten werking stelt" (explainer/dutch_demands_not_yet.py, one call in
   polarity.py).

All of 1-7 are asked by cite.py's one call of explainer/dutch_told_otherwise.py. Honest twins must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, error_lines, found_in_language

from test_newuser_137 import BRIEFING, FIXTURE, found  # noqa: F401  (found reads the fixture's report)
from test_newuser_137 import dutch_locale  # noqa: F401  (autouse: the fixture's Dutch locale)

DEMAND = "tells as done"
DIRECTION = "the other way round"
RULING = "says none is given yet"
DISPUTE = "as disputed"
SPEAKER = "another speaker"
FACT = "a speaker's word"
CERTAIN = "does not rule out"
NEGATION = "negation"

# misstatements of the fixture's report, each refused with the words of its check
MISSTATEMENTS = [
    ("RECHT", "De rechter stelde de stikstofwet buiten werking.", DEMAND),  # 1
    ("RECHT", "De rechtbank stelde de stikstofwet buiten werking.", DEMAND),
    ("DOEL", "De stikstofdepositie moet in 2030 met 50 procent zijn gestegen.", DIRECTION),  # 2
    ("DOEL", "De depositie is sinds 2019 met 12 procent toegenomen.", DIRECTION),
    ("DOEL", "De depositie is sinds 2019 met 12 procent gestegen.", DIRECTION),
    ("RECHT", "De rechtbank in Arnhem heeft LTO-Noord in het gelijk gesteld.", RULING),  # 3
    ("BANEN", "Het ministerie onderschrijft dat cijfer.", DISPUTE),  # 4
    ("VEEN", "Minister Dijkstra noemde het plan 'een onteigening in slow motion'.", SPEAKER),  # 5
    ("VEEN", 'Minister Dijkstra noemde het plan "een onteigening in slow motion".', SPEAKER),
    ("VRIJ", "De uitkoop is vrijwillig.", FACT),  # 6
    ("NU", "LTO-Noord zal wegen blokkeren.", CERTAIN),  # 7
]


@pytest.mark.parametrize("key, sentence, words", MISSTATEMENTS)
def test_each_misstatement_of_the_report_is_refused(key: str, sentence: str, words: str):
    findings = found(key, sentence)
    assert any(words in finding for finding in findings), findings


# honest restatements of the report, each built
HONEST = [
    ("RECHT", "De stikstofwet is nog niet buiten werking gesteld."),  # 8
    ("RECHT", "De rechter heeft de stikstofwet nog niet buiten werking gesteld."),
    ("RECHT", "De stikstofwet is nog steeds niet buiten werking gesteld."),
    ("RECHT", "De eisers wilden dat de rechter de stikstofwet buiten werking stelde."),
    ("RECHT", "De rechtbank heeft nog niet beslist over de stikstofwet."),
    ("RECHT", "De rechter moet nog oordelen over de eis van LTO-Noord."),
    ("RECHT", "De rechtbank in Arnhem behandelde de zaak op 3 maart."),
    ("DOEL", "De depositie daalde sinds 2019 met 12 procent."),
    ("DOEL", "Sinds 2019 nam de depositie met 12 procent af."),
    ("DOEL", "De depositie moet in 2030 met 50 procent verminderd zijn."),
    ("DOEL", "De depositie is met 12 procent gedaald, maar de stikstofuitstoot van het verkeer is gestegen."),
    ("SMIT", "Volgens Smit kan de melkproductie met ongeveer 8 procent afnemen, en de melkprijs licht stijgen."),
    ("BANEN", "Het ministerie erkent dat er banen verloren gaan, maar betwist het cijfer."),
    ("BANEN", "Een woordvoerder van het ministerie noemde het cijfer \"sterk overdreven\"."),
    ("VEEN", "Veenstra noemde het plan \"een onteigening in slow motion\"."),
    ("VEEN", "De voorzitter van LTO-Noord noemde het plan \"een onteigening in slow motion\"."),
    ("VEEN", "Het plan is volgens Veenstra \"een onteigening in slow motion\"."),
    ("VEEN", "LTO-Noord sprak van \"een onteigening in slow motion\"."),
    ("VRIJ", "Volgens de minister is de uitkoop vrijwillig."),
    ("VRIJ", "De uitkoop is volgens minister Dijkstra vrijwillig."),
    ("VRIJ", "Minister Dijkstra noemt de uitkoop vrijwillig."),
    ("VRIJ", "Dijkstra: de uitkoop is vrijwillig."),
    ("VRIJ", "Het kabinet presenteert de uitkoop als vrijwillig."),
    ("NU", "LTO-Noord sluit niet uit dat zij wegen zal blokkeren."),
    ("NU", "LTO-Noord houdt de mogelijkheid open om wegen te blokkeren."),
    ("NU", "Wegblokkades zijn volgens LTO-Noord niet uitgesloten."),
    ("PROT", "De politie hield vier mensen aan, onder wie twee omdat zij een snelweg blokkeerden."),
    ("STAAT", "De Raad van State oordeelde in 2019 dat het vorige stikstofbeleid tekortschoot."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_restatement_of_the_report_builds(key: str, sentence: str):
    assert not found(key, sentence), found(key, sentence)


# twins on other Dutch topics: (sentence, passage, words of the finding or "" where it must build)
TWINS = [
    # 1. a demand told done in the past tense
    ("De gemeente schorste de vergunning van de fabriek.",
     "Omwonenden eisen dat de gemeente de vergunning van de fabriek schorst.", DEMAND),
    ("De gemeente heeft de vergunning van de fabriek nog niet geschorst.",
     "Omwonenden eisen dat de gemeente de vergunning van de fabriek schorst.", ""),
    ("Omwonenden eisen dat de gemeente de vergunning schorst.",
     "Omwonenden eisen dat de gemeente de vergunning van de fabriek schorst.", ""),
    # 2. a rise told as a fall, and a fall as a rise
    ("Het aantal reizigers is vorig jaar met 6 procent gedaald.",
     "Het aantal reizigers op de lijn is vorig jaar met 6 procent gestegen.", DIRECTION),
    ("De huurprijzen stegen in Utrecht met 4 procent.", "In Utrecht daalden de huurprijzen met 4 procent.",
     DIRECTION),
    ("Het aantal reizigers steeg vorig jaar met 6 procent.",
     "Het aantal reizigers op de lijn is vorig jaar met 6 procent gestegen.", ""),
    ("Het aantal reizigers nam vorig jaar met 6 procent toe.",
     "Het aantal reizigers op de lijn is vorig jaar met 6 procent gestegen.", ""),
    # 3. a ruling not yet given told as given
    ("Het hof verwierp het beroep van de gemeente.",
     "Het gerechtshof in Den Bosch heeft nog geen uitspraak gedaan in het beroep van de gemeente.", RULING),
    ("Het hof heeft nog geen uitspraak gedaan in het beroep.",
     "Het gerechtshof in Den Bosch heeft nog geen uitspraak gedaan in het beroep van de gemeente.", ""),
    # 4. a dispute told as agreement
    ("De vakbond bevestigt die lezing.", "De vakbond betwist die lezing van de directie.", DISPUTE),
    ("De vakbond betwist de lezing van de directie.", "De vakbond betwist die lezing van de directie.", ""),
    # 5. another speaker's words
    ("Wethouder Jansen noemde de bezuiniging 'een aanslag op de bibliotheek'.",
     "Oppositieleider Karin de Wit noemde de bezuiniging \"een aanslag op de bibliotheek\".", SPEAKER),
    ("De Wit noemde de bezuiniging 'een aanslag op de bibliotheek'.",
     "Oppositieleider Karin de Wit noemde de bezuiniging \"een aanslag op de bibliotheek\".", ""),
    # 6. a party's word told as fact
    ("Het water is veilig om te drinken.", "Het water is veilig om te drinken, zegt het waterbedrijf.", FACT),
    ("Volgens het waterbedrijf is het water veilig om te drinken.",
     "Het water is veilig om te drinken, zegt het waterbedrijf.", ""),
    ("Het waterbedrijf zegt dat het water veilig is om te drinken.",
     "Het water is veilig om te drinken, zegt het waterbedrijf.", ""),
    # 7. an act not ruled out told as certain
    ("De bond gaat de havens platleggen.", "De bond sluit niet uit dat hij de havens zal platleggen.", CERTAIN),
    ("De bond dreigt de havens plat te leggen.", "De bond sluit niet uit dat hij de havens zal platleggen.", ""),
    ("Mogelijk gaat de bond de havens platleggen.",
     "De bond sluit niet uit dat hij de havens zal platleggen.", ""),
]


@pytest.mark.parametrize("sentence, passage, words", TWINS)
def test_each_twin_on_another_topic(sentence: str, passage: str, words: str):
    findings = found_in_language("nl", sentence, passage)
    if words:
        assert any(words in finding for finding in findings), findings
    else:
        assert not findings, findings


def test_the_fixture_builds(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_fall_told_as_a_rise_in_the_background_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the background's "gedaald" told as "gestegen"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "background.yaml", "moet in 2030 met 50 procent zijn gedaald",
         "moet in 2030 met 50 procent zijn gestegen")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith(f"content/{BRIEFING}/background.yaml:6: ") and DIRECTION in line
               for line in error_lines(result)), result.err
