"""An editor's month on several briefings that share sources, following only the README: what misled, what held.

The fixture (tests/fixtures/editor_2/) is a port strike on its first days: two briefings, the walkout and the port's
plan to go to court, both citing the port authority's and the dockers' union's statements. The High Court's notice
arrives later (its `arriving/` folder), then its revised version, which moves the hearing: the editor adds it beside
the first, starts a third briefing with `new`, cites one passage of a shared source from two briefings, corrects the
hearing's date, renames the court briefing's folder, retires one, and reads `changes --since` after each step.

What did not hold: a clarification logged the day after a correction hid the correction from the home page (only the
log's latest day's corrections were listed); a log entry dated 2062 for 2026 was built without a word, the briefing
"last updated" in 2062 and first on the home page for decades; `changes --since` said "briefing removed" and "new
briefing" for a folder renamed, and "no content changes" for a day that logged a clarification or an update; and a
folder renamed lost its published address, its feed entries coming again as new ones (site.yaml's `moved` keeps both).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, run_build, tree_digest
from support import checked_fixture_project, edit, error_lines
from test_acceptnoise import commit_all

FIXTURE = REPO / "tests" / "fixtures" / "editor_2"
COURT = "content/strike-in-court/briefing.yaml"
COURT_ENTRY = ("  - id: court\n    file: court-notice.txt\n    title: High Court notice, 9 November 2026\n"
               "    publisher: High Court\n    date: 2026-11-09\n    sha256: TODO\n")
REVISED_ENTRY = ("  - id: court-revised\n    file: court-notice-revised.txt\n"
                 "    title: High Court revised notice, 12 November 2026\n    publisher: High Court\n"
                 "    date: 2026-11-12\n    sha256: TODO\n")
# The union's "stay out" passage, which strike-injunction cites too.
COURT_BRIEFING = """title: "Court to hear port's case on 16 November"
summary: |
  The High Court will hear the port authority's application for an injunction on 16 November.[^hearing] The union
  says it will stay out until the port pays what the work is worth.[^stay]
status: live
parties:
  - id: authority
    name: Eastmere Port Authority
  - id: union
    name: Eastmere Dockers Union
updates:
  - date: 2026-11-09
    kind: update
    text: First published.
citations:
  hearing:
    source: court
    quote: "The High Court will hear the port authority's application for an injunction on 16 November."
  stay:
    source: union
    quote: We will stay out until the port pays what the work is worth
"""
LEAVES = ("renamed from strike-in-court (the address strike-in-court/ leaves the site: add `strike-in-court: "
          "injunction-hearing` under `moved:` in content/site.yaml to keep it)")
UPDATE_AND_CORRECTION = """  - date: 2026-11-12
    kind: update
    text: Added the High Court's revised notice of 12 November.
  - date: 2026-11-12
    kind: correction
    text: The High Court will hear the case on 19 November.
    wrong: We said the hearing was on 16 November.
"""
CLARIFICATION = """  - date: 2026-11-13
    kind: clarification
    text: The revised notice replaces the notice of 9 November.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """The newsroom's project on its first days, checked once."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def arrives(root: Path, name: str, entry: str, source_id: str) -> None:
    """Save an arriving document in seeds/, list it with its placeholder and accept it, as the README says."""
    shutil.copy(root / "arriving" / name, root / "seeds" / name)
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(entry)
    accepted = run_build(root, "accept-source", source_id)
    assert accepted.code == 0, accepted.err


def court_briefing(root: Path) -> None:
    """The court's notice arrives; the court briefing is started with `new` and written."""
    arrives(root, "court-notice.txt", COURT_ENTRY, "court")
    started = run_build(root, "new", "strike-in-court", "--title", "Court to hear port's case on 16 November",
                        "--source", "court")
    assert started.code == 0, started.err
    (root / COURT).write_text(COURT_BRIEFING, encoding="utf-8")


def hearing_moved(root: Path) -> None:
    """The revised notice arrives beside the first; the hearing's date is re-cited to it, updated and corrected."""
    arrives(root, "court-notice-revised.txt", REVISED_ENTRY, "court-revised")
    edit(root / COURT, "case on 16 November", "case on 19 November")
    edit(root / COURT, "injunction on 16 November.[^hearing]", "injunction on 19 November, its revised notice says."
                                                                "[^hearing]")
    edit(root / COURT, "    source: court\n    quote: \"The High Court will hear the port authority's application "
                       "for an injunction on 16 November.\"",
         "    source: court-revised\n    quote: \"The High Court will hear the port authority's application "
         "for an injunction on 19 November.\"")
    edit(root / COURT, "    text: First published.\n", "    text: First published.\n" + UPDATE_AND_CORRECTION)


def changes(root: Path) -> list[str]:
    """Return what `changes --since HEAD` says, line by line."""
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    return result.out.splitlines()[1:]


def read(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def seen(markup: str) -> str:
    """Return the words a sighted reader sees of some markup (what is for screen readers alone left out)."""
    shown = re.sub(r'<span class="visually-hidden">(?:<span[^>]*>[^<]*</span>|[^<])*</span>', "", markup)
    return " ".join(re.sub(r"<[^>]+>", "", shown).replace("&#39;", "'").split())


def home_corrections(root: Path) -> str:
    """Return what the home page lists as corrections, as a reader sees it ("" for none)."""
    home = read(root, "index.html")
    return seen(home.split('<ul class="corrections">')[1].split("</ul>")[0]) if 'class="corrections"' in home else ""


# --- week one: a source arrives, a briefing is started, a passage is cited from two briefings ---------------------

def test_a_new_briefing_on_the_arriving_notice_shares_a_passage_with_another_and_changes_says_so(desk: Path):
    commit_all(desk, "week one")
    court_briefing(desk)
    assert run_build(desk).code == 0
    union = read(desk, "sources/union.html")
    shared = re.findall(r'href="\.\./([a-z-]+)/#(note-union-[0-9-]+)"', union)
    assert [slug for slug, note in shared if note == shared[-1][1]] == ["strike-in-court", "strike-injunction"]
    assert changes(desk) == ["source added: court (High Court notice, 9 November 2026)",
                             "eastmere-strike: no content changes", "strike-in-court: new briefing",
                             "strike-injunction: no content changes"]


# --- the revised notice: an update and a correction, on the home page and in the feed -----------------------------

def test_the_revised_notice_beside_the_first_brings_an_update_and_a_correction_to_home_page_and_feed(desk: Path):
    court_briefing(desk)
    commit_all(desk, "the court's notice")
    hearing_moved(desk)
    assert run_build(desk).code == 0
    assert home_corrections(desk) == ("Correction: 12 November 2026. What was wrong: We said the hearing was on 16 "
                                      "November. What it says now: The High Court will hear the case on 19 November.")
    feed = read(desk, "feed.xml")
    assert "Update: Court to hear port's case on 19 November — Added the High Court's revised" in feed.replace(
        "&#39;", "'")
    assert "What was wrong: We said the hearing was on 16 November." in feed
    assert changes(desk) == [
        "source added: court-revised (High Court revised notice, 12 November 2026)",
        "eastmere-strike: no content changes",
        "strike-in-court: title: Court to hear port's case on 16 November -> Court to hear port's case on 19 November",
        "strike-in-court: summary reworded: The High Court … an injunction on [-16 November.-]{+19 November, its "
        "revised notice says.+} The union says … work is worth.",
        "strike-in-court: citation 'hearing' re-anchored (court -> court-revised): The High Court … an injunction on "
        "[-16-]{+19+} November.",
        "strike-in-court: log entry added: 2026-11-12 update: Added the High Court's revised notice of 12 November.",
        "strike-in-court: log entry added: 2026-11-12 correction: The High Court will hear the case on 19 November. "
        "(wrong: We said the hearing was on 16 November.)",
        "strike-injunction: no content changes"]


def test_a_clarification_logged_after_a_correction_leaves_the_correction_on_the_home_page(desk: Path):
    court_briefing(desk)
    hearing_moved(desk)
    edit(desk / COURT, UPDATE_AND_CORRECTION, UPDATE_AND_CORRECTION + CLARIFICATION)
    assert run_build(desk).code == 0
    # The correction keeps its own day; "Last updated" is the clarification's.
    assert home_corrections(desk) == ("Correction: 12 November 2026. What was wrong: We said the hearing was on 16 "
                                      "November. What it says now: The High Court will hear the case on 19 November.")
    page = read(desk, "strike-in-court/index.html")
    assert '<time datetime="2026-11-13">13 November 2026</time>' in page.split('<p class="dates">')[1].split("</p>")[0]
    assert '<a href="#update-2026-11-12-2">What was corrected</a>' in page


def test_a_later_correction_takes_the_place_of_the_earlier_days_on_the_home_page(desk: Path):
    court_briefing(desk)
    hearing_moved(desk)
    edit(desk / COURT, UPDATE_AND_CORRECTION, UPDATE_AND_CORRECTION + CLARIFICATION +
         "  - date: 2026-11-14\n    kind: correction\n    text: The union's secretary is Ana Roper.\n"
         "    wrong: We named no secretary.\n")
    assert run_build(desk).code == 0
    assert home_corrections(desk) == ("Correction: 14 November 2026. What was wrong: We named no secretary. What it "
                                      "says now: The union's secretary is Ana Roper.")


# --- a year mistyped in the log ------------------------------------------------------------------------------------

def test_a_log_entry_dated_2062_for_2026_is_refused_on_its_line_and_the_site_kept(desk: Path):
    court_briefing(desk)
    hearing_moved(desk)
    assert run_build(desk).code == 0
    before = tree_digest(desk / "site")
    edit(desk / COURT, UPDATE_AND_CORRECTION, UPDATE_AND_CORRECTION + CLARIFICATION.replace("2026-11-13", "2062-11-13"))
    result = run_build(desk)
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [
        f"{COURT}:22: log entry dated 2062-11-13, over 10 years after every other log entry of the site (the latest: "
        "2026-11-12): every page would show it as the briefing's last update, first on the home page until then "
        "(correct the year)"]
    assert tree_digest(desk / "site") == before


def test_a_briefing_on_reports_of_years_ago_is_no_typo(desk: Path):
    shutil.rmtree(desk / "content" / "strike-injunction")  # the site's one log entry, 25 years after its sources
    library = desk / "content" / "sources.yaml"
    library.write_text(library.read_text(encoding="utf-8").replace("date: 2026-11-02", "date: 2001-11-02"),
                       encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_briefings_retired_together_years_later_are_no_typo(desk: Path):
    retired = "  - date: 2040-01-10\n    kind: update\n    text: This briefing is no longer updated.\n"
    for slug in ("eastmere-strike", "strike-injunction"):
        briefing = desk / "content" / slug / "briefing.yaml"
        edit(briefing, "status: live", "status: archived")
        edit(briefing, "    text: First published.\n", "    text: First published.\n" + retired)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# --- a folder renamed, a briefing retired: what changes --since says -----------------------------------------------

def test_changes_since_reports_a_renamed_folder_as_a_rename_with_what_else_changed(desk: Path):
    court_briefing(desk)
    commit_all(desk, "the court's notice")
    subprocess.run(["git", "-C", str(desk), "mv", "content/strike-in-court", "content/injunction-hearing"], check=True)
    assert run_build(desk).code == 0
    assert not (desk / "site" / "strike-in-court").exists()
    assert changes(desk) == [
        "eastmere-strike: no content changes",
        f"injunction-hearing: {LEAVES}",
        "strike-injunction: no content changes"]
    edit(desk / "content/injunction-hearing/briefing.yaml", "title: \"Court to hear port's case on 16 November\"",
         "title: The High Court hearing")
    assert changes(desk)[1:3] == [
        f"injunction-hearing: {LEAVES}",
        "injunction-hearing: title: Court to hear port's case on 16 November -> The High Court hearing"]


def feed_ids(root: Path) -> list[str]:
    return re.findall(r"<id>(urn:uuid:[^<]*)</id>", read(root, "feed.xml"))


def test_a_renamed_briefing_listed_under_moved_keeps_its_old_address_and_its_feed_entries(desk: Path):
    court_briefing(desk)
    assert run_build(desk).code == 0
    published = feed_ids(desk)
    commit_all(desk, "the court's notice")
    subprocess.run(["git", "-C", str(desk), "mv", "content/strike-in-court", "content/injunction-hearing"], check=True)
    with (desk / "content" / "site.yaml").open("a", encoding="utf-8") as site:
        site.write("moved:\n  strike-in-court: injunction-hearing\n")
    assert run_build(desk).code == 0
    assert feed_ids(desk) == published  # a feed reader takes none of them for new
    old = read(desk, "strike-in-court/index.html")
    assert '<meta http-equiv="refresh" content="0; url=../injunction-hearing/">' in old
    assert '<link rel="canonical" href="https://desk.example.org/injunction-hearing/">' in old
    assert '<a href="../injunction-hearing/" data-moved>Court to hear port&#39;s case on 16 November</a>' in old
    sitemap = read(desk, "sitemap.xml")
    assert "/injunction-hearing/" in sitemap and "strike-in-court" not in sitemap
    assert changes(desk)[1] == ("injunction-hearing: renamed from strike-in-court (its old address leads to it: "
                                "site.yaml's `moved`)")


def test_a_moved_line_naming_no_briefing_or_a_briefings_own_folder_is_refused(desk: Path):
    with (desk / "content" / "site.yaml").open("a", encoding="utf-8") as site:
        site.write("moved:\n  strike-in-court: eastmere-strikes\n  strike-injunction: eastmere-strike\n"
                   "  static: eastmere-strike\n")
    assert error_lines(run_build(desk, "check")) == [
        "content/site.yaml:6: moved: 'strike-in-court' leads to 'eastmere-strikes', no briefing's folder (write the "
        "folder's name now: did you mean 'eastmere-strike'?)",
        "content/site.yaml:7: moved: 'strike-injunction' is the folder of a briefing (content/strike-injunction/), "
        "whose address it is (remove this line, or rename that folder)",
        "content/site.yaml:8: moved: 'static' is a folder of the site's own, never a briefing's (write the briefing "
        "folder's former name)"]


def test_a_briefing_removed_and_an_unlike_one_made_are_no_rename(desk: Path):
    commit_all(desk, "week one")
    shutil.rmtree(desk / "content" / "strike-injunction")
    court_briefing(desk)
    edit(desk / COURT, "  stay:\n    source: union\n    quote: We will stay out until the port pays what the work is "
                       "worth\n", "")
    edit(desk / COURT, " The union\n  says it will stay out until the port pays what the work is worth.[^stay]", "")
    assert changes(desk) == ["source added: court (High Court notice, 9 November 2026)",
                             "strike-injunction: briefing removed", "eastmere-strike: no content changes",
                             "strike-in-court: new briefing"]


def test_changes_since_names_the_log_entries_of_a_briefing_retired(desk: Path):
    commit_all(desk, "week one")
    briefing = desk / "content" / "strike-injunction" / "briefing.yaml"
    edit(briefing, "status: live", "status: archived")
    edit(briefing, "    text: First published.\n", "    text: First published.\n  - date: 2026-11-20\n"
                                                   "    kind: update\n    text: This briefing is no longer updated.\n")
    edit(desk / "content" / "eastmere-strike" / "briefing.yaml", "text: First published.", "text: First published "
                                                                                          "on 2 November.")
    assert changes(desk) == [
        "eastmere-strike: log entry 2026-11-02 reworded: update: First [-published.-]{+published on 2 November.+}",
        "strike-injunction: status: live -> archived",
        "strike-injunction: log entry added: 2026-11-20 update: This briefing is no longer updated."]
    assert run_build(desk).code == 0
    assert 'status-archived">Archived</span>' in read(desk, "index.html")


def test_edits_to_site_yaml_are_named_by_changes(desk: Path):
    """A new site name, description, about text or base address reaches every page, the home page or the feed:
    `changes --since` names each (it said "no content changes" in every briefing), and a former address in `moved`
    that no renamed briefing's line names."""
    commit_all(desk, "the desk")
    edit(desk / "content/site.yaml", "title: Eastmere desk", "title: Eastmere explained")
    edit(desk / "content/site.yaml", "on the Eastmere port strike.", "on the Eastmere port strike and its courts.")
    edit(desk / "content/site.yaml", "https://desk.example.org/", "https://explained.example.org/")
    with (desk / "content" / "site.yaml").open("a", encoding="utf-8") as site:
        site.write("about: Written by the desk.\nmoved:\n  old-strike: eastmere-strike\n")
    assert changes(desk)[:5] == [
        "site.yaml: title: Eastmere desk -> Eastmere explained",
        "site.yaml: description: Cited explainers on the Eastmere port [-strike.-]{+strike and its courts.+}",
        "site.yaml: about: {+Written by the desk.+}",
        "site.yaml: base_url: https://desk.example.org/ -> https://explained.example.org/",
        "site.yaml: moved added: old-strike -> eastmere-strike"]
    assert changes(desk)[5:] == ["eastmere-strike: no content changes", "strike-injunction: no content changes"]
