"""Source text that used to refuse a correct citation: a hyphen ending a paragraph, a footnote number glued to a
year, a superscript footnote mark."""

from __future__ import annotations

from explainer.anchor import NormalisedSource, anchor_quote, normalise
from explainer.attribution import _quoted_in
from explainer.finder import find_words
from explainer.model import Source
from explainer.sources import SourceText


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
    assert anchored(PARAGRAPHS, "pro- and anti- Police said") == (
        PARAGRAPHS.index("pro-"), start + len("Police said"), "pro- and anti-\n\nPolice said")
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
