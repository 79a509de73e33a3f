"""Numbers as each language writes them, quotation marks of other languages, and qualifiers ("at least 31").

Unit tests of explainer.attribution and explainer.numbers, then the same rules through the build.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from explainer.anchor import normalise
from explainer.attribution import (
    Cited, Finding, check_item_text, check_prose, split_sentences, statements_needing_citation,
)
from explainer.numbers import Quantity, quantities_in
from support import edit, error_lines, minimal_project, rebuild_fails

FIGURE_HINT = "cite the passage that gives this figure, or correct it to the source's"
QUOTE_HINT = "quote the source's exact words (only spacing and quote marks may differ), or cite the passage that holds them"


def cites(language: str = "", **passages: str):
    """Return a passages_of function for citations given as key=passage, all in one language."""
    return lambda key: [Cited(passages[key], language)] if key in passages else []


def shown(prose: str) -> str:
    """Return a sentence as messages show it: markers left out, spacing flattened."""
    return " ".join(re.sub(r"\[\^[^\]]+\]", "", prose).split())


def values(text: str, language: str = "") -> set:
    """Return the values a text states, months of dates left out."""
    return {q.value for q in quantities_in(text, language) if q.unit != "month"}


# Numbers in languages that write a decimal comma

@pytest.mark.parametrize("text, expected", [
    ("2,3 millions d'euros", {Decimal(2300000)}),
    ("45,1 euros", {Decimal("45.1")}),
    ("1,45 euro", {Decimal("1.45")}),
    ("2\u202f300\u202f000 euros", {Decimal(2300000)}),
    ("2\u00a0300\u00a0000 euros", {Decimal(2300000)}),
    ("2 300 000 euros", {Decimal(2300000)}),
    ("2.300.000 euros", {Decimal(2300000)}),
    ("1 200,5 tonnes", {Decimal("1200.5")}),
    ("3 milliards", {Decimal(3 * 10**9)}),
    ("mille fermes et 2 mille", {Decimal(2000)}),
    ("le 4 mai 2026", {Decimal(4), Decimal(2026)}),
    ("en 2026, 300 salariés", {Decimal(2026), Decimal(300)}),
])
def test_french_reads_a_decimal_comma_and_grouped_thousands(text, expected):
    assert values(text, "fr") == expected
    assert values(text, "fr-CA") == expected


def test_english_and_an_unknown_language_keep_the_decimal_point():
    assert values("660,000 and 1.9", "en") == values("660,000 and 1.9") == {Decimal(660000), Decimal("1.9")}
    assert values("2,3 millions") == {Decimal(2), Decimal(3)}  # as before: no language, no decimal comma
    assert quantities_in("45,1 %", "fr") == {Quantity(Decimal("45.1"), "%")}


def test_a_french_figure_not_in_its_french_passage_is_named():
    passage = "La coopérative a dégagé un bénéfice de 2,3 millions d'euros en 2025."
    assert check_prose("La coopérative a dégagé 3 millions d'euros[^benef].", cites("fr", benef=passage), "fr") == [
        Finding(24, 'figure "3 millions" is not in the passages this sentence cites: "La coopérative a dégagé '
                    '3 millions d\'euros." (checked: "La coopérative a dégagé un bénéfice de 2,3 millions '
                    'd\'euros en 2025.")', FIGURE_HINT)]


def test_a_french_decimal_is_not_read_as_two_numbers():
    [finding] = check_item_text("Le litre coûte 45,1 euros.", [Cited("Le litre coûte 1,45 euro.", "fr")], "fr")
    assert finding.message.startswith('figure "45,1" is not in the passages this item cites')


@pytest.mark.parametrize("prose, prose_language, passage, passage_language", [
    ("La coopérative a dégagé 2,3 millions d'euros[^p].", "fr", "un bénéfice de 2,3 millions d'euros", "fr"),
    ("Elle a dégagé 2\u202f300\u202f000 euros[^p].", "fr", "un bénéfice de 2,3 millions d'euros", "fr"),
    ("Le litre coûte 45,1 euros[^p].", "fr-CA", "le litre à 45,1 euros", "fr"),
    ("It made 2.3 million euros[^p].", "en", "un bénéfice de 2,3 millions d'euros", "fr"),
    ("Le Pakistan compte 660\u00a0000 militaires[^p].", "fr", "Pakistan has 660,000 active personnel", "en"),
    ("Le 4 mai 2026, 1\u202f200 fermes[^p].", "fr", "le 4 mai 2026, de 1 200 fermes", "fr"),
])
def test_correct_figures_pass_across_languages(prose, prose_language, passage, passage_language):
    assert check_prose(prose, cites(passage_language, p=passage), prose_language) == []


# Numbers in Arabic text: Arabic-Indic digits, its own separators, scale words, months and weekdays

@pytest.mark.parametrize("text, expected", [
    ("نحو ١٬٢٠٠ وظيفة", {Quantity(Decimal(1200))}),
    ("صفقة قيمتها ٢٫٤ مليار دولار", {Quantity(Decimal("2.4") * 10**9)}),
    ("ما يقارب 20 ألف مسافر", {Quantity(Decimal(20000))}),
    ("على ٧١٪ من الرحلات", {Quantity(Decimal(71), "%")}),
    ("على 71 في المائة من الرحلات", {Quantity(Decimal(71), "%")}),
    ("يوم ١٥ مارس ٢٠٢٦", {Quantity(Decimal(15)), Quantity(Decimal(3), "month"), Quantity(Decimal(2026))}),
    ("يوم ١٥ آذار ٢٠٢٦", {Quantity(Decimal(15)), Quantity(Decimal(3), "month"), Quantity(Decimal(2026))}),
    ("في ١ تشرين الأول", {Quantity(Decimal(1)), Quantity(Decimal(10), "month")}),
])
def test_arabic_text_states_its_figures_and_dates(text, expected):
    # "١٬٢٠٠" was read as 1 and 200, "٢٫٤ مليار" as 2 and 4, "٧١٪" as a plain 71, and no month at all.
    assert quantities_in(text, "ar") == expected


ARABIC_DEAL = "أعلنت الشركتان يوم الأحد ١٥ مارس ٢٠٢٦ اتفاقهما على صفقة قيمتها ٢٫٤ مليار دولار"


@pytest.mark.parametrize("prose", [
    "أعلنت الشركتان يوم الأحد ١٥ مارس ٢٠٢٦ صفقة قيمتها 2.4 مليار دولار[^p].",
    "أعلنت الشركتان يوم الأحد ١٥ آذار صفقة قيمتها ٢٫٤ مليار دولار[^p].",
    "The deal, announced on Sunday 15 March, is worth $2.4 billion[^p].",
])
def test_correct_figures_pass_against_an_arabic_passage(prose):
    assert check_prose(prose, cites("ar", p=ARABIC_DEAL), "ar") == []


@pytest.mark.parametrize("prose, statement", [
    ("أعلنت الشركتان يوم الأحد ١٥ أبريل صفقتهما[^p].", 'date "١٥ أبريل"'),
    ("أعلنت الشركتان يوم السبت صفقتهما[^p].", 'day "السبت"'),
    ("صفقة قيمتها ٢٫٤ مليون دولار[^p].", 'figure "٢٫٤ مليون"'),
    ("صفقة قيمتها ٤٫٢ مليار دولار[^p].", 'figure "٤٫٢ مليار"'),
])
def test_a_wrong_date_day_or_figure_in_arabic_is_named(prose, statement):
    [finding] = check_prose(prose, cites("ar", p=ARABIC_DEAL), "ar")
    assert finding.message.startswith(f"{statement} is not in the passages this sentence cites")


@pytest.mark.parametrize("prose", ["The deal is worth €2.4 billion[^p].", "صفقة قيمتها ٢٫٤ مليار يورو[^p]."])
def test_a_figure_in_another_currency_than_an_arabic_passage_gives_is_named(prose):
    # "دولار" was no unit: a sum the source gives in dollars passed in euros.
    [finding] = check_prose(prose, cites("ar", p=ARABIC_DEAL), "ar")
    assert "is given in euros" in finding.message


@pytest.mark.parametrize("prose, verb", [
    ("تقول النقابة إن ١٬٢٠٠ وظيفة مهددة[^p].", "leaves out the qualifier of"),
    ("تقول النقابة إن أكثر من ١٬٢٠٠ وظيفة مهددة[^p].", "is qualified otherwise than"),
])
def test_an_arabic_qualifier_must_be_kept(prose, verb):
    # "نحو" (about) was not read: the figure passed without it, and a bound of 'exact' with it.
    passage = "وقالت النقابة إن نحو ١٬٢٠٠ وظيفة مهددة."
    [finding] = check_prose(prose, cites("ar", p=passage), "ar")
    assert f'{verb} "نحو ١٬٢٠٠"' in finding.message
    assert check_prose("تقول النقابة إن حوالي 1,200 وظيفة مهددة[^p].", cites("ar", p=passage), "ar") == []


# Quotation marks of other languages

@pytest.mark.parametrize("prose", [
    "Asif a déclaré une «total war»[^p].",
    "Asif a déclaré une « total war »[^p].",
    "Asif a déclaré une «\u202ftotal war\u202f»[^p].",
    "Asif a déclaré une «\u00a0total war\u00a0»[^p].",
    "Asif erklärte einen „total war“[^p].",
    "Asif erklärte einen „total war”[^p].",
    "Asif erklärte einen »total war«[^p].",
])
def test_guillemets_and_low_quotes_are_quotes_that_must_be_verbatim(prose):
    passage = 'Khawaja Asif declared an "all-out war" between the two countries'
    [finding] = check_prose(prose, cites(p=passage))
    assert finding == Finding(prose.index("total"), f'quoted words "total war" are not in the passages this sentence '
                                                    f'cites: "{shown(prose)}" (checked: "{passage}")', QUOTE_HINT)


@pytest.mark.parametrize("passage", ['declared a "total war"', "declared a « total war »", "declared a „total war“",
                                     "declared a »total war«", "declared a “total war”"])
@pytest.mark.parametrize("prose", ["He declared a «total war»[^p].", "Il a déclaré une « total war »[^p].",
                                   "Er erklärte „total war“[^p].", "Er erklärte »total war«[^p].",
                                   'He declared a "total war"[^p].'])
def test_quoted_words_pass_whatever_the_quotation_marks(prose, passage):
    assert check_prose(prose, cites(p=passage)) == []


def test_a_quote_inside_guillemets_keeps_its_own_marks_and_its_sentence():
    text = "Il a dit « Nous partons. Ils restent. »[^p] La suite."
    assert [s.text for s in split_sentences(text)] == ["Il a dit « Nous partons. Ils restent. »[^p]", "La suite."]
    [sentence, _] = split_sentences(text)
    assert [s.text for s in statements_needing_citation(sentence)] == ["Nous partons. Ils restent."]


def test_sources_fold_guillemets_like_other_quote_marks():
    assert normalise("une «guerre» et »Krieg«") == normalise('une "guerre" et "Krieg"')


# Qualifiers

KILLED = "The strikes hit Kabul, killing at least 31 people, officials said."


LEFT_OUT, CONTRADICTS = "leaves out the qualifier of", "contradicts"


def qualifier_message(figure: str, given: str, verb: str, sentence: str) -> str:
    return f'figure "{figure}" {verb} "{given}" in the passages this sentence cites: "{sentence}"'


def test_a_figure_without_the_qualifier_of_its_passage_is_named():
    prose = "The strikes killed 31 people[^p]."
    assert check_prose(prose, cites(p=KILLED)) == [Finding(
        19, 'figure "31" leaves out the qualifier of "at least 31" in the passages this sentence cites: '
            '"The strikes killed 31 people."',
        'qualify it as the source does, as in "at least 31" or in words that mean the same; '
        'or cite a passage that gives it as written')]


@pytest.mark.parametrize("prose, figure, given, verb", [
    ("The strikes killed more than 31 people[^p].", "more than 31", "at least 31", "is qualified otherwise than"),
    ("The strikes killed about 31 people[^p].", "about 31", "at least 31", "is qualified otherwise than"),
    ("The strikes killed up to 31 people[^p].", "up to 31", "at least 31", "contradicts"),
    ("The strikes killed at most 31 people[^p].", "at most 31", "at least 31", "contradicts"),
])
def test_a_figure_qualified_otherwise_than_its_passage_is_named(prose, figure, given, verb):
    [finding] = check_prose(prose, cites(p=KILLED))
    assert finding.message == qualifier_message(figure, given, verb, shown(prose))


@pytest.mark.parametrize("prose, passage, figure, verb, given", [
    ("It killed 400 people[^p].", "It killed more than 400 people.", "400", LEFT_OUT, "more than 400"),
    ("It killed fewer than 400 people[^p].", "It killed more than 400 people.", "fewer than 400", CONTRADICTS,
     "more than 400"),
    ("It killed over 400 people[^p].", "It killed fewer than 400 people.", "over 400", CONTRADICTS, "fewer than 400"),
    ("It killed 400 people[^p].", "It killed nearly 400 people.", "400", LEFT_OUT, "nearly 400"),
    ("It killed 400 people[^p].", "It killed some 400 people.", "400", LEFT_OUT, "some 400"),
    ("Il a tué 400 personnes[^p].", "Il a tué plus de 400 personnes.", "400", LEFT_OUT, "plus de 400"),
    ("Il a tué 400 personnes[^p].", "Il a tué jusqu’à 400 personnes.", "400", LEFT_OUT, "jusqu’à 400"),
    ("It cost $5 billion[^p].", "It cost about $5 billion.", "$5 billion", LEFT_OUT, "about $5 billion"),
    ("Turnout was 45%[^p].", "Turnout was almost 45%.", "45%", LEFT_OUT, "almost 45%"),
    ("It killed 31 people[^p].", "It killed 31 or more people.", "31", LEFT_OUT, "31 or more"),
    ("It killed 31 people[^p].", "It killed at\nleast 31 people.", "31", LEFT_OUT, "at least 31"),
])
def test_a_qualifier_left_out_or_reversed_is_named(prose, passage, figure, verb, given):
    [finding] = check_prose(prose, cites(p=passage))
    assert finding.message == qualifier_message(figure, given, verb, shown(prose))


@pytest.mark.parametrize("prose, passage", [
    ("The strikes killed at least 31 people[^p].", KILLED),
    ("The strikes killed no fewer than 31 people[^p].", KILLED),
    ("The strikes killed 31 or more people[^p].", KILLED),
    ("The strikes killed 31 people or more[^p].", KILLED),  # one word may stand between
    ("The strikes killed *at least* **31** people[^p].", KILLED),
    ("It killed more than 400 people[^p].", "It killed more than 400 people."),
    ("It killed over 400 people[^p].", "It killed more than 400 people."),
    ("It killed at least 400 people[^p].", "It killed more than 400 people."),
    ("It killed around 400 people[^p].", "It killed about 400 people."),
    ("It killed roughly 400 people[^p].", "It killed some 400 people."),
    ("It killed approximately 400 people[^p].", "Il a tué environ 400 personnes."),
    ("It killed almost 400 people[^p].", "It killed nearly 400 people."),
    ("It killed about 400 people[^p].", "It killed nearly 400 people."),
    ("It killed up to 400 people[^p].", "It killed up to 400 people."),
    ("It killed fewer than 400 people[^p].", "It killed less than 400 people."),
    ("Il a tué au moins 31 personnes[^p].", KILLED),
    ("Il a tué plus de 400 personnes[^p].", "It killed more than 400 people."),
    ("Il a tué près de 400 personnes[^p].", "It killed nearly 400 people."),
    ("It killed 31 people[^p].", "It killed 31 people."),
    ("It killed about 31 people[^p].", "It killed 31 people."),  # a hedge on an exact figure is allowed
    ("It killed over 31 people[^p].", "It killed 31 people."),  # "over" may bound nothing ("over five years")
    ("It killed 31 people[^p].", "It killed at least 31 people, and 31 in the north."),
    ("It cost more than $5 billion[^p].", "It cost more than $5 billion."),
    ("It began on 31 May[^p].", "It began on 31 May, killing at least 31 people."),
])
def test_a_figure_with_the_qualifier_of_its_passage_passes(prose, passage):
    assert check_prose(prose, cites(p=passage)) == []


def test_a_figure_passes_if_any_cited_passage_states_it_as_written():
    prose = "The strikes killed 31 people[^a][^b]."
    passages = {"a": [Cited(KILLED)], "b": [Cited("Kabul says 31 people died.")]}
    assert check_prose(prose, lambda key: passages[key]) == []


# Through the build

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"
SUMMARY = "summary: |\n  The river rose on Monday[^monday] and again on Tuesday[^tuesday].\n"
GAZETTE = ("La coopérative a dégagé un bénéfice de 2,3\u00a0millions d'euros en 2025, selon la « Gazette ».\n"
           "Les crues ont tué au moins 31 personnes.\n")


def french_project(root: Path, summary: str) -> Path:
    """The minimal project, in French, with a French source and the summary given."""
    minimal_project(root)
    (root / "seeds" / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    digest = hashlib.sha256(GAZETTE.encode()).hexdigest()
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: gazette\n    file: gazette.txt\n    title: La Gazette\n    publisher: unknown\n"
                      f"    date: unknown\n    language: fr\n    sha256: {digest}\n")
    edit(root / BRIEFING, "language: en", "language: fr-CA")
    edit(root / BRIEFING, SUMMARY, summary)
    edit(root / BRIEFING, "citations:\n",
         "citations:\n  benef:\n    source: gazette\n    quote: un bénéfice de 2,3\u00a0millions d'euros\n"
         "  crues:\n    source: gazette\n    quote: au moins 31 personnes\n")
    return root


def add_figures(root: Path, *figures: str) -> None:
    """Give the first claim more figures, cited by the French source too."""
    rows = "".join(f"\n          - {figure}" for figure in figures)
    edit(root / CLAIMS, "value: 3}\n        status: claim\n        cite: [alpha-rise]",
         f"value: 3}}{rows}\n        status: claim\n        cite: [alpha-rise, benef]")


FRENCH = "  Elle a dégagé 2,3 millions d'euros[^benef]. Les crues ont tué au moins 31 personnes[^crues].\n"


def test_a_french_briefing_citing_a_french_source_builds(tmp_path: Path):
    root = french_project(tmp_path / "project", SUMMARY + FRENCH)
    add_figures(root, "{measure: Bénéfice, value: 2.3, unit: millions d'euros}",
                "{measure: Bénéfice en euros, value: 2300000}")
    result = run_build(root)
    assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, expected", [
    ("2,3 millions", "3 millions",
     "content/flood/briefing.yaml:4: `summary`: figure \"3 millions\" is not in the passages this sentence cites: "
     "\"Elle a dégagé 3 millions d'euros.\" (checked: \"un bénéfice de 2,3 millions d'euros\") (cite the "
     "passage that gives this figure, or correct it to the source's)"),
    ("au moins 31", "31",
     "content/flood/briefing.yaml:4: `summary`: figure \"31\" leaves out the qualifier of \"au moins 31\" in the "
     "passages this sentence cites: \"Les crues ont tué 31 personnes.\" (qualify it as the source does, "
     "as in \"au moins 31\" or in words that mean the same; or cite a passage that gives it as written)"),
    ("Elle a dégagé 2,3 millions d'euros", "La « Gazette du soir » le dit",
     "content/flood/briefing.yaml:4: `summary`: quoted words \"Gazette du soir\" are not in the passages this "
     "sentence cites: \"La « Gazette du soir » le dit.\" (checked: \"un bénéfice de 2,3 millions d'euros\") "
     "(quote the source's exact words (only spacing and quote marks may differ), or cite the passage that holds "
     "them)"),
])
def test_a_french_briefing_names_the_figure_qualifier_or_quote_at_fault(tmp_path: Path, old, new, expected):
    root = french_project(tmp_path / "project", SUMMARY + FRENCH)
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    edit(root / BRIEFING, old, new)
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_a_structured_figure_is_read_in_its_source_language(tmp_path: Path):
    root = french_project(tmp_path / "project", SUMMARY + FRENCH)
    add_figures(root, "{measure: Bénéfice, value: 2, unit: millions d'euros}")
    result = run_build(root)
    assert result.code == 1
    assert any("figure 2 (Bénéfice) is not in the passages cited for it" in line for line in error_lines(result))


def test_the_real_briefing_may_not_drop_the_sources_at_least(project: Path):
    background = project / "content" / "pakistan-afghanistan-war" / "background.yaml"
    edit(background, "killing at least 31 people", "killing 31 people")
    result = run_build(project, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/pakistan-afghanistan-war/background.yaml:22: `body`: figure \"31\" leaves out the qualifier of "
        "\"At least 31\" in the passages this sentence cites: \"As an example it reprints its own report from \"just "
        "weeks ago\": a suicide bomber struck a Shia mosque on the outskirts of Islamabad during Friday prayers, "
        "kill…\" (qualify it as the source does, as in \"At least "
        "31\" or in words that mean the same; or cite a passage that gives it as written)"]


@pytest.mark.parametrize(("prose", "at"), [
    ("Les pertes auraient été « organisées par la direction.[^p]", 24),
    ("Er sagte „total war.[^p]", 9),
    ('He said "total war.[^p]', 8),
])
def test_a_quotation_never_closed_is_named_where_it_opens(prose, at):
    from explainer.attribution import unclosed_quotes

    assert [finding.offset for finding in unclosed_quotes(prose)] == [at]


@pytest.mark.parametrize("prose", ["« a » et « b »", "„a“ und „b”", "“a” and \"b\"", "no quotes at all"])
def test_quotation_marks_that_pair_up_are_fine(prose):
    from explainer.attribution import unclosed_quotes

    assert unclosed_quotes(prose) == []
