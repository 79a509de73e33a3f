"""README promises that no other test held (a fifth audit, of the sentences added since 15:50 on 3 December: a
developing story's cards, a bad-faith editor's limits, German and Spanish reading, parties, conditions and outcomes
kept). Each word list the README gives is a promise for every word in it: the tests below take the words no other
test reads, and show each one still does its job (a misstatement refused, an honest restatement built)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_build
from support import (assert_summary_outcome, error_lines, locale_from_english, minimal_project,
                     one_sentence_checked, project_in_language, refused_with)
from test_newuser_11 import GERMAN_MONTHS, GERMAN_WORDS, SPANISH_MONTHS, SPANISH_WORDS

from explainer import numbers

@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set German's and Spanish's."""
    yield
    numbers.read_as_locales({})


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each English test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("promises5") / "project")


checked = one_sentence_checked
assert_outcome = assert_summary_outcome


# --- Conditions kept: every opener the README lists, and the look-alikes it excludes --------------------------------

# "A condition opens with "if", "unless", "provided (that)", "providing (that)", "on (the) condition that", "as long
#  as", "so long as", "only if", "in the event that" or "assuming that" (not "even if", "as if", a question's "asked
#  if", "if any", "if not")"
CONDITIONS = [
    ("The port will reopen on Monday provided the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('provided the strike ends')"),
    ("The port will reopen on Monday providing that the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('providing that the strike ends')"),
    ("The port will reopen on Monday providing the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('providing the strike ends')"),
    ("Kabul will release the prisoners on the condition that Islamabad reopens the crossing.",
     "Kabul will release the prisoners.", "only on a condition ('on the condition that Islamabad reopens"),
    ("The union will end the strike so long as the port rehires the dockers.", "The union will end the strike.",
     "only on a condition ('so long as the port rehires the dockers')"),
    ("The port will reopen on Monday only if the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('only if the strike ends')"),
    ("The port will reopen on Monday in the event that the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('in the event that the strike ends')"),
    ("The port will reopen on Monday assuming that the strike ends.", "The port will reopen on Monday.",
     "only on a condition ('assuming that the strike ends')"),
    # no condition
    ("The port reopened on Monday as if the strike had never happened.", "The port reopened on Monday.", "ok"),
    ("Few dockers, if any, returned to the port on Monday.", "Few dockers returned to the port on Monday.", "ok"),
    ("The port will reopen on Monday, if not sooner.", "The port will reopen on Monday.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", CONDITIONS, ids=[g[-40:] for g, _, _ in CONDITIONS])
def test_every_condition_opener_the_readme_lists_is_kept(project: Path, given: str, written: str, outcome: str):
    assert_outcome(checked(project, given, written), outcome)


# --- Outcomes kept: every pair the README lists, each way -----------------------------------------------------------

# ""affirmed" for "reversed", "quashed", "vacated", "struck down" or "set aside"; "won" for "lost"; "convicted" or
#  "found guilty" for "acquitted"; "allowed" or "granted" for "dismissed"; "passed" for "failed" or "defeated";
#  "imposed" for "lifted"; "ruled in favour of" for "ruled against", and each the other way"
OUTCOMES = [
    ("The appeals court vacated the ruling on 3 March.", "The appeals court affirmed the ruling on 3 March.",
     "says 'affirmed' where its cited passages say 'vacated'"),
    ("The appeals court set aside the ruling on 3 March.", "The appeals court affirmed the ruling on 3 March.",
     "says 'affirmed' where its cited passages say 'set aside'"),
    ("The appeals court affirmed the ruling on 3 March.", "The appeals court quashed the ruling on 3 March.",
     "says 'quashed' where its cited passages say 'affirmed'"),
    ("Okafor was acquitted by the jury on 3 March.", "Okafor was found guilty by the jury on 3 March.",
     "says 'found guilty' where its cited passages say 'acquitted'"),
    ("The jury convicted Okafor on 3 March.", "The jury acquitted Okafor on 3 March.",
     "says 'acquitted' where its cited passages say 'convicted'"),
    ("The court dismissed the harbour claim on 3 March.", "The court granted the harbour claim on 3 March.",
     "says 'granted' where its cited passages say 'dismissed'"),
    ("The harbour levy was defeated on 3 March.", "The harbour levy passed on 3 March.",
     "says 'passed' where its cited passages say 'defeated'"),
    ("Beta lifted sanctions on the harbour on 3 March.", "Beta imposed sanctions on the harbour on 3 March.",
     "says 'imposed' where its cited passages say 'lifted'"),
    ("The court ruled in favour of Alpha in the harbour case on 3 March.",
     "The court ruled against Alpha in the harbour case on 3 March.",
     "says 'ruled against' where its cited passages say 'ruled in favour of'"),
    # "in any form of the verb"
    ("The court will overturn the verdict on 3 March.", "The court will uphold the verdict on 3 March.",
     "where its cited passages say 'overturn"),
]


@pytest.mark.parametrize("given, written, outcome", OUTCOMES, ids=[w[:50] for _, w, _ in OUTCOMES])
def test_every_outcome_pair_the_readme_lists_is_kept(project: Path, given: str, written: str, outcome: str):
    assert_outcome(checked(project, given, written), outcome)


# --- Parties kept: an alias names its party, and "the two sides" in each of its words -------------------------------

def test_a_party_named_by_its_alias_is_kept(project: Path):
    # ""Kabul closed the crossing" citing "Islamabad closed the crossing" (where the parties list `aliases: [Kabul]`
    #  and `[Islamabad]`) are refused"
    assert_outcome(checked(project, "Islamabad closed the crossing on Friday.", "Kabul closed the crossing on Friday."),
                   "this sentence names Kabul where its cited passages name Islamabad")
    assert_outcome(checked(project, "Islamabad closed the crossing on Friday.",
                           "Pakistan closed the crossing on Friday."), "ok")


@pytest.mark.parametrize("noun", ["governments", "nations", "neighbours", "camps"])
def test_the_two_sides_in_each_of_its_words_names_the_two_parties(project: Path, noun: str):
    # "In a briefing of two parties "the two sides" (or "the two parties", "countries", "nations", "governments",
    #  "neighbours", "camps") names them, as "both sides" does, and is no figure 2 a passage must state"
    assert_outcome(checked(project, f"Both {noun} traded accusations on Friday.",
                           f"The two {noun} traded accusations on Friday."), "ok")


# --- German and Spanish: vague counts, number words, bounds and ranks, word by word ---------------------------------

def german(tmp_path: Path, source: str, summary: str, quote: str = "") -> Path:
    """Return a German project whose source is `source` (one sentence) and whose summary (line 4) cites `quote`
    (the source's sentence without its full stop, where none is given)."""
    return _in_language(tmp_path, "de", locale_from_english(GERMAN_MONTHS, day_dot=True, words=GERMAN_WORDS),
                        source, summary, quote)


def spanish(tmp_path: Path, source: str, summary: str, quote: str = "") -> Path:
    return _in_language(tmp_path, "es", locale_from_english(SPANISH_MONTHS, words=SPANISH_WORDS), source, summary,
                        quote)


def _in_language(tmp_path: Path, language: str, locale: str, source: str, summary: str, quote: str) -> Path:
    quote = quote or source.rstrip(".")
    briefing = (f"title: Bericht\nlanguage: {language}\nsummary: |\n  {summary}[^q]\nupdates:\n"
                "  - date: 2026-03-05\n    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n"
                "  - id: a\n    name: Nordwerk\n  - id: b\n    name: Kartellamt\ncitations:\n  q:\n    source: story\n"
                f"    quote: {json.dumps(quote, ensure_ascii=False)}\n")
    return project_in_language(tmp_path / language, language, locale, "story", f"Bericht\n\n{source}\n", briefing)


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


TWO_PLANTS = "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen."
TWO_DELEGATES = "Es kamen dos delegados de la industria siderúrgica."


# "German "Dutzende", "Hunderte" ("mehrere hundert"), "Tausende", "Zehntausende", "Hunderttausende" and Spanish
#  "decenas", "docenas", "cientos" ("centenares", "varios cientos"), "miles", "decenas de miles", "cientos de miles",
#  "miles de millones" likewise"
@pytest.mark.parametrize("make, source, summary, count", [
    (german, TWO_PLANTS, "Dutzende Werke in Sachsen stehen zum Verkauf.", '"Dutzende" (24 to 199)'),
    (german, TWO_PLANTS, "Hunderte Werke in Sachsen stehen zum Verkauf.", '"Hunderte" (200 to 999)'),
    (german, TWO_PLANTS, "Mehrere hundert Werke in Sachsen stehen zum Verkauf.", "(200 to 999)"),
    (german, TWO_PLANTS, "Zehntausende Werke in Sachsen stehen zum Verkauf.", '"Zehntausende" (20,000 to 99,999)'),
    (german, TWO_PLANTS, "Hunderttausende Werke in Sachsen stehen zum Verkauf.",
     '"Hunderttausende" (200,000 to 999,999)'),
    (spanish, TWO_DELEGATES, "Vinieron decenas de delegados de la industria siderúrgica.", '"decenas"'),
    (spanish, TWO_DELEGATES, "Vinieron docenas de delegados de la industria siderúrgica.", '"docenas"'),
    (spanish, TWO_DELEGATES, "Vinieron cientos de delegados de la industria siderúrgica.", '"cientos" (200 to 999)'),
    (spanish, TWO_DELEGATES, "Vinieron centenares de delegados de la industria siderúrgica.",
     '"centenares" (200 to 999)'),
    (spanish, TWO_DELEGATES, "Vinieron varios cientos de delegados de la industria siderúrgica.", "(200 to 999)"),
    (spanish, TWO_DELEGATES, "Vinieron decenas de miles de delegados de la industria siderúrgica.",
     "(20,000 to 99,999)"),
    (spanish, TWO_DELEGATES, "Vinieron cientos de miles de delegados de la industria siderúrgica.",
     "(200,000 to 999,999)"),
])
def test_every_german_and_spanish_vague_count_is_read(tmp_path: Path, make, source: str, summary: str, count: str):
    refused_with(make(tmp_path, source, summary), "content/story/briefing.yaml:4:", "count", count)


@pytest.mark.parametrize("make, source, summary", [
    (german, "Nordwerk hat angeboten, 48 Werke in Sachsen zu verkaufen.", "Dutzende Werke in Sachsen stehen zum Verkauf."),
    (german, "Nordwerk hat angeboten, 48.000 Werke zu verkaufen.", "Zehntausende Werke stehen zum Verkauf."),
    (spanish, "Vinieron 300 delegados de la industria siderúrgica.", "Vinieron centenares de delegados."),
    (spanish, "Vinieron 30.000 delegados de la industria siderúrgica.", "Vinieron decenas de miles de delegados."),
])
def test_a_vague_count_backed_by_a_figure_in_its_range_builds(tmp_path: Path, make, source: str, summary: str):
    builds(make(tmp_path, source, summary))


# "an article, "ein", "eine", "un", "una", is a figure only before a scale, "eine Milliarde", "un millón", [...] and a
#  German number word with a capital only where it starts a sentence, as "die deutsche Elf" and "außer Acht" are
#  nouns"
def test_an_article_before_a_scale_is_a_figure(tmp_path: Path):
    refused_with(german(tmp_path / "de", "Nordwerk bietet zwei Milliarden Euro.", "Nordwerk bietet eine Milliarde Euro."),
                 "content/story/briefing.yaml:4:", 'figure "eine Milliarde"', "is not in the passages")
    refused_with(spanish(tmp_path / "es", "Nordwerk ofrece dos millones de euros.", "Nordwerk ofrece un millón de euros."),
                 "content/story/briefing.yaml:4:", 'figure "un millón"', "is not in the passages")


def test_an_article_alone_or_a_capitalised_number_word_inside_a_sentence_is_no_figure(tmp_path: Path):
    builds(german(tmp_path / "ein", "Nordwerk verkauft das Werk in Sachsen.", "Nordwerk verkauft ein Werk in Sachsen."))
    builds(german(tmp_path / "acht", "Nordwerk ignorierte die Einwände des Amtes.",
                  "Nordwerk ließ die Einwände des Amtes außer Acht."))
    refused_with(german(tmp_path / "start", TWO_PLANTS, "Acht Werke in Sachsen stehen zum Verkauf."),
                 "content/story/briefing.yaml:4:", 'figure "Acht"', "is not in the passages")


@pytest.mark.parametrize("source, summary", [
    ("Unos dos millones y medio de trabajadores podrían perder su empleo.",
     "Unos 2,5 millones de trabajadores podrían perder su empleo."),
    ("Doscientas empresas podrían cerrar.", "Unas 200 empresas podrían cerrar."),
])
def test_spanish_number_words_the_readme_lists_are_read_as_their_figures(tmp_path: Path, source: str, summary: str):
    builds(spanish(tmp_path, source, summary))


# "German and Spanish bounds are read as well: floors "nicht vor", "frühestens", "nach", "no antes del", "después
#  del", "como pronto", and (of a future, as "from") "ab", "a partir del", "desde"; ceilings "spätestens", "vor",
#  "nicht nach", "a más tardar", "antes del", "no después del", and (of a future, as "until") "bis", "bis zum",
#  "hasta""
@pytest.mark.parametrize("make, source, summary, bound", [
    (german, "Das Amt wird nicht nach dem 17. April 2026 entscheiden.", "Das Amt wird am 17. April 2026 entscheiden.",
     'leaves out the bound of "nicht nach dem 17. April 2026"'),
    (german, "Das Amt wird nach dem 17. April 2026 entscheiden.", "Das Amt wird am 17. April 2026 entscheiden.",
     'leaves out the bound of "nach dem 17. April 2026"'),
    (german, "Das Amt wird ab dem 17. April 2026 prüfen.", "Das Amt wird am 17. April 2026 prüfen.",
     'leaves out the bound of "ab dem 17. April 2026"'),
    (spanish, "México impondrá aranceles a más tardar el 1 de abril de 2026.",
     "México impondrá aranceles el 1 de abril de 2026.", 'leaves out the bound of "a más tardar el 1 de abril de 2026"'),
    (spanish, "México impondrá aranceles no antes del 1 de abril de 2026.",
     "México impondrá aranceles el 1 de abril de 2026.", 'leaves out the bound of "no antes del 1 de abril de 2026"'),
    (spanish, "México impondrá aranceles después del 1 de abril de 2026.",
     "México impondrá aranceles el 1 de abril de 2026.", 'leaves out the bound of "después del 1 de abril de 2026"'),
    (spanish, "México impondrá aranceles no después del 1 de abril de 2026.",
     "México impondrá aranceles el 1 de abril de 2026.", 'leaves out the bound of "no después del 1 de abril de 2026"'),
])
def test_every_german_and_spanish_bound_word_is_read(tmp_path: Path, make, source: str, summary: str, bound: str):
    refused_with(make(tmp_path, source, summary), "content/story/briefing.yaml:4:", bound)


# "a Spanish or German one after a definite article before what it counts, "la tercera ronda", "el tercer año", "die
#  dritte Runde", "im dritten Quartal", "der zweiten Verhandlungsrunde""
@pytest.mark.parametrize("make, source, summary, figure", [
    (spanish, "Es el tercer año de negociaciones.", "Es el cuarto año de negociaciones.", '"cuarto"'),
    (german, "Die Umsätze sanken im dritten Quartal.", "Die Umsätze sanken im vierten Quartal.", '"vierten"'),
])
def test_a_rank_after_each_article_the_readme_names_is_read(tmp_path: Path, make, source: str, summary: str,
                                                             figure: str):
    refused_with(make(tmp_path, source, summary), "content/story/briefing.yaml:4:", f"figure {figure}")


# --- A developing story: which report is the later, and which figure it revises -----------------------------------

def _second_day_page(tmp_path: Path, *edits: tuple[str, str, str]) -> str:
    """Build the real briefing on its second day (test_newuser_10's follow-up of 2 March) after `edits` (file under
    content/, old text, new text), and return the briefing's page."""
    from support import edit
    from test_newuser_10 import CEASEFIRE_EVENT, SLUG, _second_day

    root = _second_day(tmp_path)
    edit(root / "content" / SLUG / "timeline.yaml", CEASEFIRE_EVENT, "citations:\n")  # dated by the follow-up's date
    for file, old, new in edits:
        edit(root / "content" / file, old, new)
    built = run_build(root)
    assert built.code == 0, built.err
    return (root / "site" / SLUG / "index.html").read_text(encoding="utf-8")


def _disagreement(page: str, measure: str) -> str:
    import html
    import re

    lines = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", found)).split())
             for found in re.findall(r'<p class="disagree">(.*?)</p>', page, re.S)]
    return next(line for line in lines if f" {measure}: " in line)


def test_two_reports_of_one_day_order_nothing(tmp_path: Path):
    # "two reports of one day are not ordered": neither dated, called the latest, nor marked revised.
    page = _second_day_page(tmp_path, ("sources.yaml", "    date: 2026-03-02\n", "    date: 2026-02-27\n"))
    assert _disagreement(page, "Taliban fighters killed") == (
        "The figures disagree. Taliban fighters killed: A Pakistani military spokesman gives 274; Pakistan's "
        "military, revising its count gives 331.")
    assert 'class="revised"' not in page


def test_a_measure_is_matched_whatever_its_letter_case_and_spacing(tmp_path: Path):
    # "A figure is matched to another by its `measure`, written the same way (letter case and spacing aside)"
    page = _second_day_page(tmp_path, ("pakistan-afghanistan-war/claims.yaml",
                                       "          - measure: Taliban fighters killed\n            value: 331\n",
                                       "          - measure: taliban  Fighters killed\n            value: 331\n"))
    assert ('<a class="revised" href="#claim-casualties-4">revised to 331 by the report of 2 March 2026</a>'
            ) in page  # its measure was 'taliban  fighters killed' to the revisions, another than the first's
    assert "The latest report, of 2 March 2026, gives 331." in _disagreement(page, "Taliban fighters killed")


def test_a_measure_worded_otherwise_is_another_measure(tmp_path: Path):
    # ""Taliban fighters killed" and "Taliban dead" are two measures": the later count revises nothing.
    page = _second_day_page(tmp_path, ("pakistan-afghanistan-war/claims.yaml",
                                       "          - measure: Taliban fighters killed\n            value: 331\n",
                                       "          - measure: Taliban dead\n            value: 331\n"))
    assert "revised to 331" not in page
    assert 'href="#claim-casualties-5">revised to 23' in page  # the other party's revision, as before


# --- What a reader does not see keeps nothing: the ways the README leaves open ------------------------------------

BORDER = ("Border report\n\nTaliban forces reportedly attacked the border post on Monday.\n\n"
          "9000 civilians fled the border villages.\n")


def test_a_line_starting_with_an_escaped_figure_is_read_as_one(tmp_path: Path):
    # "escape the dot, `9000\.`, to start a line with a figure": no list, and the figure is checked as any other.
    from support import deal_project

    builds(deal_project(tmp_path / "kept", "9000\\. civilians fled the border villages.",
                        "9000 civilians fled the border villages", BORDER))
    refused_with(deal_project(tmp_path / "changed", "8000\\. civilians fled the border villages.",
                              "9000 civilians fled the border villages", BORDER),
                 "content/deal/briefing.yaml:3:", 'figure "8000" is not in the passages')


def test_a_link_to_a_whole_source_page_is_fine(tmp_path: Path):
    # "only a `[^key]` marker points at a source [...] (a link to a whole source page, "the full report", is fine)"
    from support import deal_project

    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post. Read "
                                  "[the full report](../sources/report.html).",
                        "Taliban forces reportedly attacked the border post", BORDER)
    built = run_build(root)
    assert built.code == 0, built.err
    assert 'href="../sources/report.html">the full report</a>' in (root / "site/deal/index.html").read_text(
        encoding="utf-8")


def test_a_description_is_its_first_sentence_alone_where_that_is_longer_than_300_characters(tmp_path: Path):
    # "A page's description in its metadata [...] is its opening whole sentences within 300 characters (or its first
    #  sentence alone), never a sentence cut short"
    from support import deal_project

    long_first = ("Taliban forces reportedly attacked the border post on Monday, " + "and the villagers fled, " * 12
                  + "the report says.")
    source = f"Border report\n\n{long_first}\n\nNo casualties were reported in Kabul.\n"
    root = deal_project(tmp_path, f"{long_first}[^a] No casualties were reported in Kabul.",
                        long_first.removesuffix("."), source)
    briefing = root / "content/deal/briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "Kabul.[^a]", "Kabul.[^b]").replace("citations:", "citations:\n  b:\n    source: report\n    quote: No "
                                                          "casualties were reported in Kabul"), encoding="utf-8")
    built = run_build(root)
    assert built.code == 0, built.err
    assert len(long_first) > 300
    page = (root / "site/deal/index.html").read_text(encoding="utf-8")
    assert f'<meta name="description" content="{long_first}">' in page


# --- English vague counts the README lists and no other test reads ---------------------------------------------------

# ""dozens" is 24 to 199, "scores" 40 to 199, "hundreds" (and "several hundred", "a few hundred") 200 to 999"
@pytest.mark.parametrize("written, count", [("Scores of", '"Scores" (40 to 199)'),
                                            ("Several hundred", "(200 to 999)"), ("A few hundred", "(200 to 999)")])
def test_every_english_vague_count_is_read(project: Path, written: str, count: str):
    assert_outcome(checked(project, "30 civilians fled the border villages on Monday.",
                           f"{written} civilians fled the border villages on Monday."), count)


@pytest.mark.parametrize("written, figure", [("Scores of", 120), ("Several hundred", 300), ("A few hundred", 300)])
def test_an_english_vague_count_backed_by_a_figure_in_its_range_builds(project: Path, written: str, figure: int):
    assert_outcome(checked(project, f"{figure} civilians fled the border villages on Monday.",
                           f"{written} civilians fled the border villages on Monday."), "ok")


# --- How a build runs: the module list ------------------------------------------------------------------------------

def test_the_readme_names_every_module_and_no_module_that_is_not_there():
    # "Modules, one job each: `pipeline` (the whole build, top to bottom), `load` (...), ..." A module added without
    # its line leaves a newcomer's map of the package wrong.
    from conftest import REPO
    import re

    text = (REPO / "docs" / "modules.md").read_text(encoding="utf-8")  # the README links the list there
    start = text.index("Modules, one job each:", text.index("\n"))
    paragraph = text[start:text.index("\n\n", start)]
    named = set(re.findall(r"`([a-z_]+)`", paragraph)) - {"check"}  # `coverage` (`check`): the command it serves
    modules = {path.stem for path in (REPO / "explainer").glob("*.py")} - {"__init__"}
    assert modules - named == set(), "modules the README does not name"
    assert named - modules == set(), "names the README gives that are no module"


OTHERS_FIRST = ("      - claimant: A Pakistani military spokesman\n        parties: [pakistan]\n",
                "      - claimant: A Pakistani military spokesman\n        parties: []\n")


@pytest.mark.parametrize("later_claimant, revised", [("A Pakistani military spokesman", True),
                                                     ("A Pakistani military official", False)])
def test_among_others_quoted_a_figure_is_revised_by_the_same_claimant_only(tmp_path: Path, later_claimant: str,
                                                                           revised: bool):
    # "the older figure of the same party (or, among others quoted, the same claimant) is marked "revised to 331 by
    #  the report of 2 March 2026""
    claims = "pakistan-afghanistan-war/claims.yaml"
    page = _second_day_page(tmp_path, (claims, *OTHERS_FIRST),
                            (claims, "      - claimant: Pakistan's military, revising its count\n        parties: [pakistan]\n",
                             f"      - claimant: {later_claimant}\n        parties: []\n"))
    assert ("revised to 331 by the report of 2 March 2026</a>" in page) is revised


# --- A project of your own, in another language --------------------------------------------------------------------

def test_new_in_a_language_without_a_locale_writes_the_briefing_and_the_build_names_the_file_to_add(tmp_path: Path):
    # "Without it, `new` still writes the briefing (its placeholders in English), and the build stops with one line
    #  naming the language and the file to add." Then the README's command, `cp REPO/explainer/locales/en.yaml
    #  locales/nl.yaml`, is all the build needs to run again (its values translated at leisure).
    import shutil

    from conftest import REPO

    root = minimal_project(tmp_path / "desk")
    source = "Bericht\n\nDie Wasserpreise stiegen um zwölf Prozent, sagte der Versorger.\n"
    (root / "seeds" / "bericht.txt").write_text(source, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write("  - id: bericht\n    file: bericht.txt\n    title: Der Bericht\n    publisher: unknown\n"
                      "    date: unknown\n    language: nl\n    sha256: TODO\n")
    assert run_build(root, "accept-source", "bericht").code == 0
    made = run_build(root, "new", "wasserpreise", "--title", "Warum Wasser teurer wird", "--source", "bericht")
    assert made.code == 0, made.err
    briefing = (root / "content" / "wasserpreise" / "briefing.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: nl\n" in briefing and '    name: "First party"\n' in briefing
    result = run_build(root)
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [
        "content/wasserpreise/briefing.yaml:8: no locale for language 'nl' (use one of ar, de, en, es, fr, or add "
        "locales/nl.yaml translated from explainer/locales/en.yaml)"]
    (root / "locales").mkdir()
    shutil.copy(REPO / "explainer" / "locales" / "en.yaml", root / "locales" / "nl.yaml")
    built = run_build(root)
    assert built.code == 0, built.err
    assert (root / "site" / "wasserpreise" / "index.html").exists()


# --- Sources shown as stored: every direction control the README names --------------------------------------------

# "a document holding a direction override (U+202D, U+202E [...]), embedding or isolate (U+202A to U+202C, U+2066 to
#  U+2069 [...]) [...] is refused with its line (right-to-left and left-to-right marks, U+200F and U+200E, reorder no
#  figures, and stay)"
@pytest.mark.parametrize("control", ["\u202a", "\u202c", "\u202d", "\u2066", "\u2068", "\u2069"])
def test_every_direction_control_the_readme_names_is_refused(control: str, tmp_path: Path):
    from support import deal_project

    source = f"Vote report\n\nThe vote was {control}120 to 30 today.\n"
    refused_with(deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", source),
                 "seeds/report.txt:3: the document contains a direction", f"(U+{ord(control):04X})")


def test_a_left_to_right_mark_stays(tmp_path: Path):
    from support import deal_project

    builds(deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", "Vote report\n\nThe vote was 120 to 30 "
                                                                          "today.\u200e\n"))


# --- Tests: their temporary folders ---------------------------------------------------------------------------------

def test_the_tests_temporary_folders_are_in_memory_when_it_has_2_gib_free(tmp_path: Path, request):
    # "Their temporary folders are in memory (`/dev/shm`) when it has 2 GiB free."
    import os

    from conftest import memory_folder

    assert memory_folder(room=1 << 62) is None  # too little room: on disk
    chosen = os.environ.get("PYTEST_DEBUG_TEMPROOT")  # set by conftest's pytest_configure, inherited by workers
    if chosen == "/dev/shm":
        assert tmp_path.is_relative_to("/dev/shm"), tmp_path
    elif chosen or request.config.option.basetemp:  # a folder the run names itself wins, as the README says
        assert tmp_path.is_relative_to(Path(request.config.option.basetemp or chosen).resolve()), tmp_path
    else:
        assert memory_folder() is None, "/dev/shm has room, but the tests' folders are on disk"
