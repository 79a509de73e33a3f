"""Bad citations fail the build with file, line and a hint, and leave site/ untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import edit, error_lines, minimal_project, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"

CASES = {
    "quote not in the source": (
        BRIEFING, "quote: the river rose by 3 metres on Monday", "quote: the river rose by 4 metres on Monday",
        "content/flood/briefing.yaml:20: citation 'monday': quote \"the river rose by 4 metres on Monday\" is not in "
        "source 'flood' (closest passage, line 1: the river rose by [-4-]{+3+} metres on Monday; [-x-] is only in "
        "the quote, {+x+} only in the source; quote the source's words as they stand)"),
    "a word changed": (
        BRIEFING, "quote: the river rose by 3 metres on Monday", "quote: the river rose by three metres on Monday",
        "content/flood/briefing.yaml:20: citation 'monday': quote \"the river rose by three metres on Monday\" is not in "
        "source 'flood' (closest passage, line 1: the river rose by [-three-]{+3+} metres on Monday; [-x-] is only "
        "in the quote, {+x+} only in the source; quote the source's words as they stand)"),
    "a word changed before the full stop both have": (
        CLAIMS, "quote: Beta said the river rose by 5 metres.", "quote: Beta said the river rose by 6 metres.",
        "content/flood/claims.yaml:25: citation 'beta-rise': quote \"Beta said the river rose by 6 metres.\" is not in "
        "source 'flood' (closest passage, line 1: Beta said the river rose by [-6-]{+5+} metres.; [-x-] is only in "
        "the quote, {+x+} only in the source; quote the source's words as they stand)"),
    "ambiguous quote": (
        BRIEFING, "    prefix: by 5 metres.\n", "",
        "content/flood/briefing.yaml:23: citation 'tuesday': quote \"The river rose again on Tuesday.\" occurs 2 times in "
        "source 'flood' (on lines 1, 3) (add a `prefix` or `suffix` with the words around the one you mean)"),
    "unknown source id": (
        CLAIMS, "  alpha-rise:\n    source: flood", "  alpha-rise:\n    source: flod",
        "content/flood/claims.yaml:21: citation 'alpha-rise': unknown source 'flod' (use one of the ids in content/sources.yaml: flood)"),
    "a number with no citation in its sentence": (
        BRIEFING, "and again on Tuesday[^tuesday].", "and again on Tuesday[^tuesday]. The damage was $99 billion.",
        "content/flood/briefing.yaml:3: `summary`: sentence states \"$99 billion\" but cites nothing: \"The damage was "
        "$99 billion.\" (add a [^key] citation to this sentence)"),
    "a number not in the cited passages": (
        BRIEFING, "The river rose on Monday[^monday]", "The river rose 4 metres on Monday[^monday]",
        "content/flood/briefing.yaml:3: `summary`: figure \"4\" is not in the passages this sentence cites: \"The river "
        "rose 4 metres on Monday and again on Tuesday.\" (checked: \"the river rose by 3 metres on Monday\", \"The river "
        "rose again on Tuesday.\") (cite the passage that gives this figure, or correct it to the source's)"),
    "a day of the week not in the cited passages": (
        BRIEFING, "The river rose on Monday[^monday]", "The river rose on Sunday[^monday]",
        "content/flood/briefing.yaml:3: `summary`: day \"Sunday\" is not in the passages this sentence cites: \"The "
        "river rose on Sunday and again on Tuesday.\" (checked: \"the river rose by 3 metres on Monday\", \"The river "
        "rose again on Tuesday.\") (cite the passage that gives this day, or correct it to the source's)"),
    "a quotation never closed": (
        BRIEFING, "The river rose on Monday[^monday]", "The river \"surged on Monday[^monday]",
        "content/flood/briefing.yaml:3: `summary`: a quotation mark opened here is never closed in its paragraph "
        "(close the quotation, so that its words are checked against the source)"),
    "a quoted phrase not in the cited passages": (
        BRIEFING, "The river rose on Monday[^monday]", "The river \"surged\" on Monday[^monday]",
        "content/flood/briefing.yaml:3: `summary`: quoted words \"surged\" are not in the passages this sentence cites: "
        "\"The river \"surged\" on Monday and again on Tuesday.\" (checked: \"the river rose by 3 metres on Monday\", "
        "\"The river rose again on Tuesday.\") (quote the source's exact words (only spacing and quote marks may differ), or cite the passage that holds them)"),
    "a structured figure not in its passages": (
        CLAIMS, "{measure: River rise, value: 3}", "{measure: River rise, value: 30}",
        "content/flood/claims.yaml:9: figure 30 (River rise) is not in the passages cited for it (cite the passage "
        "that gives it, or correct it to the source's)"),
    "a hedging word on an unverified claim": (
        CLAIMS, "says: The river rose by 3 metres.", "says: The river rose by 3 metres, as verified.",
        "content/flood/claims.yaml:7: `says`: a claim of status 'claim' is worded as fact: 'verified' (attribute it "
        "to the claimant, or use words that do not assert it)"),
    "a hedging word in an unverified claim's evidence": (
        CLAIMS, "        status: claim\n        cite: [alpha-rise]",
        "        status: claim\n        evidence: verified video footage\n        cite: [alpha-rise]",
        "content/flood/claims.yaml:11: `evidence`: a claim of status 'claim' is worded as fact: 'verified' (attribute "
        "it to the claimant, or use words that do not assert it)"),
    "a key defined in two files": (
        CLAIMS, "  beta-rise:\n", "  monday:\n    source: flood\n    quote: Monday\n  beta-rise:\n",
        "content/flood/claims.yaml:23: citation 'monday' is already defined in content/flood/briefing.yaml:18 (a key is "
        "defined once per briefing and usable from all its files: delete this one, or rename it)"),
    "figure without a citation": (
        CLAIMS, "        cite: [alpha-rise]\n", "",
        "content/flood/claims.yaml:5: topics[0].claims[0].cite: required field is missing (Keys of the citations for this claim.)"),
    "cite list names no citation": (
        CLAIMS, "cite: [alpha-rise]", "cite: [alpha-rsie]",
        "content/flood/claims.yaml:11: `cite` entry 'alpha-rsie' names no citation of this briefing (did you mean 'alpha-rise' (defined in content/flood/claims.yaml)?)"),
    "marker names no citation": (
        BRIEFING, "on Tuesday[^tuesday]", "on Tuesday[^wednesday]",
        "content/flood/briefing.yaml:3: citation marker [^wednesday] names no citation of this briefing "
        "(did you mean 'tuesday' (defined in content/flood/briefing.yaml)?)"),
    "a figure in a title": (
        BRIEFING, "title: The flood\n", "title: The flood that killed 500\n",
        "content/flood/briefing.yaml:1: `title`: figure \"500\" is not in the passages this briefing cites: \"The "
        "flood that killed 500\" (checked: 4 passages) (cite the passage that gives this figure, or correct it to the "
        "source's)"),
    "a date in a claim's evidence": (
        CLAIMS, "        status: claim\n        cite: [alpha-rise]",
        "        status: claim\n        evidence: photos shown on 25 February\n        cite: [alpha-rise]",
        "content/flood/claims.yaml:11: `evidence`: date \"25 February\" is not in the passages this item cites: "
        "\"photos shown on 25 February\" (checked: \"Alpha said the river rose by 3 metres on Monday.\") (cite the "
        "passage that gives this date, or correct it to the source's)"),
    "paragraph without citation": (
        BRIEFING, "again on Tuesday[^tuesday].\n", "again on Tuesday[^tuesday].\n\n  It was a wet week.\n",
        "content/flood/briefing.yaml:5: `summary`: paragraph has no citation (support it with a [^key] citation, or remove it)"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_citation_fails_with_file_line_and_hint(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    file, old, new, expected = CASES[case]
    edit(root / file, old, new)
    result = rebuild_fails(root, good)
    assert expected in error_lines(result), result.err


FOLDED_SUMMARY = (  # YAML joins these lines with spaces: the errors still name each sentence's own line
    "summary: >-\n"
    "  The river rose on Monday[^monday]\n"           # line 3
    "  and again on Tuesday[^tuesday].\n"
    "  The damage was\n"                               # line 5: the sentence starts here
    "  $99 billion. The mayor said\n"
    "  it was \"the worst flood\"[^munday].\n"           # line 7
    "\n"
    "\n"
    "  It was a wet week.\n"                           # line 10: a paragraph (after two blank lines)
    "\n"
    "\n"
    "  Rain fell on Monday[^monday].\n"
    "\n"
    "  Roads closed[^monday].\n"                       # line 15: after one blank line, folded into the paragraph above
)


def test_errors_in_text_folded_over_lines_name_the_line_of_the_sentence(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "summary: |\n  The river rose on Monday[^monday] and again on Tuesday[^tuesday].\n", FOLDED_SUMMARY)
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/briefing.yaml:5: `summary`: sentence states \"$99 billion\" but cites nothing: \"The damage was "
        "$99 billion.\" (add a [^key] citation to this sentence)",
        # Its sentence's words are not checked against "no passage": the unknown marker is the fault.
        "content/flood/briefing.yaml:7: citation marker [^munday] names no citation of this briefing "
        "(did you mean 'monday' (defined in content/flood/briefing.yaml)?)",
        "content/flood/briefing.yaml:10: `summary`: paragraph has no citation (support it with a [^key] citation, or "
        "remove it)",
        "content/flood/briefing.yaml:15: `summary`: YAML folds the one blank line before this paragraph into a line "
        "break, so it would run on from the one above (write `summary: |` with the text below it: YAML keeps a `|` "
        "block's lines as written)",
    ]


def test_plain_and_quoted_text_over_several_lines_names_the_line_too(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "summary: |\n  The river rose on Monday[^monday] and again on Tuesday[^tuesday].\n",
         "summary: The river rose on Monday[^monday]\n  and again on Tuesday[^tuesday].\n  It cost $9.\n")
    edit(root / CLAIMS, "says: The river rose by 3 metres.", "says: \"The river rose\n      by 3 metres,\n      as verified.\"")
    lines = error_lines(rebuild_fails(root, good))
    assert lines[:2] == [
        "content/flood/briefing.yaml:4: `summary`: sentence states \"$9\" but cites nothing: \"It cost $9.\" (add a "
        "[^key] citation to this sentence)",
        "content/flood/claims.yaml:9: `says`: a claim of status 'claim' is worded as fact: 'verified' (attribute it "
        "to the claimant, or use words that do not assert it)",
    ]
    # "verified" for a passage's "said" is named on the same line too (explainer/vouching_verbs.py)
    assert len(lines) == 3 and lines[2].startswith(
        "content/flood/claims.yaml:9: `says`: this sentence says 'verified' where its cited passages say only 'said'")


def test_a_quote_id_that_is_also_a_citation_key_of_its_file_is_named(built_minimal: Path):
    # The quote's words and the citation are different passages: one key cannot lead to both.
    root = built_minimal
    good = tree_digest(root / "site")
    (root / "content" / "flood" / "quotes.yaml").write_text(
        "quotes:\n"
        "  - id: mayor\n"
        "    speaker: The mayor\n"
        "    role: not given\n"
        "    source: flood\n"
        "    words: the worst flood in memory\n"
        "citations:\n"
        "  mayor:\n"
        "    source: flood\n"
        "    quote: The mayor called it\n", encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/quotes.yaml:8: citation 'mayor' is already defined in content/flood/quotes.yaml:6, as the id of "
        "a quote (a quote's `id` is also its citation key) (a key is defined once per briefing and usable from all its "
        "files: delete this one, or rename it)"]


def test_unused_citation_is_reported(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "citations:\n", "citations:\n  spare:\n    source: flood\n    quote: The mayor called it\n")
    result = rebuild_fails(root, good)
    assert error_lines(result) == [
        "content/flood/briefing.yaml:18: citation 'spare' is never used (cite it with [^spare] or in a `cite` list, or delete it)"]


def test_every_problem_is_reported_in_one_run(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "quote: the river rose by 3 metres on Monday", "quote: the river fell")
    edit(root / CLAIMS, "source: flood\n    quote: Beta", "source: nowhere\n    quote: Beta")
    result = rebuild_fails(root, good)
    assert len(error_lines(result)) == 2
    assert result.err.rstrip().endswith("2 problems; site/ was not changed.")


def test_quotes_forgive_spacing_and_typographic_quotes_only(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    edit(root / BRIEFING, "quote: the river rose by 3 metres on Monday", "quote: \"the   river rose\n      by 3 metres on Monday\"")
    edit(root / CLAIMS, "citations:\n", "citations:\n  mayor:\n    source: flood\n    quote: 'called it \"the worst flood in memory\"'\n")
    edit(root / CLAIMS, "cite: [alpha-rise]", "cite: [alpha-rise, mayor]")
    assert run_build(root).code == 0
    page = (root / "site" / "sources" / "flood.html").read_text()
    assert "called it “the worst flood in memory”</mark>" in page


def test_check_lists_the_sentences_nobody_cites(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    result = run_build(root, "check", "--uncited")
    assert result.code == 0, result.err
    assert "source flood: 4 passages cited across all briefings, 3 of 5 sentences (60%)" in result.out
    assert "  seeds/flood.txt:3: The mayor called it \"the worst flood in memory\"." in result.out
    assert not (root / "site").exists()


def test_a_file_that_does_not_validate_does_not_hide_anchoring_problems_elsewhere(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / CLAIMS, "claimant: Alpha", "claimnt: Alpha")
    edit(root / BRIEFING, "quote: the river rose by 3 metres on Monday", "quote: the river rose by 4 metres on Monday")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/briefing.yaml:20: citation 'monday': quote \"the river rose by 4 metres on Monday\" is not in "
        "source 'flood' (closest passage, line 1: the river rose by [-4-]{+3+} metres on Monday; [-x-] is only in "
        "the quote, {+x+} only in the source; quote the source's words as they stand)",
        "content/flood/claims.yaml:5: topics[0].claims[0].claimnt: unknown field in claim (did you mean `claimant`?)",
    ]


def test_timeline_events_must_run_earliest_first(project: Path):
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    timeline = project / "content" / "pakistan-afghanistan-war" / "timeline.yaml"
    line = timeline.read_text().split("\n").index("    date: 2026-02-26") + 1
    edit(timeline, "    date: 2026-02-26", "    date: 2026-02-28")
    problems = [p for p in error_lines(rebuild_fails(project, good)) if "before the event above it" in p]
    assert problems and problems[0].startswith("content/pakistan-afghanistan-war/timeline.yaml:")
    assert all(p.endswith("(list events in the order they happened)") for p in problems)
    assert int(problems[0].split(":")[1]) > line


def test_a_timeline_when_states_only_what_its_passages_give(project: Path):
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    timeline = project / "content" / "pakistan-afghanistan-war" / "timeline.yaml"
    edit(timeline, "  - when: Weeks before the report", "  - when: Weeks ago, on 6 February")
    # the log's correction quotes the `when` it replaced, which the briefing no longer says (its own words back a log)
    assert error_lines(rebuild_fails(project, good)) == [
        'content/pakistan-afghanistan-war/briefing.yaml:84: `text`: quoted words "Weeks before the report" are not in '
        'the passages this briefing cites: "The timeline now heads the Islamabad mosque bombing "Weeks before the '
        'report", the report being dated 27 February 2026." (checked: 182 passages) (a log entry cites nothing: say '
        'what changed in the words of the sources the briefing cites or of the briefing itself (what it said before '
        'goes in a correction\'s `wrong`))',
        'content/pakistan-afghanistan-war/timeline.yaml:13: `when`: date "6 February" is not in the passages this item '
        'cites: "Weeks ago, on 6 February" (checked: "At least 31 people were killed and 169 others injured on Friday '
        'when a suicide …", "For example, we reported on this major incident just weeks ago as follows") (write '
        '`when` as the source words it ("Thursday", "9 December") and give the calendar date in `date`, with '
        '`date_basis` saying how it follows; or cite the passage that gives this date)']


def test_an_unknown_source_named_by_several_citations_of_a_file_is_one_problem(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    claims = root / CLAIMS
    claims.write_text(claims.read_text(encoding="utf-8").replace("source: flood", "source: flod"), encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "content/flood/claims.yaml:21: citation 'alpha-rise' and 1 other below it: unknown source 'flod' (use one of "
        "the ids in content/sources.yaml: flood)"]


@pytest.mark.parametrize(("bound", "expected"), [
    ("", "content/pakistan-afghanistan-war/claims.yaml:15: figure 400 (Taliban fighters wounded) is given as "
         "'exact', but the passages cited for it say \"more than 400\" (write `bound: more than`, as the source "
         "qualifies it)"),
    ("            bound: fewer than\n", "content/pakistan-afghanistan-war/claims.yaml:16: figure 400 (Taliban fighters "
     "wounded) is given as 'fewer than', but the passages cited for it say \"more than 400\" (write `bound: more "
     "than`, as the source qualifies it)"),
])
def test_a_structured_figure_keeps_the_sources_qualifier_in_its_bound(bound: str, expected: str, project: Path):
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    edit(project / "content" / "pakistan-afghanistan-war" / "claims.yaml", "            bound: more than\n", bound)
    assert error_lines(rebuild_fails(project, good)) == [expected]


def test_prose_citing_a_partys_unverified_claim_may_not_word_it_as_fact(project: Path):
    # The claim itself is a party's word (status: claim); the summary cites the same passage.
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    edit(project / "content" / "pakistan-afghanistan-war" / "briefing.yaml",
         "  neither side's figures are verified in the report[^pakistan-toll][^taliban-toll].",
         "  both sides' figures are confirmed[^pakistan-toll][^taliban-toll].")
    assert error_lines(rebuild_fails(project, good)) == [
        "content/pakistan-afghanistan-war/briefing.yaml:8: `summary`: a sentence citing a party's unverified claim is "
        "worded as fact: 'confirmed' (attribute it to the claimant, or use words that do not assert it)"]


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("briefing.yaml", "Afghan Taliban forces had reportedly attacked", "Afghan Taliban forces had attacked",
     "content/pakistan-afghanistan-war/briefing.yaml:6: `summary`: the source gives this only as 'reportedly', but "
     "it is worded as fact: \"Hours before the airstrikes, Afghan Taliban forces had attacked Pakistani border troops, in retaliation "
     "for Pakistani airstrikes earlier in the week.\" (keep a "
     "hedge ('reportedly') or say who reports it; or cite only the words it rests on)"),
    ("timeline.yaml", "Afghan Taliban forces reportedly attack", "Afghan Taliban forces attack",
     "content/pakistan-afghanistan-war/timeline.yaml:25: `what`: the source gives this only as 'reportedly', but it "
     "is worded as fact: \"Afghan Taliban forces attack Pakistani border troops in retaliation, hours before "
     "the airstrikes and heavier clashes.\" (keep a hedge ('reportedly') or say who reports it; or cite only "
     "the words it rests on)"),
])
def test_a_sentence_may_not_drop_the_hedge_of_the_passage_it_cites(file: str, old: str, new: str, expected: str,
                                                                    project: Path):
    # The source gives the attack only as "reportedly": stated plainly, it would be the briefing's own assertion.
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    edit(project / "content" / "pakistan-afghanistan-war" / file, old, new)
    assert error_lines(rebuild_fails(project, good)) == [expected]


@pytest.mark.parametrize("kept", ["had allegedly attacked", "had, according to the report, attacked",
                                  "were reported to have attacked"])
def test_a_hedge_kept_in_other_words_builds(kept: str, project: Path):
    edit(project / "content" / "pakistan-afghanistan-war" / "briefing.yaml", "had reportedly attacked", kept)
    result = run_build(project)
    assert result.code == 0, result.err


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("dated Friday 2026-02-27.", "dated Friday 2026-02-28.",
     "content/pakistan-afghanistan-war/timeline.yaml:23: `date_basis`: date \"2026-02-28\" is not in the passages "
     "this item cites: \"the Thursday before the report, dated Friday 2026-02-28.\" (checked: \"Hours prior to the "
     "commencement of airstrikes and heavier clashes, Afghan Talib…\", \"2026-02-27 Friday\") (cite the passage that "
     "gives this date, or correct it to the source's)"),
    ("dated Friday 2026-02-27.", "dated Saturday 2026-02-27.",
     "content/pakistan-afghanistan-war/timeline.yaml:23: `date_basis`: day \"Saturday\" is not in the passages this "
     "item cites: \"the Thursday before the report, dated Saturday 2026-02-27.\" (checked: \"Hours prior to the "
     "commencement of airstrikes and heavier clashes, Afghan Talib…\", \"2026-02-27 Friday\") (cite the passage that "
     "gives this day, or correct it to the source's)"),
])
def test_a_date_basis_stands_on_the_passages_and_the_sources_date(old: str, new: str, expected: str, project: Path):
    # The page shows `date_basis` ("Date derived as: ..."): its dates and weekdays are statements like any other,
    # backed by the event's passages or by the publication date (and its weekday) of the source they are in.
    (project / "site").mkdir()
    (project / "site" / ".explainer-site").write_text("")
    good = tree_digest(project / "site")
    edit(project / "content" / "pakistan-afghanistan-war" / "timeline.yaml", old, new)
    assert error_lines(rebuild_fails(project, good)) == [expected]


def test_check_counts_one_of_a_kind_in_the_singular():
    from explainer.problems import counted

    # "1 citations anchored to 1 passages" read as a mistake in the tool itself.
    assert [counted(n, "passage") for n in (0, 1, 2)] == ["0 passages", "1 passage", "2 passages"]


@pytest.mark.parametrize("written, hint", [("[^ taliban-toll]", "[^taliban-toll]"), ("[^taliban toll]", "[^talibantoll]"),
                                           ("[^]", "[^key]")])
def test_a_marker_with_a_space_is_refused_not_shown_as_written(project: Path, written: str, hint: str):
    # A claim is cited by its `cite` list, so its text needs no marker: "[^ taliban-toll]" was published as written.
    claims = project / "content" / "pakistan-afghanistan-war" / "claims.yaml"
    said = "says: 55 Pakistani soldiers were killed and 19 posts seized."
    edit(claims, said, said + written)
    result = run_build(project)
    assert result.code == 1
    assert (f"content/pakistan-afghanistan-war/claims.yaml:26: `says`: '{written}' is no citation marker (a key holds "
            f"no spaces), so the page would show it as written (write it as {hint})") in error_lines(result), result.err
