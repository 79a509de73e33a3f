"""Sources converted from PDFs: ligatures, words hyphenated at line ends, footnote numbers glued to words."""

from __future__ import annotations

from explainer.anchor import NormalisedSource, anchor_quote
from explainer.attribution import _quoted_in
from explainer.anchor import normalise
from explainer.finder import find_words, words_inside_words
from explainer.model import Source
from explainer.numbers import quantities_in
from explainer.sources import SourceText

PDF = ("The growth came from container traﬃc, which rose\r\nto 312,000 TEU. Maria Okafor called it \u201cthe strongest in the Author-\r\n"
       "ity\u2019s history\u201d and a \u201cfailure of co-\nordination\u201d. The ﬁnal result was a surplus.\r\n")


def anchored(quote: str, prefix: str = "", suffix: str = "") -> str | None:
    source = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), PDF))
    passage = anchor_quote(source, quote, prefix, suffix).passage
    return None if passage is None else passage.text


def test_ligatures_read_as_their_letters():
    assert anchored("container traffic, which rose to 312,000 TEU") == "container traﬃc, which rose\r\nto 312,000 TEU"
    assert anchored("The final result") == "The ﬁnal result"
    assert anchored("container traﬃc") == "container traﬃc"


def test_line_end_hyphen_may_be_kept_or_left_out():
    assert anchored("the strongest in the Authority's history") == "the strongest in the Author-\r\nity\u2019s history"
    assert anchored("the Author-ity's history") == "the Author-\r\nity\u2019s history"
    assert anchored("failure of co-ordination") == "failure of co-\nordination"
    assert anchored("failure of coordination") == "failure of co-\nordination"
    assert anchored("history", prefix="in the Authority's") == "history"


def test_misquotes_and_half_words_stay_refused():
    assert anchored("the strongest in the Authorty's history") is None
    assert anchored("container trafic") is None
    assert anchored("ity's history") is None  # half of a word split at a line end
    assert anchored("the Author") is None
    assert anchored("failure of cordination") is None
    assert anchored("the Authority-s history") is None


def test_cite_finds_what_anchoring_finds():
    start, end = find_words(PDF, "the authority's history")[0]
    assert PDF[start:end] == "the Author-\r\nity\u2019s history"
    start, end = find_words(PDF, "traffic")[0]
    assert PDF[start:end] == "traﬃc"
    assert find_words(PDF, "ity's history") == []
    assert words_inside_words(PDF, "ity's history")[2] == "Author-ity\u2019s history"


def test_quotation_in_prose_matches_a_hyphenated_passage():
    passage = normalise("called it \u201cthe strongest in the Author-\nity\u2019s history\u201d")
    assert _quoted_in('"the strongest in the Authority\'s history"', passage)
    assert not _quoted_in('"the strongest in the Authorities history"', passage)
    assert not _quoted_in('"ity\'s history"', passage)


def values(text: str) -> set:
    return {q.value for q in quantities_in(text, "en")}


def test_footnote_numbers_glued_to_a_stop_are_no_figures():
    assert values("Two people were killed.12 The inquiry heard") == {2}
    assert values("an increase on the previous year.3 The growth") == set()
    assert values("\u201cnot rest on this result\u201d.5 Dockworkers") == set()
    assert values("the union said members took part.6") == set()


def test_numbers_that_only_look_like_footnotes_still_count():
    assert values("It rose 12.5 per cent") == {12.5}
    assert values("see No.12 of the list") == {12}
    assert values("killed 12 people.") == {12}
    assert values("The toll was 3,400.") == {3400}


def test_a_number_glued_to_a_stop_in_prose_is_a_figure_the_reader_sees():
    """Only a source's text has footnote numbers: in a briefing's own words "killed.12" shows 12, which must be
    cited like any figure, or a wrong one could hide behind a full stop."""
    from explainer.attribution import Cited, check_prose
    passages = {"a": [Cited("Police said 40 were killed.", "en")]}
    assert check_prose("Police said 40 were killed[^a].", passages.get) == []
    [finding] = check_prose("Police said 40 were killed.12 Others fled[^a].", passages.get)
    assert 'figure "12" is not in the passages' in finding.message
