"""French briefings (the pension reform of tests/fixtures/newuser_109): false refusals and speakers.

1. A count claimed by its giver: "Selon l'intersyndicale, 3,5 millions de personnes ont manifesté" citing the
   dispatch's "1,08 million ... selon le ministère de l'Intérieur ... L'intersyndicale a revendiqué pour sa part 3,5
   millions de manifestants" was refused as words the passage gives the ministry: a passage naming the speaker as
   the subject of a verb of claiming or counting beside the sentence's figure backs it (explainer/speakers.py, by
   explainer/verb_givers.py). "a affirmé compter" and German "reklamierte" are verbs of claiming now: "Selon le
   ministère, 3,5 millions ..." citing "L'intersyndicale a affirmé compter 3,5 millions" is refused.
2. A rounding word is no name: "Quelque 4 200 policiers étaient mobilisés à Paris" citing "Quelque 12 000 policiers
   et gendarmes étaient mobilisés, dont 4 200 à Paris" was refused, 4 200 bound to "Quelque" as to a place
   (explainer/moved_figures.py; "Unos", "Alrededor", "Rund", "Etwa", "Some", "About" too, and German's counted noun
   right after a figure, "4.200 Polizisten"). "Unos 12.000 agentes fueron desplegados en Madrid" citing "Unos 12.000
   ..., de los cuales 4.200 en Madrid" built: whole_as_part.py read no thousands' dot.
3. A speaker written "Pour X, « ... »": "Pour la CGT, « la réforme est injuste »" citing "« La réforme est injuste », a
   déclaré la CFDT" built, the CGT no party of the briefing; now refused (speakers.py `_quote_openers`), and "Pour
   Sophie Lemaire, « le gouvernement a choisi le passage en force, ... »" citing her words, refused as told as fact,
   builds.
4. Two givers' counts swapped: "La CGT a compté 1,08 million de manifestants et la police 3,5 millions" citing "Selon
   la police, 1,08 million de personnes ont manifesté. La CGT a revendiqué 3,5 millions de manifestants" built; now
   refused (explainer/swapped_givers.py, read by traded_figures.py).
5. Stems too short: figure_speakers.py compared speakers by their first five letters, so "intersindical" (and
   "interpreters") was "Interpol": "Según la intersindical, hubo 97 detenciones" citing "Según Interpol, hubo 97
   detenciones. La intersindical calculó 60" built. Speakers now share at least five letters and most of the longer
   word ("organisers", "organizers" still one). giver_bodies.py let the police count for any giver whose word opens
   with "inter": "Selon la police, 3,5 millions ..." citing "1,08 million ... selon le ministère de l'Intérieur, 3,5
   millions selon l'intersyndicale" built; counts_by_giver.py now asks it by whole words ("intérieur", "interior").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from support import found_in_language, minimal_project, one_sentence_checked, read_as_project_locale, sentence_findings
from test_newuser_109 import PARTIES, PASSAGES

SPEAKER = "gives the words to"
GIVER = "gives its figure to"
SWAPPED = "where its cited passages give"
WHOLE = "for the whole"
POLICE_CGT = "Selon la police, 1,08 million de personnes ont manifesté. La CGT a revendiqué 3,5 millions de manifestants."


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one paragraph of the newuser_109 dispatch."""
    read_as_project_locale(REPO, "fr")
    return sentence_findings(sentence, (PASSAGES[key],), "fr", PARTIES, published="2026-03-19")


def refused_with(findings: list[str], words: str) -> bool:
    return any(words in finding for finding in findings)


# 1. A count claimed by its giver
@pytest.mark.parametrize("key, sentence", [
    ("COUNTS", "Selon l'intersyndicale, 3,5 millions de personnes ont manifesté."),
    ("COUNTS", "Selon l'intersyndicale, 3,5 millions de personnes ont manifesté le 18 mars."),
    ("COUNTS", "Selon l'intersyndicale, 3,5 millions de personnes ont défilé."),
    ("COUNTS", "D'après l'intersyndicale, 3,5 millions de manifestants ont défilé dans toute la France."),
    ("COUNTS", "Pour l'intersyndicale, 3,5 millions de personnes étaient dans la rue."),
    ("COUNTS", "L'intersyndicale affirme que 3,5 millions de personnes ont manifesté."),
    ("COUNTS", "Selon le ministère de l'Intérieur, 1,08 million de personnes ont manifesté le 18 mars."),
])
def test_a_count_claimed_by_its_giver_builds(key, sentence):
    assert found(key, sentence) == []


@pytest.mark.parametrize("key, sentence", [
    ("COUNTS", "Selon l'intersyndicale, 1,08 million de personnes ont manifesté."),
    ("COUNTS", "Selon l'intersyndicale, 93 000 personnes ont manifesté à Paris."),
    ("COUNTS", "Selon le ministère de l'Intérieur, 3,5 millions de personnes ont manifesté le 18 mars."),
])
def test_a_count_given_to_another_giver_stays_refused(key, sentence):
    assert found(key, sentence)


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Selon la CGT, 3,5 millions de personnes ont manifesté.",
     "Selon la police, 1,08 million de personnes ont manifesté. La CGT a affirmé compter 3,5 millions de manifestants.",
     "ok"),
    ("fr", "Selon la préfecture, 3,5 millions de personnes ont manifesté.",
     "L'intersyndicale a affirmé compter 3,5 millions de manifestants.", "refused"),
    ("fr", "Selon le ministère, 3,5 millions de personnes ont manifesté.",
     "L'intersyndicale a revendiqué 3,5 millions de manifestants.", "refused"),
    ("fr", "Selon l'intersyndicale, 3,5 millions de personnes ont manifesté.",
     "L'intersyndicale revendique 3,5 millions de manifestants.", "ok"),
    ("es", "Según el sindicato, 3,5 millones de personas se manifestaron.",
     "Según la policía, 1,08 millones de personas se manifestaron. El sindicato reivindicó 3,5 millones de "
     "manifestantes.", "ok"),
    ("es", "Según la policía, 3,5 millones de personas se manifestaron.",
     "Según la policía, 1,08 millones de personas se manifestaron. El sindicato reivindicó 3,5 millones de "
     "manifestantes.", "refused"),
    ("de", "Laut der Gewerkschaft demonstrierten 3,5 Millionen Menschen.",
     "Laut Polizei demonstrierten 1,08 Millionen Menschen. Die Gewerkschaft reklamierte 3,5 Millionen Teilnehmer für "
     "sich.", "ok"),
    ("de", "Laut Polizei demonstrierten 3,5 Millionen Menschen.",
     "Laut Polizei demonstrierten 1,08 Millionen Menschen. Die Gewerkschaft reklamierte 3,5 Millionen Teilnehmer für "
     "sich.", "refused"),
])
def test_verbs_of_claiming_name_the_giver(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (refused_with(findings, GIVER) if outcome == "refused" else findings == []), findings


# 2. A rounding word is no name
@pytest.mark.parametrize("key, sentence", [
    ("POLICE", "Quelque 4 200 policiers étaient mobilisés à Paris."),
    ("POLICE", "Quelque 4 200 policiers ont été déployés à Paris."),
    ("POLICE", "Environ 4 200 policiers étaient mobilisés à Paris."),
    ("POLICE", "Près de 4 200 policiers ont été mobilisés à Paris."),
    ("POLICE", "À Paris, quelque 4 200 policiers étaient mobilisés."),
    ("POLICE", "Quelque 12 000 policiers et gendarmes étaient mobilisés dans le pays."),
])
def test_a_rounded_count_in_a_place_builds(key, sentence):
    assert found(key, sentence) == []


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Quelque 4 200 policiers étaient mobilisés à Paris.",
     "Quelque 12 000 policiers étaient mobilisés, dont 4 200 à Paris.", "ok"),
    ("fr", "Quelque 12 000 policiers étaient mobilisés à Paris.",
     "Quelque 12 000 policiers étaient mobilisés, dont 4 200 à Paris.", "refused"),
    ("es", "Unos 4.200 agentes fueron desplegados en Madrid.",
     "Unos 12.000 policías y guardias civiles fueron desplegados, de los cuales 4.200 en Madrid.", "ok"),
    ("es", "Alrededor de 4.200 agentes fueron desplegados en Madrid.",
     "Unos 12.000 policías y guardias civiles fueron desplegados, de los cuales 4.200 en Madrid.", "ok"),
    ("es", "Unos 12.000 agentes fueron desplegados en Madrid.",
     "Unos 12.000 policías y guardias civiles fueron desplegados, de los cuales 4.200 en Madrid.", "refused"),
    ("de", "Rund 4.200 Polizisten waren in Berlin im Einsatz.",
     "Rund 12.000 Polizisten waren im Einsatz, davon 4.200 in Berlin.", "ok"),
    ("de", "Etwa 4.200 Polizisten waren in Berlin im Einsatz.",
     "Rund 12.000 Polizisten waren im Einsatz, davon 4.200 in Berlin.", "ok"),
    ("de", "Rund 4.200 Polizisten wurden in Berlin eingesetzt.",
     "Etwa 12.000 Polizisten waren im Einsatz, davon 4.200 in Berlin.", "ok"),
    ("de", "Rund 12.000 Polizisten waren in Berlin im Einsatz.",
     "Rund 12.000 Polizisten waren im Einsatz, davon 4.200 in Berlin.", "refused"),
    ("en", "Some 4,200 police officers were deployed in Paris.",
     "Some 12,000 police officers were deployed, of whom 4,200 in Paris.", "ok"),
    ("en", "About 4,200 police officers were deployed in Paris.",
     "About 12,000 police officers were deployed, of whom 4,200 in Paris.", "ok"),
])
def test_a_rounding_word_is_no_name(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (findings != [] if outcome == "refused" else findings == []), findings


# 3. A speaker written "Pour X, « ... »"
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CFDT mardi.",
     "refused"),
    ("fr", "Pour la CGT, « la réforme est injuste ».", "Selon la CFDT, « la réforme est injuste ».", "refused"),
    ("fr", "Pour Julien Arnaud, « il n'y aura pas de retrait du texte ».",
     "« Il n'y aura pas de retrait du texte », a déclaré Hélène Marchal.", "refused"),
    ("es", "Para la CGT, «la reforma es injusta».", "«La reforma es injusta», declaró la UGT el martes.", "refused"),
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CGT mardi.", "ok"),
    ("fr", "Pour la CGT, « la réforme est injuste ».", "La CGT juge que « la réforme est injuste ».", "ok"),
    ("fr", "Pour Sophie Lemaire, « la réforme est injuste ».",
     "« La réforme est injuste », a déclaré Sophie Lemaire, secrétaire générale de la CGT.", "ok"),
    ("fr", "Pour Lemaire, « la réforme est injuste ».", "« La réforme est injuste », a déclaré Sophie Lemaire mardi.",
     "ok"),
    ("fr", "Pour Matignon, « la réforme est nécessaire ».", "« La réforme est nécessaire », a affirmé Matignon.", "ok"),
    ("fr", "Pour la CGT, « la réforme est injuste », a déclaré Sophie Lemaire.",
     "« La réforme est injuste », a déclaré Sophie Lemaire, secrétaire générale de la CGT.", "ok"),
    ("fr", "Pour la première fois, « la rue » a fait reculer le gouvernement, selon Sophie Lemaire.",
     "« La rue » a fait reculer le gouvernement pour la première fois, a déclaré Sophie Lemaire.", "ok"),
    ("fr", "Pour Sophie Lemaire, « nous choisissons la rue ».", "Sophie Lemaire a lancé : « Nous choisissons la rue ».",
     "ok"),
    ("es", "Para Ana Ruiz, «la reforma es injusta».",
     "«La reforma es injusta», declaró Ana Ruiz, secretaria general de UGT.", "ok"),
])
def test_a_speaker_before_a_quotation(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (refused_with(findings, SPEAKER) if outcome == "refused" else findings == []), findings


@pytest.mark.parametrize("key, sentence", [
    ("NEXT", "Pour Sophie Lemaire, « le gouvernement a choisi le passage en force, nous choisissons la rue »."),
    ("NEXT", "Pour la secrétaire générale de la CFT, « le gouvernement a choisi le passage en force »."),
    ("NEXT", "Pour la CFT, « le gouvernement a choisi le passage en force »."),
    ("ARNAUD", "Pour Julien Arnaud, « il n'y aura pas de retrait du texte »."),
    ("ARNAUD", "Pour le ministre du Travail, « il n'y aura pas de retrait du texte »."),
    ("MARCHAL", "Pour Hélène Marchal, « cette réforme est indispensable pour sauver notre système par répartition »."),
    ("MARCHAL", "Pour le gouvernement, « cette réforme est indispensable »."),
])
def test_a_speaker_before_a_quotation_in_the_dispatch_builds(key, sentence):
    assert found(key, sentence) == []


@pytest.mark.parametrize("key, sentence", [
    ("MARCHAL", "Pour Julien Arnaud, « cette réforme est indispensable »."),
    ("NEXT", "Pour Hélène Marchal, « le gouvernement a choisi le passage en force »."),
])
def test_a_quotation_given_to_another_speaker_of_the_dispatch_is_refused(key, sentence):
    assert refused_with(found(key, sentence), SPEAKER)


def test_a_speaker_before_a_quotation_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: a French briefing's summary names the CGT where the source quotes the CFDT."""
    lines = one_sentence_checked(minimal_project(tmp_path / "project"),
                                 "« La réforme est injuste », a déclaré la CFDT mardi.",
                                 "Pour la CGT, « la réforme est injuste ».", language="fr")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: this sentence gives the words to CGT")
               for line in lines), lines


# 4. Two givers' counts swapped
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "La CGT a compté 1,08 million de manifestants et la police 3,5 millions.", POLICE_CGT, "refused"),
    ("fr", "La police a compté 3,5 millions de manifestants, la CGT 1,08 million.", POLICE_CGT, "refused"),
    ("fr", "La CGT revendique 1,08 million de manifestants, la police 3,5 millions.",
     "D'après la police, 1,08 million de personnes ont manifesté. La CGT a revendiqué 3,5 millions de manifestants.",
     "refused"),
    ("es", "El sindicato contabilizó 1,08 millones de manifestantes y la policía 3,5 millones.",
     "Según la policía, 1,08 millones de personas se manifestaron. El sindicato reivindicó 3,5 millones de "
     "manifestantes.", "refused"),
    ("de", "Die Gewerkschaft zählte 1,08 Millionen Demonstranten und die Polizei 3,5 Millionen.",
     "Laut Polizei demonstrierten 1,08 Millionen Menschen. Die Gewerkschaft zählte 3,5 Millionen.", "refused"),
    ("fr", "La CGT a compté 3,5 millions de manifestants et la police 1,08 million.", POLICE_CGT, "ok"),
    ("fr", "La police a compté 1,08 million de manifestants et la CGT 3,5 millions.", POLICE_CGT, "ok"),
    ("fr", "La CGT a revendiqué 3,5 millions de manifestants, la police 1,08 million.", POLICE_CGT, "ok"),
    ("fr", "La CGT revendique 3,5 millions de manifestants et la police en compte 1,08 million.", POLICE_CGT, "ok"),
    ("fr", "Les syndicats ont revendiqué 3,5 millions de manifestants et la police 1,08 million.",
     "Selon la police, 1,08 million de personnes ont manifesté. Le syndicat a revendiqué 3,5 millions de "
     "manifestants.", "ok"),
    ("fr", "La CGT a compté 3,5 millions de manifestants et la police 1,08 million.",
     POLICE_CGT + " En 2023, la police avait compté 3,5 millions de manifestants.", "ok"),
    ("fr", "La CGT a compté 3,5 millions de manifestants et la police 1 200 interpellations.",
     "Selon la police, 1 200 personnes ont été interpellées. La CGT a revendiqué 3,5 millions de manifestants.", "ok"),
    ("de", "Die Polizei zählte 1,08 Millionen Demonstranten, die Gewerkschaft 3,5 Millionen.",
     "Laut Polizei demonstrierten 1,08 Millionen Menschen. Die Gewerkschaft reklamierte 3,5 Millionen Teilnehmer.",
     "ok"),
    ("es", "La policía contabilizó 1,08 millones de manifestantes, el sindicato 3,5 millones.",
     "Según la policía, 1,08 millones de personas se manifestaron. El sindicato reivindicó 3,5 millones de "
     "manifestantes.", "ok"),
])
def test_two_givers_counts_kept_apart(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (refused_with(findings, SWAPPED) if outcome == "refused" else findings == []), findings
    assert len(findings) <= 1, findings


@pytest.mark.parametrize("sentence, outcome", [
    ("L'intersyndicale a revendiqué 1,08 million de manifestants et le ministère de l'Intérieur 3,5 millions.",
     "refused"),
    ("L'intersyndicale a revendiqué 3,5 millions de manifestants et le ministère de l'Intérieur 1,08 million.", "ok"),
    ("Le ministère de l'Intérieur a compté 1,08 million de manifestants, l'intersyndicale 3,5 millions.", "ok"),
])
def test_two_givers_counts_in_the_dispatch(sentence, outcome):
    findings = found("COUNTS", sentence)
    assert (refused_with(findings, SWAPPED) if outcome == "refused" else findings == []), findings


# 5. A stem too short
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("es", "Según la intersindical, hubo 97 detenciones.",
     "Según Interpol, hubo 97 detenciones. La intersindical calculó 60 detenciones.", "refused"),
    ("en", "According to the interpreters, 97 people were arrested.",
     "According to Interpol, 97 people were arrested. The interpreters said 60 were arrested.", "refused"),
    ("es", "Según Interpol, hubo 97 detenciones.",
     "Según Interpol, hubo 97 detenciones. La intersindical calculó 60 detenciones.", "ok"),
    ("es", "Según la intersindical, hubo 60 detenciones.",
     "Según Interpol, hubo 97 detenciones. La intersindical calculó 60 detenciones.", "ok"),
    ("en", "According to the organizers, 150,000 people attended.",
     "Police said 40,000 attended. The organisers put attendance at 150,000.", "ok"),
    ("es", "Según los sindicatos, 3,5 millones de personas se manifestaron.",
     "Según la policía, 1,08 millones de personas se manifestaron. El sindicato calculó 3,5 millones.", "ok"),
])
def test_speakers_share_a_long_enough_stem(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (refused_with(findings, "as the word of") if outcome == "refused" else findings == []), findings


# the police count for the interior ministry (giver_bodies.py) by its whole word: "inter" was "intersyndicale" too
TWO_COUNTS = ("1,08 million de personnes ont manifesté selon le ministère de l'Intérieur, 3,5 millions selon "
              "l'intersyndicale.")


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Selon la police, 3,5 millions de personnes ont manifesté.", TWO_COUNTS, "refused"),
    ("fr", "Selon la police, 1,08 million de personnes ont manifesté.", TWO_COUNTS, "ok"),
    ("fr", "Selon l'intersyndicale, 3,5 millions de personnes ont manifesté.", TWO_COUNTS, "ok"),
    ("fr", "Selon la police, 1,3 million de personnes ont manifesté.",
     "1,3 million de manifestants selon le ministère de l'Intérieur.", "ok"),
    ("es", "Según la policía, 1,08 millones de personas se manifestaron.",
     "1,08 millones de personas se manifestaron según el Ministerio del Interior, 3,5 millones según la intersindical.",
     "ok"),
    ("en", "According to police, 1.08 million people marched.",
     "According to the Interior Ministry, 1.08 million people marched.", "ok"),
])
def test_the_police_count_for_the_interior_ministry_alone(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (refused_with(findings, "to 'la police'") if outcome == "refused" else findings == []), findings
