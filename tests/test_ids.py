"""Every id on every page is unique, and every in-page link lands on one: by construction, whatever the keys."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from conftest import run_build
from support import edit, minimal_project
from test_microsite import microsite

IDS = re.compile(r'\sid="([^"]+)"')
LOCAL_LINKS = re.compile(r'\shref="#([^"]+)"')


def assert_ids_unique_and_links_land(site: Path) -> int:
    """Check every page of a built site; return how many pages were checked."""
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        ids = Counter(IDS.findall(html))
        assert [i for i, n in ids.items() if n > 1] == [], page
        assert sorted(set(LOCAL_LINKS.findall(html)) - set(ids)) == [], page
    return len(pages)


def test_the_real_microsite_has_unique_ids(real_site: Path):
    assert assert_ids_unique_and_links_land(real_site) >= 4


def test_the_fixture_microsite_has_unique_ids(tmp_path: Path):
    root = microsite(tmp_path / "project")
    assert run_build(root).code == 0
    assert assert_ids_unique_and_links_land(root / "site") >= 7


def test_keys_that_differ_by_a_number_and_ids_named_like_sections_do_not_collide(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    claims = root / "content" / "flood" / "claims.yaml"
    # A topic named like a section of the page, and keys "monday" (cited twice) and "monday-2".
    edit(claims, "  - id: rise\n", "  - id: notes\n")
    edit(claims, "cite: [beta-rise, monday]", "cite: [beta-rise, monday, monday-2]")
    edit(claims, "citations:\n", "citations:\n  monday-2:\n    source: flood\n    quote: Beta said the river rose\n")
    edit(root / "content" / "flood" / "briefing.yaml", "and again on Tuesday[^tuesday].",
         "and again on Tuesday[^tuesday][^monday][^monday-2].")
    result = run_build(root)
    assert result.code == 0, result.err
    assert assert_ids_unique_and_links_land(root / "site") >= 3


def test_a_row_id_keeps_each_word_whole_with_its_combining_marks():
    # A combining mark is no letter to str.isalnum: "يوميًا" (daily, with its tanwin) was cut in two at the mark
    # ("row-...-يومي-ا"), and a Hindi word at each vowel sign.
    from explainer.comparisons import slug_of

    assert slug_of("الركاب يوميًا") == "الركاب-يوميًا"
    assert slug_of("कुल सैनिक") == "कुल-सैनिक"
    assert slug_of("Active personnel (2025)") == "active-personnel-2025"
