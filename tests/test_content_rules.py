"""Content rules across fields: dates that agree with their wording, parties named once and known, figures in order."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import build_ok, edit, error_lines, minimal_project, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"
TIMELINE = "content/flood/timeline.yaml"
COMPARISONS = "content/flood/comparisons.yaml"
CAVEATS = "content/flood/caveats.yaml"

# 2026-03-02 is a Monday: the source's "on Monday" before the first log entry (2026-03-03).
TIMELINE_YAML = (
    "events:\n"
    "  - when: Monday night\n"              # line 2
    "    date: 2026-03-02\n"                # line 3
    "    date_basis: the Monday before the first log entry.\n"
    "    what: The river rose by 3 metres.\n"
    "    cite: [monday]\n"
)

COMPARISONS_YAML = (
    "comparisons:\n"
    "  - id: rise\n"
    "    title: How far the river rose\n"
    "    parties: [alpha, beta]\n"          # line 4
    "    rows:\n"
    "      - measure: River rise\n"         # line 6
    "        unit: metres\n"
    "        values:\n"
    "          alpha: {value: 3, cite: [alpha-rise]}\n"   # line 9
    "          beta: {value: 5, cite: [beta-rise]}\n"     # line 10
    "    ratio_of: [River rise]\n"          # line 11
)


RANGE_HINT = ("a range runs from its low end, `value`, up to its high end, `to`: put them in that order, or remove "
              "`to` when the source gives one number")


def with_file(root: Path, name: str, text: str) -> Path:
    """Write one more content file into the flood briefing; return the project root."""
    (root / name).write_text(text, encoding="utf-8")
    return root


# name: (file written first, or None; file edited; old; new; the exact error line expected)
WRONG = {
    "a full date in `when` contradicted by `date`": (
        TIMELINE_YAML, TIMELINE, "when: Monday night\n    date: 2026-03-02\n    date_basis: the Monday before the first log entry.",
        "when: 6 March 2026\n    date: 2026-03-07\n    date_basis: as reported.",
        "content/flood/timeline.yaml:3: event '6 March 2026': `date` 2026-03-07 is not the date `when` states, "
        "6 March 2026 (write `date: 2026-03-06`, or correct `when` to the source's words)"),
    "a full date written month first": (
        TIMELINE_YAML, TIMELINE, "when: Monday night\n    date: 2026-03-02",
        "when: March 6, 2026\n    date: 2026-03-07",
        "content/flood/timeline.yaml:3: event 'March 6, 2026': `date` 2026-03-07 is not the date `when` states, "
        "March 6, 2026 (write `date: 2026-03-06`, or correct `when` to the source's words)"),
    "a weekday in `when` contradicted by `date`": (
        TIMELINE_YAML, TIMELINE, "date: 2026-03-02", "date: 2026-03-03",
        "content/flood/timeline.yaml:3: event 'Monday night': `date` 2026-03-03 is a Tuesday, but `when` names "
        "Monday (write the Monday meant, e.g. 2026-03-02 or 2026-03-09, or correct `when` to the source's words)"),
    "a weekday of a date written in full": (
        TIMELINE_YAML, TIMELINE, "when: Monday night\n    date: 2026-03-02",
        "when: Tuesday 2 March 2026\n    date: 2026-03-02",
        "content/flood/timeline.yaml:3: event 'Tuesday 2 March 2026': `date` 2026-03-02 is a Monday, but `when` names "
        "Tuesday (write the Tuesday meant, e.g. 2026-02-24 or 2026-03-03, or correct `when` to the source's words)"),
    "a derived date without its basis": (
        TIMELINE_YAML, TIMELINE, "    date_basis: the Monday before the first log entry.\n", "",
        "content/flood/timeline.yaml:3: event 'Monday night': `date` is derived but `date_basis` is missing (say how "
        "the date follows from the source, e.g. 'the day before the report's date')"),
    "a party twice in a table": (
        COMPARISONS_YAML, COMPARISONS, "parties: [alpha, beta]", "parties: [alpha, beta, alpha]",
        "content/flood/comparisons.yaml:4: party 'alpha' is listed twice in this table's `parties` "
        "(list each party once)"),
    "a party twice in a claim": (
        None, CLAIMS, "parties: [alpha]", "parties: [alpha, alpha]",
        "content/flood/claims.yaml:6: party 'alpha' is listed twice in this claim's `parties` (list each party once)"),
    "a ratio of a measure that is no row": (
        COMPARISONS_YAML, COMPARISONS, "ratio_of: [River rise]", "ratio_of: [River rises]",
        "content/flood/comparisons.yaml:11: `ratio_of` names 'River rises', which is not the measure of a row of this "
        "table (did you mean 'River rise'?)"),
    "a ratio in a table of one party": (
        COMPARISONS_YAML.replace("          beta: {value: 5, cite: [beta-rise]}\n", ""), COMPARISONS,
        "parties: [alpha, beta]", "parties: [alpha]",
        "content/flood/comparisons.yaml:10: `ratio_of` needs a table of exactly two parties; this one compares 1 "
        "(list the two in the table's `parties`, or remove `ratio_of`)"),
    "a range in a table running downwards": (
        COMPARISONS_YAML, COMPARISONS, "alpha: {value: 3, cite", "alpha: {value: 3, to: 1, cite",
        "content/flood/comparisons.yaml:9: `to` 1 is not above `value` 3 (" + RANGE_HINT + ")"),
    "a claimed range running downwards": (
        None, CLAIMS, "{measure: River rise, value: 3}", "{measure: River rise, value: 3, to: 3}",
        "content/flood/claims.yaml:9: `to` 3 is not above `value` 3 (" + RANGE_HINT + ")"),
    "a claimed range with no low end": (
        None, CLAIMS, "{measure: River rise, value: 3}", "{measure: River rise, to: 3}",
        "content/flood/claims.yaml:9: `to` is given without `value` (give the range's low end as `value`, or "
        "remove `to`)"),
    "a row value for a party the briefing does not have": (
        COMPARISONS_YAML.replace("    parties: [alpha, beta]\n", ""), COMPARISONS,
        "beta: {value: 5", "btea: {value: 5",
        "content/flood/comparisons.yaml:9: the briefing has no party 'btea' (did you mean 'beta'? The party ids in "
        "briefing.yaml: alpha, beta)"),
    "a row value for a party the table leaves out": (
        COMPARISONS_YAML.replace("    ratio_of: [River rise]\n", ""), COMPARISONS, "parties: [alpha, beta]", "parties: [alpha]",
        "content/flood/comparisons.yaml:10: party 'beta' is not compared in this table (add it to the table's "
        "`parties`, or remove it: alpha)"),
    "a citation marker in a log entry, which is plain text": (
        None, BRIEFING, "text: First published.", "text: First published[^rise].",
        "content/flood/briefing.yaml:11: log entry's `text` holds the citation marker [^rise], which the page and "
        "the feed would show as written (remove it: a log entry is plain text; cite the source in the briefing's "
        "own text)"),
    "a citation marker in what a correction says was wrong": (
        None, BRIEFING, "text: First published.",
        "text: First published.\n  - date: 2026-03-04\n    kind: correction\n    text: Reworded.\n"
        "    wrong: It said otherwise[^rise].",
        "content/flood/briefing.yaml:15: log entry's `wrong` holds the citation marker [^rise], which the page and "
        "the feed would show as written (remove it: a log entry is plain text; cite the source in the briefing's "
        "own text)"),
    "a correction that does not say what was wrong": (
        None, BRIEFING, "text: First published.",
        "text: First published.\n  - date: 2026-03-04\n    kind: correction\n    text: The river rose by 3 metres.",
        "content/flood/briefing.yaml:12: a correction must say what was wrong (add `wrong:` with what the briefing "
        "said before)"),
    "a log entry dated before the one above it": (
        None, BRIEFING, "text: First published.",
        "text: First published.\n  - date: 2026-03-02\n    kind: update\n    text: Reworded.",
        "content/flood/briefing.yaml:12: update dated 2026-03-02 comes after one dated 2026-03-03 (keep `updates` "
        "oldest first; add new entries at the end)"),
    "an opinion caveat citing nothing": (
        "caveats:\n  - kind: single-source\n    text: One report.\n", CAVEATS, "single-source", "opinion",
        "content/flood/caveats.yaml:2: a caveat of kind 'opinion' needs a `cite` list (cite the passages it is about)"),
    "an unverified caveat citing nothing": (
        "caveats:\n  - kind: single-source\n    text: One report.\n", CAVEATS, "single-source", "unverified",
        "content/flood/caveats.yaml:2: a caveat of kind 'unverified' needs a `cite` list (cite the passages it is "
        "about)"),
    "a table naming a party the briefing does not have": (
        COMPARISONS_YAML, COMPARISONS, "parties: [alpha, beta]", "parties: [alpha, btea]",
        "content/flood/comparisons.yaml:4: the briefing has no party 'btea' (did you mean 'beta'? The party ids in "
        "briefing.yaml: alpha, beta)"),
}


@pytest.mark.parametrize("case", sorted(WRONG))
def test_content_that_contradicts_itself_fails_with_file_line_and_hint(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    written, file, old, new, expected = WRONG[case]
    if written is not None:
        with_file(root, file, written)
    edit(root / file, old, new)
    assert expected in error_lines(rebuild_fails(root, good))


def test_a_full_date_in_when_contradicted_by_date_is_one_error_not_two(built_minimal: Path):
    """A `when` that states the date in full derives nothing: no "`date_basis` is missing" beside the real error."""
    root = built_minimal
    good = tree_digest(root / "site")
    with_file(root, TIMELINE, TIMELINE_YAML)
    edit(root / TIMELINE, "when: Monday night\n    date: 2026-03-02\n    date_basis: the Monday before the first log entry.",
         "when: 6 March 2026\n    date: 2026-03-07")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/timeline.yaml:3: event '6 March 2026': `date` 2026-03-07 is not the date `when` states, "
        "6 March 2026 (write `date: 2026-03-06`, or correct `when` to the source's words)"]


def test_a_claim_naming_an_unknown_party_is_one_error_with_a_suggestion(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / CLAIMS, "parties: [alpha]", "parties: [aplha]")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/claims.yaml:6: the briefing has no party 'aplha' (did you mean 'alpha'? The party ids in "
        "briefing.yaml: alpha, beta)"]


def test_a_misspelt_party_in_a_table_is_one_error_with_a_suggestion(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    with_file(root, COMPARISONS, COMPARISONS_YAML.replace("    parties: [alpha, beta]\n", ""))
    edit(root / COMPARISONS, "beta: {value: 5", "btea: {value: 5")
    edit(root / COMPARISONS, "    ratio_of: [River rise]\n", "    notes:\n      - {party: aplha, topic: rise, "
         "text: Alpha said the river rose., cite: [alpha-rise]}\n")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/comparisons.yaml:9: the briefing has no party 'btea' (did you mean 'beta'? The party ids in "
        "briefing.yaml: alpha, beta)",
        "content/flood/comparisons.yaml:11: the briefing has no party 'aplha' (did you mean 'alpha'? The party ids in "
        "briefing.yaml: alpha, beta)"]


def test_a_note_on_a_party_the_table_leaves_out_is_an_error(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    with_file(root, COMPARISONS, COMPARISONS_YAML.replace("[alpha, beta]", "[alpha]").replace(
        "          beta: {value: 5, cite: [beta-rise]}\n", "").replace(
        "    ratio_of: [River rise]\n", "    notes:\n      - {party: beta, topic: rise, text: Beta said so., "
        "cite: [beta-rise]}\n"))
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/comparisons.yaml:11: party 'beta' is not compared in this table (add it to the table's "
        "`parties`, or remove the note: alpha)"]


@pytest.mark.parametrize("kind", ["single-source", "publisher", "omission"])
def test_caveats_of_other_kinds_may_cite_nothing(kind: str, tmp_path: Path):
    root = with_file(minimal_project(tmp_path / "project"), CAVEATS, f"caveats:\n  - kind: {kind}\n    text: A limit.\n")
    result = run_build(root)
    assert result.code == 0, result.err


def test_the_passages_an_opinion_caveat_cites_are_marked_as_opinion_on_the_source_page(tmp_path: Path):
    root = with_file(minimal_project(tmp_path / "project"), CAVEATS,
                     "caveats:\n  - kind: opinion\n    text: The mayor's words are a judgement.\n    cite: [mayor]\n"
                     "citations:\n  mayor:\n    source: flood\n    quote: The mayor called it\n")
    build_ok(root)
    page = (root / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
    marks = dict(re.findall(r'<mark id="([^"]+)" tabindex="-1" data-named="[^"]+" class="([^"]+)">', page))
    start = (root / "seeds" / "flood.txt").read_text(encoding="utf-8").index("The mayor called it")
    assert marks.pop(f"passage-{start}-{start + 19}") == "opinion"  # "The mayor called it", which the caveat cites
    assert set(marks.values()) == {"cited"}  # the claims' and summary's passages are not opinion


@pytest.mark.parametrize("name", ["sources", "static", "data", "livereload", "Flood", "flood_2", "flood.old"])
def test_a_briefing_folder_name_that_cannot_be_its_address_is_refused(name: str, built_minimal: Path):
    # The folder name is the address: sources/, static/, data/ are the site's own, /livereload the preview's
    root = built_minimal
    good = tree_digest(root / "site")
    shutil.copytree(root / "content" / "flood", root / "content" / name)
    assert error_lines(rebuild_fails(root, good)) == [
        f"content/{name}: '{name}' cannot be a briefing's folder name (use lowercase letters, digits and hyphens "
        "(not sources, static, data or livereload): the name is the briefing's address)"]


WEEKDAYS_AND_DATES_THAT_AGREE = [
    ("Monday night", "2026-03-02"),
    ("Overnight into Monday", "2026-03-02"),
    ("Sunday night or early Monday", "2026-03-02"),  # a time of day must stand in the passage too
    ("2 March 2026", "2026-03-02"),
    ("Monday, 2 March 2026", "2026-03-02"),
    ("2026-03-02", "2026-03-02"),
    ("In early March", "2026-03-02"),
]


def with_timeline_source(root: Path, source_id: str, text: str, quote: str, language: str = "en") -> Path:
    """Add a source to the library and cite `quote` of it in the timeline, beside the flood passage."""
    (root / "seeds" / f"{source_id}.txt").write_text(text, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(f"  - id: {source_id}\n    file: {source_id}.txt\n    title: Gauge log\n    publisher: unknown\n"
                      f"    date: unknown\n    language: {language}\n"
                      f"    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")
    edit(root / TIMELINE, "    cite: [monday]\n", f"    cite: [monday, {source_id}]\n"
         f"citations:\n  {source_id}:\n    source: {source_id}\n    quote: {quote}\n")
    return root


def with_dated_source(root: Path) -> Path:
    """Add a source stating the date in full, and cite it in the timeline: a date in `when` must be in its passages."""
    return with_timeline_source(root, "gauge", "Gauge log, Sunday night to Monday, 2 March 2026: the river rose by "
                                "3 metres.\n", "Sunday night to Monday, 2 March 2026")


@pytest.mark.parametrize(("when", "date"), WEEKDAYS_AND_DATES_THAT_AGREE)
def test_dates_that_agree_with_their_wording_build(when: str, date: str, tmp_path: Path):
    root = with_dated_source(with_file(minimal_project(tmp_path / "project"), TIMELINE, TIMELINE_YAML))
    edit(root / TIMELINE, "when: Monday night\n    date: 2026-03-02", f"when: {when}\n    date: {date}")
    result = run_build(root)
    assert result.code == 0, result.err


def with_arabic_source(root: Path) -> Path:
    """Add an Arabic source dating the flood in full, with Arabic-Indic digits, and cite it in the timeline."""
    return with_timeline_source(root, "gauge-ar", "سجل المقياس: ارتفع النهر يوم الاثنين ٢ مارس ٢٠٢٦.\n",
                                "يوم الاثنين ٢ مارس ٢٠٢٦", "ar")


def test_an_arabic_when_states_its_date_and_weekday(built_minimal: Path):
    # An Arabic month name was not read: a date written in full in `when` was taken for a derived one.
    root = with_arabic_source(with_file(built_minimal, TIMELINE, TIMELINE_YAML))
    edit(root / BRIEFING, "language: en", "language: ar")
    edit(root / TIMELINE, "what: The river rose", "what: Alpha said the river rose")  # Alpha's word, as the source has it
    edit(root / TIMELINE, "when: Monday night\n    date: 2026-03-02\n    date_basis: the Monday before the first log entry.",
         "when: الاثنين ٢ مارس ٢٠٢٦\n    date: 2026-03-02")
    good = build_ok(root)
    edit(root / TIMELINE, "date: 2026-03-02", "date: 2026-03-03")
    assert error_lines(rebuild_fails(root, good))[0] == (
        "content/flood/timeline.yaml:3: event 'الاثنين ٢ مارس ٢٠٢٦': `date` 2026-03-03 is not the date `when` "
        "states, ٢ مارس ٢٠٢٦ (write `date: 2026-03-02`, or correct `when` to the source's words)")
    edit(root / TIMELINE, "when: الاثنين ٢ مارس ٢٠٢٦\n    date: 2026-03-03", "when: الاثنين\n    date: 2026-03-03\n"
         "    date_basis: the Monday before the first log entry.")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/timeline.yaml:3: event 'الاثنين': `date` 2026-03-03 is a Tuesday, but `when` names Monday "
        "('الاثنين') (write the Monday meant, e.g. 2026-03-02 or 2026-03-09, or correct `when` to the source's words)"]


def test_french_weekdays_and_dates_are_read_in_a_french_briefing(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "language: en", "language: fr")
    with_file(root, TIMELINE, TIMELINE_YAML.replace("Monday night", "jeudi soir") + (
        "  - when: 6 mars 2026\n"
        "    date: 2026-03-07\n"
        "    date_basis: as reported.\n"
        "    what: The river rose again.\n"
        "    cite: [tuesday]\n"))
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/timeline.yaml:3: event 'jeudi soir': `date` 2026-03-02 is a Monday, but `when` names "
        "Thursday ('jeudi') (write the Thursday meant, e.g. 2026-02-26 or 2026-03-05, or correct `when` to the "
        "source's words)",
        "content/flood/timeline.yaml:8: event '6 mars 2026': `date` 2026-03-07 is not the date `when` states, "
        "6 mars 2026 (write `date: 2026-03-06`, or correct `when` to the source's words)",
    ]
