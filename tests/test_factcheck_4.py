"""Misstatements a fact-check of the real briefing against its source found the build letting through: a vague
count that inflates the source's figure ("dozens" for 12, "hundreds" for 169), a day counted from the source's own
("yesterday" for "on Monday"), a superlative the source ranks below the first ("the
largest" for "the second-largest") and a hedge ("apparently") dropped. Each is checked both ways, in-process: the
source's own wording builds, the reworded sentence is refused with its file, line and what is wrong."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import copy_project, run_build
from support import edit, error_lines, minimal_project, problems_after

from explainer.pipeline import load
from explainer.problems import ContentError
from explainer.project import Project

BRIEFING = "content/pakistan-afghanistan-war"


@pytest.fixture(scope="module")
def shared_project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("real") / "project")


@pytest.fixture
def project(shared_project: Path):
    """One copy of the real project for this module's tests (copying it for each took most of their time), its
    content files put back as they were after each test."""
    files = {path: path.read_bytes() for path in (shared_project / "content").rglob("*.yaml")}
    yield shared_project
    for path, data in files.items():
        path.write_bytes(data)


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and summary rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck4") / "project")


def checked(root: Path, source_sentence: str, summary: str) -> list[str]:
    """Make the source one sentence, cite it whole from a one-sentence summary, and return `check`'s error lines
    (none when it passes)."""
    source = source_sentence + "\n"
    (root / "seeds" / "flood.txt").write_text(source, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: flood\n    file: flood.txt\n    title: Flood report\n    publisher: unknown\n"
        f"    date: unknown\n    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n", encoding="utf-8")
    (root / "content" / "flood" / "claims.yaml").unlink(missing_ok=True)
    (root / "content" / "flood" / "briefing.yaml").write_text(
        f"title: The flood\nsummary: |\n  {summary}[^q]\nlanguage: en\nupdates:\n  - date: 2026-03-03\n"
        "    kind: update\n    text: First published.\nparties:\n  - id: alpha\n    name: Alpha\n  - id: beta\n"
        f"    name: Beta\ncitations:\n  q:\n    source: flood\n    quote: {json.dumps(source_sentence)}\n",
        encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def assert_outcome(lines: list[str], outcome: str) -> None:
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: " + outcome) for line in lines), lines


# --- 1. vague counts ------------------------------------------------------------------------------------------

VAGUE_COUNTS = [
    # (the source's sentence, the briefing's, what the error names or "ok")
    ("At least 12 people were killed.", "Dozens of people were killed.", 'count "Dozens" (24 to 199)'),
    ("At least 169 people were injured.", "Hundreds of people were injured.", 'count "Hundreds" (200 to 999)'),
    ("At least 1,200 people fled.", "Thousands of people fled.", 'count "Thousands" (2,000 to 9,999)'),
    ("About 4,500 people marched.", "Tens of thousands marched.", 'count "Tens of thousands" (20,000 to 99,999)'),
    ("The firm lost $1.2 million.", "The firm lost millions of dollars.", 'count "millions"'),
    ("People marched in 2019.", "Thousands of people marched.", 'count "Thousands"'),  # a year counts nothing
    ("Some 45% of people marched.", "Dozens of people marched.", 'count "Dozens"'),  # nor does a percentage
    ("Some 45 people were killed.", "Dozens of people were killed.", "ok"),
    ("At least 31 people were killed.", "Dozens of people were killed.", "ok"),
    ("Several hundred people marched.", "Hundreds of people marched.", "ok"),
    ("About 450,000 people marched.", "Hundreds of thousands marched.", "ok"),
    ("About 45,000 people marched.", "Tens of thousands marched.", "ok"),
    ("The firm lost $4.2 million.", "The firm lost millions of dollars.", "ok"),
    ("At least 12 people were killed.", 'The report speaks of "at least 12" people, not "dozens".', 'quoted words "dozens"'),
]


@pytest.mark.parametrize("given, written, outcome", VAGUE_COUNTS, ids=[w for _, w, _ in VAGUE_COUNTS])
def test_a_vague_count_must_be_of_the_order_of_the_sources_figure(fixture_root: Path, given, written, outcome):
    # "Dozens" is a count as "24" is: for 12 it doubles the source's figure, and "hundreds" for 169 more so.
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- 2. days counted from the source's own ---------------------------------------------------------------------

RELATIVE_DAYS = [
    ("The council approved the plan on Monday.", "The council approved the plan yesterday.", 'time "yesterday"'),
    ("The council approved the plan yesterday.", "The council approved the plan today.", 'time "today"'),
    ("The council meets on Friday.", "The council meets tomorrow.", 'time "tomorrow"'),
    ("The council meets on Friday night.", "The council meets tonight.", 'time "tonight"'),
    ("The council approved the plan yesterday.", "The council approved the plan yesterday.", "ok"),
    ("The council said today that it approved the plan.", "The council approved the plan today.", "ok"),
    ("The council approved the plan last week.", "The council approved the plan last month.", 'time "last month"'),
    ("The council approved the plan last week.", "The council approved the plan this week.", 'time "this week"'),
    ("The council approved the plan earlier this year.", "The council approved the plan last year.",
     'time "last year"'),
    ("The council approved the plan last week.", "The council approved the plan last week.", "ok"),
    ("The council approved the plan earlier this week.", "The council approved the plan this week.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", RELATIVE_DAYS, ids=[w for _, w, _ in RELATIVE_DAYS])
def test_a_day_counted_from_the_sources_own_must_be_the_sources(fixture_root: Path, given, written, outcome):
    # "Yesterday" dates something as "on Monday" does, but to a reader of another day it is another day; and "last
    # month" citing "last week" moves the date.
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- 3. superlatives ranked below the first ---------------------------------------------------------------------

RANKED = [
    ("The plan was the second-largest in the city.", "The plan was the largest in the city.",
     'superlative "largest": the passages it cites rank it below the first'),
    ("The plan was the second largest in the city.", "The plan was the biggest in the city.",
     'superlative "biggest": the passages it cites rank it below the first'),
    ("It was the third most deadly attack.", "It was the most deadly attack.",
     'superlative "most deadly": the passages it cites rank it below the first'),
    ("The plan was the second-largest in the city.", "The plan was the second-largest in the city.", "ok"),
    ("The plan was the second-largest in the city.", "The plan was one of the largest in the city.", "ok"),
    ("It was the largest in the city and the second-largest in the region.", "It was the largest in the city.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", RANKED, ids=[w for _, w, _ in RANKED])
def test_a_superlative_the_source_ranks_below_the_first_stays_so(fixture_root: Path, given, written, outcome):
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- 4. hedges ------------------------------------------------------------------------------------------------------

HEDGED = [
    ("The council apparently approved the plan.", "The council approved the plan.",
     "the source gives this only as 'apparently', but it is worded as fact"),
    ("The council seemingly approved the plan.", "The council approved the plan.",
     "the source gives this only as 'seemingly', but it is worded as fact"),
    ("The council apparently approved the plan.", "The council apparently approved the plan.", "ok"),
    ("The council apparently approved the plan.", "The council approved the plan, officials said.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", HEDGED, ids=[g.split()[2] + "->" + w for g, w, _ in HEDGED])
def test_apparently_is_a_hedge_to_keep(fixture_root: Path, given, written, outcome):
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- 5. the real briefing -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("background.yaml", "killing at least 31 people", "killing at least 31 people and injuring hundreds",
     'background.yaml:22: `body`: count "hundreds" (200 to 999) is not in the passages it cites'),
    ("timeline.yaml", "when: Earlier in the week", "when: Yesterday",
     'timeline.yaml:18: `when`: time "Yesterday" is not in the passages it cites'),
    ("briefing.yaml", "Hours before the airstrikes, Afghan", "Yesterday, Afghan",
     'briefing.yaml:6: `summary`: time "Yesterday" is not in the passages it cites'),
])
def test_the_real_briefing_refuses_the_reworded_counts_and_days(project: Path, file, old, new, expected):
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"{BRIEFING}/{expected}") for p in problems), problems


@pytest.mark.parametrize(("added", "expected"), [
    ("It is the region's deadliest rivalry.", 'background.yaml:8: `body`: superlative "deadliest": no passage it cites uses it'),
    ("Hundreds died in it.", 'background.yaml:8: `body`: count "Hundreds" (200 to 999) is not in the passages it cites'),
    ("It flared again yesterday.", 'background.yaml:8: `body`: time "yesterday" is not in the passages it cites'),
])
def test_a_sentence_citing_nothing_in_a_cited_paragraph_ranks_and_counts_on_no_passage(project: Path, added, expected):
    # The paragraph carries a citation, and the sentence states no figure, date or quotation, so none was asked of
    # it: its "deadliest" stood on nothing, while the same word after a marker must stand in the marker's passage.
    problems = problems_after(project, "background.yaml", "engagement to open hostility[^since-2021].",
                              f"engagement to open hostility[^since-2021]. {added}")
    assert any(p.startswith(f"{BRIEFING}/{expected}") for p in problems), problems


def test_an_uncited_caveat_ranks_on_no_passage(project: Path):
    problems = problems_after(project, "caveats.yaml", "rests on one news report,", "rests on the worst news report,")
    assert any(p.startswith(f'{BRIEFING}/caveats.yaml:5: `text`: superlative "worst": no passage it cites uses it')
               for p in problems), problems


# --- 6. a unit's scale or per cent ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("claims.yaml", "measure: Pakistani soldiers killed\n            value: 55\n",
     "measure: Pakistani soldiers killed\n            value: 55\n            unit: thousand\n",
     "claims.yaml:29: figure 55 (Pakistani soldiers killed) is given in 'thousand', but the passages cited for it give "
     "55 without that scale"),
    ("claims.yaml", "measure: Pakistani soldiers killed\n            value: 55\n",
     "measure: Pakistani soldiers killed\n            value: 55\n            unit: per cent\n",
     "claims.yaml:29: figure 55 (Pakistani soldiers killed) is given in 'per cent', but the passages cited for it give "
     "55 without a per cent"),
    ("comparisons.yaml", "      - measure: Active personnel\n        unit: personnel\n",
     "      - measure: Active personnel\n        unit: thousands of personnel\n",
     "comparisons.yaml:13: figure 660000 (Active personnel) is given in 'thousands of personnel', but the passages "
     "cited for it give 660000 without that scale"),
])
def test_a_unit_that_scales_the_figure_must_be_the_sources(project: Path, file, old, new, expected):
    # 55 soldiers in `unit: thousand` showed as 55 thousand, and in `per cent` as a share: the bare 55 of the
    # passage was taken for either.
    problems = problems_after(project, file, old, new)
    assert f"{BRIEFING}/{expected}" in [p.split(" (give the figure")[0] for p in problems], problems


def test_a_unit_whose_scale_the_passage_gives_still_builds(project: Path):
    # 660 (thousand) is the passage's 660,000; and a table heading naming the scale apart backs its bare figures.
    rows = project / BRIEFING / "comparisons.yaml"
    edit(rows, "      - measure: Active personnel\n        unit: personnel\n",
         "      - measure: Active personnel\n        unit: thousand personnel\n")
    edit(rows, "            value: 660000\n", "            value: 660\n")
    edit(rows, "            value: 172000\n", "            value: 172\n")
    assert problems_after(project, "comparisons.yaml", "value: 560000", "value: 560000") == []


# --- 7. the library's dates -----------------------------------------------------------------------------------------

def test_a_copy_retrieved_before_its_source_was_published_is_refused(project: Path):
    # The source page shows "Published: 27 February 2026 · Retrieved: 1 January 2025": one of the two is wrong.
    edit(project / "content" / "sources.yaml", "retrieved: unknown", "retrieved: 2025-01-01")
    try:
        load(Project.at(project))
    except ContentError as error:
        problems = [str(problem) for problem in error.problems]
    else:
        problems = []
    assert problems == ["content/sources.yaml:9: source 'report' was retrieved on 2025-01-01, before its publication "
                        "`date`, 2026-02-27 (correct either date: a copy is taken on or after the day its document was "
                        "published)"]


# --- 8. headings and the short words shown like them -------------------------------------------------------------

@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("background.yaml", "title: From allies to enemies", "title: From allies to enemies, centuries ago",
     'background.yaml:4: `title`: time "centuries" is not in the passages it cites'),
    ("background.yaml", "title: From allies to enemies", "title: Thousands dead",
     'background.yaml:4: `title`: count "Thousands" (2,000 to 9,999) is not in the passages it cites'),
    ("quotes.yaml", "role: regional publication", "role: regional publication, yesterday",
     'quotes.yaml:33: `role`: time "yesterday" is not in the passages it cites'),
])
def test_a_heading_times_and_counts_on_the_briefings_passages(project: Path, file, old, new, expected):
    # A heading's "centuries ago" or "Thousands" is the briefing's statement as a sentence's is; it cites nothing,
    # so it is held to every passage the briefing cites, as its figures and superlatives are.
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"{BRIEFING}/{expected}") for p in problems), problems


def test_a_scale_named_in_a_heading_counts_nothing(project: Path):
    # "Navy (thousands)" gives the figures' scale: it is no count of thousands.
    assert problems_after(project, "comparisons.yaml", "measure: Navy", "measure: Navy (thousands)") == []


# --- 9. changes by a multiple -------------------------------------------------------------------------------------

MULTIPLES = [
    ("Sales rose 80% last year.", "Sales doubled last year.", 'change "doubled" is not in the passages it cites'),
    ("Sales rose 50% last year.", "Sales tripled last year.", 'change "tripled" is not in the passages it cites'),
    ("Sales fell 30% last year.", "Sales halved last year.", 'change "halved" is not in the passages it cites'),
    ("Sales tripled last year.", "Sales doubled last year.", 'change "doubled" is not in the passages it cites'),
    ("Sales doubled last year.", "Sales doubled last year.", "ok"),
    ("Sales are now twice what they were a year ago.", "Sales doubled over the year.", "ok"),
    ("Sales rose 100% last year.", "Sales doubled last year.", "ok"),
    ("Sales rose two-fold last year.", "Sales doubled last year.", "ok"),
    ("Sales trebled last year.", "Sales tripled last year.", "ok"),
    ("Sales fell by half last year.", "Sales halved last year.", "ok"),
    ("Sales fell 50% last year.", "Sales halved last year.", "ok"),
    ("The minister kept to his plan.", "The minister doubled down on his plan.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", MULTIPLES, ids=[g + "->" + w for g, w, _ in MULTIPLES])
def test_a_change_by_a_multiple_must_be_the_sources(fixture_root: Path, given, written, outcome):
    # "Doubled" is "rose 100%" in a word: for a rise of 80% it rounds the source's figure up.
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- 10. a span, used as one ---------------------------------------------------------------------------------------

SPANS = [
    ("Hours prior to the vote, after strikes earlier in the week, the river rose.", "Weeks earlier, the river rose.",
     'time "Weeks" is not in the passages it cites'),
    ("The river rose on the day of the vote.", "Days earlier, the river rose.", 'time "Days" is not in the passages'),
    ("Hours prior to the vote, after strikes earlier in the week, the river rose.", "Hours earlier, the river rose.",
     "ok"),
    ("Three hours before the vote the river rose.", "Hours earlier, the river rose.", "ok"),
    ("The river rose in a decades-long trend.", "Decades ago, the river rose.", "ok"),
    ("The river has risen for years.", "Years ago, the river rose.", "ok"),
    ("The river rose in recent weeks.", "Weeks ago, the river rose.", "ok"),
    ("The river rose over the past month.", "Months ago, the river rose.", "ok"),
    ("The river rose a day before the vote.", "Days earlier, the river rose.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", SPANS, ids=[g + "->" + w for g, w, _ in SPANS])
def test_a_span_before_earlier_stands_on_a_span_of_the_passage(fixture_root: Path, given, written, outcome):
    # The real summary's "Hours earlier" cites "Hours prior to ... airstrikes earlier in the week": "Weeks earlier"
    # stood on that "week", which spans nothing.
    assert_outcome(checked(fixture_root, given, written), outcome)


def test_the_real_summary_may_not_say_weeks_earlier(project: Path):
    problems = problems_after(project, "briefing.yaml", "Hours before the airstrikes, Afghan", "Weeks earlier, Afghan")
    assert any(p.startswith(f'{BRIEFING}/briefing.yaml:6: `summary`: time "Weeks" is not in the passages it cites')
               for p in problems), problems


# --- 11. a month named alone ----------------------------------------------------------------------------------------

MONTHS = [
    ("Prices rose 4.5% in March.", "Prices rose 4.5% in April.", 'month "April" is not in the passages it cites'),
    ("Prices rose in March.", "Prices rose by May.", 'month "May" is not in the passages it cites'),
    ("Prices rose in March.", "Prices rose in mid-April.", 'month "April" is not in the passages it cites'),
    ("Prices rose in March.", "Prices rose in May 2026.", 'date "May 2026" is not in the passages'),  # the date's
    ("Prices rose on 3 March 2026.", "Prices rose in March.", "ok"),
    ("Prices rose on 2026-03-03.", "Prices rose in March.", "ok"),
    ("Prices rose in Mar. 2026.", "Prices rose in March.", "ok"),
    ("Prices may rise in March.", "Prices may rise in March.", "ok"),
    ("Theresa May said prices rose.", "Theresa May said prices rose.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", MONTHS, ids=[g + "->" + w for g, w, _ in MONTHS])
def test_a_month_named_alone_must_be_the_sources(fixture_root: Path, given, written, outcome):
    # "In April" dates something as "3 April" does; without a day or a year it was read as no date at all.
    lines = checked(fixture_root, given, written)
    assert_outcome(lines, outcome)
    assert len(lines) <= 1, lines  # a month within a date is named once, by the date's check


TIMES_AND_MONTHS = [
    "on Thursday night", "THURSDAY MORNING", "Friday-midnight", "jeudi soir", "JEUDI APRÈS-MIDI", "ليلة الجمعة",
    "وصباح السبت", "in the spring of 2024", "Winter 2025", "three weeks ago", "Decades earlier", "hours prior",
    "yesterday", "Tonight", "last Week", "next year", "this weekend", "in March", "since mid-April", "by May",
]


@pytest.mark.parametrize("text", TIMES_AND_MONTHS)
def test_the_plain_text_look_before_a_time_or_month_pattern_never_hides_one(text: str):
    # The plain-text looks skip the patterns where they surely match nothing: each time word and month the
    # patterns read must get past them.
    from explainer import attribution

    sentence = f"Officials said the strikes came {text}, as the report says."
    assert attribution._TIME_WORD.search(sentence) or attribution._MONTH_ALONE.search(sentence)
    assert attribution.may_time_or_count(sentence)
    if attribution._TIME_WORD.search(sentence):
        assert attribution.may_name_a_time(sentence)
    if attribution._MONTH_ALONE.search(sentence):
        assert any(month in sentence for month in attribution._MONTH_OF)
