"""The Portuguese briefing's leftovers (tests/test_newuser_120.py's LEFTOVER, over tests/fixtures/newuser_120), and what
misled its editor. Each part's misstatements built on main; its honest twins build:

1. A sum asked told as awarded: "A sentença condenou a empresa a pagar R$ 2 milhões de dano moral coletivo" citing "O
   sindicato pedia R$ 11,2 milhões ..., além de R$ 2 milhões de indenização por dano moral coletivo"
   (portuguese_asked_as_awarded.py).
2. What a passage leaves open told as settled (portuguese_open_as_settled.py): a fine due on a condition told as due
   ("A empresa pagará multa diária de R$ 10 mil" of "A multa só será aplicada se a empresa não cumprir a obrigação"),
   a thing still to be done told as done ("O valor devido a cada trabalhador já foi apurado" of "será apurado na fase
   de liquidação"), a possibility told as certain ("Okamoto afirmou que o tribunal vai reduzir o valor da condenação"
   of "o tribunal pode reduzir o valor da condenação se aceitar o argumento da empresa").
3. A fraction's bound turned: "a condenação ficou em mais da metade do valor pedido" of "menos da metade do valor
   pedido" (portuguese_fraction_bounds.py).
4. A day denied beside a date is a date's day: the honest "O recurso foi apresentado em 20 de outubro, não em 19" was
   refused ('figure "19" is not in the passages'); it builds (portuguese_denied_days.py, read by attribution.py).
5. `new` quoted the source's title line "Resumo da sentença: Sindicato ... contra Rota Certa Logística S.A." as its
   first sentence: a line of its own ending in a company's form ("S.A.", "Ltda.", "Inc.", "Ltd.", "S.p.A.") is a title,
   not running prose (running_prose.py).
6. The README's list of a project locale's optional keys left out `first_day`, `month_date`, the versions' labels
   (`superseded_by` ... `words_added`) and `preview_*`: it now names every one of `OPTIONAL_LABELS`.

Still built (not fixed): "A empresa depositou em juízo R$ 1,2 milhão como garantia." of "..., segundo o advogado do
sindicato" (a trailing "segundo" read as no attribution); "A empresa pode pagar multa ... se não corrigir os
registros." and "O valor ... ainda não foi apurado." are refused as adding a negation (polarity.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO
from support import paragraph, read_as_project_locale, sentence_findings
from test_newuser_120 import PARTIES, PUB, S, E, N, FIXTURE

PED = ("s", paragraph(S, "O sindicato pedia")); SUM = ("s", paragraph(S, "julgou parcialmente"))
MUL = ("s", paragraph(S, "multa diária")); LIQ = ("s", paragraph(S, "IPCA-E")); E3 = ("e", paragraph(E, "maior parte"))
E6 = ("e", paragraph(E, "ofereceu R$ 1,5")); N6 = ("n", paragraph(N, "oito meses"))
N10 = ("n", paragraph(N, "audiência de maio")); NC = ("n", paragraph(N, "Correção,"))


def found(sentence: str, *cited: tuple[str, str]) -> list[str]:
    """Return the findings of a Portuguese sentence citing the fixture's paragraphs, read with its locale."""
    read_as_project_locale(FIXTURE, "pt")
    statement_of = "Rota Certa Logística S.A." if all(source == "e" for source, _ in cited) else ""
    return sentence_findings(sentence, tuple(passage for _, passage in cited), "pt", PARTIES,
                             statement_of=statement_of, published=PUB[cited[0][0]])


MISSTATED = [
    ("A sentença condenou a empresa a pagar R$ 2 milhões de dano moral coletivo.", PED,
     "this sentence tells 'R$ 2 milhões' as awarded, but its cited passages give it only as the sum asked"),
    ("A Rota Certa foi condenada a pagar R$ 2 milhões por dano moral coletivo.", PED,
     "this sentence tells 'R$ 2 milhões' as awarded"),
    ("A juíza condenou a Rota Certa a pagar R$ 11,2 milhões.", PED, "this sentence tells 'R$ 11,2 milhões' as awarded"),
    ("A empresa pagará multa diária de R$ 10 mil.", MUL,
     "this sentence tells the multa as due ('pagará'), but its cited passages make it due only on a condition"),
    ("A Rota Certa vai pagar multa diária de R$ 10 mil.", MUL, "this sentence tells the multa as due ('vai pagar')"),
    ("O valor devido a cada trabalhador já foi apurado.", LIQ,
     "this sentence tells as done ('já foi apurado') what its cited passages give as still to be done"),
    ("Os valores foram corrigidos pelo IPCA-E.", LIQ, "this sentence tells as done ('foram corrigidos')"),
    ("Okamoto afirmou que o tribunal vai reduzir o valor da condenação.", N6,
     "this sentence tells as certain ('vai reduzir') what its cited passages give only as possible ('pode reduzir')"),
    ("Segundo Okamoto, o tribunal reduzirá o valor da condenação.", N6, "this sentence tells as certain ('reduzirá')"),
    ("A Rota Certa diz que a condenação ficou em mais da metade do valor pedido.", E3,
     "this sentence says 'mais da metade' where its cited passages say 'menos da metade'"),
    ("Segundo Cláudia Regina Moura, a proposta representava mais de um terço do que a juíza concedeu.", N10,
     "this sentence says 'mais de um terço' where its cited passages say 'menos de um terço'"),
]
HONEST = [
    ("O sindicato pedia R$ 2 milhões de dano moral coletivo, pedido que a sentença rejeitou.", PED),
    ("O sindicato pediu R$ 2 milhões por dano moral coletivo.", PED),
    ("Além das horas extras, o sindicato pedia R$ 2 milhões de indenização por dano moral coletivo.", PED),
    ("O pedido de R$ 2 milhões por dano moral coletivo foi rejeitado.", PED),
    ("A empresa foi condenada, mas o pedido de R$ 2 milhões por dano moral foi rejeitado.", PED),
    ("A Rota Certa foi condenada a pagar R$ 4,8 milhões, e não os R$ 11,2 milhões pedidos.", SUM, PED),
    ("A juíza condenou a empresa a pagar R$ 4,8 milhões; o sindicato pedia R$ 11,2 milhões.", SUM, PED),
    ("Dos R$ 11,2 milhões pedidos, a Vara concedeu R$ 4,8 milhões.", SUM, PED),
    ("A condenação, de R$ 4,8 milhões, ficou abaixo dos R$ 11,2 milhões pedidos pelo sindicato.", SUM, PED),
    ("A empresa pagará multa diária de R$ 10 mil se não cumprir a obrigação.", MUL),
    ("Caso descumpra a obrigação, a empresa pagará multa diária de R$ 10 mil.", MUL),
    ("A empresa terá de corrigir os registros de ponto, sob pena de multa diária de R$ 10 mil.", MUL),
    ("A multa só será cobrada se a empresa descumprir a ordem após o trânsito em julgado.", MUL),
    ("Se descumprir a obrigação, a Rota Certa pagará até R$ 500 mil em multas.", MUL),
    ("A multa diária, de R$ 10 mil, está limitada a R$ 500 mil.", MUL),
    ("O valor devido a cada trabalhador ainda será apurado.", LIQ),
    ("O valor de cada trabalhador só será apurado na liquidação.", LIQ),
    ("A liquidação vai apurar o valor de cada trabalhador.", LIQ),
    ("Os valores serão corrigidos pelo IPCA-E e depois pela Selic.", LIQ),
    ("Quanto cada trabalhador vai receber ainda será apurado.", LIQ),
    ("A Rota Certa diz que a condenação ficou em menos da metade do valor pedido.", E3),
    ("Segundo a empresa, a condenação foi inferior à metade do que o sindicato pedia.", E3),
    ("A empresa diz que a condenação não chegou à metade do valor pedido.", E3),
    ("Segundo Cláudia Regina Moura, a proposta representava menos de um terço do que a juíza concedeu.", N10),
    ("Okamoto afirmou que o tribunal pode reduzir o valor da condenação.", N6),
    ("Para Okamoto, o tribunal pode reduzir o valor se aceitar o argumento da empresa.", N6),
    ("Okamoto disse que o valor poderá ser reduzido se o tribunal aceitar o argumento sobre o acordo de 2019.", N6),
    ("Segundo Okamoto, o tribunal talvez reduza o valor da condenação.", N6),
    ("O tribunal poderá reduzir o valor caso aceite o argumento da empresa.", N6),
    ("A empresa diz que pode apresentar nova proposta durante o recurso.", E6),
    ("O recurso foi apresentado em 20 de outubro, não em 19.", NC),
    ("A empresa recorreu em 20 de outubro, e não em 19 como dizia a primeira versão.", NC),
    ("O recurso foi apresentado em 20 de outubro, não no dia 19.", NC),
]


@pytest.mark.parametrize("sentence, cited, message", MISSTATED, ids=[case[0][:50] for case in MISSTATED])
def test_a_portuguese_leftover_is_refused(sentence: str, cited: tuple[str, str], message: str):
    """1-3."""
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


@pytest.mark.parametrize("case", HONEST, ids=[case[0][:50] for case in HONEST])
def test_an_honest_twin_builds(case: tuple):
    """1-4."""
    assert found(case[0], *case[1:]) == []


@pytest.mark.parametrize("sentence", ["O recurso foi apresentado em 20 de outubro, não em 19.",
                                      "Em 20 de outubro, não em 19, a empresa recorreu."])
def test_a_denied_day_builds_where_the_passage_gives_no_19(sentence: str):
    """4: the passage need not name the day denied."""
    assert found(sentence, ("n", "Ele foi apresentado em 20 de outubro.")) == []


@pytest.mark.parametrize("sentence", ["O recurso foi apresentado em 20 de outubro por 19 advogados.",
                                      "O recurso foi apresentado em 20 de outubro, não em 19 trabalhadores."])
def test_a_count_beside_a_date_is_still_a_figure(sentence: str):
    """4: only a bare day closing its clause after "não em" is a date's."""
    findings = found(sentence, ("n", "Ele foi apresentado em 20 de outubro."))
    assert any('figure "19" is not in the passages' in finding for finding in findings), findings


def test_the_new_checks_read_only_portuguese():
    """1-4: the same words in a Spanish briefing are not read by these modules."""
    from explainer.attribution import Cited
    from explainer.portuguese_asked_as_awarded import asked_told_as_awarded
    from explainer.portuguese_denied_days import denied_day
    from explainer.portuguese_fraction_bounds import fraction_bound_turned
    from explainer.portuguese_open_as_settled import open_told_settled

    for language, refused in (("es", False), ("pt", True)):
        assert bool(asked_told_as_awarded("A juíza condenou a empresa a pagar R$ 2 milhões.",
                                          [Cited(PED[1], language)], 0, language)) is refused
        assert bool(open_told_settled("A empresa pagará multa diária.", [Cited(MUL[1], language)], 0,
                                      language)) is refused
        assert bool(fraction_bound_turned("Ficou em mais da metade.", [Cited(E3[1], language)], 0,
                                          language)) is refused
        text = "Foi em 20 de outubro, não em 19."
        assert denied_day(text, text.index("19"), text.index("19") + 2, language) is refused


TITLED = {
    "the fixture's ruling summary": ((FIXTURE / "seeds" / "sentenca.txt").read_text(encoding="utf-8"), "A 3ª Vara do"),
    "Ltda.": ("Acordo entre Alfa Comércio Ltda.\n\nA Alfa Comércio Ltda. fechou um acordo com o sindicato ontem.\n",
              "A Alfa Comércio Ltda."),
    "Inc.": ("Settlement with Corvane Chemicals Inc.\n\nThe company agreed to pay 2 million dollars on Friday.\n",
             "The company agreed to"),
    "Ltd. over prose": ("The contract went to Acme Holdings Ltd.\nThe deal was signed on Friday by both boards.\n",
                        "The deal was signed"),
    "S.p.A.": ("Accordo con Fincantieri Navale S.p.A.\n\nIl sindacato ha firmato l'accordo venerdì scorso.\n",
               "Il sindacato ha firmato"),
}


@pytest.mark.parametrize("text, opening", TITLED.values(), ids=TITLED.keys())
def test_new_passes_over_a_title_line_ending_in_a_company_form(tmp_path: Path, text: str, opening: str):
    """5."""
    from explainer.scaffold import first_quote
    from explainer.sources import library_text
    from test_fixes_61 import library

    assert first_quote(library_text(library(tmp_path, text), "report"), "", "pt") == opening


def test_a_sentence_ending_in_a_company_form_mid_line_is_still_prose(tmp_path: Path):
    """5: only a line of its own is read as a title."""
    from explainer.scaffold import first_quote
    from explainer.sources import library_text
    from test_fixes_61 import library

    text = "The board met on Friday. It sold its stake to Acme Holdings Ltd.\n\nThe deal closes in May.\n"
    assert first_quote(library_text(library(tmp_path, text), "report"), "", "en") == "The board met on"


def test_the_readme_names_every_optional_locale_key():
    """6: the README's list of optional keys (a `new_*`, `preview_*` pattern standing for its keys) is the code's."""
    from explainer.locale import OPTIONAL_LABELS

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("every key must be there (but the optional")
    listed = set(re.findall(r"`([a-z_]+\*?)`", readme[start:readme.index("and the build names any missing", start)]))
    missing = [key for key in OPTIONAL_LABELS
               if key not in listed and not any(key.startswith(word[:-1]) for word in listed if word.endswith("*"))]
    assert missing == []


def test_the_build_names_the_file_and_line_of_a_sum_asked_told_as_awarded(tmp_path: Path):
    """1, as the build reports it: the fixture's summary telling the sum asked as awarded is refused, naming
    briefing.yaml and its line."""
    from support import checked_fixture_project, edit, error_lines
    from conftest import run_build

    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "horas-extras-rota-certa" / "briefing.yaml", "procedente: o sindicato pedia",
         "procedente: a empresa foi condenada a pagar")
    result = run_build(desk)
    assert result.code != 0
    assert any("briefing.yaml:6" in line and "tells 'R$ 11,2 milhões' as awarded" in line
               for line in error_lines(result)), result.err


@pytest.mark.parametrize("case", MISSTATED, ids=[case[0][:50] for case in MISSTATED])
def test_a_claim_or_caveat_with_a_leftover_is_refused(case: tuple):
    """1-3, in an item cited as a whole (a claim's `says`, a caveat): the fixture's claim "A empresa diz que a
    condenação ficou em menos da metade" turned to "mais da metade" built."""
    from support import item_findings

    sentence, (_, passage), message = case
    read_as_project_locale(FIXTURE, "pt")
    assert any(message in finding for finding in item_findings(sentence, (passage,), "pt", PARTIES, by_claimant=True))


@pytest.mark.parametrize("case", HONEST, ids=[case[0][:50] for case in HONEST])
def test_an_honest_claim_builds_under_the_new_checks(case: tuple):
    """1-3: the new checks say nothing of an honest twin in an item."""
    from explainer.attribution import Cited
    from explainer.portuguese_asked_as_awarded import asked_told_as_awarded
    from explainer.portuguese_fraction_bounds import fraction_bound_turned
    from explainer.portuguese_open_as_settled import open_told_settled

    passages = [Cited(passage, "pt") for _, passage in case[1:]]
    for check in (asked_told_as_awarded, open_told_settled, fraction_bound_turned):
        assert check(case[0], passages, 0, "pt") == [], check.__name__
