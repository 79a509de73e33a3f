"""A new user's French briefing of a city's public-transport strike (tests/fixtures/newuser145: the CGT and Force
ouvrière strike at Vernois's bus and tram operator, the STAV, since "le mercredi 4 mars", for "une hausse des salaires
de 6 %"; the operator "propose une augmentation de 2,5 %" and "une prime unique de 400 euros", and has gone to the
"juge des référés" against the blocked depots, hearing on "le mardi 17 mars"; "78 %" on strike by the unions' count,
"54 %" by the operator's; "environ 210 000 voyageurs" a day by the metropolis's estimate; the start date and the
demand corrected, 3 to 4 March and 8 to 6 %), written from the README alone, from a report they wrote, made with
`python build.py new --source rapport` in a project of `language: fr`, with every content file.

Honest sentences refused: 3 of 22 before this work, 0 after. Misstatements built: 17 of 54 tried (one edit of one
sentence each, citing the report's sentence it restates: `MISSTATEMENTS` and `LEFTOVER` below), 10 now. Fixed:

1. French "non-" negates its word as "non" a space apart does (french_non_prefix.py, read by polarity.py): "les
   non-grévistes" citing "des salariés non grévistes" was refused as a negation dropped, and "les grévistes" citing
   "des non-grévistes" built.
2. A lowercase alias names its party after "selon" and before French verbs giving a figure ("un taux que la direction
   ramène à 54 %", alias_names.py): the operator's 54 % in its column was refused as the union's.
3. A French verb of saying in a compound tense before its speaker ("», a affirmé Hélène Marchetti, directrice
   générale de la STAV, lors d'une conférence de presse") gives the words before it (french_compound_saying.py, read
   by party_word.py): a quote's context "La directrice générale défend l'offre en conférence de presse" was refused
   as her word told as fact.
4. A French ratio with a noun's complement or adjective ("deux lignes de tramway sur cinq") or ending its sentence
   ("un bus sur trois.") is read (fractions_french.py): "trois lignes de tramway sur cinq" built on the "trois" of
   "un bus sur trois".
5. (Taken out at the merge: a figure given to a party the passages never name, unnamed_party_figures.py, refused
   honest sentences of eight other fixtures, "Judge Marsh cut the award to $87.5 million" where the passages name
   the court's parties otherwise. "La direction propose une hausse de 6 %" citing the union's demand builds again:
   LEFTOVER. Its honest twins below stay.)
6. A French offer told as granted, accepted or obtained (french_offers_told_granted.py): "La direction a accordé une
   augmentation de 2,5 %" citing "La direction propose ...", "FO a obtenu un étalement" citing FO "prêt à discuter
   d'un étalement" built.
7. A passage cut from inside quotation marks is read with its marks (quoted_passages.py, read by party_word.py): "Les
   salaires ont perdu 11 % de pouvoir d'achat depuis 2021" citing the union leader's « Nos salaires ont perdu 11 % ...
   » built, his charge told as fact.

What misled the new user: `new` quoted the dateline cut short, "Vernois, le jeudi 12" (of "Vernois, le jeudi 12 mars
2026."), as the briefing's first citation.

LEFTOVER (misstatements still built, sentence <- passage):
- "Hélène Marchetti a affirmé que la direction pouvait aller au-delà" <- « Nous ne pouvons pas aller au-delà ... »
  (a negation inside a quotation dropped in reported speech).
- "L'intersyndicale affirme que 54 % des conducteurs ont cessé le travail" <- "78 % ..., un taux que la direction
  ramène à 54 %" (two givers' figures in one sentence swapped by "affirme").
- "La direction a accepté l'offre de Force ouvrière" <- "La direction n'a pas répondu à l'offre de Force ouvrière".
- "La métropole appliquera les pénalités" <- "sans préciser si elle comptait les appliquer".
- "Hélène Marchetti a appelé les deux parties à « revenir à la table ... »" <- Olivier Castaing's words (a quotation
  given to another speaker named by a name no party holds).
- "Le tribunal a fait cesser le blocage" <- the operator "a saisi le tribunal ... pour faire cesser le blocage" (a
  purpose told as done); "La CGT a saisi le tribunal ... pour faire cesser le blocage" <- the operator's (the sentence
  names the passage's other words: fix 5 reads only parties the passages never name).
- A party named by a hyphenated compound ("secrétaire général de la CGT-STAV") is no party's speaker: fix 7 read
  nothing there (the fixture's source says "de la CGT du réseau").
- Honest, still refused: "Selon la direction, seuls 54 % des conducteurs ont cessé le travail" citing "L'intersyndicale
  affirme ... que 78 % ..., un taux que la direction ramène à 54 %" (the whole sentence read as the unions' word).
- Fix 5 reads a party named by a shared place word ("Hôpital de Lormes", "Syndicat Santé Lormes") as named by both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.sentences import split_sentences
from support import checked_fixture_project, edit, minimal_project, one_sentence_checked, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser145"
REPORT = (FIXTURE / "seeds" / "greve.txt").read_text(encoding="utf-8")
BRIEFING = "greve-vernois"
PARTIES = (
    Party(id="stav", name="Société des transports de l'agglomération de Vernois", short_name="STAV",
          role="exploitant", aliases=("la direction",)),
    Party(id="intersyndicale", name="Intersyndicale CGT-FO", short_name="Intersyndicale", role="syndicats",
          aliases=("CGT", "Force ouvrière", "les syndicats")),
    Party(id="metropole", name="Métropole de Vernois", short_name="Métropole", role="autorité organisatrice",
          aliases=("la métropole",)),
)
# twins on other topics, other parties
HOSPITAL = (Party(id="syndicat", name="Syndicat Santé Valbrune", short_name="Syndicat", aliases=("le syndicat",)),
            Party(id="chu", name="Centre hospitalier de Ferrand", short_name="Hôpital",
                  aliases=("l'hôpital", "la direction")))
BUSES = (Party(id="union", name="Transit Workers Union", short_name="Union", aliases=("the union",)),
         Party(id="carrow", name="Carrow Bus Company", short_name="Carrow"))


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing the report's sentence that holds `words`."""
    cited = next(part.text for part in split_sentences(paragraph(REPORT, words), "fr") if words in part.text)
    return sentence_findings(sentence, (cited,), "fr", PARTIES, published="2026-03-12")


def twin(sentence: str, passage: str, language: str = "fr") -> list[str]:
    """Return the findings of a sentence citing one passage of another topic."""
    return sentence_findings(sentence, (passage,), language, HOSPITAL if language == "fr" else BUSES)


def test_the_briefing_builds_and_reads_in_french(tmp_path: Path):
    """The whole briefing builds (the three honest sentences refused before: fixes 1 to 3), in French."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ('lang="fr"', "non-grévistes", "La directrice générale défend l", "2,5", "Chronologie",
                  "Nous ne reprendrons pas le travail pour 2,5 %"):
        assert words in page, words


@pytest.mark.parametrize("old, new, told", [
    ("s'était achevé sur 3 % d'augmentation.[^precedent]",
     "s'était achevé sur 3 % d'augmentation.[^precedent]\n      Les salaires ont perdu 11 % de pouvoir d'achat "
     "depuis 2021.[^perte]", "only as the word of Karim Benali"),  # fix 7
    ("jusqu'en 2029.[^dsp]", "jusqu'en 2029.[^dsp]\n      La direction a accordé une augmentation de 2,5 %.[^offre]",
     "this sentence tells as granted ('accordé')"),  # fix 6
])
def test_a_misstatement_in_the_background_is_refused_on_its_line(tmp_path: Path, old: str, new: str, told: str):
    """Through the front door: a sentence added to the background, citing the fixture's own citations."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "background.yaml", old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and "background.yaml:" in result.err and told in result.err, result.err


def test_a_union_leaders_charge_told_as_fact_is_refused_in_another_report(tmp_path: Path):
    """Fix 7's twin: a housing body's spokesman's quoted words, cited without their marks, told as fact."""
    root = minimal_project(tmp_path / "flood")
    source = ("« Le chantier a pris deux ans de retard », a déclaré Paul Morel, porte-parole de Ferrand Habitat. "
              "« Les loyers ont augmenté de 9 % depuis 2022. »")
    parties = "  - id: habitat\n    name: Ferrand Habitat\n  - id: ville\n    name: Ville de Valbrune\n"
    quote = "Les loyers ont augmenté de 9 % depuis 2022."
    refused = one_sentence_checked(root, source, "Les loyers ont augmenté de 9 % depuis 2022.", parties, quote, "fr")
    assert any("only as the word of Paul Morel" in line for line in refused), refused
    assert one_sentence_checked(root, source, "Selon Paul Morel, les loyers ont augmenté de 9 % depuis 2022.",
                                parties, quote, "fr") == []


COMPARISON = "un taux que la direction ramène à 54 %"


def test_the_operators_figure_in_its_column_builds():
    """Fix 2, and its twins: a lowercase alias before a verb giving a figure, or after "selon", names its party."""
    from explainer.attribution import Cited
    from explainer.owners import misplaced_figure

    def misplaced(party, table, passage):
        return misplaced_figure(party, table, [Cited(passage, "fr", passage)])
    passage = next(part.text for part in split_sentences(paragraph(REPORT, COMPARISON), "fr")
                   if COMPARISON in part.text)
    assert misplaced(PARTIES[0], PARTIES[:2], passage) == ""
    hospital = "Le syndicat évalue à 300 le nombre de postes manquants, un chiffre que l'hôpital ramène à 120."
    assert misplaced(HOSPITAL[1], HOSPITAL, hospital) == ""
    according = "Le syndicat parle de 300 postes manquants ; selon la direction, il en manque 120."
    assert misplaced(HOSPITAL[1], HOSPITAL, according) == ""
    assert misplaced(HOSPITAL[1], HOSPITAL, "Le syndicat évalue à 300 le nombre de postes manquants.") != ""


BUILT_BEFORE = [  # misstatements of the briefing that built before this work (fixes 4, 5 and 6)
    ("La direction propose", "La direction a accordé une augmentation de 2,5 %."),
    ("La direction propose", "Les conducteurs ont obtenu une prime de 400 euros."),
    ("Force ouvrière, par la voix", "FO a obtenu un étalement de la hausse sur deux ans."),
    ("Jeudi, seules", "Jeudi, trois lignes de tramway sur cinq circulaient."),
    ("Jeudi, seules", "Jeudi, un bus sur deux circulait."),
]

MISSTATEMENTS = BUILT_BEFORE + [  # and those refused already, kept refused
    ("La direction accuse", "La direction accuse les syndicats d'entraver la liberté de travailler des grévistes."),
    ("Le mouvement a été lancé", "La grève a débuté le 3 mars à l'appel de la CGT et de FO."),
    ("Le mouvement a été lancé", "La CGT et FO demandent 8 % d'augmentation."),
    ("Le mouvement a été lancé", "La CGT et FO demandent une hausse de 6 % pour 1 400 conducteurs."),
    ("La direction propose", "La STAV offre 2,5 % et une prime de 600 euros."),
    ("Nous ne reprendrons", "« Nous reprendrons le travail pour 2,5 % », a déclaré Karim Benali."),
    ("Nous ne reprendrons", "« Nous ne reprendrons pas le travail pour 2,5 % », a déclaré Hélène Marchetti."),
    ("Selon la direction, les salaires", "Les salaires des conducteurs ont progressé de 9,2 % depuis 2021."),
    ("Selon la direction, les salaires", "Selon la direction, les salaires des conducteurs ont baissé de 9,2 % depuis "
                                         "2021."),
    ("Selon la direction, les salaires", "Selon la CGT, les salaires des conducteurs ont progressé de 9,2 % depuis "
                                         "2021."),
    ("Notre offre", "« Notre offre est la plus basse depuis quinze ans », a affirmé Hélène Marchetti."),
    ("Selon la direction, la grève coûte", "La grève coûte environ 180 000 euros par jour à l'entreprise."),
    ("Selon la direction, la grève coûte", "Selon la direction, la grève coûte 180 000 euros par jour."),
    ("78 %", "Selon la direction, 78 % des conducteurs ont cessé le travail lundi."),
    ("78 %", "78 % des conducteurs ont cessé le travail lundi."),
    ("parcs relais", "La fréquentation des parcs relais a baissé de 35 % depuis le début du mouvement."),
    ("parcs relais", "Les ventes de titres de transport ont augmenté de 60 %."),
    ("Depuis le lundi 9 mars", "Depuis le mardi 10 mars, des grévistes bloquent les dépôts."),
    ("La direction demande au juge", "Le juge a ordonné la levée du blocage sous astreinte de 1 000 euros par heure."),
    ("Le tribunal pourrait", "Le tribunal rendra sa décision dès la fin de l'audience."),
    ("La CGT dément", "« Nous tenons un barrage, pas un piquet de grève », a assuré Karim Benali."),
    ("Force ouvrière, par la voix", "La CGT s'est dite prête à discuter d'un étalement de la hausse sur deux ans."),
    ("La CGT n'a pas repris", "La CGT a repris cette proposition à son compte."),
    ("Le contrat de délégation", "Le contrat prévoit des pénalités si moins de 80 % des services sont assurés."),
    ("Son président, Olivier Castaing", "Olivier Castaing a appelé les deux parties à revenir à la table des "
                                        "négociations dès lundi."),
    ("Selon l'Union des commerçants", "La fréquentation des boutiques du centre a baissé d'environ 20 % depuis le "
                                      "4 mars."),
    ("Elle pourrait permettre", "La médiation permettra de rapprocher les positions, selon un conseiller du préfet."),
    ("Une réunion de médiation", "La médiation s'est tenue le vendredi 13 mars."),
    ("Les syndicats ont prévenu", "Les syndicats ont voté la poursuite de la grève en assemblée générale lundi."),
    ("La dernière grève", "La grève de 2019 avait duré quinze jours."),
    ("La dernière grève", "La grève de 2019 s'était conclue par une baisse de 3 % des salaires."),
    ("La grève des bus", "La grève est entrée jeudi dans son dixième jour."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence


TWINS_REFUSED = [  # each fix's twin, on another topic (all but the first ratio built before this work)
    ("Le maire a promis des places aux résidents.", "Le maire a promis des places aux non-résidents.", "fr"),  # 1
    ("Jeudi, trois écoles primaires sur quatre étaient fermées.",
     "Jeudi, une école primaire sur quatre était fermée, et un collège sur dix.", "fr"),  # 4
    ("Jeudi, un collège sur trois était fermé.",
     "Jeudi, une école primaire sur quatre était fermée, et deux collèges sur trois.", "fr"),  # 4, at the end
    ("L'hôpital a versé une prime de 300 euros aux infirmières.",
     "L'hôpital propose une prime de 300 euros aux infirmières.", "fr"),  # 6
    ("Les infirmières ont obtenu une prime de 300 euros.",
     "La direction de l'hôpital offre une prime de 300 euros aux infirmières.", "fr"),  # 6
]


@pytest.mark.parametrize("sentence, passage, language", TWINS_REFUSED)
def test_each_twin_misstatement_is_refused(sentence: str, passage: str, language: str):
    assert twin(sentence, passage, language), sentence


HONEST = [  # the briefing's own restatements and honest neighbours of each fix, which must build
    ("La direction accuse", "La direction reproche aux syndicats d'empêcher les non-grévistes de travailler."),
    ("La direction accuse", "La direction accuse les syndicats d'entraver la liberté de travailler des salariés non "
                            "grévistes."),
    ("Notre offre", "La directrice générale défend l'offre en conférence de presse."),
    ("Notre offre", "Hélène Marchetti affirme que l'offre est la plus élevée depuis quinze ans."),
    ("Jeudi, seules", "Jeudi, deux lignes de tramway sur cinq circulaient."),
    ("Jeudi, seules", "Jeudi, environ un bus sur trois circulait."),
    ("La direction propose", "La direction propose 2,5 % et une prime de 400 euros."),
    ("La direction propose", "La STAV offre une hausse de 2,5 %."),
    ("Le mouvement a été lancé", "La CGT et FO demandent une hausse de 6 % des salaires."),
    ("Le mouvement a été lancé", "Les syndicats réclament 6 % d'augmentation pour quelque 1 400 agents."),
    ("Force ouvrière, par la voix", "FO se dit prête à discuter d'un étalement de la hausse sur deux ans."),
]

TWINS_HONEST = [
    ("Le maire a promis des places aux non-résidents.", "Le maire a promis des places aux habitants non résidents.",
     "fr"),  # 1
    ("Le directeur de Ferrand Habitat s'est exprimé lors d'une réunion publique.",
     "« Le chantier sera livré à temps », a assuré Paul Morel, directeur de Ferrand Habitat, lors d'une réunion "
     "publique jeudi.", "fr"),  # 3
    ("Jeudi, une école primaire sur quatre était fermée.",
     "Jeudi, une école primaire sur quatre était fermée, et un collège sur dix.", "fr"),  # 4
    ("Le syndicat réclame 40 postes supplémentaires aux urgences.",
     "Le mouvement a été lancé lundi par le Syndicat Santé Valbrune, qui réclame 40 postes supplémentaires aux "
     "urgences.", "fr"),  # 5
    ("The union wants Carrow to pay a 6% raise.", "The strike was called on 4 March by the Transit Workers Union, "
     "which is demanding a 6% raise for its 1,400 drivers.", "en"),  # 5
    ("L'hôpital a versé une prime de 300 euros aux infirmières.",
     "En 2025, l'hôpital a versé une prime de 300 euros aux infirmières.", "fr"),  # 6
    ("L'hôpital propose une prime de 300 euros aux infirmières.",
     "L'hôpital propose une prime de 300 euros aux infirmières.", "fr"),  # 6
    ("Les infirmières n'ont pas encore obtenu la prime de 300 euros proposée par l'hôpital.",
     "L'hôpital propose une prime de 300 euros aux infirmières.", "fr"),  # 6
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


@pytest.mark.parametrize("sentence, passage, language", TWINS_HONEST)
def test_each_honest_twin_builds(sentence: str, passage: str, language: str):
    assert not twin(sentence, passage, language), sentence
