"""A reader on the built pages, round thirty-four: a reader arriving by an old link at an item later corrected. The real
microsite (a copy, a correction's `corrects` added), the French merger fixture, in the real Chromium and on the built
files.

1. Timeline events had no id ("<li class="dated">"): no link could lead to one, nor a log entry name one. Each event's
   id is now made of its date, or its `when` undated, and its first words ("event-2026-02-26-afghan-taliban-forces-
   reportedly-attack-pakistan", "event-overnight-pakistan-launches-airstrikes-across-afghanistan"), never its place: an
   event added before another leaves the other's id as it was (the twin); two alike are numbered ("-2").
2. A correction said what was put right, far below in the log, and no entry said which item: a reader following a link
   to the caveat "caveat-force-domination" read it untold. A log entry of kind correction or clarification may now
   list in `corrects` the anchors of the items it puts right (`caveat-...`, `claim-...`, `event-...`, `row-...`);
   each shows "Corrected 4 December 2026" leading to the entry (with scripts and without), in the briefing's language
   ("Corrigé le 13 mai 2026" on the French fixture; a clarification's "Clarification: ..."). The twin: an item no
   entry names shows no note, and a log without `corrects` builds the page it built.
3. The JSON download lists each entry's `corrects`; the feed's ids and entries are the same byte for byte with it.
4. Errors: an anchor the page has no item for is one line naming the file, the line and the anchors it could be
   ("did you mean 'caveat-force-domination'?"); `corrects` on an update is one line too.
"""

from __future__ import annotations

import json
import re

import pytest

from browser_support import serve
from conftest import copy_project, copy_templates, copy_tree, run_build
from support import error_lines

SLUG = "pakistan-afghanistan-war"
PHONE = {"width": 390, "height": 800}
LAST_ENTRY = "never mention Israel or India.\n"
CORRECTION = ("  - date: 2026-12-04\n    kind: correction\n    text: The caveat and the claim now give the report's own "
              "words.\n    wrong: They gave the briefing's words.\n    corrects: [{anchors}]\n")


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def built_root(tmp_path, anchors: str | None = None, kind: str = "correction", extra=None):
    """Copy the real project, log a correction listing `anchors` (none: log nothing), build it, return the run and
    root."""
    root = copy_project(tmp_path / "project")
    path = root / "content" / SLUG / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    if anchors is not None:
        entry = CORRECTION.format(anchors=anchors).replace("kind: correction", f"kind: {kind}")
        text = text.replace(LAST_ENTRY, LAST_ENTRY + entry, 1)
    path.write_text(text, encoding="utf-8")
    if extra:
        extra(root)
    return run_build(root), root


def corrected_site(tmp_path, anchors: str):
    result, root = built_root(tmp_path, anchors)
    assert result.code == 0, result.err
    return root / "site"


def item(page: str, anchor: str) -> str:
    """Return an item's markup, from its id to its end (a caveat's or event's </li>, a claim's </div>, a row's </tr>)."""
    start = page.index(f'id="{anchor}"')
    ends = [page.find(end, start) for end in ("</li>", "</div>", "</tr>")]
    return page[start:min(end for end in ends if end > 0)]


# Part 1: every timeline event has an id made of what it says.
def test_every_event_has_an_id_from_its_date_or_when_and_first_words(real_site):
    page = read(real_site, f"{SLUG}/index.html")
    events = re.findall(r'<li id="(event-[^"]*)"', page)
    assert "event-2026-02-26-afghan-taliban-forces-reportedly-attack-pakistan" in events
    assert "event-overnight-pakistan-launches-airstrikes-across-afghanistan" in events
    listed = re.search(r'<ol class="timeline">(.*?)</ol>', page, re.S).group(1)
    assert len(events) == len(set(events)) == listed.count("<li ") == 8


def test_an_event_added_before_the_others_leaves_their_ids(real_site, tmp_path):
    before = re.findall(r'<li id="(event-[^"]*)"', read(real_site, f"{SLUG}/index.html"))

    def add_event(root):  # an honest one, before all: what the first event's passage says the CIA did
        path = root / "content" / SLUG / "timeline.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("events:\n", "events:\n  - when: Decades ago\n    "
                        "what: The CIA helps in \"Operation Cyclone\".\n    cite: [blowback]\n", 1), encoding="utf-8")

    result, root = built_root(tmp_path, extra=add_event)
    assert result.code == 0, result.err
    after = re.findall(r'<li id="(event-[^"]*)"', read(root / "site", f"{SLUG}/index.html"))
    assert after == ["event-decades-ago-the-cia-helps-in-operation-cyclone", *before]


def test_two_events_alike_are_told_apart():
    from markupsafe import Markup

    from explainer.views import EventView, event_anchors

    events = tuple(EventView(when, date, "", "", Markup(html), ()) for when, date, html in [
        ("Friday", "2026-02-27", 'Talks end<a id="cite-timeline-x" href="#note-a" class="ref">[1]</a>.'),
        ("Friday", "2026-02-27", "Talks end."), ("Overnight", "", "Talks end.")])
    assert [event.id for event in event_anchors(events)] == [
        "event-2026-02-27-talks-end", "event-2026-02-27-talks-end-2", "event-overnight-talks-end"]


# Part 2: an item a correction names says so, and leads to the entry.
ANCHORS = "caveat-force-domination, claim-casualties-2, event-2026-02-26-afghan-taliban-forces-reportedly-attack-pakistan, row-strength-army"


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    return corrected_site(tmp_path_factory.mktemp("reader34"), ANCHORS)


def test_each_corrected_item_says_so_and_leads_to_the_entry(corrected):
    page = read(corrected, f"{SLUG}/index.html")
    note = ('class="corrected"><a href="#update-2026-12-04-1">Corrected <time datetime="2026-12-04">4 December 2026'
            '</time></a></')
    for anchor in [part.strip() for part in ANCHORS.split(",")]:
        assert note in item(page, anchor), anchor
    assert '<li id="update-2026-12-04-1" class="log-correction">' in page
    assert '<span class="corrected"><a href="#update-2026-12-04-1">' in item(page, "row-strength-army")


def test_an_item_no_entry_names_shows_no_note(corrected, real_site):
    page = read(corrected, f"{SLUG}/index.html")
    assert 'class="corrected"' not in item(page, "caveat-pakistan-figures")
    assert 'class="corrected"' not in item(page, "claim-casualties-1")
    assert page.count('class="corrected"') == 4
    assert 'class="corrected"' not in read(real_site, f"{SLUG}/index.html")


def test_a_clarification_says_so_in_its_own_word(tmp_path):
    result, root = built_root(tmp_path, "claim-casualties-2", kind="clarification")
    assert result.code == 0, result.err
    page = read(root / "site", f"{SLUG}/index.html")
    assert ('<p class="corrected"><a href="#update-2026-12-04-1">Clarification: <time datetime="2026-12-04">4 December'
            ' 2026</time></a></p>') in item(page, "claim-casualties-2")


def test_a_french_briefing_says_corrige_le(tmp_path):
    from test_topics import FIXTURES

    root = copy_tree(FIXTURES / "merger", tmp_path / "project")
    copy_templates(root)
    copy_tree(FIXTURES.parent.parent / "static", root / "static")
    path = root / "content" / "fusion-laiteries" / "briefing.yaml"
    result = run_build(root)
    assert result.code == 0, result.err
    claim = re.findall(r'class="claim" id="([^"]+)"', read(root / "site", "fusion-laiteries/index.html"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("labels:", f"  - date: 2026-05-13\n    kind: correction\n    text: La fiche cite "
                                 f"désormais l'annonce.\n    wrong: La fiche ne la citait pas.\n    corrects: [{claim}]\n"
                                 "labels:", 1), encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    page = read(root / "site", "fusion-laiteries/index.html")
    assert ('<p class="corrected"><a href="#update-2026-05-13-1">Corrigé le <time datetime="2026-05-13">13 mai 2026'
            '</time></a></p>') in item(page, claim)


@pytest.mark.browser
@pytest.mark.parametrize("scripts", [True, False], ids=["scripts", "no-scripts"])
def test_an_old_link_to_a_corrected_caveat_leads_to_its_correction(tab, corrected, scripts):
    with serve(corrected) as url:
        page, traffic = tab(url + SLUG + "/#caveat-force-domination", viewport=PHONE, java_script_enabled=scripts)
        note = page.locator("#caveat-force-domination .corrected a")
        assert note.is_visible() and note.inner_text() == "Corrected 4 December 2026"
        assert page.evaluate("document.querySelector(':target').id") == "caveat-force-domination"
        note.click()
        assert page.evaluate("document.querySelector(':target').id") == "update-2026-12-04-1"
        assert page.evaluate("document.querySelector(':target').getBoundingClientRect().top < innerHeight")
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_an_old_link_to_a_corrected_event_arrives_at_the_event_and_its_note(tab, corrected):
    anchor = "event-2026-02-26-afghan-taliban-forces-reportedly-attack-pakistan"
    with serve(corrected) as url:
        page, traffic = tab(url + SLUG + "/#" + anchor, viewport=PHONE)
        assert page.evaluate("document.querySelector(':target').id") == anchor
        box = page.locator(f"#{anchor} .corrected").bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"]
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


# Part 3: the JSON download lists it; the feed is the same.
def test_the_json_download_lists_what_an_entry_corrects(corrected):
    data = json.loads(read(corrected, f"{SLUG}/data/briefing.json"))
    entries = json.dumps(data, ensure_ascii=False)
    assert '"corrects": ["caveat-force-domination", "claim-casualties-2"' in entries


def test_the_feed_is_the_same_with_or_without_corrects(tmp_path):
    plain, plain_root = built_root(tmp_path / "plain", "")
    listed, listed_root = built_root(tmp_path / "listed", "caveat-force-domination")
    assert plain.code == listed.code == 0, plain.err + listed.err
    assert read(plain_root / "site", "feed.xml") == read(listed_root / "site", "feed.xml")
    assert "caveat-force-domination" not in read(listed_root / "site", "feed.xml")


def test_a_log_without_corrects_builds_the_page_it_built(tmp_path):
    plain, plain_root = built_root(tmp_path / "plain", "")
    assert plain.code == 0, plain.err
    assert 'class="corrected"' not in read(plain_root / "site", f"{SLUG}/index.html")


# Part 4: an anchor the page lacks, or `corrects` on an update, is one line.
def test_an_anchor_the_page_has_no_item_for_is_one_line(tmp_path):
    result, _ = built_root(tmp_path, "caveat-force-dominaton")
    assert result.code == 1 and "Traceback" not in result.err
    lines = [line for line in error_lines(result) if "`corrects`" in line]
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"content/{SLUG}/briefing.yaml:105: `corrects`: 'caveat-force-dominaton' is no item "
                               "of this briefing's page (did you mean 'caveat-force-domination'? or write an item's "
                               "anchor as the page writes it, one of: caveat-as-is-typical, ")
    assert "claim-" not in lines[0]  # the anchors of its kind


def test_an_unknown_event_is_told_the_events_anchors(tmp_path):
    result, _ = built_root(tmp_path, "event-2026-02-26-taliban-attack")
    lines = [line for line in error_lines(result) if "`corrects`" in line]
    assert result.code == 1 and len(lines) == 1, result.err
    assert "event-2026-02-26-afghan-taliban-forces-reportedly-attack-pakistan, " in lines[0]
    assert lines[0].count("event-") == 9 and "caveat-" not in lines[0]


def test_corrects_on_an_update_is_one_line(tmp_path):
    result, _ = built_root(tmp_path, "caveat-force-domination", kind="update")
    assert result.code == 1 and "Traceback" not in result.err
    lines = [line for line in error_lines(result) if "`corrects`" in line]
    assert lines == [f"content/{SLUG}/briefing.yaml:105: `corrects` on an entry of kind 'update': only a correction or "
                     "a clarification corrects an item (make it `kind: correction` (with `wrong`) or `kind: "
                     "clarification`, or leave `corrects` out)"], result.err
