"""A Portuguese briefing, as a Lisbon newsroom's editor new to the tool writes it: a town hall suing the builder of a
late bridge (a locale of their own, `locales/pt.yaml`, with its qualifiers and hedges), with money in "milhões" and
"mil", a Brazilian "R$", a range "entre 4 e 5 milhões", a comparison table in "milhões de euros".

Each wrong figure must be refused with the file and line, and each faithful one built.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import edit, locale_from_english, project_in_language, refused_with

from explainer import numbers
from explainer.attribution import Cited, check_item_text

PORTUGUESE_MONTHS = ("[janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, "
                     "dezembro]")
SPANISH_MONTHS = ("[enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, "
                  "diciembre]")
ITALIAN_MONTHS = ("[gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, "
                  "dicembre]")
MONTHS = {"pt": PORTUGUESE_MONTHS, "es": SPANISH_MONTHS, "it": ITALIAN_MONTHS}
WORDS = ("weekdays: [segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo]\n"
         "approximately: [cerca de]\n"
         "hedges: [alegadamente]\n"
         "at_least: [pelo menos]\n"
         "more_than: [mais de]\n"
         "according_to: [segundo, afirmou]\n"
         "expected: [deverá, poderá]\n"
         "will: [vai, irá]\n")
SLUG = "ponte"
SOURCE = ("Câmara de Vilarinho processa construtora\n\n"
          "A Câmara exige uma indemnização de 4,2 milhões de euros à Construtora Atlântida, que já pagou 750 mil euros "
          "a Mourão por um atraso semelhante.\n\n"
          "O julgamento poderá começar dentro de 18 meses e custar entre 4 e 5 milhões de euros.\n")
FIRST, SECOND = SOURCE.split("\n\n")[1:3]


def portuguese_project(tmp_path: Path, summary: str, quote: str = FIRST, source: str = SOURCE, language: str = "pt",
                       extra: str = "") -> Path:
    """Return a minimal project with a locale for `language`, `source` as seeds/ponte.txt and one briefing whose
    summary, on line 4 of its briefing.yaml, cites `quote` as [^a]; `extra` is written after the briefing."""
    locale = locale_from_english(MONTHS[language], words=WORDS if language == "pt" else "")
    return project_in_language(
        tmp_path / "project", language, locale, SLUG, source,
        f"title: A ponte de Vilarinho\nlanguage: {language}\nsummary: |\n  {summary}[^a]\nupdates:\n"
        "  - date: 2026-03-12\n    kind: update\n    text: Publicado.\nparties:\n  - id: camara\n    name: Câmara\n"
        f"  - id: atlantida\n    name: Atlântida\ncitations:\n  a:\n    source: {SLUG}\n    quote: {quote.strip()}\n"
        + extra)


def checks(root: Path, outcome: str) -> None:
    """Check the project: it passes where `outcome` is "ok", else the summary is refused with `outcome` said."""
    if outcome == "ok":
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, f"content/{SLUG}/briefing.yaml:4:", outcome)


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set Portuguese's."""
    yield
    numbers.read_as_locales({})


# Portuguese scale words were not read: "750 milhões de euros" citing "750 mil euros" (a thousand times the sum) and
# "4,2 mil euros" citing "4,2 milhões de euros" built, while "750.000 euros", the same sum, was refused.
@pytest.mark.parametrize("written, outcome", [
    ("A Câmara exige 4,2 mil euros.", 'figure "4,2 mil" is not in the passages'),
    ("A Atlântida já pagou 750 milhões de euros a Mourão.", 'figure "750 milhões" is not in the passages'),
    ("A Atlântida já pagou 750 euros a Mourão.", 'figure "750" is not in the passages'),
    ("A Atlântida já pagou 750.000 euros a Mourão.", "ok"),
    ("A Câmara exige 4.200.000 euros.", "ok"),
])
def test_a_portuguese_scale_word_multiplies_its_figure(tmp_path: Path, written: str, outcome: str):
    checks(portuguese_project(tmp_path, written), outcome)


@pytest.mark.parametrize("written, said", [
    ("A Câmara exige 4,2 milhões de dólares.", 'figure "4,2 milhões" is given in dollars'),
    ("O julgamento poderá começar dentro de 18 anos.", 'figure "18" is given in years'),
])
def test_a_figure_moved_to_another_unit_in_portuguese_is_refused(tmp_path: Path, written: str, said: str):
    quote = SECOND.split(" e custar")[0] if "julgamento" in written else FIRST
    checks(portuguese_project(tmp_path, written, quote), said)


# "R$" was read as a dollar sign: "US$ 4,2 milhões" citing "R$ 4,2 milhões" built.
@pytest.mark.parametrize("written, outcome", [
    ("A Câmara exige US$ 4,2 milhões.", 'figure "US$ 4,2 milhões" is given in dollars'),
    ("A Câmara exige 4,2 milhões de reais.", "ok"),
    ("A Câmara exige R$ 4,2 milhões.", "ok"),
    ("A Câmara exige R$ 4,2 mi.", "ok"),  # as Brazil's press shortens them
    ("A Câmara exige R$ 4,2 bi.", 'figure "R$ 4,2 bi" is not in the passages'),
])
def test_brazilian_reais_are_not_dollars(tmp_path: Path, written: str, outcome: str):
    source = SOURCE.replace("4,2 milhões de euros", "R$ 4,2 milhões")
    checks(portuguese_project(tmp_path, written, source.split("\n\n")[1], source), outcome)


# A comparison's `unit` carried its scale only in English and French: 14.8 in "millones de euros" citing "14,8 millones
# de euros" was refused as not in the passage (and so, once Portuguese scales were read, was 4.2 "milhões de euros").
@pytest.mark.parametrize("language, passage, unit, value", [
    ("pt", FIRST, "milhões de euros", "4.2"),
    ("pt", FIRST, "mil euros", "750"),
    ("es", "La Confederación pide 14,8 millones de euros a la constructora.", "millones de euros", "14.8"),
    ("es", "La Confederación pide 2,5 mil millones de euros a la constructora.", "mil millones de euros", "2.5"),
])
def test_a_comparison_unit_in_the_briefings_language_carries_its_scale(tmp_path: Path, language: str, passage: str,
                                                                      unit: str, value: str):
    source = f"Título\n\n{passage}\n"
    table = ("comparisons:\n  - id: valores\n    title: Valores\n    rows:\n      - measure: Pedido\n"
             f"        unit: {unit}\n        values:\n          camara: {{value: {value}, cite: [a]}}\n")
    root = portuguese_project(tmp_path, "Os valores em causa.", passage, source, language)
    (root / "content" / SLUG / "comparisons.yaml").write_text(table, encoding="utf-8")
    checks(root, "ok")
    edit(root / "content" / SLUG / "comparisons.yaml", f"value: {value},", "value: 9.9,")
    refused_with(root, f"content/{SLUG}/comparisons.yaml:8:", "figure 9.9 (Pedido) is not in the passages")


# "entre 4 e 5 milhões" gives 4 million too: once Portuguese scales were read, its low end stayed a bare 4 (as Spanish
# "entre 4 y 5 millones" did), and "4 milhões" citing it was refused.
@pytest.mark.parametrize("written, outcome", [
    ("O julgamento poderá custar pelo menos 4 milhões de euros.", "ok"),
    ("O julgamento poderá custar pelo menos 4 mil euros.", 'figure "4 mil" is not in the passages'),
])
def test_the_low_end_of_a_portuguese_range_takes_its_scale(tmp_path: Path, written: str, outcome: str):
    checks(portuguese_project(tmp_path, written, SECOND), outcome)


def test_scale_words_of_portuguese_italian_and_spanish_state_their_values():
    numbers.read_as_locales({language: numbers.Writing(",", tuple(f"mes{n}" for n in range(12))) for language in ("pt", "it", "es")})
    said = {
        "pt": "1,5 mil, 2 milhões, 3 mil milhões, 4 bilhões, 5 biliões, entre 6 e 7 milhões",
        "it": "1,5 mila, 2 milioni, 3 miliardi, tra 6 e 7 milioni",
        "es": "entre 6 y 7 millones",
    }
    values = {language: [q.value for m in numbers.find_mentions(text, language) for q in m.quantities]
              for language, text in said.items()}
    assert values == {"pt": [1500, 2 * 10**6, 3 * 10**9, 4 * 10**9, 5 * 10**12, 6 * 10**6, 7 * 10**6],
                      "it": [1500, 2 * 10**6, 3 * 10**9, 6 * 10**6, 7 * 10**6],
                      "es": [6 * 10**6, 7 * 10**6]}


@pytest.mark.parametrize("passage", ["could cost between 4 and 5 million euros", "could cost 4-5 million euros",
                                     "poderá custar entre 4 e 5 milhões de euros"])
def test_the_low_end_of_a_range_is_given_in_its_high_ends_unit(passage: str):
    """"4 million euros" citing "between 4 and 5 million euros" was refused as given in euros the passage did not."""
    language = "pt" if "custar" in passage else "en"
    assert (numbers.Quantity(4 * 10**6), "euro") in numbers.units_given(passage, language)


LEDE = ("Câmara de Vilarinho processa construtora\n\n"
        "A Câmara Municipal de Vilarinho intentou na segunda-feira, 9 de março de 2026, uma ação contra a Construtora "
        "Atlântida no Tribunal Administrativo e Fiscal de Coimbra, exigindo uma indemnização de 4,2 milhões de euros "
        "pelos atrasos na construção da nova ponte sobre o rio Vouga.\n")


# A news lede says its sum after its 20th word: `new` looked at each sentence's first 20 words only, and refused the
# title as stating "what no sentence says", telling the editor to drop the figure or choose another source.
def test_new_quotes_the_words_of_a_long_sentence_that_say_the_titles_figure(tmp_path: Path):
    root = portuguese_project(tmp_path, "A Câmara processa a construtora.", LEDE.split("\n\n")[1].split(",")[0],
                              LEDE)
    title = "Vilarinho exige 4,2 milhões de euros à Atlântida"
    result = run_build(root, "new", "processo", "--title", title, "--source", SLUG)
    assert result.code == 0, result.err
    briefing = (root / "content" / "processo" / "briefing.yaml").read_text(encoding="utf-8")
    assert '    quote: "4,2 milhões de euros"\n' in briefing
    built = run_build(root, "check")
    assert built.code == 0, built.err
    refused = run_build(root, "new", "outro", "--title", "Vilarinho exige 4,3 milhões de euros", "--source", SLUG)
    assert refused.code == 1 and "states what no sentence of seeds/ponte.txt says within 20 words" in refused.err


# A figure the source gives plainly was open to any qualifier: "holds more than 18.7%" citing "holds 18.7% of its
# shares", "for more than 9 months" citing "for 6 to 9 months" built, stating what the source does not (a range's
# high end is "up to" it, so "more than 9" contradicts it).
STAKE = "The Keller family trust holds 18.7% of its shares. Regulators are expected to review the deal for 6 to 9 months."


@pytest.mark.parametrize("written, refused", [
    ("The trust holds more than 18.7% of the shares.", 'figure "more than 18.7%" says more or less than'),
    ("The trust holds less than 18.7% of the shares.", 'figure "less than 18.7%" says more or less than'),
    ("Regulators are expected to review it for more than 9 months.", 'figure "more than 9" contradicts "6 to 9"'),
    ("Regulators are expected to review it for fewer than 6 months.", 'figure "fewer than 6" contradicts "6 to 9"'),
    ("The trust holds 18.7% of the shares.", ""),
    ("The trust holds about 18.7% of the shares.", ""),
    ("The trust holds at least 18.7% of the shares.", ""),
    ("Regulators are expected to review it for up to 9 months.", ""),
    ("Regulators are expected to review it for at least 6 months.", ""),
    ("Regulators are expected to review it over 6 to 9 months.", ""),  # "over" bounds nothing here
])
def test_a_plain_figure_is_not_given_as_more_or_fewer_than_itself(written: str, refused: str):
    found = check_item_text(written, [Cited(STAKE)], "en", "caveat")
    if refused:
        assert [refused in finding.message for finding in found] == [True], found
    else:
        assert found == []


def test_a_plain_portuguese_figure_given_as_more_than_itself_is_refused_with_its_line(tmp_path: Path):
    root = portuguese_project(tmp_path, "A Atlântida já pagou mais de 750 mil euros a Mourão.")
    refused_with(root, f"content/{SLUG}/briefing.yaml:4:", 'figure "mais de 750 mil" says more or less than "750 mil"',
                 'not "more than" or "fewer than" it')


# "as low as" and "as high as" were no qualifiers: "Savings could be as high as $150 million" citing analysts' "as low
# as $150 million" built, turning a floor into a ceiling.
SAVINGS = "Analysts said savings could be as low as $150 million, and costs as much as $90 million."


@pytest.mark.parametrize("written, refused", [
    ("Savings could be as high as $150 million.", 'figure "as high as $150 million" contradicts "as low as $150 million"'),
    ("Savings could be $150 million.", 'figure "$150 million" leaves out the qualifier of "as low as $150 million"'),
    ("Costs could be at least $90 million.", 'figure "at least $90 million" contradicts "as much as $90 million"'),
    ("Savings could be at least $150 million.", ""),
    ("Costs could be up to $90 million.", ""),
])
def test_as_low_as_is_a_floor_and_as_high_as_a_ceiling(written: str, refused: str):
    found = check_item_text(written, [Cited(SAVINGS)], "en", "claim")
    assert [finding.message.startswith(refused) for finding in found] == ([True] if refused else []), found


# A cut marked "(...)", as Portuguese and Spanish quotations mark it, was read as part of the quoted words: a faithful
# quotation joining the mayor's two sentences was refused as not in the source ("[...]" and "…" were read).
MAYOR = ("«A população de Vilarinho esperou tempo demais», afirmou o presidente da Câmara, Rui Esteves. «Não vamos "
         "aceitar mais desculpas.»")


@pytest.mark.parametrize("written, refused", [
    ("Rui Esteves disse: «A população de Vilarinho esperou tempo demais (...) Não vamos aceitar mais desculpas.»", False),
    ("Rui Esteves disse: «A população de Vilarinho esperou tempo demais (…) não vamos aceitar mais desculpas».", False),
    ("Rui Esteves disse: «A população de Vilarinho esperou tempo demais (...) Não vamos aceitar desculpas.»", True),
    ("Rui Esteves disse: «Não vamos aceitar mais desculpas (...) a população de Vilarinho esperou tempo demais».", True),
])
def test_a_cut_marked_in_parentheses_joins_the_pieces_of_a_quotation(written: str, refused: bool):
    found = check_item_text(written, [Cited(MAYOR, "pt")], "pt", "quote")
    assert [finding.message.startswith("quoted words") for finding in found] == ([True] if refused else []), found


# A currency sign after the figure, as Portuguese, French, German and Spanish write it ("750 €", "4,2 M€"), was never
# read: "4,2 M$" citing "4,2 milhões de euros" built. And once Portuguese scales were read, Portugal's "4,2 M€" was
# refused as "4,2" not in the passage.
@pytest.mark.parametrize("written, outcome", [
    ("A Câmara exige 4,2 M€.", "ok"),
    ("A Câmara exige 4,2 M$.", 'figure "4,2 M" is given in dollars'),
    ("A Câmara exige 4,3 M€.", 'figure "4,3 M" is not in the passages'),
    ("A Atlântida já pagou 750 mil € a Mourão.", "ok"),
    ("A Atlântida já pagou 750 mil $ a Mourão.", 'figure "750 mil" is given in dollars'),
])
def test_a_currency_sign_after_a_portuguese_figure_is_its_unit(tmp_path: Path, written: str, outcome: str):
    checks(portuguese_project(tmp_path, written), outcome)


def test_a_currency_sign_opening_the_next_figure_is_not_the_unit_of_the_one_before():
    text = "In 2025 $3bn was spent, and 750 € in Lyon."
    assert [(m.text, numbers.unit_after(text, m.start, m.end)) for m in numbers.find_mentions(text)] == [
        ("2025", None), ("$3bn", "dollar"), ("750", "euro")]


# Italian scale words and units were not read: "4,2 mila euro" (4,200) or "4,2 milioni di dollari" citing "4,2 milioni
# di euro", and "18 anni" citing "18 mesi", built.
ITALIAN = "Vilarino\n\nIl Comune chiede 4,2 milioni di euro alla Costruttrice; il processo potrebbe durare 18 mesi.\n"


@pytest.mark.parametrize("written, outcome", [
    ("Il Comune chiede 4,2 milioni di euro.", "ok"),
    ("Il Comune chiede 4.200.000 euro.", "ok"),
    ("Il Comune chiede 4,2 mila euro.", 'figure "4,2 mila" is not in the passages'),
    ("Il Comune chiede 4,2 milioni di dollari.", 'figure "4,2 milioni" is given in dollars'),
    ("Il processo potrebbe durare 18 anni.", 'figure "18" is given in years'),
])
def test_italian_scale_words_and_units_are_read(tmp_path: Path, written: str, outcome: str):
    checks(portuguese_project(tmp_path, written, ITALIAN.split("\n\n")[1], ITALIAN, "it"), outcome)


# A `date` outside the month `when` states ("dezembro de 2024" dated 30 November) was told to "write a `date` with the
# day and month `when` states", which states no day.
@pytest.mark.parametrize("when, date, told", [
    ("dezembro de 2024", "2024-11-30", "write a `date` with the month and year `when` states"),
    ("9 de março", "2026-03-10", "write a `date` with the day and month `when` states"),
])
def test_a_date_outside_what_when_states_is_told_which_parts_to_keep(tmp_path: Path, when: str, date: str, told: str):
    root = portuguese_project(tmp_path, "A obra atrasou.", LEDE.split("\n\n")[1].split(",")[0], LEDE)
    (root / "content" / SLUG / "timeline.yaml").write_text(
        f"events:\n  - when: {when}\n    date: {date}\n    date_basis: a data da notícia\n    what: A obra.\n"
        "    cite: [a]\n", encoding="utf-8")
    refused_with(root, f"content/{SLUG}/timeline.yaml:3:", f"is not the date `when` states, {when}", told)
