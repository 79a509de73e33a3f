"""A new user's French briefing on a trade dispute (tests/fixtures/newuser_117: la Valmorie's duty on Ostrelande's
cheese raised from 12 % to 25 % on 1 October 2025, l'Ostrelande's on Valmorie's aircraft parts from 5 % to 18 % on 15
November 2025; 840 million euros of cheese and 2.3 billion euros of parts traded in 2024; an interim report of the
Organisation du commerce atlantique's panel, not final; a retaliation on 1.1 billion euros threatened for 30 April
2026, not imposed; a ministerial meeting in Lisbon on 17 March 2026; each side's claim about the other's subsidies),
written from the README alone with its own commands (`accept-source`, `new`) from three sources of its own: the
panel's interim report summary (2 March 2026), the Valmorian ministry's communiqué (4 March 2026, a `statement_of`
source) and a news agency's report a week later ending with a correction (9 March 2026). Every content file is used:
background, timeline, comparisons, claims, quotes, caveats and a log with a correction.

Where the README or an error left the editor stuck:

1. Ostrelande's column of the duties table, citing "l'Ostrelande a relevé son droit de douane sur les pièces
   d'aéronefs importées de Valmorie de 5 % à 18 %", was refused as naming "Gouvernement de la Valmorie, never
   Ostrelande": a name glued to a French elided article ("l'Ostrelande", "d'Ostrelande") started in lower case and
   named no party (elided_names.py, read by owners.py). With it, "Il sindacato aveva chiesto il 3,5 per cento,
   mentre l'Autorità aveva offerto l'1,8" (tests/fixtures/newuser_99) named the Authority alone: a lowercase alias
   before a French or Italian auxiliary or verb of asking or offering ("il sindacato aveva", "le syndicat a") names
   its party too (alias_names.py).
2. A claim's figure `unit: milliard d'euros` (for "1,4 milliard d'euros") was refused: "figure 'milliard' is not in
   the passages this briefing cites", the lone scale word read as one milliard; a unit's scale word states nothing
   alone (unit_scale_words.py, read by cite.py). `milliards de dollars` or `millions d'euros` for the same figure are
   still refused.

Left as found, then fixed by tests/test_factcheck_186.py: "L'Ostrelande menace d'appliquer des droits de rétorsion si
..." citing "l'Ostrelande a annoncé son intention d'appliquer ..." was refused as stating Ostrelande's word as fact (a
threat was no saying verb to party_word.py); the editor wrote "a annoncé son intention". It builds now.

Read as a fact-checker, 88 misstatements and 30 honest paraphrases were tried against one paragraph each (`found`
below): 24 misstatements built before this work, 18 after it
("Le droit valmorien sur les fromages a doublé", 12 % to 25 %, was dropped as no misstatement). Fixed:

3. A figure a French correction notice names wrong, stated as current: "Le droit ostrelandais sur les pièces
   d'aéronefs est passé de 5 % à 16 %." citing "Rectificatif : dans une version précédente de cette dépêche, ... nous
   indiquions que le droit ostrelandais ... était passé de 5 % à 16 %. Il est passé de 5 % à 18 %"
   (french_corrections.py; revised.py reads English notes only). "..., et non à 16 %", "initialement", "une première
   version" keep it.
4. Trade volumes swapped between two sentences of a passage: "Les exportations de fromages ... ont atteint 2,3
   milliards d'euros" citing "... les exportations de fromages ... ont atteint 840 millions d'euros en 2024. Les
   exportations de pièces d'aéronefs ... ont atteint 2,3 milliards d'euros la même année." (sentence_pairs.py, with
   figure_nouns.py reading French "vers" as joining one noun phrase: "les exportations de fromages vers la
   Valmorie").
5. Found on an honest paraphrase: "Aucune rétorsion ne peut être autorisée" citing "aucune mesure de rétorsion ne
   peut être autorisée" was refused as dropping a qualifier: a French noun of kind ("mesure de") narrows nothing
   (universal_qualifiers.py).
6. A French deed given as not done by "sans" and its infinitive, told done: "M. Holmgren a rejeté l'offre
   valmorienne" citing "M. Holmgren a jugé cette offre « insuffisante », sans la rejeter formellement"
   (sans_deeds.py; German's "ohne zu" is without_to.py's).

tests/test_factcheck_186.py refused "Un accord a été conclu entre les parties avant la remise du rapport final." (MIN)
and "Selon la Valmorie, l'Ostrelande a appliqué des droits de rétorsion au 30 avril 2026." (C_MENACE), which built;
tests/test_factcheck_188.py refuses the interim report told final, "a remis son rapport final" and "Le rapport final a
été publié" (final_report_to_come.py), and the proposal's two figures swapped (condition_figures.py).
LEFTOVER, the misstatements that still build:

  1. Le groupe spécial a entendu les parties lors de trois audiences. (AUD)
  2. La Norlande a soutenu que les droits de douane des deux parties perturbaient ses exportations de fromage. (AUD)
  3. Selon la Valmorie, le groupe spécial a tenu compte des aides ostrelandaises. (C_FROM)
  4. Selon le gouvernement, une aide d'urgence de 60 millions d'euros a été versée aux entreprises de la filière
     aéronautique. (C_AIDE)
  5. La Valmorie subventionne son constructeur Aérovalm par des prêts de 1,4 milliard d'euros à taux réduit.
     (D_SUBV) [refused in the briefing itself, where a claim cites "Selon M. Holmgren, ...": "Whose word kept"]
  6. Le gouvernement ostrelandais a accordé une compensation aux producteurs de fromage. (D_PROD)
  7. Les pertes des producteurs de fromage s'élèvent à 95 millions d'euros depuis octobre. (D_PROD)
  8. M. Holmgren a accepté l'offre valmorienne. (D_OFFRE)
  9. Hélène Castagne a réduit le droit sur les fromages à 20 %. (D_OFFRE)
  10. Un diplomate estime qu'un accord à Lisbonne est probable. (D_DIPL)

Fixed by tests/test_factcheck_189.py: "Le groupe spécial a reconnu que la hausse ... répondait à
une menace pour sa sécurité nationale" (CONST, unshown_claims.py), "Le groupe spécial fixe un délai dans le rapport
intérimaire" (RECO) and "L'Ostrelande a publié la liste des produits visés" (D_HOLM, both polarity.py) are refused;
"Selon la Valmorie, l'Ostrelande n'a pas appliqué de droits de rétorsion ; elle a seulement menacé de le faire"
(C_MENACE) builds (only_threatened.py). Without "Selon la Valmorie" it is rightly refused as Valmorie's word.

"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.model import Party
from explainer.owners import misplaced_figure
from support import checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale, \
    sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_117"
BRIEFING = Path("content") / "differend-fromages"
PARTIES = (
    Party(id="valmorie", name="Gouvernement de la Valmorie", short_name="Valmorie", role="side",
          aliases=("la Valmorie", "le gouvernement")),
    Party(id="ostrelande", name="Ostrelande", short_name="Ostrelande", role="side", aliases=("l'Ostrelande",)),
    Party(id="groupe-special", name="Groupe spécial de l'Organisation du commerce atlantique",
          short_name="groupe spécial", role="groupe spécial", aliases=("le groupe spécial",)),
)
REPORT = (FIXTURE / "seeds" / "rapport.txt").read_text(encoding="utf-8")
RELEASE = (FIXTURE / "seeds" / "communique.txt").read_text(encoding="utf-8")
NEWS = (FIXTURE / "seeds" / "depeche.txt").read_text(encoding="utf-8")
STATEMENT_OF = "Gouvernement de la Valmorie"

# the panel's summary's paragraphs, the communiqué's (C_) and the news report's (D_), by words each holds
PASSAGES = {
    "INT": paragraph(REPORT, "a remis son rapport intérimaire"), "MES": paragraph(REPORT, "porte sur deux mesures"),
    "VOL": paragraph(REPORT, "840 millions"), "CONST": paragraph(REPORT, "taux consolidé"),
    "SUBV": paragraph(REPORT, "ne s'est pas prononcé"), "RECO": paragraph(REPORT, "recommande"),
    "RET": paragraph(REPORT, "relève que l'Ostrelande"), "AUD": paragraph(REPORT, "deux audiences"),
    "MIN": paragraph(REPORT, "encourage les parties"),
    "C_ACTE": paragraph(RELEASE, "qu'une étape"), "C_SECU": paragraph(RELEASE, "46 000"),
    "C_FROM": paragraph(RELEASE, "aides massives"), "C_PRETS": paragraph(RELEASE, "conteste fermement"),
    "C_CAST": paragraph(RELEASE, "pistolet"), "C_MENACE": paragraph(RELEASE, "seulement menacé"),
    "C_LIS": paragraph(RELEASE, "à 20 %"), "C_AIDE": paragraph(RELEASE, "aide d'urgence"),
    "D_OUV": paragraph(NEWS, "Une semaine après"), "D_CONST": paragraph(NEWS, "plafond de 15 %"),
    "D_HOLM": paragraph(NEWS, "patience"), "D_SUBV": paragraph(NEWS, "La Valmorie dément"),
    "D_ECH": paragraph(NEWS, "ont chuté de 31 %"), "D_PROD": paragraph(NEWS, "95 millions"),
    "D_OFFRE": paragraph(NEWS, "insuffisante"), "D_DIPL": paragraph(NEWS, "peu probable"),
    "D_RECT": paragraph(NEWS, "Rectificatif"),
}


@pytest.fixture(autouse=True)
def french_locale(reading_without_project_locales):
    """Read French as a build of the fixture reads it (after conftest's reset)."""
    read_as_project_locale(REPO, "fr")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing one paragraph of a source (the communiqué is Valmorie's)."""
    source = key[:2]
    return sentence_findings(sentence, (PASSAGES[key],), "fr", PARTIES,
                             statement_of=STATEMENT_OF if source == "C_" else "",
                             published={"C_": "2026-03-04", "D_": "2026-03-09"}.get(source, "2026-03-02"))


def test_the_briefing_builds_in_french(tmp_path: Path):
    """The briefing builds: French labels, notes leading to the three sources, the correction logged."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "differend-fromages" / "index.html").read_text(encoding="utf-8").split())
    for words in ('lang="fr"', 'href="../sources/rapport.html#passage-', 'href="../sources/communique.html#passage-',
                  'href="../sources/depeche.html#passage-', "2,3 milliards", "de 5 % à 16 %"):
        assert words in page, words


@pytest.mark.parametrize("passage, column, named", [
    # the figure's own party named by an elided name: builds (refused before)
    ("l'Ostrelande a relevé son droit de douane sur les pièces d'aéronefs importées de Valmorie de 5 % à 18 %",
     "ostrelande", ""),
    ("les exportations de fromages d'Ostrelande vers la Valmorie ont atteint 840 millions d'euros", "ostrelande", ""),
    ("Le droit qu'Ostrelande applique aux pièces de Valmorie est passé à 18 %.", "ostrelande", ""),
    # another party named by one, its own never: refused (built before, naming no one)
    ("l'Ostrelande a relevé son droit de douane sur les pièces d'aéronefs de 5 % à 18 %", "valmorie", "Ostrelande"),
    ("Le droit d'Ostrelande sur les pièces est passé à 18 %.", "valmorie", "Ostrelande"),
])
def test_a_name_after_an_elided_article_names_its_party_in_a_column(passage: str, column: str, named: str):
    party = next(each for each in PARTIES if each.id == column)
    assert misplaced_figure(party, PARTIES[:2], [Cited(passage, "fr")]) == named


@pytest.mark.parametrize("passage", [
    "Il sindacato aveva chiesto il 3,5 per cento e 120 assunzioni, mentre l'Autorità aveva offerto l'1,8 per cento.",
    "Le syndicat a demandé 3,5 %, tandis que l'Autorité a offert 1,8 %.",
])
def test_a_lowercase_alias_before_a_french_or_italian_verb_names_its_party(passage: str):
    union = Party(id="filt", name="Filt Liguria", short_name="sindacato", aliases=("il sindacato", "le syndicat"))
    authority = Party(id="autorita", name="Autorità portuale", short_name="Autorità", aliases=("l'Autorità", "Autorité"))
    assert misplaced_figure(union, (union, authority), [Cited(passage, "it")]) == ""


def test_a_common_noun_after_an_elided_article_names_no_party():
    """Only a capital after the apostrophe makes a name: "l'entreprise" names no party called Entreprise Rouge."""
    firm = Party(id="rouge", name="Entreprise Rouge", short_name="Rouge")
    other = Party(id="bleu", name="Bleu Industries", short_name="Bleu")
    assert misplaced_figure(other, (firm, other), [Cited("l'entreprise a perdu 4 millions, selon Bleu", "fr")]) == ""


def test_a_unit_with_a_singular_scale_builds(tmp_path: Path):
    """The fixture's claim gives `unit: milliard d'euros`; the same figure in dollars or millions is refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / BRIEFING / "claims.yaml"
    edit(claims, "unit: milliard d'euros}", "unit: milliard de dollars}")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:20: figure 1.4 (Prêts à Aérovalm) is given in dollars" in result.err, \
        result.err
    edit(claims, "unit: milliard de dollars}", "unit: million d'euros}")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:20: figure 1.4 (Prêts à Aérovalm) is not in the passages" in result.err, \
        result.err


@pytest.mark.parametrize("sentence", [
    "Le droit ostrelandais sur les pièces d'aéronefs est passé de 5 % à 16 %.",
    "Les exportations de fromages ostrelandais vers la Valmorie atteignaient 480 millions d'euros en 2024.",
    "L'Ostrelande taxe les pièces d'aéronefs valmoriennes à 16 %.",
])
def test_a_figure_a_french_correction_names_wrong_is_refused(sentence: str):
    assert any("correction names it wrong" in finding for finding in found("D_RECT", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Le droit ostrelandais sur les pièces d'aéronefs est passé de 5 % à 18 %.",
    "Le droit ostrelandais a été porté à 18 %, et non à 16 % comme l'indiquait une première version de la dépêche.",
    "Une première version de la dépêche donnait 16 % ; le droit est en fait de 18 %.",
    "L'agence avait d'abord écrit que le droit était passé à 16 %.",
    "La dépêche indiquait initialement 480 millions d'euros d'exportations de fromages, au lieu de 840 millions.",
    "En 2024, l'Ostrelande a exporté 840 millions d'euros de fromages vers la Valmorie.",
    "Le droit sur les pièces d'aéronefs a augmenté de 13 points, pour atteindre 18 %.",
    "L'agence a corrigé le chiffre de 16 % en 18 %.",
    "Le droit ostrelandais atteint 18 % depuis sa hausse, pas 16 %.",
    "Les exportations atteignaient 840 millions d'euros, non 480 millions.",
    "Par erreur, la dépêche du 3 mars donnait 16 %.",
])
def test_a_french_correction_kept_builds(sentence: str):
    assert found("D_RECT", sentence) == [], sentence


def test_a_newsroom_s_own_earlier_words_without_a_correction_are_not_read():
    """"nous indiquions que" alone, no correction's word, names no figure wrong."""
    passage = "Dans notre édition d'hier, nous indiquions que le droit était de 16 %. Il reste de 16 %."
    assert findings_in_language("fr", "Le droit est de 16 %.", passage) == []


@pytest.mark.parametrize("key, sentence", [
    ("VOL", "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 2,3 milliards d'euros en 2024."),
    ("D_ECH", "Les importations de pièces d'aéronefs valmoriennes ont baissé de 31 % sur la même période."),
    ("D_ECH", "Les exportations de fromages vers la Valmorie ont chuté de 22 %."),
])
def test_a_figure_moved_to_the_next_sentence_s_noun_is_refused(key: str, sentence: str):
    assert any("the sentence beside it gives" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", [
    ("VOL", "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 840 millions d'euros en 2024."),
    ("VOL", "Les exportations de pièces d'aéronefs vers l'Ostrelande ont atteint 2,3 milliards d'euros en 2024."),
    ("VOL", "Les ventes de pièces d'aéronefs valmoriennes en Ostrelande ont atteint 2,3 milliards d'euros en 2024."),
    ("VOL", "La Valmorie a exporté pour 2,3 milliards d'euros de pièces d'aéronefs vers l'Ostrelande en 2024."),
    ("VOL", "En 2024, les fromages ostrelandais vendus en Valmorie ont rapporté 840 millions d'euros."),
    ("VOL", "Les exportations ostrelandaises de fromages ont atteint 840 millions d'euros en 2024, contre 2,3 milliards "
            "d'euros pour les pièces d'aéronefs valmoriennes."),
    ("VOL", "Selon le groupe spécial, les exportations de fromages ont atteint 840 millions d'euros en 2024."),
    ("VOL", "Les échanges de pièces d'aéronefs ont atteint 2,3 milliards d'euros en 2024."),
    ("D_ECH", "Les importations de pièces d'aéronefs valmoriennes ont baissé de 22 % sur la même période."),
    ("D_ECH", "Selon l'office statistique ostrelandais, les ventes de fromages en Valmorie ont baissé de 31 % au dernier "
              "trimestre de 2025."),
    ("SUBV", "Selon l'Ostrelande, la Valmorie a prêté 1,4 milliard d'euros à Aérovalm à des taux inférieurs à ceux du "
             "marché."),
    ("D_PROD", "Selon leur fédération, les producteurs de fromage ostrelandais ont perdu 95 millions d'euros depuis "
               "octobre."),
])
def test_a_figure_kept_to_its_sentence_s_noun_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


MISSTATEMENTS = [
    ('D_OFFRE', "M. Holmgren a rejeté l'offre valmorienne."),
    ('INT', 'Le rapport intérimaire est définitif.'),
    ('INT', 'Le groupe spécial a remis son rapport intérimaire le jeudi 27 février 2026.'),
    ('INT', "Les parties peuvent présenter des observations écrites jusqu'au 30 mars 2026."),
    ('INT', 'Le rapport final est attendu en juillet 2026.'),
    ('MES', "Le 1er octobre 2025, l'Ostrelande a porté son droit de douane sur les fromages de 12 % à 25 %."),
    ('MES', 'Le 1er octobre 2025, la Valmorie a porté son droit de douane sur les fromages de 12 % à 25 %, soit une hausse de 13 %.'),
    ('MES', 'La Valmorie a relevé son droit sur les fromages de 13 points de pourcentage, à 28 %.'),
    ('MES', "Le 15 novembre 2025, la Valmorie a relevé son droit sur les pièces d'aéronefs de 5 % à 18 %."),
    ('MES', "Le 15 novembre 2025, l'Ostrelande a relevé son droit sur les pièces d'aéronefs de 5 % à 16 %."),
    ('MES', "Le 15 octobre 2025, l'Ostrelande a relevé son droit sur les pièces d'aéronefs de 5 % à 18 %."),
    ('MES', 'La Valmorie a abaissé son droit sur les fromages de 25 % à 12 %.'),
    ('MES', "L'Ostrelande a relevé son droit sur les pièces d'aéronefs de 13 %."),
    ('MES', "Le droit ostrelandais sur les pièces d'aéronefs a été multiplié par quatre."),
    ('VOL', "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 2,3 milliards d'euros en 2024."),
    ('VOL', "Les exportations de pièces d'aéronefs de la Valmorie vers l'Ostrelande ont atteint 840 millions d'euros en 2024."),
    ('VOL', "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 480 millions d'euros en 2024."),
    ('VOL', "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 840 millions d'euros en 2025."),
    ('VOL', "Les exportations de fromages de la Valmorie vers l'Ostrelande ont atteint 840 millions d'euros en 2024."),
    ('VOL', "Les exportations de pièces d'aéronefs de la Valmorie vers l'Ostrelande ont atteint 2,3 millions d'euros en 2024."),
    ('VOL', "Les exportations de fromages de l'Ostrelande vers la Valmorie ont atteint 840 millions de dollars en 2024."),
    ('CONST', 'Le groupe spécial a jugé définitivement que le droit de 25 % dépasse le taux consolidé de 15 %.'),
    ('CONST', 'Le groupe spécial constate que le droit de 25 % appliqué par la Valmorie aux fromages dépasse le taux consolidé de 12 %.'),
    ('CONST', "Le groupe spécial constate que le droit de 18 % appliqué par l'Ostrelande dépasse le taux consolidé de 15 %."),
    ('CONST', "Le groupe spécial constate que l'Ostrelande a démontré une menace pour sa sécurité nationale."),
    ('CONST', "Le groupe spécial constate, à titre provisoire, que la Valmorie n'a pas démontré que la hausse de son droit répondait à une menace pour sa sécurité nationale."),
    ('SUBV', "Le groupe spécial a constaté que l'Ostrelande verse à ses producteurs de fromage des aides de 310 millions d'euros par an."),
    ('SUBV', "L'Ostrelande verse à ses producteurs de fromage des aides de 310 millions d'euros par an."),
    ('SUBV', "La Valmorie a accordé au constructeur Aérovalm des prêts de 1,4 milliard d'euros à des taux inférieurs à ceux du marché."),
    ('SUBV', "L'Ostrelande affirme que la Valmorie verse à ses producteurs de fromage des aides de 310 millions d'euros par an."),
    ('SUBV', "La Valmorie affirme que l'Ostrelande a accordé à Aérovalm des prêts de 1,4 milliard d'euros."),
    ('SUBV', "La Valmorie affirme que l'Ostrelande verse à ses producteurs de fromage des aides de 310 millions d'euros par mois."),
    ('SUBV', 'Le groupe spécial a examiné les éléments de preuve présentés sur les subventions.'),
    ('SUBV', 'La procédure distincte sur les subventions a été ouverte en janvier 2025.'),
    ('RET', "L'Ostrelande a appliqué des droits de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes."),
    ('RET', "L'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de marchandises si la Valmorie ne ramène pas son droit sur les fromages à 12 % avant le 30 mars 2026."),
    ('RET', "La Valmorie a annoncé son intention d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de marchandises ostrelandaises."),
    ('RET', "L'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion sur 11 milliards d'euros de marchandises valmoriennes."),
    ('RET', 'Le groupe spécial a autorisé des mesures de rétorsion.'),
    ('RET', 'Des mesures de rétorsion ont été appliquées.'),
    ('MIN', 'Les ministres du commerce des deux pays se sont rencontrés à Lisbonne le mardi 17 mars 2026.'),
    ('MIN', 'Les ministres du commerce des deux pays doivent se rencontrer à Genève le mardi 17 mars 2026.'),
    ('MIN', 'Les ministres du commerce des deux pays doivent se rencontrer à Lisbonne le mercredi 17 mars 2026.'),
    ('C_ACTE', 'Selon le gouvernement de la Valmorie, le rapport est définitif.'),
    ('C_SECU', "Selon le gouvernement valmorien, la filière des pièces d'aéronefs emploie 64 000 personnes en Valmorie."),
    ('C_SECU', "Les commandes de pièces d'aéronefs venues d'Ostrelande ont baissé de 22 %."),
    ('C_SECU', "Selon le gouvernement valmorien, les commandes de pièces d'aéronefs ont augmenté de 22 %."),
    ('C_FROM', "Les aides de l'Ostrelande à ses producteurs atteignent 310 millions d'euros par an."),
    ('C_PRETS', 'Selon la Valmorie, les prêts à Aérovalm ont été consentis par des banques publiques.'),
    ('C_PRETS', 'Les prêts à Aérovalm ont été consentis aux conditions du marché.'),
    ('C_PRETS', "Selon la Valmorie, aucun prêt public n'a été accordé à Aérovalm depuis 2009."),
    ('C_CAST', 'Hélène Castagne a déclaré : « Nous céderons à la menace. »'),
    ('C_CAST', 'Piet Holmgren a déclaré : « Nous ne céderons pas à la menace. »'),
    ('C_CAST', 'Selon la ministre, la Valmorie modifiera son droit sur les fromages.'),
    ('C_LIS', 'Selon le gouvernement valmorien, la Valmorie a réduit le droit sur les fromages à 20 %.'),
    ('C_LIS', 'La ministre se rendra à Lisbonne le 7 mars 2026.'),
    ('C_AIDE', "Selon le gouvernement, une aide d'urgence de 60 milliards d'euros est prévue."),
    ('D_HOLM', "Piet Holmgren a annoncé que son pays appliquait des droits de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes."),
    ('D_HOLM', 'Des droits de rétorsion sont en vigueur depuis le 30 avril.'),
    ('D_SUBV', "L'Ostrelande reconnaît verser 310 millions d'euros d'aides par an à ses producteurs de fromage."),
    ('D_SUBV', 'Les accusations de subventions ont été tranchées en janvier.'),
    ('D_ECH', 'Les exportations de fromages vers la Valmorie ont chuté de 31 points au dernier trimestre de 2025.'),
    ('D_ECH', 'Les exportations de fromages vers la Valmorie ont chuté de 22 % au dernier trimestre de 2025.'),
    ('D_ECH', 'Les exportations de fromages vers la Valmorie ont chuté de 31 % au premier trimestre de 2025.'),
    ('D_ECH', "Les importations de pièces d'aéronefs valmoriennes ont baissé de 31 % sur la même période."),
    ('D_DIPL', 'Un accord à Lisbonne est peu probable.'),
    ('D_RECT', "Le droit ostrelandais sur les pièces d'aéronefs est passé de 5 % à 16 %."),
    ('D_RECT', "Les exportations de fromages ostrelandais vers la Valmorie atteignaient 480 millions d'euros en 2024."),
    ('D_RECT', "Le droit ostrelandais sur les pièces d'aéronefs est passé de 5 % à 18 %, soit une hausse de 13 %."),
]

HONEST = [
    ('INT', "Le rapport intérimaire, remis le 27 février 2026, n'est pas définitif."),
    ('INT', 'Le rapport final est attendu en juin 2026.'),
    ('INT', "Les parties ont jusqu'au 20 mars 2026 pour présenter leurs observations écrites."),
    ('MES', 'La Valmorie a relevé son droit sur les fromages ostrelandais de 13 points de pourcentage, à 25 %.'),
    ('MES', "Depuis le 15 novembre 2025, les pièces d'aéronefs valmoriennes sont taxées à 18 % en Ostrelande, contre 5 % auparavant."),
    ('MES', 'Le droit valmorien sur les fromages est passé de 12 % à 25 % le 1er octobre 2025.'),
    ('VOL', "En 2024, l'Ostrelande a exporté pour 840 millions d'euros de fromages vers la Valmorie."),
    ('VOL', "La Valmorie a exporté pour 2,3 milliards d'euros de pièces d'aéronefs vers l'Ostrelande en 2024."),
    ('CONST', 'À titre provisoire, le groupe spécial estime que le droit de 25 % dépasse le taux consolidé de 15 %.'),
    ('CONST', "Le groupe spécial n'a pas retenu, à titre provisoire, l'argument de sécurité nationale de l'Ostrelande."),
    ('SUBV', "La Valmorie affirme que l'Ostrelande verse 310 millions d'euros d'aides par an à ses producteurs de fromage."),
    ('SUBV', "Selon l'Ostrelande, la Valmorie a prêté 1,4 milliard d'euros à Aérovalm à des taux inférieurs à ceux du marché."),
    ('SUBV', "Le groupe spécial ne s'est pas prononcé sur les subventions."),
    ('RECO', 'Le délai sera fixé dans le rapport final.'),
    ('RET', "L'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes si la Valmorie ne ramène pas son droit sur les fromages à 12 %."),
    ('RET', "Aucune mesure de rétorsion n'a été appliquée."),
    ('RET', "Aucune rétorsion ne peut être autorisée avant l'adoption du rapport final."),
    ('MIN', 'Les ministres du commerce doivent se retrouver à Lisbonne le mardi 17 mars 2026.'),
    ('AUD', 'Le groupe spécial a tenu deux audiences, le 8 décembre 2025 et le 21 janvier 2026.'),
    ('C_SECU', 'Selon le gouvernement valmorien, la filière emploie 46 000 personnes.'),
    ('C_FROM', "Selon la Valmorie, les aides ostrelandaises atteignent 310 millions d'euros par an."),
    ('C_PRETS', 'La Valmorie affirme que les prêts à Aérovalm ont été consentis aux conditions du marché.'),
    ('C_CAST', 'Hélène Castagne a déclaré : « Nous ne céderons pas à la menace. »'),
    ('C_LIS', "Selon son communiqué, la Valmorie proposera de réduire le droit sur les fromages à 20 % si l'Ostrelande ramène le sien à 10 %."),
    ('C_AIDE', "Le gouvernement valmorien dit prévoir une aide d'urgence de 60 millions d'euros pour la filière aéronautique."),
    ('D_HOLM', "Aucune rétorsion n'est en vigueur, et l'Ostrelande n'a publié aucune liste des produits visés."),
    ('D_ECH', "Selon l'office statistique ostrelandais, les exportations de fromages vers la Valmorie ont reculé de 31 % au dernier trimestre de 2025."),
    ('D_OFFRE', "M. Holmgren a jugé l'offre valmorienne « insuffisante », sans la rejeter formellement."),
    ('D_RECT', "Le droit ostrelandais sur les pièces d'aéronefs est passé de 5 % à 18 %, et non à 16 %."),
    ('D_DIPL', 'Selon un diplomate, un accord à Lisbonne est « peu probable ».'),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "M. Holmgren a rejeté l'offre valmorienne.",
    "L'offre valmorienne a été rejetée par M. Holmgren.",
    "M. Holmgren rejette l'offre valmorienne.",
])
def test_a_deed_done_sans_its_infinitive_told_done_is_refused(sentence: str):
    assert any("gives as not done ('sans la rejeter')" in finding for finding in found("D_OFFRE", sentence)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("M. Holmgren a jugé l'offre valmorienne insuffisante, sans la rejeter formellement.", None),
    ("M. Holmgren a qualifié l'offre d'insuffisante sans la rejeter.", None),
    ("M. Holmgren a critiqué l'offre valmorienne, qu'il juge insuffisante.", None),
    ("Pour M. Holmgren, l'offre valmorienne est « insuffisante ».", None),
    ("L'offre valmorienne a été jugée « insuffisante » par M. Holmgren.", None),
    ("M. Holmgren a refusé de rejeter l'offre.", None),
    ("Il a signé l'accord.", "Il a quitté la salle sans signer l'accord. La veille, le ministre avait signé le décret."),
    ("Le ministre a quitté la salle.", "Le ministre a quitté la salle sans signer l'accord."),
    ("Les salariés ont travaillé deux jours.", "Les salariés ont travaillé deux jours sans être payés."),
    ("La police a dispersé la foule.", "La police a dispersé la foule sans faire de blessés."),
])
def test_a_deed_kept_sans_or_done_elsewhere_builds(sentence: str, passage):
    assert (found("D_OFFRE", sentence) if passage is None else findings_in_language("fr", sentence, passage)) == []
