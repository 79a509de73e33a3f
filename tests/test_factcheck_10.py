"""A seventh fact-check of what a reader sees, against the source.

The downloads said less than the page: claims.csv gave each claim's claimant, status and figures but not what the
claimant says (a claim without figures was a row of a name and a status alone), and comparisons.csv gave each
figure without the table's attribution, whose figures they are (the real briefing's are Al-Monitor's, as laid out in
the report). Then two reading gaps: a speaker named with "explained" or "noted", and the subject of a French "et a
déclaré" / "et a affirmé"."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from support import Sentence, SentencesChecked
from test_factcheck_5 import ALPHA_BETA
from test_factcheck_7 import assert_outcome, fixture_root  # noqa: F401 (a fixture)
from test_topics import rows_of


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked), as `checked`
    checks them alone."""
    return SentencesChecked(fixture_root, [Sentence(given, written, ALPHA_BETA)
                                           for given, written, _ in EXPLAINED_NOTED + ET_A_DECLARE])


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


# --- 2. "explained" and "noted" ----------------------------------------------------------------------------------

EXPLAINED_NOTED = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ('"We will respond to the harbour closure," said Dev Okafor.',
     '"We will respond to the harbour closure," explained Lina Dorr.',
     "this sentence gives the words to Lina Dorr, but its cited passages give them to Dev Okafor"),
    ("Dev Okafor said the harbour strike would continue.",
     "Lina Dorr noted that the harbour strike would continue.", "gives the words to Lina Dorr"),
    ('"The harbour stays shut," Dev Okafor explained.', '"The harbour stays shut," Lina Dorr explained.',
     "gives the words to Lina Dorr"),
    ("Dev Okafor explains that the harbour strike will continue.",
     "Lina Dorr explains that the harbour strike will continue.", "gives the words to Lina Dorr"),
    ("Dev Okafor noted that the harbour strike would continue.",
     "Lina Dorr said the harbour strike would continue.", "give them to Dev Okafor"),
    ('"The harbour stays shut," noted Dev Okafor.', '"The harbour stays shut," said Lina Dorr.',
     "give them to Dev Okafor"),
    # honest: the speaker the source names, with its verb or another
    ("Dev Okafor noted that the harbour strike would continue.", "Okafor said the harbour strike would continue.",
     "ok"),
    ('"The harbour stays shut," explained Dev Okafor.', 'Okafor explained: "The harbour stays shut."', "ok"),
    ("Dev Okafor said the harbour strike would continue.", "Okafor noted that the harbour strike would continue.",
     "ok"),
    # "as noted above", and "noted" as an adjective after an article or a possessive, report nothing
    ("Dev Okafor said the harbour strike would continue.",
     "As noted above, Okafor said the harbour strike would continue.", "ok"),
    ("Dev Okafor, a critic of Lina Dorr, said the harbour strike would continue.",
     "Lina Dorr's noted rival Dev Okafor said the harbour strike would continue.", "ok"),
    ("Dev Okafor, a critic of Lina Dorr, said the harbour strike would continue.",
     "A noted critic of Lina Dorr, Okafor said the harbour strike would continue.", "ok"),
    ("Dev Okafor, a critic of Lina Dorr, said the harbour strike would continue.",
     "Okafor said the harbour strike, which Lina Dorr is noted for opposing, would continue.", "ok"),
    ("Dev Okafor, a critic of Lina Dorr, said the harbour strike would continue.",
     "Okafor said the harbour strike, which Lina Dorr's cuts are explained by, would continue.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", EXPLAINED_NOTED, ids=[w[:50] for _, w, _ in EXPLAINED_NOTED])
def test_a_speaker_of_explained_and_noted_is_read(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


# --- 3. French "et a déclaré", "et a affirmé" --------------------------------------------------------------------

ET_A_DECLARE = [
    ("Jean Dupont a déclaré que la grève du port continuerait.",
     "Marie Martin a rejeté l'offre de Jean Dupont et a déclaré que la grève du port continuerait.",
     "gives the words to Marie Martin"),
    ("Jean Dupont a affirmé que la grève du port continuerait.",
     "Marie Martin a reçu Jean Dupont et a affirmé que la grève du port continuerait.",
     "gives the words to Marie Martin"),
    ("Jean Dupont a rejeté l'offre et a déclaré que la grève du port continuerait.",
     "Marie Martin a déclaré que la grève du port continuerait.", "give them to Jean Dupont"),
    # honest: the subject the source gives the clause before
    ("Jean Dupont a déclaré que la grève du port continuerait.",
     "Dupont a rejeté l'offre de Marie Martin et a déclaré que la grève du port continuerait.", "ok"),
    ("Jean Dupont a reçu Marie Martin et a affirmé que la grève du port continuerait.",
     "Dupont a affirmé que la grève du port continuerait.", "ok"),
    ("Jean Dupont a déclaré que la grève du port continuerait.",
     "Jean Dupont et Marie Martin ont parlé, et Dupont a déclaré que la grève du port continuerait.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", ET_A_DECLARE, ids=[w[:50] for _, w, _ in ET_A_DECLARE])
def test_the_subject_of_et_a_declare_is_the_clause_befores(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


def test_the_metadata_names_no_publisher_unknown(real_site: Path):
    # sources.yaml's `publisher: unknown` says the report names none; schema.org's publisher is a name, which
    # search engines show: "unknown" was given as the publisher of the report.
    markup = (real_site / BRIEFING / "index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', markup, re.S).group(1))
    assert [work["name"] for work in data["citation"]] == [
        "News report on the Pakistan–Afghanistan war, 27 February 2026"]
    assert all("publisher" not in work for work in data["citation"])
    assert "Publisher: unknown" in page_text(real_site)  # the page says so in words, as the editors wrote it
