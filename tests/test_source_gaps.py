"""Source text that used to refuse a correct citation: a hyphen ending a paragraph, a footnote number glued to a
year, a superscript footnote mark."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from explainer.anchor import NormalisedSource, anchor_quote, normalise
from explainer.attribution import Cited, _quoted_in, check_prose
from explainer.disguise import disguised_text
from explainer.finder import find_words
from explainer.model import Source
from explainer.numbers import find_mentions, quantities_in
from explainer.sources import SourceText
from conftest import run_build
from support import edit, error_lines, minimal_project


def anchored(text: str, quote: str, prefix: str = "", suffix: str = "") -> tuple[int, int, str] | None:
    """Return (start, end, text) of the passage `quote` anchors to in `text`, or None."""
    source = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), text))
    passage = anchor_quote(source, quote, prefix, suffix).passage
    return None if passage is None else (passage.start, passage.end, passage.text)


# 1. A hyphen at a paragraph's end is no word split at a line end.

PARAGRAPHS = "Supporters came from both camps, pro- and anti-\n\nPolice said 40 people were killed.\n"


def test_a_hyphen_ending_a_paragraph_does_not_join_the_next_one():
    start = PARAGRAPHS.index("Police")
    assert anchored(PARAGRAPHS, "Police said 40 people were killed") == (
        start, start + len("Police said 40 people were killed"), "Police said 40 people were killed")
    # Quoted across the blank line, the words join two paragraphs as one sentence: refused (tests/test_attack_7.py);
    # a paragraph continued in lower case (a page break's) is quoted with the break's space.
    assert anchored(PARAGRAPHS, "pro- and anti- Police said") is None
    continued = PARAGRAPHS.replace("Police", "police")
    assert anchored(continued, "pro- and anti- police said") == (
        continued.index("pro-"), start + len("police said"), "pro- and anti-\n\npolice said")
    assert anchored(PARAGRAPHS, "antiPolice said") is None
    assert anchored(PARAGRAPHS.replace("\n", "\r\n"), "Police said 40") is not None
    start, end = find_words(PARAGRAPHS, "police said")[0]
    assert PARAGRAPHS[start:end] == "Police said"
    assert _quoted_in("Police said 40 people were killed", normalise(PARAGRAPHS))


def test_a_word_split_at_a_single_line_end_is_still_joined():
    text = "called it the strongest in the Author- \n  ity\u2019s history. A co-\r\nordination failure."
    assert anchored(text, "the Authority's history")[2] == "the Author- \n  ity\u2019s history"
    assert anchored(text, "A coordination failure")[2] == "A co-\r\nordination failure"
    assert anchored(text, "ity's history") is None


# 2. A footnote number glued to a year's full stop.

def values(text: str) -> set:
    return {q.value for q in quantities_in(text, "en")}


def test_a_footnote_number_after_a_year_leaves_the_year_readable():
    assert 2024 in values("The law came into force in 2024.4 More text followed")
    assert 2019 in values("It was first reported in 2019.12 The inquiry")
    assert 2024 in values("the plan announced in 2024.7")
    # the source still states what it shows, so a quotation of the digits as written is backed too
    assert Decimal("2024.4") in values("in 2024.4 More text")
    passages = {"a": [Cited("The index closed at 2024.5", "en")]}  # a real decimal at a passage's end stays backed
    assert check_prose("The index closed at 2024.5[^a].", passages.get) == []


def test_a_year_cited_by_prose_is_backed_by_a_source_with_a_footnote_number():
    passages = {"a": [Cited("The law came into force in 2024.4 More text followed.", "en")]}
    assert check_prose("The law came into force in 2024[^a].", passages.get) == []
    [finding] = check_prose("The law came into force in 2023[^a].", passages.get)
    assert 'figure "2023" is not in the passages' in finding.message


def test_real_decimals_and_prose_stay_strict():
    assert values("It rose 12.5 per cent") == {12.5}
    assert values("a file of 2024.5 MB") == {2024.5}  # a unit, not a sentence, follows
    assert values("the index closed at 2024.5 points") == {2024.5}
    assert values("the index closed at 2024.5, down") == {2024.5}
    assert values("a reading of 1024.5 Then") == {1024.5}  # no year
    assert values("in 2024.1234 The") == {Decimal("2024.1234")}  # four decimals: no footnote number
    # The briefing's own words show "2024.4" to the reader: read as written.
    assert [m.text for m in find_mentions("in 2024.4 More", "en", prose=True)] == ["2024.4"]
    assert {q.value for m in find_mentions("in 2024.4 More", "en", prose=True) for q in m.quantities} == {
        Decimal("2024.4")}
    passages = {"a": [Cited("The law came into force in 2024. More text followed.", "en")]}
    [finding] = check_prose("The law came into force in 2024.4 More[^a].", passages.get)
    assert 'figure "2024.4" is not in the passages' in finding.message


# 3. A superscript footnote mark copied from a source.

MARKED = "Two people were killed.\u00b2 The inquiry heard from 40 witnesses\u00b9 in March. It covered 5 km\u00b2 of land."


def test_a_quote_may_leave_out_a_superscript_footnote_mark():
    assert anchored(MARKED, "were killed. The inquiry")[2] == "were killed.\u00b2 The inquiry"
    assert anchored(MARKED, "40 witnesses in March")[2] == "40 witnesses\u00b9 in March"
    assert anchored(MARKED, "40 witnesses\u00b9 in March")[2] == "40 witnesses\u00b9 in March"
    assert anchored(MARKED, "Two people were killed.")[2] == "Two people were killed."
    assert _quoted_in("were killed. The inquiry", normalise(MARKED))
    start, end = find_words(MARKED, "40 witnesses in march")[0]
    assert MARKED[start:end] == "40 witnesses\u00b9 in March"


def test_a_unit_or_power_keeps_its_superscript():
    assert anchored(MARKED, "It covered 5 km of land") is None  # km\u00b2 is a unit, not a footnote mark
    assert anchored(MARKED, "It covered 5 km\u00b2 of land") is not None
    assert anchored("The area is 10\u00b2 metres wide.", "The area is 10 metres") is None  # a power


def test_a_footnote_mark_in_a_quote_is_refused_with_a_hint_that_works():
    offset, message, hint = disguised_text("quote: were killed.\u00b2 The inquiry")
    assert message.startswith("U+00B2 (SUPERSCRIPT TWO) is not allowed")
    assert "footnote mark" in hint and "leave" in hint
    # a superscript after a figure is a figure in disguise, as before
    assert disguised_text("The river rose 3\u00b3 metres.")[2] == (
        "type the plain characters it stands for (digits, letters, \" or \u201c \u201d)")


def test_the_build_anchors_a_quote_without_the_footnote_mark(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    seed = root / "seeds" / "flood.txt"
    text = seed.read_text(encoding="utf-8") + "\nTwo people were killed.\u00b2 The inquiry heard 40 witnesses.\n"
    seed.write_text(text, encoding="utf-8")
    edit(root / "content" / "sources.yaml", "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8",
         hashlib.sha256(text.encode()).hexdigest())
    briefing = root / "content" / "flood" / "briefing.yaml"
    edit(briefing, "citations:\n", "citations:\n  killed:\n    source: flood\n    quote: \"were killed.\u00b2 The inquiry\"\n")
    edit(briefing, "again on Tuesday[^tuesday].", "again on Tuesday[^tuesday]. People were killed[^killed].")
    [error] = error_lines(run_build(root))
    assert "footnote mark" in error
    edit(briefing, "were killed.\u00b2 The inquiry", "were killed. The inquiry")
    result = run_build(root)
    assert result.code == 0, result.err
