"""A reader and a fact-checker following a briefing through its revisions, round twenty-five: in Chromium on the Kellport
desk of tests/fixtures/editor_3, its agency report revised and kept beside the old version (`superseded_by`), the death
toll corrected and the correction logged.

The old version's page said "Superseded by:" and led to the new one, but the new one's page did not lead back: a reader
arriving at the revised report could not find the earlier wording, which notes of both briefings still quote (the
ministry's inquiry, a sentence the revision deleted), nor tell from the page that an earlier version existed. Each
version's page now leads to the other, saying in words which is the newer and when it was published ("Replaces: ...,
an earlier version · Published: 4 March 2027"; "Superseded by: ..., a newer version · Published: 5 March 2027"), in
every built-in locale. A reader following a note to a passage of the old version landed below that line, scrolled out
of sight at 320 and at 1280 px: nothing on the screen said a newer version corrected those words. The line now opens
the page's text and stays in sight while the passage is the one arrived at. Under the newer version's line, "What this
version changed" lists the paragraphs it reworded (word by word), added and removed. Two versions each naming the other
as `superseded_by`, published on one day, were built, each page calling the other the newer one; they are refused.

What held: following the home page's correction by keyboard lands on its log entry, which gives the corrected wording and
what was wrong; the feed's entry is titled "Correction:"; the home page's "Last updated" is the log's latest entry.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml

from browser_support import serve
from conftest import REPO, run_build
from explainer.locale import Labels
from support import checked_fixture_project, edit, error_lines
from test_editor_3 import CAPSIZE, CORRECTION, FIXTURE, REVISED_ENTRY, SUPERSEDED, recited_to

OLD_TITLE = "Northline News Agency report, 4 March 2027"
NEW_TITLE = "Northline News Agency report, 4 March 2027, corrected 5 March 2027"
LOCALES = REPO / "explainer" / "locales"


def revised_desk(folder: Path) -> Path:
    """The Kellport desk with the agency's revised report kept beside the old one, which names it `superseded_by`; the
    toll re-cited to the revision, corrected in the summary and the correction logged (test_editor_3's kept_beside)."""
    desk = checked_fixture_project(FIXTURE, folder)
    shutil.copy(desk / "arriving" / "agency-report.txt", desk / "seeds" / "agency-report-revised.txt")
    with (desk / "content" / "sources.yaml").open("a", encoding="utf-8") as library:
        library.write(REVISED_ENTRY)
    assert run_build(desk, "accept-source", "report-revised").code == 0
    recited_to(desk, "report-revised")
    edit(desk / CAPSIZE, "Twelve people died, the coastguard", "Fourteen people died, the coastguard")
    edit(desk / CAPSIZE, "    text: First published.\n", "    text: First published.\n" + CORRECTION)
    edit(desk / "content" / "sources.yaml", "    date: 2027-03-04\n", SUPERSEDED)
    return desk


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The revised desk, built."""
    root = revised_desk(tmp_path_factory.mktemp("reader25") / "desk")
    built = run_build(root)
    assert built.code == 0, built.err
    return root


def page(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def seen(markup: str) -> str:
    """Return the words of some markup, its tags left out."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def paragraph(markup: str, class_: str) -> str:
    """Return the one paragraph of that class on a page."""
    found = re.findall(rf'<p class="{class_}">.*?</p>', markup)
    assert len(found) == 1, found
    return found[0]


def test_the_newer_versions_page_leads_back_to_the_version_it_replaces(desk):
    """The revised report's page named no earlier version: it now leads back to it, saying it is the earlier one and
    when it was published, and so does its description (a shared link's preview); the old page says the new one is the
    newer."""
    new = page(desk, "sources/report-revised.html")
    assert paragraph(new, "supersedes") == (f'<p class="supersedes">Replaces: <a href="report.html">{OLD_TITLE}</a>, an '
                                            "earlier version · Published: 4 March 2027</p>")
    assert f"Published: 5 March 2027. Replaces: {OLD_TITLE}. Cited by: The Marden" in new
    assert seen(paragraph(page(desk, "sources/report.html"), "superseded")) == (
        f"Superseded by: {NEW_TITLE}, a newer version · Published: 5 March 2027")
    assert 'class="supersedes"' not in page(desk, "sources/report.html")
    assert 'class="supersede' not in page(desk, "sources/coastguard.html")  # a source of one version says nothing


def test_each_line_opens_the_pages_text_before_the_legend(desk):
    """The line sat in the header, above the dates and the briefings citing it: it now opens the text, where "Skip to
    content" leads and where a reader arriving at a passage has it in sight (below)."""
    for path, class_ in (("sources/report.html", "superseded"), ("sources/report-revised.html", "supersedes")):
        main = page(desk, path).split('<main id="main" class="source-text">\n')[1]
        assert main.startswith(f'<p class="{class_}">'), path
        assert main.index(f'<p class="{class_}">') < main.index('<p class="legend">')


@pytest.mark.parametrize("language", sorted(path.stem for path in LOCALES.glob("*.yaml")))
def test_every_built_in_locale_says_which_version_is_newer_and_when(desk, tmp_path, language):
    """In each built-in language both pages say it in the page's own words, with the other version's date as that
    language writes it: no English left on a French, German, Spanish or Arabic page."""
    words = yaml.safe_load((LOCALES / f"{language}.yaml").read_text(encoding="utf-8"))
    labels = Labels(words, language)
    root = tmp_path / "desk"
    shutil.copytree(desk, root, symlinks=True)
    edit(root / "content" / "site.yaml", "language: en\n", f"language: {language}\n")
    built = run_build(root)
    assert built.code == 0, built.err
    space, comma, published = words.get("space", " "), words["comma"], words["published"] + words["colon"]
    assert seen(paragraph(page(root, "sources/report-revised.html"), "supersedes")) == " ".join(
        f"{words['replaces']}{space}{OLD_TITLE}{comma}{words['an_earlier_version']} · {published}"
        f"{labels.date('2027-03-04')}".split())
    assert seen(paragraph(page(root, "sources/report.html"), "superseded")) == " ".join(
        f"{words['superseded_by']}{space}{NEW_TITLE}{comma}{words['a_newer_version']} · {published}"
        f"{labels.date('2027-03-05')}".split())


CHANGED = [
    "Added: Correction, 5 March 2027: An earlier version of this report said 12 people died. The coastguard later "
    "said fourteen people died.",
    "Reworded: removed: Twelve added: Fourteen people died and 31 were rescued from the water, the coastguard said on "
    "Wednesday.",
    "Reworded: \"The sea was removed: rough added: rough, but the crossing should added: still have been safe,\" said "
    "Tom Esk, the harbour master.",
    "Removed: The transport ministry said an inquiry would begin next week."]


def test_the_newer_versions_page_lists_what_it_changed_paragraph_by_paragraph(desk):
    """The revised report's reader could reach the earlier text, but not see where the two differ: under its "Replaces"
    line, what this version changed, in the document's order: the correction note added, the toll and the harbour
    master's words reworded (the words struck out and added, named so for screen readers, which say nothing of <del>
    and <ins>), the ministry's sentence removed. The old version's page, and a source of one version, list none."""
    new = page(desk, "sources/report-revised.html")
    listed = new.split('<details class="version-changes">')[1].split("</details>")[0]
    assert [seen(item) for item in re.findall(r"<li>.*?</li>", listed)] == CHANGED
    assert ('<del><span class="visually-hidden" lang="en" dir="ltr">removed: </span>Twelve</del> <ins><span '
            'class="visually-hidden" lang="en" dir="ltr">added: </span>Fourteen</ins> people died') in listed
    assert "version-changes" not in page(desk, "sources/report.html") + page(desk, "sources/coastguard.html")


def test_a_project_locale_written_before_these_words_still_builds_saying_them_in_english(desk, tmp_path):
    """A project's own locale (Dutch, copied from English before these labels were added) lacks them: they are
    optional, and the pages say them in English rather than the build stopping on a label missing."""
    root = tmp_path / "desk"
    shutil.copytree(desk, root, symlinks=True)
    (root / "locales").mkdir()
    english = (LOCALES / "en.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    added = ("superseded_by:", "replaces:", "a_newer_version:", "an_earlier_version:", "what_changed:", "change_",
             "words_removed:", "words_added:")
    (root / "locales" / "nl.yaml").write_text("".join(line for line in english if not line.startswith(added)),
                                              encoding="utf-8")
    edit(root / "content" / "site.yaml", "language: en\n", "language: nl\n")
    built = run_build(root)
    assert built.code == 0, built.err
    new = page(root, "sources/report-revised.html")
    assert seen(paragraph(new, "supersedes")) == f"Replaces: {OLD_TITLE}, an earlier version · Published: 4 March 2027"
    assert "<summary>What this version changed, paragraph by paragraph</summary>" in new


def test_two_versions_each_superseding_the_other_are_refused(desk, tmp_path):
    """Published on one day, each naming the other: both pages called the other the newer version. Each line is
    refused, naming the other."""
    root = tmp_path / "desk"
    shutil.copytree(desk, root, symlinks=True)
    edit(root / "content" / "sources.yaml", "    date: 2027-03-05\n", "    date: 2027-03-04\n    superseded_by: report\n")
    checked = run_build(root, "check")
    assert checked.code == 1 and "Traceback" not in checked.err
    assert error_lines(checked) == [
        "content/sources.yaml:7: source 'report' is `superseded_by` 'report-revised', which is `superseded_by` 'report' "
        "in turn: each page would call the other the newer version (keep `superseded_by` on the earlier version's "
        "entry only)",
        "content/sources.yaml:20: source 'report-revised' is `superseded_by` 'report', which is `superseded_by` "
        "'report-revised' in turn: each page would call the other the newer version (keep `superseded_by` on the "
        "earlier version's entry only)"]


# The notice of another version and the passage arrived at, as the screen shows them.
ON_SCREEN = """() => {
    const box = element => element && element.getBoundingClientRect();
    const notice = box(document.querySelector('.superseded')), target = box(document.querySelector(':target'));
    return {notice_top: notice.top, notice_bottom: notice.bottom, target_top: target.top,
            target_bottom: target.bottom, height: innerHeight}; }"""


# The link focused, and where the notice ends: Shift+Tab scrolled a link of the text up under the notice kept in sight.
FOCUSED = """() => ({href: document.activeElement.getAttribute('href'),
    top: document.activeElement.getBoundingClientRect().top,
    notice_bottom: document.querySelector('.superseded').getBoundingClientRect().bottom})"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
def test_a_reader_following_a_note_to_the_old_version_sees_that_a_newer_one_replaces_it(tab, desk, width):
    """From the briefing's note 1, which quotes the old version, Enter: the page scrolled to the passage, and the line
    saying a newer version replaces it was above, off the screen. It is now on the screen whole, the passage below it,
    uncovered; the first Tab still reaches the passage's way back to note 1; without scripts too. From the last
    passage, Shift+Tab back up the text stops each link below the notice, never under it."""
    with serve(desk / "site") as url:
        view, traffic = tab(url + "ferry-capsize/", viewport={"width": width, "height": 640},
                            java_script_enabled=False)
        view.locator("#note-report-66-133 .note-links a").focus()
        with view.expect_navigation():
            view.keyboard.press("Enter")
        assert view.url.endswith("/sources/report.html#passage-66-133")
        shown = view.evaluate(ON_SCREEN)
        assert 0 <= shown["notice_top"] < shown["notice_bottom"] <= shown["target_top"], shown
        assert shown["target_bottom"] <= shown["height"], shown
        view.keyboard.press("Tab")
        if view.evaluate("document.activeElement === document.body"):
            view.keyboard.press("Tab")  # headless Chromium may spend a page's first key press focusing the document
        assert view.evaluate("document.activeElement.getAttribute('href')") == "../ferry-capsize/#note-report-66-133"
        view.goto(url + "sources/report.html#passage-462-510", wait_until="load")  # the last passage, then back up
        for note in ("ferry-inquiry/#note-report-399-459", "ferry-inquiry/#note-report-346-396",
                     "ferry-capsize/#note-report-66-133"):
            view.keyboard.press("Shift+Tab")
            focused = view.evaluate(FOCUSED)
            assert focused["href"] == "../" + note and focused["notice_bottom"] <= focused["top"], focused
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_a_keyboard_reader_goes_from_the_newer_version_to_the_earlier_and_back(tab, desk):
    """At 320 px without scripts: on the revised report's page, Tab reaches the link to the earlier version, named by
    its title, the screen reader's view saying which version it is and when it was published; Enter leads there, where
    the link to the newer version, again named and dated, leads back."""
    with serve(desk / "site") as url:
        view, traffic = tab(url + "sources/report-revised.html", viewport={"width": 320, "height": 640},
                            java_script_enabled=False)
        assert view.locator("p.supersedes").aria_snapshot() == (
            f"- paragraph:\n  - text: \"Replaces:\"\n  - link \"{OLD_TITLE}\":\n    - /url: report.html\n"
            "  - text: \", an earlier version · Published: 4 March 2027\"")
        for _ in range(8):
            view.keyboard.press("Tab")
            if view.evaluate("document.activeElement.getAttribute('href')") == "report.html":
                break
        box = view.evaluate("(() => { const b = document.activeElement.getBoundingClientRect(); "
                            "return [b.left, b.right, b.top, b.bottom]; })()")
        assert 0 <= box[0] and box[1] <= 320 and 0 <= box[2] and box[3] <= 640, box
        with view.expect_navigation():
            view.keyboard.press("Enter")
        assert view.url.endswith("/sources/report.html")
        assert view.locator("p.superseded").aria_snapshot() == (
            f"- paragraph:\n  - text: \"Superseded by:\"\n  - link \"{NEW_TITLE}\":\n    - /url: report-revised.html\n"
            "  - text: \", a newer version · Published: 5 March 2027\"")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_a_keyboard_reader_opens_what_the_newer_version_changed_without_scripts(tab, desk):
    """At 320 px without scripts: Tab reaches "What this version changed", Enter opens it; the screen reader's view of
    the toll's rewording says which word was removed and which added, and nothing is cut at the page's edge."""
    with serve(desk / "site") as url:
        view, traffic = tab(url + "sources/report-revised.html", viewport={"width": 320, "height": 640},
                            java_script_enabled=False)
        for _ in range(10):
            view.keyboard.press("Tab")
            if view.evaluate("document.activeElement.matches('summary')"):
                break
        assert view.evaluate("document.activeElement.textContent") == "What this version changed, paragraph by paragraph"
        view.keyboard.press("Enter")
        assert view.evaluate("document.querySelector('details.version-changes').open")
        item = view.locator("details.version-changes li").nth(1)
        assert " ".join(item.aria_snapshot().split()) == (
            '- listitem: - strong: "Reworded:" - deletion: "removed: Twelve" - insertion: "added: Fourteen" - text: people '
            "died and 31 were rescued from the water, the coastguard said on Wednesday.")
        assert view.evaluate("document.documentElement.scrollWidth") <= 320
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_following_the_home_pages_correction_shows_what_was_wrong_and_what_it_says_now(tab, desk):
    """At 320 px, the home page's correction by keyboard: Enter lands on its log entry, on the screen, giving the
    corrected wording and what was wrong, not the new words alone; the home page's "Last updated" is the log's latest
    entry's day, and the feed titles the entry a correction."""
    with serve(desk / "site") as url:
        view, traffic = tab(url, viewport={"width": 320, "height": 640})
        updated = view.locator(".briefing-entry").first.locator("time").last.get_attribute("datetime")
        view.locator(".corrections a").first.focus()
        with view.expect_navigation():
            view.keyboard.press("Enter")
        entry = view.locator(":target")
        assert entry.get_attribute("id") == "update-2027-03-05-1"
        assert " ".join(entry.inner_text().split()) == ("5 March 2027 · Correction. Fourteen people died, the "
                                                          "coastguard says. What was wrong: We said twelve people died.")
        box = entry.bounding_box()
        assert 0 <= box["y"] and box["y"] + box["height"] <= 640 and box["x"] + box["width"] <= 320, box
        assert view.locator("#updates li time").first.get_attribute("datetime") == updated == "2027-03-05"
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
    feed = page(desk, "feed.xml")
    assert "<title>Correction: The Marden capsizes off Kellport — Fourteen people died, the coastguard says.</title>" \
        in feed
