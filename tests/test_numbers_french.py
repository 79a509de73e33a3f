"""French numbers as French prose writes them: number words, day-first numeric dates, "M€" and "Md€".

Read only in French text ("fr", "fr-CA", ...); English text reads as it always has. Checked through
the public readers and through the build of the merger fixture's French briefing.
"""

from __future__ import annotations

import hashlib
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, copy_templates, copy_tree, run_build, tree_digest
from explainer.crosscheck import written_in
from explainer.numbers import Quantity, find_mentions, quantities_in
from explainer.qualifiers import qualified_figures
from support import edit, error_lines, rebuild_fails


def values(text: str, language: str) -> set[Decimal]:
    return {quantity.value for quantity in quantities_in(text, language)}


# Number words

@pytest.mark.parametrize("text, expected", [
    ("quatre cents emplois", 400),
    ("dix-huit cadres", 18),
    ("deux mille", 2000),
    ("vingt et un", 21),
    ("vingt et une usines", 21),
    ("vingt-et-un", 21),
    ("soixante et onze", 71),
    ("soixante-dix", 70),
    ("soixante-dix-sept", 77),
    ("trois cents", 300),
    ("deux-cents", 200),
    ("deux mille cinq cents", 2500),
    ("quatre-vingts fermes", 80),
    ("quatre-vingt-dix", 90),
    ("quatre-vingt-onze", 91),
    ("cent quatre-vingt-un", 181),
    ("cent un", 101),
    ("cent salariés", 100),
    ("mille deux cents", 1200),
    ("trois cent mille", 300000),
    ("Seize", 16),
    ("Dix-neuf éleveurs", 19),
    ("neuf salariés", 9),
    ("septante-cinq", 75),
    ("nonante", 90),
    ("deux millions", 2000000),
    ("un million d'euros", 1000000),
    ("trois milliards", 3 * 10**9),
    ("deux milliards trois cents millions", 2300000000),
])
def test_french_number_words_state_their_value(text, expected):
    assert values(text, "fr") == {Decimal(expected)}
    assert values(text, "fr-CA") == {Decimal(expected)}


@pytest.mark.parametrize("text", [
    "un accord", "une usine", "l'un des projets", "qu'une enquête", "mille fermes", "mille-feuille",
    "un mille-feuille", "pour cent", "des millions de litres", "des milliers", "les deux entreprises",
    "des deux côtés", "aux deux laiteries", "un bâtiment neuf.", "remis à neuf et vendu", "remis à neuf par la mairie",
    "flambant neuf depuis", "vingt-et-unième",
    "le dix-huitième siècle", "la deuxième usine", "Sixt et Dixit", "un cent", "Les deux entreprises",
])
def test_french_words_that_are_ordinary_words_are_not_figures(text):
    assert values(text, "fr") == set()


def test_a_number_word_after_an_article_is_still_read_when_it_is_more_than_a_word():
    assert values("les deux cents salariés", "fr") == {Decimal(200)}
    assert values("les trois entreprises", "fr") == {Decimal(3)}
    assert values("25 cents", "fr") == {Decimal(25)}


def test_french_number_words_are_read_only_in_french():
    assert values("quatre cents emplois, dix-huit cadres", "en") == set()
    assert values("quatre cents emplois, dix-huit cadres", "") == set()
    assert values("two hundred", "fr") == {Decimal(200)}  # as before: English words in French text


def test_a_french_number_word_is_a_mention_with_its_percentage_and_qualifier():
    [mention] = find_mentions("La coopérative supprime quatre cents emplois.", "fr")
    assert (mention.text, mention.kind, mention.quantities) == ("quatre cents", "figure", (Quantity(Decimal(400)),))
    assert quantities_in("quarante-cinq pour cent des éleveurs", "fr") == {Quantity(Decimal(45), "%")}
    [(quantity, qualifier)] = qualified_figures("plus de quatre cents emplois", "fr")
    assert quantity == Quantity(Decimal(400))
    assert (qualifier.kind, qualifier.words) == ("more than", "plus de quatre cents")


# Numeric dates, day first

@pytest.mark.parametrize("text", ["le 12/03/2026", "le 12.03.2026", "le 12/3/2026"])
def test_a_french_numeric_date_is_day_month_year(text):
    [mention] = find_mentions(text, "fr")
    assert mention.kind == "date"
    assert set(mention.quantities) == {Quantity(Decimal(12)), Quantity(Decimal(3), "month"), Quantity(Decimal(2026))}
    assert quantities_in(text, "fr") == quantities_in("le 12 mars 2026", "fr")


@pytest.mark.parametrize("text", ["le 1er mars 2026", "dimanche 1er mars 2026", "le 01/03/2026"])
def test_the_first_of_the_month_written_1er_states_its_day(text):
    # "1er" read as no day would make "le 1er mars 2026" agree with any day of March 2026.
    assert quantities_in(text, "fr") == quantities_in("le 1 mars 2026", "fr")
    assert written_in("2026-03-01", text, "fr")
    assert not written_in("2026-03-02", text, "fr")


@pytest.mark.parametrize("text, expected", [("la 2e vague", 2), ("le 3ème trimestre", 3), ("la 1re fois", 1),
                                            ("le 2nd tour", 2), ("la 2nde fois", 2), ("le 1er tour", 1)])
def test_french_digit_ordinals_state_their_number(text, expected):
    assert values(text, "fr") == {Decimal(expected)}


def test_a_numeric_date_that_cannot_be_one_is_read_as_before():
    assert [m.kind for m in find_mentions("le 31/13/2026", "fr")] == ["figure", "figure", "figure"]


def test_an_english_numeric_date_is_not_given_an_order():
    assert [(m.text, m.kind) for m in find_mentions("on 03/12/2026", "en")] == [
        ("03", "figure"), ("12", "figure"), ("2026", "figure")]
    # A dotted one is day-first writing, not the decimal 12.03 (tests/test_reading_gaps.py).
    assert [(m.text, m.kind) for m in find_mentions("on 12.03.2026", "en")] == [("12.03.2026", "date")]


# Abbreviated scales

@pytest.mark.parametrize("text, expected", [
    ("2,3 M€", Decimal(2300000)),
    ("2,3\u00a0M€", Decimal(2300000)),
    ("2,3 M d'euros", Decimal(2300000)),
    ("2,3 Md€", Decimal(2300000000)),
    ("2,3 Mds €", Decimal(2300000000)),
    ("2,3 Mrd", Decimal(2300000000)),
    ("2,3 Mrds d'euros", Decimal(2300000000)),
])
def test_french_abbreviated_scales_multiply_the_number_before_them(text, expected):
    assert values(text, "fr") == {expected}


def test_an_abbreviated_scale_states_what_the_word_states():
    assert quantities_in("2,3 M€", "fr") == quantities_in("2,3 millions d'euros", "fr")
    assert quantities_in("2,3 Md€", "fr") == quantities_in("2,3 milliards d'euros", "fr")


@pytest.mark.parametrize("text, expected", [
    ("M€", set()), ("M. Dupont", set()), ("3 m de haut", {Decimal(3)}), ("3 Mo", {Decimal(3)}),
    ("3 MW", {Decimal(3)}), ("3 md", {Decimal(3)}),
])
def test_an_abbreviation_is_read_only_right_after_a_number(text, expected):
    assert values(text, "fr") == expected


def test_english_abbreviations_are_still_not_read():
    assert values("2.3 M and 2.3 Md", "en") == {Decimal("2.3")}


# Through the build: the merger fixture's French briefing

FIXTURE = REPO / "tests" / "fixtures" / "merger"
BRIEFING = "content/fusion-laiteries/briefing.yaml"
SEED = "seeds/gazette-valmont.txt"
LINE = "La Fromagerie Belval emploie 300 salariés.\n"
SENTENCE = "La Fromagerie Belval emploie {figure} salariés[^effectifs]."


def fusion_project(root: Path, figure: str) -> Path:
    """The merger fixture, its French source saying "300 salariés" and its summary stating `figure` from it."""
    copy_tree(FIXTURE, root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    seed = root / SEED
    old_digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_text(seed.read_text(encoding="utf-8") + "\n" + LINE, encoding="utf-8")
    edit(root / "content" / "sources.yaml", old_digest, hashlib.sha256(seed.read_bytes()).hexdigest())
    edit(root / BRIEFING, "approfondie[^enquete].", "approfondie[^enquete]. " + SENTENCE.format(figure=figure))
    edit(root / BRIEFING, "citations:\n",
         f"citations:\n  effectifs:\n    source: gazette\n    quote: {LINE.strip()}\n")
    return root


def test_a_french_sentence_spelling_the_passages_figure_builds(tmp_path: Path):
    root = fusion_project(tmp_path / "project", "trois cents")
    result = run_build(root)
    assert result.code == 0, result.err


def test_a_french_sentence_spelling_another_figure_is_named(tmp_path: Path):
    root = fusion_project(tmp_path / "project", "trois cents")
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "trois cents", "quatre cents")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/fusion-laiteries/briefing.yaml:5: `summary`: figure \"quatre cents\" is not in the passages this "
        "sentence cites: \"La Fromagerie Belval emploie quatre cents salariés.\" (checked: \"La Fromagerie Belval "
        "emploie 300 salariés.\") (cite the passage that gives this figure, or correct it to the source's)"]


def test_a_french_sentence_giving_the_1er_of_the_month_is_checked_against_the_day(tmp_path: Path):
    root = fusion_project(tmp_path / "project", "trois cents")
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "ont annoncé le 4 mai 2026", "ont annoncé le 1er mai 2026")
    [line] = error_lines(rebuild_fails(root, good))
    assert line.startswith('content/fusion-laiteries/briefing.yaml:3: `summary`: date "1er mai 2026" is not in the '
                           "passages this sentence cites"), line


def test_a_french_sentence_may_give_a_date_in_digits_day_first(tmp_path: Path):
    root = fusion_project(tmp_path / "project", "trois cents")
    edit(root / BRIEFING, "ont annoncé le 4 mai 2026", "ont annoncé le 04/05/2026")
    result = run_build(root)
    assert result.code == 0, result.err


def test_a_structured_figure_at_fault_is_named_as_its_yaml_writes_it(tmp_path: Path):
    # "figure 1,300" reads as 1.3 to a French editor: the message gives the digits of `value:`.
    root = fusion_project(tmp_path / "project", "trois cents")
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    edit(root / "content/fusion-laiteries/comparisons.yaml", "value: 1200", "value: 1300")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/fusion-laiteries/comparisons.yaml:9: figure 1300 (Fermes) is not in the passages cited for it "
        "(cite the passage that gives it, or correct it to the source's)"]


def test_changes_writes_a_french_briefings_figures_as_the_briefing_does(tmp_path: Path):
    # The report helps write the log entry in the briefing's language: "1 200", not "1,200" (1.2 in French).
    root = fusion_project(tmp_path / "project", "trois cents")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "first"]):
        subprocess.run([*git, *args], check=True)
    edit(root / "content/fusion-laiteries/comparisons.yaml", "value: 1200", "value: 1300")
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "fusion-laiteries: figure 'Fermes' (Laiterie du Nord): 1\u202f200 -> 1\u202f300" in result.out.splitlines()


def test_a_note_quoting_a_source_in_another_language_carries_its_lang(tmp_path: Path):
    # A French page quoting the English wire: a screen reader must read that note's words in English.
    root = fusion_project(tmp_path / "project", "trois cents")
    edit(root / BRIEFING, "approfondie[^enquete].", "approfondie[^enquete]. Le Lakeport Business Wire en parle "
         "aussi[^wire].")
    edit(root / BRIEFING, "citations:\n", "citations:\n  wire:\n    source: wire\n    quote: Northmart Foods and "
         "Valefresh Grocers said\n")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "fusion-laiteries" / "index.html").read_text(encoding="utf-8")
    assert '<q lang="en" dir="ltr">Northmart Foods and Valefresh Grocers said</q>' in page
    assert "<q>La Fromagerie Belval emploie 300 salariés.</q>" in page  # the page's own language: no lang


@pytest.mark.parametrize("language", ["fr", "es", "de", ""])
def test_arabic_scale_words_multiply_in_text_of_any_language(language: str):
    # A French briefing's source with Arabic words in it ("٨ ملايين", 8 million) read 8, and refused the right figure.
    assert quantities_in("تضرر ٨ ملايين شخص", language) == {Quantity(Decimal(8_000_000))}
