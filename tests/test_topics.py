"""Briefings that are not about a war: a merger with a regulator (English and French) and an Arabic one.

Two fixture microsites, built once each and checked by parsing their output: headings come from
the locale (or a briefing's `labels`), no war wording leaks in, one chart per unit, bounds and
ranges kept everywhere a figure is shown, joint claims and rulings shown as what they are, and
each page says its language and direction.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_templates, copy_tree, run_build
from support import edit

FIXTURES = REPO / "tests" / "fixtures"
LOCALES = REPO / "explainer" / "locales"
MERGER, FUSION, BUSES = "grocer-merger", "fusion-laiteries", "bus-routes"
WAR_WORDING = ("Forces", "Military", "side claims", "Independent voice", "Analysts' assessment", "war", "troops",
               "casualties", "fighters")
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Node:
    """One element of a parsed page: its tag, attributes and children (text as plain strings)."""

    def __init__(self, tag: str, attrs: dict[str, str]):
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        """Return the element's text with runs of white space folded to one space."""
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return " ".join("".join(parts).split()) if self.tag != "#raw" else "".join(parts)

    def all(self, tag: str = "", cls: str = "", **attrs: str) -> list["Node"]:
        """Return the descendants with this tag (any if empty), class and attribute values, in document order."""
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if ((not tag or child.tag == tag) and (not cls or cls in child.classes)
                        and all(child.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())):
                    found.append(child)
                found.extend(child.all(tag, cls, **attrs))
        return found

    def one(self, tag: str = "", cls: str = "", **attrs: str) -> "Node":
        """Return the only descendant matching, failing if there is not exactly one."""
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag or '*'} class={cls!r} {attrs}> found"
        return found[0]


class Page(HTMLParser):
    """A built page parsed into a tree of Nodes; `root` is the <html> element."""

    def __init__(self, path: Path):
        super().__init__()
        self.document = Node("#document", {})
        self._open = [self.document]
        self.feed(path.read_text(encoding="utf-8"))
        self.root = self.document.one("html")

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self._open[-1].children.append(node)
        if tag not in VOID:
            self._open.append(node)

    def handle_startendtag(self, tag, attrs):
        self._open[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def handle_data(self, data):
        self._open[-1].children.append(data)


def locale(language: str) -> dict:
    return yaml.safe_load((LOCALES / f"{language}.yaml").read_text(encoding="utf-8"))


def build_fixture(name: str, target: Path) -> Path:
    """Copy a fixture microsite with the real templates and assets, build it, return its site/."""
    copy_tree(FIXTURES / name, target)
    copy_templates(target)
    copy_tree(REPO / "static", target / "static")
    result = run_build(target)
    assert result.code == 0, result.err
    return target / "site"


@pytest.fixture
def merger(fixture_site) -> Path:
    """The merger microsite's site/, built once per test process (conftest's fixture_site): these tests only read it."""
    return fixture_site("merger")


@pytest.fixture
def rtl(fixture_site) -> Path:
    """The right-to-left microsite's site/, built once per test process: only read."""
    return fixture_site("rtl")


def page(site: Path, slug: str) -> Node:
    return Page(site / slug / "index.html").root


def headings(root: Node) -> list[str]:
    return [h.text() for h in root.all("h2")]


def rows_of(csv_path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))


def test_headings_come_from_the_locale_and_the_briefings_labels(merger: Path, rtl: Path):
    en, fr, ar = locale("en"), locale("fr"), locale("ar")
    assert headings(page(merger, MERGER)) == [en["summary"], en["contents"], en["comparisons"],
                                              "What the companies and the regulator say", en["updates"], en["notes"]]
    assert headings(page(merger, FUSION)) == [fr["summary"], fr["contents"], fr["timeline"],
                                              "Les deux laiteries en chiffres", fr["claims"], fr["updates"], fr["notes"]]
    assert headings(page(rtl, BUSES)) == [ar["summary"], ar["contents"], ar["comparisons"], ar["claims"],
                                          ar["updates"], ar["notes"]]


def test_no_war_wording_anywhere_in_the_merger_site(merger: Path):
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, WAR_WORDING)) + r")\b")
    checked = 0
    for path in sorted(merger.rglob("*")):
        if path.suffix in (".html", ".csv", ".json", ".xml"):
            text = path.read_text(encoding="utf-8")
            assert not pattern.findall(text), f"{path.relative_to(merger)}: {sorted(set(pattern.findall(text)))}"
            checked += 1
    assert checked >= 12


def units_by_measure(site: Path, slug: str, table: Node) -> dict[str, str]:
    """Return each row's measure and unit as the table's download gives them: the page leaves out a unit its measure
    says ('Stores', not 'Stores (stores)': tests/test_reader_26.py)."""
    table_id = table.attrs["id"].removeprefix("table-")
    return {row["measure"]: row["unit"] for row in rows_of(site / slug / "data" / "comparisons.csv")
            if row["table"] == table_id}


@pytest.mark.parametrize("slug", [MERGER, FUSION, BUSES])
def test_one_chart_per_unit_and_every_chart_names_its_one_unit(merger: Path, rtl: Path, slug: str):
    root = page(rtl if slug == BUSES else merger, slug)
    in_unit = locale({MERGER: "en", FUSION: "fr", BUSES: "ar"}[slug])["chart_title"]
    for table in root.one("section", id="comparisons").all("section", cls="comparison"):
        units = units_by_measure(rtl if slug == BUSES else merger, slug, table)
        charts = table.all("svg")
        assert len(charts) == len(set(units.values()))
        titled = []
        for svg in charts:
            title = svg.one("title").text()
            unit = next(u for u in set(units.values())
                        if title == in_unit.format(title=table.one("caption").text(), unit=u))
            assert {units[m.text()] for m in svg.all("text", cls="measure")} == {unit}
            # named by its title alone and described by its figures: a screen reader pauses between the two,
            # where a name made of both ran the title into the first figure
            assert svg.attrs["aria-labelledby"] == svg.one("title").attrs["id"]
            assert svg.attrs["aria-describedby"] == svg.one("desc").attrs["id"]
            titled.append(unit)
        assert sorted(titled) == sorted(set(units.values()))
    ids = [node.attrs["id"] for node in root.all() if "id" in node.attrs]
    assert len(ids) == len(set(ids)), "ids are unique, charts' titles included"


def test_the_merger_charts_have_bars_for_given_figures_only_and_keep_bounds_in_their_labels(merger: Path):
    comparisons = page(merger, MERGER).one("section", id="comparisons")
    stores = next(svg for svg in comparisons.all("svg") if svg.one("title").text().endswith(", in stores")
                  and "two chains" in svg.one("title").text())
    assert [t.text() for t in stores.all("text", cls="value")] == ["Northmart: more than 1,200", "Valefresh: 640"]
    sale = comparisons.one("section", id="table-sale").one("svg")
    assert [t.text() for t in sale.all("text", cls="value")] == ["Northmart: up to 150", "Valefresh: not given",
                                                                 "Commission: 100 to 375"]
    assert [t.text() for t in sale.all("text", cls="absent")] == ["Valefresh: not given"]
    bars = sale.all("rect", cls="bar")
    assert [b.classes for b in bars] == [["bar", "p0"], ["bar", "p2"], ["bar", "range", "p2"]]
    low, extension = float(bars[1].attrs["width"]), float(bars[2].attrs["width"])
    assert extension / low == pytest.approx((375 - 100) / 100, rel=0.01)


def test_bounds_and_ranges_are_kept_in_the_tables(merger: Path):
    comparisons = page(merger, MERGER).one("section", id="comparisons")
    cells = {(row.one("th").text().split(" (")[0], table.attrs["id"]): [td.text() for td in row.all("td")]
             for table in comparisons.all("section", cls="comparison") for row in table.all("tr") if row.all("td")}
    assert cells == {
        ("Revenue last year", "table-chains"): ["42.5[4]", "18.3[4]"],
        ("Stores", "table-chains"): ["more than 1,200[5]", "640[6]"],
        ("Share of the grocery market", "table-chains"): ["21[7]", "9[7]"],
        ("Stores to be sold", "table-sale"): ["up to 150[8]", "not given", "100 to 375[9]"],
    }
    assert comparisons.one("td", cls="absent").text() == "not given"
    ratio = comparisons.one("p", cls="ratio").text()
    assert ratio.startswith("Northmart Foods has 2.3 times the revenue last year of Valefresh Grocers (42.5 to 18.3).")


def test_the_regulator_has_no_column_in_the_table_of_the_two_companies(merger: Path):
    comparisons = page(merger, MERGER).one("section", id="comparisons")
    chains, sale = comparisons.one("section", id="table-chains"), comparisons.one("section", id="table-sale")
    assert [th.text() for th in chains.one("thead").all("th")] == ["Measure", "Northmart (buyer)", "Valefresh (target)"]
    assert "Commission" not in chains.text()
    assert [th.text() for th in sale.one("thead").all("th")] == ["Measure", "Northmart (buyer)", "Valefresh (target)",
                                                                 "Commission (regulator)"]


def test_a_joint_claim_is_shown_once_under_both_companies(merger: Path):
    claims = page(merger, MERGER).one("section", id="claims")
    joint = [c for c in claims.all("div", cls="claim")
             if c.one("p", cls="who").one("strong").text() == "Northmart Foods and Valefresh Grocers"]
    assert len(joint) == 1
    columns = {column.one("h4").text(): [c.attrs["id"] for c in column.all("div", cls="claim")]
               for column in claims.all("div", cls="column")}
    assert columns == {"Fair Trade Commission (regulator)": ["claim-stores-3"],
                       "Joint: Northmart, Valefresh": ["claim-stores-1", "claim-stores-2"],
                       "Others quoted": ["claim-stores-4"]}
    rows = rows_of(merger / MERGER / "data" / "claims.csv")  # in the order of the page's cards (test_reader_27.py)
    assert [(r["claim"], r["parties"]) for r in rows] == [("stores-3", "commission"),
                                                          ("stores-1", "northmart valefresh"),
                                                          ("stores-2", "northmart valefresh"), ("stores-4", "")]


def test_evidence_is_shown_for_claims_only_never_for_a_ruling_or_an_assessment(merger: Path, rtl: Path):
    shown = {}
    for root in (page(merger, MERGER), page(rtl, BUSES)):
        for claim in root.one("section", id="claims").all("div", cls="claim"):
            status = claim.one("span", cls="status").classes[1]
            shown[claim.attrs["id"]] = (status, len(claim.one("dl").all("dt")))
    # Source and channel on every card; evidence on claims, acknowledgements and denials.
    assert shown == {"claim-stores-1": ("status-claim", 3), "claim-stores-2": ("status-claim", 3),
                     "claim-stores-3": ("status-ruling", 2), "claim-stores-4": ("status-assessment", 2),
                     "claim-fares-1": ("status-claim", 3), "claim-fares-2": ("status-denied", 3),
                     "claim-routes-1": ("status-ruling", 2)}
    ruling = page(merger, MERGER).one("div", id="claim-stores-3")
    assert [dt.text() for dt in ruling.all("dt")] == ["Source", "Channel"]
    assert "Evidence" not in ruling.text()


def test_the_status_legend_explains_the_statuses_used(merger: Path, rtl: Path):
    for root, language, used in ((page(merger, MERGER), "en", ["claim", "ruling", "assessment"]),
                                 (page(merger, FUSION), "fr", ["claim", "ruling"]),
                                 (page(rtl, BUSES), "ar", ["claim", "denied", "ruling"])):
        words = locale(language)
        legend = root.one("dl", cls="status-legend")
        assert [dt.text() for dt in legend.all("dt")] == [words[f"status_{s}"] for s in used]
        assert [dd.text() for dd in legend.all("dd")] == [words[f"status_{s}_legend"] for s in used]


def test_the_disagreement_keeps_both_bounds(merger: Path):
    disagree = page(merger, MERGER).one("p", cls="disagree").text()
    assert disagree == ("The figures disagree. Stores to be sold (stores): The Fair Trade Commission gives 100 to 375; "
                        "The companies (Joint: Northmart, Valefresh) gives up to 150.")  # the cards' order (reader 28)


def test_lists_in_generated_text_use_the_locales_commas_and_semicolons(tmp_path: Path, rtl: Path):
    # "1 200; La Fromagerie" is English punctuation in a French page: French sets a no-break space before
    # ";" (so it never starts a line); Arabic writes its own comma and semicolon ("،" "؛").
    root = tmp_path / "project"
    copy_tree(FIXTURES / "merger", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    edit(root / "content" / FUSION / "claims.yaml", "    claims:\n", """    claims:
      - claimant: La Laiterie du Nord
        parties: [laiterie]
        says: La coopérative collecte le lait de 1 200 fermes.
        figures: [{measure: fermes, value: 1200}]
        status: claim
        cite: [fermes-n]
      - claimant: La Fromagerie Belval
        parties: [belval]
        says: La fromagerie en compte 450.
        figures: [{measure: fermes, value: 450}]
        status: claim
        cite: [fermes-b]
""")
    edit(root / "content" / FUSION / "claims.yaml", "citations:\n", """citations:
  fermes-n: {source: gazette, quote: La Laiterie du Nord collecte le lait de 1 200 fermes.}
  fermes-b: {source: gazette, quote: La Fromagerie Belval en compte 450.}
""")
    edit(root / "content" / FUSION / "comparisons.yaml", "        unit: salariés", "        unit: fermes")
    result = run_build(root)
    assert result.code == 0, result.err
    french = (root / "site" / FUSION / "index.html").read_text(encoding="utf-8")
    assert re.search(r' <a href="#claim-[\w-]+">La Laiterie du Nord donne 1\u202f200</a>\u202f; '
                     r'<a href="#claim-[\w-]+">La Fromagerie Belval donne 450</a>\.</p>', french)
    description = re.search(r"<desc[^>]*>([^<]*)", french)[1]
    assert "Belval\u00a0: 450\u202f; Salariés" in description, description
    assert not re.search(r"[^\u202f];", re.sub(r"<[^>]*>|&#?\w+;", "", french.split("<main", 1)[1]))
    arabic = re.search(r"<desc[^>]*>([^<]*)", (rtl / "bus-routes" / "index.html").read_text(encoding="utf-8"))[1]
    assert "، " in arabic and ", " not in arabic


def test_the_csv_downloads_keep_value_range_and_bound(merger: Path):
    rows = rows_of(merger / MERGER / "data" / "comparisons.csv")
    shown = {(r["table"], r["measure"], r["party_id"]): (r["unit"], r["value"], r["value_to"], r["bound"], r["as_shown"])
             for r in rows}
    assert shown[("chains", "Revenue last year", "northmart")] == ("US$ billion", "42.5", "", "exact", "42.5")
    assert shown[("chains", "Stores", "northmart")] == ("stores", "1200", "", "more than", "more than 1,200")
    assert shown[("chains", "Share of the grocery market", "valefresh")] == ("%", "9", "", "exact", "9")
    assert shown[("sale", "Stores to be sold", "northmart")] == ("stores", "150", "", "up to", "up to 150")
    assert shown[("sale", "Stores to be sold", "valefresh")] == ("stores", "", "", "", "not given")
    assert shown[("sale", "Stores to be sold", "commission")] == ("stores", "100", "375", "exact", "100 to 375")
    assert not any(r["party_id"] == "commission" for r in rows if r["table"] == "chains")
    claims = rows_of(merger / MERGER / "data" / "claims.csv")
    ruling = next(r for r in claims if r["status"] == "ruling")
    assert (ruling["value"], ruling["value_to"], ruling["bound"], ruling["unit"], ruling["as_shown"]) == (
        "100", "375", "exact", "stores", "100 to 375")
    offer = next(r for r in claims if r["claim"] == "stores-2")
    assert (offer["value"], offer["value_to"], offer["bound"]) == ("150", "", "up to")


def test_a_claimed_figure_not_given_has_no_bound_in_the_csv(real_site: Path):
    rows = rows_of(real_site / "pakistan-afghanistan-war" / "data" / "claims.csv")
    not_given = [r for r in rows if r["measure"] and not r["value"]]
    assert not_given and all((r["value_to"], r["bound"], r["as_shown"]) == ("", "", "not given") for r in not_given)


def test_the_json_download_holds_parties_tables_and_anchored_citations(merger: Path):
    data = json.loads((merger / MERGER / "data" / "briefing.json").read_text(encoding="utf-8"))
    assert [(p["id"], p["role"]) for p in data["briefing"]["parties"]] == [
        ("northmart", "buyer"), ("valefresh", "target"), ("commission", "regulator")]
    tables = {t["id"]: t for t in data["comparisons"]["comparisons"]}
    assert tables["chains"]["parties"] == ["northmart", "valefresh"]
    sale = tables["sale"]["rows"][0]["values"]
    assert (sale["commission"]["value"], sale["commission"]["to"]) == (100, 375)
    assert sale["northmart"]["bound"] == "up to" and "valefresh" not in sale
    claims = data["claims"]["topics"][0]["claims"]
    assert [c["parties"] for c in claims] == [["northmart", "valefresh"], ["northmart", "valefresh"], ["commission"], []]
    seeds = {"wire": "lakeport-wire.txt", "gazette": "gazette-valmont.txt"}
    assert data["anchored_citations"]
    for citation in data["anchored_citations"]:
        text = (FIXTURES / "merger" / "seeds" / seeds[citation["source"]]).read_text(encoding="utf-8")
        assert text[citation["start"]:citation["end"]] == citation["quote"]


def test_each_page_says_its_language_and_direction(merger: Path, rtl: Path):
    for site, slug, lang, direction in ((merger, MERGER, "en", "ltr"), (merger, FUSION, "fr", "ltr"),
                                        (rtl, BUSES, "ar", "rtl")):
        root = page(site, slug)
        assert (root.attrs["lang"], root.attrs["dir"]) == (lang, direction)
    for site, lang, direction in ((merger, "en", "ltr"), (rtl, "ar", "rtl")):
        home = Page(site / "index.html").root
        assert (home.attrs["lang"], home.attrs["dir"]) == (lang, direction)
    source = Page(rtl / "sources" / "bulletin.html").root
    assert source.attrs["dir"] == "rtl"
    text = source.one("main").one("div", lang="ar")
    assert text.attrs["dir"] == "rtl" and text.all("mark")


def test_the_french_briefing_writes_dates_numbers_and_labels_in_french(merger: Path):
    fr = locale("fr")
    root = page(merger, FUSION)
    assert [t.text() for t in root.one("p", cls="dates").all("time")] == ["4 mai 2026", "12 mai 2026"]
    # The timeline's `when` gives these dates ("Le 4 mai 2026"), so it is the <time>: the date is not written twice
    assert [t.text() for t in root.one("ol", cls="timeline").all("time")] == ["Le 4 mai 2026", "Le 12 mai 2026"]
    table = root.one("table")
    assert [td.text() for td in table.all("td")] == ["1 200[5]", "450[6]", "2 300[7]", fr["not_given"]]
    assert root.one("div", id="claim-eleveurs-2").one("span", cls="status").text() == fr["status_ruling"]
    joint = " ".join(f"{fr['joint']}{fr['colon']}Laiterie du Nord, Fromagerie Belval".split())
    assert joint in [h.text() for h in root.all("h4")]
    footer = root.one("footer")
    assert fr["comparisons_csv"] in footer.text() and fr["claims_csv"] in footer.text()


def test_a_french_page_puts_a_no_break_space_before_its_colons(merger: Path):
    # "Première publication: 4 mai 2026" is English punctuation; French sets "publication : 4 mai",
    # the space unbreakable so the colon never starts a line.
    html = (merger / FUSION / "index.html").read_text(encoding="utf-8")
    assert "Première publication\u00a0: <time" in html
    assert "Laiterie du Nord\u00a0: 1\u202f200" in html  # a bar's label in the chart
    assert not re.search(r"\w: ", re.sub(r"<[^>]*>", "", html.split("<main", 1)[1]).replace("https: ", ""))
    assert all(" :" not in value and " ;" not in value and "« " not in value and " »" not in value
               for value in locale("fr").values() if isinstance(value, str))


def test_a_french_sites_feed_and_source_pages_use_french_punctuation(tmp_path: Path):
    root = tmp_path / "project"
    copy_tree(FIXTURES / "merger", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    site_yaml = root / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("language: en", "language: fr"), encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Mise à jour\u00a0: La fusion de la Laiterie du Nord" in feed
    assert "Mise à jour: " not in feed
    source_page = (root / "site" / "sources" / "gazette.html").read_text(encoding="utf-8")
    assert 'aria-label="retour à la note 1 de «\u202fLa fusion de la Laiterie du Nord' in source_page
    assert "“" not in source_page  # the title's quotation marks are the locale's, not English ones


def test_the_default_evidence_is_worded_in_the_briefings_language(merger: Path, rtl: Path):
    for root, language in ((page(merger, FUSION), "fr"), (page(rtl, BUSES), "ar")):
        claims = root.one("section", id="claims").text()
        assert "none given in the source" not in claims
        assert locale(language)["evidence_none"] in claims


def json_ld(page_path: Path) -> dict:
    html = page_path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_metadata_gives_the_events_start_only_where_the_timeline_starts_with_a_date(merger: Path, real_site: Path):
    assert json_ld(merger / "fusion-laiteries" / "index.html")["about"] == {"@type": "Event", "startDate": "2026-05-04"}
    # The real timeline opens with undated events ("Decades ago", "Earlier in the week"): no start is claimed.
    assert "about" not in json_ld(real_site / "pakistan-afghanistan-war" / "index.html")


def test_a_claimed_figure_shows_its_unit(merger: Path):
    claims = page(merger, MERGER).one("section", id="claims")
    figures = [li.text() for ul in claims.all("ul", cls="figures") for li in ul.all("li")]
    assert "up to 150 Stores to be sold" in figures  # its measure says the unit (tests/test_reader_26.py)
    assert "100 to 375 Stores to be sold" in figures


def test_the_claims_csv_gives_defaults_in_the_briefings_language(merger: Path):
    rows = rows_of(merger / "fusion-laiteries" / "data" / "claims.csv")
    joint = next(r for r in rows if r["claimant"] == "Les deux entreprises")
    assert (joint["channel"], joint["evidence"]) == ("non précisé", "aucune dans la source")


def test_the_home_page_marks_a_briefing_in_another_language_and_dates_it_in_its_own(merger: Path):
    html = (merger / "index.html").read_text(encoding="utf-8")
    entry = html[html.index('href="fusion-laiteries/"') - 200:]
    entry = entry[:entry.index("</li>")]
    assert '<h3 lang="fr">' in entry and '<p lang="fr">' in entry
    assert "First published: <time datetime=\"2026-05-04\">4 May 2026</time>" in entry  # the page's English
    feed = (merger / "feed.xml").read_text(encoding="utf-8")
    assert '<entry xml:lang="fr">' in feed and '<entry xml:lang="en">' in feed  # the summary's, the title's


def test_chart_ticks_are_written_in_the_briefings_language(merger: Path):
    ticks = {slug: re.findall(r'<text class="tick"[^>]*>([^<]*)', (merger / slug / "index.html").read_text("utf-8"))
             for slug in ("fusion-laiteries", MERGER)}
    assert "1\u202f000" in ticks["fusion-laiteries"] and "1,000" in ticks[MERGER]  # not the English "1k"


def test_the_home_page_runs_a_right_to_left_briefing_right_to_left(built_minimal: Path):
    # Its title and summary carried lang="ar" alone, so they ran left to right in the English page.
    edit(built_minimal / "content" / "flood" / "briefing.yaml", "language: en", "language: ar")
    result = run_build(built_minimal)
    assert result.code == 0, result.err
    html = (built_minimal / "site" / "index.html").read_text(encoding="utf-8")
    assert '<h3 lang="ar" dir="rtl">' in html and '<p lang="ar" dir="rtl">' in html
    assert 'dir="ltr">' not in html.split("<body>", 1)[1]  # an entry in the page's own direction needs none


def merger_copy(tmp_path: Path) -> Path:
    """Copy the merger fixture with the real templates and assets; return the project."""
    project = tmp_path / "project"
    copy_tree(FIXTURES / "merger", project)
    copy_templates(project)
    copy_tree(REPO / "static", project / "static")
    return project


def cite_the_wire_in_french(project: Path) -> None:
    """Have the French briefing cite the English wire in its summary."""
    briefing = project / "content" / FUSION / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    text = text.replace("approfondie[^enquete].", "approfondie[^enquete]. À Lakeport, Northmart et Valefresh ont "
                        "aussi annoncé leur fusion[^wire-merge].")
    briefing.write_text(text + "  wire-merge:\n    source: wire\n    quote: Northmart Foods and Valefresh Grocers said "
                        "on Monday that they had agreed to merge.\n", encoding="utf-8")


def french_briefing_citing_the_english_wire(tmp_path: Path) -> Path:
    """Build the merger fixture with its French briefing citing the English wire; return site/."""
    project = merger_copy(tmp_path)
    cite_the_wire_in_french(project)
    result = run_build(project)
    assert result.code == 0, result.err
    return project / "site"


def title_of(link) -> tuple[str, str | None, str | None]:
    """Return a note's link's source title, its language and direction: of the span marking it, or of the link."""
    marked = [span for span in link.all("span") if span.attrs.get("lang")]
    shown = marked[0] if marked else link
    return shown.text(), shown.attrs.get("lang"), shown.attrs.get("dir")


def test_a_sources_title_in_another_language_says_its_language(tmp_path: Path):
    # A source's title is in its own language: the English wire's title in a French page's notes and
    # sources list, and the French gazette's title heading its page on an English site, are spoken
    # in their own language (WCAG 3.1.2), as the words quoted from them are.
    site = french_briefing_citing_the_english_wire(tmp_path)
    french = page(site, FUSION)
    # the title is marked in its own language inside its link, after the note's number in the page's (test_reader_35)
    titles = {title_of(a) for a in french.one("section", id="notes").all("a") if "sources/" in a.attrs.get("href", "")}
    assert titles == {("The Lakeport Business Wire (fictional)", "en", "ltr"),
                      ("La Gazette de Valmont (fictive)", None, None)}
    assert Page(site / "sources" / "gazette.html").root.one("h1").attrs.get("lang") == "fr"
    assert "lang" not in Page(site / "sources" / "wire.html").root.one("h1").attrs


def test_a_single_sources_title_in_another_language_says_its_language(merger: Path, tmp_path: Path):
    # The notes of a briefing citing one source name it once, in their introduction: here an Arabic
    # briefing citing only the English wire, whose title runs left to right inside the Arabic text.
    root = merger_copy(tmp_path)
    (root / "content" / "souq").mkdir()
    (root / "content" / "souq" / "briefing.yaml").write_text(
        "title: اندماج نورثمارت وفاليفريش\nsummary: قالت الشركتان إنهما اتفقتا على الاندماج[^merge].\n"
        "language: ar\nparties:\n  - {id: north, name: نورثمارت}\n  - {id: vale, name: فاليفريش}\n"
        "updates:\n  - {date: 2026-05-06, kind: update, text: النشر الأول.}\n"
        "citations:\n  merge:\n    source: wire\n    quote: Northmart Foods and Valefresh Grocers said on Monday "
        "that they had agreed to merge.\n", encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    intro = page(root / "site", "souq").one("section", id="notes").one("p").one("a")
    assert (intro.text(), intro.attrs.get("lang"), intro.attrs.get("dir")) == (
        "The Lakeport Business Wire (fictional)", "en", "ltr")
    assert "lang" not in page(merger, FUSION).one("section", id="notes").one("p").one("a").attrs


def test_words_quoted_from_a_source_in_another_language_say_their_language(tmp_path: Path):
    # The French briefing cites the English wire in its summary and quotes it: a screen reader must
    # speak those words as English (WCAG 3.1.2), and the wire's page names the French briefing as French.
    project = merger_copy(tmp_path)
    cite_the_wire_in_french(project)
    (project / "content" / FUSION / "quotes.yaml").write_text(
        "quotes:\n  - id: stronger\n    speaker: Northmart et Valefresh\n    role: not given\n"
        "    words: stronger for shoppers\n    source: wire\n    context: Selon le communiqué.\n", encoding="utf-8")
    assert run_build(project).code == 0
    site = project / "site"
    root = page(site, FUSION)
    english = root.one("li", id="note-wire-90-173").one("q")
    assert (english.attrs.get("lang"), english.attrs.get("dir")) == ("en", "ltr")
    assert root.one("figure", id="quote-stronger").one("q").attrs.get("lang") == "en"
    french = root.one("li", id="note-gazette-79-183").one("q")
    assert "lang" not in french.attrs, "words in the page's own language need no lang"
    citing = {a.text(): a.attrs.get("lang") for a in Page(site / "sources" / "wire.html").root.one("p", cls="citing").all("a")}
    assert citing == {"La fusion de la Laiterie du Nord et de la Fromagerie Belval": "fr",
                      "The Northmart and Valefresh merger": None}
