"""Four readings of a trade wire, in one-briefing projects written here (and the trade briefing of
tests/fixtures/newuser_100 for its table's measures):

- a quote's `context` rests on the source's sentence holding the quote's words too: "Speaking to reporters in Varsa"
  of `"We will not disarm first," Dorr told reporters in Varsa.` was refused where the context cited another passage
  (places.py, and the place its message named, "August We", ran one passage on into the next);
- a table's `measure` (and a claim figure's) names the measure each cell's passages give and what it applies to:
  "Duty imposed on the other side's steel" built of a duty on the other side's dairy products (measure_targets.py);
- a timeline `when` with "early", "mid" or "late" is held to a day or part of the month its passages give: "Early
  June 2025" built of "in June 2025" and "Late June 2025" of "on 3 June 2025" (month_parts.py);
- a sentence's first word is read as a name where no dictionary word could be it, one the sources the briefing cites
  write capitalised mid-sentence and never in lower case: "Germany broke off the talks" of a wire never naming Germany built
  (swapped_names.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support import minimal_project

from conftest import run_build
from explainer.attribution import Cited
from test_newuser_100 import edited_check  # the trade briefing's helpers

WIRE = """Talks resume in Varsa

VARSA, 14 October 2026 (Northgate Wire) - Norvania and Kestria resumed talks on their steel dispute on Tuesday.

Norvania raised its tariff on Kestrian steel to 25 percent on 3 June 2025. Kestria answered in late May 2025 with a 15
percent duty on Norvanian dairy products. A panel of three judges met in June 2025.

"We will not disarm first," Dorr told reporters in Varsa. Talks between the two governments broke off in August
without a date to resume them.
"""
OTHER = """Markets week

Shares fell in Brussels and in Germany on Monday, and officials in Berlin said nothing.
"""
BRIEFING = """title: The steel talks
summary: |
  {summary}
status: live
language: en
updates:
  - date: 2026-10-14
    kind: update
    text: First published.
parties:
  - id: norvania
    name: Norvania
  - id: kestria
    name: Kestria
citations:
  tuesday:
    source: wire
    quote: resumed talks on their steel dispute on Tuesday
  markets:
    source: markets
    quote: Shares fell in Brussels and in Germany on Monday, and officials in Berlin said nothing.
{citations}"""
# the briefing cites a markets report naming Germany, Brussels and Berlin: names its sources give, never the wire
OPENING = ("Norvania and Kestria resumed talks on Tuesday[^tuesday]. Shares fell in Brussels and in Germany on "
           "Monday, and officials in Berlin said nothing[^markets].")


def _source(root: Path, source_id: str, text: str) -> None:
    """Add a source to the project's library."""
    (root / "seeds" / f"{source_id}.txt").write_text(text, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: {source_id}\n    file: {source_id}.txt\n    title: {text.splitlines()[0]}\n"
                      f"    publisher: Northgate Wire\n    date: 2026-10-14\n"
                      f"    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")


def checked(root: Path, summary: str = OPENING, citations: dict[str, str] | None = None,
            files: dict[str, str] | None = None) -> list[str]:
    """Return the error lines of `check` on a briefing of the wire and a markets report with `summary`, its
    `citations` (key: quote of the wire) and other content `files`."""
    minimal_project(root)
    _source(root, "wire", WIRE)
    _source(root, "markets", OTHER)
    folder = root / "content" / "talks"
    folder.mkdir()
    cites = "".join(f"  {key}:\n    source: wire\n    quote: {quote}\n" for key, quote in (citations or {}).items())
    (folder / "briefing.yaml").write_text(BRIEFING.format(summary=summary, citations=cites), encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run_build(root, "check")
    lines = [line.removeprefix("error: ") for line in result.err.splitlines() if line.startswith("error: ")]
    assert (result.code == 0) == (lines == []), result.err
    return lines


# 1. A quote's context and the sentence holding its words

QUOTE = """quotes:
  - id: dorr-disarm
    speaker: Dorr
    role: not given
    words: We will not disarm first
    source: wire
    context: {context}
citations:
  talks:
    source: wire
    quote: Talks between the two governments broke off in August
"""
REPORTERS = "  reporters:\n    source: wire\n    quote: Dorr told reporters in Varsa\n"


@pytest.mark.parametrize("context, outcome", [
    # the place the sentence holding the words names builds, whatever else the context cites
    ("Speaking to reporters in Varsa[^talks][^reporters].", "ok"),
    ("Speaking to reporters in Varsa[^reporters], before the talks broke off[^talks].", "ok"),
    ("Speaking to reporters in Varsa, before the talks broke off[^talks].", "ok"),
    ("Told to reporters in Varsa, before the talks broke off[^talks].", "ok"),
    # a place neither names stays refused, and is told against the places the source gives
    ("Speaking to reporters in Lovran, before the talks broke off[^talks].", "names 'Lovran' where its cited passages "
                                                                            "name 'Varsa'"),
    ("Speaking to reporters in Lovran[^reporters][^talks].", "names 'Lovran' where its cited passages name 'Varsa'"),
    ("Speaking to reporters in Geneva, before the talks broke off[^talks].", "names 'Geneva'"),
])
def test_a_quotes_context_rests_on_the_sentence_holding_its_words(tmp_path: Path, context: str, outcome: str):
    quotes = QUOTE.format(context=context) + (REPORTERS if "[^reporters]" in context else "")
    lines = checked(tmp_path / "p", files={"quotes.yaml": quotes})
    if outcome == "ok":
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].startswith("content/talks/quotes.yaml:7: `context`: ") \
            and outcome in lines[0] and "August" not in lines[0], lines


# 2. A table's measure, and a claim figure's, kept to the measure each cell's passages give

MEASURE = "measure: Duty imposed\n"


@pytest.mark.parametrize("new, expected", [
    ("measure: Duty imposed on the other side's steel\n", "applies the measure to other things than the passages "
                                                          "cited for kestria do ('duty on Norvanian dairy products')"),
    ("measure: Tariff on each side's steel\n", "applies the measure to other things"),
    ("measure: Duty imposed on the other side's dairy products\n", "applies the measure to other things than the "
                                                                   "passages cited for norvania do"),
    ("measure: Ban on the other side's goods\n", "names a measure of another kind"),
])
def test_a_measure_no_cells_passage_gives_is_refused(tmp_path: Path, new: str, expected: str):
    result = edited_check(tmp_path, "comparisons.yaml", MEASURE, new)
    assert result.code == 1 and f"comparisons.yaml:5: `measure`: '{new[9:-1]}' {expected}" in result.err, result.err


@pytest.mark.parametrize("new", [
    "measure: Duty imposed on the other side's goods\n",
    "measure: Duty imposed on the other side's exports\n",
    "measure: Duty imposed on imports from the other side\n",
])
def test_a_measure_each_cells_passage_gives_builds(tmp_path: Path, new: str):
    result = edited_check(tmp_path, "comparisons.yaml", MEASURE, new)
    assert result.code == 0, result.err


DAIRY = Cited("Kestria answered in June 2025 with a 15 percent duty on Norvanian dairy products.", "en")


@pytest.mark.parametrize("measure, passage, language, moved", [
    ("Droit imposé sur l'acier de l'autre camp",
     "Kestria a répondu par un droit de 15 % sur les produits laitiers norvaniens.", "fr", True),
    ("Droit imposé sur les produits laitiers de l'autre camp",
     "Kestria a répondu par un droit de 15 % sur les produits laitiers norvaniens.", "fr", False),
    ("Arancel impuesto al acero del otro lado",
     "Kestria respondió con un arancel del 15 % a los productos lácteos norvanios.", "es", True),
    ("Arancel impuesto a los lácteos del otro lado",
     "Kestria respondió con un arancel del 15 % a los productos lácteos norvanios.", "es", False),
    ("Zoll auf Stahl der anderen Seite",
     "Kestria antwortete mit einem Zoll von 15 Prozent auf norvanische Milchprodukte.", "de", True),
    ("Zoll auf Milchprodukte der anderen Seite",
     "Kestria antwortete mit einem Zoll von 15 Prozent auf norvanische Milchprodukte.", "de", False),
    ("Duties levied on each side's cars", DAIRY.text, "en", True),
    ("Duties levied on each side's dairy products", DAIRY.text, "en", False),
])
def test_a_measures_target_is_read_in_french_spanish_and_german(measure: str, passage: str, language: str,
                                                                moved: bool):
    from explainer.measure_targets import measure_misnamed  # in the test: the tree before it fails here, not all
    assert (measure_misnamed(measure, [Cited(passage, language)], language) is not None) == moved


CLAIMS = """topics:
  - id: duties
    title: Duties
    claims:
      - claimant: Kestria's economy minister
        parties: [kestria]
        says: Kestria answered with a duty.
        figures:
          - {{measure: {measure}, value: 15, unit: "%"}}
        status: reported
        cite: [dairy]
citations:
  dairy:
    source: wire
    quote: Kestria answered in late May 2025 with a 15 percent duty on Norvanian dairy products
"""


@pytest.mark.parametrize("measure, outcome", [
    ("Duty on Norvanian steel", "`measure`: 'Duty on Norvanian steel' applies the measure to other things than the "
                                "claim's passages do"),
    ("Duty on Norvanian dairy products", "ok"),
])
def test_a_claim_figures_measure_is_read_so_too(tmp_path: Path, measure: str, outcome: str):
    lines = checked(tmp_path / "p", files={"claims.yaml": CLAIMS.format(measure=measure)})
    assert lines == [] if outcome == "ok" else any(outcome in line for line in lines), lines


# 3. A timeline's part of a month

TIMELINE = """events:
  - when: {when}
    what: {what}
    cite: [{key}]
citations:
  {key}:
    source: wire
    quote: {quote}
"""
RAISED = ("raised", "Norvania raised its tariff on Kestrian steel to 25 percent on 3 June 2025",
          "Norvania raises its tariff on Kestrian steel to 25 percent.")
ANSWERED = ("answered", "Kestria answered in late May 2025 with a 15 percent", "Kestria answers with a duty.")
PANEL = ("panel", "A panel of three judges met in June 2025", "A panel of three judges meets.")


@pytest.mark.parametrize("when, cited, outcome", [
    ("Early June 2025", RAISED, "ok"),  # "on 3 June 2025"
    ("The first week of June 2025", RAISED, "ok"),
    ("The start of June 2025", RAISED, "ok"),
    ("3 June 2025", RAISED, "ok"),
    ("June 2025", PANEL, "ok"),
    ("Late May 2025", ANSWERED, "ok"),
    ("The end of May 2025", ANSWERED, "ok"),
    ("Late June 2025", RAISED, "'Late June 2025' names a part of the month that the passages the event cites do not "
                               "give (they give 3 June)"),
    ("Mid-June 2025", RAISED, "'Mid-June 2025' names a part"),
    ("Early June 2025", PANEL, "'Early June 2025' names a part of the month that the passages the event cites do not "
                               "give (they give only the month ('June'))"),
    ("Early May 2025", ANSWERED, "they give 21-31 May"),
    ("Early June 2025", ANSWERED, "June 2025"),  # another month: the date check's error, named once
])
def test_a_when_with_a_part_of_the_month_keeps_to_the_passages_day(tmp_path: Path, when: str, cited: tuple,
                                                                    outcome: str):
    key, quote, what = cited
    lines = checked(tmp_path / "p", files={"timeline.yaml": TIMELINE.format(when=when, what=what, key=key,
                                                                            quote=quote)})
    if outcome == "ok":
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].startswith("content/talks/timeline.yaml:2: `when`: ") \
            and outcome in lines[0], lines


# 4. A sentence's first word read as a name no dictionary word could be

TALKS = {"talks": "Talks between the two governments broke off in August"}
UNBACKED = "which no source it cites names"


@pytest.mark.parametrize("sentence, outcome", [
    ("Germany broke off the talks in August[^talks].", f"names 'Germany', {UNBACKED}"),
    ("Berlin broke off the talks in August[^talks].", f"names 'Berlin', {UNBACKED}"),
    ("Brussels broke off the talks in August[^talks].", f"names 'Brussels', {UNBACKED}"),
    ("Talks with Germany broke off in August[^talks].", f"names 'Germany', {UNBACKED}"),
    # honest: a word that opens sentences, a common noun, a name the source or a party gives
    ("Despite that, the talks broke off in August[^talks].", "ok"),
    ("Negotiators broke off the talks in August[^talks].", "ok"),
    ("Officials broke off the talks in August[^talks].", "ok"),
    ("Separately, the talks broke off in August[^talks].", "ok"),
    ("Dorr said the talks broke off in August[^talks].", "ok"),
    ("Kestrian officials broke off the talks in August[^talks].", "ok"),
    ("Varsa saw the talks break off in August[^talks].", "ok"),
    ("Shares fell after the talks broke off in August[^talks].", "ok"),
    ("Paris broke off the talks in August[^talks].", "ok"),  # a miss: no source the briefing cites names Paris
    ("Replace this sentence: the talks broke off in August[^talks].", "ok"),
])
def test_a_name_opening_a_sentence_is_read_as_one(tmp_path: Path, sentence: str, outcome: str):
    lines = checked(tmp_path / "p", f"{OPENING} {sentence}", TALKS)
    if outcome == "ok":
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].startswith("content/talks/briefing.yaml:3: `summary`: ") \
            and outcome in lines[0], lines


@pytest.mark.parametrize("sentence, name", [
    ("Germany broke off the talks.", "Germany"),  # the library writes it mid-sentence, never in lower case
    ("Brussels said so.", "Brussels"),
    ("Okafor said so.", ""),      # the library never writes it: a rare word is as likely as a name
    ("Replace this sentence.", ""),  # an imperative (`new`'s placeholder summary)
    ("Analysts said so.", ""),
    ("Meanwhile, talks broke off.", ""),
    ("Trade fell.", ""),          # the library writes it in lower case too
    ("Judge Mara Quist found it.", ""),  # a title: the name after it is read mid-sentence
    ("Half of the participants received the drug.", ""),  # a share of something (newuser_42's background)
    ("Written in her 46-page opinion.", ""),  # a participle opening a clause (newuser_77's quote context)
    ("Germany went first, and germany followed.", ""),  # the briefing's own text writes it in lower case
])
def test_which_first_words_are_names(sentence: str, name: str):
    from explainer.swapped_names import opening_candidate, opening_name
    library = ("Officials met in Germany, then in Brussels; exports of Trade fell and trade rose.",
               "He met with Judge Quist and saw Half of it, as Written.")
    assert opening_name(opening_candidate(sentence), library, sentence) == name
