"""A party's own word refused as told as fact (party_word.py), honest sentences first: leftovers of the new users'
briefings tests/fixtures/newuser_131, _132 and _134.

1. A stance a party tells of itself is the fact of its stance: "Ostrava rejects the ruling." citing "Ostrava's
   government said on Thursday evening that it rejects the ruling. ..." was refused as Ostrava's word told as fact
   (so were "Northland welcomed the agreement" of "... said it welcomed the agreement", French "Northland rejette la
   proposition" of "... a déclaré lundi qu'il rejette la proposition", Spanish "que rechaza", German "sie begrüße").
   Rejecting, accepting, welcoming, opposing, backing and contesting, told of the speaker itself ("it", "they",
   "qu'il", Spanish "que" with its subject dropped, German "sie"), given to that speaker's party, and restating of
   its words only the stance and what it is of (explainer/own_stances.py, read in party_word._whose_word). "Marenia
   rejects the ruling" stays refused, and now "Marenia rejected the ruling" (another tense) and German "Southland
   begrüßt das Abkommen" are refused too: a stance given to another party is restated in any form of its verb.
2. A fact the court gave, told near the party's word: "The Daily Courier has 21 days to lodge an appeal." citing "The
   Daily Courier said it was disappointed by the ruling and is considering an appeal. Under the court's rules, the
   paper has 21 days from the date of the judgment to lodge one. ..." was refused as the Courier's word: a figure no
   party's words give, given outside them, of the party those words name ("the paper"), backs a sentence restating
   one word of the party's at most. "The Daily Courier is considering an appeal within 21 days" stays refused.
3. A quote's context "Speaking outside the court." citing "Speaking outside the court, Okafor said he was relieved."
   was refused as Okafor's word: a participle or occasion opening the sentence before its speaker ("Speaking",
   "Asked", "Interviewed", French "S'exprimant", Spanish "Hablando", "En declaraciones") is where or how it spoke.
   "The talks had failed" of "Speaking in Geneva, Northland's foreign minister said the talks had failed" stays
   refused.
4. Spanish "Exministro de Economía, de 58 años" citing "dijo Ferrer, de 58 años, exministro de Economía." was refused
   as Ferrer's word: a Spanish, Portuguese or French verb of saying opening a cited quote's tail before its speaker
   ("dijo", "añadió", "disse", "ajoute") tells who spoke, not what; "dice Ferrer que el recuento es imprescindible"
   (its words after "que") stays Ferrer's.
5. Fifteen and more honest sentences rewritten from newuser_124, _126, _128, _133 and _135 (a party's stance, or a
   fact told near a party's word) were tried: those above build, and the ones still refused are named in
   docs/checks.md ("Osric EV will pay a duty of 35%" of "..., the commission said"; "The health secretary may accept
   the plan, ..." of "..., the Department of Health said").
"""

from __future__ import annotations

import importlib

import pytest

from conftest import REPO
from explainer.model import Party
from support import paragraph, read_as_project_locale, sentence_findings
from test_newuser_131 import PARTIES as SEA_PARTIES, PASSAGES as SEA
from test_newuser_132 import PARTIES as VOTE_PARTIES
from test_newuser_134 import PARTIES as LIBEL_PARTIES, PASSAGES as LIBEL

WORD_OF = "give only as the word of"
SIDES = (Party(id="north", name="Northland", role="side"), Party(id="south", name="Southland", role="side"))


def party_word(sentence: str, passage: str, parties, language: str = "en") -> bool:
    """Say whether the build refuses a sentence citing one passage as a party's word told as fact."""
    read_as_project_locale(REPO, language)
    return any(WORD_OF in message for message in sentence_findings(sentence, (passage,), language, parties))


# 1. A party's stance told of itself
OSTRAVA = SEA["REJ"]


@pytest.mark.parametrize("sentence", [
    "Ostrava rejects the ruling.",
    "Ostrava rejected the ruling.",
    "Ostrava has rejected the ruling.",
    "The ruling is rejected by Ostrava.",
    "Ostrava firmly rejects the ruling.",
    "Ostrava's government rejects the ruling.",
    "Ostrava rejects the tribunal's ruling.",
    "On Thursday, Ostrava rejected the ruling.",
    "Ostrava still rejects the ruling.",
    "Ostrava opposes the ruling.",
    "Ostrava does not accept the ruling.",
])
def test_a_stance_the_party_tells_of_itself_builds(sentence: str):
    assert not party_word(sentence, OSTRAVA, SEA_PARTIES), sentence


@pytest.mark.parametrize("sentence, passage, language", [
    ("Northland rejects the proposal.", "Northland's foreign ministry said on Monday that it rejects the proposal.", "en"),
    ("Northland welcomed the agreement.", "Northland's government said it welcomed the agreement.", "en"),
    ("Northland backs the ceasefire plan.", "Northland officials said they back the ceasefire plan.", "en"),
    ("Northland supports the ceasefire plan.", "Northland officials said they back the ceasefire plan.", "en"),
    ("Northland opposes the sanctions.", "Northland said it would continue to oppose the sanctions.", "en"),
    ("Northland accepted the verdict.", "Northland's government said in a statement that it accepted the verdict.", "en"),
    ("Northland disputes the count.", "Northland said it disputes the count.", "en"),
    ("Northland rejette la proposition.", "Le gouvernement de Northland a déclaré lundi qu'il rejette la proposition.",
     "fr"),
    ("Northland a rejeté la proposition.", "Le gouvernement de Northland a déclaré lundi qu'il rejette la proposition.",
     "fr"),
    ("Northland salue l'accord.", "Northland a dit saluer l'accord.", "fr"),
    ("Northland rechaza la propuesta.", "El gobierno de Northland dijo el lunes que rechaza la propuesta.", "es"),
    ("Northland begrüßt das Abkommen.", "Die Regierung von Northland erklärte, sie begrüße das Abkommen.", "de"),
])
def test_a_stance_told_of_itself_builds_in_every_language(sentence: str, passage: str, language: str):
    assert not party_word(sentence, passage, SIDES, language), sentence


@pytest.mark.parametrize("sentence, passage, language", [
    ("Marenia rejects the ruling.", OSTRAVA, "en"),
    ("Marenia rejected the ruling.", OSTRAVA, "en"),  # built before: another tense of Ostrava's stance
    ("The tribunal rejects the ruling.", OSTRAVA, "en"),
    ("Southland rejects the proposal.", "Northland's foreign ministry said on Monday that it rejects the proposal.",
     "en"),
    ("Southland welcomed the agreement.", "Northland's government said it welcomed the agreement.", "en"),
    ("Northland rejects the proposal.", "Northland's foreign ministry said Southland rejects the proposal.", "en"),
    ("Northland rejects the proposal, which breaches the treaty.",
     "Northland said it rejects the proposal, which it says breaches the treaty.", "en"),
    ("Northland welcomed the agreement after its troops captured the city.",
     "Northland said it welcomed the agreement and that its troops captured the city.", "en"),
    ("Southland rejette la proposition.", "Le gouvernement de Northland a déclaré lundi qu'il rejette la proposition.",
     "fr"),
    ("Southland rechaza la propuesta.", "El gobierno de Northland dijo el lunes que rechaza la propuesta.", "es"),
    ("Northland rechaza la propuesta.", "El gobierno de Northland dijo que Southland rechaza la propuesta.", "es"),
    ("Southland begrüßt das Abkommen.", "Die Regierung von Northland erklärte, sie begrüße das Abkommen.", "de"),
])
def test_a_stance_given_to_another_or_more_than_a_stance_is_refused(sentence: str, passage: str, language: str):
    assert party_word(sentence, passage, SEA_PARTIES if passage == OSTRAVA else SIDES, language), sentence


# 2. A fact the court gave, told near the party's word
APPEAL = LIBEL["APPEAL"]


@pytest.mark.parametrize("sentence", [
    "The Daily Courier has 21 days to lodge an appeal.",
    "The Courier has 21 days from the judgment to lodge an appeal.",
    "The paper has 21 days to lodge an appeal.",
    "The Daily Courier had 21 days from the judgment to lodge an appeal.",
    "Under the court's rules, the Daily Courier has 21 days to lodge an appeal.",
    "The Daily Courier can lodge an appeal within 21 days.",
    "The Daily Courier has 21 days to appeal.",
    "An appeal by the Daily Courier must be lodged within 21 days.",
    "The Daily Courier must lodge any appeal within 21 days of the judgment.",
    "The paper must lodge any appeal within 21 days.",
    "The Daily Courier has 21 days to lodge an appeal and has not yet done so.",
])
def test_a_figure_the_court_gave_near_the_party_word_builds(sentence: str):
    assert not party_word(sentence, APPEAL, LIBEL_PARTIES), sentence


@pytest.mark.parametrize("sentence", [
    "The Daily Courier is considering an appeal.",
    "The Daily Courier was disappointed by the ruling.",
    "The Daily Courier will appeal the ruling within 21 days.",
    "The Daily Courier is considering an appeal within 21 days.",
    "The Daily Courier was disappointed by the ruling and has 21 days to appeal.",
    "The Daily Courier has 21 days to lodge an appeal, which it is considering.",
    "The Daily Courier was disappointed by the ruling and has 21 days to lodge an appeal.",
])
def test_the_party_word_beside_the_figure_is_still_refused(sentence: str):
    assert party_word(sentence, APPEAL, LIBEL_PARTIES), sentence


# 3. Where a party spoke, opening the sentence before its speaker
@pytest.mark.parametrize("sentence, passage, parties", [
    ("Speaking outside the court.", LIBEL["OKAFOR"], LIBEL_PARTIES),
    ("Speaking outside the court after the ruling.", LIBEL["OKAFOR"], LIBEL_PARTIES),
    ("Okafor spoke outside the court.", LIBEL["OKAFOR"], LIBEL_PARTIES),
    ("Outside the court.", LIBEL["OKAFOR"], LIBEL_PARTIES),
    ("Speaking to reporters outside the court.", LIBEL["OKAFOR"], LIBEL_PARTIES),
    ("Speaking in Geneva.", "Speaking in Geneva, Northland's foreign minister said the talks had failed.", SIDES),
])
def test_where_a_party_spoke_builds(sentence: str, passage: str, parties):
    assert not party_word(sentence, passage, parties), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The talks had failed.", "Speaking in Geneva, Northland's foreign minister said the talks had failed."),
    ("The talks had failed in Geneva.", "Speaking in Geneva, Northland's foreign minister said the talks had failed."),
    ("Southland troops shelled the hospital.",
     "Asked about the hospital, Northland's army said Southland troops shelled it."),
    ("Southland troops shelled the hospital.", "Southland troops shelled the hospital, Northland's army said."),
])
def test_what_the_party_said_after_where_it_spoke_is_still_refused(sentence: str, passage: str):
    assert party_word(sentence, passage, SIDES), sentence


# 4. A Spanish quote's tail: who spoke, not what
@pytest.mark.parametrize("sentence, passage", [
    ("Exministro de Economía, de 58 años.", "dijo Ferrer, de 58 años, exministro de Economía."),
    ("Ferrer, de 58 años, fue ministro de Economía.", "dijo Ferrer, de 58 años, exministro de Economía."),
    ("Ferrer tiene 58 años y fue ministro de Economía.", "dijo Ferrer, de 58 años, exministro de Economía."),
    ("Exministro de Economía, de 58 años.", "añadió Ferrer, de 58 años, exministro de Economía."),
    ("Exministro de Economía, de 58 años.", '"No vamos a aceptar un resultado que no refleja la voluntad de los '
     'costaltenses hasta que se cuente voto por voto", dijo Ferrer, de 58 años, exministro de Economía.'),
])
def test_who_the_speaker_is_after_a_spanish_verb_of_saying_builds(sentence: str, passage: str):
    assert not party_word(sentence, passage, VOTE_PARTIES, "es"), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("El recuento es imprescindible.", "dice Ferrer que el recuento es imprescindible."),
    ("El recuento es imprescindible en cuatro provincias.",
     "dijo Ferrer que el recuento es imprescindible en cuatro provincias."),
    ("Ibáñez ha cometido fraude electoral.", "dijo Ferrer, que acusa a Ibáñez de fraude electoral."),
])
def test_what_follows_que_is_still_the_speakers_word(sentence: str, passage: str):
    assert party_word(sentence, passage, VOTE_PARTIES, "es"), sentence


# Honest sentences rewritten from five more new users' briefings, a party's stance or a fact told near its word:
# each builds (they built before this work too; kept so that none of the rules above starts refusing them).
@pytest.mark.parametrize("fixture, language, words, sentence", [
    ("newuser_126", "en", "denied that its outfall", "Corrow Mining denies that its outfall caused the fish kill."),
    ("newuser_126", "en", "Ms Okonkwo said the trust",
     "The trust has filed a claim for damages in the Glenmoor county court."),
    ("newuser_126", "en", "The Environment Minister", "Richard Hale backed the authority's decision."),
    ("newuser_135", "en", "Under the court's rules", "The two sides have 60 days to settle the matter."),
    ("newuser_135", "en", "Korvathi officials have not", "Korvath has not announced any duties on Alveran goods."),
    ("newuser_128", "en", "disputes that figure",
     "The campaign contests the trust's figure of about 1,150 births a year."),
    ("newuser_128", "en", "Save Elmsford Births, which says", "Save Elmsford Births opposes the move to Castleton."),
    ("newuser_128", "en", "The campaign says it will seek", "No claim has been filed at the High Court."),
    ("newuser_124", "es", "El Supremo ha dado a las partes", "Las partes tienen 30 días para presentar alegaciones."),
    ("newuser_133", "de", "Der Kundenverband Brandenburg lehnt", "Der Kundenverband Brandenburg lehnt die Fusion ab."),
    ("newuser_133", "de", "Die Landesregierung hält sich",
     "Verdi unterstützt die Forderung des Betriebsrats nach einer Beschäftigungsgarantie."),
])
def test_stances_and_facts_near_a_party_word_in_other_briefings_build(fixture: str, language: str, words: str,
                                                                       sentence: str):
    module = importlib.import_module(f"test_{fixture}")
    report = getattr(module, "REPORT", None) or module.WIRE
    assert not party_word(sentence, paragraph(report, words), module.PARTIES, language), sentence
