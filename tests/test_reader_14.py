"""A reader in Chromium, round fourteen: the real briefing with a public-health briefing beside it (the recall of
tests/fixtures/newuser_19/), as a newsroom's second briefing makes the site. A screen reader's list of the home
page's links held "Correction" twice, one for each briefing; the recall's list held one "Link to this" name twice,
for the regulator's first figure and its correction. The browser test loads one page."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from browser_support import serve
from conftest import REPO, copy_project, copy_tree, run_build
from test_reader_12 import _Links

from explainer.topics import _told_apart
from explainer.views import ClaimView, Party

RECALL = REPO / "tests" / "fixtures" / "newuser_19"
RECALL_TITLE = "Why regulators recalled six batches of Corvalin"


@pytest.fixture(scope="module")
def two_briefings(tmp_path_factory) -> Path:
    """The real project with the recall briefing, its sources and seeds added, built once; returns its site/."""
    root = copy_project(tmp_path_factory.mktemp("two") / "project")
    copy_tree(RECALL / "content" / "corvalin-recall", root / "content" / "corvalin-recall")
    for seed in (RECALL / "seeds").iterdir():
        (root / "seeds" / seed.name).write_bytes(seed.read_bytes())
    theirs = (RECALL / "content" / "sources.yaml").read_text(encoding="utf-8").split("sources:\n", 1)[1]
    with open(root / "content" / "sources.yaml", "a", encoding="utf-8") as sources:
        sources.write(theirs)
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def _clashes(page: Path) -> dict[str, list[str]]:
    """Return each link name of a page that leads to more than one place, with the places."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    targets = defaultdict(set)
    for name, href in parser.links:
        targets[name].add(href)
    return {name: sorted(hrefs) for name, hrefs in targets.items() if len(hrefs) > 1}


def test_no_two_links_of_a_two_briefing_site_share_a_name_but_lead_apart(two_briefings):
    """The home page named each briefing's latest correction "Correction", one name for two places; the recall's
    "Link to this" of the regulator's two claims on one topic were both "The Medicines Safety Agency (Risk of severe
    dizziness)". A correction's link now names its briefing, a claim's its report's date where its claimant has
    several in the topic; the words shown are unchanged."""
    pages = sorted(two_briefings.rglob("*.html"))
    clashes = {str(page.relative_to(two_briefings)): _clashes(page) for page in pages if _clashes(page)}
    assert len(pages) > 6 and clashes == {}
    recall = (two_briefings / "corvalin-recall" / "index.html").read_text(encoding="utf-8")
    for date in ("9 March 2026", "18 March 2026"):
        assert f'aria-label="Link to this: The Medicines Safety Agency (Risk of severe dizziness, {date})"' in recall
    assert 'aria-label="Link to this: Halden Pharma (Risk of severe dizziness)"' in recall  # one claim: as before


def test_a_claimants_claims_of_one_date_are_told_apart_by_their_order():
    """Where the dates do not tell a claimant's claims apart (alike, or one undated), their order does."""
    party = Party(id="msa", name="MSA")
    claim = ClaimView("risk-1", "The agency", party, (party,), "", "", "ruling", "Ruling", "", (), (), (), "2026-03-09")
    others = claim._replace(id="risk-3", claimant="Halden")
    told = _told_apart([claim, claim._replace(id="risk-2"), others], labels=None)
    assert [view.apart for view in told] == ["1", "2", ""]


@pytest.mark.browser
def test_a_screen_reader_finds_each_briefings_correction_on_the_home_page_by_its_name(tab, two_briefings):
    """With two briefings corrected, the home page's list of links read "Correction, Correction": a reader could not
    tell which briefing either corrected without leaving the list. The link is now named with its briefing's title,
    the word shown first (WCAG 2.5.3), and leads to that briefing's log entry; the page stays accessible."""
    from browser_support import axe_audit

    with serve(two_briefings) as url:
        page, traffic = tab(url + "index.html", viewport={"width": 320, "height": 640})
        assert page.get_by_role("link", name="Correction", exact=True).count() == 0
        link = page.get_by_role("link", name=f"Correction ({RECALL_TITLE})", exact=True)
        # what is seen of it: its briefing's title is for screen readers alone, marked with its language (reader 17)
        assert link.evaluate("a => a.firstChild.textContent + a.lastChild.getBoundingClientRect().width") == "Correction1"
        assert axe_audit(page).violations_count == 0
        with page.expect_navigation(wait_until="load"):
            link.click()
        assert page.title().startswith(RECALL_TITLE)
        assert page.evaluate("document.querySelector(':target').closest('#updates') !== null")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
