"""French negations dropped, and one refused, in a new user's trade-dispute briefing (tests/fixtures/newuser_117):

1. An adverb between "n'a" and its participle was read as what the clause negates: "L'Ostrelande a publié la liste
   des produits visés" citing "L'Ostrelande n'a toutefois publié aucune liste des produits visés" built (its predicate
   read as "toutefois"); "toutefois", "cependant", "pourtant", "néanmoins", "toujours", "formellement", ... are no
   predicate now (polarity.py).
2. A denial's place, told where the passage denies it: "Le groupe spécial fixe un délai dans le rapport intérimaire"
   citing "Il ne fixe pas de délai dans le rapport intérimaire. Le délai sera fixé dans le rapport final." built,
   backed by the last clause; a French clause of the sentence's polarity no longer backs it where the sentence holds a
   word the denied clause holds after its negation ("intérimaire") that it lacks, and it holds one the sentence
   lacks ("final") (polarity.py's _backs_elsewhere).
3. A claim a passage says was not shown, told as shown or recognised by another: "Le groupe spécial a reconnu que la
   hausse du droit ostrelandais répondait à une menace pour sa sécurité nationale" citing "il constate ... que
   l'Ostrelande n'a pas démontré que la hausse de son droit ... répondait à une menace pour sa sécurité nationale"
   (unshown_claims.py).
4. Found refused: "Selon la Valmorie, l'Ostrelande n'a pas appliqué de droits de rétorsion ; elle a seulement menacé
   de le faire" citing "l'Ostrelande a seulement menacé d'appliquer des droits de rétorsion au 30 avril 2026. Toute
   rétorsion appliquée avant le rapport final serait contraire ..." was read as adding a negation to the second
   sentence: a deed only threatened is not done (only_threatened.py, read by polarity.py).

Each with honest French paraphrases that must build.
"""

from __future__ import annotations

import pytest

from support import findings_in_language, read_as_project_locale
from conftest import REPO
import test_newuser_117 as newuser

DROPS = "drops the negation"
UNSHOWN = "tells as shown"


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build of the fixture reads it (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


# 1. An adverb after "n'a" is no predicate
@pytest.mark.parametrize("sentence", [
    "L'Ostrelande a publié la liste des produits visés.",
    "L'Ostrelande a publié une liste des produits visés par ses droits de rétorsion.",
])
def test_a_participle_after_an_adverb_told_done_is_refused(sentence: str):
    assert any(DROPS in finding for finding in newuser.found("D_HOLM", sentence)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Le syndicat a signé l'accord.", "Le syndicat n'a cependant pas signé l'accord."),
    ("Le ministère a confirmé le chiffre.", "Le ministère n'a toujours pas confirmé le chiffre."),
    ("L'entreprise a publié ses comptes.", "L'entreprise n'a pourtant jamais publié ses comptes."),
])
def test_other_french_adverbs_are_no_predicate(sentence: str, passage: str):
    assert any(DROPS in finding for finding in findings_in_language("fr", sentence, passage)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("D_HOLM", "L'Ostrelande n'a publié aucune liste des produits visés."),
    ("D_HOLM", "Aucune liste des produits visés n'a été publiée par l'Ostrelande."),
    ("D_HOLM", "L'Ostrelande n'a toujours pas publié la liste des produits visés."),
    ("D_HOLM", "L'Ostrelande n'a pas encore publié de liste des produits visés."),
    ("D_HOLM", "La liste des produits visés n'a pas été publiée."),
])
def test_a_list_kept_unpublished_builds(key: str, sentence: str):
    assert newuser.found(key, sentence) == [], sentence


# 2. A denial's place
@pytest.mark.parametrize("sentence, passage", [
    ("Le groupe spécial fixe un délai dans le rapport intérimaire.", newuser.PASSAGES["RECO"]),
    ("Un délai est fixé dans le rapport intérimaire.", newuser.PASSAGES["RECO"]),
    ("Le tribunal a fixé une date pour l'audience publique.",
     "Le tribunal n'a pas fixé de date pour l'audience publique. Une date sera fixée pour l'audience en appel."),
])
def test_a_thing_told_where_the_passage_denies_it_is_refused(sentence: str, passage: str):
    assert any(DROPS in finding for finding in findings_in_language("fr", sentence, passage)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Le délai sera fixé dans le rapport final.", None),
    ("Le groupe spécial fixera un délai dans le rapport final.", None),
    ("Le groupe spécial ne fixe pas de délai dans le rapport intérimaire.", None),
    ("Aucun délai n'est fixé dans le rapport intérimaire ; il le sera dans le rapport final.", None),
    ("Le rapport intérimaire ne fixe pas de délai, que fixera le rapport final.", None),
    ("C'est dans le rapport final que le délai sera fixé.", None),
    ("Le délai de mise en conformité sera fixé dans le rapport final, non dans le rapport intérimaire.", None),
    ("Le groupe spécial recommande une mise en conformité et fixera le délai dans le rapport final.", None),
    ("Le syndicat a signé l'accord sectoriel, pas l'accord salarial.",
     "Le syndicat n'a pas signé l'accord salarial. Il a signé l'accord sectoriel."),
    ("Le syndicat a signé l'accord sectoriel.",
     "Le syndicat n'a pas signé l'accord salarial. Il a signé l'accord sectoriel."),
    ("Une date sera fixée pour l'audience en appel.",
     "Le tribunal n'a pas fixé de date pour l'audience publique. Une date sera fixée pour l'audience en appel."),
])
def test_a_thing_told_where_the_passage_tells_it_builds(sentence: str, passage):
    assert findings_in_language("fr", sentence, passage or newuser.PASSAGES["RECO"]) == [], sentence


# 3. A claim not shown, told as shown or recognised
@pytest.mark.parametrize("sentence", [
    "Le groupe spécial a reconnu que la hausse du droit ostrelandais répondait à une menace pour sa sécurité "
    "nationale.",
    "Le groupe spécial a démontré que la hausse du droit ostrelandais répondait à une menace pour sa sécurité "
    "nationale.",
    "Le groupe spécial a constaté que la hausse du droit ostrelandais répondait à une menace pour la sécurité "
    "nationale de l'Ostrelande.",
    "Le groupe spécial admet que la hausse du droit sur les pièces d'aéronefs répondait à une menace pour la sécurité "
    "nationale.",
])
def test_a_claim_not_shown_told_as_shown_is_refused(sentence: str):
    assert any(UNSHOWN in finding for finding in newuser.found("CONST", sentence)), sentence


def test_the_same_verb_of_the_same_subject_is_named_once():
    """"L'Ostrelande a démontré que" of "l'Ostrelande n'a pas démontré que": polarity.py's, named once."""
    findings = newuser.found("CONST", "L'Ostrelande a démontré que la hausse de son droit répondait à une menace pour "
                                      "sa sécurité nationale.")
    assert len(findings) == 1 and DROPS in findings[0], findings


@pytest.mark.parametrize("sentence", [
    "Le groupe spécial a constaté que l'Ostrelande n'avait pas démontré que la hausse de son droit répondait à une "
    "menace pour sa sécurité nationale.",
    "Le groupe spécial n'a pas reconnu que la hausse du droit ostrelandais répondait à une menace pour sa sécurité "
    "nationale.",
    "Selon l'Ostrelande, la hausse de son droit répondait à une menace pour sa sécurité nationale.",
    "L'Ostrelande soutenait que la hausse de son droit répondait à une menace pour sa sécurité nationale, ce que le "
    "groupe spécial n'a pas retenu à titre provisoire.",
    "À titre provisoire, le groupe spécial juge que l'Ostrelande n'a pas prouvé que sa sécurité nationale était "
    "menacée.",
    "Le groupe spécial n'a pas retenu, à titre provisoire, l'argument de sécurité nationale de l'Ostrelande.",
    "Le groupe spécial a reconnu que le droit de 25 % dépasse le taux consolidé de 15 %.",
])
def test_a_claim_kept_unshown_builds(sentence: str):
    assert newuser.found("CONST", sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Le juge a constaté que le contrat était valable.",
     "Le juge a constaté que le contrat était valable. La société n'a pas démontré que le contrat était valable."),
    ("La société affirme avoir démontré que la clause était abusive.", "La société n'a pas prouvé que la clause était "
                                                                      "abusive."),
    ("Le juge a constaté que le contrat était valable.",
     "Le juge a constaté que le contrat était valable. La société n'a pas prouvé que la clause était abusive."),
])
def test_a_claim_shown_in_the_passage_or_claimed_builds(sentence: str, passage: str):
    assert findings_in_language("fr", sentence, passage) == [], sentence


def test_a_claim_not_shown_told_as_found_by_a_judge_is_refused():
    passage = "La société n'a pas démontré que le contrat était valable et conforme."
    findings = findings_in_language("fr", "Le juge a constaté que le contrat était bien valable et conforme.", passage)
    assert any(UNSHOWN in finding for finding in findings), findings


# 4. A deed only threatened, told as not done
@pytest.mark.parametrize("sentence", [
    "Selon la Valmorie, l'Ostrelande n'a pas appliqué de droits de rétorsion ; elle a seulement menacé de le faire.",
    "Selon la Valmorie, l'Ostrelande n'a pas appliqué de droits de rétorsion, elle a seulement menacé de le faire.",
    "Selon la Valmorie, l'Ostrelande n'a pas appliqué les droits de rétorsion : elle a seulement menacé de les "
    "appliquer au 30 avril 2026.",
    "Selon le gouvernement valmorien, l'Ostrelande n'applique pas de droits de rétorsion, elle menace seulement de le "
    "faire.",
    "Selon la Valmorie, l'Ostrelande n'a appliqué aucun droit de rétorsion.",
    "La Valmorie rappelle que l'Ostrelande n'a pas appliqué les droits, mais a seulement menacé de le faire.",
])
def test_a_deed_only_threatened_told_not_done_builds(sentence: str):
    assert newuser.found("C_MENACE", sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("L'Ostrelande n'a pas appliqué de droits de rétorsion.",
     "L'Ostrelande s'est contentée de menacer d'appliquer des droits. Des droits appliqués seraient illégaux."),
    ("L'entreprise n'a pas fermé l'usine.",
     "L'entreprise a seulement menacé de fermer l'usine. Une usine fermée coûterait 300 emplois."),
])
def test_other_threats_only_told_not_done_build(sentence: str, passage: str):
    assert findings_in_language("fr", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence", [
    "Selon la Valmorie, l'Ostrelande a appliqué des droits de rétorsion au 30 avril 2026.",
    "Selon la Valmorie, l'Ostrelande n'a pas menacé d'appliquer des droits de rétorsion.",
])
def test_a_threat_told_done_or_denied_stays_refused(sentence: str):
    assert newuser.found("C_MENACE", sentence), sentence
