"""A seventh fact-check of what a reader sees, against the source.

The downloads said less than the page: claims.csv gave each claim's claimant, status and figures but not what the
claimant says (a claim without figures was a row of a name and a status alone), and comparisons.csv gave each
figure without the table's attribution, whose figures they are (the real briefing's are Al-Monitor's, as laid out in
the report). Then two reading gaps: a speaker named with "explained" or "noted", and the subject of a French "et a
déclaré" / "et a affirmé"."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from test_factcheck_5 import checked
from test_factcheck_7 import assert_outcome, fixture_root  # noqa: F401 (a fixture)
from test_topics import rows_of

BRIEFING = "pakistan-afghanistan-war"


def page_text(site: Path) -> str:
    """Return the briefing page's words as a reader sees them, spacing collapsed."""
    markup = (site / BRIEFING / "index.html").read_text(encoding="utf-8")
    markup = re.sub(r'<a [^>]*class="ref"[^>]*>.*?</a>', "", markup, flags=re.S)  # the [n] markers
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


# --- 1. the downloads say what the page says ---------------------------------------------------------------------

def test_every_claim_row_of_the_csv_says_what_the_claim_says_on_the_page(real_site: Path):
    rows = rows_of(real_site / BRIEFING / "data" / "claims.csv")
    shown = page_text(real_site)
    says = {row["claim"]: row["says"] for row in rows}
    assert says["casualties-1"] == ("Pakistani strikes have killed 274 Taliban fighters and injured more than 400; "
                                    '74 Taliban posts were destroyed and 18 captured, "and counting".')
    assert says["responsibility-2"] == "Israel and India are fomenting instability in the region."
    # A claim without figures is one row: it said only who claimed something, never what.
    assert all(text and text in shown for text in says.values()), [t for t in says.values() if t not in shown]


def test_every_figure_of_the_comparisons_csv_keeps_whose_figures_they_are(real_site: Path):
    rows = rows_of(real_site / BRIEFING / "data" / "comparisons.csv")
    attribution = "Figures as laid out by the regional publication Al-Monitor, quoted in the report without a date."
    assert attribution in page_text(real_site)
    assert rows and all(row["attribution"] == attribution for row in rows)
