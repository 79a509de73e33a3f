"""Who gives a count, in French, Spanish and German (leftovers of tests/test_factcheck_162.py and
tests/fixtures/newuser_109).

1. Givers compared by five letters: "Selon l'intersyndicale, 97 interpellations ont eu lieu dans le pays." citing
   "Selon le ministère de l'Intérieur, 97 interpellations ..." built, "inter" opening "intersyndicale" and
   "interpellations" (explainer/according_to.py). Givers are now compared by whole words or a long shared stem, more
   than a prefix such as "inter" (explainer/same_givers.py): "Selon le ministère de l'Intérieur, 97 ..." builds, and
   so do "préfecture" of "préfet", "Polizei" of "Polizeisprecher", "police" of "policiers".
2. The police counting for any "inter" body: "Selon la police, 3,5 millions de personnes ont manifesté." citing
   "L'intersyndicale a affirmé compter 3,5 millions de manifestants." built (explainer/giver_bodies.py read
   five-letter keys); now whole words only ("intérieur", "Innenministeriums").
3. The unions named for their confederation: "Selon les syndicats, 3,5 millions de personnes ont manifesté." citing
   "L'intersyndicale a revendiqué 3,5 millions de manifestants." was refused; plural and collective forms
   ("syndicats", "l'intersyndicale", "la confédération", "los sindicatos", "die Gewerkschaften", "der
   Gewerkschaftsbund") name one giver now, and so do a party's aliases: "Selon la CFT, 3,5 millions ..." builds where
   the briefing gives the CFT the alias "l'intersyndicale" (according_to.py, and speakers.py's count claimed by its
   giver).
4. A speaker shown with its weekday: "« La réforme est injuste », a déclaré la CFDT mardi." named "CFDT mardi" in the
   message; a speaker's name now ends before a weekday or a date ("CFDT", "UGT" of "la UGT el martes").
5. Two givers' counts swapped where each clause keeps its own verb: "La CGT a compté 1,08 million de manifestants
   tandis que la police a dénombré 3,5 millions." citing "Selon la police, 1,08 million ... La CGT a revendiqué 3,5
   millions ..." built (explainer/swapped_givers.py read one verb a sentence); now refused, "alors que", "mientras
   que" and "while" too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, minimal_project, one_sentence_checked
from test_factcheck_162 import found

GIVER = "gives its figure to"
SPEAKER = "gives the words to"
SWAPPED = "where its cited passages give"
POLICE_CGT = "Selon la police, 1,08 million de personnes ont manifesté. La CGT a revendiqué 3,5 millions de manifestants."
POLICIA = ("Según la policía, 1,08 millones de personas se manifestaron. El sindicato reivindicó 3,5 millones de "
           "manifestantes.")
MINISTRY_UNIONS = ("1,08 million de personnes ont manifesté selon le ministère de l'Intérieur. L'intersyndicale a "
                   "revendiqué 3,5 millions de manifestants.")
ARRESTS = "Selon le ministère de l'Intérieur, 97 interpellations ont eu lieu dans le pays."


def outcome_of(language: str, sentence: str, passage: str, words: str) -> str:
    findings = found_in_language(language, sentence, passage)
    assert findings == [] or any(words in finding for finding in findings), findings
    return "refused" if findings else "ok"


# 1. Givers compared by whole words or a long shared stem, not five letters
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Selon l'intersyndicale, 97 interpellations ont eu lieu dans le pays.", ARRESTS, "refused"),
    ("fr", "D'après l'intersyndicale, 97 interpellations ont eu lieu dans le pays.", ARRESTS, "refused"),
    ("fr", "Selon l'interprofession, 97 exploitations ont fermé.", "Selon l'intersyndicale, 97 exploitations ont fermé.",
     "refused"),
    ("fr", "Selon le ministère de l'Intérieur, 97 interpellations ont eu lieu dans le pays.", ARRESTS, "ok"),
    ("fr", "Selon le ministère, 97 interpellations ont eu lieu dans le pays.", ARRESTS, "ok"),
    ("fr", "Selon la préfecture, 1 800 personnes ont défilé.", "Selon le préfet, 1 800 personnes ont défilé.", "ok"),
    ("fr", "Selon la police, 1 800 personnes ont défilé.", "Selon les policiers, 1 800 personnes ont défilé.", "ok"),
    ("fr", "Selon la gendarmerie, 400 véhicules ont été contrôlés.",
     "Selon les gendarmes, 400 véhicules ont été contrôlés.", "ok"),
    ("de", "Laut Polizei demonstrierten 1.800 Menschen.",
     "Nach Angaben eines Polizeisprechers demonstrierten 1.800 Menschen.", "ok"),
    ("es", "Según los organizadores, 15.000 personas desfilaron.", "Según la organización, 15.000 personas desfilaron.",
     "ok"),
    ("es", "Según la consejería, el 80 % de la plantilla secundó la huelga.",
     "Según el consejero, el 80 % de la plantilla secundó la huelga.", "ok"),
    ("en", "According to the transport ministry, 97 trains were cancelled.",
     "According to the transport minister, 97 trains were cancelled.", "ok"),
])
def test_givers_compared_by_whole_words(language, sentence, passage, outcome):
    assert outcome_of(language, sentence, passage, GIVER) == outcome


# 2. The police count for the interior ministry by its whole word
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Selon la police, 3,5 millions de personnes ont manifesté.",
     "L'intersyndicale a affirmé compter 3,5 millions de manifestants.", "refused"),
    ("fr", "Selon la police, 97 interpellations ont eu lieu.", "Selon l'intersyndicale, 97 interpellations ont eu lieu.",
     "refused"),
    ("fr", "Selon la police, 1,08 million de personnes ont manifesté.",
     "Selon le ministère de l'Intérieur, 1,08 million de personnes ont manifesté.", "ok"),
    ("es", "Según la policía, 1,08 millones de personas se manifestaron.",
     "Según el Ministerio del Interior, 1,08 millones de personas se manifestaron.", "ok"),
    ("de", "Laut Polizei demonstrierten 1,08 Millionen Menschen.",
     "Nach Angaben des Innenministeriums demonstrierten 1,08 Millionen Menschen.", "ok"),
])
def test_the_police_count_for_the_interior_ministry_by_whole_words(language, sentence, passage, outcome):
    assert outcome_of(language, sentence, passage, GIVER) == outcome


# 3. The unions and their confederation one giver; a party's aliases too
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "Selon les syndicats, 3,5 millions de personnes ont manifesté.",
     "L'intersyndicale a revendiqué 3,5 millions de manifestants.", "ok"),
    ("fr", "D'après l'intersyndicale, 3,5 millions de personnes ont défilé.",
     "Les syndicats ont revendiqué 3,5 millions de manifestants.", "ok"),
    ("fr", "Selon la confédération, 3,5 millions de personnes ont manifesté.",
     "Selon les syndicats, 3,5 millions de personnes ont manifesté.", "ok"),
    ("fr", "Selon les syndicats, 3,5 millions de personnes ont manifesté.",
     "Le syndicat a revendiqué 3,5 millions de manifestants.", "ok"),
    ("es", "Según los sindicatos, 3,5 millones de personas se manifestaron.",
     "La intersindical reivindicó 3,5 millones de manifestantes.", "ok"),
    ("de", "Laut den Gewerkschaften demonstrierten 3,5 Millionen Menschen.",
     "Der Gewerkschaftsbund zählte 3,5 Millionen Teilnehmer.", "ok"),
    ("en", "According to the unions, 3.5 million people marched.", "The confederation claimed 3.5 million marchers.",
     "ok"),
    ("fr", "Selon les syndicats, 3,5 millions de personnes ont manifesté.",
     "Selon la préfecture, 3,5 millions de personnes ont manifesté.", "refused"),
    ("es", "Según los sindicatos, 1,08 millones de personas se manifestaron.", POLICIA, "refused"),
])
def test_the_unions_name_their_confederation(language, sentence, passage, outcome):
    assert outcome_of(language, sentence, passage, GIVER) == outcome


@pytest.mark.parametrize("sentence, outcome", [
    ("Selon les syndicats, 3,5 millions de personnes ont manifesté.", "ok"),
    ("Selon la CFT, 3,5 millions de personnes ont manifesté.", "ok"),
    ("Selon la confédération, 3,5 millions de personnes ont manifesté.", "ok"),
    ("Selon la Confédération française des travailleurs, 3,5 millions de personnes ont manifesté.", "ok"),
    ("Selon les syndicats, 1,08 million de personnes ont manifesté.", "refused"),
    ("Selon la CFT, 1,08 million de personnes ont manifesté.", "refused"),
    ("Selon le gouvernement, 3,5 millions de personnes ont manifesté.", "refused"),
])
def test_a_partys_aliases_name_its_count_in_the_dispatch(sentence, outcome):
    assert ("refused" if found("COUNTS", sentence) else "ok") == outcome


def test_a_partys_alias_names_its_count_on_the_front_door(tmp_path: Path):
    """Through the front door: the CFT, whose alias is "l'intersyndicale", gives the count the intersyndicale claims."""
    parties = ("  - id: syndicats\n    name: Confédération française des travailleurs\n    short_name: CFT\n"
               "    aliases: [\"l'intersyndicale\", les syndicats]\n"
               "  - id: gouvernement\n    name: Gouvernement\n    aliases: [le gouvernement]\n")
    root = minimal_project(tmp_path / "project")
    source = "L'intersyndicale a revendiqué 3,5 millions de manifestants."
    assert one_sentence_checked(root, source, "Selon la CFT, 3,5 millions de personnes ont manifesté.", parties,
                                language="fr") == []
    lines = one_sentence_checked(root, source, "Selon le gouvernement, 3,5 millions de personnes ont manifesté.",
                                 parties, language="fr")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`:") for line in lines), lines


def test_a_count_given_to_the_wrong_inter_body_is_refused_on_its_line(tmp_path: Path):
    lines = one_sentence_checked(minimal_project(tmp_path / "project"), ARRESTS,
                                 "Selon l'intersyndicale, 97 interpellations ont eu lieu dans le pays.", language="fr")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`:") and "intersyndicale" in line
               for line in lines), lines


# 4. A speaker's name ends before a weekday or a date
@pytest.mark.parametrize("language, sentence, passage, shown", [
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CFDT mardi.", "CFDT"),
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CFDT mardi soir.",
     "CFDT"),
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CFDT le 18 mars.",
     "CFDT"),
    ("es", "Para la CGT, «la reforma es injusta».", "«La reforma es injusta», declaró la UGT el martes.", "UGT"),
    ("fr", "Pour Sophie Lemaire, « la réforme est injuste ».",
     "« La réforme est injuste », a déclaré Pierre Dubois mardi.", "Pierre Dubois"),
])
def test_a_speaker_shown_without_its_weekday(language, sentence, passage, shown):
    findings = found_in_language(language, sentence, passage)
    assert any(finding.endswith(f"give them to {shown}") for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Pour la CGT, « la réforme est injuste ».", "« La réforme est injuste », a déclaré la CGT mardi."),
    ("fr", "Pour Sophie Lemaire, « la réforme est injuste ».",
     "« La réforme est injuste », a déclaré Sophie Lemaire mardi."),
    ("fr", "Pour Lemaire, « la réforme est injuste ».", "« La réforme est injuste », a déclaré Sophie Lemaire le 18 mars."),
])
def test_a_speaker_said_on_a_weekday_builds(language, sentence, passage):
    assert found_in_language(language, sentence, passage) == []


# 5. Two givers' counts swapped, each clause with its own verb
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("fr", "La CGT a compté 1,08 million de manifestants tandis que la police a dénombré 3,5 millions.", POLICE_CGT,
     "refused"),
    ("fr", "La CGT a compté 1,08 million de manifestants et la police a compté 3,5 millions.", POLICE_CGT, "refused"),
    ("fr", "La CGT a revendiqué 1,08 million de manifestants, alors que la police en a recensé 3,5 millions.",
     POLICE_CGT, "refused"),
    ("fr", "La police a compté 3,5 millions de manifestants tandis que la CGT en a revendiqué 1,08 million.",
     POLICE_CGT, "refused"),
    ("es", "El sindicato contabilizó 1,08 millones de manifestantes, mientras que la policía cifró 3,5 millones.",
     POLICIA, "refused"),
    ("en", "The union counted 1.08 million marchers while the police counted 3.5 million.",
     "According to police, 1.08 million people marched. The union claimed 3.5 million.", "refused"),
    ("fr", "Les syndicats ont revendiqué 1,08 million de manifestants tandis que le ministère de l'Intérieur en a "
     "compté 3,5 millions.", MINISTRY_UNIONS, "refused"),
    ("fr", "La CGT a compté 3,5 millions de manifestants tandis que la police a dénombré 1,08 million.", POLICE_CGT,
     "ok"),
    ("fr", "La CGT a compté 3,5 millions de manifestants et la police a compté 1,08 million.", POLICE_CGT, "ok"),
    ("fr", "La CGT a revendiqué 3,5 millions de manifestants, alors que la police en a recensé 1,08 million.",
     POLICE_CGT, "ok"),
    ("fr", "La police a dénombré 1,08 million de manifestants tandis que la CGT en revendiquait 3,5 millions.",
     POLICE_CGT, "ok"),
    ("fr", "La police a compté 1,08 million de manifestants tandis que la CGT a revendiqué 3,5 millions.",
     "La police a compté 1,08 million de manifestants tandis que la CGT a revendiqué 3,5 millions.", "ok"),
    ("fr", "La CGT a compté 1,08 million de manifestants tandis que la police a interpellé 35 personnes.",
     POLICE_CGT + " Selon la police, 35 personnes ont été interpellées.", "ok"),
    ("es", "El sindicato contabilizó 3,5 millones de manifestantes, mientras que la policía cifró 1,08 millones.",
     POLICIA, "ok"),
    ("es", "La policía contabilizó 1,08 millones de manifestantes mientras que el sindicato reivindicó 3,5 millones.",
     POLICIA, "ok"),
    ("en", "The union counted 3.5 million marchers while the police counted 1.08 million.",
     "According to police, 1.08 million people marched. The union claimed 3.5 million.", "ok"),
    ("fr", "Les syndicats ont revendiqué 3,5 millions de manifestants tandis que le ministère de l'Intérieur en a "
     "compté 1,08 million.", MINISTRY_UNIONS, "ok"),
    ("fr", "Les syndicats ont revendiqué 3,5 millions de manifestants et le ministère 1,08 million.", MINISTRY_UNIONS,
     "ok"),
])
def test_two_givers_counts_each_with_its_verb(language, sentence, passage, outcome):
    assert outcome_of(language, sentence, passage, SWAPPED) == outcome
