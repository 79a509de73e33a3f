"""Honest French and German sentences still refused (tests/fixtures/newuser_125 and newuser_123's LEFTOVER):

1. French's expletive "ne" after "avant que" and "sans que" negates nothing: "En 2024, le Conseil d'État avait rétabli
   l'autorisation de Brainville" citing "... avant que le Conseil d'État ne rétablisse l'autorisation quelques mois
   plus tard" was refused as a negation dropped (explainer/french_expletive_ne.py). A "pas", "jamais", ... in the
   three words after it keeps it a negation ("ne rétablisse pas"), and "Le Conseil d'État n'a pas rétabli
   l'autorisation" of the same passage, which built (its negation matched the expletive's), is refused.
2. French "se prononcer contre" is a vote against, as "a voté contre" is: "Le conseil municipal vote contre le projet
   par 11 voix contre 4" citing "qui s'était prononcé contre le projet par 11 voix contre 4" was refused as a negation
   added; "s'est prononcé pour le projet" of it (newuser_125's LEFTOVER misstatement) built, and is refused
   (explainer/polarity.py).
3. German "wie geplant" (as planned) tells no forecast: "Nach Kolbes Worten wird die GSV den Streik am Samstagmorgen
   beenden" citing "die Gewerkschaft werde den Streik wie geplant am Samstagmorgen um 2 Uhr beenden" was refused as
   given only as expected ('geplant', the locale's `expected` word); a plan ("ist für Samstag geplant"),
   "voraussichtlich" and "dürfte" stay forecasts (explainer/forecasts.py).

Each with honest twins that build and misstatements kept refused.
"""

from __future__ import annotations

import pytest

from support import found_in_language

BRAINVILLE = ("En 2024, le tribunal administratif avait déjà suspendu un projet de six éoliennes à Brainville, avant "
              "que le Conseil d'État ne rétablisse l'autorisation quelques mois plus tard.")
VOTE = ("Le conseil municipal de Valmorel, qui s'était prononcé contre le projet par 11 voix contre 4 en novembre "
        "2025, a saisi le tribunal le 20 mars.")
KOLBE = "Kolbe kündigte an, die Gewerkschaft werde den Streik wie geplant am Samstagmorgen um 2 Uhr beenden."
DROPPED = "drops the negation"
ADDED = "adds a negation"
EXPECTED = "only as expected"


def outcome(findings: list[str], words: str) -> str:
    """Return "ok" where nothing is found, "refused" where a finding holds `words`, else the findings."""
    if not findings:
        return "ok"
    return "refused" if words and any(words in finding for finding in findings) else f"other: {findings}"


# 1. French's expletive "ne"
@pytest.mark.parametrize("sentence, passage, words, expected", [
    ("En 2024, le Conseil d'État avait rétabli l'autorisation de Brainville.", BRAINVILLE, "", "ok"),
    ("Quelques mois plus tard, le Conseil d'État a rétabli l'autorisation.", BRAINVILLE, "", "ok"),
    ("L'autorisation de Brainville a été rétablie par le Conseil d'État.", BRAINVILLE, "", "ok"),
    ("Le Conseil d'État rétablit l'autorisation quelques mois après la suspension.", BRAINVILLE, "", "ok"),
    ("Le tribunal avait suspendu le projet de Brainville avant que le Conseil d'État rétablisse l'autorisation.",
     BRAINVILLE, "", "ok"),
    ("La police est arrivée après le départ des manifestants.", "Les manifestants sont partis avant que la police "
     "n'arrive sur place.", "", "ok"),
    ("Le préfet a retiré l'arrêté.", "Le tribunal a suspendu l'arrêté avant que le préfet ne le retire.", "", "ok"),
    # "à moins que" keeps its "ne" read as the "not" it means: "unless" is "if not"
    ("La grève reprendra lundi si la direction ne présente pas d'offre.",
     "La grève reprendra lundi à moins que la direction ne présente une offre.", "", "ok"),
    # kept refused: a real negation, after "avant que" or in the sentence
    ("Le Conseil d'État n'a pas rétabli l'autorisation de Brainville.", BRAINVILLE, ADDED, "refused"),
    ("Le Conseil d'État n'a jamais rétabli l'autorisation de Brainville.", BRAINVILLE, ADDED, "refused"),
    ("Le Conseil d'État a rétabli l'autorisation de Brainville.", "En 2024, le tribunal avait suspendu un projet à "
     "Brainville, avant que le Conseil d'État ne rétablisse pas l'autorisation.", DROPPED, "refused"),
    ("La direction présentera une offre.", "La grève reprendra lundi à moins que la direction ne présente une offre.",
     DROPPED, "refused"),
])
def test_an_expletive_ne_negates_nothing(sentence, passage, words, expected):
    assert outcome(found_in_language("fr", sentence, passage), words) == expected


# 2. "se prononcer contre", a vote against
@pytest.mark.parametrize("sentence, words, expected", [
    ("Le conseil municipal vote contre le projet par 11 voix contre 4.", "", "ok"),
    ("Le conseil municipal a voté contre le projet par 11 voix contre 4.", "", "ok"),
    ("Le conseil municipal s'est opposé au projet par 11 voix contre 4.", "", "ok"),
    ("Le conseil municipal a rejeté le projet par 11 voix contre 4.", "", "ok"),
    ("Par 11 voix contre 4, le conseil municipal s'est prononcé contre le projet.", "", "ok"),
    ("Le conseil municipal s'est prononcé majoritairement contre le projet.", "", "ok"),
    ("La commune a saisi le tribunal le 20 mars, après un vote contre le projet.", "", "ok"),
    ("Le conseil municipal a saisi le tribunal le 20 mars.", "", "ok"),
    # newuser_125's LEFTOVER misstatement, and its twins
    ("Le conseil municipal s'est prononcé pour le projet par 11 voix contre 4.", DROPPED, "refused"),
    ("Le conseil municipal a voté pour le projet par 11 voix contre 4.", DROPPED, "refused"),
    ("Le conseil municipal a approuvé le projet par 11 voix contre 4.", DROPPED, "refused"),
])
def test_a_stance_pronounced_against_is_a_vote_against(sentence, words, expected):
    assert outcome(found_in_language("fr", sentence, VOTE), words) == expected


# 3. German "wie geplant", no forecast
@pytest.mark.parametrize("sentence, passage, words, expected", [
    ("Nach Kolbes Worten wird die GSV den Streik am Samstagmorgen beenden.", KOLBE, "", "ok"),
    ("Die Gewerkschaft wird den Streik am Samstagmorgen um 2 Uhr beenden, kündigte Kolbe an.", KOLBE, "", "ok"),
    ("Die Gewerkschaft will den Streik am Samstagmorgen um 2 Uhr beenden.", KOLBE, "", "ok"),
    ("Kolbe zufolge endet der Streik am Samstagmorgen um 2 Uhr.", KOLBE, "", "ok"),
    ("Laut Kolbe beendet die Gewerkschaft den Streik am Samstag um 2 Uhr.", KOLBE, "", "ok"),
    ("Der Streik soll wie geplant am Samstagmorgen um 2 Uhr enden.", KOLBE, "", "ok"),
    ("Der Streik wird am Samstag enden.", "Der Streik werde wie ursprünglich geplant am Samstag enden.", "", "ok"),
    # kept refused: a plan, "voraussichtlich", "dürfte"
    ("Der Streik wird am Samstag enden.", "Das Ende des Streiks ist für Samstag geplant.", EXPECTED, "refused"),
    ("Die Gewerkschaft wird den Streik am Samstagmorgen beenden.",
     "Die Gewerkschaft werde den Streik voraussichtlich am Samstagmorgen beenden.", EXPECTED, "refused"),
    ("Die Gewerkschaft wird den Streik am Samstagmorgen beenden.",
     "Die Gewerkschaft dürfte den Streik wie geplant am Samstagmorgen beenden.", EXPECTED, "refused"),
])
def test_as_planned_tells_no_forecast(sentence, passage, words, expected):
    assert outcome(found_in_language("de", sentence, passage), words) == expected
