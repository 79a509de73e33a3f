"""Attack, round seven: a bad-faith editor who wants a reader to see what the source does not say while the build
passes, through text the page shows otherwise than the checks read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import deal_project, edit, error_lines

SOURCE = ("Border report\n\nTaliban forces reportedly attacked the border post on Monday.\n\n"
          "No casualties were reported in Kabul.\n")
HEDGED = "Taliban forces reportedly attacked the border post"
NEGATED = "No casualties were reported in Kabul"
DROPPED_HEDGE = ("content/deal/briefing.yaml:{line}: `summary`: the source gives this only as 'reportedly', but it is "
                 "worded as fact: \"Taliban forces attacked the border post.\" (keep a hedge ('reportedly') or say who "
                 "reports it; or cite only the words it rests on)")
DROPPED_NEGATION = ("content/deal/briefing.yaml:3: `summary`: this sentence drops the negation of its cited passage "
                    "('No casualties were reported in Kabul'): \"{shown}\" (keep "
                    "the source's negation (or its absence), or cite the words that say what this says)")

# name: (summary, quote, the exact error). Each built before: the checks of a sentence's wording read the words of a
# link's target, a link's title, a reference's label or a character reference's name, which the page does not show.
HIDDEN_WORDS = {
    "hedge in a link's target": (
        "Taliban forces [attacked](https://example.org/reportedly) the border post.", HEDGED,
        DROPPED_HEDGE.format(line=3)),
    "hedge in a link's title": (
        "Taliban forces [attacked](https://example.org \"reportedly\") the border post.", HEDGED,
        DROPPED_HEDGE.format(line=3)),
    "hedge as a reference's label": (
        "Taliban forces [attacked][reportedly] the border post.[^a]\n\n  [reportedly]: https://example.org\n\n"
        "  The border post was hit on Monday.", HEDGED, DROPPED_HEDGE.format(line=3)),
    "hedge in a link of a list item, below a paragraph": (
        "The border post was hit.[^a]\n\n  - Taliban forces [attacked](https://x.org/reportedly)\n"
        "    the border post.", HEDGED, DROPPED_HEDGE.format(line=5)),
    "negation in a link's target": (
        "[Casualties](https://example.org/no) were reported in Kabul.", NEGATED, DROPPED_NEGATION.format(shown="Casualties were reported in Kabul")),
    "negation as a character reference's name": (
        "Casualties were &not; reported in Kabul.", NEGATED, DROPPED_NEGATION.format(shown="Casualties were \u00ac reported in Kabul")),
}


@pytest.mark.parametrize("case", sorted(HIDDEN_WORDS))
def test_words_the_page_does_not_show_keep_no_hedge_or_negation(case: str, tmp_path: Path):
    summary, quote, error = HIDDEN_WORDS[case]
    root = deal_project(tmp_path, summary, quote, SOURCE)
    result = run_build(root, "check")
    assert result.code == 1, result.err
    assert error in error_lines(result)


def test_a_hedge_or_negation_the_page_shows_in_markup_still_keeps_it(tmp_path: Path):
    """A link's or emphasis's own words are shown: they keep the source's hedge and negation."""
    root = deal_project(tmp_path, "Taliban forces [reportedly](https://example.org) attacked the border post.[^a]\n"
                        "  *No* casualties were reported in Kabul.", HEDGED, SOURCE)
    (root / "content/deal/briefing.yaml").write_text(
        (root / "content/deal/briefing.yaml").read_text().replace(
            "citations:", f"citations:\n  b:\n    source: report\n    quote: {NEGATED}"), encoding="utf-8")
    (root / "content/deal/briefing.yaml").write_text(
        (root / "content/deal/briefing.yaml").read_text().replace("in Kabul.[^a]", "in Kabul.[^b]"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("control, kind", [("\u2067", "embedding or isolate (U+2067)"),
                                           ("\u202b", "embedding or isolate (U+202B)"),
                                           ("\u202e", "override (U+202E)")])
def test_a_source_whose_page_shows_its_figures_in_another_order_is_refused(control: str, kind: str, tmp_path: Path):
    """Chromium shows "The vote was <RLI>120 to 30<PDI> today" as "The vote was to 30 120 today": a quote of "120 to
    30" built, and its highlight on the source page showed other words than the ones checked."""
    source = f"Vote report\n\nThe vote was {control}120 to 30{chr(0x2069) if control == chr(0x2067) else chr(0x202c)} today.\n"
    root = deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", source)
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f"seeds/report.txt:3: the document contains a direction {kind}, which shows the characters after it in "
        "another order than they are checked (remove it from the document: a source's text must read as it is stored)"]


def test_a_source_with_right_to_left_marks_still_builds(tmp_path: Path):
    """A right-to-left mark (U+200F) reorders no run of figures or Latin words; Arabic documents hold them."""
    source = "Vote report\n\nThe vote was 120 to 30 today.\u200f\n"
    root = deal_project(tmp_path, "The vote was 120 to 30.", "120 to 30", source)
    assert run_build(root, "check").code == 0


LABEL_HINT = ("(a label is the page's own word around every briefing, where nothing cites a source: write what it "
              "states in a briefing, where a citation backs it)")


def test_a_project_locales_label_states_nothing_the_page_would_show_unchecked(tmp_path: Path):
    """A project's locales/en.yaml replaced "What we know" by a toll, a day and a quotation: every page showed them,
    and nothing read them (a briefing's own `labels` are checked; a locale file's were not)."""
    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post.", HEDGED, SOURCE)
    english = (REPO / "explainer/locales/en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales/en.yaml").write_text(english.replace(
        "summary: What we know", 'summary: "What we know: 9000 civilians killed on Tuesday, \\"a massacre\\""').replace(
        "“not given”", "“not given” or “9000 dead”").replace("updates: ", "updates: Yesterday's "), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    line = english.splitlines().index("summary: What we know") + 1
    caption = next(number for number, text in enumerate(english.splitlines(), 1) if text.startswith("chart_caption"))
    updates = english.splitlines().index(next(t for t in english.splitlines() if t.startswith("updates: "))) + 1
    assert sorted(error_lines(result)) == sorted([
        f'locales/en.yaml:{line}: label \'summary\' states "9000" {LABEL_HINT}',
        f'locales/en.yaml:{line}: label \'summary\' states "Tuesday" {LABEL_HINT}',
        f'locales/en.yaml:{line}: label \'summary\' states "a massacre" {LABEL_HINT}',
        f'locales/en.yaml:{caption}: label \'chart_caption\' states "9000 dead" {LABEL_HINT}',
        f'locales/en.yaml:{updates}: label \'updates\' time "Yesterday" is not in the passages it cites: '
        f'"Yesterday\'s Updates and corrections" {LABEL_HINT}',
    ])


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_project_copy_of_a_built_in_locale_still_builds(language: str, tmp_path: Path):
    """The chart's caption quotes the page's own "not given" and says its scale starts at zero: the frame's words."""
    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post.", HEDGED, SOURCE)
    (root / "locales").mkdir()
    (root / "locales" / f"{language}.yaml").write_bytes((REPO / "explainer/locales" / f"{language}.yaml").read_bytes())
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_a_pages_description_is_cut_between_sentences_never_inside_one(tmp_path: Path):
    """The description a shared link's preview and a search result show was the summary cut at 300 characters by
    the template, inside a sentence: "... the claim that 9,000 civilians were killed is false" could come out as
    "... the claim that 9,000 civilians were killed...", asserting what the briefing denies."""
    opening = "Taliban forces reportedly attacked the border post on Monday.[^a]" + " Officials gave no figures." * 8
    closing = " Taliban forces reportedly attacked the border post on Monday, the report says, and then pulled back."
    root = deal_project(tmp_path, opening + closing.removesuffix("."), HEDGED + " on Monday", SOURCE)
    result = run_build(root)
    assert result.code == 0, result.err
    shown = opening.replace("[^a]", "")
    assert len(shown) < 300 < len(shown + closing)
    page = (root / "site/deal/index.html").read_text(encoding="utf-8")
    assert f'<meta name="description" content="{shown}">' in page
    assert f'<meta property="og:description" content="{shown}">' in page


@pytest.mark.parametrize("summary, line", [
    ("9000. civilians died as Taliban forces reportedly attacked the border post.", 3),
    ("The border post:\n\n  9000) civilians died as Taliban forces reportedly attacked the border post.", 5)])
def test_a_numbered_list_starting_at_a_figure_is_refused(summary: str, line: int, tmp_path: Path):
    """"9000. civilians died ..." is a list starting at 9000: the page showed "9000. civilians died", and the checks,
    which leave a list's numbers out of its sentences, read no figure."""
    root = deal_project(tmp_path, summary, HEDGED, SOURCE)
    result = run_build(root, "check")
    assert result.code == 1
    assert (f'content/deal/briefing.yaml:{line}: `summary`: a numbered list starting at 9000 shows "9000." before its '
            'first item, a number no check reads (number a list from 1; to start a line with a figure, write a '
            'backslash before its dot (9000\\.), and it is read as one)') in error_lines(result)


def test_a_numbered_list_from_1_still_builds(tmp_path: Path):
    root = deal_project(tmp_path, "Reported so far:[^a]\n\n  1. Taliban forces reportedly attacked the border post.[^a]\n"
                        "  1. Taliban forces reportedly attacked the border post", HEDGED, SOURCE)
    result = run_build(root, "check")
    assert result.code == 0, result.err


SPLIT = "Border report\n\nPakistan said it would retaliate against\n\nCivilians in Kabul were not harmed, officials said.\n"


def test_a_quote_joining_two_paragraphs_as_one_sentence_is_refused(tmp_path: Path):
    """The source's paragraph ends "would retaliate against" and the next starts "Civilians in Kabul were not harmed":
    quoted across the blank line, the two built "Pakistan said it would retaliate against civilians in Kabul", and
    the source page showed the highlight in two paragraphs the reader had to join."""
    root = deal_project(tmp_path, "Pakistan said it would retaliate against civilians in Kabul.",
                        "Pakistan said it would retaliate against Civilians in Kabul", SPLIT)
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/deal/briefing.yaml:16: citation 'a': quote \"Pakistan said it would retaliate against Civilians in "
        "Kabul\" runs from the end of a paragraph of source 'report' into the start of the next (line 3), joining "
        "words no sentence of it says together (cite each paragraph's words as a citation of its own, and give the "
        "sentence both markers)"]


@pytest.mark.parametrize("source, quote", [
    ("Report\n\nTalks failed on Monday.\n\nThe army struck at dawn.\n", "Talks failed on Monday. The army struck"),
    ("Report\n\nHe said: \u201cTalks failed.\u201d\n\nThe army struck at dawn.\n", "Talks failed.\u201d The army struck"),
    ("Report\n\nThe talks between the two\n\nsides failed on Monday.\n", "the two sides failed on Monday"),
])
def test_a_quote_across_a_paragraph_that_ends_its_sentence_or_runs_on_still_anchors(source: str, quote: str):
    """A paragraph ending its sentence joins nothing; one continued in lower case is a sentence a page break cut."""
    from explainer.anchor import NormalisedSource, anchor_quote
    from explainer.model import Source
    from explainer.sources import SourceText

    text = SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), source)
    assert anchor_quote(NormalisedSource(text), quote).passage is not None


@pytest.mark.parametrize("target", ["#note-report-13-50", "../sources/report.html#passage-13-50", "#cite-briefing-a"])
def test_a_link_made_to_look_like_a_citation_marker_is_refused(target: str, tmp_path: Path):
    """"[[1]](#note-...)" after a sentence showed "[1]", styled as a marker, leading to note 1, though the sentence
    was checked against no passage at all."""
    source = "Border report\n\nTaliban forces attacked 1 border post on Monday.\n"
    root = deal_project(tmp_path, f"Taliban forces attacked 1 border post.[^a] Gunmen were seen in the village."
                                  f"[[1]]({target}) Talks began later.", "Taliban forces attacked 1 border post",
                        source)
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f"content/deal/briefing.yaml:3: `summary`: a link to {target} leads to a note or a source's passage, though no "
        "check read the sentence against it (cite the source with a [^key] marker: only its sentence is checked)"]


def test_a_project_locale_whose_months_are_shifted_is_refused(tmp_path: Path):
    """A project's en.yaml listing February first showed an event the source dates 15 May 2025 (`when: 15 May 2025`,
    `date: 2025-05-15`, both checked) as "15 June 2025"."""
    source = "Border report\n\nTaliban forces reportedly attacked the border post on 15 May 2025.\n"
    timeline = ("events:\n  - when: 15 May 2025\n    date: 2025-05-15\n    what: Taliban forces reportedly attacked the "
                "border post.\n    cite: [a]\n")
    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post.",
                        "Taliban forces reportedly attacked the border post on 15 May 2025", source,
                        files={"timeline.yaml": timeline})
    english = (REPO / "explainer/locales/en.yaml").read_text(encoding="utf-8")
    months = next(line for line in english.splitlines() if line.startswith("months:"))
    (root / "locales").mkdir()
    (root / "locales/en.yaml").write_text(english.replace(months, "months: [February, March, April, May, June, July, "
                                                          "August, September, October, November, December, January]"),
                                          encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f"locales/en.yaml:{english.splitlines().index(months) + 1}: labels 'months' and 'date': the pages would write 2026-01-15 as "
        "\"15 February 2026\", which the checks read as another month (write the twelve month names in order, January "
        "first)"]


@pytest.mark.parametrize("key, value, written", [("thousands", "O", "1O234O567"), ("decimal", "l", "1,234l5")])
def test_a_project_locale_whose_separators_write_other_figures_is_refused(key: str, value: str, written: str,
                                                                          tmp_path: Path):
    """`thousands: "O"` showed a table's 660,000 as "660O000", a figure no check reads as it is written."""
    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post.", HEDGED, SOURCE)
    english = (REPO / "explainer/locales/en.yaml").read_text(encoding="utf-8")
    line = next(line for line in english.splitlines() if line.startswith(f"{key}:"))
    (root / "locales").mkdir()
    (root / "locales/en.yaml").write_text(english.replace(line, f'{key}: "{value}"'), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    number = "1234567" if key == "thousands" else "1234.5"
    assert error_lines(result) == [
        f"locales/en.yaml:{english.splitlines().index(line) + 1}: labels 'thousands' and 'decimal': the pages would "
        f"write {number} as \"{written}\", which the checks read as another figure (separate thousands with \",\", "
        "\".\", a space or nothing, and write the decimal mark as \".\" or \",\")"]


def test_a_briefings_own_labels_may_not_write_figures_otherwise_either(tmp_path: Path):
    """A briefing's `labels` replace the locale's words for its page: `thousands: O` there did what the locale's did."""
    root = deal_project(tmp_path, "Taliban forces reportedly attacked the border post.", HEDGED, SOURCE)
    edit(root / "content/deal/briefing.yaml", "parties:", "labels:\n  thousands: O\nparties:")
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/deal/briefing.yaml:9: labels 'thousands' and 'decimal': the pages would write 1234567 as "
        "\"1O234O567\", which the checks read as another figure (separate thousands with \",\", \".\", a space or "
        "nothing, and write the decimal mark as \".\" or \",\")"]


@pytest.mark.parametrize("key", ["reportedly", "officials-said", "allegedly"])
def test_a_citation_key_keeps_no_hedge(key: str, tmp_path: Path):
    """The page shows a marker as "[1]": a key named "reportedly" kept the source's hedge for the checks alone."""
    root = deal_project(tmp_path, "Taliban forces attacked the border post.", HEDGED, SOURCE)
    briefing = root / "content/deal/briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("[^a]", f"[^{key}]").replace(
        "citations:\n  a:", f"citations:\n  {key}:"), encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [DROPPED_HEDGE.format(line=3)]


@pytest.mark.parametrize("hidden", ["\u200b", "\u2060", "\u200d"])
def test_a_source_hiding_a_character_inside_a_figure_is_refused(hidden: str, tmp_path: Path):
    """"1<ZWSP>200 people" shows "1200 people" on the source page, while the checks read 1 and 200: "The strike
    killed 200 people" citing "200 people" built, and its highlight stood inside the 1200 a reader sees."""
    source = f"Strike report\n\nThe strike killed 1{hidden}200 people on Monday.\n"
    root = deal_project(tmp_path, "The strike killed 200 people.", "200 people", source)
    result = run_build(root, "check")
    assert result.code == 1
    name = {"\u200b": "U+200B (ZERO WIDTH SPACE)", "\u2060": "U+2060 (WORD JOINER)",
            "\u200d": "U+200D (ZERO WIDTH JOINER)"}[hidden]
    assert error_lines(result) == [
        f"seeds/report.txt:3: the document holds an invisible character, {name}, inside \"1200\", which its page shows "
        "as one word or figure where the checks read two (remove it from the document: a source's text must read as "
        "it shows)"]


def test_a_source_with_joiners_its_script_needs_still_builds(tmp_path: Path):
    """A zero-width non-joiner between Persian letters, and a soft hyphen the anchoring joins, hide no figure."""
    source = "Strike report\n\nThe strike killed 1200 people in \u0645\u06cc\u200c\u0634\u0648\u062f on Mon\u00adday.\n"
    root = deal_project(tmp_path, "The strike killed 1200 people.", "The strike killed 1200 people", source)
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_a_source_with_old_mac_line_ends_has_its_paragraphs_kept(tmp_path: Path):
    """A lone CR ends a line: the document ending its lines so showed "against" and "Civilians" in one paragraph on
    its page, and the quote joining its two paragraphs built."""
    root = deal_project(tmp_path, "Pakistan said it would retaliate against civilians in Kabul.",
                        "Pakistan said it would retaliate against Civilians in Kabul", SPLIT.replace("\n", "\r"))
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/deal/briefing.yaml:16: citation 'a': quote \"Pakistan said it would retaliate against Civilians in "
        "Kabul\" runs from the end of a paragraph of source 'report' into the start of the next (line 3), joining "
        "words no sentence of it says together (cite each paragraph's words as a citation of its own, and give the "
        "sentence both markers)"]
