"""A new user's French briefing on a pension reform dispute (tests/fixtures/newuser_109: the government's bill raising
the legal retirement age from 62 to 64, adopted at first reading after a censure motion failed under article 49.3;
the unions' eighth day of strikes and marches, counted 1.08 million by the interior ministry and 3.5 million by the
unions; a constitutional review still to come), written from the README alone, from two sources they wrote: a news
agency's dispatch and a union confederation's communiqué (a `statement_of` source), both of 19 March 2026. Every
content file is used: background, timeline, comparisons (the two counts side by side), claims, quotes, caveats and a
log with a correction.

Read as a fact-checker, 102 sentences were tried against one passage each (the /tmp probe, as `found` below): of the
101 misstatements, 39 built before this work; now 30 build, each a LEFTOVER of the report. Fixed:

- A bill told as law: "La réforme a été définitivement adoptée", "est désormais une loi", "promulguée", "entrée en
  vigueur" (and English "became law", Spanish "aprobada definitivamente", German "endgültig verabschiedet") citing
  a passage's "adopté en première lecture" or "n'est pas encore une loi" (final_adoption.py).
- A count given to the giver the passage does not give it to, where the passage names its giver by a verb of counting
  or claiming: "Selon le ministère de l'Intérieur, 3,5 millions ..." citing "L'intersyndicale a revendiqué pour sa
  part 3,5 millions" (verb_givers.py, read by according_to.py).
- A whole told as a place's part: "12 000 policiers étaient mobilisés à Paris" citing "12 000 policiers ... étaient
  mobilisés, dont 4 200 à Paris" (whole_as_part.py).
- A French start date bound: "avant le 2 avril" citing "doit ... être examiné ... à partir du 2 avril" (datebounds.py:
  "à partir du", "à compter du", "dès" and the future "doit", "devra").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import (checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_109"
PARTIES = (
    Party(id="gouvernement", name="Gouvernement", role="exécutif, auteur du projet de loi",
          aliases=("le gouvernement", "l'exécutif", "Matignon")),
    Party(id="syndicats", name="Confédération française des travailleurs", short_name="CFT",
          role="syndicat, membre de l'intersyndicale", aliases=("l'intersyndicale", "les syndicats", "la CFT")),
    Party(id="oppositions", name="Groupes d'opposition", short_name="oppositions", role="opposition parlementaire",
          aliases=("les oppositions",)),
    Party(id="conseil", name="Conseil constitutionnel", aliases=("les Sages", "le Conseil")),
)
DISPATCH = (FIXTURE / "seeds" / "depeche.txt").read_text(encoding="utf-8")
COMMUNIQUE = (FIXTURE / "seeds" / "communique.txt").read_text(encoding="utf-8")
STATEMENT_OF = "Confédération française des travailleurs"


# the dispatch's paragraphs, and the communiqué's (C_), by words each holds
PASSAGES = {
    "ADOPTE": paragraph(DISPATCH, "a été adopté en première lecture"),
    "493": paragraph(DISPATCH, "49.3 de la Constitution"),
    "MARCHAL": paragraph(DISPATCH, "indispensable pour sauver"),
    "AGE": paragraph(DISPATCH, "de trois mois par génération"),
    "ECON": paragraph(DISPATCH, "jusqu'à 17,7"),
    "COUNTS": paragraph(DISPATCH, "1,08 million de personnes"),
    "SNCF": paragraph(DISPATCH, "38 % des conducteurs"),
    "POLICE": paragraph(DISPATCH, "12 000 policiers"),
    "NEXT": paragraph(DISPATCH, "neuvième journée"),
    "CONSEIL": paragraph(DISPATCH, "Plus de 60 députés"),
    "RIP": paragraph(DISPATCH, "185 parlementaires"),
    "POLL": paragraph(DISPATCH, "Elabe"),
    "ARNAUD": paragraph(DISPATCH, "pas de retrait"),
    "C_COUNT": paragraph(COMMUNIQUE, "plus de 3,5 millions"),
    "C_MINIST": paragraph(COMMUNIQUE, "annonce 1,08"),
    "C_MIN": paragraph(COMMUNIQUE, "1,2 million de signatures"),
    "C_CALC": paragraph(COMMUNIQUE, "0,8 point"),
    "C_WOMEN": paragraph(COMMUNIQUE, "sept mois"),
    "C_DEMANDS": paragraph(COMMUNIQUE, "1 400 euros"),
    "C_DUVAL": paragraph(COMMUNIQUE, "grève générale"),
    "C_NEXT": paragraph(COMMUNIQUE, "samedi 28 mars"),
    "C_RECU": paragraph(COMMUNIQUE, "avant le 25 mars"),
    "C_493": paragraph(COMMUNIQUE, "neuf voix"),
}


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one paragraph of a source (the communiqué is the CFT's word)."""
    statement_of = STATEMENT_OF if key.startswith("C_") else ""
    return sentence_findings(sentence, (PASSAGES[key],), "fr", PARTIES, statement_of=statement_of,
                             published="2026-03-19")


def test_the_briefing_builds_with_footnotes_in_french(tmp_path: Path):
    """The French briefing builds: its notes lead to the highlighted passages of both sources, its labels are the
    French locale's, and its correction says what was wrong."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "reforme-retraites" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Mises à jour et corrections", "Ce qui était faux", "Chronologie", "Contexte", "Dans leurs mots",
                  "Réserves et méthode", 'href="../sources/depeche.html#passage-',
                  'href="../sources/communique.html#passage-', "1,08 million", "281 voix", 'lang="fr"'):
        assert words in page, words
    source = (desk / "site" / "sources" / "depeche.html").read_text(encoding="utf-8")
    assert 'id="passage-' in source


def test_a_bill_told_as_law_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's "n'est pas encore une loi" turned into "est désormais une loi"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "reforme-retraites" / "briefing.yaml", "et n'est pas encore une loi", "et est désormais une loi")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:4: `summary`: this sentence tells the text final" in result.err, result.err


def test_a_bill_told_as_law_in_the_log_is_refused(tmp_path: Path):
    """A log entry cites nothing, yet the home page shows it: "est désormais une loi" of a first reading is refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "reforme-retraites" / "briefing.yaml", "text: Ajout du communiqué de l'intersyndicale et de ses revendications.",
         "text: La réforme est désormais une loi.")
    result = run_build(desk, "check")
    assert result.code == 1 and "this sentence tells the text final ('est désormais une loi')" in result.err, result.err


MISSTATEMENTS = [
    ('COUNTS', "Le 18 mars, 3,5 millions de personnes ont manifesté selon le ministère de l'Intérieur."),
    ('COUNTS', "Selon l'intersyndicale, 1,08 million de personnes ont manifesté le 18 mars."),
    ('COUNTS', "Selon le ministère de l'Intérieur, 450 000 personnes ont manifesté à Paris."),
    ('COUNTS', "Selon l'intersyndicale, 93 000 personnes ont manifesté à Paris."),
    ('COUNTS', "Selon le ministère de l'Intérieur, 57 000 personnes ont manifesté à Paris."),
    ('COUNTS', "Le 18 mars, 1,08 million de personnes ont manifesté à Paris, selon le ministère de l'Intérieur."),
    ('C_COUNT', 'Selon la CFT, 3,5 millions de personnes ont manifesté à Paris.'),
    ('C_COUNT', 'Selon la CFT, 3,5 millions de salariés ont manifesté dans 250 villes.'),
    ('C_COUNT', 'Selon la CFT, moins de 3,5 millions de personnes ont manifesté.'),
    ('COUNTS', "Le 17 mars, 1,08 million de personnes ont manifesté selon le ministère de l'Intérieur."),
    ('COUNTS', "Jeudi 18 mars, 1,08 million de personnes ont manifesté selon le ministère de l'Intérieur."),
    ('COUNTS', "Selon le ministère de l'Intérieur, 1,8 million de personnes ont manifesté le 18 mars."),
    ('COUNTS', "Le 18 mars, neuvième journée de mobilisation, 1,08 million de personnes ont manifesté selon le ministère de l'Intérieur."),
    ('ADOPTE', 'La réforme des retraites a été définitivement adoptée le 17 mars.'),
    ('ADOPTE', "La loi relevant l'âge légal à 64 ans a été promulguée."),
    ('ADOPTE', "Le projet de loi a été adopté en deuxième lecture à l'Assemblée nationale."),
    ('493', 'La motion de censure a recueilli 281 voix, alors que 280 voix étaient nécessaires.'),
    ('493', 'Il a manqué dix-neuf voix aux oppositions.'),
    ('ADOPTE', 'Le texte est désormais une loi.'),
    ('ADOPTE', 'Le Sénat examinera le texte avant le 2 avril.'),
    ('ADOPTE', 'Le Sénat a adopté le texte.'),
    ('493', 'Hélène Marchal a engagé la responsabilité de son gouvernement le 17 mars.'),
    ('493', "Hélène Marchal a engagé la responsabilité de son gouvernement en recourant à l'article 49.2 de la Constitution."),
    ('CONSEIL', 'Le Conseil constitutionnel a été saisi par plus de 60 députés.'),
    ('CONSEIL', 'Le Conseil constitutionnel a censuré la réforme.'),
    ('CONSEIL', 'Le Conseil constitutionnel a validé la réforme.'),
    ('CONSEIL', 'Le Conseil constitutionnel rendra sa décision en avril.'),
    ('CONSEIL', 'Les Sages disposent de deux mois pour se prononcer.'),
    ('CONSEIL', 'Certaines dispositions seront censurées comme « cavaliers sociaux ».'),
    ('CONSEIL', 'Certaines dispositions ont été censurées comme « cavaliers sociaux ».'),
    ('CONSEIL', "Moins de 60 députés de l'opposition ont annoncé qu'ils saisiraient le Conseil constitutionnel."),
    ('CONSEIL', 'Une décision est attendue avant le mois de mai.'),
    ('CONSEIL', 'Le Conseil a été saisi et une décision est attendue en mai.'),
    ('ECON', "La réforme permettra d'économiser 17,7 milliards d'euros par an d'ici 2030."),
    ('ECON', "Selon Julien Arnaud, la réforme permettra d'économiser 17,7 milliards d'euros par an d'ici 2030."),
    ('ECON', "Selon Julien Arnaud, la réforme permettra d'économiser au moins 17,7 milliards d'euros par an."),
    ('ECON', "Selon Julien Arnaud, la réforme permettra d'économiser jusqu'à 17,7 millions d'euros par an d'ici 2030."),
    ('ECON', "Le COR prévoit un déficit de 17,7 milliards d'euros en 2030."),
    ('ECON', "Le COR prévoit un excédent de 13,5 milliards d'euros en 2030."),
    ('ECON', "Le COR prévoit un déficit de 13,5 milliards d'euros en 2030."),
    ('ECON', 'Le gouvernement promet une pension minimale de 1 200 euros brut par mois pour une carrière complète.'),
    ('AGE', 'Le gouvernement promet une pension minimale de 1 200 euros brut par mois pour une carrière complète.'),
    ('C_DEMANDS', "L'intersyndicale demande une pension minimale de 1 400 euros brut."),
    ('C_CALC', 'Selon la CFT, une hausse de 0,8 % des cotisations patronales suffirait à équilibrer le système.'),
    ('C_CALC', "Une hausse de 0,8 point des cotisations patronales suffit à équilibrer le système d'ici 2030."),
    ('AGE', "L'âge légal sera relevé de six mois par génération."),
    ('AGE', "Le projet de loi relève l'âge légal de 62 à 65 ans."),
    ('SNCF', 'Selon les syndicats, 38 % des conducteurs étaient en grève mercredi.'),
    ('POLICE', 'Quelque 12 000 policiers et gendarmes étaient mobilisés à Paris.'),
    ('POLICE', "Le ministère de l'Intérieur a fait état de 97 interpellations à Paris."),
    ('POLICE', "Le ministère de l'Intérieur a fait état de 97 interpellations dans le pays, dont 14 à Paris."),
    ('NEXT', 'Sophie Lemaire a déclaré : « Le gouvernement a choisi la rue ».'),
    ('MARCHAL', 'Hélène Marchal a déclaré : « Cette réforme est indispensable pour sauver notre système par capitalisation ».'),
    ('MARCHAL', 'Julien Arnaud a déclaré : « Cette réforme est indispensable pour sauver notre système par répartition ».'),
    ('MARCHAL', "Hélène Marchal a assuré que le gouvernement était ouvert au dialogue sur le report de l'âge."),
    ('C_DUVAL', 'Selon Marc Duval, « la grève reconductible est une menace ».'),
    ('POLL', "Selon un sondage Elabe, 86 % des Français se disent opposés au report de l'âge légal."),
    ('POLL', "D'après un sondage de l'institut Ifop publié le 15 mars, 68 % des Français se disent opposés au report."),
    ('POLL', "D'après un sondage Elabe publié le 25 mars, 68 % des Français se disent opposés au report."),
    ('C_MIN', 'Selon la CFT, une pétition a recueilli plus de 1,2 million de signatures en trois jours.'),
    ('C_MIN', 'Selon la CFT, une pétition a recueilli plus de 12 millions de signatures.'),
    ('C_MIN', "Une pétition lancée par l'intersyndicale a recueilli 1,2 million de signatures en trois semaines."),
    ('C_MIN', "Selon la CFT, exactement 68 % des Français s'opposent au report de l'âge légal."),
    ('RIP', "Le référendum d'initiative partagée nécessiterait le soutien de 158 parlementaires."),
    ('C_NEXT', "Selon la CFT, l'intersyndicale appelle à une neuvième journée de grèves le dimanche 28 mars."),
    ('C_NEXT', "Selon la CFT, l'intersyndicale appelle à une dixième journée de grèves le samedi 28 mars."),
    ('C_RECU', "Selon la CFT, l'intersyndicale demande à être reçue par la Première ministre après le 25 mars."),
    ('C_RECU', 'Selon la CFT, le président de la République a refusé de promulguer la loi.'),
    ('C_493', 'Selon la CFT, la motion de censure a échoué à dix-neuf voix près.'),
    ('C_493', "Selon la CFT, une majorité a voté le report de l'âge légal à 64 ans."),
    ('C_493', 'Selon la CFT, la réforme est adoptée définitivement.'),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", [
    ("ADOPTE", "La réforme des retraites a été définitivement adoptée le 17 mars."),
    ("ADOPTE", "La réforme des retraites a été adoptée définitivement le 17 mars."),
    ("ADOPTE", "Le texte est désormais une loi."),
    ("ADOPTE", "La loi relevant l'âge légal à 64 ans a été promulguée."),
    ("ADOPTE", "La réforme est entrée en vigueur."),
    ("C_493", "Selon la CFT, la réforme est adoptée définitivement."),
])
def test_a_bill_at_first_reading_told_as_law_is_refused(key: str, sentence: str):
    assert any("tells the text final" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The pension bill became law on Tuesday.", "The pension bill passed its first reading in the National "
     "Assembly on Tuesday and now goes to the Senate."),
    ("en", "The pension bill was signed into law on Tuesday.", "The pension bill passed its first reading on Tuesday."),
    ("es", "La ley fue aprobada definitivamente por el Congreso.", "El proyecto de ley fue aprobado en primera lectura "
     "por el Congreso y pasa ahora al Senado."),
    ("de", "Die Reform wurde endgültig verabschiedet.", "Der Bundestag hat den Gesetzentwurf in erster Lesung beraten; "
     "der Bundesrat muss noch zustimmen."),
])
def test_a_bill_told_as_law_is_refused_in_other_languages(language: str, sentence: str, passage: str):
    assert any("tells the text final" in finding for finding in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The pension bill passed its first reading on Tuesday.", "The pension bill passed its first reading in the "
     "National Assembly on Tuesday and now goes to the Senate."),
    ("en", "The pension bill became law on Friday.", "The pension bill passed its first reading in March and became "
     "law on Friday."),
    ("es", "El proyecto aún no es ley.", "El proyecto de ley fue aprobado en primera lectura por el Congreso."),
    ("de", "Die Reform ist noch nicht Gesetz.", "Der Bundestag hat den Gesetzentwurf in erster Lesung beraten."),
])
def test_a_stage_kept_in_other_languages_builds(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []


@pytest.mark.parametrize("key, sentence, giver", [
    ("COUNTS", "Le 18 mars, 3,5 millions de personnes ont manifesté selon le ministère de l'Intérieur.", "intersyndicale"),
    ("COUNTS", "Selon le ministère de l'Intérieur, 3,5 millions de personnes ont manifesté le 18 mars.", "intersyndicale"),
    ("COUNTS", "Le ministère de l'Intérieur a compté 3,5 millions de manifestants le 18 mars.", "intersyndicale"),
    ("COUNTS", "L'intersyndicale a revendiqué 1,08 million de manifestants le 18 mars.", "ministère"),
    ("COUNTS", "Selon le ministère de l'Intérieur, 57 000 personnes ont manifesté à Paris.", "cabinet"),
    ("C_MINIST", "Selon l'intersyndicale, 1,08 million de personnes ont manifesté.", "ministère"),
])
def test_a_count_given_to_another_giver_is_refused(key: str, sentence: str, giver: str):
    """The passage names its giver by a verb ("a revendiqué", "a dénombré", "annonce"): the count stays theirs."""
    assert any("gives its figure to" in finding and f"give it to '{giver}" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("COUNTS", "Selon le ministère de l'Intérieur, 1,08 million de personnes ont manifesté le 18 mars."),
    ("COUNTS", "Le 18 mars, 1,08 million de personnes ont manifesté, selon le ministère de l'Intérieur."),
    ("COUNTS", "Le ministère de l'Intérieur a compté 1,08 million de manifestants le 18 mars."),
    ("COUNTS", "L'intersyndicale a revendiqué 3,5 millions de manifestants le 18 mars."),
    ("COUNTS", "Selon le cabinet Occurrence, 57 000 personnes ont manifesté à Paris."),
    ("COUNTS", "Selon le ministère de l'Intérieur, 93 000 personnes ont manifesté à Paris."),
    ("C_MINIST", "Selon le ministère de l'Intérieur, 1,08 million de personnes ont manifesté."),
    ("C_COUNT", "Selon la CFT, plus de 3,5 millions de personnes ont manifesté."),
    ("ADOPTE", "Le projet de loi a été adopté en première lecture et n'est pas encore une loi."),
    ("ADOPTE", "Le texte n'est pas encore définitivement adopté."),
    ("ADOPTE", "Le texte a été adopté en première lecture, après le rejet de la motion de censure."),
    ("ADOPTE", "Le texte ne sera promulgué qu'après l'examen du Sénat."),
    ("C_493", "Selon la CFT, la réforme n'est pas adoptée définitivement."),
    ("POLICE", "Quelque 12 000 policiers et gendarmes étaient mobilisés, dont 4 200 à Paris."),
    ("POLICE", "Le ministère de l'Intérieur a fait état de 41 interpellations à Paris."),
    ("POLICE", "Le ministère de l'Intérieur a fait état de 97 interpellations dans le pays."),
    ("ADOPTE", "Le Sénat doit examiner le texte à partir du 2 avril."),
    ("ADOPTE", "Le Sénat doit examiner le texte dès le 2 avril."),
    ("ADOPTE", "Le texte doit être examiné par le Sénat après le 2 avril."),
    ("ECON", "Selon Julien Arnaud, la réforme permettra d'économiser jusqu'à 17,7 milliards d'euros par an d'ici 2030."),
    ("CONSEIL", "Le Conseil constitutionnel n'a pas encore été saisi."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Quelque 12 000 policiers et gendarmes étaient mobilisés à Paris.",
    "Le ministère de l'Intérieur a fait état de 97 interpellations à Paris.",
])
def test_a_whole_told_as_a_place_s_part_is_refused(sentence: str):
    assert any("of which only a part is Paris's" in finding for finding in found("POLICE", sentence))


@pytest.mark.parametrize("sentence", [
    "Le Sénat examinera le texte avant le 2 avril.",
    "Le Sénat doit examiner le texte au plus tard le 2 avril.",
    "Le texte doit être examiné par le Sénat le 2 avril.",
])
def test_a_start_date_told_as_a_deadline_is_refused(sentence: str):
    """"à partir du 2 avril" (from) after "doit" is a bound: turned into "avant" (before) or left out, refused."""
    assert any('"à partir du 2 avril"' in finding for finding in found("ADOPTE", sentence))
