"""Honest French sentences refused, and French misstatements of tests/fixtures/newuser_117 that built:

1. A denial of a deed not done yet, or of the kind, restates no deed to come: "Personne n'a appliqué de droits de
   rétorsion" citing "... a répété lundi que son pays appliquerait des droits de rétorsion ... si la Valmorie ne
   ramenait pas son droit" was refused as dropping the condition (conditions.py; past_denials.py). "Pakistan has not
   yet withdrawn its troops" of "Pakistan will withdraw its troops if the talks succeed" alike; "Le cessez-le-feu
   tiendra", "Le syndicat a levé son préavis" stay refused.
2. A word glued to its elided article read as itself: "Le syndicat a signé un accord" citing "Le syndicat a signé
   l'accord mardi. Un accord salarial serait signé par le syndicat si la direction cédait." was refused, "l'accord"
   read as one word ("l'acc" in its first five letters) and the plain sentence naming fewer of the sentence's words
   than the conditioned one (conditions.py reads words through elided_words.py: l', d', qu', n', s', j', c', jusqu',
   lorsqu', puisqu').
3. An active future of a passive future builds: "Le conseil votera le budget en décembre" of "Le budget sera voté en
   décembre" (it built on main already; kept as must-build cases). Where the passage also denies the vote in
   November, polarity.py refuses it: french_participles.as_infinitive reads "voté" as "voter" for it (not wired:
   polarity.py is not this branch's), as elided_words.without_elision reads "l'accord" as "accord".
4. A count moved from one noun to another (newuser_117 LEFTOVER 1): "Le groupe spécial a entendu les parties lors de
   trois audiences" citing "... lors de deux audiences, ... Trois membres tiers ..." (french_counted_nouns.py).
5. A deed only proposed told done (LEFTOVER 9): "Hélène Castagne a réduit le droit sur les fromages à 20 %" citing
   "Hélène Castagne, a proposé la semaine dernière de réduire le droit sur les fromages à 20 %"
   (french_proposed_deeds.py).
6. "Peu probable" told likely (LEFTOVER 10): "Un diplomate estime qu'un accord à Lisbonne est probable" citing "...
   estime qu'un accord à Lisbonne est « peu probable »" (french_unlikely.py).
7. An offer judged insufficient told accepted (LEFTOVER 8): "M. Holmgren a accepté l'offre valmorienne" citing "M.
   Holmgren a jugé cette offre « insuffisante », sans la rejeter formellement" (french_offers_judged.py).
8. An estimate told as a fact (LEFTOVER 7): "Les pertes des producteurs de fromage s'élèvent à 95 millions d'euros
   depuis octobre" citing "Leur fédération estime ses pertes à 95 millions d'euros depuis octobre"
   (french_estimates.py).

Each with honest twins that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import Sentence, SentencesChecked, found_in_language, minimal_project, read_as_project_locale
from test_newuser_117 import REPO, found

from explainer.elided_words import elisions_apart, without_elision
from explainer.french_participles import as_infinitive

CONDITION = "only on a condition"
HOLM = "D_HOLM"


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build of the fixture reads it (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


# 1. A denial of a deed not done yet, or of the kind
@pytest.mark.parametrize("key, sentence", [
    (HOLM, "Personne n'a appliqué de droits de rétorsion."),
    (HOLM, "L'Ostrelande n'a pas encore appliqué de droits de rétorsion."),
    (HOLM, "Aucun droit de rétorsion n'a encore été appliqué."),
    (HOLM, "Aucune rétorsion n'a été appliquée à ce jour."),
    (HOLM, "L'Ostrelande n'a toujours pas appliqué de droits de rétorsion."),
])
def test_a_french_denial_drops_no_condition(key: str, sentence: str):
    assert found(key, sentence) == []


def test_a_denial_citing_the_panel_drops_no_condition():
    """The panel's "a annoncé son intention d'appliquer ... si ..." is the condition's no more; party_word.py still
    reads the intention as Ostrelande's word (not this module's)."""
    assert not [line for line in found("RET", "Personne n'a appliqué de droits de rétorsion.") if CONDITION in line]


@pytest.mark.parametrize("language, sentence, passage, refused", [
    ("en", "Pakistan has not yet withdrawn its troops.", "Pakistan will withdraw its troops if the talks succeed.",
     False),
    ("en", "The company has yet to face sanctions.", "Sanctions will be imposed if the company misses the deadline.",
     False),
    ("fr", "Le port n'a toujours pas rouvert.", "Le port rouvrira si la grève prend fin.", False),
    ("fr", "Aucune sanction n'a encore été prononcée.",
     "Des sanctions seront prononcées si l'entreprise ne respecte pas le délai.", False),
    # the deed told done, or to come, still drops the condition
    ("fr", "Le cessez-le-feu tiendra.", "Le cessez-le-feu tiendra si les deux camps retirent leurs troupes.", True),
    ("en", "The ceasefire will hold.", "The ceasefire will hold if both sides withdraw their troops.", True),
    ("en", "The ceasefire did not hold.", "The ceasefire will hold if both sides withdraw their troops.", True),
    ("fr", "Le syndicat a levé son préavis de grève.",
     "Le syndicat lèvera son préavis de grève si la direction accepte une hausse de 3 %.", True),
])
def test_a_denial_of_a_deed_to_come(language: str, sentence: str, passage: str, refused: bool):
    lines = [line for line in found_in_language(language, sentence, passage) if CONDITION in line]
    assert bool(lines) == refused, lines


# 2. Elided words read as themselves
def test_elisions_are_put_apart():
    assert elisions_apart("l'accord jusqu'au 30, qu'un, d’appliquer, lorsqu'il") == \
        "l' accord jusqu' au 30, qu' un, d’ appliquer, lorsqu' il"
    # words of their own, and English, stay whole
    assert elisions_apart("aujourd'hui, presqu'île, don't, Pakistan's") == "aujourd'hui, presqu'île, don't, Pakistan's"
    assert [without_elision(word) for word in ("l'accord", "jusqu'au", "qu’un", "aujourd'hui", "don't")] == \
        ["accord", "au", "un", "aujourd'hui", "don't"]


@pytest.mark.parametrize("sentence, passage, refused", [
    ("Le syndicat a signé un accord.",
     "Le syndicat a signé l'accord mardi. Un accord salarial serait signé par le syndicat si la direction cédait.",
     False),
    ("Le syndicat a signé un accord avec la direction.",
     "Le syndicat a signé l'accord avec la direction. Un accord salarial serait signé si la direction cédait.", False),
    # an elided word still restates the clause given on a condition
    ("Le syndicat signera l'accord.", "Le syndicat signera un accord si la direction cède.", True),
    ("Le syndicat signera l'accord.", "Si la direction cède, le syndicat signera l'accord.", True),
])
def test_an_elided_article_is_read_apart(sentence: str, passage: str, refused: bool):
    lines = [line for line in found_in_language("fr", sentence, passage) if CONDITION in line]
    assert bool(lines) == refused, lines


# 3. An active future of a passive future
def test_a_participle_is_read_as_its_verb():
    assert [as_infinitive(word) for word in ("voté", "votées", "signé", "année", "été", "vote")] == \
        ["voter", "voter", "signer", "anner", "été", "vote"]


@pytest.mark.parametrize("sentence, passage", [
    ("Le conseil votera le budget en décembre.", "Le budget sera voté en décembre."),
    ("Le conseil municipal votera le budget le 12 décembre.",
     "Le budget de la ville sera voté par le conseil municipal le 12 décembre."),
    ("Le Parlement examinera le texte en avril.", "Le texte sera examiné par le Parlement en avril."),
    ("Le tribunal rendra sa décision le 4 mai.", "La décision sera rendue le 4 mai."),
    ("Le conseil votera le budget de 12,5 millions d'euros en décembre.",
     "Le budget, de 12,5 millions d'euros, sera voté en décembre."),
])
def test_an_active_future_of_a_passive_future_builds(sentence: str, passage: str):
    assert found_in_language("fr", sentence, passage) == []


def test_an_active_future_of_the_fixtures_passive_builds():
    assert found("RECO", "Le groupe spécial fixera le délai dans le rapport final.") == []


# 4. A count moved from one noun to another
AUD = ("Le groupe spécial a entendu les parties lors de deux audiences, le 8 décembre 2025 et le 21 janvier 2026. "
       "Trois membres tiers, dont la Norlande, ont présenté des observations écrites.")


@pytest.mark.parametrize("sentence", ["Le groupe spécial a entendu les parties lors de trois audiences.",
                                      "Le groupe spécial a entendu les parties lors de 3 audiences."])
def test_a_count_moved_to_another_noun_is_refused(sentence: str):
    assert any("'deux audiences'" in line for line in found("AUD", sentence))


@pytest.mark.parametrize("sentence, passage", [
    ("Les parties ont été entendues lors de 2 audiences.", AUD),
    ("Trois membres tiers ont présenté des observations lors des deux audiences.", AUD),
    ("Deux audiences ont eu lieu, et trois membres tiers ont présenté des observations.", AUD),
    ("Trois usines ont fermé en mars.", "Trois des quatre usines du groupe ont fermé en mars."),
    ("Le groupe compte quatre usines.", "Trois des quatre usines du groupe ont fermé en mars."),
    ("Cinq exploitations ont renoncé.", "Sur les 12 exploitations, cinq ont renoncé au projet."),
    ("Douze exploitations sont raccordées.", "Sur les 12 exploitations raccordées, cinq ont renoncé au projet."),
    ("Le groupe a fermé deux usines sur trois.", "Sur ses trois usines, le groupe en a fermé deux."),
    ("Deux ministres et trois secrétaires d'État ont démissionné.",
     "Deux ministres ont démissionné, et trois secrétaires d'État ont suivi."),
])
def test_a_count_kept_to_its_noun_builds(sentence: str, passage: str):
    assert found_in_language("fr", sentence, passage) == []


# 5. A deed only proposed told done
OFFER = "D_OFFRE"


@pytest.mark.parametrize("sentence", ["Hélène Castagne a réduit le droit sur les fromages à 20 %.",
                                      "La Valmorie a réduit son droit sur les fromages à 20 %.",
                                      "Le droit sur les fromages a été réduit à 20 %."])
def test_a_proposal_told_done_is_refused(sentence: str):
    assert any("only as proposed" in line for line in found(OFFER, sentence))


@pytest.mark.parametrize("sentence", [
    "Hélène Castagne a proposé de réduire le droit sur les fromages à 20 %.",
    "La ministre propose de ramener le droit sur les fromages à 20 %.",
    "Mme Castagne a offert de réduire le droit sur les fromages à 20 %.",
    "La Valmorie se dit prête à réduire son droit sur les fromages à 20 %.",
    "Selon la proposition valmorienne, le droit sur les fromages serait réduit à 20 %.",
    "La Valmorie réduirait son droit sur les fromages à 20 % si l'Ostrelande baissait le sien à 10 %.",
    "En échange d'une baisse à 10 % du droit ostrelandais, la Valmorie a suggéré de réduire son droit à 20 %.",
    "Hélène Castagne a suggéré une réduction du droit sur les fromages à 20 %.",
])
def test_a_proposal_told_as_one_builds(sentence: str):
    assert found(OFFER, sentence) == []


def test_a_proposal_the_passage_tells_done_too_builds():
    passage = "Le gouvernement a proposé de réduire le droit à 20 %, puis l'a réduit à 20 % le 1er mai."
    assert found_in_language("fr", "Le gouvernement a réduit le droit à 20 %.", passage) == []


# 6. "Peu probable" told likely
@pytest.mark.parametrize("sentence", ["Un diplomate estime qu'un accord à Lisbonne est probable.",
                                      "Selon un diplomate, un accord sera probablement conclu à Lisbonne."])
def test_unlikely_told_likely_is_refused(sentence: str):
    assert any("as unlikely" in line for line in found("D_DIPL", sentence))


@pytest.mark.parametrize("sentence, passage", [
    ("Selon un diplomate, un accord à Lisbonne est improbable.", None),
    ("Un accord à Lisbonne paraît peu vraisemblable, selon un diplomate.", None),
    ("Un diplomate estime qu'un accord est « peu probable » à Lisbonne, mais qu'un compromis pourrait intervenir avant "
     "le 30 avril.", None),
    ("Un diplomate estime qu'un accord à Lisbonne est probable.",
     "Un diplomate estime qu'un accord à Lisbonne est probable, mais peu probable avant mai."),
    ("Un diplomate estime qu'une hausse est probable.",
     "Un diplomate estime qu'une hausse est peu probable à court terme, mais probable en 2027."),
])
def test_unlikely_kept_builds(sentence: str, passage: str | None):
    assert (found("D_DIPL", sentence) if passage is None else found_in_language("fr", sentence, passage)) == []


# The fixes in a whole build
FRENCH_PARTIES = ("  - id: valmorie\n    name: Valmorie\n    aliases: [la Valmorie]\n"
                  "  - id: ostrelande\n    name: Ostrelande\n    aliases: [l'Ostrelande]\n")
HOLMGREN = ("Le ministre ostrelandais du Commerce, Piet Holmgren, a répété lundi que son pays appliquerait des droits "
            "de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes si la Valmorie ne ramenait pas son "
            "droit sur les fromages à 12 % avant le 30 avril.")
BUILT = [(HOLMGREN, "Personne n'a appliqué de droits de rétorsion."),
         ("Le syndicat a signé l'accord mardi. Un accord salarial serait signé par le syndicat si la direction cédait.",
          "Le syndicat a signé un accord.")]
REFUSED = [(AUD, "Le groupe spécial a entendu les parties lors de trois audiences.", "deux audiences")]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    root = minimal_project(tmp_path_factory.mktemp("fc192") / "project")
    return SentencesChecked(root, [Sentence(source, summary, FRENCH_PARTIES, None, "fr")
                                   for source, summary, *_ in BUILT + REFUSED])


@pytest.mark.parametrize("source, summary", BUILT)
def test_an_honest_french_sentence_builds(checked: SentencesChecked, source: str, summary: str):
    assert checked(source, summary, FRENCH_PARTIES, None, "fr") == []


@pytest.mark.parametrize("source, summary, named", REFUSED)
def test_a_french_misstatement_is_refused(checked: SentencesChecked, source: str, summary: str, named: str):
    lines = checked(source, summary, FRENCH_PARTIES, None, "fr")
    assert any(named in line and "briefing.yaml:3" in line for line in lines), lines


# 7. An offer judged insufficient told accepted
@pytest.mark.parametrize("sentence", ["M. Holmgren a accepté l'offre valmorienne.",
                                      "L'offre valmorienne a été acceptée par M. Holmgren.",
                                      "M. Holmgren approuve la proposition valmorienne."])
def test_an_offer_judged_insufficient_told_accepted_is_refused(sentence: str):
    assert any("tells as accepted" in line for line in found(OFFER, sentence))


@pytest.mark.parametrize("sentence, passage", [
    ("M. Holmgren a jugé l'offre valmorienne insuffisante.", None),
    ("M. Holmgren n'a pas accepté l'offre valmorienne.", None),
    ("M. Holmgren n'a ni accepté ni rejeté l'offre valmorienne.", None),
    ("M. Holmgren juge l'offre valmorienne « insuffisante ».", None),
    ("Pour M. Holmgren, l'offre de Mme Castagne est insuffisante.", None),
    ("M. Holmgren a accepté l'offre.",
     "M. Holmgren avait d'abord jugé l'offre insuffisante ; il a finalement accepté l'offre le 3 mars."),
    ("La Valmorie a accepté de négocier.", "La Valmorie a accepté de négocier, mais a jugé l'offre ostrelandaise "
                                          "inacceptable."),
    ("M. Holmgren a accepté l'offre.", "M. Holmgren a jugé l'offre généreuse."),
    ("Le syndicat n'a pas refusé l'offre.", "Le syndicat n'accepte ni ne refuse l'offre."),
])
def test_an_offer_told_as_judged_builds(sentence: str, passage: str | None):
    assert (found(OFFER, sentence) if passage is None else found_in_language("fr", sentence, passage)) == []


# 8. An estimate told as a fact
@pytest.mark.parametrize("sentence", [
    "Les pertes des producteurs de fromage s'élèvent à 95 millions d'euros depuis octobre.",
    "Les producteurs de fromage ont perdu 95 millions d'euros depuis octobre.",
    "Leurs pertes atteignent 95 millions d'euros."])
def test_an_estimate_told_as_fact_is_refused(sentence: str):
    assert any("only as estimated" in line for line in found("D_PROD", sentence))


@pytest.mark.parametrize("sentence, passage", [
    ("La fédération des producteurs estime ses pertes à 95 millions d'euros depuis octobre.", None),
    ("Selon leur fédération, les producteurs de fromage ont perdu 95 millions d'euros depuis octobre.", None),
    ("Les pertes sont estimées à 95 millions d'euros par la fédération.", None),
    ("La fédération des producteurs évalue ses pertes à 95 millions d'euros.", None),
    ("D'après leur fédération, les pertes des producteurs atteignent 95 millions d'euros.", None),
    ("Les producteurs, qui chiffrent leurs pertes à 95 millions d'euros, réclament une compensation.", None),
    ("Les pertes atteignent 95 millions d'euros.", "Leur fédération estime ses pertes à 95 millions d'euros. "
                                                  "L'office statistique a confirmé des pertes de 95 millions d'euros."),
    ("Le projet coûte 12,5 millions d'euros selon la région.",
     "La région évalue le coût du projet à 12,5 millions d'euros."),
])
def test_an_estimate_kept_builds(sentence: str, passage: str | None):
    assert (found("D_PROD", sentence) if passage is None else found_in_language("fr", sentence, passage)) == []
