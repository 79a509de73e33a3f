"""An English business-desk briefing, as a newsroom editor new to the tool writes it: a hostile takeover fight
(tests/fixtures/newuser_en/: one report, every kind of content file), with pence, pounds, percentages, dates written
three ways, curly quotes, an "allegedly", a correction in the log.

The honest mistakes such an editor makes must each be refused with the file and line, and correct wording built.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with

FIXTURE = REPO / "tests" / "fixtures" / "newuser_en"
SLUG = "greenvale-takeover"


def checks_or_is_refused(root: Path, refused: bool, *pieces: str) -> None:
    """Check the project: refused with an error holding every one of `pieces`, or passing."""
    if refused:
        refused_with(root, *pieces)
    else:
        result = run_build(root, "check")
        assert result.code == 0, result.err


@pytest.fixture
def takeover(tmp_path: Path) -> Path:
    """A copy of the takeover project, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "project")


def content(root: Path, name: str) -> Path:
    return root / "content" / SLUG / name


def test_the_takeover_briefing_builds(takeover: Path):
    result = run_build(takeover)
    assert result.code == 0, result.err
    page = (takeover / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "closing price of 244p on 9 January" in page


# Pence glued to their figure ("244p", "340p") were no figures at all: any price in pence passed, right or wrong.
@pytest.mark.parametrize("name, old, new", [
    ("background.yaml", "closing price of 244p", "closing price of 224p"),
    ("quotes.yaml", "lockout ends in September.", "lockout ends in September; a bid above 430p would be hard to refuse."),
])
def test_a_wrong_price_in_pence_is_refused(takeover: Path, name: str, old: str, new: str):
    edit(content(takeover, name), old, new)
    refused_with(takeover, f"content/{SLUG}/{name}:", "is not in the passages")


def test_a_wrong_price_in_pence_in_the_title_is_refused(takeover: Path):
    edit(content(takeover, "briefing.yaml"), '"Why Greenvale said no to £4.2bn"', '"Why Greenvale said no to 320p a share"')
    refused_with(takeover, f"content/{SLUG}/briefing.yaml:1:", '"320p"', "is not in the passages")


def test_pence_spelled_out_may_cite_pence_glued(takeover: Path):
    """"244 pence" is what the source's "244p" says: refused as "not in the passages" before."""
    edit(content(takeover, "background.yaml"), "closing price of 244p", "closing price of 244 pence")
    result = run_build(takeover, "check")
    assert result.code == 0, result.err


def test_pence_are_not_dollars(takeover: Path):
    edit(content(takeover, "background.yaml"), "closing price of 244p", "closing price of $244")
    refused_with(takeover, f"content/{SLUG}/background.yaml:", "given in dollars")


@pytest.mark.parametrize("figure", ["20mg", "5GW", "500ml", "40GB", "3.5x"])
def test_a_figure_glued_to_any_unit_is_read(figure: str):
    """A number against letters that are no ordinal is the figure the reader sees, whatever its unit."""
    from explainer.numbers import quantities_in

    value = figure.rstrip("mgGWlBx")
    assert {str(q.value) for q in quantities_in(f"it gives {figure} a day")} == {value}


# A `when` that gives the day and month but no year ("11 March") left `date` free: the page showed "11 March",
# dated 12 March 2026.
@pytest.mark.parametrize("when, date", [("11 March", "2026-03-12"), ("11 March", "2026-04-11"),
                                        ("January 9", "2026-01-10")])
def test_a_date_contradicting_the_day_and_month_of_when_is_refused(takeover: Path, when: str, date: str):
    timeline = content(takeover, "timeline.yaml")
    text = timeline.read_text(encoding="utf-8")
    start = text.index(f"  - when: {when}\n")
    line = text[:start].count("\n") + 2
    old = text[start:text.index("\n", text.index("date:", start)) + 1]
    edit(timeline, old, old.split("date:")[0] + f"date: {date}\n")
    refused_with(takeover, f"content/{SLUG}/timeline.yaml:{line}:", f"`date` {date} is not the date `when` states")



@pytest.mark.parametrize("when, date, agrees", [("10 and 11 March", "2026-03-10", True), ("March 2026", "2026-03-31", True),
                                                ("March 2026", "2026-04-01", False), ("the night of 26-27 February", "2026-02-26", True),
                                                ("Tuesday", "2026-03-10", True)])
def test_a_when_without_its_year_leaves_the_year_free_not_the_day(when: str, date: str, agrees: bool):
    from explainer.crosscheck import _contradicted_in_part
    from explainer.numbers import find_mentions

    assert not _contradicted_in_part(when, find_mentions(when), date) == agrees


@pytest.mark.parametrize("staff, refused", [("more than 8k", True), ("more than 9k", False), ("9k", True)])
def test_thousands_written_k_are_read(takeover: Path, staff: str, refused: bool):
    """"9k staff" was no figure: "more than 8k" cited "more than 9,000"."""
    edit(content(takeover, "quotes.yaml"), "ends in September.[^okafor]",
         f"ends in September.[^okafor] Brightwater has {staff} staff.[^staff]")
    checks_or_is_refused(takeover, refused, f"content/{SLUG}/quotes.yaml:19:", f'"{staff.split()[-1]}"')


def test_a_slashed_date_the_passages_do_not_give_is_one_error_that_says_why(takeover: Path):
    """"11/03/2026" (British for 11 March) was three errors about figures "03" and "2026", none saying it was a date."""
    edit(content(takeover, "background.yaml"), "on 2 February 2026", "on 02/03/2026")
    lines = refused_with(takeover, f"content/{SLUG}/background.yaml:6:", 'date "02/03/2026"', "the day or the month",
                         "write the month in words")
    assert len(lines) == 1, lines


@pytest.mark.parametrize("folder", ["static", "templates"])
def test_a_project_without_the_tools_folders_is_told_to_copy_them(takeover: Path, folder: str):
    """A project made of content/ and seeds/ alone built a site whose pages linked to a missing style sheet and
    script, without a word; without templates/ the error named "template 'index.html'"."""
    shutil.rmtree(takeover / folder)
    result = run_build(takeover)
    assert result.code == 1
    assert result.err.startswith(f"error: {folder}: the folder is missing"), result.err
    assert f"copy the {folder}/ folder" in result.err
    assert not (takeover / "site").exists()


@pytest.mark.parametrize("args", [["check", "--root", "{root}"], ["--root", "{root}", "check"],
                                  ["cite", "greenvale", "Turnout was", "--root", "{root}"]])
def test_root_may_follow_the_command(takeover: Path, tmp_path: Path, args: list[str]):
    """`python build.py check --root DIR`, as a user types options after the command, was "unrecognized arguments"."""
    from explainer.cli import parse_args

    parsed = parse_args([arg.format(root=takeover) for arg in args], default_root=tmp_path)
    assert parsed.root == takeover


def test_twice_is_a_count(takeover: Path):
    """"called the bid ... twice" passed citing a passage that says it once: "twice" was no figure."""
    edit(content(takeover, "quotes.yaml"), "for Greenvale\" before the vote.", "for Greenvale\" twice before the vote.")
    refused_with(takeover, f"content/{SLUG}/quotes.yaml:7:", 'figure "twice" is not in the passages')


@pytest.mark.parametrize("name, old, new", [
    ("briefing.yaml", 'title: "Why Greenvale said no to £4.2bn"', 'title: "Why Greenvale said no to £4.2bn[^title]"'),
    ("claims.yaml", "claimant: Brightwater\n", "claimant: Brightwater[^denial]\n"),
    ("quotes.yaml", "speaker: Dev Okafor", "speaker: Dev Okafor[^okafor]"),
])
def test_a_citation_marker_in_plain_text_is_refused(takeover: Path, name: str, old: str, new: str):
    """A marker typed in a title was published as "£4.2bn[^title]" in the heading, the home page and the feed."""
    edit(content(takeover, name), old, new)
    refused_with(takeover, f"content/{SLUG}/{name}:", "holds the citation marker [^", "remove it")


def test_new_says_why_a_title_with_the_source_figure_is_refused(takeover: Path):
    """"61.4% said no" was refused as stating what no sentence says, though one does: as "About 61.4%"."""
    result = run_build(takeover, "new", "vote", "--title", "Greenvale: 61.4% said no", "--source", "greenvale")
    assert result.code == 1
    assert 'as written: figure "61.4%" leaves out the qualifier of "About 61.4%"' in result.err, result.err
    assert not (takeover / "content" / "vote").exists()


def test_each_sentence_of_an_item_keeps_the_hedge(takeover: Path):
    """A timeline entry's first sentence "said" something, and its second, citing "Brightwater allegedly approached",
    stated the approach as fact: the "said" of the one covered the other."""
    edit(content(takeover, "timeline.yaml"),
         "what: The Takeover Panel said it was reviewing a complaint from Greenvale.\n    cite: [panel]",
         "what: The Takeover Panel said it was reviewing a complaint from Greenvale. Brightwater had approached at "
         "least three of the ten largest shareholders.\n    cite: [panel, approach]")
    refused_with(takeover, f"content/{SLUG}/timeline.yaml:", "the source gives this only as 'allegedly'",
                 '"Brightwater had approached')


def test_a_sentence_of_an_item_resting_on_another_passage_need_not_hedge(takeover: Path):
    edit(content(takeover, "timeline.yaml"),
         "what: The Takeover Panel said it was reviewing a complaint from Greenvale.\n    cite: [panel]",
         "what: Brightwater allegedly approached at least three of the ten largest shareholders. The Takeover Panel "
         "is reviewing a complaint from Greenvale.\n    cite: [panel, approach]")
    result = run_build(takeover, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("day, refused", [("Fri", True), ("Fri.", True), ("Tues", True), ("Thurs", False),
                                         ("Thu.", False)])
def test_an_abbreviated_weekday_before_a_date_is_read(takeover: Path, day: str, refused: bool):
    """"Fri 12 March" passed citing "Thursday 12 March 2026": a dateline's abbreviated day was not read."""
    edit(content(takeover, "briefing.yaml"), "unless Greenvale's board agrees.[^lockout]",
         f"unless Greenvale's board agrees.[^lockout] The report was published on {day} 12 March.[^byline]")
    edit(content(takeover, "briefing.yaml"), "citations:\n",
         "citations:\n  byline:\n    source: greenvale\n    quote: Published Thursday 12 March 2026\n")
    checks_or_is_refused(takeover, refused, f"content/{SLUG}/briefing.yaml:6:", f'day "{day.rstrip(".")}" is not in the passages')


@pytest.mark.parametrize("offer, refused", [("£2.4billion", True), ("£4.2billion", False), ("GBP2.4bn", True),
                                            ("GBP4.2bn", False), ("USD4.2bn", True)])
def test_a_scale_or_currency_code_glued_to_the_figure_is_read(takeover: Path, offer: str, refused: bool):
    """"£2.4billion" and "GBP2.4bn" were no figures at all: each passed citing "worth £4.2 billion"."""
    edit(content(takeover, "briefing.yaml"), "hostile £4.2bn takeover offer", f"hostile {offer} takeover offer")
    checks_or_is_refused(takeover, refused, f"content/{SLUG}/briefing.yaml:3:", "figure")


@pytest.mark.parametrize("fall, refused", [("6.2pc", False), ("6.2 pct", False), ("2.6pc", True)])
def test_per_cent_written_pc_is_a_percentage(takeover: Path, fall: str, refused: bool):
    """British "6.2pc" was refused citing "6.2%" (read as a plain 6.2, or not at all), and "2.6pc" was not read."""
    edit(content(takeover, "quotes.yaml"), "ends in September.[^okafor]",
         f"ends in September.[^okafor] Greenvale's shares fell {fall} after the vote.[^shares]")
    checks_or_is_refused(takeover, refused, f"content/{SLUG}/quotes.yaml:19:", f'figure "{fall}" is not in the passages')


@pytest.mark.parametrize("move, refused", [("−3%", True), ("-3%", True), ("3%", False)])
def test_a_minus_sign_is_part_of_the_figure(takeover: Path, move: str, refused: bool):
    """"Brightwater's shares moved −3%" passed citing "Brightwater's rose 3%": the sign was not read."""
    edit(content(takeover, "quotes.yaml"), "ends in September.[^okafor]",
         f"ends in September.[^okafor] Brightwater's shares moved {move} after the vote.[^shares]")
    checks_or_is_refused(takeover, refused, f"content/{SLUG}/quotes.yaml:19:", f'figure "{move}" is not in the passages')
