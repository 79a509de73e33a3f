"""German and French election and report leftovers of tests/test_newuser_116.py and tests/test_newuser_117.py:

1. A German share given to another party: "Nach dem vorläufigen Ergebnis erhält die NSD 31,4 Prozent der
   Zweitstimmen" citing "Nach dem vorläufigen Ergebnis erhält die Union für Nordmark (UNM) 31,4 Prozent der
   Zweitstimmen" built: party_figures.py read English and Spanish alone, a short name of three capitals ("NSD",
   "UNM") named no party there, and the short name in brackets between a name and its figure ended the name. German
   figures ("31,4 Prozent") are read now, "(UNM)" right before a figure is part of the name, and a three-capital word
   that is a party's own short name names it (explainer/party_figures.py).
2. A French final report told delivered where the passage gives it as to come: "Le groupe spécial a remis son rapport
   final aux deux parties" and "Le rapport final a été publié en juin 2026" citing "a remis son rapport intérimaire
   ... le rapport final est attendu en juin 2026" (explainer/final_report_to_come.py).
3. A German past year's turnout or share told as this election's: "Die Wahlbeteiligung lag bei 63,9 Prozent" citing
   "Die Wahlbeteiligung lag bei 68,4 Prozent. Sie stieg damit um 4,5 Prozentpunkte gegenüber 2021, als 63,9 Prozent
   der Wahlberechtigten ihre Stimme abgegeben hatten" (turnouts.earlier_turnout_as_now, read by elections.py).
4. A German recount's winner swapped for the one the source sets behind: "Die Nachzählung bestätigte den Sieg der
   NSD-Bewerberin Lea Brandstätter" citing "Sie bestätigte den Sieg des UNM-Bewerbers Jonas Reinholdt. Sein Vorsprung
   vor der NSD-Bewerberin Lea Brandstätter wuchs ..." (explainer/german_victors.py).
5. A French offer's two figures swapped across its condition: "il proposera de réduire le droit sur les fromages à 10 %
   si l'Ostrelande ramène son droit sur les pièces d'aéronefs à 20 %" citing "... à 20 % si ... à 10 %"
   (explainer/condition_figures.py).

Each with honest paraphrases in its language that must build.
"""

from __future__ import annotations

import pytest

import test_newuser_116 as german
import test_newuser_117 as french
from conftest import REPO
from support import read_as_project_locale, sentence_findings


def found_de(key: str, sentence: str) -> list[str]:
    """Return the findings of a German sentence citing one paragraph of newuser_116's sources."""
    read_as_project_locale(REPO, "de")
    return german.found(key, sentence)


def found_fr(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one paragraph of newuser_117's sources."""
    read_as_project_locale(REPO, "fr")
    return french.found(key, sentence)


def said_de(sentence: str, passage: str) -> list[str]:
    """Return the findings of a German sentence citing one passage, newuser_116's parties named."""
    read_as_project_locale(REPO, "de")
    return sentence_findings(sentence, (passage,), "de", german.PARTIES, published="2026-03-09")


def said_fr(sentence: str, passage: str) -> list[str]:
    """Return the findings of a French sentence citing one passage."""
    read_as_project_locale(REPO, "fr")
    return sentence_findings(sentence, (passage,), "fr", french.PARTIES, published="2026-03-02")


# 1. A German share given to another party
@pytest.mark.parametrize("sentence", [
    "Nach dem vorläufigen Ergebnis erhält die NSD 31,4 Prozent der Zweitstimmen.",
    "Die NSD erhält 31,4 Prozent.",
    "Die NSD kommt auf 31,4 Prozent der Zweitstimmen.",
])
def test_a_german_share_given_to_another_party_is_refused(sentence: str):
    assert any("gives NSD 31,4 Prozent" in finding for finding in found_de("E_UNM", sentence)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Die Grünen erhalten 14,2 Prozent.", "Die SPD (SPD) 14,2 Prozent, die Grünen (GRN) 9,1 Prozent."),
    ("Die NSD erhält 34 Sitze.", "Die UNM erhält 38 Sitze, die NSD 30 Sitze und die Grüne Liste 34 Sitze."),
])
def test_a_german_figure_of_a_run_given_to_another_party_is_refused(sentence: str, passage: str):
    parties = german.PARTIES + (german.Party(id="spd", name="Sozialdemokratische Partei", short_name="SPD"),
                                german.Party(id="grn", name="Die Grünen", short_name="GRN", aliases=("die Grünen",)))
    read_as_project_locale(REPO, "de")
    assert any("where its cited passages give" in finding
               for finding in sentence_findings(sentence, (passage,), "de", parties)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("E_UNM", "Nach dem vorläufigen Ergebnis erhält die UNM 31,4 Prozent der Zweitstimmen."),
    ("E_UNM", "Die Union kommt auf 31,4 Prozent."),
    ("E_UNM", "Mit 31,4 Prozent bleibt die UNM stärkste Partei."),
    ("E_UNM", "31,4 Prozent der Zweitstimmen entfallen auf die Union für Nordmark."),
    ("E_UNM", "Die UNM fällt von 33,5 auf 31,4 Prozent."),
    ("E_UNM", "Die UNM erhält 31,4 Prozent, die NSD liegt dahinter."),
    ("E_UNM", "Die UNM bleibt mit 31,4 Prozent stärkste Partei."),
    ("E_UNM", "Die UNM hat 31,4 Prozent erreicht, 2021 waren es 33,5 Prozent."),
    ("E_SITZE", "Die NSD erhält 34 Sitze, die UNM 38 Sitze."),
    ("E_NSD", "Die NSD kommt auf 27,8 Prozent der Zweitstimmen."),
    ("E_GLN", "Die Grüne Liste erhält 14,2 Prozent der Zweitstimmen."),
])
def test_a_german_party_s_own_share_builds(key: str, sentence: str):
    assert found_de(key, sentence) == []


# 2. A French final report told delivered
@pytest.mark.parametrize("sentence", [
    "Le groupe spécial a remis son rapport final aux deux parties le vendredi 27 février 2026.",
    "Le rapport final a été publié en juin 2026.",
    "Le groupe spécial a publié son rapport final.",
    "Le rapport final du groupe spécial a déjà été remis aux parties.",
])
def test_a_french_final_report_to_come_told_delivered_is_refused(sentence: str):
    assert any("final report delivered" in finding for finding in found_fr("INT", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Le groupe spécial a remis son rapport intérimaire aux deux parties le vendredi 27 février 2026.",
    "Le rapport final est attendu en juin 2026.",
    "Le rapport final doit être publié en juin 2026.",
    "Le rapport final n'a pas encore été publié.",
    "Le rapport final devrait être publié en juin 2026.",
    "Le rapport intérimaire n'est pas définitif ; le rapport final est attendu en juin.",
    "Les parties peuvent présenter des observations jusqu'au 20 mars 2026, avant le rapport final attendu en juin.",
    "Il faudra attendre juin 2026 pour le rapport final.",
])
def test_a_french_final_report_kept_to_come_builds(sentence: str):
    assert found_fr("INT", sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    # a passage telling the final report delivered backs it
    ("La commission a remis son rapport final.", "La commission a remis son rapport final le 3 mai."),
    ("Le rapport final a été publié le 3 mai.",
     "Le rapport final a été publié le 3 mai ; un rapport final révisé est attendu en juin."),
])
def test_a_french_final_report_a_passage_gives_delivered_builds(sentence: str, passage: str):
    assert not any("final report delivered" in finding for finding in said_fr(sentence, passage))


# 3. A German past year's turnout told as this election's
@pytest.mark.parametrize("key, sentence", [
    ("E_BET", "Die Wahlbeteiligung lag bei 63,9 Prozent."),
    ("E_BET", "Die Wahlbeteiligung betrug 63,9 Prozent."),
    ("E_NSD", "Die NSD erhielt 24,2 Prozent der Zweitstimmen."),
])
def test_a_german_past_year_s_turnout_told_as_now_is_refused(key: str, sentence: str):
    assert any("as an earlier year's" in finding for finding in found_de(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("E_BET", "Die Wahlbeteiligung lag bei 68,4 Prozent."),
    ("E_BET", "2021 lag die Wahlbeteiligung bei 63,9 Prozent."),
    ("E_BET", "Die Wahlbeteiligung stieg von 63,9 Prozent auf 68,4 Prozent."),
    ("E_BET", "Bei der Landtagswahl 2021 betrug die Wahlbeteiligung 63,9 Prozent."),
    ("E_BET", "Damals lag die Wahlbeteiligung bei 63,9 Prozent."),
    ("E_BET", "Bei der vorigen Wahl lag die Wahlbeteiligung bei 63,9 Prozent."),
    ("E_BET", "Die Wahlbeteiligung erreichte 68,4 Prozent."),
    ("E_NSD", "2021 hatte die NSD 24,2 Prozent der Zweitstimmen erhalten."),
    ("E_UNM", "Bei der Landtagswahl 2021 erreichte die UNM 33,5 Prozent der Zweitstimmen."),
])
def test_a_german_turnout_in_its_own_year_builds(key: str, sentence: str):
    assert found_de(key, sentence) == []


def test_a_turnout_a_passage_gives_for_this_election_too_builds():
    passage = "Die Wahlbeteiligung lag bei 63,9 Prozent, genau wie 2021, als 63,9 Prozent ihre Stimme abgaben."
    assert said_de("Die Wahlbeteiligung lag bei 63,9 Prozent.", passage) == []


# 4. A German victory given to the one set behind
@pytest.mark.parametrize("sentence", [
    "Die Nachzählung bestätigte den Sieg der NSD-Bewerberin Lea Brandstätter.",
    "Die Nachzählung hat den Sieg von Lea Brandstätter bestätigt.",
    "Die Nachzählung bestätigte den Sieg der NSD im Wahlkreis 14.",
])
def test_a_german_victory_given_to_the_one_behind_is_refused(sentence: str):
    assert any("gives the victory to" in finding for finding in found_de("B_WK", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Die Nachzählung bestätigte den Sieg von Jonas Reinholdt.",
    "Die Nachzählung bestätigte den Sieg des UNM-Bewerbers Jonas Reinholdt.",
    "Die Nachzählung bestätigte den Sieg Reinholdts.",
    "Die Nachzählung bestätigte den Sieg der UNM im Wahlkreis 14.",
    "Die Nachzählung bestätigte den Sieg des UNM-Kandidaten Reinholdt über die NSD-Bewerberin Brandstätter.",
    "Die Nachzählung bestätigte Reinholdts Sieg; sein Vorsprung vor Lea Brandstätter wuchs auf 41 Stimmen.",
    "Reinholdts Sieg wurde bei der Nachzählung bestätigt.",
    "Die Nachzählung bestätigte den Wahlsieg des Bewerbers der Union.",
    "Brandstätter erkannte den Sieg von Jonas Reinholdt an.",
])
def test_a_german_victory_kept_to_its_winner_builds(sentence: str):
    assert found_de("B_WK", sentence) == []


# 5. A French offer's figures swapped across its condition
SWAPPED_SIDES = "other way round from its cited passage"


@pytest.mark.parametrize("sentence", [
    "Selon le gouvernement valmorien, il proposera de réduire le droit sur les fromages à 10 % si l'Ostrelande ramène "
    "son droit sur les pièces d'aéronefs à 20 %.",
    "Selon le gouvernement, si l'Ostrelande ramène son droit sur les pièces d'aéronefs à 20 %, il réduira le droit sur "
    "les fromages à 10 %.",
])
def test_a_french_offer_s_figures_swapped_across_its_condition_are_refused(sentence: str):
    assert any(SWAPPED_SIDES in finding for finding in found_fr("C_LIS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Le gouvernement proposera de réduire le droit sur les fromages à 20 % si l'Ostrelande ramène son droit sur les "
    "pièces d'aéronefs à 10 %.",
    "Selon le gouvernement, si l'Ostrelande ramène son droit sur les pièces d'aéronefs à 10 %, il proposera de réduire "
    "le droit sur les fromages à 20 %.",
    "Selon le gouvernement valmorien, il proposera de baisser à 20 % le droit sur les fromages si l'Ostrelande abaisse "
    "le sien à 10 %.",
    "Le gouvernement proposera un droit de 20 % sur les fromages, à condition que l'Ostrelande ramène le sien à 10 %.",
    "Le gouvernement proposera de réduire le droit sur les fromages à 20 % s'il obtient une baisse du droit sur les "
    "pièces d'aéronefs à 10 %.",
    "Le gouvernement proposera de réduire le droit sur les fromages à 20 %, si l'Ostrelande ramène son droit sur les "
    "pièces d'aéronefs à 10 %.",
])
def test_a_french_offer_s_figures_kept_on_their_sides_build(sentence: str):
    assert not any(SWAPPED_SIDES in finding for finding in found_fr("C_LIS", sentence)), sentence
