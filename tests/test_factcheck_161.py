"""False refusals of honest sentences (English, Spanish) and a French miss, each fixed where its reading lives:

1. "The Commission found no evidence that the company sold user data." citing "The Commission said it had found no
   evidence that the company sold user data." was refused as the Commission's word told as done (own_deeds.py, no
   party) or as fact (party_word.py, the Commission a party): the sentence names whose finding it is. A finding of
   none, told by a sentence opening on the speaker who said it found none, of what it said it did not find, builds
   (explainer/own_findings.py); "The company did not sell user data", "... sold location data", "The Commission found
   that the company did not sell user data" stay refused, and "No evidence was found that the company sold user
   data", which built (speakers.py reads "found that" as a report), is refused as the Commission's word told as fact
   (own_deeds.py, party_word.py), while "..., the Commission said" builds.
2. "Norland Rail did not reject the offer." (or "did not accept") citing "Norland Rail neither accepted nor rejected
   the offer." was refused as a deed told undone that the passage tells done: a deed denied in a pair by "neither
   ... nor" is undone (explainer/undone_deeds.py); "Norland Rail rejected the offer." stays refused.
3. Spanish "La confederación no ha confirmado que el 60 % de los regantes apoye el plan." citing "..., una cifra que
   la confederación no ha confirmado" builds (relative_denials.py reads a negated sentence as keeping the negation;
   it built on main too, kept so here), and "La confederación ha confirmado ..." stays refused; so is it now citing
   "un dato que la Confederación Hidrográfica no ha confirmado", whose subject's last word alone was read
   (explainer/relative_denials.py).
4. Parties "Norland Rail" and "Norland Rail Workers' Union": the union's words given to Norland Rail ("Norland Rail
   said the strike would go ahead" citing "Norland Rail said its offer was final, and the Norland Rail Workers' Union
   said the strike would go ahead") built, each speaker read as both parties; a speaker is the party it names in
   full (explainer/side_speakers.py), and the union's own words given to it build.
5. French "ni" before a verb negated again, one word after the clause's "n'": "Le syndicat n'accepte ni ne refuse
   l'offre" told as "Le syndicat a refusé l'offre" built, and "n'a accepté ni n'a refusé" read "ni n'a" as two
   negations, refusing "Le syndicat n'a pas refusé l'offre" (explainer/paired_negations.py).

Each with its honest twins, which build, and its misstatement twin, refused.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, TWO_PARTIES, assert_summary_outcome, found_in_language, minimal_project

COMMISSION = ("  - id: commission\n    name: European Commission\n    short_name: the Commission\n"
              "  - id: datacorp\n    name: Datacorp\n")
RAIL = ("  - id: rail\n    name: Norland Rail\n    role: rail operator\n"
        "  - id: union\n    name: Norland Rail Workers' Union\n    role: trade union\n")

SAID_NONE = "The Commission said it had found no evidence that the company sold user data."
FINDINGS = [
    ("The Commission found no evidence that the company sold user data.", "ok"),
    ("The Commission has found no evidence that the company sold user data.", "ok"),
    ("The Commission had found no evidence that the company sold user data.", "ok"),
    ("The Commission saw no evidence that the company sold user data.", "ok"),
    ("The Commission found no evidence the company had sold user data.", "ok"),
    ("The Commission uncovered no evidence that the company sold user data.", "ok"),
    ("The Commission has so far found no evidence that the company sold user data.", "ok"),
    ("The Commission found no evidence that the company had sold its users' data.", "ok"),
    ("The Commission says it found no evidence that the company sold user data.", "ok"),
    ("No evidence was found that the company sold user data, the Commission said.", "ok"),
    ("According to the Commission, no evidence was found that the company sold user data.", "ok"),
    ("The company did not sell user data.", "no evidence that"),
    ("No evidence was found that the company sold user data.", "word of the Commission"),
    ("No evidence has been found that the company sold user data.", "word of the Commission"),
    ("The Commission found that the company did not sell user data.", "no evidence that"),
    ("The Commission found no evidence that the company sold location data.", "word of"),
    ("The Commission found evidence that the company sold user data.", "drops the negation"),
]
UNION_SAID = ("Norland Rail said its offer was final, and the Norland Rail Workers' Union said the strike would go "
              "ahead.")
UNION_FIRST = ("The Norland Rail Workers' Union said the strike would go ahead, while Norland Rail said its offer was "
               "final.")
GIVEN_TO_ANOTHER = "but its cited passage gives them to"
SPEAKERS = [
    (UNION_SAID, "The Norland Rail Workers' Union said the strike would go ahead.", "ok"),
    (UNION_SAID, "Norland Rail said its offer was final.", "ok"),
    (UNION_SAID, "The union said the strike would go ahead.", "ok"),
    (UNION_SAID, "Norland Rail workers said the strike would go ahead.", "ok"),
    (UNION_SAID, "According to the Norland Rail Workers' Union, the strike will go ahead.", "ok"),
    (UNION_SAID, "The strike will go ahead, the Norland Rail Workers' Union said.", "ok"),
    (UNION_FIRST, "The Norland Rail Workers' Union says the strike will go ahead.", "ok"),
    (UNION_SAID, "Norland Rail said the strike would go ahead.", GIVEN_TO_ANOTHER),
    (UNION_FIRST, "Norland Rail said the strike would go ahead.", GIVEN_TO_ANOTHER),
    (UNION_SAID, "The Norland Rail Workers' Union said the offer was final.", GIVEN_TO_ANOTHER),
]
STATED_NONE = ["Investigators found no evidence that the company sold user data.",
               "An audit by the Commission found no evidence that the company sold user data."]
CASES = ([Sentence(SAID_NONE, sentence, parties) for parties in (TWO_PARTIES, COMMISSION) for sentence, _ in FINDINGS]
         + [Sentence(passage, "No evidence was found that the company sold user data.", parties)
            for parties in (TWO_PARTIES, COMMISSION) for passage in STATED_NONE]
         + [Sentence(passage, sentence, RAIL) for passage, sentence, _ in SPEAKERS])


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """This module's one-sentence checks, many in one load."""
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck161") / "project"), CASES)


# 1. A finding of none told as its finder's
@pytest.mark.parametrize("parties", [TWO_PARTIES, COMMISSION], ids=["no-party", "party"])
@pytest.mark.parametrize("sentence, outcome", FINDINGS)
def test_a_finding_of_none_told_as_its_finders(checked, parties, sentence, outcome):
    assert_summary_outcome(checked(SAID_NONE, sentence, parties), outcome)


@pytest.mark.parametrize("parties", [TWO_PARTIES, COMMISSION], ids=["no-party", "party"])
@pytest.mark.parametrize("passage", STATED_NONE)
def test_a_finding_of_none_a_passage_states_builds_in_the_passive(checked, parties, passage):
    assert_summary_outcome(checked(passage, "No evidence was found that the company sold user data.", parties), "ok")


def test_another_finder_stays_refused_where_the_commission_is_a_party(checked):
    lines = checked(SAID_NONE, "The regulator found no evidence that the company sold user data.", COMMISSION)
    assert_summary_outcome(lines, "word of the Commission")


# 2. A deed denied in a pair is undone
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("Norland Rail did not reject the offer.", "Norland Rail neither accepted nor rejected the offer.", "ok"),
    ("Norland Rail did not accept the offer.", "Norland Rail neither accepted nor rejected the offer.", "ok"),
    ("Norland Rail has not rejected the offer.", "Norland Rail has neither accepted nor rejected the offer.", "ok"),
    ("Norland Rail has not yet accepted the offer.", "Norland Rail neither accepted nor rejected the offer.", "ok"),
    ("Norland Rail did not turn down the offer.", "Norland Rail neither accepted nor rejected the offer.", "ok"),
    ("Norland Rail has not formally accepted the offer.", "Norland Rail neither accepted the offer nor rejected it.",
     "ok"),
    ("Norland Rail did not reject the offer.", "Norland Rail did neither accept nor reject the offer.", "ok"),
    ("Norland Rail rejected the offer.", "Norland Rail neither accepted nor rejected the offer.", "adds a negation"),
    ("Norland Rail accepted the offer.", "Norland Rail neither accepted nor rejected the offer.", "drops the negation"),
    ("Norland Rail did not reject the offer.", "Norland Rail rejected the offer.", "drops the negation"),
    # a pair denying another deed leaves this one done
    ("Norland Rail did not reject the offer.",
     "Norland Rail rejected the offer, and neither accepted nor rejected the union's demand.", "negation"),
])
def test_a_deed_denied_in_a_pair_is_undone(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings


# 3. A Spanish relative clause's denial kept
SPANISH_PASSAGES = [
    "Los regantes apoyan el plan en un 60 %, una cifra que la confederación no ha confirmado.",
    "Según la asociación, el 60 % de los regantes apoya el plan, una cifra que la confederación no ha confirmado.",
]


@pytest.mark.parametrize("passage", SPANISH_PASSAGES)
@pytest.mark.parametrize("sentence, outcome", [
    ("La confederación no ha confirmado que el 60 % de los regantes apoye el plan.", "ok"),
    ("La confederación todavía no ha confirmado que el 60 % de los regantes apoye el plan.", "ok"),
    ("La confederación no confirma que el 60 % de los regantes apoye el plan.", "ok"),
    ("Que el 60 % de los regantes apoye el plan no lo ha confirmado la confederación.", "ok"),
    ("La confederación ha confirmado que el 60 % de los regantes apoya el plan.", "drops the negation"),
])
def test_a_spanish_relative_denial_kept(passage, sentence, outcome):
    findings = found_in_language("es", sentence, passage)
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings


HIDROGRAFICA = ("El 60 % de los regantes apoya el plan, un dato que la Confederación Hidrográfica no ha confirmado "
                "todavía.")
VASCO = ("El 60 % de los regantes apoya el plan, según la Junta Central, una cifra que el Gobierno Vasco no ha "
         "confirmado.")


@pytest.mark.parametrize("language, sentence, passage, outcome", [
    # a subject of two words named by its first, its noun: "la confederación" of "la Confederación Hidrográfica"
    ("es", "La confederación ha confirmado que el 60 % de los regantes apoya el plan.",
     HIDROGRAFICA,
     "drops the negation"),
    ("es", "La confederación todavía no ha confirmado el dato del 60 %.",
     HIDROGRAFICA, "ok"),
    ("es", "La Confederación Hidrográfica no ha confirmado que el 60 % de los regantes apoye el plan.",
     HIDROGRAFICA, "ok"),
    ("es", "La Junta Central dice que el 60 % apoya el plan, algo que el Gobierno no ha confirmado.",
     VASCO,
     "ok"),
    ("fr", "La confédération a confirmé un taux de 60 %.",
     "Le taux atteint 60 %, un chiffre que la Confédération syndicale n'a pas confirmé.", "drops the negation"),
    ("fr", "La Confédération syndicale n'a pas confirmé le taux de 60 %.",
     "Le taux atteint 60 %, un chiffre que la Confédération syndicale n'a pas confirmé.", "ok"),
])
def test_a_relative_denials_subject_named_by_its_noun(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings


def test_a_spanish_relative_denial_kept_in_a_build(checked):
    parties = ("  - id: conf\n    name: Confederación Hidrográfica\n    short_name: la confederación\n"
               "  - id: regantes\n    name: Comunidad de Regantes\n")
    honest = "La confederación no ha confirmado que el 60 % de los regantes apoye el plan."
    assert_summary_outcome(checked(SPANISH_PASSAGES[0], honest, parties, None, "es"), "ok")
    told = "La confederación ha confirmado que el 60 % de los regantes apoya el plan."
    assert_summary_outcome(checked(SPANISH_PASSAGES[0], told, parties, None, "es"), "drops the negation")


# 4. A party whose name holds another's
@pytest.mark.parametrize("passage, sentence, outcome", SPEAKERS)
def test_a_party_whose_name_holds_anothers(checked, passage, sentence, outcome):
    assert_summary_outcome(checked(passage, sentence, RAIL), outcome)


# 5. French "ni ne" after one word
@pytest.mark.parametrize("passage", [
    "Le syndicat n'accepte ni ne refuse l'offre.",
    "Le syndicat n'a accepté ni n'a refusé l'offre.",
    "Le syndicat n'a accepté ni refusé l'offre.",
    "Le syndicat n'a ni accepté ni refusé l'offre.",
])
@pytest.mark.parametrize("sentence, outcome", [
    ("Le syndicat n'a pas refusé l'offre.", "ok"),
    ("Le syndicat ne refuse pas l'offre.", "ok"),
    ("Le syndicat n'a pas accepté l'offre.", "ok"),
    ("Le syndicat n'a ni accepté ni refusé l'offre.", "ok"),
    ("Le syndicat n'a pas encore répondu à l'offre, qu'il n'a ni acceptée ni refusée.", "ok"),
    ("Le syndicat a refusé l'offre.", "adds a negation"),
    ("Le syndicat refuse l'offre.", "adds a negation"),
])
def test_french_ni_ne_after_one_word(passage, sentence, outcome):
    findings = found_in_language("fr", sentence, passage)
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, outcome", [
    # a form polarity.py does not read as a refusal ("refusait") is left one clause, as before
    ("Le syndicat n'a pas refusé l'offre.", "ok"),
    ("Le syndicat a refusé l'offre.", "adds a negation"),
])
def test_french_ni_ne_of_a_form_read_as_no_refusal(sentence, outcome):
    findings = found_in_language("fr", sentence, "Le syndicat n'acceptait ni ne refusait l'offre de la direction.")
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings
