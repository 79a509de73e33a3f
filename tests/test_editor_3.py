"""A news agency revises a report two briefings cite, and the correction that follows, following only the README.

The fixture (tests/fixtures/editor_3/) is a ferry lost off Kellport: two briefings cite the Northline News Agency's
report, one the coastguard's statement too. The next day the agency revises its report (its `arriving/` folder): a
correction note added at the top, the death toll corrected from twelve to fourteen, the harbour master's quote
reworded, the ministry's sentence deleted. The editor first saves it over the old file, as the README's developing
story says; then keeps the old version as a source of its own and adds the new one beside it; and logs the
correction, reading `changes --since` at each step.

What did not hold: `changes --since` said "citation removed" for each citation whose words the revised report no longer
holds, though every one was still written in its briefing (the editor went looking for a deletion nobody made); a
citation of the ministry's deleted sentence was offered, as its "closest passage", a rewording into words of two
sentences that share only "The" and "said" with it ("The [-transport ministry-]{+coastguard later+} said ..."), and
`accept-source` listed the three by key, out of their files' order, naming no passage near any; "12 people died, the
agency says", citing the revision's own note "An earlier version of this report said 12 people died", was built; and
the old version's page, kept beside the new, did not say a later version replaced it: a reader following a note to
"Twelve people died" was not told the agency had corrected it (`superseded_by` in sources.yaml now says so).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, copy_tree, run_build
from support import checked_fixture_project, edit, error_lines
from test_acceptnoise import commit_all
from test_serve import page_shows, serving

FIXTURE = REPO / "tests" / "fixtures" / "editor_3"
CAPSIZE = "content/ferry-capsize/briefing.yaml"
INQUIRY = "content/ferry-inquiry/briefing.yaml"
REVISED_ENTRY = ("  - id: report-revised\n    file: agency-report-revised.txt\n"
                 "    title: Northline News Agency report, 4 March 2027, corrected 5 March 2027\n"
                 "    publisher: Northline News Agency\n    date: 2027-03-05\n    sha256: TODO\n")
CORRECTION = ("  - date: 2027-03-05\n    kind: correction\n    text: Fourteen people died, the coastguard says.\n"
              "    wrong: We said twelve people died.\n")
SUPERSEDED = "    date: 2027-03-04\n    superseded_by: report-revised\n"


def read(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def changes(root: Path) -> list[str]:
    """Return what `changes --since HEAD` says, line by line."""
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    return result.out.splitlines()[1:]


def seen(markup: str) -> str:
    """Return the words of some markup, its tags left out."""
    return " ".join(re.sub(r"<[^>]+>", "", markup).replace("&#39;", "'").split())


def day_one(folder: Path) -> Path:
    """The desk on the day of the sinking: checked, built (so the build can tell moved citations) and committed."""
    desk = checked_fixture_project(FIXTURE, folder)
    assert run_build(desk).code == 0
    commit_all(desk, "day one")
    return desk


def revised_over_the_old(desk: Path) -> None:
    """Save the agency's revised report over the old file, as the README's step 5 says."""
    shutil.copy(desk / "arriving" / "agency-report.txt", desk / "seeds" / "agency-report.txt")


def recited_to(desk: Path, source: str) -> None:
    """Quote the revised report's words in the death toll and the harbour master's citations, citing `source`."""
    edit(desk / CAPSIZE, "  toll:\n    source: report\n    quote: Twelve", f"  toll:\n    source: {source}\n    quote: Fourteen")
    edit(desk / CAPSIZE, "  safe:\n    source: report\n    quote: the crossing should have been safe",
         f"  safe:\n    source: {source}\n    quote: the crossing should still have been safe")


def dropped_the_inquiry(desk: Path) -> None:
    """Remove the sentence, and its citation, whose words the revised report deleted."""
    edit(desk / INQUIRY, "The transport ministry says an inquiry will begin next week.[^inquiry] ", "")
    edit(desk / INQUIRY, "  inquiry:\n    source: report\n    quote: The transport ministry said an inquiry would "
                         "begin next week\n", "")


@pytest.fixture(scope="module")
def overwritten(tmp_path_factory) -> tuple[Path, list[str], list[str]]:
    """The revised report saved over the old one: the project, what `check` says and what `changes` says."""
    desk = day_one(tmp_path_factory.mktemp("overwritten") / "desk")
    revised_over_the_old(desk)
    checked = run_build(desk, "check")
    assert checked.code == 1 and "Traceback" not in checked.err
    return desk, error_lines(checked), changes(desk)


@pytest.fixture(scope="module")
def kept_beside(tmp_path_factory) -> tuple[Path, list[str]]:
    """The old version kept, the revised one added beside it and cited, the toll corrected and the correction logged,
    built: the project and what `changes` says."""
    desk = day_one(tmp_path_factory.mktemp("beside") / "desk")
    shutil.copy(desk / "arriving" / "agency-report.txt", desk / "seeds" / "agency-report-revised.txt")
    with (desk / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(REVISED_ENTRY)
    assert run_build(desk, "accept-source", "report-revised").code == 0
    recited_to(desk, "report-revised")
    edit(desk / CAPSIZE, "Twelve people died, the coastguard", "Fourteen people died, the coastguard")
    edit(desk / CAPSIZE, "    text: First published.\n", "    text: First published.\n" + CORRECTION)
    built = run_build(desk)
    assert built.code == 0, built.err
    return desk, changes(desk)


# --- the revised report saved over the old file ---------------------------------------------------------------------

def test_saving_the_revision_over_the_old_file_names_each_citation_whose_words_changed_and_no_other(overwritten):
    _, errors, _ = overwritten
    # 'capsized', 'aboard' and 'quay' only moved down under the new correction note: left alone.
    assert errors == [
        f"{CAPSIZE}:24: citation 'toll': quote \"Twelve people died and 31 were rescued from the water, the coastguard "
        "said\" is not in source 'report' (closest passage, line 9: [-Twelve-]{+Fourteen+} people died and … the "
        "coastguard said; [-x-] is only in the quote, {+x+} only in the source; quote the source's words as they stand)",
        f"{CAPSIZE}:30: citation 'safe': quote \"the crossing should have been safe\" is not in source 'report' "
        "(closest passage, line 11: the crossing should {+still+} have been safe; [-x-] is only in the quote, {+x+} "
        "only in the source; quote the source's words as they stand)",
        f"{INQUIRY}:18: citation 'inquiry': quote \"The transport ministry said an inquiry would begin next week\" is "
        "not in source 'report' (no passage of the source holds most of its words (the closest, line 5, shares 2 of "
        "10): check the `source` it names; if that document was revised, its publisher may have removed them: remove "
        "the citation and what it backs, or cite the earlier version kept as a source of its own)",
        "content/sources.yaml:7: source 'report': seeds/agency-report.txt has changed since its SHA-256 was recorded; "
        "3 citations still anchor where they did, 3 citations no longer anchor (listed) (check the citations listed, "
        "then run `python build.py accept-source report`)"]


def test_changes_since_says_a_citation_the_revision_unanchored_no_longer_anchors_not_that_it_was_removed(overwritten):
    _, _, lines = overwritten
    assert lines == [
        "source edited: report (Northline News Agency report, 4 March 2027)",
        "ferry-capsize: citation 'safe' (report) no longer anchors, it quoted: the crossing should have been safe (run "
        "`python build.py check`: it names the closest passage)",
        "ferry-capsize: citation 'toll' (report) no longer anchors, it quoted: Twelve people died and 31 were rescued "
        "from the water, the coastguard said (run `python build.py check`: it names the closest passage)",
        "ferry-inquiry: citation 'inquiry' (report) no longer anchors, it quoted: The transport ministry said an "
        "inquiry would begin next week (run `python build.py check`: it names the closest passage)"]


def test_accept_source_refuses_the_revision_naming_each_lost_citation_in_file_order_with_its_closest_passage(
        overwritten):
    """It listed them by key ('safe' on line 30 before 'toll' on line 24), each with "copy the exact words from the
    source; the nearest passage is named for a briefing's first 10 quotes not found", and named none."""
    result = run_build(overwritten[0], "accept-source", "report")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [
        f"{CAPSIZE}:24: citation 'toll' no longer anchors: quote \"Twelve people died and 31 were rescued from the "
        "water, the coastguard said\" is not in source 'report' (closest passage, line 9: [-Twelve-]{+Fourteen+} people "
        "died and … the coastguard said; [-x-] is only in the quote, {+x+} only in the source; quote the source's "
        "words as they stand)",
        f"{CAPSIZE}:30: citation 'safe' no longer anchors: quote \"the crossing should have been safe\" is not in "
        "source 'report' (closest passage, line 11: the crossing should {+still+} have been safe; [-x-] is only in the "
        "quote, {+x+} only in the source; quote the source's words as they stand)",
        f"{INQUIRY}:18: citation 'inquiry' no longer anchors: quote \"The transport ministry said an inquiry would "
        "begin next week\" is not in source 'report' (no passage of the source holds most of its words (the closest, "
        "line 5, shares 2 of 10): check the `source` it names; if that document was revised, its publisher may have "
        "removed them: remove the citation and what it backs, or cite the earlier version kept as a source of its own)",
        "content/sources.yaml:2: the new SHA-256 of source 'report' was not recorded: 3 citations of it no longer "
        "anchor (fix the quotes listed, then run accept-source again; or add --force to record it anyway)"]


def test_the_old_figure_left_in_the_summary_is_refused_once_the_citations_are_fixed_and_the_report_accepted(
        overwritten, tmp_path: Path):
    desk = copy_tree(overwritten[0], tmp_path / "desk")
    recited_to(desk, "report")
    dropped_the_inquiry(desk)
    moved = error_lines(run_build(desk, "check"))
    assert [line.split(" moved: ")[0] for line in moved[:2]] == [
        f"{CAPSIZE}:24: citation 'toll' of changed source 'report'", f"{CAPSIZE}:30: citation 'safe' of changed "
                                                                     "source 'report'"]
    assert run_build(desk, "accept-source", "report").code == 0
    assert error_lines(run_build(desk, "check")) == [
        f"{CAPSIZE}:5: `summary`: figure \"Twelve\" is not in the passages this sentence cites: \"Twelve people died, "
        "the coastguard says.\" (checked: \"Fourteen people died and 31 were rescued from the water, the coastguard "
        "said\") (cite the passage that gives this figure, or correct it to the source's)"]
    assert changes(desk)[1:3] == [
        "ferry-capsize: citation 'safe' re-anchored (report): the crossing should {+still+} have been safe",
        "ferry-capsize: citation 'toll' re-anchored (report): [-Twelve-]{+Fourteen+} people died and … the coastguard "
        "said"]


def test_serve_shows_the_revision_saved_over_the_old_file_on_the_page_and_recovers_once_accepted(tmp_path: Path):
    desk = day_one(tmp_path / "desk")
    with serving(desk) as server:
        revised_over_the_old(desk)
        server.wait_until(page_shows(server, "seeds/agency-report.txt has changed since its SHA-256", "ferry-capsize/"),
                          "the error page names the edited report")
        recited_to(desk, "report")
        edit(desk / CAPSIZE, "Twelve people died, the coastguard", "Fourteen people died, the coastguard")
        dropped_the_inquiry(desk)
        assert run_build(desk, "accept-source", "report").code == 0
        server.wait_until(page_shows(server, "Fourteen people died, the coastguard says.", "ferry-capsize/"),
                          "the page recovered")
        assert server.alive()


# --- the old version kept beside the new, and the correction logged -------------------------------------------------

def test_the_correction_reaches_the_home_page_and_the_feed(kept_beside):
    desk, _ = kept_beside
    home = read(desk, "index.html")
    assert seen(home.split('<ul class="corrections">')[1].split("</ul>")[0]) == (
        "Correction (The Marden capsizes off Kellport): 5 March 2027. What was wrong: We said twelve people died. What "
        "it says now: Fourteen people died, the coastguard says.")
    assert ("What was wrong: We said twelve people died. What it says now: Fourteen people died, the coastguard says."
            in read(desk, "feed.xml"))


def test_changes_since_lists_the_new_version_the_figure_the_recited_passages_and_the_log_entry(kept_beside):
    _, lines = kept_beside
    assert lines == [
        "source added: report-revised (Northline News Agency report, 4 March 2027, corrected 5 March 2027)",
        "ferry-capsize: summary reworded: The ferry Marden … on Tuesday evening. [-Twelve-]{+Fourteen+} people died, "
        "the … have been safe.",
        "ferry-capsize: citation 'safe' re-anchored (report -> report-revised): the crossing should {+still+} have "
        "been safe",
        "ferry-capsize: citation 'toll' re-anchored (report -> report-revised): [-Twelve-]{+Fourteen+} people died "
        "and … the coastguard said",
        "ferry-capsize: log entry added: 2027-03-05 correction: Fourteen people died, the coastguard says. (wrong: We "
        "said twelve people died.)",
        "ferry-inquiry: no content changes"]


def test_each_note_names_the_version_it_quotes(kept_beside):
    desk, _ = kept_beside
    notes = seen(read(desk, "ferry-capsize/index.html").split('id="notes"')[1])
    assert "capsized off Kellport on Tuesday evening — Northline News Agency report, 4 March 2027 —" in notes
    assert ("Fourteen people died and 31 were rescued from the water, the coastguard said — Northline News Agency "
            "report, 4 March 2027, corrected 5 March 2027") in notes


def test_the_old_versions_page_says_it_was_superseded_and_leads_to_the_new_one(kept_beside, tmp_path: Path):
    desk = copy_tree(kept_beside[0], tmp_path / "desk")
    edit(desk / "content" / "sources.yaml", "    date: 2027-03-04\n", SUPERSEDED)
    assert run_build(desk).code == 0
    old = read(desk, "sources/report.html")
    assert ('<p class="superseded">Superseded by: <a href="report-revised.html">Northline News Agency report, 4 March '
            "2027, corrected 5 March 2027</a>, a newer version · Published: 5 March 2027</p>") in old  # tests/test_reader_25.py
    assert ('<meta name="description" content="Source document: Northline News Agency report, 4 March 2027. Publisher: '
            "Northline News Agency. Published: 4 March 2027. Superseded by: Northline News Agency report, 4 March 2027, "
            'corrected 5 March 2027. Cited by:') in old  # a shared link's preview says so too
    assert 'class="superseded"' not in read(desk, "sources/report-revised.html")
    assert changes(desk)[0] == "source added: report-revised (Northline News Agency report, 4 March 2027, corrected 5 " \
                               "March 2027)"


@pytest.mark.parametrize("named, message", [
    ("report-revise", "source 'report': `superseded_by` names 'report-revise', no source of the library (list the "
                      "newer version as a source of its own first: did you mean 'report-revised'?)"),
    ("report", "source 'report' is `superseded_by` itself (name the id of the source holding the newer version, or "
               "remove the line)")])
def test_superseded_by_naming_no_other_source_is_refused_on_its_line(kept_beside, tmp_path: Path, named, message):
    desk = copy_tree(kept_beside[0], tmp_path / "desk")
    edit(desk / "content" / "sources.yaml", "    date: 2027-03-04\n", SUPERSEDED.replace("report-revised", named))
    result = run_build(desk, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [f"content/sources.yaml:7: {message}"]


def test_a_version_published_before_the_one_it_supersedes_is_refused(kept_beside, tmp_path: Path):
    desk = copy_tree(kept_beside[0], tmp_path / "desk")
    edit(desk / "content" / "sources.yaml", "    date: 2027-03-05\n", "    date: 2027-03-05\n    superseded_by: report\n")
    assert error_lines(run_build(desk, "check")) == [
        "content/sources.yaml:19: source 'report-revised' (published 2027-03-05) is `superseded_by` 'report', "
        "published before it (2027-03-04) (name the later version here, or correct either `date`)"]


def test_two_versions_of_one_title_are_refused_as_readers_could_not_tell_which_a_note_quotes(kept_beside,
                                                                                           tmp_path: Path):
    desk = copy_tree(kept_beside[0], tmp_path / "desk")
    edit(desk / "content" / "sources.yaml", "4 March 2027, corrected 5 March 2027", "4 March 2027")
    assert run_build(desk, "check").code == 0  # two documents may share a title
    edit(desk / "content" / "sources.yaml", "    date: 2027-03-04\n", SUPERSEDED)
    assert error_lines(run_build(desk, "check")) == [
        "content/sources.yaml:7: source 'report' and 'report-revised', the version superseding it, have one title, "
        "'Northline News Agency report, 4 March 2027': a note names its source by title alone, and readers could not "
        "tell which version it quotes (add what sets it apart to the newer version's `title`: ', corrected' and its "
        "date)"]


def test_the_old_figure_given_as_the_agencys_word_now_from_its_correction_note_is_refused(kept_beside,
                                                                                        tmp_path: Path):
    """The correction note's "An earlier version of this report said 12 people died" backed "12 people died, the agency
    says." in a briefing that logged no correction: "says" was read as keeping the figure as what was said then."""
    desk = copy_tree(kept_beside[0], tmp_path / "desk")
    edit(desk / INQUIRY, "summary: |\n", "summary: |\n  12 people died, the agency says.[^was]\n")
    edit(desk / INQUIRY, "citations:\n", "citations:\n  was:\n    source: report-revised\n"
                                         "    quote: An earlier version of this report said 12 people died\n")
    assert error_lines(run_build(desk, "check")) == [
        f"{INQUIRY}:3: `summary`: this sentence states 12 as current, but its cited passages name it as revised or "
        "wrong ('earlier version of this report said 12'): \"12 people died, the agency says.\" (give the revised "
        "figure, or say it was the earlier one (\"initially\", \"the first report gave\"))"]
    edit(desk / INQUIRY, "12 people died, the agency says.", "12 people died, the agency first said.")
    assert run_build(desk, "check").code == 0

