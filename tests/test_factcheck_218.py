"""A French wind-farm briefing's leftovers (tests/test_newuser_125.py, fixture tests/fixtures/newuser_125), each
refused narrowly, with honest twins that build:

1. Opinions turned (opposite_phrases.py): "L'enquête publique avait recueilli 412 contributions, dont une majorité
   d'avis favorables" citing "... dont une majorité d'avis défavorables" built; "favorable(s)" and "défavorable(s)"
   are read as a pair, a "pas" or "une minorité" turning nothing.
2. A season kept (seasons.py, called from month_parts.py): "La décision du Conseil d'État est attendue d'ici l'été"
   citing "... d'ici l'automne" built (and English "by summer" of "by autumn", Spanish, German alike); a season at an
   edge ("avant l'hiver", "d'ici la fin de l'été") and a passage naming no season are not read.
3. An expectation told as certain in someone's name (french_expected_futures.py, called from
   likelihood_languages.py): "Selon les services de l'État, la Haute-Marne autorisera une dizaine de nouveaux parcs"
   citing "Selon les services de l'État, la Haute-Marne devrait autoriser ..." built, forecasts.py letting a sentence
   that says whose it is state a future.
4. Figures swapped across a French list (french_paired_lists.py, called from french_counted_nouns.py): "La préfecture
   précise que le département compte déjà 35 éoliennes en service et que 142 autres sont en cours d'instruction"
   citing "142 éoliennes en service et que 35 autres" built; so did "35 éoliennes en service" alone.
5. A "none was set" told as done in the active (french_nothing_done.py, called from opposite_phrases.py): "Le
   Conseil d'État a fixé une date d'audience" citing "aucune date d'audience n'a été fixée" built.
6. A claim given to the one who disputes it (french_disputed_sayers.py, called from opposite_phrases.py): "La maire
   affirme que le parc rapporterait près de 90 000 euros par an" citing "M. Marchand affirme que le parc rapporterait
   près de 90 000 euros ... La maire conteste ce chiffre" built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale, \
    sentence_findings
from test_newuser_125 import PARTIES, SLUG

FIXTURE = REPO / "tests" / "fixtures" / "newuser_125"
REPORT = (FIXTURE / "seeds" / "eolien-valmorel.txt").read_text(encoding="utf-8")
PASSAGES = {
    "PREFET": paragraph(REPORT, "412 contributions"),
    "AUTOMNE": paragraph(REPORT, "d'ici l'automne"),
    "PREF": paragraph(REPORT, "142 éoliennes"),
    "APPEL_PARA": paragraph(REPORT, "avoir fait appel"),
    "RECETTES": paragraph(REPORT, "90 000 euros"),
    "ASSO": paragraph(REPORT, "20 % à 30 %"),
}


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one paragraph of the report of 12 May 2026."""
    return sentence_findings(sentence, (PASSAGES[key],), "fr", PARTIES, published="2026-05-12")


REFUSED = [
    # 1
    ("PREFET", "L'enquête publique avait recueilli 412 contributions, dont une majorité d'avis favorables.",
     "'favorables' where its cited passages say 'défavorables'"),
    ("PREFET", "La majorité des 412 contributions à l'enquête publique étaient favorables au projet.",
     "'favorables'"),
    # 2
    ("AUTOMNE", "La décision du Conseil d'État est attendue d'ici l'été.", "season 'été'"),
    ("AUTOMNE", "Selon les avocats, le Conseil d'État se prononcera cet hiver.", "season 'hiver'"),
    # 3
    ("PREF", "Selon les services de l'État, la Haute-Marne autorisera une dizaine de nouveaux parcs d'ici 2030.",
     "only as expected ('devrait autoriser'), but it is worded as certain ('autorisera')"),
    ("PREF", "Les services de l'État affirment que la Haute-Marne va autoriser une dizaine de nouveaux parcs.",
     "worded as certain ('va autoriser')"),
    # 4
    ("PREF", "La préfecture précise que le département compte déjà 35 éoliennes en service et que 142 autres sont en "
             "cours d'instruction.", "pairs 35 with 'éoliennes en service'"),
    ("PREF", "Le département compte 35 éoliennes en service et 142 en cours d'instruction.", "pairs 35"),
    ("PREF", "Le département compte déjà 35 éoliennes en service.", "pairs 35 with 'éoliennes en service'"),
    # 5
    ("APPEL_PARA", "Le Conseil d'État a fixé une date d'audience.",
     "says 'a fixé une date' where its cited passages say 'aucune date d'audience n'a été fixée'"),
    ("APPEL_PARA", "Le Conseil d'État a déjà fixé la date de l'audience.", "'a déjà fixé la date'"),
    # 6
    ("RECETTES", "La maire affirme que le parc rapporterait près de 90 000 euros par an à la commune.",
     "gives 'La maire' what its cited passages give 'Marchand', and say 'La maire' disputes"),
    ("RECETTES", "Selon la maire, le parc rapporterait près de 90 000 euros par an à la commune.", "disputes"),
]


@pytest.mark.parametrize("key, sentence, words", REFUSED)
def test_each_leftover_is_refused(key: str, sentence: str, words: str):
    findings = found(key, sentence)
    assert any(words in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passage, words", [
    ("fr", "Le commissaire enquêteur a rendu un avis défavorable.",
     "Le commissaire enquêteur a rendu un avis favorable, assorti de réserves.", "'défavorable'"),
    ("en", "A ruling is expected by summer.", "A ruling is expected by autumn.", "season 'summer'"),
    ("es", "La decisión se espera para el verano.", "La decisión se espera para el otoño.", "season 'verano'"),
    ("de", "Die Entscheidung wird im Sommer erwartet.", "Die Entscheidung wird im Herbst erwartet.",
     "season 'Sommer'"),
    ("fr", "Selon la maire, la commune ne renoncera pas.",
     "La maire a dit que la commune ne devrait pas renoncer à son recours.", "worded as certain ('renoncera')"),
    ("fr", "Le tribunal a fixé une date d'audience.", "Aucune date d'audience n'a encore été fixée par le tribunal.",
     "'a fixé une date'"),
    ("fr", "Ventalis Énergies affirme que la valeur des maisons pourrait baisser de 20 % à 30 %.",
     "Selon l'association, la valeur des maisons pourrait baisser de 20 % à 30 %. Ventalis Énergies rejette cette "
     "estimation.", "disputes"),
])
def test_the_same_misstatements_in_other_passages_are_refused(language: str, sentence: str, passage: str,
                                                              words: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(words in finding for finding in findings), findings


HONEST = [
    # 1
    ("PREFET", "La majorité des 412 contributions à l'enquête publique étaient défavorables."),
    ("PREFET", "Selon le commissaire enquêteur, la plupart des 412 contributions étaient défavorables."),
    ("PREFET", "Les avis défavorables étaient majoritaires parmi les 412 contributions."),
    ("PREFET", "Les 412 contributions n'étaient pas favorables au projet dans leur majorité."),
    # 2
    ("AUTOMNE", "La décision du Conseil d'État est attendue d'ici l'automne."),
    ("AUTOMNE", "Le Conseil d'État devrait statuer cet automne, selon les avocats."),
    ("AUTOMNE", "Selon les avocats, le Conseil d'État se prononcera avant l'hiver."),
    ("AUTOMNE", "Les avocats attendent la décision à l'automne."),
    ("AUTOMNE", "La décision est attendue d'ici la fin de l'été, selon les avocats des deux parties."),
    # 3
    ("PREF", "Selon les services de l'État, la Haute-Marne devrait autoriser une dizaine de nouveaux parcs d'ici "
             "2030."),
    ("PREF", "Selon l'État, une dizaine de nouveaux parcs devraient être autorisés en Haute-Marne d'ici 2030."),
    ("PREF", "Les services de l'État prévoient que la Haute-Marne autorisera une dizaine de nouveaux parcs."),
    ("PREF", "Les services de l'État estiment que la Haute-Marne autorisera une dizaine de nouveaux parcs d'ici "
             "2030."),
    ("PREF", "Selon les services de l'État, la Haute-Marne pourrait autoriser une dizaine de nouveaux parcs d'ici "
             "2030."),
    # 4
    ("PREF", "La préfecture précise que le département compte déjà 142 éoliennes en service et que 35 autres sont en "
             "cours d'instruction."),
    ("PREF", "Le département compte 142 éoliennes en service ; 35 autres sont en cours d'instruction."),
    ("PREF", "Selon la préfecture, 35 éoliennes sont en cours d'instruction dans le département."),
    ("PREF", "Le département compte 35 éoliennes en cours d'instruction et 142 en service."),
    ("PREF", "Selon la préfecture, en plus des 142 éoliennes en service, 35 projets sont en cours d'instruction."),
    # 5
    ("APPEL_PARA", "Le Conseil d'État n'a pas encore fixé de date d'audience."),
    ("APPEL_PARA", "Aucune date d'audience n'a encore été fixée par le Conseil d'État."),
    ("APPEL_PARA", "Le Conseil d'État n'a fixé aucune date d'audience."),
    ("APPEL_PARA", "Le Conseil d'État doit encore fixer une date d'audience."),
    # 6
    ("RECETTES", "Selon Olivier Marchand, le parc rapporterait près de 90 000 euros par an à la commune."),
    ("RECETTES", "M. Marchand assure que le parc rapporterait près de 90 000 euros par an à la commune."),
    ("RECETTES", "Le promoteur affirme que le parc rapporterait près de 90 000 euros par an à la commune."),
    ("ASSO", "L'association affirme que la valeur des maisons pourrait baisser de 20 % à 30 %."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "La décision est attendue cet été.", "La décision est attendue en juillet."),
    ("fr", "La décision, attendue d'ici l'automne, pourrait tomber dès l'été.", "La décision est attendue d'ici "
     "l'automne."),
    ("fr", "La décision a été rendue et le parc a été suspendu.", "La décision est attendue d'ici l'automne."),
    ("en", "A ruling is expected this fall.", "A ruling is expected by autumn."),
    ("de", "Die Entscheidung wird vor dem Winter erwartet.", "Die Entscheidung wird im Herbst erwartet."),
    ("fr", "Les 412 contributions mêlaient avis favorables et défavorables.",
     "412 contributions, dont une majorité d'avis défavorables."),
    ("fr", "Le Conseil d'État a fixé une date d'audience au 3 juin.",
     "Aucune date d'audience n'avait été fixée en mai. Le 20 mai, le Conseil d'État a fixé une date d'audience au 3 "
     "juin."),
    ("fr", "Selon la préfecture, la Haute-Marne autorisera une dizaine de nouveaux parcs d'ici 2030.",
     "Selon les services de l'État, la Haute-Marne devrait autoriser une dizaine de nouveaux parcs d'ici 2030. Le "
     "préfet a confirmé que la Haute-Marne autorisera une dizaine de nouveaux parcs."),
])
def test_honest_twins_in_other_passages_build(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []


def test_a_season_changed_in_the_fixture_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the caveat's "d'ici l'automne" turned into "d'ici l'été"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "caveats.yaml", "attendu d'ici l'automne selon", "attendu d'ici l'été selon")
    result = run_build(desk, "check")
    assert result.code == 1 and "caveats.yaml:12:" in result.err and "season 'été'" in result.err, result.err
