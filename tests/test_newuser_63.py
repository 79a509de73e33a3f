"""A French briefing written from scratch by a French newsroom's new editor, as the README's "A project of your own"
tells it: a regional council's "méga-bassine" of 1 250 000 m³ and the farmers' unions fighting over it, from a regional
daily's report of ~1,450 words (tests/fixtures/newuser_63/seeds/: "12,5 millions d'euros", "70 %", "le 14 mars 2026",
"plus de 3 000 manifestants selon les organisateurs, 1 800 selon la préfecture", quotations in « » with inner “ ”, each
side's claims, a court's suspension of the permit, and a correction of the march's count in the log).

The editor paraphrased ("12,5 M€", "un tiers" for "33 %", "selon", "d'après", "a indiqué", passives, pronouns,
"quelque" for "environ"). Honest wordings refused, now built: a timeline event dated by the first day of "du 5
septembre au 6 octobre 2024" (explainer/span_start.py); "au cours des dix années précédentes" citing "sur la décennie
précédente" (decades.py reads French spans of one unit in words); the région's 35 % in its column citing "Selon la
région, ... dans la Boutonne", the river read as the name of the Fédération des exploitants de la Boutonne and "la
région" as no one (explainer/french_givers.py); "..., rappelle la FEB" read as no attribution (party_word.py);
"environ 30 fermes" citing "une trentaine de fermes" (explainer/french_counts.py); a plain vote count citing a paragraph
where the mayor "soutient le projet" (attribution.py: support, not a saying).

Then misstatements of the same source, checked in-process (support.sentence_findings). Built on the code before this
work: a speaker swapped after "selon" or before "a prévenu" (speakers.py), a negation dropped inside "Il assure que
..." (polarity.py), "s'est prononcé" for "pourrait se prononcer" (possible_done.py), a count given to the other giver
of "3 000 selon les organisateurs, 1 800 selon la préfecture" (explainer/counts_by_giver.py), "une vingtaine" for "une
trentaine" and "30" for it. Not read (see the branch's report): "supérieure de 1,3 mètre" for "était, au 1er mars 2026,
inférieur de 1,3 mètre", "un tiers" for "plus d'un tiers", "un tiers" for "de moitié".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.model import Party
from explainer.numbers import find_mentions
from explainer.owners import misplaced_figure
from support import checked_fixture_project, line_opening, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_63"
SOURCE = (FIXTURE / "seeds" / "courrier-bassine.txt").read_text(encoding="utf-8")

REGION = Party(id="region", name="Conseil régional de Nouvelle-Charente", short_name="La région",
               role="maître d'ouvrage", aliases=("Gérard Lemaire", "le conseil régional"))
UNION = Party(id="union", name="Union paysanne", short_name="Union paysanne", role="syndicat agricole",
              aliases=("Claire Dumas",))
FEB = Party(id="feb", name="Fédération des exploitants de la Boutonne", short_name="FEB", role="syndicat agricole",
            aliases=("Jean-Marc Ribot",))
TRIBUNAL = Party(id="tribunal", name="Tribunal administratif de Poitiers", short_name="Le tribunal", role="juridiction",
                 aliases=("le juge des référés", "le juge"))
PREFECTURE = Party(id="prefecture", name="Préfecture de la Nouvelle-Charente", short_name="La préfète", role="État",
                   aliases=("Anne-Sophie Vallet", "la préfecture"))
PARTIES = (REGION, UNION, FEB, TRIBUNAL, PREFECTURE)


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    return line_opening(SOURCE, opening)


P_SUSPENDED = paragraph("Le tribunal administratif de Poitiers a suspendu")
P_MARCH = paragraph("Le même jour, plus de 3 000")
P_COST = paragraph("Le projet, d'un coût")
P_RESERVOIR = paragraph("La retenue, d'une superficie")
P_WORKS = paragraph("Les travaux, qui devaient")
P_NOT_ANNULLED = paragraph("Le juge n'a pas annulé")
P_PREFECT = paragraph("La préfète de la Nouvelle-Charente")
P_LEMAIRE = paragraph("« Cette décision est un coup dur")
P_SMALLER = paragraph("Selon Gérard Lemaire, la réserve")
P_NOT_COSTED = paragraph("La région n'a pas encore chiffré")
P_MAIZE = paragraph("« Le président nous a dit")
P_FARMS = paragraph("Pour l'Union paysanne, qui a déposé") + " " + paragraph("« On nous parle")
P_ACTIONS = paragraph("Claire Dumas n'a pas exclu")
P_THIRTY = paragraph("Du côté de la Fédération")
P_RIBOT = paragraph("Jean-Marc Ribot dénonce")
P_NO_ANSWER = paragraph("La FEB a demandé")
P_DRY = paragraph("La Boutonne a été à sec")
P_TABLE = paragraph("D'après le même observatoire")
P_HISTORY = paragraph("Le projet a été lancé")
P_COUNCILS = paragraph("Dans les communes voisines")
P_STATE_COUNCIL = paragraph("Le Conseil d'État dispose")

HONEST = {
    # refused before this work
    "ten-years-for-a-decade": ("La Boutonne est restée à sec 94 jours, contre 41 jours en moyenne au cours des dix "
                               "années précédentes.", P_DRY),
    "dix-ans": ("La rivière a connu 94 jours d'assec, contre 41 en moyenne sur les dix ans précédents.", P_DRY),
    "about-thirty-farms": ("Jean-Marc Ribot prévient qu'environ 30 fermes ne passeront pas l'été 2027 sans la réserve.",
                           P_THIRTY),
    "quelque-thirty": ("Selon Jean-Marc Ribot, quelque 30 fermes ne passeront pas l'été 2027 sans la réserve.", P_THIRTY),
    "rappelle-la-feb": ("Les exploitations raccordées emploient 140 salariés, rappelle la FEB.", P_RIBOT),
    "vote-beside-support": ("À Chef-Boutonne, les élus ont voté contre par onze voix contre quatre.", P_COUNCILS),
    # built before, kept: the same words, paraphrases, qualifiers kept
    "trentaine-kept": ("Selon Jean-Marc Ribot, une trentaine de fermes ne passeront pas l'été 2027 sans la réserve.",
                       P_THIRTY),
    "the-decade-kept": ("La Boutonne est restée à sec 94 jours, contre 41 jours en moyenne sur la décennie précédente.",
                        P_DRY),
    "m-euros": ("Le projet coûte 12,5 M€.", P_COST),
    "passive": ("L'arrêté a été suspendu par le tribunal administratif de Poitiers le 14 mars 2026.", P_SUSPENDED),
    "million-m3": ("La bassine doit contenir 1,25 million de m³.", P_SUSPENDED),
    "narrow-no-break-spaces": ("La bassine doit contenir 1\u202f250\u202f000 m³.", P_SUSPENDED),
    "a-third-for-33": ("Un tiers du volume stocké doit aller à l'élevage.", P_RESERVOIR),
    "organisers-count-kept": ("Plus de 3 000 manifestants ont défilé selon les organisateurs.", P_MARCH),
    "prefecture-count-kept": ("Selon la préfecture, 1 800 personnes ont manifesté.", P_MARCH),
    "both-counts-kept": ("Plus de 3 000 personnes ont manifesté selon les organisateurs, 1 800 selon la préfecture.",
                         P_MARCH),
    "could-kept": ("La préfète pourrait suspendre les pompages de toutes les réserves du département si la nappe "
                   "passait sous le seuil d'alerte.", P_PREFECT),
    "ruling-to-come": ("Un jugement sur le fond pourrait tomber d'ici à la fin de l'année.", P_NOT_ANNULLED),
    "not-annulled-kept": ("Le juge n'a pas annulé l'autorisation, il l'a suspendue.", P_NOT_ANNULLED),
    "negation-kept-after-assure": ("Jean-Marc Ribot assure que la FEB n'a pas appelé à contre-manifester.", P_RIBOT),
    "negation-kept-selon": ("Selon Jean-Marc Ribot, la FEB n'a pas appelé à contre-manifester et respecte la justice.",
                            P_RIBOT),
    "most-kept": ("D'après l'Union paysanne, la plupart des exploitations raccordées font du maïs pour l'export.",
                  P_MAIZE),
    "quelque-400-kept": ("Selon Claire Dumas, seules 23 des quelque 400 exploitations du bassin profiteront de la "
                         "bassine.", P_FARMS),
    "ribot-own-words": ("« Sans cette réserve, une trentaine de fermes ne passeront pas l'été 2027 », a prévenu "
                        "Jean-Marc Ribot.", P_THIRTY),
    "a-lance-her-words": ("« On nous parle d'agriculture », a lancé Claire Dumas.", paragraph("« On nous parle")),
    "region-launched-it": ("La région a lancé le projet en juin 2021.", P_HISTORY),
    "region-says-35": ("Selon la région, la réserve réduirait de 35 % les prélèvements d'été.", P_RESERVOIR),
    "three-months": ("Le Conseil d'État a trois mois pour statuer.", P_STATE_COUNCIL),
}

MISSTATED = {
    # built before this work
    "count-given-to-the-other-giver": ("Plus de 3 000 manifestants ont défilé selon la préfecture.", P_MARCH,
                                       "this sentence gives 3 000 to 'la préfecture', where its cited passages give "
                                       "it to 'les organisateurs'"),
    "prefecture-count-to-organisers": ("Selon les organisateurs, 1 800 personnes ont manifesté.", P_MARCH,
                                       "gives 1 800 to 'les organisateurs'"),
    "speaker-swapped-for-a-prevenu": ("Selon Claire Dumas, une trentaine de fermes ne passeront pas l'été 2027 sans "
                                      "cette réserve.", P_THIRTY, "this sentence gives the words to Claire Dumas"),
    "speaker-swapped-after-selon": ("Selon la région, la plupart des exploitations raccordées cultivent du maïs "
                                    "destiné à l'exportation.", P_MAIZE, "this sentence gives the words to la région"),
    "negation-dropped-after-assure": ("La FEB a appelé à contre-manifester.", P_RIBOT,
                                      "this sentence drops the negation of its cited passage"),
    "possible-ruling-told-done": ("Le tribunal s'est prononcé sur le fond.", P_NOT_ANNULLED,
                                  "this sentence tells as done ('s'est prononcé')"),
    "vingtaine-for-trentaine": ("Selon Jean-Marc Ribot, une vingtaine de fermes ne passeront pas l'été 2027.", P_THIRTY,
                                'figure "une vingtaine" is not in'),
    "trentaine-told-exact": ("Selon Jean-Marc Ribot, 30 fermes ne passeront pas l'été 2027 sans la réserve.", P_THIRTY,
                             'figure "30" leaves out the qualifier of "une trentaine"'),
    # refused before too: kept so
    "volume-changed": ("Le juge a suspendu l'autorisation d'une bassine de 1 520 000 m³.", P_SUSPENDED,
                       'figure "1 520 000" is not in'),
    "litres-for-m3": ("La réserve doit stocker 1 250 000 litres d'eau.", P_SUSPENDED, "is given in litres"),
    "cost-changed": ("Le projet coûte 15,2 millions d'euros.", P_COST, 'figure "15,2 millions" is not in'),
    "billions-for-millions": ("Le projet coûte 12,5 milliards d'euros.", P_COST, 'figure "12,5 milliards" is not in'),
    "share-changed": ("Le projet est financé à 75 % par des fonds publics.", P_COST, 'figure "75 %" is not in'),
    "date-changed": ("Le tribunal a suspendu l'arrêté le 15 mars 2026.", P_SUSPENDED, 'date "15 mars 2026" is not in'),
    "kilometres-for-metres": ("La retenue sera profonde de 8 kilomètres.", P_RESERVOIR, "is given in kilometres"),
    "more-than-dropped": ("3 000 manifestants ont défilé selon les organisateurs.", P_MARCH,
                          'figure "3 000" leaves out the qualifier of "plus de 3 000"'),
    "about-told-exact": ("Chaque mois de retard coûte exactement 150 000 euros, selon la région.", P_WORKS,
                         'leaves out the qualifier of "environ 150 000"'),
    "rise-for-fall": ("Selon Jean-Marc Ribot, les prélèvements dans la nappe ont augmenté de 40 % depuis 2010.",
                      P_RIBOT, "is given as a rise"),
    "could-suspend-told-done": ("La préfète a suspendu les autorisations de pompage de toutes les réserves du "
                                "département.", P_PREFECT, "the source gives this only on a condition"),
    "not-annulled-told-annulled": ("Le juge a annulé l'autorisation.", P_NOT_ANNULLED,
                                   "this sentence drops the negation of its cited passage"),
    "not-costed-told-costed": ("La région a chiffré le coût total de la suspension.", P_NOT_COSTED,
                               "drops the negation"),
    "no-answer-told-answered": ("La FEB a obtenu une réponse de la préfète.", P_NO_ANSWER, "drops the negation"),
    "quote-given-to-the-other-side": ("« Cette décision est un coup dur pour l'agriculture de notre territoire », a "
                                      "déclaré Claire Dumas.", P_LEMAIRE,
                                      "this sentence gives the words to Claire Dumas, but its cited passages give "
                                      "them to Gérard Lemaire"),
    # named as the word of its speaker, a party (since factcheck95 reads each sentence of a passage with its own)
    "claim-as-fact": ("La réserve est deux fois plus petite que celle de Sainte-Soline.", P_SMALLER,
                      "this sentence states as fact what its cited passages give only as the word of Gérard Lemaire"),
    "all-for-most": ("Selon l'Union paysanne, toutes les exploitations raccordées cultivent du maïs destiné à "
                     "l'exportation.", P_MAIZE,
                     "this sentence says 'toutes les exploitations' where its cited passages say 'la plupart des "
                     "exploitations'"),
    "quelque-dropped": ("La bassine profitera à 23 exploitations sur les 400 que compte le bassin, selon Claire Dumas.",
                        P_FARMS, 'figure "400" leaves out the qualifier of "quelque 400"'),
    "superlative-added": ("C'est la pire sécheresse de l'histoire de la Boutonne.", P_DRY, 'superlative "pire"'),
}


def test_the_briefing_builds(tmp_path: Path):
    """The briefing a French editor wrote from the README alone builds: background, timeline (an event dated by the
    first day of a span), comparisons, claims, quotes with inner quotation marks, caveats and a corrected count."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "bassine-saint-aubin" / "index.html").read_text(encoding="utf-8")
    for words in ("1 250 000 m³", "12,5 M€", "Ce qui était faux", "Nous écrivions que la préfecture comptait",
                  "“l&#39;eau ne manquera jamais”", "Une rivière de plus en plus souvent à sec"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "fr", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "fr", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("The river was dry for 94 days, against 41 on average over the previous ten years.",
     "The river was dry for 94 days, against 41 days on average over the previous decade."),
    ("The site was blocked for seven days.", "The site was blocked for a week."),
    ("More than 3,000 people marched, according to the organisers.",
     "More than 3,000 people marched according to the organisers, 1,800 according to the police."),
])
def test_the_same_readings_hold_in_english(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, named", [
    ("Le chantier a été bloqué sept jours.", "Le chantier a été bloqué pendant plus d'une semaine.",
     'figure "sept" is not in'),  # "plus d'une semaine" backs "plus de sept jours" alone
    ("Le chantier a été bloqué sept jours.", "Le chantier a été bloqué la semaine dernière.", 'figure "sept"'),
    ("More than 3,000 people marched, according to the police.",
     "More than 3,000 people marched according to the organisers, 1,800 according to the police.",
     "gives 3,000 to 'the police'"),
])
def test_a_span_or_count_told_otherwise_is_refused(sentence: str, passage: str, named: str):
    language = "en" if sentence.isascii() else "fr"
    found = sentence_findings(sentence, (passage,), language, ())
    assert any(named in message for message in found), found


@pytest.mark.parametrize("when, language, date, end, starts", [
    ("du 5 septembre au 6 octobre 2024", "fr", "2024-09-05", "2024-10-06", True),
    ("from 5 September to 6 October 2024", "en", "2024-09-05", "2024-10-06", True),
    ("du 20 décembre au 5 janvier 2025", "fr", "2024-12-20", "2025-01-05", True),  # the first day, the year before
    ("du 5 septembre au 6 octobre 2024", "fr", "2024-09-06", "2024-10-06", False),  # no day the span starts on
    ("du 5 septembre au 6 octobre 2024", "fr", "2023-09-05", "2024-10-06", False),  # a year too early
])
def test_a_span_is_dated_by_its_first_day(when: str, language: str, date: str, end: str, starts: bool):
    from explainer.span_start import starts_span  # here, so the file runs on the code before it, its cases failing

    assert starts_span(date, find_mentions(when, language), {end}) is starts


@pytest.mark.parametrize("party, named", [(REGION, ""), (UNION, "Conseil régional de Nouvelle-Charente")])
def test_a_french_giver_named_by_its_noun_owns_its_figure(party: Party, named: str):
    """The région's 35 % stands in its column though its passage names the Boutonne, a word of the FEB's name; in the
    Union paysanne's column, the passage names the région giving it."""
    passage = paragraph("La retenue, d'une superficie").split(". ")[1]
    assert misplaced_figure(party, (REGION, UNION, FEB), [Cited(passage, "fr")]) == named
