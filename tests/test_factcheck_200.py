"""Whose word it is: a party's claim told as fact, an attribution misread (tests/fixtures/newuser_119, newuser_120):

1. A figure given to a speaker who did not give it: "The Agency said the vaccine's efficacy was 82%." citing "The
   company reported an efficacy of 82% ... The Agency's own analysis ... gives an efficacy of 68%" built, as
   estimate_owners.py read owners only before "reported", "gives", "found"; a party's "said", "says", "told X",
   "claimed" in a sentence now gives it the figures after it, where those words name no other party ("The Agency said
   the company reported 82%", "the company's figure was 82%" build) (explainer/estimate_owners.py).
2. A quoted charge told as fact: "Halden knew about these cases and kept quiet." citing '"Suspending the licence is not
   enough," said Leila Amrani, the group's chair. "Halden knew about these cases and kept quiet."' built: a speaker
   named before their post ("said Leila Amrani, the group's chair") was read without the post, so as no side's, and
   the quoted sentence after it as no one's. The post is now read first, and a wholly quoted sentence going on a
   quotation is read as that speaker's words in a sentence of its own (explainer/quote_speaker_posts.py, read by
   party_word.py).
3. A Portuguese side's figure told as fact: "A empresa depositou em juízo R$ 1,2 milhão como garantia." citing "...,
   segundo o advogado do sindicato, Paulo Henrique Batista" built, and "A média de tempo não pago chegava a 47 minutos
   por dia" citing "Segundo o sindicato, a média ..."; a figure a passage gives only after "segundo X", "de acordo com
   X", "conforme X" (closing its clause or opening the sentence) or an opening "Para X,", X a side, is refused where the
   sentence says no one's word (explainer/portuguese_reported_figures.py, called by reported_figures.py).
4. Portuguese givers read as "according to" is: "Para a empresa, a média ... chegava a 47 minutos" citing "Segundo o
   sindicato, ..." built, and "Segundo a prefeitura, o custo chegou a 30 milhões" citing "Segundo a federação, ..." with
   no party named; according_to.py now reads "segundo", "de acordo com", "conforme" (not the ordinal "o segundo turno",
   "em segundo lugar") and an opening "Para o/a X," as givers; "a entidade" is a kind of body a sentence's giver may be
   (tests/fixtures/newuser_37's "Segundo a associação" of "Segundo a entidade" builds).

The claims of the group ("At least 14 people have reported nerve damage ...") and the Alliance ("The Alliance has
6,500 members, the news report said.") were already refused on main (reported_figures.py, relative_words.py).
Each with honest twins that must build, and misstatements kept refused.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import read_as_project_locale, sentence_findings
import test_newuser_119 as vaccine
import test_newuser_120 as lawsuit

FIXTURE_120 = REPO / "tests" / "fixtures" / "newuser_120"
AMRANI_AFTER = '"Halden knew about these cases and kept quiet," said Leila Amrani, the group\'s chair.'
AMRANI_BEFORE = '"Halden knew about these cases and kept quiet," said the group\'s chair, Leila Amrani.'
AMRANI_GOING_ON = ('"Suspending the licence is not enough," said the group\'s chair, Leila Amrani. "Halden knew about these '
                   'cases and kept quiet."')
DEPOSIT = lawsuit.P("n", "depositou em juízo")
MINUTES = lawsuit.P("n", "47 minutos")
OFFER = lawsuit.P("n", "audiência de maio")


def _english(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage of the news report (newuser_119's parties)."""
    return sentence_findings(sentence, (passage,), "en", vaccine.PARTIES, published="2027-03-19")


def _portuguese(sentence: str, passage: str) -> list[str]:
    """Return the findings of a Portuguese sentence citing one passage, no party named."""
    read_as_project_locale(FIXTURE_120, "pt")
    return sentence_findings(sentence, (passage,), "pt", ())


# 1. A figure given to a speaker who did not give it
@pytest.mark.parametrize("sentence", [
    "The Agency said the vaccine's efficacy was 82%.",
    "The Agency says the vaccine is 82% effective.",
])
def test_a_figure_given_to_a_speaker_who_did_not_give_it_is_refused(sentence: str):
    findings = vaccine.found(sentence, vaccine.EFF)
    assert any("82% as the estimate of agency" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "The Agency said the vaccine's efficacy was 68%.",
    "The Agency said its own analysis gives an efficacy of 68%.",
    "The Agency said efficacy was 68% rather than 82%.",
    "The Agency says the efficacy is 68%, not the company's 82%.",
    "The Agency said the company reported an efficacy of 82%.",
    "The Agency said the company's figure was 82%.",
    "The Agency said 82% was the company's figure.",
    "The Agency said Halden's figure of 82% left out 23 late cases.",
    "The Agency said that Halden reported an efficacy of 82%.",
    "The company said the vaccine's efficacy was 82%.",
    "Halden said the vaccine's efficacy was 82%, the Agency's analysis 68%.",
])
def test_a_figure_said_by_its_giver_builds(sentence: str):
    assert vaccine.found(sentence, vaccine.EFF) == []


# 2. A quoted charge told as fact
@pytest.mark.parametrize("passage", [vaccine.N3[1], AMRANI_AFTER, AMRANI_BEFORE, AMRANI_GOING_ON])
def test_a_quoted_charge_told_as_fact_is_refused(passage: str):
    findings = _english("Halden knew about these cases and kept quiet.", passage)
    assert any("give only as the word of Leila Amrani" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "Leila Amrani said Halden knew about these cases and kept quiet.",
    "Leila Amrani, the Alliance's chair, said Halden knew about these cases and kept quiet.",
    "According to Leila Amrani, Halden knew about these cases and kept quiet.",
    "The group's chair says Halden knew about these cases and kept quiet.",
    "Leila Amrani claims that Halden knew about these cases and kept quiet.",
    "Leila Amrani said suspending the licence was not enough.",
])
@pytest.mark.parametrize("passage", [vaccine.N3[1], AMRANI_AFTER])
def test_a_quoted_charge_attributed_builds(sentence: str, passage: str):
    assert _english(sentence, passage) == []


def test_a_posts_order_read_alike():
    from explainer.quote_speaker_posts import post_before_name, quote_going_on

    assert post_before_name(AMRANI_AFTER) == AMRANI_BEFORE
    assert post_before_name("Leila Amrani, the group's chair, said it was not enough.") == (
        "Leila Amrani, the group's chair, said it was not enough.")  # the post first already, where no verb precedes
    assert quote_going_on('"It is not enough," she said.', '"Halden knew."') == ""  # a pronoun names no post
    assert quote_going_on('It is not enough, said the group.', '"Halden knew."') == ""  # no quotation opens it


# 3. A Portuguese side's figure told as fact
@pytest.mark.parametrize("sentence, cited, figure, giver", [
    ("A empresa depositou em juízo R$ 1,2 milhão como garantia.", DEPOSIT, "R$ 1,2 milhão", "o advogado do sindicato"),
    ("A Rota Certa depositou R$ 1,2 milhão em juízo para recorrer.", DEPOSIT, "R$ 1,2 milhão",
     "o advogado do sindicato"),
    ("A média de tempo não pago chegava a 47 minutos por dia nos turnos noturnos.", MINUTES, "47", "o sindicato"),
])
def test_a_portuguese_sides_figure_told_as_fact_is_refused(sentence: str, cited, figure: str, giver: str):
    findings = lawsuit.found(sentence, cited)
    assert any(f"a figure ({figure})" in finding and f"the word of {giver}" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, cited", [
    ("A empresa depositou em juízo R$ 1,2 milhão como garantia, segundo o advogado do sindicato.", DEPOSIT),
    ("Segundo o advogado do sindicato, a empresa depositou R$ 1,2 milhão em juízo.", DEPOSIT),
    ("De acordo com o advogado do sindicato, a Rota Certa depositou em juízo R$ 1,2 milhão.", DEPOSIT),
    ("Conforme o advogado do sindicato, a empresa depositou em juízo R$ 1,2 milhão como garantia.", DEPOSIT),
    ("O advogado do sindicato afirma que a empresa depositou R$ 1,2 milhão em juízo.", DEPOSIT),
    ("O advogado do sindicato diz que a empresa depositou R$ 1,2 milhão como garantia.", DEPOSIT),
    ("Paulo Henrique Batista, advogado do sindicato, disse que a empresa depositou R$ 1,2 milhão.", DEPOSIT),
    ("Segundo o sindicato, a média de tempo não pago chegava a 47 minutos por dia nos turnos noturnos.", MINUTES),
    ("Para o sindicato, a média de tempo não pago chegava a 47 minutos por dia.", MINUTES),
    ("De acordo com o sindicato, o tempo não pago chegava a 47 minutos por dia nos turnos noturnos.", MINUTES),
    ("A média de tempo não pago chegava a 47 minutos por dia, segundo o sindicato.", MINUTES),
    ("O sindicato afirma que a média de tempo não pago chegava a 47 minutos por dia.", MINUTES),
    ("O sindicato diz que o tempo não pago chegava a 47 minutos por dia nos turnos noturnos.", MINUTES),
    ("A empresa ofereceu R$ 1,5 milhão para encerrar o processo, e o sindicato recusou.", OFFER),
    ("Para a empresa, a proposta de R$ 1,5 milhão encerraria o processo.", OFFER),
    ("O julgamento do recurso costuma levar de oito meses a um ano e meio, segundo o advogado Fernando Okamoto.",
     lawsuit.P("n", "oito meses")),
    ("A Vara condenou a Rota Certa a pagar R$ 4,8 milhões em horas extras.", lawsuit.SUM),
])
def test_a_portuguese_sides_figure_attributed_builds(sentence: str, cited):
    assert lawsuit.found(sentence, cited) == []


@pytest.mark.parametrize("text, refused", [
    ("A empresa deposita em juízo R$ 1,2 milhão como garantia.", True),
    ("Segundo o advogado do sindicato, a empresa deposita R$ 1,2 milhão como garantia.", False),
    ("A empresa deposita R$ 1,2 milhão, segundo o advogado do sindicato; a empresa não confirmou o valor.", False),
])
def test_an_item_cited_whole_reads_a_sides_figure(text: str, refused: bool):
    """An item cited as a whole (a timeline's event) is read as a summary's sentence is (party_word_as_fact_in_item)."""
    from explainer.checked import Passages
    from explainer.cite import _unattributed_in_item
    from support import _cited_and_named

    read_as_project_locale(FIXTURE_120, "pt")
    cited, words = _cited_and_named((DEPOSIT[1],), "pt", lawsuit.PARTIES)
    findings = [finding.message for finding in _unattributed_in_item(text, Passages(cited), "pt", Passages(), words)]
    assert bool(findings) == refused, findings


# 4. Portuguese givers read as "according to" is
@pytest.mark.parametrize("sentence", [
    "Para a empresa, a média de tempo não pago chegava a 47 minutos por dia.",
    "Segundo a empresa, a média de tempo não pago chegava a 47 minutos por dia.",
])
def test_an_opening_giver_misnamed_is_refused(sentence: str):
    assert lawsuit.found(sentence, MINUTES) != []


@pytest.mark.parametrize("sentence", [
    "Segundo a prefeitura, o custo chegou a 30 milhões de reais.",
    "Para a prefeitura, o custo chegou a 30 milhões de reais.",
    "O custo chegou a 30 milhões de reais, segundo a prefeitura.",
    "O custo chegou a 30 milhões de reais, de acordo com a prefeitura.",
])
def test_a_portuguese_figure_given_to_another_giver_is_refused(sentence: str):
    findings = _portuguese(sentence, "Segundo a federação, o custo chegou a 30 milhões de reais.")
    assert any("gives its figure to 'prefeitura'" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("O custo chegou a 30 milhões de reais, de acordo com a federação.",
     "Segundo a federação, o custo chegou a 30 milhões de reais."),
    ("Para a federação, o custo chegou a 30 milhões de reais.", "Segundo a federação, o custo chegou a 30 milhões de reais."),
    ("No segundo turno, o custo chegou a 30 milhões de reais.",
     "Segundo a federação, o custo chegou a 30 milhões de reais no segundo turno."),
    ("O segundo turno teve 30 milhões de votos, segundo a federação.",
     "O segundo turno teve 30 milhões de votos, segundo a federação."),
    ("Segundo dados da prefeitura, o custo chegou a 30 milhões de reais.",
     "Segundo a federação, o custo chegou a 30 milhões de reais."),
    ("Para os trabalhadores, a multa de 30 milhões de reais é pouco.",
     "Segundo o sindicato, a multa é de 30 milhões de reais."),
    ("Para recorrer, a empresa depositou 30 milhões de reais.",
     "Segundo o sindicato, a empresa depositou 30 milhões de reais."),
    ("Segundo a associação, cerca de 4 mil famílias deixaram suas casas.",
     "Segundo a entidade, cerca de 4 mil famílias deixaram suas casas."),
])
def test_a_portuguese_figure_given_to_its_giver_builds(sentence: str, passage: str):
    assert _portuguese(sentence, passage) == []
