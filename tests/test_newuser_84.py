"""A French newsroom's new user, a dispute over closing a maternity ward (tests/fixtures/newuser_84: an agency's
dispatch of ~690 words, a regional health agency, the ARS, against the hospital unions; an interim order "en
référé", "287 accouchements" against "356 naissances", "2,3 millions d'euros", "12,5 %", a staff vote, quotes « »
of the agency's director, a union leader and a doctor, an expert's "pourrait", a deadline, weekdays dated from the
dispatch's date and a corrected figure in the log), written from the README alone, and what a fact-checker found.

Honest wording that was refused, now built:
- "Claire Moreau a indiqué que l'agence ferait appel" citing "Elle a indiqué que l'agence ferait appel ..." after
  "« ... », a déclaré jeudi Claire Moreau, directrice générale de l'ARS.": "Elle" was read as a speaker's name; a
  pronoun names no one, and a passage opening on one is read with the sentence before it in its paragraph
  (held_speakers.with_antecedent), whose "a déclaré jeudi Claire Moreau" names her past the day (speakers.py);
- "L'ARS invoque un manque de pédiatres", "met en avant", "fait valoir", "Les syndicats jugent ces estimations
  « gonflées »": a side's argument or judgement says whose word it is (speakers._REPORTING_FR, which now reads the
  plural of each of its verbs, "estiment", "soulignent"; "jugent" in attribution.ATTRIBUTIONS only: "ce que les
  syndicats jugent « invérifiable »" would make the unions a speaker of the agency's words before it).
Misstatements that built, now refused:
- "selon l'agence" dropped, "L'agence assure que" dropped: a French party's common noun the editor gave as its short
  name or alias ("l'agence", "l'intersyndicale") is its side's voice (party_word._declared, owners.party_words);
- "Les syndicats estiment que ..." of the agency's words: the plural verbs above name their speaker;
- "L'agence a fait appel" citing "ferait appel" (legal_status._PLANNED), "une défaite pour les syndicats" citing "une
  victoire d'étape" (opposites_languages.py, French, Spanish and German).
A French briefing's hints said "('according to L'ARS')" and "('... said', 'according to ...')": now "selon l'ARS" and
"('... a déclaré', 'selon ...')".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, line_opening, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_84"
SOURCE = (FIXTURE / "seeds" / "depeche-maternite.txt").read_text(encoding="utf-8")

ARS = Party(id="ars", name="Agence régionale de santé Centre-Loire", short_name="ARS", role="autorité sanitaire",
            aliases=("l'agence", "l'ARS", "Claire Moreau", "la directrice générale de l'ARS"))
UNIONS = Party(id="intersyndicale", name="Intersyndicale CGT-SUD", short_name="L'intersyndicale", role="syndicats",
               aliases=("les syndicats", "CGT Santé", "Patrick Lemaire"))
COURT = Party(id="tribunal", name="Tribunal administratif d'Orléans", short_name="Le tribunal", role="juridiction",
              aliases=("le juge des référés",))
PARTIES = (ARS, UNIONS, COURT)


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    return line_opening(SOURCE, opening)


P_ORDER = paragraph("SAINT-AUBIN-SUR-VÈRE")
P_REFERE = paragraph("Dans son ordonnance")
P_COUNT = paragraph("L'ARS avait annoncé")
P_MOREAU = paragraph("« Nous ne fermons pas")
P_LEMAIRE = paragraph("Pour Patrick Lemaire")
P_VOTE = paragraph("Le personnel de l'hôpital")
P_COST = paragraph("L'agence met en avant")
P_EXPERT = paragraph("Selon Marc Delorme")
P_DOCTOR = paragraph("Sur le terrain")
P_TRANSFER = paragraph("L'ARS propose")
P_DEADLINE = paragraph("Les élus du conseil")
P_LAST = paragraph("La maternité de Saint-Aubin est")
APPEAL = "Elle a indiqué que l'agence ferait appel de l'ordonnance devant le Conseil d'État."
COUNT = ("Selon l'agence, l'établissement a réalisé 287 accouchements en 2025, contre 412 en 2019, soit une baisse de "
         "30,3 %.")
TRANSFER = ("L'agence assure que ce transfert permettrait de créer 18 postes de sages-femmes supplémentaires sur le site "
            "d'accueil.")

HONEST = {
    # refused before this work
    "pronoun-antecedent": ("Claire Moreau a indiqué que l'agence ferait appel de l'ordonnance.", P_MOREAU),
    "pronoun-antecedent-role": ("La directrice générale de l'ARS a indiqué que l'agence ferait appel.", P_MOREAU),
    "invoque": ("L'ARS invoque un manque de pédiatres et d'anesthésistes et un nombre d'accouchements jugé "
                "insuffisant.", P_COUNT),
    "elle-invoque": ("Elle invoque un manque de pédiatres et d'anesthésistes.", P_COUNT),
    "met-en-avant": ("L'ARS met en avant un manque de pédiatres.", P_COUNT),
    "fait-valoir": ("L'ARS fait valoir un manque de pédiatres et d'anesthésistes.", P_COUNT),
    "jugent": ("Les syndicats jugent « gonflées » les estimations de l'audit.", P_COST),
    # built before, kept
    "selon-kept": ("Selon l'agence, l'établissement a réalisé 287 accouchements en 2025, contre 412 en 2019.", COUNT),
    "assure-kept": ("Selon l'agence, le transfert permettrait de créer 18 postes de sages-femmes supplémentaires.",
                    TRANSFER),
    "unions-kept": ("Selon l'intersyndicale, sa fermeture laisserait 38 000 habitants à plus de 40 minutes d'une salle "
                    "d'accouchement.", P_LAST),
    "quote-kept": ("« Nous ne fermons pas une maternité par plaisir », a déclaré Claire Moreau.", P_MOREAU),
    "suspended-kept": ("Le tribunal administratif d'Orléans a suspendu mercredi la décision de l'ARS, une victoire "
                       "d'étape pour les syndicats hospitaliers.", P_ORDER),
    "suspension-kept": ("Le tribunal a prononcé la suspension de la décision de fermer la maternité.", P_ORDER),
    "appeal-announced-kept": ("L'agence compte faire appel devant le Conseil d'État.", APPEAL),
    "may-kept": ("Selon Marc Delorme, la fermeture pourrait allonger de 25 minutes en moyenne le trajet des femmes "
                 "enceintes.", P_EXPERT),
    "vote-kept": ("Le 26 février, 81,6 % des votants ont rejeté le projet de l'ARS, avec une participation de 64 %.",
                  P_VOTE),
    "doctor-kept": ("La Dr Vasseur plaide pour un centre périnatal de proximité.", P_DOCTOR),
}

MISSTATED = {
    # built before this work
    "selon-dropped": ("L'établissement a réalisé 287 accouchements en 2025, contre 412 en 2019.", COUNT,
                      "give only as the word of l'agence"),
    "selon-dropped-after": ("Sa fermeture laisserait 38 000 habitants à plus de 40 minutes d'une salle d'accouchement.",
                            P_LAST, "give only as the word of l'intersyndicale"),
    "assure-dropped": ("Le transfert permettra de créer 18 postes de sages-femmes supplémentaires.", TRANSFER,
                       "give only as the word of L'agence"),
    "their-word-to-the-other": ("Les syndicats estiment qu'il manque des pédiatres et des anesthésistes.", P_COUNT,
                                "gives the words to Les syndicats, but its cited passages give them to L'ARS"),
    "soulignent": ("Les syndicats soulignent un manque de pédiatres et d'anesthésistes.", P_COUNT,
                   "gives the words to Les syndicats"),
    "appeal-told-filed": ("L'agence a fait appel de l'ordonnance devant le Conseil d'État.", APPEAL,
                          "tells as filed ('a fait appel') an appeal its cited passages give only as announced "
                          "('ferait appel')"),
    "defeat": ("Le tribunal administratif d'Orléans a suspendu mercredi la décision de l'ARS, une défaite pour les "
               "syndicats hospitaliers.", P_ORDER, "says 'défaite' where its cited passages say 'victoire'"),
    "setback": ("L'ordonnance est un revers pour les syndicats hospitaliers.", P_ORDER,
                "says 'revers' where its cited passages say 'victoire'"),
    # refused before as a side's word told as fact (or given to "Elle"), now with the speaker they are given to
    "argued-by-the-other": ("Les syndicats invoquent un manque de pédiatres.", P_COUNT,
                            "gives the words to Les syndicats"),
    "put-forward-by-the-other": ("Les syndicats font valoir un manque de pédiatres et d'anesthésistes.", P_COUNT,
                                 "gives the words to Les syndicats"),
    "plea-to-the-director": ("Claire Moreau plaide pour un centre périnatal de proximité.", P_DOCTOR,
                             "gives the words to Claire Moreau, but its cited passages give them to Hélène Vasseur"),
    "quote-to-the-union": ("« Nous ne fermons pas une maternité par plaisir », a déclaré Patrick Lemaire.", P_MOREAU,
                           "gives the words to Patrick Lemaire, but its cited passages give them to Claire Moreau"),
    # refused before too, kept refused
    "argument-as-fact": ("Un manque de pédiatres justifie la fermeture.", P_COUNT, "give only as the word of L'ARS"),
    "births-wrong": ("Selon l'agence, l'établissement a réalisé 278 accouchements en 2025.", COUNT,
                     'figure "278" is not in'),
    "year-wrong": ("Selon l'agence, l'établissement a réalisé 287 accouchements en 2024.", COUNT,
                   'figure "2024" is not in'),
    "date-wrong": ("L'ARS avait annoncé le 4 mars la fermeture de la maternité.", P_COUNT, 'date "4 mars" is not in'),
    "count-to-the-unions": ("Selon l'intersyndicale, l'établissement a réalisé 287 accouchements en 2025.", COUNT,
                            "gives the words to l'intersyndicale"),
    "unions-count-to-the-agency": ("Selon l'agence, la maternité a pris en charge 356 naissances en 2025.", P_COUNT,
                                   "gives the words to l'agence"),
    "fall-as-rise": ("Selon l'agence, les accouchements ont augmenté de 30,3 % depuis 2019.", P_COUNT,
                     "is given as a rise"),
    "share-wrong": ("Selon l'agence, 21,5 % des parturientes ont été transférées en urgence en 2025.", P_COUNT,
                    'figure "21,5 %" is not in'),
    "negation-dropped-in-quote": ("« Nous fermons une maternité par plaisir », a déclaré Claire Moreau.", P_MOREAU,
                                  'quoted words "Nous fermons une maternité par plaisir" are not in'),
    "quote-to-the-minister": ("« Nous ne fermons pas une maternité par plaisir », a déclaré la ministre de la Santé.",
                              P_MOREAU, "gives the words to la ministre de la Santé"),
    "union-quote-to-the-director": ("« Aucune femme ne devrait faire une heure de route pour accoucher », a affirmé "
                                    "Claire Moreau.", P_LEMAIRE, "gives the words to Claire Moreau"),
    "quote-altered": ("« Aucune femme ne devrait faire deux heures de route pour accoucher », a affirmé Patrick "
                      "Lemaire.", P_LEMAIRE, "are not in the passages"),
    "jamais-dropped": ("Selon Patrick Lemaire, l'agence a étudié ce que la fermeture coûterait aux familles.",
                       P_LEMAIRE, "drops the negation"),
    "vote-share-wrong": ("Le 26 février, 86,1 % des votants ont rejeté le projet de l'ARS.", P_VOTE,
                         'figure "86,1 %" is not in'),
    "rejected-as-approved": ("Le 26 février, 81,6 % des votants ont approuvé le projet de l'ARS.", P_VOTE,
                             "drops the negation"),
    "turnout-wrong": ("Le 26 février, 81,6 % des votants ont rejeté le projet, avec une participation de 46 %.", P_VOTE,
                      'figure "46 %" is not in'),
    "strike-date-wrong": ("Les 140 salariés du pôle femme-enfant ont voté une grève reconductible à partir du 6 mars.",
                          P_VOTE, 'date "6 mars" is not in'),
    "deficit-wrong": ("Un audit estime à 3,2 millions d'euros par an le déficit du service.", P_COST,
                      'figure "3,2 millions" is not in'),
    "au-moins-dropped": ("Un audit estime à 4,8 millions d'euros les travaux nécessaires pour mettre le bloc aux "
                         "normes.", P_COST, 'leaves out the qualifier of "au moins 4,8 millions"'),
    "ne-pas-dropped": ("Selon les syndicats, le déficit dépasse 1,1 million d'euros.", P_COST, "drops the negation"),
    "may-as-will": ("La fermeture va allonger de 25 minutes en moyenne le trajet des femmes enceintes.", P_EXPERT,
                    "worded as certain ('va allonger')"),
    "may-as-future": ("Selon Marc Delorme, la fermeture allongera de 25 minutes en moyenne le trajet des femmes "
                      "enceintes.", P_EXPERT, "worded as certain ('allongera')"),
    "up-to-dropped": ("Selon Marc Delorme, la fermeture pourrait allonger de 52 minutes en moyenne le trajet.",
                      P_EXPERT, 'leaves out the qualifier of "jusqu\'à 52"'),
    "expert-to-the-director": ("Selon Claire Moreau, la fermeture pourrait allonger de 25 minutes en moyenne le trajet "
                               "des femmes enceintes.", P_EXPERT, "gives the words to Claire Moreau"),
    "weekday-wrong": ("Le tribunal administratif d'Orléans a suspendu mardi la décision de l'ARS.", P_ORDER,
                      'day "mardi" is not in'),
    "aucun-dropped": ("Un incident grave a été signalé pendant ces fermetures, selon la direction de l'hôpital.",
                      P_DOCTOR, "drops the negation"),
    "negation-added": ("La Dr Vasseur s'oppose à un regroupement.", P_DOCTOR, "adds a negation"),
    "doctor-to-the-union": ("Selon Patrick Lemaire, le bloc a dû fermer douze week-ends depuis janvier faute "
                            "d'anesthésiste.", P_DOCTOR, "gives the words to Patrick Lemaire"),
    "environ-dropped": ("La maternité de Vierzon-les-Bois réalise 1 150 accouchements par an.", P_TRANSFER,
                        'leaves out the qualifier of "environ 1 150"'),
    "claim-to-the-other-side": ("Selon les syndicats, le transfert permettrait de créer 18 postes de sages-femmes.",
                                P_TRANSFER, "gives the words to les syndicats"),
    "deadline-wrong": ("L'ARS a donné aux syndicats jusqu'au 13 avril pour présenter un projet alternatif.",
                       P_DEADLINE, 'date "13 avril" is not in'),
    "unions-figure-to-the-agency": ("Selon l'ARS, la fermeture laisserait 38 000 habitants à plus de 40 minutes d'une "
                                    "salle d'accouchement.", P_LAST, "gives the words to l'ARS"),
    "plus-de-dropped": ("Selon l'intersyndicale, la fermeture laisserait 38 000 habitants à 40 minutes d'une salle "
                        "d'accouchement.", P_LAST, 'leaves out the qualifier of "plus de 40"'),
}


@pytest.fixture(scope="module", autouse=True)
def french_locale():
    """Read French as a build of the project does."""
    read_as_project_locale(FIXTURE, "fr")


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a French sentence citing one passage of the dispatch, of 12 March 2026."""
    return sentence_findings(sentence, (passage,), "fr", PARTIES, published="2026-03-12")


def test_the_briefing_builds(tmp_path: Path):
    """The briefing a French editor wrote from the README alone builds: a pronoun's speaker, "invoque", "met en
    avant" and "jugent" read as whose word they state, weekdays dated from the dispatch, and a corrected figure."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "maternite-saint-aubin" / "index.html").read_text(encoding="utf-8")
    for words in ("ferait appel de l&#39;ordonnance devant le Conseil", "Elle invoque un manque de pédiatres",
                  "L&#39;agence met en avant le coût", "Nous écrivions que la maternité avait réalisé 412 accouchements",
                  "12,5 %"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    findings = found(sentence, passage)
    assert any(named in message for message in findings), findings


def _with_paragraph(sentence: str, passage: str, holding_paragraph: str) -> list[str]:
    """Return the findings of a sentence citing `passage` as the build reads it: with the paragraph holding it."""
    from explainer.attribution import Cited, check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.owners import party_words

    cited = [Cited(passage, "fr", passage, holding_paragraph, "", "2026-03-12")]
    named = tuple((party.id, party_words(party, "fr")) for party in PARTIES)
    return [finding.message for finding in check_prose(sentence + "[^k]", lambda key: cited, "fr", 2)
            + _reworded(sentence, Passages(cited), 0, "fr", Passages(), named)]


@pytest.mark.parametrize("sentence, named", [
    ("Claire Moreau a indiqué que l'agence ferait appel de l'ordonnance.", None),
    ("La directrice générale de l'ARS a indiqué que l'agence ferait appel.", None),
    ("Patrick Lemaire a indiqué que l'agence ferait appel de l'ordonnance.",
     "gives the words to Patrick Lemaire, but its cited passages give them to Claire Moreau"),
    ("Selon l'intersyndicale, l'agence fera appel de l'ordonnance.",
     "gives the words to l'intersyndicale, but its cited passages give them to Claire Moreau"),
])
def test_a_pronoun_speaks_for_the_speaker_before_it(sentence: str, named: str | None):
    """A citation of "Elle a indiqué que ..." alone is read with the sentence before it in its paragraph, which
    names her: "Elle" was read as a name, and refused her own words given to her by name."""
    findings = _with_paragraph(sentence, APPEAL, P_MOREAU)
    assert (findings == []) if named is None else any(named in message for message in findings), findings


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("es", "El fallo es una victoria para los sindicatos.", "El fallo es una victoria para los sindicatos.", True),
    ("es", "El fallo es una derrota para los sindicatos.", "El fallo es una victoria para los sindicatos.", False),
    ("de", "Das Urteil ist eine Niederlage für die Gewerkschaften.",
     "Das Urteil ist ein Sieg für die Gewerkschaften.", False),
])
def test_won_and_lost_are_read_in_spanish_and_german(language: str, sentence: str, passage: str, builds: bool):
    read_as_project_locale(REPO, language)
    assert (sentence_findings(sentence, (passage,), language, ()) == []) is builds


def test_a_french_hint_says_selon():
    """The hints of a French briefing's sentence stating a side's word as fact say "selon", not "according to"."""
    findings = sentence_findings("Le maintien de la maternité coûte cher.", (P_COST,), "fr", PARTIES)
    assert findings == ['this sentence states as fact what its cited passages give only as the word of L\'agence: '
                        '"Le maintien de la maternité coûte cher."'], findings
    from explainer.attribution import Cited
    from explainer.party_word import party_word_as_fact
    from explainer.owners import party_words

    named = tuple((party.id, party_words(party, "fr")) for party in PARTIES)
    hint = party_word_as_fact("Le maintien de la maternité coûte cher.", [Cited(P_COST, "fr")], 0, named, "fr")[0].hint
    assert "('selon l'agence')" in hint, hint
