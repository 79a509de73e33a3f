"""A new user's Portuguese briefing on a labour lawsuit (tests/fixtures/newuser_120: the Sindicato dos Trabalhadores em
Logística de Campinas against Rota Certa Logística S.A. over unpaid overtime), written from the README alone in a
project made with its own commands, with a locale of its own (locales/pt.yaml: en.yaml copied, translated, the
checks' words added at its end), and three sources the editor wrote: the court's summary of a first-instance ruling
of 14 October 2026 ("parcialmente procedente": R$ 4,8 milhões to 1.240 workers, where the union asked R$ 11,2 milhões
for 1.870; hearings on 12 May and 3 August), the company's statement (`statement_of` Rota Certa Logística S.A.) and a
news report of 21 October with a correction (1.420 workers and an appeal of 19 October corrected to 1.240 and 20
October). It uses every content file: background, timeline, a comparison, claims, quotes, caveats and a log with a
correction.

Read as a fact-checker, 55 misstatements were tried against the passages they would cite: 46 are refused, 10 of them
only since this work (19 built on main), by three modules read only where the language is `pt`:
1. a first-instance ruling told as final, an appeal pending told as decided ("A decisão é definitiva e não cabe
   recurso", "A condenação é definitiva", "A decisão é de segunda instância" of "A decisão é de primeira instância e
   cabe recurso"; "O TRT-15 manteve a condenação" of "O recurso ainda não tem data para ser julgado"):
   portuguese_rulings.py;
2. partly told as fully ("julgou procedente a ação", "julgou totalmente procedente" of "julgou parcialmente
   procedente"; a plain "procedente" only of the action whole, so "considerou procedente o pedido de horas extras"
   builds): portuguese_rulings.py;
3. a correction note's wrong figure or date told as current ("A sentença beneficia 1.420 trabalhadores", "O recurso foi
   apresentado em 19 de outubro" of "Uma versão anterior desta reportagem informou que a sentença beneficia 1.420
   trabalhadores. O número correto é 1.240 ..."): portuguese_corrections.py;
4. a verdict turned round ("A sentença acolheu o pedido de dano moral coletivo" of "rejeitou o pedido de dano moral
   coletivo"; "O sindicato aceitou a proposta de R$ 1,5 milhão" of "o sindicato recusou a proposta"):
   portuguese_opposite_verdicts.py.

LEFTOVER (9 misstatements still build):
- "A sentença condenou a empresa a pagar R$ 2 milhões de dano moral coletivo." (the amount asked told as awarded: the
  passage's R$ 2 milhões is the union's request, "pedia");
- "A empresa pagará multa diária de R$ 10 mil." (a fine on a condition, "só será aplicada se ...", told as certain);
- "O valor devido a cada trabalhador já foi apurado." (of "será apurado na fase de liquidação");
- "A Rota Certa diz que a condenação ficou em mais da metade do valor pedido." (of "menos da metade": a fraction's
  bound turned);
- "A empresa depositou em juízo R$ 1,2 milhão como garantia." (the union lawyer's word, "segundo o advogado do
  sindicato", told as fact);
- "O sindicato não vai recorrer." (a negation added to "informou que também vai recorrer": polarity.py);
- "O julgamento do recurso no TRT-15 leva de oito meses a um ano e meio." (of "costuma levar": a habit told as a rule);
- "Okamoto afirmou que o tribunal vai reduzir o valor da condenação." (of "pode reduzir ... se aceitar": a possibility
  and its condition told as certain);
- "O Ministério Público do Trabalho é parte na ação." (of "não é parte na ação": polarity.py).
Honest paraphrases refused, not this work's modules: "A decisão só se tornará definitiva depois do julgamento do
recurso." and "A empresa recorreu, e o TRT-15 ainda vai julgar o recurso." citing "O recurso ainda não tem data para ser
julgado" (a negation read as dropped: polarity.py); "O recurso foi apresentado em 20 de outubro, não em 19." ("19" read
as a figure the passage's "19 de outubro" does not give). Writing the fixture: a quote's `speaker` "Mariana Teixeira
Lopes" was refused as words the source gives to "Ela" (a sentence's opening pronoun read as a name: speakers.py; its
`context` cites the sentence naming her instead); `new` quoted the source's title line ("Resumo da sentença:
Sindicato"), which ends "S.A." and so read as a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_120"
S = (FIXTURE / "seeds" / "sentenca.txt").read_text(encoding="utf-8")
E = (FIXTURE / "seeds" / "nota-empresa.txt").read_text(encoding="utf-8")
N = (FIXTURE / "seeds" / "reportagem.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="sindicato", name="Sindicato dos Trabalhadores em Logística de Campinas", short_name="Sintralog",
                 role="autor da ação", aliases=("o sindicato",)),
           Party(id="rota-certa", name="Rota Certa Logística S.A.", short_name="Rota Certa", role="empresa ré",
                 aliases=("a empresa",)),
           Party(id="vara", name="3ª Vara do Trabalho de Campinas", short_name="a Vara",
                 role="juízo de primeira instância", aliases=("a juíza", "Mariana Teixeira Lopes")))

PUB = {"s": "2026-10-14", "e": "2026-10-15", "n": "2026-10-21"}


def P(source: str, words: str) -> tuple[str, str]:
    """Return the paragraph of a source (s: the ruling's summary, e: the statement, n: the news report) holding
    `words`, as (source, passage)."""
    return (source, paragraph({"s": S, "e": E, "n": N}[source], words))
def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a Portuguese sentence citing one paragraph, read with the fixture's locale (the statement
    is Rota Certa's word throughout)."""
    source, passage = cited
    read_as_project_locale(FIXTURE, "pt")
    return sentence_findings(sentence, (passage,), "pt", PARTIES,
                             statement_of="Rota Certa Logística S.A." if source == "e" else "", published=PUB[source])


SUM = P("s", "julgou parcialmente"); PED = P("s", "O sindicato pedia"); AUD = P("s", "ajuizada")
MIN = P("s", "47 minutos"); MOT = P("s", "motoristas têm"); MUL = P("s", "multa diária"); LIQ = P("s", "IPCA-E")
CUS = P("s", "custas"); DEF = P("s", "não é definitiva"); E1 = P("e", "vai recorrer ao")
E2 = P("e", "sempre cumpriu"); E3 = P("e", "maior parte"); E5 = P("e", "nenhum trabalhador")
E6 = P("e", "ofereceu R$ 1,5"); E8 = P("e", "2% do seu"); N1 = P("n", "apresentou nesta")
N2 = P("n", "depositou em juízo"); N3 = P("n", "Sintralog) informou"); N5 = P("n", "47 minutos")
N6 = P("n", "oito meses"); N7 = P("n", "não recebem nenhum"); N9 = P("n", "Ministério Público")
N10 = P("n", "audiência de maio"); NC = P("n", "Correção,")

MISSTATED = [
    ('A Vara condenou o sindicato a pagar R$ 4,8 milhões à Rota Certa.', SUM,
     "this sentence names sindicato where its cited passages name empresa ('"),
    ('A 3ª Vara do Trabalho de Campinas condenou a Rota Certa a pagar R$ 11,2 milhões em horas extras.', SUM,
     'figure "R$ 11,2 milhões" is not in the passages this sentence cites: "'),
    ('A Rota Certa foi condenada a pagar R$ 4,8 bilhões em horas extras.', SUM,
     'figure "R$ 4,8 bilhões" is not in the passages this sentence cites: "A'),
    ('A Rota Certa foi condenada a pagar R$ 4,8 milhões em horas extras a 1.870 trabalhadores.', SUM,
     'figure "1.870" is not in the passages this sentence cites: "A Rota Cer'),
    ('A 3ª Vara do Trabalho de Campinas julgou totalmente procedente a ação do sindicato.', SUM,
     "this sentence says 'totalmente procedente' where its cited passages sa"),
    ('A 3ª Vara do Trabalho de Campinas julgou procedente a ação do sindicato.', SUM,
     "this sentence says 'procedente' where its cited passages say 'parcialm"),
    ('A decisão é definitiva e não cabe recurso.', SUM,
     "this sentence tells the ruling as final ('é definitiva'), but its cite"),
    ('A decisão é de segunda instância.', SUM,
     "this sentence tells the ruling as final ('é de segunda instância'), bu"),
    ('A Vara julgou a ação em 14 de setembro de 2026.', SUM,
     'date "14 de setembro de 2026" is not in the passages this sentence cit'),
    ('A condenação é definitiva.', SUM,
     "this sentence tells the ruling as final ('é definitiva'), but its cite"),
    ('O sindicato pedia R$ 11,2 milhões para 1.240 trabalhadores.', PED,
     'figure "1.240" is not in the passages this sentence cites: "O sindicat'),
    ('A sentença acolheu o pedido de dano moral coletivo.', PED,
     "this sentence says 'acolheu pedido dano moral coletivo' where its cite"),
    ('A sentença reconheceu o direito de 630 trabalhadores com banco de horas.', PED,
     "this sentence tells as promised or done ('reconheceu') what its cited "),
    ('A ação foi ajuizada em 9 de março de 2026.', AUD,
     'date "9 de março de 2026" is not in the passages this sentence cites: '),
    ('Na primeira audiência, houve acordo entre as partes.', AUD,
     "this sentence drops the negation of its cited passage ('não houve acor"),
    ('O sindicato ofereceu R$ 1,5 milhão para encerrar o processo, e a empresa recusou.', AUD,
     "this sentence names sindicato where its cited passages name empresa ('"),
    ('O sindicato aceitou a proposta de R$ 1,5 milhão.', AUD,
     "this sentence says 'aceitou proposta R$ 1' where its cited passages sa"),
    ('As audiências foram realizadas em 12 de maio de 2026 e em 3 de setembro de 2026.', AUD,
     'date "3 de setembro de 2026" is not in the passages this sentence cite'),
    ('Os trabalhadores dos turnos noturnos permaneciam em média 74 minutos por dia após a jornada.', MIN,
     'figure "74" is not in the passages this sentence cites: "Os trabalhado'),
    ('A juíza considerou que esse tempo deve ser remunerado com adicional de 100%.', MIN,
     'figure "100%" is not in the passages this sentence cites: "A juíza con'),
    ('A sentença reconheceu as horas extras pedidas para os motoristas.', MOT,
     "this sentence drops the negation of its cited passage ('A sentença não"),
    ('O pedido dos motoristas abrangia 410 motoristas.', MOT,
     'figure "410" leaves out the qualifier of "cerca de 410" in the passage'),
    ('O pedido dos motoristas abrangia cerca de 140 motoristas.', MOT,
     'figure "140" is not in the passages this sentence cites: "O pedido dos'),
    ('A multa diária é de R$ 10 mil, limitada a R$ 5 milhões.', MUL,
     'figure "R$ 5 milhões" is not in the passages this sentence cites: "A m'),
    ('As custas processuais são de R$ 69 mil.', CUS,
     'figure "R$ 69 mil" is not in the passages this sentence cites: "As cus'),
    ('As partes têm 15 dias úteis para recorrer.', DEF,
     'figure "15" is not in the passages this sentence cites: "As partes têm'),
    ('A sentença é definitiva.', DEF,
     "this sentence drops the negation of its cited passage ('A sentença não"),
    ('O tempo de conferência de cargas já é compensado pelo banco de horas.', E2,
     'this sentence states as fact what its cited passages give only as the '),
    ('A Rota Certa sempre cumpriu a legislação trabalhista.', E2,
     'this sentence states as fact what its cited passages give only as the '),
    ('A empresa diz que o acordo coletivo foi assinado em 2016.', E2,
     'figure "2016" is not in the passages this sentence cites: "A empresa d'),
    ('A Rota Certa diz que haverá demissões em razão do processo.', E5,
     "this sentence drops the negation of its cited passage ('que não haverá"),
    ('A Rota Certa diz que emprega 3.100 pessoas no estado de São Paulo.', E5,
     'figure "3.100" leaves out the qualifier of "cerca de 3.100" in the pas'),
    ('A Rota Certa diz que emprega cerca de 1.900 pessoas no estado de São Paulo.', E5,
     "this sentence gives 'São' 1.900, a figure its cited passage gives 'Cam"),
    ('A empresa ofereceu R$ 1,5 milhão em agosto.', E6,
     'this sentence states as fact what its cited passages give only as the '),
    ('A Rota Certa diz que o valor representaria cerca de 20% do seu lucro anual.', E8,
     'figure "20%" is not in the passages this sentence cites: "A Rota Certa'),
    ('A Rota Certa apresentou recurso em 19 de outubro.', N1,
     'date "19 de outubro" is not in the passages this sentence cites: "A Ro'),
    ('O recurso da Rota Certa já foi julgado.', N1,
     "this sentence drops the negation of its cited passage ('O recurso aind"),
    ('O TRT-15 manteve a condenação.', N1,
     "this sentence tells the appeal as decided ('TRT-15 manteve'), but its "),
    ('O TRT-15 julgará o recurso em 20 de outubro.', N1,
     "this sentence drops the negation of its cited passage ('O recurso aind"),
    ('A empresa confirmou o depósito de R$ 1,2 milhão.', N2,
     "this sentence drops the negation of its cited passage ('A empresa não "),
    ('O prazo do sindicato termina em 28 de outubro.', N3,
     'date "28 de outubro" is not in the passages this sentence cites: "O pr'),
    ('A sentença beneficia 1.420 trabalhadores.', NC,
     'this sentence states 1.420 as current, but its cited passages name it '),
    ('O recurso foi apresentado em 19 de outubro.', NC,
     'this sentence states 19 as current, but its cited passages name it as '),
    ('A empresa admite que alguns trabalhadores ficavam até duas horas além da jornada.', N5,
     "the source gives this as someone's word ('afirma'), but it is worded a"),
    ('Os trabalhadores já começaram a receber os valores.', N7,
     "this sentence drops the negation of its cited passage ('os trabalhador"),
    ('A empresa e o sindicato marcaram uma nova negociação.', N10,
     "this sentence drops the negation of its cited passage ('nenhuma negoci"),
]
HONEST = [
    ('A Rota Certa foi condenada em primeira instância a pagar R$ 4,8 milhões em horas extras a 1.240'
     ' trabalhadores.', SUM),
    ('A ação do sindicato foi julgada parcialmente procedente em 14 de outubro de 2026.', SUM),
    ('A decisão ainda cabe recurso ao Tribunal Regional do Trabalho da 15ª Região.', SUM),
    ('O sindicato pedia R$ 11,2 milhões para 1.870 trabalhadores, além de R$ 2 milhões por dano moral coletivo.', PED),
    ('A sentença rejeitou o dano moral coletivo.', PED),
    ('A ação foi proposta em 9 de fevereiro de 2026.', AUD),
    ('Não houve acordo na primeira audiência, em 12 de maio de 2026.', AUD),
    ('A empresa ofereceu R$ 1,5 milhão, mas o sindicato recusou.', AUD),
    ('Segundo a sentença, os trabalhadores do turno da noite ficavam em média 47 minutos por dia além da'
     ' jornada.', MIN),
    ('As horas extras dos motoristas não foram reconhecidas.', MOT),
    ('O pedido sobre os motoristas abrangia cerca de 410 trabalhadores.', MOT),
    ('A multa diária de R$ 10 mil só será aplicada se a empresa descumprir a obrigação depois do trânsito'
     ' em julgado.', MUL),
    ('A sentença não é definitiva.', DEF),
    ('A Rota Certa diz que vai recorrer ao TRT-15.', E1),
    ('A empresa afirma que o tempo de conferência já é compensado pelo banco de horas de 2019.', E2),
    ('Segundo a Rota Certa, não haverá demissões por causa do processo.', E5),
    ('A Rota Certa diz empregar cerca de 3.100 pessoas em São Paulo.', E5),
    ('A Rota Certa recorreu em 20 de outubro ao TRT-15.', N1),
    ('O recurso ainda não foi julgado.', N1),
    ('O sindicato informou que também vai recorrer, para incluir os cerca de 410 motoristas.', N3),
    ('A sentença beneficia 1.240 trabalhadores, e não 1.420.', NC),
    ('Os trabalhadores não recebem nada enquanto o recurso não for julgado.', N7),
    ('Segundo o advogado do sindicato, a empresa depositou R$ 1,2 milhão como garantia.', N2),
    ('O Ministério Público do Trabalho não é parte na ação.', N9),
]

HONEST_TO_NEW_CHECKS = [
 ("A sentença ainda não é definitiva.", DEF), ("A decisão não transitou em julgado.", DEF),
 ("A decisão só se tornará definitiva depois do julgamento do recurso.", N1),
 ("A liquidação só começa depois que a decisão se tornar definitiva.", LIQ),
 ("O TRT-15 ainda não julgou o recurso.", N1), ("O TRT-15 pode manter a condenação ou reduzi-la.", N1),
 ("A ação foi julgada parcialmente procedente.", SUM), ("A Vara julgou procedente em parte a ação do sindicato.", SUM),
 ("A juíza julgou a ação parcialmente procedente em 14 de outubro.", SUM),
 ("A juíza considerou procedente o pedido de horas extras de 1.240 trabalhadores.", SUM),
 ("A ação do sindicato foi julgada procedente em parte.", SUM), ("O recurso da empresa ainda está pendente.", N1),
 ("A empresa recorreu, e o TRT-15 ainda vai julgar o recurso.", N1),
 ("Não é a decisão final do caso, que ainda cabe recurso.", SUM),
 ("Se o recurso for negado, a condenação será mantida.", N1),
 ("O tribunal pode reduzir o valor se aceitar o argumento da empresa.", N6),
 ("Uma versão anterior da reportagem dizia 1.420 trabalhadores; são 1.240.", NC),
 ("O recurso foi apresentado em 20 de outubro, não em 19.", NC),
 ("A Gazeta corrigiu o número de trabalhadores para 1.240.", NC),
 ("O número correto de trabalhadores beneficiados é 1.240.", NC),
 ("Segundo a correção, o recurso foi apresentado em 20 de outubro.", NC),
 ("A sentença rejeitou o dano moral coletivo.", PED), ("O sindicato recusou a oferta de R$ 1,5 milhão.", AUD),
 ("O sindicato rejeitou a proposta da empresa.", AUD), ("A juíza não acolheu o pedido de dano moral coletivo.", PED),
 ("A sentença acolheu o pedido de horas extras, mas rejeitou o de dano moral coletivo.", PED),
 ("A Rota Certa diz que a sentença rejeitou integralmente o pedido de dano moral coletivo.", E3),
 ("A juíza acolheu em parte os pedidos do sindicato.", SUM),
]


def test_the_briefing_builds_with_its_correction_and_portuguese_pages(tmp_path: Path):
    """The honest briefing builds whole: every file, the three sources cited, the correction logged, its pages in pt."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "horas-extras-rota-certa" / "index.html").read_text(encoding="utf-8").split())
    for words in ('lang="pt"', 'href="../sources/sentenca.html#passage-', 'href="../sources/empresa.html#passage-',
                  'href="../sources/reportagem.html#passage-', "1.420"):
        assert words in page, words


@pytest.mark.parametrize("sentence, cited, message", MISSTATED, ids=[case[0][:50] for case in MISSTATED])
def test_a_portuguese_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, cited", HONEST, ids=[case[0][:50] for case in HONEST])
def test_an_honest_portuguese_paraphrase_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


@pytest.mark.parametrize("sentence, cited", HONEST_TO_NEW_CHECKS, ids=[case[0][:50] for case in HONEST_TO_NEW_CHECKS])
def test_an_honest_paraphrase_passes_the_new_checks(sentence: str, cited: tuple[str, str]):
    """1-4: denied, possible, partial, set-aside and earlier-version wordings pass the new modules (what other modules
    say of three of them is named in LEFTOVER)."""
    from explainer.corrected_as_current import corrected_told_as_current as corrected_figure_as_current
    from explainer.portuguese_opposite_verdicts import verdict_turned
    from explainer.portuguese_rulings import ruling_overstated
    from explainer.attribution import Cited

    passages = [Cited(cited[1], "pt")]
    for check in (ruling_overstated, corrected_figure_as_current, verdict_turned):
        assert check(sentence, passages, 0, "pt") == [], check.__name__


def test_the_new_checks_read_only_portuguese():
    """1-4: the same words in a briefing of another language are not read by these modules."""
    from explainer.attribution import Cited
    from explainer.portuguese_rulings import ruling_overstated

    passages = [Cited("A decisão é de primeira instância e cabe recurso.", "es")]
    assert ruling_overstated("A decisão é definitiva.", passages, 0, "es") == []
    assert ruling_overstated("A decisão é definitiva.", [Cited(passages[0].text, "pt")], 0, "pt")
