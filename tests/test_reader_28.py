"""A reader on the built pages, round twenty-eight: what a reader meets, in the order they meet it. The French,
English, Spanish and German fixture microsites (tests/fixtures/newuser_117, newuser_115, newuser_118, newuser_114,
newuser_116), the shared-source microsite and the real briefing, read as markup and in Chromium without scripts.

1. Footnotes numbered out of reading order: notes were numbered in claims.yaml's order, but the cards are shown topic
   by topic, party column by party column, so a reader going down the French cards (and a screen reader, and a
   320 px reader) met [16], [18], [17] (the Valmorie government's claim, its denial, then the Ostrelande minister's
   claim), the English merger's remedies [24], [23], the airline merger's [17], [16] and [19], [18]. A topic's claims
   are now planned in the order of their cards (explainer/topics.py): every page's markers meet each new note as
   the next number, the footnote list, the back links' letters and the downloads follow, and the cards keep their ids
   (subventions-1, -3, -2). A topic already in column order keeps its numbers (the strike's union, then the port
   authority).
2. "Cited by" left out the home page: the council minutes are cited by the microsite's about text ("The council's
   vote on the harbour levy is one of them[^levy-vote]"), whose note the minutes' passage links back to, but the
   page's "Cited by:" and its description named the two briefings alone. They now name the about text ("About and
   method", leading to the home page's section); the courier's page, which the about text does not cite, does not.
3. A party's role shown as the YAML's English key: `role: side` showed "Valmorie (side)" in the French claims'
   columns and "(side)" on the Spanish and German pages. `side` is shown on English pages only (templates/_role.html);
   a role the editor wrote in the page's language ("unabhängige Behörde") is shown as written.
4. "The figures disagree" named the figures in claims.yaml's order, under cards shown column by column: the merger's
   stores line gave the companies' joint "up to 150" before the Fair Trade Commission's "100 to 375", whose column
   comes first; the steel dispute's the consumers' council (in "Others quoted", last) before the government. The
   line now follows the cards (explainer/topics.py); a line whose cards were in that order already reads as before.

Read in Chromium without scripts at 320 px: the notes met going down the page come in number order, the footnote
list in number order, and a note cited twice leads back by its letters to its markers in reading order.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from browser_support import serve

FRENCH = ("newuser_117", "differend-fromages")
ENGLISH = ("newuser_115", "grocery-merger")
AIRLINE = ("newuser_118", "airline-merger")
SPANISH = ("newuser_114", "huelga-estiba")
GERMAN = ("newuser_116", "landtagswahl-nordmark")
# Pages whose claim cards were numbered out of turn, and pages that were in turn already (the honest twins)
READ_IN_TURN = [FRENCH, ENGLISH, AIRLINE, ("newuser_110", "greyhaven-bay"), ("newuser_112", "patent-fight"),
                ("newuser_113", "harwick-referendum"), GERMAN, ("microsite", "harbour-strike"),
                ("microsite", "bridge-dispute"), ("microsite", "council-vote"), ("merger", "grocer-merger"),
                ("merger", "fusion-laiteries"), ("rtl", "bus-routes")]
MARKER = re.compile(r'<a (?:data-beside )?id="(cite-[^"]+)" href="#(note-[^"]+)" class="ref"[^>]*>\[(\d+)\]</a>')


def page_of(site: Path, slug: str) -> str:
    return (site / slug / "index.html").read_text(encoding="utf-8")


def numbers_met(page: str) -> list[int]:
    """Return the note number of every citation marker of a page, in reading order."""
    return [int(number) for _, _, number in MARKER.findall(page)]


def first_met_out_of_turn(numbers: list[int]) -> list[int]:
    """Return the notes a reader meets before one numbered lower that they have not met yet."""
    seen = 0
    late = []
    for number in numbers:
        if number > seen + 1:
            late.append(number)
        seen = max(seen, number)
    return late


def cards(page: str) -> list[tuple[str, list[int]]]:
    """Return each claim card of a page in reading order: its id and the notes its markers show."""
    return [(claim_id, list(dict.fromkeys(numbers_met(card))))
            for claim_id, card in re.findall(r'<div class="claim" id="claim-([^"]+)">(.*?)</div>', page, re.S)]


def footnote_list(page: str) -> list[tuple[int, str, list[str]]]:
    """Return the footnote list: each note's number, its id and the places its back links lead to."""
    notes = re.search(r'<section id="notes".*?<ol>(.*?)</ol>', page, re.S).group(1)
    found = []
    for number, (note_id, body) in enumerate(re.findall(r'<li id="(note-[^"]+)"[^>]*>(.*?)</li>', notes, re.S), 1):
        found.append((number, note_id, re.findall(r'href="#(cite-[^"]+)"', body)))
    return found


def site_of(fixture_site, real_site, name: str) -> Path:
    return real_site if name == "real" else fixture_site(name)


# Part 1: notes numbered as the page shows them.
def test_the_french_cards_notes_come_in_turn(fixture_site):
    page = page_of(fixture_site(FRENCH[0]), FRENCH[1])
    assert [card for card in cards(page) if card[0].startswith("subventions")] == [
        ("subventions-1", [16]), ("subventions-3", [17]), ("subventions-2", [18])]  # was 16, 18, 17


def test_the_english_mergers_remedies_notes_come_in_turn(fixture_site):
    page = page_of(fixture_site(ENGLISH[0]), ENGLISH[1])
    assert [card for card in cards(page) if card[0].startswith("remedies")] == [
        ("remedies-2", [23]), ("remedies-1", [24])]  # was 24, 23


def test_the_airline_mergers_cards_notes_come_in_turn(fixture_site):
    numbers = numbers_met(page_of(fixture_site(AIRLINE[0]), AIRLINE[1]))
    assert first_met_out_of_turn(numbers) == []  # was [17, 19]: 17 before 16, 19 before 18


@pytest.mark.parametrize(("name", "slug"), READ_IN_TURN + [("real", "pakistan-afghanistan-war")])
def test_every_note_is_first_met_as_the_next_number(fixture_site, real_site, name, slug):
    """Going down the page, each note not met before is the next number: the summary's, the timeline's, the tables',
    the cards', the quotes', the caveats'."""
    assert first_met_out_of_turn(numbers_met(page_of(site_of(fixture_site, real_site, name), slug))) == []


@pytest.mark.parametrize(("name", "slug"), READ_IN_TURN + [("real", "pakistan-afghanistan-war")])
def test_the_footnote_list_and_its_back_links_follow_the_page(fixture_site, real_site, name, slug):
    """The list numbers the notes 1, 2, 3 ... as their markers do; a note cited in several places leads back by its
    letters to them in reading order, its first letter to its first marker."""
    page = page_of(site_of(fixture_site, real_site, name), slug)
    place = {use_id: index for index, (use_id, _, _) in enumerate(MARKER.findall(page))}
    number_of = {note_id: int(number) for _, note_id, number in MARKER.findall(page)}
    for number, note_id, backs in footnote_list(page):
        assert number_of[note_id] == number
        assert backs and all(back in place for back in backs)
        assert backs == sorted(backs, key=place.get), (note_id, backs)


def test_the_cards_keep_their_ids_and_the_downloads_their_order(fixture_site):
    """The honest twin of the renumbering: the cards are where they were, under the ids they had; the claims
    download follows them, its notes now 16, 17, 18, and briefing.json's citations come in number order."""
    site = fixture_site(FRENCH[0])
    text = (site / FRENCH[1] / "data" / "claims.csv").read_text(encoding="utf-8-sig")
    rows = [row for row in csv.DictReader(io.StringIO(text)) if row["claim"].startswith("subventions")]
    assert [(row["claim"], row["footnotes"]) for row in rows] == [
        ("subventions-1", "16"), ("subventions-3", "17"), ("subventions-2", "18")]
    citations = json.loads((site / FRENCH[1] / "data" / "briefing.json").read_text(encoding="utf-8"))
    claims = [row["footnote"] for row in citations["anchored_citations"] if row["file"].endswith("claims.yaml")]
    assert claims == sorted(claims)


def test_a_topic_in_column_order_already_keeps_its_numbers(fixture_site):
    """The strike's union, then the port authority: notes 2 and 3 as before."""
    page = page_of(fixture_site("microsite"), "harbour-strike")
    assert cards(page) == [("turnout-1", [2]), ("turnout-2", [3])]


# Part 2: "Cited by" names the home page's about text.
def test_the_minutes_page_names_the_about_text_among_those_citing_it(fixture_site):
    site = fixture_site("microsite")
    page = (site / "sources" / "minutes.html").read_text(encoding="utf-8")
    citing = re.search(r'<p class="citing">(.*?)</p>', page).group(1)
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', citing) == [
        ("../bridge-dispute/", "Who pays for the old bridge"), ("../council-vote/", "The harbour levy vote"),
        ("../#about", "About and method")]  # the about text was left out
    assert "Cited by: Who pays for the old bridge, The harbour levy vote, About and method." in page
    assert 'id="about"' in (site / "index.html").read_text(encoding="utf-8")


def test_a_source_the_about_text_does_not_cite_does_not_name_it(fixture_site):
    page = (fixture_site("microsite") / "sources" / "courier.html").read_text(encoding="utf-8")
    assert "#about" not in page and "About and method" not in page


# Part 3: a party's role in the page's language.
def role_shown(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", role) for role in re.findall(r'<span class="role">(.*?)</span></span>', page)]


@pytest.mark.parametrize(("name", "slug", "kept"), [
    (*FRENCH, ["(partie)"] * 4), (*SPANISH, ["(parte)"] * 4),
    (*GERMAN, ["(Partei)"] * 4 + ["(unabhängige Behörde)"] + ["(Partei)"] * 2)])
def test_side_is_not_shown_on_a_page_in_another_language(fixture_site, name, slug, kept):
    """The model's English key is gone (the French and Spanish pages showed "(side)" four times each); a role in
    the page's language stays ("unabhängige Behörde"). Since reader29 `side` is shown in the page's words
    ("partie": its locale's `role_side`, tests/test_reader_29.py)."""
    page = page_of(fixture_site(name), slug)
    assert "side" not in " ".join(role_shown(page))
    assert ">side<" not in page
    assert role_shown(page) == kept


def test_side_is_still_shown_on_an_english_page(fixture_site):
    page = page_of(fixture_site("microsite"), "harbour-strike")
    assert role_shown(page) == ["(side)", "(side)"]  # the union's column and the port authority's


# In Chromium: the notes in turn, without scripts, at 320 px.
@pytest.mark.browser
def test_a_reader_going_down_the_french_page_meets_the_notes_in_turn(tab, fixture_site):
    """Scripts off at 320 px: the markers in the order the page lays them out top to bottom are 1, 2, 3 ... as
    first met; the list's items are numbered as their markers; a note's letters lead back to its markers in turn."""
    site = fixture_site(FRENCH[0])
    with serve(site) as url:
        page, traffic = tab(url + FRENCH[1] + "/", viewport={"width": 320, "height": 640}, java_script_enabled=False)
        laid_out = page.eval_on_selector_all(
            "a.ref", "refs => refs.map(a => [a.getBoundingClientRect().top + window.scrollY, a.textContent])")
        numbers = [int(text.strip("[]")) for _, text in sorted(laid_out, key=lambda item: item[0])]
        assert first_met_out_of_turn(numbers) == []
        backs = page.eval_on_selector_all(
            ".notes li", "items => items.map(li => [...li.querySelectorAll('a[href^=\"#cite-\"]')]"
                         ".map(a => a.getAttribute('href')))")
        for number, hrefs in enumerate(backs, 1):
            tops = []
            for href in hrefs:
                marker = page.locator(href)
                assert marker.inner_text() == f"[{number}]"
                tops.append(marker.bounding_box()["y"])
            assert tops == sorted(tops), number
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_the_updates_log_reads_newest_first_with_its_correction_marked(tab, fixture_site):
    """The strike's log, scripts off at 320 px: the correction of 6 May first, numbered 2 and labelled, what was
    wrong beside what it says now; then the first publication, numbered 1. Unchanged: an honest twin."""
    with serve(fixture_site("microsite")) as url:
        page, traffic = tab(url + "harbour-strike/#updates", viewport={"width": 320, "height": 640},
                            java_script_enabled=False)
        entries = page.eval_on_selector_all(
            "#updates li", "items => items.map(li => [li.querySelector('time').getAttribute('datetime'), "
                           "li.innerText])")
        assert [date for date, _ in entries] == ["2026-05-06", "2026-05-04"]
        assert entries[0][1].startswith("6 May 2026 · Correction. The strike began on Monday.")
        assert "We said the strike began on Tuesday." in entries[0][1]
        assert page.locator("#updates ol").evaluate("ol => ol.reversed")  # counted down: 2, then 1
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


# Part 4: the figures that disagree, in the cards' order.
def disagreements(page: str) -> list[list[str]]:
    """Return the claims each "figures disagree" line of a page links to, in its order."""
    return [re.findall(r'href="#claim-([^"]+)"', line) for line in re.findall(r'<p class="disagree">.*?</p>', page, re.S)]


def test_the_mergers_disagreeing_stores_follow_the_cards(fixture_site):
    page = page_of(fixture_site("merger"), "grocer-merger")
    assert disagreements(page) == [["stores-3", "stores-2"]]  # was stores-2 (the companies), stores-3 (commission)
    line = re.sub(r"<[^>]+>", "", re.search(r'<p class="disagree">.*?</p>', page, re.S).group())
    assert "Stores to be sold (stores): The Fair Trade Commission gives 100 to 375; The companies" in line


@pytest.mark.parametrize(("name", "slug"), [("merger", "grocer-merger"), ("newuser_32", "steel-dispute"),
                                            ("newuser_35", "bransford-water"), ("microsite", "harbour-strike"),
                                            ("real", "pakistan-afghanistan-war")])
def test_every_disagreement_names_its_figures_in_the_cards_order(fixture_site, real_site, name, slug):
    """The strike's turnout and the real briefing's casualties, in order already, read as before (the twins)."""
    page = page_of(site_of(fixture_site, real_site, name), slug)
    shown = [claim_id for claim_id, _ in cards(page)]
    for line in disagreements(page):
        assert line == sorted(line, key=shown.index)
    if name == "microsite":
        assert disagreements(page) == [["turnout-1", "turnout-2"]]
