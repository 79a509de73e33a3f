"""An editor's week on a developing story, following only the README: what misled, what went stale, what held.

The fixture (tests/fixtures/editor_1/) is a merger story on its first day: Harbour Foods' press release and the Dairy
Workers Union's statement; the competition authority's notice arrives mid-week (its `arriving/` folder). Day by day
the third source, a corrected figure, a quote changed, a citation key renamed, a cited source deleted, a second
briefing on a shared source, then that briefing retired, in the live preview too.

What did not hold: `changes --since`, which the README offers to help write the log entry, said "no content changes"
for a summary corrected, and named no citation added, removed or renamed, no caveat reworded, no title or status
changed and no source removed; a correction could be logged while the summary still stated the figure it took back
(the home page showed "What was wrong: ... 2,300 employees" under a summary saying 2,300 employees); a citation key
renamed made a claim citing the old one three errors, two of them saying it "cites nothing"; a new source's `file:`
mistyped (`cma_notice.txt` for the `cma-notice.txt` just saved) said only "does not exist"; and a misquote's error
showed the difference without saying what to do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, error_lines
from test_acceptnoise import commit_all
from test_serve import fetch, page_shows, serving

FIXTURE = REPO / "tests" / "fixtures" / "editor_1"
SLUG = "northvale-sale"
BRIEFING = f"content/{SLUG}/briefing.yaml"
CLAIMS = f"content/{SLUG}/claims.yaml"
CMA_ENTRY = ("  - id: cma\n    file: cma-notice.txt\n    title: Competition and Markets Authority notice, 7 May 2026\n"
             "    publisher: Competition and Markets Authority\n    date: 2026-05-07\n    sha256: TODO\n")
OLD_SIZE = "The combined group would have 2,300 employees.[^size]"
NEW_SIZE = "The combined business would have 2,600 employees, the Competition and Markets Authority says.[^size]"
CORRECTION = ("  - date: 2026-05-07\n    kind: correction\n"
              "    text: The combined business would have 2,600 employees, the Competition and Markets Authority "
              "says.\n"
              "    wrong: We said the combined group would have 2,300 employees.\n")


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """The newsroom's project on day one, checked once."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def third_source_arrives(root: Path) -> None:
    """Save the authority's notice in seeds/ and list it in the library with its placeholder, as the README says."""
    shutil.copy(root / "arriving" / "cma-notice.txt", root / "seeds" / "cma-notice.txt")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(CMA_ENTRY)


def corrected(root: Path, summary: str = NEW_SIZE) -> None:
    """The third source accepted, the summary's figure re-cited to it as `summary`, and the correction logged."""
    third_source_arrives(root)
    assert run_build(root, "accept-source", "cma").code == 0
    edit(root / BRIEFING, OLD_SIZE, summary)
    edit(root / BRIEFING, "    source: release\n    quote: with 2,300 employees and 14 processing sites\n",
         "    source: cma\n    quote: The combined business would have 2,600 employees\n")
    edit(root / BRIEFING, "    text: First published.\n", "    text: First published.\n" + CORRECTION)


def read(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


# --- the third source: its SHA-256 -----------------------------------------------------------------------------------

def test_a_new_source_left_as_todo_names_the_command_that_records_it(desk: Path):
    third_source_arrives(desk)
    result = run_build(desk, "check")
    assert result.code == 1
    assert error_lines(result) == ["content/sources.yaml:19: sources[2].sha256: 'TODO' is not in the expected form "
                                   "(run `python build.py accept-source cma` to record it)"]
    assert run_build(desk, "accept-source", "cma").code == 0
    assert run_build(desk, "check").code == 0


def test_a_new_sources_file_name_mistyped_is_named_with_the_file_meant(desk: Path):
    third_source_arrives(desk)
    edit(desk / "content" / "sources.yaml", "file: cma-notice.txt", "file: cma_notice.txt")
    missing = ("content/sources.yaml:15: source 'cma': file 'seeds/cma_notice.txt' does not exist (did you mean "
               "'cma-notice.txt'? seeds/ holds it, and no source names it)")
    assert error_lines(run_build(desk, "accept-source", "cma")) == [missing]
    edit(desk / "content" / "sources.yaml", "sha256: TODO", "sha256: " + "a" * 64)  # a digest pasted by hand
    assert error_lines(run_build(desk, "check")) == [missing]


# --- a corrected figure ----------------------------------------------------------------------------------------------

def test_a_correction_reaches_the_page_the_home_page_the_feed_and_the_download(desk: Path):
    corrected(desk)
    assert run_build(desk).code == 0
    wrong, now = "We said the combined group would have 2,300 employees.", CORRECTION.split("text: ")[1].split("\n")[0]
    for page in (f"{SLUG}/index.html", "index.html", "feed.xml", "feed.html"):
        text = read(desk, page)
        assert wrong in text and now in text, page
    log = json.loads(read(desk, f"{SLUG}/data/briefing.json"))["briefing"]["updates"]
    assert log[-1] == {"date": "2026-05-07", "kind": "correction", "text": now, "wrong": wrong, "corrects": []}
    assert "2,300" not in read(desk, f"{SLUG}/index.html").replace(wrong, "")  # the wrong figure is only in the log


def test_a_correction_logged_while_the_summary_still_states_the_old_figure_is_refused(desk: Path):
    # The editor logs the correction and re-cites the figure, but leaves the summary's sentence as it was.
    corrected(desk, summary="The combined group would have 2,300 employees.[^was][^size]")
    edit(desk / BRIEFING, "citations:\n", "citations:\n  was:\n    source: release\n"
                                          "    quote: with 2,300 employees and 14 processing sites\n")
    assert error_lines(run_build(desk, "check")) == [
        f"{BRIEFING}:6: `summary` still states \"2,300 employees\", which the correction of 2026-05-07 ({BRIEFING}:20) "
        "says was wrong: We said the combined group would have 2,300 employees. (write there what the correction says "
        "now, or keep what was said then as a claim citing its report)"]


def test_the_summary_may_tell_the_change_and_a_claim_keep_what_the_first_report_said(desk: Path):
    corrected(desk, summary="The combined business would have 2,600 employees, the Competition and Markets Authority "
                            "says, not 2,300 employees as Harbour Foods said.[^size][^was]")
    edit(desk / BRIEFING, "citations:\n", "citations:\n  was:\n    source: release\n"
                                          "    quote: with 2,300 employees and 14 processing sites\n")
    edit(desk / CLAIMS, "        cite: [union-jobs]\n", "        cite: [union-jobs]\n"
         "      - id: size-first\n        claimant: Harbour Foods\n        parties: [harbour]\n"
         "        says: The combined group would have 2,300 employees.\n"
         "        figures:\n          - {measure: Employees, value: 2300}\n        status: claim\n"
         "        cite: [was]\n")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# --- a quote changed, a key renamed, a cited source deleted ----------------------------------------------------------

def test_a_quote_no_longer_in_its_source_is_one_line_showing_the_difference(desk: Path):
    edit(desk / f"content/{SLUG}/quotes.yaml", "share the same values", "share the same vision")
    assert error_lines(run_build(desk, "check")) == [
        f"content/{SLUG}/quotes.yaml:6: citation 'calder': quote \"This is a merger of two family businesses that "
        "share the same vision\" is not in source 'release' (closest passage, line 9: This is a … share the same "
        "[-vision-]{+values+}; [-x-] is only in the quote, {+x+} only in the source; quote the source's words as "
        "they stand)"]


def test_a_renamed_citation_key_is_one_error_where_the_old_one_is_still_cited(desk: Path):
    edit(desk / BRIEFING, "  union-jobs:\n", "  union-job-fears:\n")
    assert error_lines(run_build(desk, "check")) == [
        f"{BRIEFING}:6: citation marker [^union-jobs] names no citation of this briefing (did you mean "
        f"'union-job-fears' (defined in {BRIEFING})?)",
        f"{BRIEFING}:21: citation 'union-job-fears' is never used (cite it with [^union-job-fears] or in a `cite` "
        "list, or delete it)",
        f"{CLAIMS}:16: `cite` entry 'union-jobs' names no citation of this briefing (did you mean 'union-job-fears' "
        f"(defined in {BRIEFING})?)"]


def test_a_source_deleted_while_still_cited_is_one_line_naming_the_citations(desk: Path):
    library = desk / "content" / "sources.yaml"
    library.write_text(library.read_text(encoding="utf-8").split("  - id: union")[0], encoding="utf-8")
    assert error_lines(run_build(desk, "check")) == [
        f"{BRIEFING}:22: citation 'union-jobs': unknown source 'union' (use one of the ids in content/sources.yaml: "
        "release)"]


# --- changes --since: what the day changed, for the log entry ------------------------------------------------------

def test_changes_since_names_the_summary_reworded_and_the_citations_and_source_added(desk: Path):
    commit_all(desk, "day one")
    corrected(desk)
    result = run_build(desk, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "changes since HEAD:",
        "source added: cma (Competition and Markets Authority notice, 7 May 2026)",
        f"{SLUG}: summary reworded: Harbour Foods says … jobs. The combined [-group-]{{+business+}} would have "
        "[-2,300 employees.-]{+2,600 employees, the Competition and Markets Authority says.+}",
        f"{SLUG}: citation 'size' re-anchored (release -> cma): [-with 2,300-]{{+The combined business would have "
        "2,600+} employees [-and 14 processing sites-]",
        f"{SLUG}: log entry added: 2026-05-07 correction: The combined business would have 2,600 employees, the "
        "Competition and Markets Authority says. (wrong: We said the combined group would have 2,300 employees.)"]


def test_changes_since_names_a_key_renamed_a_citation_removed_a_caveat_reworded_title_status_and_a_source(desk: Path):
    third_source_arrives(desk)
    assert run_build(desk, "accept-source", "cma").code == 0
    commit_all(desk, "day three")
    shutil.copy(FIXTURE / "content" / "sources.yaml", desk / "content" / "sources.yaml")  # the notice withdrawn
    (desk / "seeds" / "cma-notice.txt").unlink()
    edit(desk / BRIEFING, "  union-jobs:\n", "  union-job-fears:\n")
    edit(desk / BRIEFING, "[^union-jobs]", "[^union-job-fears]")
    edit(desk / CLAIMS, "cite: [union-jobs]", "cite: [union-job-fears]")
    edit(desk / BRIEFING, f" {OLD_SIZE}", "")
    edit(desk / BRIEFING, "  size:\n    source: release\n    quote: with 2,300 employees and 14 processing sites\n", "")
    edit(desk / BRIEFING, "title: Harbour Foods to buy", "title: Harbour Foods buys")
    edit(desk / BRIEFING, "status: live", "status: archived")
    edit(desk / f"content/{SLUG}/caveats.yaml", "Only Harbour Foods gives", "Harbour Foods alone gives")
    assert run_build(desk, "check").code == 0
    lines = run_build(desk, "changes", "--since", "HEAD").out.splitlines()
    assert lines == [
        "changes since HEAD:",
        "source removed: cma (Competition and Markets Authority notice, 7 May 2026)",
        f"{SLUG}: title: Harbour Foods to buy Northvale Dairies -> Harbour Foods buys Northvale Dairies",
        f"{SLUG}: status: live -> archived",
        f"{SLUG}: summary reworded: Harbour Foods says … to 300 jobs. [-The combined group would have 2,300 "
        "employees.-]",
        f"{SLUG}: caveat 1 reworded: [-Only-] Harbour Foods {{+alone+}} gives the price.",
        f"{SLUG}: citation renamed: 'union-jobs' -> 'union-job-fears' (union)",
        f"{SLUG}: citation removed: 'size' (release): with 2,300 employees and 14 processing sites"]


# --- a second briefing on a shared source, then retired ---------------------------------------------------------------

SECOND = """title: Union asks regulator to review dairy sale
summary: |
  The Dairy Workers Union said it would ask the Competition and Markets Authority to review the deal.[^ask]
parties:
  - id: union
    name: Dairy Workers Union
  - id: harbour
    name: Harbour Foods
updates:
  - date: 2026-05-08
    kind: update
    text: First published.
citations:
  ask:
    source: union
    quote: it would ask the Competition and Markets Authority to review the deal
"""


def test_a_shared_source_lists_both_briefings_and_a_retired_one_leaves_every_page(desk: Path):
    (desk / "content" / "union-review").mkdir()
    (desk / "content" / "union-review" / "briefing.yaml").write_text(SECOND, encoding="utf-8")
    assert run_build(desk).code == 0
    shared = read(desk, "sources/union.html")
    assert 'href="../northvale-sale/"' in shared and 'href="../union-review/"' in shared
    everywhere = ("index.html", "feed.xml", "feed.html", "sitemap.xml", "data/briefings.json", "sources/union.html")
    assert all("union-review" in read(desk, page) for page in everywhere)
    shutil.rmtree(desk / "content" / "union-review")  # retired
    assert run_build(desk).code == 0
    assert [page for page in everywhere if "union-review" in read(desk, page)] == []
    assert not (desk / "site" / "union-review").exists()
    assert 'href="../northvale-sale/"' in read(desk, "sources/union.html")


# --- the same week in the live preview -------------------------------------------------------------------------------

def test_the_preview_shows_a_stale_correction_where_it_is_then_the_fixed_page_and_a_retired_briefing_gone(desk: Path):
    (desk / "content" / "union-review").mkdir()
    (desk / "content" / "union-review" / "briefing.yaml").write_text(SECOND, encoding="utf-8")
    with serving(desk) as server:
        assert fetch(server.url + "union-review/")[0] == 200
        corrected(desk, summary="The combined group would have 2,300 employees.[^was][^size]")  # the fix forgotten
        edit(desk / BRIEFING, "citations:\n", "citations:\n  was:\n    source: release\n"
                                              "    quote: with 2,300 employees and 14 processing sites\n")
        server.wait_until(page_shows(server, f"{BRIEFING}:6:", f"{SLUG}/"), "the error page names the summary's line")
        edit(desk / BRIEFING, "The combined group would have 2,300 employees.[^was][^size]", NEW_SIZE)
        edit(desk / BRIEFING, "  was:\n    source: release\n    quote: with 2,300 employees and 14 processing sites\n",
             "")
        server.wait_until(page_shows(server, "2,600 employees, the Competition", f"{SLUG}/"), "the page recovered")
        shutil.rmtree(desk / "content" / "union-review")
        server.wait_until(lambda: fetch(server.url + "union-review/")[0] == 404, "the retired briefing's page went")
        assert "union-review" not in fetch(server.url)[1] and "union-review" not in fetch(server.url + "feed.xml")[1]
        assert server.alive()
