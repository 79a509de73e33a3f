"""A national election of five parties, written from scratch as the README tells a new editor to.

Sources (tests/fixtures/newuser_17/seeds/): a wire report of the preliminary result (five parties' vote shares and
projected seats given party by party in one sentence: "the Greens 28, the Liberals 20 and the Farmers' Union 16", a
final poll "with a margin of error of plus or minus 2.5 percentage points", a party's claim about turnout), the
electoral commission's notice of a recount, and a follow-up report whose recount corrects the count ("The margin
shrank to 269 votes from the 412 reported on election night"). What the new editor met, all of it where a briefing
has more than two parties: a party given another party's figure from such a run of results built, in prose and in a
comparison table's column; "the Liberal Party has ruled out ..." citing "the Farmers' Union has ruled out ..." built,
"Party" being read as the word after the name; a party of a group swapped for another ("talks with the Greens and the
Farmers' Union" citing "... the Greens and the Liberals") built; a margin that "widened" citing one that "shrank", and
a share "just below the 5 per cent threshold" citing "just above" it, built; and the fourth and fifth parties' bars
were both drawn black, their columns grey like "Others quoted".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import checked_fixture_project, edit, one_source_project, refused_with

FIXTURE = REPO / "tests" / "fixtures" / "newuser_17"
SLUG = "valdoria-election"
REPORT = ((FIXTURE / "seeds" / "wire.txt").read_text(encoding="utf-8")
          + "\n" + (FIXTURE / "seeds" / "followup.txt").read_text(encoding="utf-8"))
PARTIES = ("  - id: sdp\n    name: Social Democratic Party\n    short_name: Social Democrats\n"
           "  - id: alliance\n    name: National Alliance\n  - id: greens\n    name: Greens\n"
           "  - id: liberals\n    name: Liberal Party\n    short_name: Liberals\n"
           "  - id: farmers\n    name: Farmers' Union\n")
SHARE = ("The Social Democratic Party won 31.4 per cent of the vote in Sunday's general election, narrowly ahead of "
         "the conservative National Alliance on 29.8 per cent")
OTHERS = "The Greens took 12.6 per cent, the Liberal Party 9.1 per cent and the Farmers' Union 5.3 per cent"
SEATS = ("the National Alliance 66, the Greens 28, the Liberals 20 and the Farmers' Union 16")
POLL = "had put the Social Democrats on 28 per cent and the National Alliance on 30 per cent"
THRESHOLD = "the Farmers' Union 5.3 per cent, just above the 5 per cent threshold for entering parliament"
RULED_OUT = "The Farmers' Union has ruled out joining any coalition led by the Social Democrats."
TALKS = "said she would open coalition talks with the Greens and the Liberals"
TRANSCRIPTION = ("had overstated the Social Democrats' count by 42 votes and understated the National Alliance's "
                 "by 101")
MARGIN = "The margin shrank to 269 votes from the 412 reported on election night."


def election(tmp_path: Path, summary: str, quote: str, source: str = REPORT) -> Path:
    """Return a project with the wire report and its follow-up as one source (or `source`), and a briefing of the
    five parties whose summary (briefing.yaml line 3) is `summary` citing `quote` as [^a]."""
    root = one_source_project(tmp_path, source)
    folder = root / "content" / "vote"
    folder.mkdir()
    (folder / "briefing.yaml").write_text(
        f"title: The vote\nsummary: |\n  {summary}[^a]\nupdates:\n  - date: 2026-03-09\n    kind: update\n"
        f"    text: First published.\nparties:\n{PARTIES}"
        f"citations:\n  a:\n    source: report\n    quote: \"{quote}\"\n", encoding="utf-8")
    return root


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the election project, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_election_briefing_builds_and_each_of_five_parties_has_a_colour_of_its_own(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    style = (desk / "site" / "static" / "style.css").read_text(encoding="utf-8")
    bars = re.findall(r'<rect class="bar (p\d+)"', page)
    assert sorted(set(bars)) == ["p0", "p1", "p2", "p3", "p4"]  # one colour a party, in every chart
    assert all(f".{slot}{{--party:var(--{slot});fill:var(--{slot})}}" in style for slot in set(bars))
    others = re.findall(r'<div class="column (p\d+)">\s*<h4>Others quoted', page)
    assert others and not set(others) & set(bars)  # "Others quoted" shares no party's colour


@pytest.mark.parametrize("summary, quote, message", [
    ("The Greens took 9.1 per cent and the Liberal Party 12.6 per cent.", OTHERS,
     "this sentence gives Greens 9.1 per cent where its cited passages give Greens 12.6 per cent and Liberal Party "
     "9.1 per cent ('Liberal Party 9.1 per cent')"),
    ("The Liberals are projected to win 28 seats.", SEATS,
     "this sentence gives Liberals 28 where its cited passages give Liberals 20 and Greens 28 ('Greens 28')"),
    ("The National Alliance is projected to win 28 seats, the Greens 66.", SEATS,
     "this sentence gives National Alliance 28 where its cited passages give National Alliance 66 and Greens 28"),
    ("A final poll had put the Social Democrats on 30 per cent and the National Alliance on 28 per cent.", POLL,
     "this sentence gives Social Democrats 30 per cent where its cited passages give Social Democrats 28 per cent "
     "and National Alliance 30 per cent"),
    ("The Liberal Party took 5.3 per cent, just above the 5 per cent threshold.", THRESHOLD,
     "this sentence gives Liberal Party 5.3 per cent where its cited passages give it to Farmers' Union, never naming "
     "Liberal Party"),
    ("The National Alliance won 31.4 per cent, narrowly ahead of the Social Democratic Party on 29.8 per cent.", SHARE,
     "this sentence names National Alliance where its cited passages name Social Democratic Party"),
    ("The Liberal Party has ruled out joining any coalition led by the Social Democrats.", RULED_OUT,
     "this sentence names Liberal Party where its cited passages name Farmers' Union ('Farmers' Union has ruled')"),
    ("Anna Varga said she would open coalition talks with the Greens and the Farmers' Union.", TALKS,
     "this sentence names Greens and the Farmers' Union where its cited passages name Greens and the Liberals"),
    ("The margin widened to 269 votes from the 412 reported on election night.", MARGIN,
     "figure \"269\" is given as a rise, but the passages this cites give it as a fall"),
    ("The Farmers' Union took 5.3 per cent, just below the 5 per cent threshold.", THRESHOLD,
     "this sentence says 'below' where its cited passages say 'above'"),
    ("The Liberal Party, on 5.3 per cent, cleared the 5 per cent threshold.", THRESHOLD,
     "this sentence gives Liberal Party 5.3 per cent where its cited passages give it to Farmers' Union"),
    ("The Greens won 28 seats.", SEATS,  # the quote's sentence opens "Projections based on the preliminary count"
     "the source gives 28 only as a projection or a poll's figure, but this sentence states it as a result"),
    ("The Social Democrats won 28 per cent.", POLL,
     "the source gives 28 only as a projection or a poll's figure, but this sentence states it as a result"),
    ("Of the four parties, the Greens took 12.6 per cent.", OTHERS,  # of five: a count the source must give
     "figure \"four\" is not in the passages this sentence cites"),
    # a figure a passage gives the same party is no licence for another verb: "understated" is not "overstated"
    ("The error had overstated the National Alliance's count by 101 votes.", TRANSCRIPTION,
     "this sentence names National Alliance where its cited passages name Social Democrats"),
])
def test_a_figure_or_party_of_a_multi_party_result_misstated_is_refused(tmp_path: Path, summary: str, quote: str,
                                                                         message: str):
    lines = refused_with(election(tmp_path, summary, quote), "content/vote/briefing.yaml:3: `summary`: ", message)
    assert len(lines) == 1, lines  # one fault, one error


@pytest.mark.parametrize("summary, quote", [
    ("The Greens took 12.6 per cent, the Liberal Party 9.1 per cent and the Farmers' Union 5.3 per cent.", OTHERS),
    ("Projections give the Greens 28 seats and the Liberals 20.", SEATS),
    ("The Liberals are projected to win 20 seats.", SEATS),
    ("The Greens won 12.6 per cent of the vote.", OTHERS),  # a result, not a projection
    ("The Greens would win 28 seats on the preliminary count.", SEATS),
    ("The National Alliance finished second with 29.8 per cent.", SHARE),
    ("The final poll had put the National Alliance on 30 per cent.", POLL),
    ("The Farmers' Union took 5.3 per cent, just above the 5 per cent threshold.", THRESHOLD),
    ("The Farmers' Union, on 5.3 per cent, cleared the 5 per cent threshold.", THRESHOLD),
    ("The Farmers' Union has ruled out joining any coalition led by the Social Democrats.", RULED_OUT),
    ("Anna Varga said she would open coalition talks with the Greens and the Liberals.", TALKS),
    ("The Social Democrats' margin narrowed to 269 votes from 412.", MARGIN),
    ("The Greens and the Liberals took 12.6 per cent and 9.1 per cent.", OTHERS),
    ("Of the five parties, the Greens took 12.6 per cent.", OTHERS),  # the briefing's five, counted by no source
    # the verb's place is both parties' it lists, each with its own figure (refused before as a party swapped)
    ("The recount gave the National Alliance 48,602 votes.",
     "gave the Social Democratic Party 48,871 votes and the National Alliance 48,602"),
])
def test_the_same_facts_worded_honestly_build(tmp_path: Path, summary: str, quote: str):
    result = run_build(election(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


def test_a_seat_projection_put_in_another_partys_column_is_refused(desk: Path):
    table = desk / "content" / SLUG / "comparisons.yaml"
    edit(table, "greens: {value: 28, cite: [seats]}", "greens: {value: 20, cite: [seats]}")
    edit(table, "liberals: {value: 20, cite: [seats]}", "liberals: {value: 28, cite: [seats]}")
    lines = refused_with(desk)
    assert lines == [
        f"content/{SLUG}/comparisons.yaml:26: figure 20 (Projected seats) is given for Greens, but the passages cited "
        "for it give 20 to Liberals and 28 to Greens ('Liberals 20') (put the figure in the column of the party the "
        "source gives it for, or cite the words that give it to this party)",
        f"content/{SLUG}/comparisons.yaml:27: figure 28 (Projected seats) is given for Liberal Party, but the passages "
        "cited for it give 28 to Greens and 20 to Liberals ('Greens 28') (put the figure in the column of the party the "
        "source gives it for, or cite the words that give it to this party)"]


def test_a_poll_swapped_in_a_timeline_entry_is_refused_on_its_line(desk: Path):
    edit(desk / "content" / SLUG / "timeline.yaml",
         "puts the National Alliance on 30 per cent and the Social Democrats on 28 per cent",
         "puts the National Alliance on 28 per cent and the Social Democrats on 30 per cent")
    refused_with(desk, f"content/{SLUG}/timeline.yaml:6: `what`: this sentence gives National Alliance 28 per cent "
                       "where its cited passages give National Alliance 30 per cent and Social Democrats 28 per cent")


def test_a_claimant_given_another_partys_role_is_refused(desk: Path):
    # The claim card showed the Greens' co-leader as a Liberal: her words stand in the passage whoever says them.
    edit(desk / "content" / SLUG / "claims.yaml", "claimant: Mira Holm, co-leader of the Greens",
         "claimant: Mira Holm, co-leader of the Liberals")
    assert refused_with(desk) == [
        f"content/{SLUG}/claims.yaml:52: `claimant`: names Liberals, but the cited passages name this speaker with "
        "Greens, never Liberals: Mira Holm, co-leader of the Liberals (name the party the source gives the speaker, or "
        "cite the words that do)"]


def test_a_quotes_speaker_given_another_partys_role_is_refused(desk: Path):
    # "Anna Varga (leader of the National Alliance)" stood under the Social Democratic leader's words.
    edit(desk / "content" / SLUG / "quotes.yaml", "role: leader of the Social Democratic Party",
         "role: leader of the National Alliance")
    assert refused_with(desk) == [
        f"content/{SLUG}/quotes.yaml:7: `role`: names National Alliance, but the source names Anna Varga with Social "
        "Democratic, never National Alliance (give the role the source gives the speaker, or cite in `context` the "
        "words that do)"]


def test_a_share_a_party_polled_is_its_result_not_a_poll(tmp_path: Path):
    source = "The Greens polled 12.6 per cent in the election, up from 9 per cent in a poll last month.\n"
    result = run_build(election(tmp_path, "The Greens won 12.6 per cent.", "The Greens polled 12.6 per cent", source),
                       "check")
    assert result.code == 0, result.err
