"""Signed figures: a fall, a loss or a swing given with its sign, in a table, a claim and prose.

A merger briefing's "organic sales change: −2.4 %" had to be entered as 2.4 (figures were 0 to 10^15), and was
shown and drawn as a rise. Now a value may be negative where its passages give a fall ("fell 2.4%", "down 2.4%",
"a 2.4% drop", "a loss of $3 million") or a minus sign ("−2.4%", "-2.4%"); a sign lost or flipped is refused with
its file and line; the page writes a real minus sign (U+2212) as the locale writes numbers, the chart draws the bar
left of a zero line, and the downloads keep the sign as a number.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, edit, error_lines, refused_with

from explainer.locale import Labels

MINUS = "\u2212"
REPORT = ("Harbor agrees to buy Grainline\n\n"
          "In the third quarter, Harbor's organic sales fell 2.4%, while Grainline's rose 1.8%.\n\n"
          "Harbor reported a loss of $3 million in the quarter; Grainline made a profit of $5 million.\n\n"
          "Harbor shares were down 6.2% on Tuesday, a 6.2% drop; Grainline shares ended the day -0.4%.\n\n"
          "Harbor's net sales were $11.2 billion and Grainline's $4.6 billion in fiscal 2024.\n\n"
          "Harbor's sales fell to $4 billion in 2023, and Grainline's rose to $4.6 billion.\n\n"
          "Analysts see Harbor's and Grainline's margins moving by between \u22121.5 and \u22120.5 points.\n\n"
          "Harbor says its market share fell 3.2 points; Grainline says Harbor's share rose 3.2 points.\n")
FRENCH = ("Harbor rachète Grainline\n\n"
          "Au troisième trimestre, les ventes organiques de Harbor ont baissé de 2,4 %, tandis que celles de "
          "Grainline ont progressé de 1,8 %.\n")
Q3 = "Harbor's organic sales fell 2.4%, while Grainline's rose 1.8%."
LOSS = "Harbor reported a loss of $3 million in the quarter; Grainline made a profit of $5 million."
SHARES = "Harbor shares were down 6.2% on Tuesday, a 6.2% drop; Grainline shares ended the day -0.4%."
SALES = "Harbor's net sales were $11.2 billion and Grainline's $4.6 billion in fiscal 2024."
LEVEL = "Harbor's sales fell to $4 billion in 2023, and Grainline's rose to $4.6 billion."
MARGIN = "Analysts see Harbor's and Grainline's margins moving by between \u22121.5 and \u22120.5 points."
SHARE = "Harbor says its market share fell 3.2 points; Grainline says Harbor's share rose 3.2 points."


def merger(tmp_path: Path, summary: str = "Harbor's organic sales fell 2.4% in the third quarter.",
           summary_quote: str = Q3, files: dict[str, str] | None = None, language: str = "en",
           source: str = REPORT) -> Path:
    """Return support.deal_project's merger, Harbor and Grainline by their short names too, its summary citing
    `summary_quote`."""
    return deal_project(tmp_path, summary, summary_quote, source, language, files, short_names=True)


def table(harbor: str, grainline: str, quote: str = Q3, measure: str = "Organic sales change", unit: str = "%",
          ratio: bool = False) -> dict[str, str]:
    """Return comparisons.yaml with one row (line 8: Harbor's value, line 9: Grainline's), both citing `quote`."""
    return {"comparisons.yaml": (
        "comparisons:\n  - id: sales\n    title: Third quarter\n    rows:\n"
        f"      - measure: {measure}\n        unit: {json.dumps(unit)}\n        values:\n"
        f"          harbor: {{{harbor}, cite: [q]}}\n          grainline: {{{grainline}, cite: [q]}}\n"
        + (f"    ratio_of: [{measure}]\n" if ratio else "")
        + f"citations:\n  q:\n    source: report\n    quote: {json.dumps(quote, ensure_ascii=False)}\n")}


def built(root: Path) -> Path:
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def page(root: Path) -> str:
    return (built(root) / "deal" / "index.html").read_text(encoding="utf-8")


# --- the sign is checked -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("harbor, grainline, quote, unit", [
    ("value: -2.4", "value: 1.8", Q3, "%"),                      # "fell 2.4%" and "rose 1.8%"
    ("value: -6.2", "value: -0.4", SHARES, "%"),                 # "down 6.2%", "a 6.2% drop"; an ASCII "-0.4%"
    ("value: -3", "value: 5", LOSS, "US$ million"),              # "a loss of $3 million", "a profit of $5 million"
    ("value: -1.5, to: -0.5", "value: -0.5", MARGIN, "points"),  # a range of two negative ends
])
def test_a_signed_value_its_passage_gives_so_builds(tmp_path: Path, harbor: str, grainline: str, quote: str, unit: str):
    result = run_build(merger(tmp_path, files=table(harbor, grainline, quote, unit=unit)), "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("harbor, grainline, quote, unit, where, message", [
    # The sign lost: the merger briefing's 2.4 for "fell 2.4%", shown as a rise.
    ("value: 2.4", "value: 1.8", Q3, "%", "comparisons.yaml:8:",
     "figure 2.4 (Organic sales change) is positive, but the passages cited for it give it only as a fall"),
    ("value: -6.2", "value: 0.4", SHARES, "%", "comparisons.yaml:9:",
     "figure 0.4 (Organic sales change) is positive, but the passages cited for it give it only as a fall"),
    ("value: 3", "value: 5", LOSS, "US$ million", "comparisons.yaml:8:",
     "figure 3 (Organic sales change) is positive, but the passages cited for it give it only as a fall"),
    # The sign flipped: a rise given as a fall.
    ("value: -2.4", "value: -1.8", Q3, "%", "comparisons.yaml:9:",
     "figure -1.8 (Organic sales change) is negative, a fall, but the passages cited for it give it only as a rise"),
    # A sign the passage never gives: a plain amount, and a level reached, which is no change.
    ("value: -11.2", "value: 4.6", SALES, "US$ billion", "comparisons.yaml:8:",
     "figure -11.2 (Organic sales change) is negative, a fall, but the passages cited for it give it only as a "
     "plain amount"),
    ("value: -4", "value: 4.6", LEVEL, "US$ billion", "comparisons.yaml:8:",
     "figure -4 (Organic sales change) is negative, a fall, but the passages cited for it give it only as a "
     "plain amount"),
])
def test_a_sign_lost_or_flipped_is_refused_with_its_file_and_line(tmp_path: Path, harbor: str, grainline: str,
                                                                  quote: str, unit: str, where: str, message: str):
    lines = refused_with(merger(tmp_path, files=table(harbor, grainline, quote, unit=unit)), where, message)
    assert len(lines) == 1, lines


def test_the_refusal_says_what_to_write(tmp_path: Path):
    root = merger(tmp_path, files=table("value: 2.4", "value: 1.8"))
    refused_with(root, "content/deal/comparisons.yaml:8:", "(write it with the sign the source gives it, -2.4, "
                                                           "or name the fall in the measure")
    edit(root / "content" / "deal" / "comparisons.yaml", "harbor: {value: 2.4", "harbor: {value: -2.4")
    assert run_build(root, "check").code == 0


def test_a_measure_that_names_the_fall_counts_it_as_a_positive_figure(tmp_path: Path):
    root = merger(tmp_path, files=table("value: 6.2", "value: 3.1", SHARES, measure="Fall in value"))
    lines = error_lines(run_build(root, "check"))
    assert len(lines) == 1 and "figure 3.1 (Fall in value) is not in the passages" in lines[0], lines  # 6.2 builds
    root = merger(tmp_path / "again", files=table("value: 2.4", "value: 1.8", measure="Fall in organic sales"))
    refused_with(root, "comparisons.yaml:9:", "figure 1.8 (Fall in organic sales) is positive, but the passages cited "
                                              "for it give it only as a rise", "the measure names a fall")


def test_a_level_reached_by_a_fall_has_no_sign(tmp_path: Path):
    root = merger(tmp_path, files=table("value: 4", "value: 4.6", LEVEL, measure="Sales", unit="US$ billion"))
    assert run_build(root, "check").code == 0, run_build(root, "check").err  # "fell to $4 billion": a level, 4
    edit(root / "content" / "deal" / "comparisons.yaml", "harbor: {value: 4", "harbor: {value: -4")
    refused_with(root, "content/deal/comparisons.yaml:8:", "figure -4 (Sales) is negative, a fall, but the passages "
                                                           "cited for it give it only as a plain amount")


def test_a_claims_signed_figure_is_checked_as_a_tables_is(tmp_path: Path):
    claims = ("topics:\n  - id: share\n    title: Market share\n    claims:\n"
              "      - claimant: Harbor\n        parties: [harbor]\n        says: Harbor says its market share fell."
              "\n        figures:\n          - {measure: Harbor's market share change, value: 3.2, unit: points}\n"
              "        status: claim\n        cite: [share]\n"
              f"citations:\n  share:\n    source: report\n    quote: {json.dumps(SHARE)}\n")
    root = merger(tmp_path, files={"claims.yaml": claims})
    # The passage gives 3.2 both ways (Harbor's fall, Grainline's rise): which is whose is not read, so it builds.
    assert run_build(root, "check").code == 0
    edit(root / "content" / "deal" / "claims.yaml", json.dumps(SHARE), json.dumps(LOSS))
    edit(root / "content" / "deal" / "claims.yaml", "value: 3.2, unit: points", "value: 3, unit: US$ million")
    refused_with(root, "content/deal/claims.yaml:9:", "figure 3 (Harbor's market share change) is positive, but the "
                                                      "passages cited for it give it only as a fall")


def test_the_figures_disagree_when_two_columns_give_one_measure_opposite_signs(tmp_path: Path):
    claims = ("topics:\n  - id: share\n    title: Market share\n    claims:\n"
              "      - claimant: Harbor\n        parties: [harbor]\n        says: Harbor says its market share fell."
              "\n        figures:\n          - {measure: Harbor's market share change, value: -3.2, unit: points}\n"
              "        status: claim\n        cite: [share]\n"
              "      - claimant: Grainline\n        parties: [grainline]\n        says: Grainline says Harbor's share "
              "rose.\n        figures:\n          - {measure: Harbor's market share change, value: 3.2, unit: points}\n"
              "        status: claim\n        cite: [share]\n"
              f"citations:\n  share:\n    source: report\n    quote: {json.dumps(SHARE)}\n")
    html = page(merger(tmp_path, files={"claims.yaml": claims}))
    disagreement = html[html.index("The figures disagree"):][:600]
    assert f"{MINUS}3.2" in disagreement and "3.2" in disagreement.replace(f"{MINUS}3.2", ""), disagreement


def test_a_range_of_negative_ends_keeps_its_order(tmp_path: Path):
    root = merger(tmp_path, files=table("value: -0.5, to: -1.5", "value: -1.5", MARGIN, unit="points"))
    refused_with(root, "comparisons.yaml:8:", "`to` -1.5 is not above `value` -0.5")


# --- prose ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("summary, quote", [
    (f"Harbor's organic sales changed by {MINUS}2.4% in the third quarter.", Q3),
    ("Harbor's organic sales changed by -2.4% in the third quarter.", Q3),
    (f"Harbor made {MINUS}$3 million in the quarter.", LOSS),
    (f"Harbor shares ended Tuesday {MINUS}6.2%.", SHARES),
])
def test_a_signed_figure_in_prose_may_cite_a_fall(tmp_path: Path, summary: str, quote: str):
    result = run_build(merger(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("honest, turned, message", [
    (f"Harbor's organic sales changed by {MINUS}2.4%.", f"Grainline's organic sales changed by {MINUS}1.8%.",
     f'figure "{MINUS}1.8%" is not in the passages this sentence cites'),
    ("Harbor's organic sales changed by -2.4%.", "Grainline's organic sales changed by -1.8%.",
     'figure "-1.8%" is not in the passages this sentence cites'),
])
def test_a_signed_figure_in_prose_may_not_cite_a_rise(tmp_path: Path, honest: str, turned: str, message: str):
    root = merger(tmp_path, honest)
    assert run_build(root, "check").code == 0
    edit(root / "content" / "deal" / "briefing.yaml", honest, turned)
    refused_with(root, "content/deal/briefing.yaml:3:", message)


def test_a_rise_may_not_cite_a_passages_minus_sign(tmp_path: Path):
    refused_with(merger(tmp_path, "Grainline shares rose 0.4% on Tuesday.", SHARES), "content/deal/briefing.yaml:3:",
                 '"0.4%" is given as a rise, but the passages this cites give it as a fall')


# --- what the reader sees ------------------------------------------------------------------------------------------

def _chart(html: str) -> str:
    return html[html.index("<svg"):html.index("</svg>")]


def test_the_page_writes_a_real_minus_sign_and_draws_the_bar_left_of_a_zero_line(tmp_path: Path):
    root = merger(tmp_path, files=table("value: -2.4", "value: 1.8"))
    html = page(root)
    table_html = html[html.index('id="row-sales-organic-sales-change"'):]
    assert f"<td class=\"p0\">{MINUS}2.4" in table_html or f">{MINUS}2.4" in table_html[:800], table_html[:800]
    svg = _chart(html)
    assert f"Harbor: {MINUS}2.4" in svg and "Grainline: 1.8" in svg  # the labels, and the chart's description
    assert "-2.4" not in html  # never a hyphen for a minus
    widths = [float(w) for w in re.findall(r' width="(-?[\d.]+)"', svg)]
    assert widths and min(widths) >= 0, widths
    zero = re.search(r'<line class="axis" x1="([\d.]+)" x2="\1" y1="0"', svg)
    assert zero, svg
    bars = re.findall(r'<rect class="bar p(\d)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)
    harbor, grainline = [(float(x), float(w)) for _, x, w in bars]
    zero_x = float(zero.group(1))
    assert harbor[1] > 0 and abs(harbor[0] + harbor[1] - zero_x) < 0.02, (harbor, zero_x)  # left of zero, up to it
    assert grainline[0] == pytest.approx(zero_x, abs=0.01) and grainline[1] > 0  # right of zero, from it
    assert harbor[1] / grainline[1] == pytest.approx(2.4 / 1.8, rel=0.01)  # one linear scale
    assert f">{MINUS}" in svg.split('class="tick"', 1)[1]  # the axis is labelled below zero too


def test_a_range_across_zero_has_no_negative_width(tmp_path: Path):
    margin = "Analysts see Harbor's and Grainline's margins moving by between \u22121.5 and 2 points."
    root = merger(tmp_path, files=table("value: -1.5, to: 2", "value: -1.5", margin, unit="points"),
                  source=REPORT + margin + "\n")
    svg = _chart(page(root))
    assert f"Harbor: {MINUS}1.5 to 2" in svg, svg
    assert all(float(w) >= 0 for w in re.findall(r' width="(-?[\d.]+)"', svg))
    assert "class=\"bar range p0\"" in svg


def test_the_downloads_keep_the_sign_as_a_number(tmp_path: Path):
    site = built(merger(tmp_path, files=table("value: -2.4", "value: 1.8")))
    rows = list(csv.DictReader(io.StringIO((site / "deal" / "data" / "comparisons.csv").read_text(encoding="utf-8-sig"))))
    assert [(row["party_id"], row["value"], row["as_shown"]) for row in rows] == [
        ("harbor", "-2.4", f"{MINUS}2.4"), ("grainline", "1.8", "1.8")]
    data = json.loads((site / "deal" / "data" / "briefing.json").read_text(encoding="utf-8"))
    assert -2.4 in _numbers_in(data) and 1.8 in _numbers_in(data)


def _numbers_in(data) -> list:
    if isinstance(data, dict):
        return [n for value in data.values() for n in _numbers_in(value)]
    if isinstance(data, list):
        return [n for value in data for n in _numbers_in(value)]
    return [data] if isinstance(data, (int, float)) and not isinstance(data, bool) else []


def test_no_ratio_is_stated_between_a_loss_and_a_profit(tmp_path: Path):
    html = page(merger(tmp_path, files=table("value: -3", "value: 5", LOSS, unit="US$ million", ratio=True)))
    section = html[html.index('id="table-sales"'):]
    assert f"{MINUS}3" in section and 'class="ratio"' not in section[:section.index("</section>")]


def test_a_french_page_writes_the_minus_sign_and_the_decimal_comma(tmp_path: Path):
    quote = "les ventes organiques de Harbor ont baissé de 2,4 %, tandis que celles de Grainline ont progressé de 1,8 %"
    root = merger(tmp_path, "Les ventes organiques de Harbor ont baissé de 2,4 % au troisième trimestre.", quote,
                  files=table("value: -2.4", "value: 1.8", quote), language="fr", source=FRENCH)
    html = page(root)
    assert f"{MINUS}2,4" in html and "Harbor\u00a0: " + MINUS + "2,4" in _chart(html) or f"{MINUS}2,4" in _chart(html)
    assert "-2,4" not in html and "-2.4" not in html
    edit(root / "content" / "deal" / "comparisons.yaml", "grainline: {value: 1.8", "grainline: {value: -1.8")
    refused_with(root, "content/deal/comparisons.yaml:9:", "is negative, a fall, but the passages cited for it give "
                                                           "it only as a rise")


def test_a_right_to_left_page_keeps_the_minus_sign_left_of_its_digits():
    assert Labels({"decimal": ".", "thousands": ","}, "ar").number(-2400.5) == "\u200e\u22122,400.5"
    assert Labels({"decimal": ",", "thousands": "\u202f"}, "fr").number(-3) == f"{MINUS}3"
    assert Labels({"decimal": ".", "thousands": ","}, "en").number(2400) == "2,400"


# --- in a browser --------------------------------------------------------------------------------------------------

@pytest.mark.browser
def test_the_browser_draws_the_negative_bar_left_of_the_zero_line_without_javascript(tab, tmp_path: Path):
    from browser_support import axe_audit, serve

    site = built(merger(tmp_path, files=table("value: -2.4", "value: 1.8")))
    with serve(site) as url:
        page, traffic = tab(url + "deal/index.html", java_script_enabled=False)
        harbor, grainline = (page.locator(f"#table-sales rect.bar.p{n}").bounding_box() for n in (0, 1))
        zero = page.locator("#table-sales line.axis").first.bounding_box()
        assert harbor["width"] > 10 and harbor["x"] + harbor["width"] == pytest.approx(zero["x"] + zero["width"] / 2,
                                                                                       abs=1.5)
        assert grainline["x"] == pytest.approx(zero["x"] + zero["width"] / 2, abs=1.5) and grainline["width"] > 10
        assert f"Harbor: {MINUS}2.4" in page.locator("#table-sales svg desc").text_content()
        page, traffic = tab(url + "deal/index.html")  # axe-core runs as a script
        results = axe_audit(page)
        assert results.violations_count == 0, results.generate_report()
        assert traffic.failed == [] and traffic.foreign_hosts() == set()
