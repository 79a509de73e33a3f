"""A reader on the built pages, round thirty-three: readers who share, return to and follow a story, in the real
Chromium. The real microsite (built with and without its address) and the fixture microsite's harbour strike.

1. Links that last. A caveat had no id ("<li class="opinion">"), so a reader could link to none; a caveat and a log
   entry had no "#" link to copy, and a section's heading none either. A caveat's id is now made of what it cites or
   says, never its place: "caveat-" and its first citation's key (`caveat-force-domination`), or, citing none, its
   first words (`caveat-everything-here-rests-on-one-news`), so a caveat added before it leaves its link as it was.
   Each caveat and log entry has a "#" link named for screen readers apart from its neighbours' ("Link to this:
   Correction, 3 December 2026 (A caveat now says the report…)"), and each section's heading but the summary's is a
   link to its section ("#claims", "#topic-casualties"), named by its own words. The twins: the ids are the same
   across two builds; a claim given an `id` and a log entry added later leave the others' links as they were.
2. Coming back after a correction. The briefing's top said only "What was corrected", a link: not what, nor when. It
   now says, as the home page does, "Correction: 3 December 2026. What was wrong: ... What it says now: ...", linking
   to the log entry the feed's entry for that correction links to, and how many more corrections that day has.
3. A renamed briefing (`moved` in site.yaml). An old link to a part of it (`/pak-afg-war/#claim-casualties-2`) led to
   the briefing's top: the former address's refresh drops the fragment. With scripts, static/moved.js now carries it
   (arriving at the claim); without, the refresh still leads to the briefing (the twin).
4. Sharing (twins, read as they were): a briefing's title, description, Open Graph tags and `rel=canonical` from
   `base_url`, none of the address-bound ones without it, and nothing fetched from another site.
5. Keyboard only: the skip link and one Tab reach the first note marker; Enter focuses the note (it was left on the
   page, the body focused: now `tabindex="-1"`); its "in the source" link focuses the passage; the passage's way back
   leads to the note, and the note's letter back to the same marker, focused, with scripts and without.
"""

from __future__ import annotations

import re

import pytest

from browser_support import serve
from conftest import copy_project, run_build

SLUG = "pakistan-afghanistan-war"
BASE_URL = "https://explainers.example.org/"
PHONE = {"width": 390, "height": 800}

FOCUSED = """() => { const a = document.activeElement;
    return [a.tagName, a.id, a.getAttribute('href') || '', location.pathname + location.hash]; }"""


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def ids_of(html: str, prefix: str) -> list[str]:
    return re.findall(rf'<li id="({prefix}[^"]*)"', html)


def built(tmp_path, edit=None, *options) -> str:
    """Build a copy of the real project, `edit(root)` made first, and return its briefing page."""
    root = copy_project(tmp_path / "project")
    if edit:
        edit(root)
    result = run_build(root, *options)
    assert result.code == 0, result.err
    return read(root / "site", f"{SLUG}/index.html")


def append_to(root, name: str, text: str, after: str | None = None) -> None:
    path = root / "content" / SLUG / name
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace(after, after + text, 1) if after else original + text, encoding="utf-8")


# Part 1: every caveat, log entry and section heading can be linked to, by an id that lasts.
def test_every_caveat_has_an_id_from_what_it_cites_or_says(real_site):
    page = read(real_site, f"{SLUG}/index.html")
    caveats = ids_of(page, "caveat-")
    assert caveats[:4] == ["caveat-everything-here-rests-on-one-news", "caveat-the-report-names-no-publisher-or",
                           "caveat-pakistan-figures", "caveat-force-domination"]
    listed = re.search(r'<ul class="caveats">(.*?)</ul>', page, re.S).group(1)
    assert len(caveats) == len(set(caveats)) == listed.count("<li ") == 11


def test_an_uncited_caveats_id_is_its_first_words_without_markers_and_told_apart():
    from markupsafe import Markup

    from explainer.views import CaveatView, caveat_anchors

    said = [Markup('No figure is given<a id="cite-caveats-x" href="#note-a" class="ref">[1]</a> for 2025 or 2026.'),
            Markup("No figure is given for 2025 or 2026."), Markup("北浦沖の埋め立て工事の設計変更について報告は費用を"
                                                              "示していないし日付も場所も示さずに伝えている")]
    anchored = caveat_anchors(tuple(CaveatView("omission", "Not in the source", html, ()) for html in said))
    assert [caveat.id for caveat in anchored][:2] == ["caveat-no-figure-is-given-for-2025",
                                                      "caveat-no-figure-is-given-for-2025-2"]
    assert len(anchored[2].id) <= len("caveat-") + 48 and anchored[0].opening == "No figure is given for 2025…"


def test_each_caveat_and_log_entry_has_a_link_named_apart(real_site):
    page = read(real_site, f"{SLUG}/index.html")
    for item in [*ids_of(page, "caveat-"), *ids_of(page, "update-")]:
        links = re.findall(rf'<a class="permalink" href="#{re.escape(item)}" aria-label="([^"]+)"></a>', page)
        assert len(links) == 1, item
    names = re.findall(r'<a class="permalink" href="#(?:caveat|update)-[^"]+" aria-label="([^"]+)"', page)
    assert len(names) == len(set(names))
    assert ('aria-label="Link to this: Correction, 3 December 2026 (A caveat now says the report…)"' in page)
    assert 'aria-label="Link to this: Opinion, not reporting (That terror attacks are &#34;almost a…)"' in page


def test_each_sections_heading_links_to_its_section(real_site):
    page = read(real_site, f"{SLUG}/index.html")
    headed = re.findall(r'<h[23][^>]*><a class="self-link" href="#([^"]+)">', page)
    assert {"background", "timeline", "comparisons", "claims", "quotes", "caveats", "updates", "notes",
            "topic-casualties", "section-history"} <= set(headed)
    for target in headed:
        assert f'id="{target}"' in page, target
    assert '<h2 id="summary-title">What we know</h2>' in page  # the twin: the summary's, the first Tab's way on


def test_ids_are_the_same_across_two_builds(real_site, tmp_path):
    again = built(tmp_path)
    page = read(real_site, f"{SLUG}/index.html")
    assert re.findall(r' id="([^"]+)"', again) == re.findall(r' id="([^"]+)"', page)


def test_a_caveat_added_before_another_leaves_its_link(real_site, tmp_path):
    """A caveat citing nothing added first (an honest one: the report is the one source), and a claim with its own
    `id` added first in its topic: every other caveat's and claim's id stays as it was."""
    before = read(real_site, f"{SLUG}/index.html")

    def add_items(root):
        append_to(root, "caveats.yaml", "\n  - kind: single-source\n    text: >-\n      The briefing cites one report"
                  " only.", after="caveats:")
        append_to(root, "claims.yaml", "\n      - id: posts-seized\n        claimant: The Taliban\n        parties:"
                  " [taliban]\n        says: 19 posts were seized.\n        status: claim\n        cite: [taliban-toll]",
                  after="title: Casualties and losses\n    claims:")

    after = built(tmp_path, add_items)
    assert ids_of(after, "caveat-") == ["caveat-the-briefing-cites-one-report-only", *ids_of(before, "caveat-")]
    claims = re.findall(r'class="claim" id="([^"]+)"', after)
    claims.remove("claim-casualties-posts-seized")
    assert claims == re.findall(r'class="claim" id="([^"]+)"', before)


def test_a_log_entry_added_later_leaves_the_others_links(real_site, tmp_path):
    before = read(real_site, f"{SLUG}/index.html")

    def add_entry(root):
        append_to(root, "briefing.yaml", "  - date: 2026-12-08\n    kind: clarification\n    text: The notes now"
                  " link to their passages.\n", after="without saying whose they were.\n")

    after = built(tmp_path, add_entry)
    assert ids_of(after, "update-") == ["update-2026-12-08-1", *ids_of(before, "update-")]
    assert ids_of(after, "caveat-") == ids_of(before, "caveat-")


# Part 2: a correction is told at the top, and leads to the entry the feed leads to.
def test_the_top_says_what_was_corrected_and_when(real_site):
    page = read(real_site, f"{SLUG}/index.html")
    top = page.split("</header>")[0]
    assert ('<ul class="corrections">\n<li><strong><a href="#update-2026-12-03-6">Correction</a></strong>: '
            '<time datetime="2026-12-03">3 December 2026</time>. What was wrong: The caveat said Kabul&#39;s '
            'acknowledgement left the number out') in top
    assert "What it says now: A caveat now says the report gives no number" in top
    assert '<li><a href="#updates">3 more corrections that day: see Updates and corrections</a></li>' in top
    feed = read(real_site, "feed.xml")
    assert f'href="{SLUG}/#update-2026-12-03-6"/>' in feed


def test_a_briefing_never_corrected_says_nothing_at_its_top(fixture_site):
    page = read(fixture_site("microsite"), "council-vote/index.html")
    assert 'class="corrections"' not in page.split("</header>")[0]


@pytest.mark.browser
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_the_corrections_link_arrives_at_its_log_entry(tab, real_site, scripts):
    with serve(real_site) as url:
        page, traffic = tab(url + SLUG + "/", viewport=PHONE, java_script_enabled=scripts)
        page.click(".masthead .corrections a[href^='#update-']")
        assert page.evaluate("document.querySelector(':target').id") == "update-2026-12-03-6"
        assert page.evaluate("document.querySelector(':target').getBoundingClientRect().top < innerHeight")
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


# Part 3: a renamed briefing's old links still lead to the part they named.
@pytest.fixture(scope="module")
def moved_site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("reader33") / "project")
    site_yaml = root / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "\nmoved:\n  pak-afg-war: " + SLUG + "\n",
                         encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


@pytest.mark.browser
def test_an_old_link_to_a_claim_arrives_at_the_claim(tab, moved_site):
    with serve(moved_site) as url:
        page, traffic = tab(url + "pak-afg-war/#claim-casualties-2", viewport=PHONE)
        page.wait_for_url(re.compile(SLUG + "/#claim-casualties-2$"))
        page.wait_for_load_state()
        assert page.evaluate("document.querySelector(':target').id") == "claim-casualties-2"
        assert page.evaluate("scrollY") > 0
        assert traffic.foreign_hosts() == set()


@pytest.mark.browser
def test_without_scripts_an_old_address_still_leads_to_the_briefing(tab, moved_site):
    with serve(moved_site) as url:
        page, _ = tab(url + "pak-afg-war/", viewport=PHONE, java_script_enabled=False)
        page.wait_for_url(re.compile(SLUG + "/$"))
        assert page.evaluate("document.querySelector('h1').textContent").startswith("Pakistan and Afghanistan")


def test_the_former_address_is_not_indexed_and_names_the_briefing(moved_site):
    old = read(moved_site, "pak-afg-war/index.html")
    assert '<meta name="robots" content="noindex">' in old and f'url=../{SLUG}/"' in old
    assert f'<a href="../{SLUG}/" data-moved>' in old and '<script src="../static/moved.js"></script>' in old


# Part 4: sharing, from the site's address alone.
def test_a_shared_briefing_names_itself_from_the_sites_address(tmp_path, real_site):
    page = built(tmp_path, None, "--base-url", BASE_URL)
    head = page.split("</head>")[0]
    assert "<title>Pakistan and Afghanistan at war: what we know · Cited explainers</title>" in head
    assert f'<link rel="canonical" href="{BASE_URL}{SLUG}/">' in head
    assert f'<meta property="og:url" content="{BASE_URL}{SLUG}/">' in head
    assert re.search(r'<meta name="description" content="[^"]{40,}">', head)
    assert re.search(r'<meta property="og:description" content="[^"]{40,}">', head)
    addresses = set(re.findall(r'(?:href|src|content)="(https?://[^"]+)"', head))
    assert addresses and all(address.startswith(BASE_URL) for address in addresses)
    unaddressed = read(real_site, f"{SLUG}/index.html").split("</head>")[0]
    assert 'rel="canonical"' not in unaddressed and "og:url" not in unaddressed
    assert not re.search(r'(?:href|src)="https?://', unaddressed)


# Part 5: keyboard only, from the top to a note, its passage and back to the same marker.
@pytest.mark.browser
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_the_keyboard_follows_a_note_to_its_passage_and_back(tab, real_site, scripts):
    with serve(real_site) as url:
        page, traffic = tab(url + SLUG + "/", viewport=PHONE, java_script_enabled=scripts)
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)[2] == "#main"
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)[:3] == ["A", "cite-briefing-airstrikes", "#note-report-17-118"]
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED)[:2] == ["LI", "note-report-17-118"]  # the note itself, read on arrival
        for _ in range(3):
            page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)[2] == "../sources/report.html#passage-17-118"
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"report\.html#passage-17-118$"))
        assert page.evaluate(FOCUSED)[:2] == ["MARK", "passage-17-118"]
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(SLUG + "/#note-report-17-118$"))
        page.wait_for_load_state()
        assert page.evaluate(FOCUSED)[:2] == ["LI", "note-report-17-118"]
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)[2] == "#cite-briefing-airstrikes"
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED)[:2] == ["A", "cite-briefing-airstrikes"]
        assert traffic.foreign_hosts() == set() and not traffic.page_errors
