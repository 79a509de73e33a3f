"""A Russian briefing written from scratch, as the README tells a new editor to: a trade dispute between two states
over an export duty on grain, with a project locale (locales/ru.yaml: months in the genitive, "14 февраля 2026 года",
a decimal comma and the words the checks read).

Sources (tests/fixtures/newuser_22/seeds/): a ministry's statement (a duty of "12,5 %", "1 200 000 тонн", "3,4 млрд
рублей", the minister's «...», "не согласно", "выросли на 3,5 %", "снизится примерно на 15 %") and a news agency's
report (Monday "2 марта 2026 года", a minister's „...“, "снизился на 18 %", "выросла до 16 400 рублей" with a no-break
space, "450 тыс. тонн", "не введёт ответных пошлин", and the ministry's correction to "1,1 млн тонн").

What the new editor met: a rise turned into a fall ("цены ... снизились на 3,5 %" citing "выросли на 3,5 %") and a
fall into a rise built, as no Russian word of rise or fall was read; a negation dropped ("Бельтания введёт ответные
пошлины" citing "не введёт ответных пошлин", "Министерство согласно" citing "не согласно") built; the minister of one
state given the other's words ("Министр Игорь Волков назвал" citing "Министр торговли ... Анна Соколова назвала")
built, the two sharing the word "Министр"; and the honest claimant "Правительство Бельтании" of "По данным
правительства Бельтании" was refused as someone else's words, Russian declining "правительство" to "правительства",
and so was "Позднее министерство уточнило", its first word read as a speaker's name. Messages: a quote's speaker
swapped named "Министр торговли Бельтании Анна Соколова пошлину" (the verb's object); a quote of two paragraphs with
"\n\n" before a Cyrillic word was refused as "U+041C ... stands inside a word of Latin letters"; and `cite` of a
word in another case than the source's ("пошлины") said "nearest passages below" over nothing. And the page wrote
the locale's thousands, typed as a plain space, as one, so "1 200 000" could break across two lines. And a month
is declined too ("1 марта", "в марте", "март"): "В апреле 2026 года" citing "с 1 марта 2026 года" built, as only
the locale's one form of each month was read; its `months` now list each month's forms apart with "/", as
`weekdays` do ("марта/март/марте"), the first the one the page writes. A claim's figure 1.1 in `тыс. тонн` (for
"1,1 млн тонн") was told "YAML reads 1.100 as 1.1 ... write 1100", a number the editor never wrote; `cite` of "не
введет" found nothing for the source's "не введёт"; and a hedge the locale lists as "по неподтвержденным данным" was
never found in the source's "По неподтверждённым данным", so dropping it built; and a claim marked `reported` citing
"Аргения якобы готовит ..." built, as only English "claimed" and "alleged" were read as someone's claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_22"
BRIEFING = "content/grain-duties/briefing.yaml"
BACKGROUND = "content/grain-duties/background.yaml"
CLAIMS = "content/grain-duties/claims.yaml"
FORECAST = "Министерство ожидает, что экспорт зерна снизится примерно на 15 % в 2026 году."
REFUSAL = "По словам Соколовой, Бельтания не введёт ответных пошлин до 15 марта."
DISAGREEMENT = ("Министерство не согласно с утверждением Бельтании о том, что пошлина нарушает торговое соглашение "
                "2019 года.")
SOKOLOVA = "Министр торговли Бельтании Анна Соколова назвала пошлину „экономическим давлением“."



@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the grain-duty project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentence(root: Path, sentence: str, key: str, source: str, quote: str) -> None:
    """Add a sentence, citing `quote` of `source` under `key`, to the background."""
    edit(root / BACKGROUND, "      В январе", f"      {sentence}[^{key}]\n      В январе")
    edit(root / BACKGROUND, "citations:\n", f'citations:\n  {key}:\n    source: {source}\n    quote: "{quote}"\n')


def test_the_grain_briefing_builds_in_russian(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "grain-duties" / "index.html").read_text(encoding="utf-8")
    assert "Правительство Бельтании" in page and "14 февраля 2026 года" in page and "1,1 млн тонн" in page


@pytest.mark.parametrize("file, old, new, named", [
    (CLAIMS, "внутри страны выросли на 3,5 %", "внутри страны снизились на 3,5 %", '"3,5 %" is given as a fall'),
    (CLAIMS, "в январе снизился на 18 %", "в январе вырос на 18 %", '"18 %" is given as a rise'),
    (CLAIMS, "выросла до 16 400 рублей", "снизилась до 16 400 рублей", '"16 400" is given as a fall'),
    (CLAIMS, "импорт аргенского зерна в январе снизился на 18 %", "в январе сообщалось о росте импорта на 18 %",
     '"18 %" is given as a rise'),
], ids=["rise-as-fall", "fall-as-rise", "level-reached", "noun-in-another-case"])
def test_a_russian_direction_turned_is_refused(desk: Path, file: str, old: str, new: str, named: str):
    edit(desk / file, old, new)
    refused_with(desk, f"{file}:", named)


@pytest.mark.parametrize("says, quote, source", [
    ("По словам Соколовой, Бельтания введёт ответные пошлины до 15 марта.", REFUSAL, "agency"),
    ("Министерство согласно с утверждением Бельтании о том, что пошлина нарушает торговое соглашение 2019 года.",
     DISAGREEMENT, "ministry"),
], ids=["не-введёт", "не-согласно"])
def test_a_russian_negation_dropped_is_refused(desk: Path, says: str, quote: str, source: str):
    add_sentence(desk, says, "added", source, quote)
    refused_with(desk, f"{BACKGROUND}:", "negat")


def test_one_ministers_words_given_to_the_other_are_refused(desk: Path):
    add_sentence(desk, "Министр Игорь Волков назвал пошлину „экономическим давлением“.", "added", "agency", SOKOLOVA)
    refused_with(desk, f"{BACKGROUND}:", "gives the words to")


@pytest.mark.parametrize("says, quote, source", [
    ("Бельтания не будет вводить ответные пошлины до 15 марта, сообщила Соколова.", REFUSAL, "agency"),
    ("Анна Соколова заявила, что Бельтания не введёт ответных пошлин до 15 марта.", REFUSAL, "agency"),
    ("Соколова назвала введение пошлины «экономическим давлением».", SOKOLOVA, "agency"),
    ("Министерство ожидает, что экспорт зерна сократится примерно на 15 % в 2026 году.", FORECAST, "ministry"),
], ids=["negation-kept", "name-declined", "quote-marks", "another-word-of-fall"])
def test_honest_russian_wordings_build(desk: Path, says: str, quote: str, source: str):
    add_sentence(desk, says, "added", source, quote)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_claimant_named_in_another_case_than_the_source_builds(desk: Path):
    """"Правительство Бельтании" cites "По данным правительства Бельтании", the party given the source's form of its
    name as an alias, as the README tells an editor to."""
    edit(desk / BRIEFING, "    name: Бельтания\n", "    name: Бельтания\n    aliases: [Бельтании]\n")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_claimant_of_the_other_state_is_refused(desk: Path):
    edit(desk / CLAIMS, "claimant: Правительство Бельтании", "claimant: Правительство Аргении")
    refused_with(desk, f"{CLAIMS}:", "`claimant`")


# Ukrainian, which the README names beside Russian: read by the same lists, sentence against passage.
@pytest.mark.parametrize("says, passage", [
    ("Комісія визнала результати виборів.", "Комісія не визнала результати виборів."),
    ("Явка знизилася на 4,2 %.", "Явка зросла на 4,2 %."),
], ids=["negation", "direction"])
def test_a_ukrainian_negation_or_direction_turned_is_found(says: str, passage: str):
    from explainer.attribution import Cited
    from explainer.direction import turned_directions
    from explainer.polarity import flipped_negations

    cited = [Cited(passage, "uk")]
    assert flipped_negations(says, cited, 0, "uk") or turned_directions(says, cited, 0, "uk")
    assert not flipped_negations(passage, cited, 0, "uk") and not turned_directions(passage, cited, 0, "uk")


def test_a_sentence_opening_with_an_adverb_builds(desk: Path):
    edit(desk / BRIEFING, "Министерство позднее уточнило", "Позднее министерство уточнило")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_swapped_speaker_is_named_with_the_sources_title_and_no_more(desk: Path):
    edit(desk / "content/grain-duties/quotes.yaml", "speaker: Анна Соколова", "speaker: Игорь Волков")
    refused_with(desk, "quotes.yaml:12: `speaker`: the source gives these words to Министр торговли Бельтании Анна "
                       "Соколова, not to Игорь Волков (")


def test_an_escaped_line_break_before_a_cyrillic_word_is_no_disguise(desk: Path):
    edit(desk / "content/grain-duties/timeline.yaml", 'quote: "14 февраля 2026 года"',
         'quote: "14 февраля 2026 года\\n\\nМинистерство сельского хозяйства Аргении сообщает"')
    lines = refused_with(desk, "timeline.yaml:18: citation 'announce'", "runs from the end of a paragraph")
    assert not any("stands inside a word" in line for line in lines)


def test_a_cyrillic_letter_in_a_latin_word_is_still_refused_when_escaped(desk: Path):
    edit(desk / BACKGROUND, "title: Торговля зерном", 'title: "Gr\\u0430in"')
    refused_with(desk, "background.yaml:", "U+0430 (CYRILLIC SMALL LETTER A) stands inside a word of Latin letters")


def test_cite_of_a_word_in_another_case_says_what_to_do(desk: Path):
    result = run_build(desk, "cite", "ministry", "пошлины")
    assert result.code == 1
    assert "nearest passages below" not in result.err
    assert "in the forms it gives them" in result.err


def test_figures_are_written_with_no_break_spaces(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "grain-duties" / "index.html").read_text(encoding="utf-8")
    assert "1\u00a0200\u00a0000" in page and "1 100 000" not in page


@pytest.mark.parametrize("month, code", [("В марте 2026 года", 0), ("В апреле 2026 года", 1)], ids=["марте", "апреле"])
def test_a_month_in_another_case_is_read_as_that_month(desk: Path, month: str, code: int):
    edit(desk / BRIEFING, "С 1 марта 2026 года экспортная", f"{month} экспортная")
    result = run_build(desk, "check")
    assert result.code == code, result.err
    assert not code or 'date "апреле 2026" is not in the passages' in result.err


@pytest.mark.browser
def test_a_quote_on_a_russian_page_stands_between_guillemets(tab, desk: Path):
    """A quote was shown between English “ ”: Russian and Ukrainian write « », and „ “ inside them."""
    from browser_support import serve

    assert run_build(desk).code == 0
    with serve(desk / "site") as url:
        page, traffic = tab(url + "grain-duties/index.html")
        marks = page.evaluate("[...document.querySelectorAll('.quote q')].map(q => getComputedStyle(q).quotes)")
        assert marks and set(marks) == {'"«" "»" "„" "“"'}
        assert traffic.foreign_hosts() == set() and not traffic.console_errors


def test_cite_finds_the_sources_yo_typed_as_ye(desk: Path):
    """A Russian keyboard's "е" for the source's "ё": `cite` printed no citation, only the nearest passage."""
    result = run_build(desk, "cite", "agency", "не введет ответных пошлин")
    assert result.code == 0, result.err
    assert 'quote: "не введёт ответных пошлин"' in result.out


UNCONFIRMED = "По неподтверждённым данным, экспортёры Аргении потеряли около 2,1 млрд рублей."


@pytest.mark.parametrize("says, code", [
    ("Экспортёры Аргении потеряли около 2,1 млрд рублей.", 1),
    ("Экспортёры Аргении предположительно потеряли около 2,1 млрд рублей.", 0),
], ids=["hedge-dropped", "hedge-kept"])
def test_a_hedge_the_locale_lists_without_yo_is_read_in_a_source_with_it(desk: Path, says: str, code: int):
    """The locale lists "по неподтвержденным данным" as most keyboards type it; the follow-up writes "ё"."""
    add_sentence(desk, says, "added", "followup", UNCONFIRMED)
    result = run_build(desk, "check")
    assert result.code == code, result.err
    assert not code or "the source gives this only as 'По неподтверждённым данным'" in result.err


def test_a_wrong_scale_in_a_unit_is_not_blamed_on_yaml(desk: Path):
    """1.1 in `тыс. тонн` citing "1,1 млн тонн" was told "YAML reads 1.100 as 1.1 ... write 1100": never written so."""
    edit(desk / CLAIMS, "value: 1100000, unit: тонн", "value: 1.1, unit: тыс. тонн")
    lines = refused_with(desk, f"{CLAIMS}:20: figure 1.1 (Экспорт зерна в Бельтанию в 2025 году) is not in the "
                               "passages")
    assert not any("YAML reads" in line for line in lines)


RUMOUR = "Аргения якобы готовит второе повышение пошлины до 15 %."


@pytest.mark.parametrize("status, code", [("reported", 1), ("claim", 0)])
def test_a_claim_the_source_hedges_is_not_marked_reported(desk: Path, status: str, code: int):
    edit(desk / CLAIMS, "      - claimant: Министр сельского хозяйства Игорь Волков",
         f"      - claimant: Информационное агентство Равнина\n        parties: []\n        says: {RUMOUR}\n"
         f"        status: {status}\n        cite: [rumour]\n      - claimant: Министр сельского хозяйства Игорь Волков")
    edit(desk / CLAIMS, "citations:\n", f'citations:\n  rumour:\n    source: followup\n    quote: "{RUMOUR}"\n')
    result = run_build(desk, "check")
    assert result.code == code, result.err
    assert not code or "but its cited passages give it only as someone's claim ('якобы')" in result.err
