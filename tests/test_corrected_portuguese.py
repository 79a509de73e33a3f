"""Portuguese corrections read by the one reading of every language (explainer/corrected_as_current.py, its Portuguese
table replacing portuguese_corrections.py, which read only "informou que" in a note):

1. A figure corrected from one to another, as French "a corrigé ... de 16 à 18" and Spanish "corrigió ... de 274 a
   331": "Morreram 274 pessoas" citing "Correção: o ministério corrigiu o balanço de 274 para 331 mortos." built.
2. "Onde se lia ..., leia-se ..." and "O número correto é", as French "Il fallait lire" and Spanish "La cifra
   correcta es": "A sentença beneficia 1.420 trabalhadores" citing "Errata: na edição de ontem, onde se lia 1.420
   trabalhadores, leia-se 1.240 trabalhadores." built, and "Morreram 274 pessoas" citing "O número de 274 mortos
   estava errado. O número correto é 331." built; "Segundo o sindicato, o número correto é 14.000" is someone's
   word, a dispute, and corrects nothing.
3. Earlier words calling themselves wrong, as French "indiquait par erreur que": "A fábrica tem 1.200 funcionários"
   citing "O jornal informou por engano que a fábrica tinha 1.200 funcionários. São 1.400." built (no note's word).
   Where the correction names who said it ("O ministro disse erroneamente que"), a past verb of saying keeps the
   figure as said then: "O ministro disse que o desemprego era de 8%" was refused on main.
4. Only the figures of a unit the correction gives again are named wrong: "Os 1.200 trabalhadores pedem um reajuste
   de 6%" citing "... informou que 1.200 trabalhadores pediam um reajuste de 8%. O reajuste pedido é de 6%." builds;
   and a date's day is named wrong with its month: "A audiência será em 19 de novembro" builds beside a correction
   taking back "19 de outubro" (main read "19" alone).
5. An item cited whole (a claim, a table cell) is read in Portuguese too, as in French and Spanish.

Each with honest twins that must build (other verbs, word orders, the earlier figure kept as earlier or named wrong).
"""

from __future__ import annotations

import pytest

from support import found_in_language, item_findings

WRONG = "earlier figure they name wrong"

CORRIGIU = "Correção: o ministério corrigiu o balanço de 274 para 331 mortos."
LEIA_SE = "Errata: na edição de ontem, onde se lia 1.420 trabalhadores, leia-se 1.240 trabalhadores."
CORRETO = "O número de 274 mortos estava errado. O número correto é 331."
DISPUTA = "A empresa fala em 9.500 afetados. Segundo o sindicato, o número correto é 14.000."
ENGANO = "O jornal informou por engano que a fábrica tinha 1.200 funcionários. São 1.400."
MINISTRO = "O ministro disse erroneamente que o desemprego era de 8%. É de 9%."
VERSAO = ("Correção: uma versão anterior desta reportagem informou que o sindicato pedia um reajuste de 8%. O "
          "sindicato pede um reajuste de 6%.")
BESIDE = ("Correção: uma versão anterior desta reportagem informou que 1.200 trabalhadores pediam um reajuste de 8%. O "
          "reajuste pedido é de 6%.")
DATAS = ("Correção: a reportagem também informou que o recurso foi apresentado em 19 de outubro; ele foi apresentado "
         "em 20 de outubro. A audiência será em 19 de novembro.")


def refused(sentence: str, passage: str) -> bool:
    return any(WRONG in finding for finding in found_in_language("pt", sentence, passage))


# 1-4. Refused: the figure a correction names wrong, stated as current
@pytest.mark.parametrize("passage, sentence", [
    (CORRIGIU, "Morreram 274 pessoas."),  # 1
    (CORRIGIU, "O balanço é de 274 mortos."),
    (LEIA_SE, "A sentença beneficia 1.420 trabalhadores."),  # 2
    (CORRETO, "Morreram 274 pessoas."),
    (ENGANO, "A fábrica tem 1.200 funcionários."),  # 3
    (MINISTRO, "O desemprego é de 8%."),
    (VERSAO, "O sindicato pede um reajuste de 8%."),
    (VERSAO, "O reajuste pedido é de 8%."),
    (BESIDE, "Os 1.200 trabalhadores pedem 8%."),  # 4
    (DATAS, "O recurso foi apresentado em 19 de outubro."),
])
def test_a_figure_a_portuguese_correction_names_wrong_is_refused(passage: str, sentence: str):
    assert refused(sentence, passage), sentence


# Their honest twins: the corrected figure, the earlier one kept as earlier or named wrong, another figure beside it
@pytest.mark.parametrize("passage, sentence", [
    (CORRIGIU, "Morreram 331 pessoas."),
    (CORRIGIU, "O acidente deixou 331 mortos, e não 274."),
    (CORRIGIU, "O balanço inicial era de 274 mortos."),
    (CORRIGIU, "Foram 331 mortos, segundo o balanço corrigido."),
    (CORRIGIU, "O ministério revisou o número de mortos para 331."),
    (CORRIGIU, "O ministério corrigiu o balanço de 274 para 331 mortos."),
    (LEIA_SE, "A sentença beneficia 1.240 trabalhadores, não 1.420."),
    (LEIA_SE, "São 1.240 os trabalhadores beneficiados."),
    (LEIA_SE, "O jornal havia publicado 1.420 trabalhadores; o número certo é 1.240."),
    (CORRETO, "Morreram 331 pessoas."),
    (DISPUTA, "A empresa fala em 9.500 afetados."),
    (ENGANO, "A fábrica emprega 1.400 pessoas."),
    (ENGANO, "O jornal havia informado 1.200 funcionários; são 1.400."),
    (MINISTRO, "O ministro disse que o desemprego era de 8%."),
    (MINISTRO, "O desemprego é de 9%."),
    (VERSAO, "O sindicato reivindica um reajuste de 6%."),
    (VERSAO, "O reajuste pleiteado pelo sindicato é de 6 por cento."),
    (VERSAO, "Antes noticiado como 8%, o reajuste pedido é de 6%."),
    (VERSAO, "O sindicato quer 6% de reajuste, em vez de 8%."),
    (VERSAO, "Uma versão anterior informou que o sindicato pedia 8%."),
    (BESIDE, "Os 1.200 trabalhadores pedem um reajuste de 6%."),
    (BESIDE, "São 1.200 trabalhadores, que pedem 6%."),
    (DATAS, "A audiência será em 19 de novembro."),
    (DATAS, "O recurso foi apresentado em 20 de outubro, e não em 19."),
])
def test_a_portuguese_correction_kept_builds(passage: str, sentence: str):
    assert not refused(sentence, passage), sentence


# 5. An item cited whole
@pytest.mark.parametrize("text, wrong", [
    ("Morreram 274 pessoas.", True),
    ("Morreram 331 pessoas.", False),
    ("O balanço, corrigido, é de 331 mortos.", False),
])
def test_an_item_cited_whole_is_read_in_portuguese(text: str, wrong: bool):
    assert any(WRONG in finding for finding in item_findings(text, (CORRIGIU,), "pt", ())) == wrong, text


def test_the_portuguese_table_reads_only_portuguese():
    """1: the same words in a passage of another language are not read by the Portuguese table."""
    from explainer.attribution import Cited
    from explainer.corrected_as_current import corrected_told_as_current

    assert corrected_told_as_current("Morreram 274 pessoas.", [Cited(CORRIGIU, "pt")], 0, "pt")
    assert corrected_told_as_current("Morreram 274 pessoas.", [Cited(CORRIGIU, "es")], 0, "pt") == []
