"""A microsite of three fictional briefings sharing two sources, checked by parsing its output."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import REPO, copy_templates, copy_tree, run_build, tree_digest
from explainer import cli

MICROSITE = REPO / "tests" / "fixtures" / "microsite"
ATOM = "{http://www.w3.org/2005/Atom}"
SLUGS = ("bridge-dispute", "council-vote", "harbour-strike")


class Links(HTMLParser):
    """Collects links, ids, marks (with the links that follow each) and the home page's entries."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.marks: dict[str, list[str]] = {}
        self.entries: list[dict] = []
        self._mark: str | None = None
        self._text: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "mark" and attrs.get("id"):
            self._mark = attrs["id"]
            self.marks[self._mark] = []
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
            if self._mark and "backlink" in attrs.get("class", ""):
                self.marks[self._mark].append(attrs["href"])
        if tag == "li" and "briefing-entry" in attrs.get("class", ""):
            self.entries.append({"times": []})
            self._text = []
        if tag == "time" and self.entries and self._text is not None:
            self.entries[-1]["times"].append(attrs["datetime"])
        if tag == "a" and self._text is not None and "href" not in self.entries[-1]:
            self.entries[-1]["href"] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "li" and self._text is not None:
            self.entries[-1]["text"] = " ".join("".join(self._text).split())
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)
        if self._mark and data.strip() and not self.marks[self._mark]:
            pass


def microsite(target: Path) -> Path:
    """Copy the fixture microsite with the real templates and assets into `target`."""
    copy_tree(MICROSITE, target)
    copy_templates(target)
    copy_tree(REPO / "static", target / "static")
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = microsite(tmp_path_factory.mktemp("microsite") / "project")
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def test_the_home_page_lists_every_briefing_most_recently_updated_first(site: Path):
    home = Links((site / "index.html").read_text(encoding="utf-8"))
    assert [entry["href"] for entry in home.entries] == ["bridge-dispute/", "council-vote/", "harbour-strike/"]
    dates = {entry["href"]: entry["times"] for entry in home.entries}
    assert dates == {"bridge-dispute/": ["2026-05-08", "2026-05-09"], "council-vote/": ["2026-05-07", "2026-05-07"],
                     "harbour-strike/": ["2026-05-04", "2026-05-06", "2026-05-06"]}  # and its correction's
    texts = {entry["href"]: entry["text"] for entry in home.entries}
    assert "Archived" in texts["council-vote/"] and "Live" in texts["harbour-strike/"]
    # The summary is plain text: no footnote markers.
    assert "The council voted for a harbour levy, eleven to four." in texts["council-vote/"]
    assert "[" not in texts["council-vote/"]
    for entry in home.entries:
        assert (site / entry["href"] / "index.html").is_file()


def test_each_briefing_links_home_and_to_its_downloads(site: Path):
    for slug in SLUGS:
        page = Links((site / slug / "index.html").read_text(encoding="utf-8"))
        assert "../" in page.links
        for href in ("data/briefing.json", "data/claims.csv", "data/comparisons.csv", "../feed.html"):
            assert href in page.links
            assert (site / slug / href).resolve().is_file()


def test_a_shared_source_page_marks_every_briefings_passages_with_links_back(site: Path):
    minutes = Links((site / "sources" / "minutes.html").read_text(encoding="utf-8"))
    backlinks = [href for hrefs in minutes.marks.values() for href in hrefs]
    assert {href.split("#")[0] for href in backlinks} == {"../", "../bridge-dispute/", "../council-vote/"}
    # The vote is cited by a briefing and by the home page: one mark, a link back to each.
    vote = next(hrefs for hrefs in minutes.marks.values() if "../council-vote/" in {h.split("#")[0] for h in hrefs})
    assert {href.split("#")[0] for href in vote} == {"../", "../council-vote/"}
    for href in backlinks:
        folder, fragment = href.split("#")
        target = Links((site / "sources" / folder / "index.html").resolve().read_text(encoding="utf-8"))
        assert fragment in target.ids
    for slug in ("bridge-dispute", "council-vote"):
        assert f"../{slug}/" in minutes.links  # "Cited by"


def test_the_source_page_links_to_the_original_when_known(site: Path):
    courier = (site / "sources" / "courier.html").read_text(encoding="utf-8")
    assert '<a href="https://courier.example/strike" rel="noopener noreferrer">' in courier
    assert "https://" not in (site / "sources" / "minutes.html").read_text(encoding="utf-8").split("<main")[1]


def test_every_footnote_of_every_briefing_lands_on_a_mark(site: Path):
    for slug in SLUGS:
        page = Links((site / slug / "index.html").read_text(encoding="utf-8"))
        notes = [href for href in page.links if href.startswith("../sources/") and "#" in href]
        assert notes
        for href in notes:
            path, fragment = href.split("#")
            source = Links((site / slug / path).resolve().read_text(encoding="utf-8"))
            assert fragment in source.marks, href


def test_the_atom_feed_holds_every_log_entry_with_stable_ids(site: Path, tmp_path: Path):
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = feed.findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles == ["Clarification: Who pays for the old bridge — The engineers' figure is a range.",
                      "Update: Who pays for the old bridge — First published.",
                      "Update: The harbour levy vote — First published.",
                      "Correction: The Eastmere dock strike — The strike began on Monday.",
                      "Update: The Eastmere dock strike — First published."]
    correction = entries[3]
    assert correction.find(f"{ATOM}summary").text == (
        "What was wrong: We said the strike began on Tuesday. What it says now: The strike began on Monday.")
    assert correction.find(f"{ATOM}link").get("href") == "harbour-strike/#update-2026-05-06-1"  # the entry itself
    assert feed.find(f"{ATOM}updated").text == "2026-05-09T00:00:00Z"
    ids = [entry.find(f"{ATOM}id").text for entry in entries]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids)
    # A new entry leaves the old entries' ids as they were.
    root = with_new_log_entry(microsite(tmp_path / "project"))
    later = ET.parse(root / "site" / "feed.xml").getroot()
    later_ids = [entry.find(f"{ATOM}id").text for entry in later.findall(f"{ATOM}entry")]
    assert len(later_ids) == 6 and set(ids) < set(later_ids)


def with_new_log_entry(root: Path) -> Path:
    """Add a later update to the harbour strike's log, build, and return the project."""
    path = root / "content" / "harbour-strike" / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("citations:\n", "  - date: 2026-05-10\n    kind: update\n    text: Talks resumed.\n"
                                                 "citations:\n", 1), encoding="utf-8")
    assert run_build(root).code == 0
    return root


def feed_ids(site: Path) -> dict[str, str]:
    """Return each feed entry's id by its title and summary."""
    entries = ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")
    return {entry.find(f"{ATOM}id").text: entry.find(f"{ATOM}summary").text for entry in entries}


def test_rewording_a_log_entry_keeps_its_feed_id_and_the_same_input_gives_the_same_feed(site: Path, tmp_path: Path):
    before = feed_ids(site)
    root = microsite(tmp_path / "project")
    path = root / "content" / "harbour-strike" / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("text: The strike began on Monday.", "text: The walkout began on Monday.", 1),
                         encoding="utf-8")
    assert run_build(root).code == 0
    after = feed_ids(root / "site")
    assert set(after) == set(before)  # the id is the briefing, the date and the place among that day's entries
    changed = [i for i in before if before[i] != after[i]]
    assert [after[i] for i in changed] == [
        "What was wrong: We said the strike began on Tuesday. What it says now: The walkout began on Monday."]
    path.write_text(text, encoding="utf-8")
    assert run_build(root).code == 0
    assert (root / "site" / "feed.xml").read_bytes() == (site / "feed.xml").read_bytes()


def test_the_home_page_puts_the_briefing_updated_last_first_whatever_its_name(tmp_path: Path):
    # In the fixture the order by last update is also the order by name; a new entry must move a briefing up.
    root = with_new_log_entry(microsite(tmp_path / "project"))
    home = Links((root / "site" / "index.html").read_text(encoding="utf-8"))
    assert [entry["href"] for entry in home.entries] == ["harbour-strike/", "bridge-dispute/", "council-vote/"]
    # First published stays the log's first entry; last updated becomes its newest. The correction of 6 May stays
    # listed under it, with its own day, as an update after it hides no correction (tests/test_editor_2.py).
    assert home.entries[0]["times"] == ["2026-05-04", "2026-05-10", "2026-05-06"]
    page = (root / "site" / "harbour-strike" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<time datetime="2026-05-10"', page)


def test_the_briefing_shows_its_log_newest_first_with_what_was_wrong(site: Path):
    html = (site / "harbour-strike" / "index.html").read_text(encoding="utf-8")
    log = html.split('<section id="updates"')[1].split("</section>")[0]
    assert log.index("2026-05-06") < log.index("2026-05-04")
    assert "What was wrong: We said the strike began on Tuesday." in log


def test_the_downloads_parse(site: Path):
    index = json.loads((site / "data" / "briefings.json").read_text(encoding="utf-8"))
    assert [row["slug"] for row in index["briefings"]] == ["bridge-dispute", "council-vote", "harbour-strike"]
    assert index["briefings"][1]["status"] == "archived"
    for row in index["briefings"]:
        data = json.loads((site / row["data"]).read_text(encoding="utf-8"))
        assert data["slug"] == row["slug"] and data["last_updated"] == row["last_updated"]
        for citation in data["anchored_citations"]:
            text = (MICROSITE / "seeds" / ("council-minutes.txt" if citation["source"] == "minutes"
                                           else "harbour-report.txt")).read_text(encoding="utf-8")
            assert text[citation["start"]:citation["end"]] == citation["quote"]
    claims = list(csv.DictReader(io.StringIO((site / "harbour-strike" / "data" / "claims.csv").read_text(encoding="utf-8-sig"))))
    assert [(row["parties"], row["value"], row["as_shown"]) for row in claims] == [("union", "1200", "1,200"),
                                                                                ("authority", "800", "800")]


def test_builds_are_byte_identical(site: Path, tmp_path: Path):
    root = microsite(tmp_path / "again")
    assert run_build(root).code == 0
    assert tree_digest(root / "site") == tree_digest(site)


def test_new_then_build_succeeds(tmp_path: Path):
    root = microsite(tmp_path / "project")
    result = run_build(root, "new", "water-prices", "--title", "Why water costs more", "--source", "courier")
    assert result.code == 0, result.err
    # the project named with --root is named in the command to run next: a plain `python build.py` builds another
    assert result.out == f"created content/water-prices/briefing.yaml: edit it, then run python build.py --root {root}\n"
    built = run_build(root)
    assert built.code == 0, built.err
    assert "Why water costs more" in (root / "site" / "index.html").read_text(encoding="utf-8")
    again = run_build(root, "new", "water-prices", "--title", "Again")
    assert (again.code, again.err) == (1, "error: content/water-prices: already exists (choose another slug; "
                                           "nothing was changed)\n")
    bad = run_build(root, "new", "Water Prices", "--title", "x")
    assert bad.code == 1 and "cannot be a briefing's folder name" in bad.err


def test_the_base_url_flag_wins_over_site_yaml(tmp_path: Path):
    root = microsite(tmp_path / "project")
    site_yaml = root / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace(
        "language: en\n", "language: en\nbase_url: https://yaml.example/news/\n", 1), encoding="utf-8")
    canonical = re.compile(r'<link rel="canonical" href="([^"]*)"')

    def addresses() -> tuple[list[str], str, str]:
        site = root / "site"
        page = (site / "harbour-strike" / "index.html").read_text(encoding="utf-8")
        sitemap = site / "sitemap.xml"
        return (canonical.findall(page), (site / "feed.xml").read_text(encoding="utf-8"),
                sitemap.read_text(encoding="utf-8") if sitemap.exists() else "")

    assert run_build(root).code == 0
    links, feed, sitemap = addresses()
    assert links == ["https://yaml.example/news/harbour-strike/"] and "https://yaml.example/news/" in sitemap
    assert run_build(root, "--base-url", "https://flag.example/x/").code == 0
    links, feed, sitemap = addresses()
    assert links == ["https://flag.example/x/harbour-strike/"]
    assert "https://flag.example/x/harbour-strike/" in sitemap and "https://flag.example/x/" in feed
    assert "yaml.example" not in feed + sitemap
    # An empty --base-url wins too: no absolute address at all, and no sitemap.
    assert run_build(root, "--base-url", "").code == 0
    links, feed, sitemap = addresses()
    assert (links, sitemap) == ([], "") and "yaml.example" not in feed


@pytest.mark.parametrize("how", ["copy", "link"])
def test_build_py_builds_the_project_it_sits_in_from_any_folder(how: str, tmp_path: Path):
    # A newsroom keeps its own project with a copy of build.py, or a link to it; the package is installed elsewhere.
    root = microsite(tmp_path / "desk")
    if how == "copy":
        shutil.copy(REPO / "build.py", root / "build.py")
    else:
        (root / "build.py").symlink_to(REPO / "build.py")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, str(root / "build.py")], cwd=elsewhere, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"built {root / 'site'}: {len(tree_digest(root / 'site'))} files written, 0 unchanged\n"
    assert list(elsewhere.iterdir()) == []


def committed_microsite(target: Path) -> Path:
    """Copy the fixture microsite into `target` as a git repository with one commit of it all."""
    root = microsite(target)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "first"], check=True)
    return root


def test_changes_since_a_commit_reports_a_changed_figure(tmp_path: Path):
    root = committed_microsite(tmp_path / "project")
    claims = root / "content" / "harbour-strike" / "claims.yaml"
    claims.write_text(claims.read_text().replace("{measure: Strikers, value: 800}", "{measure: Strikers, value: 900}"))
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "harbour-strike: figure 'Strikers' (The port authority): 800 -> 900" in result.out.splitlines()
    assert "council-vote: no content changes" in result.out.splitlines()
    missing = run_build(root, "changes", "--since", "no-such-ref")
    assert missing.code == 1 and missing.err.startswith("error: git archive:")


def test_check_reports_per_briefing_and_per_source(tmp_path: Path):
    result = run_build(microsite(tmp_path / "project"), "check")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "harbour-strike: 3 citations anchored to 3 passages, 3 notes" in lines
    assert "source minutes: 3 passages cited across all briefings, 3 of 7 sentences (43%)" in lines


def test_github_format_annotates_the_yaml_line(tmp_path: Path):
    root = microsite(tmp_path / "project")
    path = root / "content" / "council-vote" / "briefing.yaml"
    path.write_text(path.read_text().replace("quote: Eleven councillors", "quote: Twelve councillors"))
    result = run_build(root, "check", "--format", "github")
    assert result.code == 1
    assert result.err.splitlines()[0].startswith(
        "::error file=content/council-vote/briefing.yaml,line=20::citation 'vote': quote \"Twelve councillors")


def test_a_changed_source_byte_stops_the_build_and_accept_source_records_it(tmp_path: Path):
    root = microsite(tmp_path / "project")
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    seed = root / "seeds" / "council-minutes.txt"
    seed.write_text(seed.read_text().replace("The council also discussed", "Later, the council also discussed"))
    result = run_build(root)
    assert result.code == 1 and tree_digest(root / "site") == good
    lines = [line.removeprefix("error: ") for line in result.err.splitlines()]
    assert ("content/sources.yaml:17: source 'minutes': seeds/council-minutes.txt has changed since its SHA-256 was "
            "recorded; 3 citations still anchor where they did (no citation to check: if the edit is as you meant, "
            "run `python build.py accept-source minutes`)") in lines
    assert not any("citation '" in line for line in lines)  # the same words at the same occurrence: only counted
    before = (root / "content" / "sources.yaml").read_text()
    accepted = run_build(root, "accept-source", "minutes")
    assert accepted.code == 0, accepted.err
    after = (root / "content" / "sources.yaml").read_text()
    assert [a for a, b in zip(before.splitlines(), after.splitlines()) if a != b] == [before.splitlines()[16]]
    assert run_build(root).code == 0


def test_a_language_without_a_locale_is_named_with_what_to_do(tmp_path: Path):
    root = microsite(tmp_path / "project")
    path = root / "content" / "council-vote" / "briefing.yaml"
    path.write_text(path.read_text().replace("status: archived\n", "status: archived\nlanguage: nl\n"))
    result = run_build(root)
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        "error: content/council-vote/briefing.yaml:6: no locale for language 'nl' (use one of ar, de, en, es, fr, or add "
        "locales/nl.yaml translated from explainer/locales/en.yaml)")


def test_a_project_locale_missing_a_key_or_with_an_unknown_one_is_named(tmp_path: Path):
    root = microsite(tmp_path / "project")
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "nl.yaml").write_text(english.replace("notes: Notes\n", "notez: Anmerkungen\n"))
    result = run_build(root)
    assert result.code == 1
    lines = result.err.splitlines()
    assert "error: locales/nl.yaml:1: label 'notes' is missing (add it; en.yaml has: 'Notes')" in lines
    assert any(line.startswith("error: locales/nl.yaml:") and "unknown label 'notez' (did you mean 'notes'?)" in line
               for line in lines)


def test_a_project_copy_of_a_built_in_locale_takes_the_labels_it_lacks_from_it(tmp_path: Path):
    # A copy of fr.yaml made before a version added the `colon` label must keep building, in French.
    root = microsite(tmp_path / "project")
    french = (REPO / "explainer" / "locales" / "fr.yaml").read_text(encoding="utf-8")
    colon = next(line for line in french.splitlines(keepends=True) if line.startswith("colon:"))
    (root / "locales").mkdir()
    (root / "locales" / "fr.yaml").write_text(french.replace(colon, "").replace("Notes", "Remarques"))
    path = root / "content" / "council-vote" / "briefing.yaml"
    path.write_text(path.read_text().replace("status: archived\n", "status: archived\nlanguage: fr\n"))
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "council-vote" / "index.html").read_text(encoding="utf-8")
    assert ">Remarques</a></h2>" in page  # the heading links to its section (tests/test_reader_33.py)
    assert "\u00a0: " in page  # the built-in French colon


def test_a_broken_project_locale_is_the_only_problem_named_not_every_file_in_its_language(tmp_path: Path):
    root = microsite(tmp_path / "project")
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    assert "\nnotes: Notes\n" in english
    (root / "locales").mkdir()
    (root / "locales" / "en.yaml").write_text(english.replace("\nnotes: Notes\n", "\nnotes: Notes: broken\n"))
    result = run_build(root)
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith("error: locales/en.yaml:"), result.err
    assert "YAML syntax error" in errors[0]


def test_a_file_put_in_the_site_by_hand_survives_a_build_and_is_named(tmp_path: Path):
    root = microsite(tmp_path / "project")
    assert run_build(root).code == 0
    (root / "site" / "CNAME").write_text("briefings.example.org\n")
    (root / "site" / "extra").mkdir()
    (root / "site" / "extra" / "notes.txt").write_text("kept")
    result = run_build(root)
    assert result.code == 0, result.err
    assert result.err.splitlines() == ["warning: site/CNAME was not made by build.py; left in place",
                                       "warning: site/extra was not made by build.py; left in place"]
    assert (root / "site" / "CNAME").read_text() == "briefings.example.org\n"
    assert (root / "site" / "extra" / "notes.txt").read_text() == "kept"


def test_changes_since_a_commit_reports_claims_citations_and_sources(tmp_path: Path):
    root = committed_microsite(tmp_path / "project")
    claims = root / "content" / "harbour-strike" / "claims.yaml"
    claims.write_text(claims.read_text().replace("says: Only 800 workers stayed away.", "says: Few workers stayed away."))
    vote = root / "content" / "council-vote" / "briefing.yaml"
    vote.write_text(vote.read_text().replace("quote: Eleven councillors voted for the harbour levy and four voted "
                                             "against it.", "quote: Eleven councillors voted for the harbour levy"))
    (root / "seeds" / "extra.txt").write_text("A new document.\n")
    sources = root / "content" / "sources.yaml"
    sources.write_text(sources.read_text() + "  - id: extra\n    file: extra.txt\n    title: An extra document\n"
                                             "    publisher: unknown\n    date: unknown\n")
    (root / "content" / "harbour-strike" / "quotes.yaml").write_text(
        "quotes:\n  - id: venn-offer\n    speaker: Mara Venn\n    role: union secretary\n"
        "    words: stay out until the offer is fair\n    source: courier\n")
    lines = run_build(root, "changes", "--since", "HEAD").out.splitlines()
    assert "harbour-strike: quote added: venn-offer (Mara Venn)" in lines
    assert "source added: extra (An extra document)" in lines
    assert "harbour-strike: claim added under 'How many joined': The port authority: Few workers stayed away." in lines
    assert ("harbour-strike: claim removed under 'How many joined': The port authority: Only 800 workers stayed "
            "away.") in lines
    assert ("council-vote: citation 'vote' re-anchored (minutes): Eleven councillors voted for the harbour levy "
            "[-and four voted against it.-]") in lines


def test_changes_since_a_commit_leaves_out_passages_that_moved_with_an_edit_above_them(tmp_path: Path):
    # A line added at the top of a source moves every passage in it: the briefings quote the same words.
    root = committed_microsite(tmp_path / "project")
    minutes = root / "seeds" / "council-minutes.txt"
    minutes.write_text("Published again with a new heading.\n" + minutes.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_build(root, "accept-source", "minutes").code == 0
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "re-anchored" not in result.out
    assert "council-vote: no content changes" in result.out.splitlines()


def test_new_in_the_project_a_plain_build_builds_says_to_run_a_plain_build(tmp_path: Path):
    # As build.py runs it, with no --root: the project is the script's folder, and `python build.py` builds it.
    root = microsite(tmp_path / "project")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["new", "water-prices", "--title", "Why water costs more", "--source", "courier"],
                        default_root=root)
    assert code == 0
    assert out.getvalue() == "created content/water-prices/briefing.yaml: edit it, then run python build.py\n"


def test_new_names_a_root_that_needs_quoting_as_a_shell_reads_it(tmp_path: Path):
    root = microsite(tmp_path / "my project")
    result = run_build(root, "new", "water-prices", "--title", "Why water costs more", "--source", "courier")
    assert result.code == 0, result.err
    assert result.out.endswith(f"then run python build.py --root '{root}'\n")
