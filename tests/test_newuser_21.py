"""A Brazilian Portuguese briefing written from scratch, as the README tells a new editor to: a presidential run-off
between two candidates, with a project locale (`locales/pt.yaml`, as Portuguese has no built-in one).

Sources (tests/fixtures/newuser_21/seeds/): an electoral court's results notice ("60.345.999 votos, o equivalente a
50,90% dos votos válidos", "30 de outubro de 2022", "1º de janeiro de 2023", the court president's “...”) and a news
report (Lula's «Não existem dois Brasis.», each campaign's claim, "Segundo aliados, Bolsonaro não reconheceu a
derrota", a caveat on abstention, a correction of the margin).

What the new editor met (each a test below, failing on the old code):
- the pages of a `language: pt-BR` site were tagged `lang="pt"` (the locale file's name: a screen reader speaks
  European Portuguese), and so was the feed's text;
- 60.345.999 to 58.206.354 votes was compared as "1 vezes" (1.04 rounded to one decimal, in any language);
- a negation added before a Portuguese article ("Lula não venceu o segundo turno" citing "venceu o segundo turno")
  built, as "o" (the) was read as Spanish "o" (or) and cut the verb from its object, and so did one across a grouped
  number, whose dots ("60.345.999") ended clauses;
- a quotation cut past its negation ('Lula afirmou: «Existem dois Brasis.»' citing «Não existem dois Brasis.») built,
  in any language: quoted words are left to the quotation check, which forgives a first letter's case;
- a win told as a loss ("perdeu" citing "venceu"), a possibility as fact ("influenciou" citing "pode ter
  influenciado"), a scheduled event as held ("foi realizada" citing "está prevista para"), all built, as no Portuguese
  word of them was read; and a difference or sum said so ("1,8 ponto percentual à frente", "juntos, os dois
  somaram") was refused, as only English words of arithmetic were read;
- `new`, run before the locale was added (as the README's steps have it), wrote English placeholders without a word,
  and its "First published." stayed on the Portuguese page;
- `cite tse "obteve 58206354 votos"` found nothing in "obteve 58.206.354 votos" (only spaces between digit groups
  were forgiven), and a section's own `citations:` was answered with the section's valid fields alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with

from explainer.attribution import Cited

FIXTURE = REPO / "tests" / "fixtures" / "newuser_21"
FOLDER = "content/segundo-turno-2022"
BRIEFING = f"{FOLDER}/briefing.yaml"
QUOTES = f"{FOLDER}/quotes.yaml"
SAID = "Lula afirmou: «Não existem dois Brasis.»"



@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the run-off project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_pages_of_a_brazilian_site_are_tagged_pt_br_and_written_so(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    site = desk / "site"
    pages = [site / "index.html", site / "segundo-turno-2022" / "index.html", site / "sources" / "tse.html",
             site / "feed.html", site / "404.html"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert '<html lang="pt-BR"' in text and 'lang="pt"' not in text, page
    assert 'xml:lang="pt"' not in (site / "feed.xml").read_text(encoding="utf-8")
    briefing = pages[1].read_text(encoding="utf-8")
    assert "1º de novembro de 2022" in briefing and "60.345.999" in briefing and "50,90" in briefing
    # 60,345,999 to 58,206,354 is 1.04 times, never "1 vezes", which said the two were equal
    assert "Luiz Inácio Lula da Silva tem 1,04 vezes votos de Jair Messias Bolsonaro" in briefing


@pytest.mark.parametrize("old, new", [
    ("Luiz Inácio Lula da Silva venceu o segundo", "Lula não venceu o segundo"),
    ("Lula obteve 60.345.999 votos", "Lula não obteve o total de 60.345.999 votos"),
], ids=["did-not-win-the-run-off", "did-not-get-the-votes"])
def test_a_negation_added_before_a_portuguese_article_is_refused(desk: Path, old: str, new: str):
    edit(desk / BRIEFING, old, new)
    refused_with(desk, f"{BRIEFING}:4: `summary`: this sentence adds a negation to its cited passage")


@pytest.mark.parametrize("cut", ["Lula afirmou: «Existem dois Brasis.»", "Lula afirmou que «existem dois Brasis»."],
                         ids=["capitalised", "mid-sentence"])
def test_a_quotation_cut_past_its_nao_is_refused(desk: Path, cut: str):
    edit(desk / QUOTES, SAID, cut)
    refused_with(desk, f"{QUOTES}:7: `context`: this quotation leaves out the 'Não' its cited passages give before it",
                 "(keep the source's 'Não', inside the quotation marks or just before them)")


@pytest.mark.parametrize("kept", ["Lula afirmou que não «existem dois Brasis».",
                                  "Lula afirmou que «não existem dois Brasis»."],
                         ids=["before-the-marks", "inside-the-marks"])
def test_a_quotation_keeping_its_nao_builds(desk: Path, kept: str):
    edit(desk / QUOTES, SAID, kept)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("text, source, negation", [
    ('The minister said he would "raise taxes".', 'The minister said he would "not raise taxes".', "not"),
    ("Le ministre a dit qu'il allait « céder ».", "Le ministre a dit qu'il n'allait pas « céder ».", "pas"),
    ('Der Minister sagte, er werde "nachgeben".', "Der Minister sagte, er werde nicht nachgeben.", "nicht"),
], ids=["english", "french", "german"])
def test_a_quotation_cut_past_its_negation_is_found_in_other_languages(text: str, source: str, negation: str):
    from explainer.cut_negations import cut_negations

    language = {"not": "en", "pas": "fr", "nicht": "de"}[negation]
    found = cut_negations(text, [Cited(source, language)], 0, language)
    assert len(found) == 1 and f"leaves out the '{negation}'" in found[0].message
    assert cut_negations(text, [Cited(source + " " + source.replace(f"{negation} ", ""), language)], 0, language) == []


def test_a_quotation_whose_negation_the_sentence_words_otherwise_builds():
    from explainer.cut_negations import cut_negations

    source = [Cited('There is no "safe zone", the minister said.', "en")]
    assert cut_negations('The minister rejected the idea of a "safe zone".', source, 0, "en") == []
    assert cut_negations('The minister announced a "safe zone".', source, 0, "en") != []


def test_citations_inside_a_section_say_where_they_go(desk: Path):
    background = desk / FOLDER / "background.yaml"
    text = background.read_text(encoding="utf-8")
    top, citations = text.split("citations:\n")
    background.write_text(top + "    citations:\n" + "".join(f"    {line}\n" for line in citations.splitlines()),
                          encoding="utf-8")
    refused_with(desk, f"{FOLDER}/background.yaml:6: sections[0].citations: unknown field in section (citations are "
                       "defined at a content file's top level, not inside an item: move `citations:` out to no indent)")


def test_new_says_its_placeholders_are_in_english_where_the_language_has_no_locale_yet(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    (desk / "locales" / "pt.yaml").rename(desk / "locales" / "pt.yaml~")  # an editor's backup: no locale
    result = run_build(desk, "new", "apuracao", "--title", "A apuração", "--source", "tse")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"created content/apuracao/briefing.yaml: edit it, then run python build.py --root {desk}",
        "note: no locale for language 'pt-BR' yet, so its placeholders are in English (add locales/pt.yaml translated "
        "from explainer/locales/en.yaml, and replace them all, the log's first entry too)"]
    assert 'text: "First published."' in (desk / "content" / "apuracao" / "briefing.yaml").read_text(encoding="utf-8")
    (desk / "locales" / "pt.yaml~").rename(desk / "locales" / "pt.yaml")
    again = run_build(desk, "new", "apuracao-2", "--title", "A apuração", "--source", "tse")
    assert again.out.splitlines() == [
        f"created content/apuracao-2/briefing.yaml: edit it, then run python build.py --root {desk}"]
    assert 'text: "Publicado pela primeira vez."' in (desk / "content" / "apuracao-2" / "briefing.yaml").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("old, new", [
    ("Luiz Inácio Lula da Silva venceu o segundo", "Luiz Inácio Lula da Silva perdeu o segundo"),
    ("Luiz Inácio Lula da Silva venceu o segundo", "Luiz Inácio Lula da Silva foi derrotado no segundo"),
], ids=["lost", "was-defeated"])
def test_a_portuguese_win_told_as_a_loss_is_refused(desk: Path, old: str, new: str):
    edit(desk / BRIEFING, old, new)
    refused_with(desk, f"{BRIEFING}:4: `summary`: this sentence says", "where its cited passages say 'venceu'")


def test_the_loser_losing_builds(desk: Path):
    edit(desk / BRIEFING, "2.139.645 votos[^tse-diferenca].", "2.139.645 votos[^tse-diferenca]. Bolsonaro perdeu para "
                                                              "Lula[^manchete].")
    edit(desk / BRIEFING, "citations:\n",
         "citations:\n  manchete:\n    source: folha\n    quote: Lula vence Bolsonaro\n")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_portuguese_possibility_told_as_fact_is_refused(desk: Path):
    edit(desk / f"{FOLDER}/caveats.yaml", "pode ter influenciado o resultado[^", "influenciou o resultado[^")
    refused_with(desk, f"{FOLDER}/caveats.yaml:7: `text`: this sentence states as fact what its cited passages give "
                       "only as probable or possible ('pode ter'")


@pytest.mark.parametrize("kept", ["pode ter influenciado", "provavelmente influenciou", "talvez tenha influenciado"])
def test_a_portuguese_possibility_kept_builds(desk: Path, kept: str):
    edit(desk / f"{FOLDER}/caveats.yaml", "pode ter influenciado o resultado[^", f"{kept} o resultado[^")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_portuguese_event_only_scheduled_told_as_held_is_refused(desk: Path):
    edit(desk / f"{FOLDER}/timeline.yaml", "what: Diplomação prevista do candidato eleito.",
         "what: O candidato eleito foi diplomado; a diplomação foi realizada em 12 de dezembro de 2022.")
    refused_with(desk, f"{FOLDER}/timeline.yaml:", "this sentence tells as held ('foi realizada') what its cited "
                       "passages only schedule ('está prevista'")


def test_a_portuguese_event_kept_as_scheduled_builds(desk: Path):
    edit(desk / f"{FOLDER}/timeline.yaml", "what: Diplomação prevista do candidato eleito.",
         "what: A diplomação do candidato eleito está marcada para 12 de dezembro de 2022.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_cite_finds_a_figure_typed_without_its_thousands_dots(desk: Path):
    result = run_build(desk, "cite", "tse", "obteve 58206354 votos")
    assert result.code == 0, result.err
    assert result.out == 'source: tse\nquote: "obteve 58.206.354 votos"\n'


@pytest.mark.parametrize("said", ["Lula ficou 1,8 ponto percentual à frente de Bolsonaro",
                                  "A diferença entre os dois foi de 1,8 ponto percentual",
                                  "Juntos, os dois somaram 118.552.353 votos"],
                         ids=["points-ahead", "difference", "sum"])
def test_a_portuguese_difference_or_sum_said_so_builds(desk: Path, said: str):
    edit(desk / BRIEFING, "2.139.645 votos[^tse-diferenca].",
         f"2.139.645 votos[^tse-diferenca]. {said}[^tse-lula][^tse-bolsonaro].")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("said, figure", [("Lula ficou 1,9 ponto percentual à frente de Bolsonaro", "1,9"),
                                          ("Juntos, os dois somaram 118.552.354 votos", "118.552.354")],
                         ids=["points-ahead", "sum"])
def test_a_portuguese_difference_or_sum_miscounted_is_refused(desk: Path, said: str, figure: str):
    edit(desk / BRIEFING, "2.139.645 votos[^tse-diferenca].",
         f"2.139.645 votos[^tse-diferenca]. {said}[^tse-lula][^tse-bolsonaro].")
    refused_with(desk, f'{BRIEFING}:4: `summary`: figure "{figure}" is not in the passages this sentence cites')


@pytest.mark.parametrize("turned", ["subiu", "aumentou", "cresceu"])
def test_a_portuguese_fall_told_as_a_rise_is_refused(desk: Path, turned: str):
    edit(desk / f"{FOLDER}/caveats.yaml", "a abstenção caiu 0,36", f"a abstenção {turned} 0,36")
    refused_with(desk, f"{FOLDER}/caveats.yaml:3: `text`: figure", "is given as a rise, but the passages this cites give "
                                                                     "it as a fall")


@pytest.mark.parametrize("kept", ["recuou", "diminuiu", "teve uma queda de"])
def test_a_portuguese_fall_kept_builds(desk: Path, kept: str):
    edit(desk / f"{FOLDER}/caveats.yaml", "a abstenção caiu 0,36", f"a abstenção {kept} 0,36")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
