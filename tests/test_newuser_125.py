"""A new user's French briefing of a wind-farm dispute (tests/fixtures/newuser_125: the commune of Valmorel against
the prefect's permit for Ventalis Énergies' eight 180-metre turbines, 28.8 MW; the administrative court's interim
judge suspending, not annulling, the permit; the developer's appeal to the Conseil d'État, not yet heard; a residents'
association's claim of a 20 to 30 % fall in house prices, with no study; an erratum correcting the council's vote and
the turbines' height), written from the README alone, from one regional news report the editor wrote. Every content
file is used: background, timeline, comparisons, claims, quotes, caveats and a log with an update and a correction.

66 misstatements and 43 honest sentences were tried against the report's paragraphs (`found` below); 13
misstatements still build (LEFTOVER). Fixed:

1. An appeal announced as filed is the filing, no side's word (own_acts.py): "Ventalis Énergies a fait appel de
   l'ordonnance devant le Conseil d'État" citing "Ventalis Énergies a annoncé lundi avoir fait appel de l'ordonnance
   devant le Conseil d'État" was refused as the developer's word told as fact (the quote's `context` in the fixture);
   so were "a annoncé avoir déposé un recours" and English "announced that it had appealed".
2. An appeal told as won (court_outcomes.py): "Ventalis Énergies a gagné en appel devant le Conseil d'État" (or "a
   perdu devant le Conseil d'État") citing only the appeal filed; and "Le Conseil d'État a rétabli l'autorisation"
   (court_recourse.py: "rétabli" is a court's act).
3. A suspension told as an annulment (suspended_as_reversed.py): "Le tribunal administratif de Châlons-en-Champagne a
   annulé, jeudi 7 mai, l'arrêté" citing "... a suspendu, jeudi 7 mai, l'arrêté" built: the "ne" ending
   "Champagne" was read as a negation of "annulé" (Spanish "El juez Antonio Ruiz anuló" as "no anuló" alike).
4. The height given to the number (french_counted_nouns.py): "Le projet prévoit 180 éoliennes" citing "huit
   éoliennes de 180 mètres de haut".
5. A figure the erratum names wrong, told as current (corrected_as_current.py): "Les éoliennes mesurent 150 mètres"
   citing "Nous avions également écrit que les éoliennes mesuraient 150 mètres ; elles mesurent 180 mètres" (the
   adverb between "avions" and "écrit" hid the erratum).
6. A hope in a relative clause read past its comma (hopes_kept.py): "Un agriculteur aurait dû percevoir environ 8 000
   euros par an et par éolienne" citing "L'un d'eux, qui souhaite rester anonyme, aurait dû percevoir un loyer annuel
   d'environ 8 000 euros par machine" was refused as a hope told as will happen.
7. An intention to appeal told as filed (legal_status.py): "Ventalis Énergies a fait appel" citing "a annoncé lundi
   son intention de faire appel".

LEFTOVER (misstatements that still build, with the passage they cite):
- "Le juge des référés a jugé l'autorisation illégale" / "a estimé que l'autorisation était illégale" citing "a estimé
  qu'il existait « un doute sérieux » sur la légalité de l'autorisation, sans se prononcer sur le fond".
- "Le conseil municipal s'est prononcé pour le projet par 11 voix contre 4" citing "s'était prononcé contre le projet
  par 11 voix contre 4" (polarity.py, not mine).
- "Chaque mois de retard coûte à l'entreprise environ 250 000 euros" citing "Selon lui, chaque mois de retard coûte
  ..." (the pronoun "lui" names no party).
- "La maire affirme que le parc rapporterait près de 90 000 euros par an" citing "M. Marchand affirme que le parc
  rapporterait près de 90 000 euros ... La maire conteste ce chiffre".
- "Olivier Marchand a déclaré : « C'est une victoire pour le village »" citing the mayor's quote in a paragraph that
  does not name Marchand.
- "Selon les services de l'État, la Haute-Marne autorisera une dizaine de nouveaux parcs" citing "devrait autoriser".
- "La préfecture précise que le département compte déjà 35 éoliennes en service et que 142 autres sont en cours
  d'instruction" (the two figures swapped).
- "L'enquête publique avait recueilli 412 contributions, dont une majorité d'avis favorables" citing "défavorables".
- "La décision du Conseil d'État est attendue d'ici l'été" citing "d'ici l'automne".
- "Le Conseil d'État a fixé une date d'audience" citing "aucune date d'audience n'a été fixée" in a paragraph of quotes.
- "Le juge relève que l'étude d'impact ignore les effets du parc" citing "« ne permet pas d'apprécier » les effets".
- "Le projet prévoit huit éoliennes de 180 mètres et 28,8 mégawatts chacune" citing "une puissance totale de 28,8".
LEFTOVER (honest sentences still refused; "vote contre le projet" and the expletive "ne" of "avant que ... ne
rétablisse" build since factcheck211, tests/test_factcheck_211.py):
- "La maire juge « largement surestimé » le chiffre de 90 000 euros avancé par le promoteur" citing "près de 90 000
  euros": the figure named as the other side's is refused for its dropped "près de".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale, \
    sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_125"
SLUG = "eolien-valmorel"
PARTIES = (
    Party(id="commune", name="Commune de Valmorel", short_name="Valmorel", role="commune, requérante",
          aliases=("le conseil municipal", "la commune", "la maire")),
    Party(id="prefet", name="Préfet de la Haute-Marne", short_name="Préfet", role="État, auteur de l'autorisation",
          aliases=("la préfecture", "le cabinet du préfet", "les services de l'État")),
    Party(id="ventalis", name="Ventalis Énergies", short_name="Ventalis", role="promoteur", aliases=("le promoteur",)),
    Party(id="association", name="Vent de Valmorel", role="association de riverains", aliases=("l'association",)),
)
REPORT = (FIXTURE / "seeds" / "eolien-valmorel.txt").read_text(encoding="utf-8")
PASSAGES = {
    "SUSP": paragraph(REPORT, "a suspendu, jeudi 7 mai"),
    "NOT_ANNULLED": "Le tribunal n'a pas annulé l'autorisation : la suspension vaut jusqu'au jugement au fond.",
    "PROJET": paragraph(REPORT, "28,8 mégawatts"),
    "PREFET": paragraph(REPORT, "412 contributions"),
    "APPEL": "Ventalis Énergies a annoncé lundi avoir fait appel de l'ordonnance devant le Conseil d'État.",
    "APPEL_PARA": paragraph(REPORT, "avoir fait appel"),
    "PREF": paragraph(REPORT, "142 éoliennes"),
    "ASSO": paragraph(REPORT, "20 % à 30 %"),
    "AGRI": paragraph(REPORT, "loyer annuel"),
    "JUGE": paragraph(REPORT, "ne permet pas d'apprécier"),
    "THOMAS": paragraph(REPORT, "1 300 signatures"),
    "ERRATUM": paragraph(REPORT, "Erratum"),
    "RECETTES": paragraph(REPORT, "90 000 euros"),
    "ROYER": paragraph(REPORT, "C'est une victoire"),
}


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one passage of the report of 12 May 2026."""
    return sentence_findings(sentence, (PASSAGES[key],), "fr", PARTIES, published="2026-05-12")


def _page(desk: Path) -> str:
    return " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())


def test_the_briefing_builds_in_french(tmp_path: Path):
    """The whole briefing builds (its quote's context "a fait appel" of "a annoncé ... avoir fait appel" too) and the
    page shows, in French, the suspension, the appeal, both sides' figures and the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = _page(desk)
    for words in ("Il n'a pas annulé l'autorisation", "a suspendu, jeudi 7 mai", "Ventalis Énergies a fait appel",
                  "28,8 mégawatts", "11 voix contre 4", "Ce qui était faux", "12 voix contre 3", "Chronologie",
                  "Contexte", "Dans leurs mots", "Réserves et méthode", "11 mai 2026", "20 à 30",
                  'href="../sources/article.html#passage-', 'lang="fr"'):
        assert words in page, words


def test_a_suspension_told_as_an_annulment_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's "a suspendu" turned into "a annulé"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "briefing.yaml", "Châlons-en-Champagne a suspendu, jeudi 7 mai",
         "Châlons-en-Champagne a annulé, jeudi 7 mai")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:4: `summary`: this sentence undoes ('annulé')" in result.err, result.err


def test_an_appeal_told_as_won_is_refused_in_the_quote_context(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "quotes.yaml", "Ventalis Énergies a fait appel de l'ordonnance devant",
         "Ventalis Énergies a gagné en appel devant")
    result = run_build(desk, "check")
    assert result.code == 1 and "quotes.yaml:14: `context`: this sentence tells a case as decided" in result.err, \
        result.err


FIXED_MISSTATEMENTS = [
    ("APPEL", "Ventalis Énergies a gagné en appel devant le Conseil d'État."),
    ("APPEL", "Ventalis Énergies a perdu devant le Conseil d'État."),
    ("APPEL", "Le Conseil d'État a rétabli l'autorisation."),
    ("SUSP", "Le tribunal administratif de Châlons-en-Champagne a annulé, jeudi 7 mai, l'arrêté préfectoral "
             "autorisant le parc de Valmorel."),
    ("PROJET", "Le projet prévoit 180 éoliennes."),
    ("PROJET", "Le projet prévoit 180 éoliennes de huit mètres."),
    ("ERRATUM", "Les éoliennes mesurent 150 mètres."),
]


@pytest.mark.parametrize("key, sentence", FIXED_MISSTATEMENTS)
def test_each_fixed_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("L'étude d'impact de Ventalis Énergies était conforme aux règles.", "Ventalis Énergies a annoncé avoir fait appel "
     "de l'ordonnance, son étude d'impact étant selon elle conforme aux règles."),
    ("L'étude d'impact était conforme aux règles.", "Ventalis Énergies a annoncé avoir fait appel de l'ordonnance, car "
     "l'étude d'impact était conforme aux règles."),
    ("L'ordonnance est entachée d'erreurs.", "Ventalis Énergies a annoncé avoir fait appel de l'ordonnance, qui est "
     "entachée d'erreurs."),
])
def test_what_a_party_tells_beside_its_appeal_stays_its_word(sentence: str, passage: str):
    """The appeal announced is the filing; the reasons the party gives with it are its word still."""
    assert any("word of Ventalis" in finding
               for finding in sentence_findings(sentence, (passage,), "fr", PARTIES, published="2026-05-12"))


@pytest.mark.parametrize("sentence, passage", [
    ("Ventalis Énergies a saisi le Conseil d'État.", "Ventalis Énergies a annoncé avoir saisi le Conseil d'État."),
    ("La commune a porté plainte.", "La maire a indiqué avoir porté plainte au nom de la commune."),
    ("Ventalis Énergies a fait appel de l'ordonnance du 7 mai.", "Ventalis Énergies a annoncé mardi avoir fait appel "
     "de l'ordonnance du 7 mai devant le Conseil d'État."),
])
def test_a_filing_a_party_announced_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "fr", PARTIES, published="2026-05-12") == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Ventalis Énergies a fait appel de l'ordonnance.",
     "Ventalis Énergies a annoncé lundi son intention de faire appel de l'ordonnance."),
    ("es", "El juez Antonio Ruiz anuló la licencia.", "El juez Antonio Ruiz suspendió la licencia del parque eólico."),
    ("fr", "Le tribunal de Saint-Étienne a annulé le permis.",
     "Le tribunal de Saint-Étienne a suspendu le permis de construire."),
    ("en", "The developer won its appeal.", "The developer announced on Monday that it had appealed the ruling."),
    ("en", "The developer has appealed the ruling.",
     "The developer announced on Monday that it would appeal the ruling."),
])
def test_misstatements_in_other_passages_are_refused(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage), sentence


FIXED_HONEST = [
    ("APPEL", "Ventalis Énergies a fait appel de l'ordonnance devant le Conseil d'État."),
    ("APPEL", "Le promoteur a fait appel devant le Conseil d'État."),
    ("APPEL", "Lundi, Ventalis Énergies a fait appel de la suspension."),
    ("AGRI", "Un agriculteur aurait dû percevoir environ 8 000 euros par an et par éolienne."),
]


@pytest.mark.parametrize("key, sentence", FIXED_HONEST)
def test_honest_sentences_once_refused_build(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "La commune a déposé un recours devant le tribunal.",
     "La commune a annoncé avoir déposé un recours devant le tribunal administratif."),
    ("fr", "L'association a porté plainte.", "L'association Vent de Valmorel a indiqué avoir porté plainte contre X."),
    ("en", "The developer has appealed the ruling.",
     "The developer announced on Monday that it had appealed the ruling."),
    ("en", "A farmer would have received about $8,000 a year per turbine.",
     "One of them, who wished to remain anonymous, would have received about $8,000 a year per turbine."),
])
def test_honest_sentences_once_refused_build_in_other_passages(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []


HONEST_TWINS = [
    ("APPEL", "Ventalis Énergies a annoncé avoir fait appel de l'ordonnance devant le Conseil d'État."),
    ("APPEL", "Le promoteur a contesté l'ordonnance devant le Conseil d'État."),
    ("APPEL", "Ventalis Énergies a porté l'affaire devant le Conseil d'État."),
    ("APPEL", "Ventalis Énergies dit avoir fait appel."),
    ("APPEL_PARA", "Ventalis Énergies a fait appel, et le Conseil d'État ne s'est pas encore prononcé."),
    ("SUSP", "Le tribunal administratif de Châlons-en-Champagne a suspendu, jeudi 7 mai, l'arrêté préfectoral "
             "autorisant le parc de Valmorel."),
    ("SUSP", "Le tribunal administratif de Châlons-en-Champagne n'a pas annulé l'arrêté préfectoral : il l'a "
             "suspendu."),
    ("SUSP", "Le juge des référés de Châlons-en-Champagne a suspendu l'autorisation sans l'annuler."),
    ("SUSP", "Jeudi 7 mai, le tribunal a suspendu l'autorisation du parc de huit éoliennes."),
    ("NOT_ANNULLED", "Le tribunal n'a pas annulé l'autorisation, il l'a suspendue jusqu'au jugement au fond."),
    ("PROJET", "Ventalis Énergies prévoit huit éoliennes de 180 mètres de haut en bout de pale."),
    ("PROJET", "Le projet prévoit 8 éoliennes de 180 mètres de haut."),
    ("PROJET", "Les huit éoliennes mesureraient 180 mètres en bout de pale."),
    ("PROJET", "Chacune des huit éoliennes culminerait à 180 mètres."),
    ("PROJET", "Le parc de 28,8 mégawatts compterait huit éoliennes."),
    ("PROJET", "Selon le promoteur, le parc couvrirait la consommation électrique de 14 000 foyers."),
    ("PREF", "Le département compte déjà 142 éoliennes en service."),
    ("PREF", "Selon la préfecture, 35 éoliennes sont en cours d'instruction dans le département."),
    ("PREF", "Selon les services de l'État, la Haute-Marne devrait autoriser une dizaine de nouveaux parcs d'ici "
             "2030."),
    ("SUSP", "Valmorel est une commune de 640 habitants."),
    ("JUGE", "La colonie de chauves-souris vit à moins de 500 mètres de deux des éoliennes."),
    ("THOMAS", "Selon Gérard Thomas, l'association a réuni 1 300 signatures."),
    ("ERRATUM", "Les éoliennes mesurent 180 mètres en bout de pale."),
    ("ERRATUM", "Les éoliennes mesurent 180 mètres, et non 150 mètres."),
    ("ERRATUM", "Le conseil municipal s'était prononcé contre le projet par 11 voix contre 4."),
    ("ERRATUM", "Une première version de l'article donnait 150 mètres ; les éoliennes mesurent 180 mètres."),
    ("ERRATUM", "Le journal avait d'abord écrit que les éoliennes mesuraient 150 mètres."),
    ("ASSO", "Selon l'association, la valeur des maisons proches pourrait baisser de 20 % à 30 %."),
    ("RECETTES", "Selon Olivier Marchand, le parc rapporterait près de 90 000 euros par an à la commune."),
]


@pytest.mark.parametrize("key, sentence", HONEST_TWINS)
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "El juez Antonio Ruiz no anuló la licencia.",
     "El juez Antonio Ruiz suspendió la licencia del parque eólico."),
    ("en", "The court did not overturn the permit.", "The court suspended the permit for the wind farm."),
    ("fr", "Ventalis Énergies entend faire appel.",
     "Ventalis Énergies a annoncé lundi son intention de faire appel de l'ordonnance."),
    ("fr", "Ventalis Énergies a annoncé son intention de faire appel de l'ordonnance.",
     "Ventalis Énergies a annoncé lundi son intention de faire appel de l'ordonnance."),
    ("fr", "La commune a gagné devant le tribunal administratif.", "Le tribunal administratif a suspendu "
     "l'autorisation ; la commune avait saisi le tribunal le 20 mars."),
])
def test_honest_twins_in_other_passages_build(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []


MISSTATEMENTS = [
    ("NOT_ANNULLED", "Le tribunal a annulé l'autorisation du préfet."),
    ("SUSP", "L'autorisation a été annulée par le tribunal administratif le 7 mai."),
    ("SUSP", "Le tribunal administratif a suspendu, jeudi 7 mai, l'arrêté autorisant un parc de 180 éoliennes."),
    ("PROJET", "Le projet prévoit huit éoliennes de 28,8 mètres de haut."),
    ("PROJET", "Le projet prévoit huit éoliennes pour une puissance totale de 28,8 gigawatts."),
    ("PROJET", "Le projet prévoit huit éoliennes de 150 mètres de haut."),
    ("ASSO", "La valeur des maisons situées à moins de deux kilomètres des éoliennes pourrait baisser de 20 % à 30 %."),
    ("ASSO", "La valeur des maisons situées à moins de deux kilomètres des éoliennes va baisser de 20 % à 30 %."),
    ("ASSO", "Selon l'association, la valeur des maisons baissera de 20 % à 30 %."),
    ("ASSO", "Selon Ventalis Énergies, la valeur des maisons pourrait baisser de 20 % à 30 %."),
    ("ASSO", "L'association a fourni une étude à l'appui de ce chiffre."),
    ("APPEL", "Ventalis Énergies a obtenu gain de cause devant le Conseil d'État."),
    ("APPEL", "Le Conseil d'État a annulé la suspension."),
    ("APPEL", "Le Conseil d'État a confirmé la suspension."),
    ("APPEL_PARA", "Le Conseil d'État s'est prononcé en faveur de Ventalis Énergies."),
    ("PREF", "Selon Ventalis Énergies, le département compte déjà 142 éoliennes en service."),
    ("PREF", "Ventalis Énergies précise que le département compte déjà 142 éoliennes en service."),
    ("PREF", "Selon les services de l'État, la Haute-Marne a autorisé une dizaine de nouveaux parcs."),
    ("PREF", "La Haute-Marne va autoriser une dizaine de nouveaux parcs d'ici 2030."),
    ("RECETTES", "Le parc rapporterait près de 90 000 euros par an à la commune en taxes et en loyers."),
    ("RECETTES", "Le parc rapportera 90 000 euros par an à la commune."),
    ("RECETTES", "La maire a avancé un autre montant."),
    ("APPEL_PARA", "Selon Olivier Marchand, chaque mois de retard coûte à l'entreprise environ 25 000 euros."),
    ("ROYER", "Martine Royer a déclaré : « C'est une défaite pour le village »."),
    ("ROYER", "Selon la maire, la commune a engagé exactement 18 000 euros de frais d'avocat."),
    ("THOMAS", "L'association a réuni 1 300 signatures contre le projet."),
    ("THOMAS", "Selon Gérard Thomas, l'association a réuni 13 000 signatures contre le projet."),
    ("PREFET", "Le préfet de la Haute-Marne a signé l'autorisation environnementale le 3 mars 2026."),
    ("PREFET", "Le conseil municipal s'est prononcé contre le projet par 12 voix contre 3."),
    ("PREFET", "Le conseil municipal a saisi le tribunal le 20 mai."),
    ("ERRATUM", "Le conseil municipal s'était prononcé contre le projet par 12 voix contre 3."),
    ("AGRI", "L'agriculteur restera anonyme."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence
