"""A developing story, round two: what a reader sees of a briefing fed by several reports over days.

The README's limits said: a claim's card named neither its report nor that report's date; "The figures disagree" did
not say which figure was the later; an older report's figure was not marked as revised; a correction showed on the
home page only as "Last updated"; and the downloads named a citation's source by its id alone. Each is told now from
what the editors already give (sources.yaml's publisher, title and date; the log), with no new field to fill.
The second day is test_newuser_10's: a follow-up report of 2 March revising both sides' counts of 27 February.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest

from conftest import copy_project, run_build
from explainer import numbers
from support import edit, error_lines, locale_from_english, project_in_language
from test_newuser_10 import CEASEFIRE_EVENT, SLUG, _second_day

FOLLOWUP_ENTRY = "    title: Follow-up report on the Pakistan–Afghanistan war, 2 March 2026\n    publisher: unknown\n"
NEW_LABELS = ("claim_source", "figures_latest", "revised_to", "what_it_says_now", "what_was_corrected")


def _text(markup: str) -> str:
    """Return the words a sighted reader sees: those for a screen reader alone (a link's briefing) left out."""
    seen = re.sub(r'<span class="visually-hidden">(?:<span[^>]*>[^<]*</span>|[^<])*</span>', "", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", seen)).split())


def _card(page: str, anchor: str) -> str:
    """Return a claim card's markup, from its anchor to the card's end."""
    start = page.index(f'class="claim" id="{anchor}"')
    return page[start:page.index("</div>", start)]


def _disagreements(page: str) -> list[str]:
    return [_text(found) for found in re.findall(r'<p class="disagree">(.*?)</p>', page, re.S)]


@pytest.fixture(scope="module")
def second_day(tmp_path_factory) -> Path:
    """The real project on its second day, the follow-up published by "Frontier Wire"; built."""
    root = _second_day(tmp_path_factory.mktemp("developing2"))
    edit(root / "content" / "sources.yaml", FOLLOWUP_ENTRY, FOLLOWUP_ENTRY.replace("unknown", "Frontier Wire"))
    built = run_build(root)
    assert built.code == 0, built.err
    return root


def _page(root: Path) -> str:
    return (root / "site" / SLUG / "index.html").read_text(encoding="utf-8")


# --- a claim's card names its report and that report's date ------------------------------------------------------

def test_a_claims_card_names_its_report_by_publisher_and_date_linking_to_the_source(second_day: Path):
    page = _page(second_day)
    revised = _card(page, "claim-casualties-4")
    assert ('<dt>Source</dt><dd><a href="../sources/followup.html">Frontier Wire</a>, '
            '<time datetime="2026-03-02">2 March 2026</time></dd>') in revised
    # The first report gives no publisher: its card names it by its title, whose date is not said twice.
    first = _card(page, "claim-casualties-1")
    assert ('<dt>Source</dt><dd><a href="../sources/report.html">News report on the Pakistan–Afghanistan war, '
            '27 February 2026</a></dd>') in first


def test_a_card_in_french_or_arabic_names_its_report_in_the_pages_words(fixture_site):
    french = fixture_site("merger") / "fusion-laiteries" / "index.html"
    assert ('<dt>Source</dt><dd><a href="../sources/gazette.html">La Gazette de Valmont</a>, '
            '<time datetime="2026-05-12">12 mai 2026</time></dd>') in french.read_text(encoding="utf-8")
    arabic = fixture_site("rtl") / "bus-routes" / "index.html"
    assert ('<dt>المصدر</dt><dd><a href="../sources/bulletin.html">نشرة الواحة</a>، '
            '<time datetime="2026-05-04">4 مايو 2026</time></dd>') in arabic.read_text(encoding="utf-8")


# --- "The figures disagree" names the later one -------------------------------------------------------------------

def test_figures_that_disagree_across_reports_are_dated_and_the_latest_reports_is_named(second_day: Path):
    found = _disagreements(_page(second_day))
    assert ("The figures disagree. Taliban fighters killed: A Pakistani military spokesman gives 274 (27 February "
            "2026); Pakistan's military, revising its count gives 331 (2 March 2026). The latest report, of 2 March "
            "2026, gives 331.") in found
    assert ("The figures disagree. Pakistani soldiers killed: The Taliban (Afghanistan (Taliban)) gives 55 (27 "
            "February 2026); The Taliban's defense ministry (Afghanistan (Taliban)) gives 23 (2 March 2026). The "
            "latest report, of 2 March 2026, gives 23.") in found
    # One report's two figures have no order to tell: the line stays as it was.
    assert ("The figures disagree. Taliban fighters wounded: A Pakistani military spokesman gives more than 400; "
            "Kabul (Afghanistan (Taliban)) gives 11.") in found


def test_an_undated_report_orders_no_figure(tmp_path: Path):
    root = _second_day(tmp_path)
    edit(root / "content" / "sources.yaml", "    date: 2026-03-02\n", "    date: unknown\n")
    edit(root / "content" / SLUG / "timeline.yaml", CEASEFIRE_EVENT, "citations:\n")  # dated by the report's date
    assert run_build(root).code == 0
    page = _page(root)
    assert ("The figures disagree. Taliban fighters killed: A Pakistani military spokesman gives 274; Pakistan's "
            "military, revising its count gives 331.") in _disagreements(page)
    assert 'class="revised"' not in page
    assert ('<dt>Source</dt><dd><a href="../sources/followup.html">Follow-up report on the Pakistan–Afghanistan war, '
            '2 March 2026</a></dd>') in _card(page, "claim-casualties-4")  # and no date beside it


# --- an older report's figure is marked as revised ----------------------------------------------------------------

def test_an_older_figure_is_marked_revised_with_a_link_to_the_later_claim(second_day: Path):
    page = _page(second_day)
    assert ('<li><b>274</b> Taliban fighters killed <a class="revised" href="#claim-casualties-4">revised to 331 by '
            'the report of 2 March 2026</a></li>') in _card(page, "claim-casualties-1")
    assert ('<a class="revised" href="#claim-casualties-5">revised to 23 by the report of 2 March 2026</a>'
            ) in _card(page, "claim-casualties-2")
    # The later figures, and one no later report of its party gives otherwise (Pakistan's "more than 400"
    # wounded, beside Kabul's 11 of the same day), are not marked.
    assert "class=\"revised\"" not in _card(page, "claim-casualties-4") + _card(page, "claim-casualties-5")
    assert page.count('class="revised"') == 2


def test_a_later_figure_of_another_party_revises_nothing(tmp_path: Path):
    # The follow-up has Pakistan's military count more than 500 wounded: its "more than 400" of 27 February is
    # revised, Kabul's 11 of the same day is not (a later figure of another party disagrees with it, no more).
    root = _second_day(tmp_path)
    claims = root / "content" / SLUG / "claims.yaml"
    edit(claims, "to 331, up from 274.\n", "to 331, up from 274, and said more than 500 had been injured.\n")
    edit(claims, "            value: 331\n", "            value: 331\n          - measure: Taliban fighters wounded\n"
                                             "            value: 500\n            bound: more than\n")
    edit(claims, "up from the 274\n", "up from the 274 it announced on Friday, and said more than 500 had been injured\n")
    built = run_build(root)
    assert built.code == 0, built.err
    page = _page(root)
    assert ('<a class="revised" href="#claim-casualties-4">revised to more than 500 by the report of 2 March 2026</a>'
            ) in _card(page, "claim-casualties-1")
    assert "class=\"revised\"" not in _card(page, "claim-casualties-3")  # Kabul's


# --- a correction on the home page and in the header --------------------------------------------------------------

def test_the_home_page_shows_the_latest_days_corrections_with_what_was_wrong_and_what_it_says_now(real_site: Path):
    home = (real_site / "index.html").read_text(encoding="utf-8")
    items = re.findall(r"<li>(.*?)</li>", home.split('<ul class="corrections">')[1].split("</ul>")[0], re.S)
    # its newest correction of 3 December; the other three are counted, leading to the log (test_reader_8.py)
    assert [re.search(r'href="([^"]+)"', item).group(1) for item in items] == [
        f"{SLUG}/#update-2026-12-03-6", f"{SLUG}/#updates"]
    assert _text(items[1]) == "3 more corrections that day: see Updates and corrections"
    assert _text(items[0]) == (
        "Correction: 3 December 2026. What was wrong: The caveat said Kabul's acknowledgement left the number out, "
        "which the report does not say. What it says now: A caveat now says the report gives no number for the "
        "Taliban fighters Kabul acknowledged were killed.")
    briefing = (real_site / SLUG / "index.html").read_text(encoding="utf-8")
    header = briefing[briefing.index('<p class="dates">'):]
    assert header[:header.index("</p>")].endswith('· <a href="#update-2026-12-03-6">What was corrected</a>')


def test_a_corrections_feed_entry_says_what_was_wrong_and_what_it_says_now(real_site: Path):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    entries = ET.parse(real_site / "feed.xml").getroot().findall(f"{atom}entry")
    summaries = [e.find(f"{atom}summary").text for e in entries if e.find(f"{atom}title").text.startswith("Correction")]
    assert ("What was wrong: The caveat said Kabul's acknowledgement left the number out, which the report does not "
            "say. What it says now: A caveat now says the report gives no number for the Taliban fighters Kabul "
            "acknowledged were killed.") in summaries
    assert all(summary.startswith("What was wrong: ") for summary in summaries)


def test_only_the_latest_days_corrections_are_shown(tmp_path: Path):
    root = copy_project(tmp_path / "desk")
    briefing = root / "content" / SLUG / "briefing.yaml"
    # An update after the corrections hides none of them (tests/test_editor_2.py): only a later correction does.
    edit(briefing, "labels:\n", "  - date: 2026-12-08\n    kind: update\n    text: A follow-up is awaited.\nlabels:\n")
    assert run_build(root).code == 0
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "Correction: 3 December 2026. What was wrong: The caveat said Kabul" in _text(home)
    assert '<a href="#update-2026-12-03-6">What was corrected</a>' in _page(root)
    edit(briefing, "labels:\n", "  - date: 2026-12-08\n    kind: correction\n    text: The caveat names Reuters.\n"
                                 "    wrong: The caveat named Reutres.\nlabels:\n")
    assert run_build(root).code == 0
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert _text(home.split('<ul class="corrections">')[1].split("</ul>")[0]) == (
        "Correction: 8 December 2026. What was wrong: The caveat named Reutres. What it says now: The caveat names "
        "Reuters.")
    assert '<a href="#update-2026-12-08-2">What was corrected</a>' in _page(root)


def test_every_built_in_locale_words_the_new_labels_with_englishs_placeholders():
    import yaml

    locales = Path(__file__).resolve().parents[1] / "explainer" / "locales"
    english = yaml.safe_load((locales / "en.yaml").read_text(encoding="utf-8"))
    for name in ("fr", "ar", "de", "es"):
        words = yaml.safe_load((locales / f"{name}.yaml").read_text(encoding="utf-8"))
        for key in NEW_LABELS:
            assert words[key] and words[key] != english[key] or key == "claim_source", (name, key)
            assert set(re.findall(r"\{\w+\}", words[key])) == set(re.findall(r"\{\w+\}", english[key])), (name, key)


def test_a_project_locale_without_the_new_labels_is_refused_naming_each(tmp_path: Path):
    locale = locale_from_english("[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, "
                                 "November, Dezember]", day_dot=True)
    for key in NEW_LABELS:
        locale = re.sub(rf"(?m)^{key}:.*\n", "", locale)
    root = project_in_language(tmp_path / "project", "nl", locale, "zoll", "Der Zoll steigt am 3. März 2026.\n",
                               "title: Zoll\nsummary: Der Zoll steigt[^a].\n")
    try:
        result = run_build(root, "check")
    finally:
        numbers.read_as_locales({})  # an in-process build leaves German's reading set
    assert result.code == 1
    for key in NEW_LABELS:
        assert any(line.startswith(f"locales/nl.yaml:1: label '{key}' is missing") for line in error_lines(result)), \
            result.err


# --- the downloads carry each source's title, publisher and date --------------------------------------------------

def test_the_json_download_gives_each_citation_its_sources_title_publisher_and_date(second_day: Path):
    data = json.loads((second_day / "site" / SLUG / "data" / "briefing.json").read_text(encoding="utf-8"))
    by_key = {row["key"]: row for row in data["anchored_citations"]}
    assert {field: by_key["pakistan-revised"][field] for field in ("source", "source_title", "source_publisher",
                                                                   "source_date")} == {
        "source": "followup", "source_title": "Follow-up report on the Pakistan–Afghanistan war, 2 March 2026",
        "source_publisher": "Frontier Wire", "source_date": "2026-03-02"}
    assert by_key["pakistan-toll"]["source_publisher"] == "unknown"  # the editors' word, as sources.yaml has it


def test_the_claims_csv_gives_each_claim_its_sources(second_day: Path):
    text = (second_day / "site" / SLUG / "data" / "claims.csv").read_text(encoding="utf-8-sig")
    rows = {row["claim"]: row for row in csv.DictReader(io.StringIO(text))}
    assert {field: rows["casualties-4"][field] for field in ("sources", "source_titles", "source_publishers",
                                                             "source_dates")} == {
        "sources": "followup", "source_titles": "Follow-up report on the Pakistan–Afghanistan war, 2 March 2026",
        "source_publishers": "Frontier Wire", "source_dates": "2026-03-02"}
    assert rows["casualties-1"]["source_dates"] == "2026-02-27"


def test_the_comparisons_csv_gives_each_figure_its_sources(real_site: Path):
    text = (real_site / SLUG / "data" / "comparisons.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    given = [row for row in rows if row["value"]]
    assert given and {(row["sources"], row["source_titles"], row["source_publishers"], row["source_dates"])
                      for row in given} == {
        ("report", "News report on the Pakistan–Afghanistan war, 27 February 2026", "unknown", "2026-02-27")}
    assert all(row["sources"] == "" for row in rows if not row["value"] and row["as_shown"] == "not given")


def test_a_claim_citing_two_reports_lists_both_in_its_card_and_its_row(tmp_path: Path):
    root = _second_day(tmp_path)
    claims = root / "content" / SLUG / "claims.yaml"
    edit(claims, "        cite: [pakistan-revised]\n", "        cite: [pakistan-revised, pakistan-toll]\n")
    assert run_build(root).code == 0
    assert ('<dt>Source</dt><dd><a href="../sources/followup.html">Follow-up report on the Pakistan–Afghanistan war, '
            '2 March 2026</a>; <a href="../sources/report.html">News report on the Pakistan–Afghanistan war, 27 '
            'February 2026</a></dd>') in _card(_page(root), "claim-casualties-4")
    rows = {row["claim"]: row for row in csv.DictReader(io.StringIO(
        (root / "site" / SLUG / "data" / "claims.csv").read_text(encoding="utf-8-sig")))}
    assert rows["casualties-4"]["sources"] == "followup report"
    assert rows["casualties-4"]["source_dates"] == "2026-03-02 | 2026-02-27"


def test_editing_a_sources_publisher_reaches_the_card_and_the_downloads_on_the_next_build(tmp_path: Path):
    root = copy_project(tmp_path / "desk")
    assert run_build(root).code == 0
    edit(root / "content" / "sources.yaml", "    publisher: unknown\n", "    publisher: Al-Monitor\n")
    assert run_build(root).code == 0
    page = _page(root)
    assert ('<a href="../sources/report.html">Al-Monitor</a>, <time datetime="2026-02-27">27 February 2026</time>'
            ) in _card(page, "claim-casualties-1")
    data = json.loads((root / "site" / SLUG / "data" / "briefing.json").read_text(encoding="utf-8"))
    assert {row["source_publisher"] for row in data["anchored_citations"]} == {"Al-Monitor"}
    assert "Al-Monitor" in (root / "site" / SLUG / "data" / "claims.csv").read_text(encoding="utf-8-sig")


# --- in the browser: accessible, light and dark, and the revised mark leads to the later claim without JavaScript --

@pytest.fixture(scope="module")
def second_day_url(second_day: Path):
    from browser_support import serve

    with serve(second_day / "site") as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [f"{SLUG}/index.html", "index.html"])
def test_the_second_days_pages_have_no_axe_violations(tab, second_day_url, scheme, path):
    from browser_support import axe_audit

    page, traffic = tab(second_day_url + path, color_scheme=scheme)
    assert page.locator(".revised, .corrections").count() >= 1
    results = axe_audit(page)
    assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    assert traffic.foreign_hosts() == set() and not traffic.failed


@pytest.mark.browser
def test_without_javascript_the_revised_mark_leads_to_the_later_claim(tab, second_day_url):
    page, _ = tab(second_day_url + f"{SLUG}/index.html", java_script_enabled=False)
    page.click("#claim-casualties-1 .revised")
    page.wait_for_url("**#claim-casualties-4")
    assert page.evaluate("document.querySelector(':target').id") == "claim-casualties-4"
    assert "331" in page.inner_text("#claim-casualties-4")


@pytest.mark.browser
@pytest.mark.parametrize("path", [f"{SLUG}/index.html", "index.html"])
def test_the_second_days_pages_do_not_scroll_sideways_at_320_px(tab, second_day_url, path):
    page, _ = tab(second_day_url + path, viewport={"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
